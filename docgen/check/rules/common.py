"""Helpers the rules share: how an element must look, and grouping of many paragraphs by their cause."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TypeVar

from docgen import nd30
from docgen.check import messages as m
from docgen.check.finding import Issue, Place
from docgen.nd30 import Range
from docgen.read import patterns
from docgen.read.document import Paragraph, Run
from docgen.read.formats import Source
from docgen.read.parts import Parts, Span
from docgen.read.text import decimal, fold, is_blank_line, is_upper, snippet, squash

T = TypeVar("T")

GROUP_MIN = 3  # paragraphs formatted one by one with the same fault: reported as one group from this many
GROUP_SHOWN = 4  # paragraphs named in a group's place
FILLED_SHARE = 0.9  # a line this full looks the same whatever its alignment
CAPTION_MAX = 120  # characters: a caption or a title, not a paragraph of text


def shared(derive: Callable[[Parts], T]) -> Callable[[Parts], T]:
    """Return ``derive`` computed once per document: several rules judge the same selection of paragraphs."""
    @functools.wraps(derive)
    def once(parts: Parts) -> T:
        if derive not in parts.memo:
            parts.memo[derive] = derive(parts)
        return parts.memo[derive]
    return once


@dataclass(frozen=True)
class Look:
    """How an element must look (ND30 Phụ lục I, mục V table): size, bold, italic, case, alignment.
    None means "not judged"; ``align`` lists the accepted alignments."""

    size: Range | None = None
    bold: bool | None = None
    italic: bool | None = None
    case: str | None = None  # "upper" or "lower"
    align: tuple[str, ...] = ()


def size_range(size: Range) -> str:
    """Return ``13–14 pt`` (or ``13 pt``)."""
    if size.low == size.high:
        return m.SIZE.format(size=decimal(size.low))
    return m.SIZE_RANGE.format(low=decimal(size.low), high=decimal(size.high))


def describe(look: Look) -> str:
    """Return the look as a clerk reads it: ``13–14 pt, đậm, đứng, chữ in hoa, căn giữa``."""
    words = [size_range(look.size)] if look.size else []
    if look.bold is not None:
        words.append(m.BOLD if look.bold else m.NOT_BOLD)
    if look.italic is not None:
        words.append(m.ITALIC if look.italic else m.UPRIGHT)
    if look.case:
        words.append(m.UPPER if look.case == "upper" else m.LOWER)
    if look.align:
        words.append(m.ALIGNMENTS[look.align[0]])
    return m.JOIN.join(words)


def look_issues(spans: Iterable[Span | None], look: Look) -> list[Issue]:
    """Return one issue for each span that does not look as ``look`` says."""
    issues = []
    for span in spans:
        wrong = look_differences(span, look) if span is not None else []
        if span is not None and wrong:
            issues.append(Issue(span.place, m.JOIN.join(wrong), describe(look)))
    return issues


def look_differences(span: Span, look: Look) -> list[str]:
    """Return what differs from ``look``, in words (empty when the span looks right)."""
    runs = [run for run in span.runs if run.text.strip()]
    calls = [run for run in runs if patterns.NOTE_CALL.match(run.text.strip())]
    runs = [run for run in runs if run not in calls] if len(calls) < len(runs) else runs  # footnote calls
    if not runs or is_blank_line(span.text):
        return []
    wrong = []
    if look.size and any(run.fmt.size.value not in look.size for run in runs):
        wrong.append(m.JOIN.join(sizes(runs)))
    wrong += _toggle(runs, "bold", look.bold, (m.BOLD, m.NOT_BOLD, m.PARTLY_BOLD))
    wrong += _toggle(runs, "italic", look.italic, (m.ITALIC, m.UPRIGHT, m.PARTLY_ITALIC))
    if look.case == "upper" and not is_upper(span.text):
        wrong.append(m.LOWER)
    if look.case == "lower" and is_upper(span.text):
        wrong.append(m.UPPER)
    alignment = span.paragraph.fmt.alignment.value
    if span.whole and look.align and alignment not in look.align and not fills_line(span.paragraph) \
            and not ("center" in look.align and centred_by_spaces(span.paragraph)):
        wrong.append(m.ALIGNMENTS[alignment])
    return wrong


CENTRED_SLACK = 0.1  # a centre this close (share of the line) to the middle prints as centred


def centred_by_spaces(paragraph: Paragraph) -> bool:
    """True when a left or justified line is pushed to the middle with spaces or tabs, as clerks often do: it
    prints centred, which is what the decree asks of it (estimated from the widths of spaces and letters)."""
    raw = paragraph.text
    text = raw.strip()
    lead = raw[:len(raw) - len(raw.lstrip(" \t\u00a0"))]
    if len(lead) < 2 or not text or "\n" in text:
        return False
    size = max((run.fmt.size.value for run in paragraph.visible_runs), default=paragraph.mark.size.value)
    offset = nd30.lead_mm(lead, size)
    width = paragraph.width_mm - paragraph.fmt.left_mm.value - paragraph.fmt.right_mm.value
    em = nd30.UPPER_CHAR_EM if text == text.upper() else nd30.MIXED_CHAR_EM
    centre = offset + paragraph.fmt.first_line_mm.value + len(squash(text)) * em * size * nd30.MM_PER_PT / 2
    return width > 0 and abs(centre - width / 2) <= CENTRED_SLACK * width


def line_share(paragraph: Paragraph, em: float | None = None) -> float:
    """Return how much of its line the paragraph's text fills (estimated, at ``em`` a character when given;
    above 1 when it wraps)."""
    runs = paragraph.visible_runs
    size = max((run.fmt.size.value for run in runs), default=paragraph.mark.size.value)
    width = paragraph.width_mm - paragraph.fmt.left_mm.value - paragraph.fmt.right_mm.value
    text = squash(paragraph.text)
    if em is None:
        em = nd30.UPPER_CHAR_EM if text == text.upper() else nd30.MIXED_CHAR_EM
    return len(text) * em * size * nd30.MM_PER_PT / width if width > 0 else 1.0


def surely_wraps(paragraph: Paragraph) -> bool:
    """True when the paragraph prints on more than one line even at the narrowest advance of body text."""
    return line_share(paragraph, nd30.BODY_CHAR_EM_LOW) > 1.0


def fills_line(paragraph: Paragraph) -> bool:
    """True when the text fills its one line: centred, justified or left, it prints the same."""
    return FILLED_SHARE <= line_share(paragraph) <= 1.0


def one_short_line(paragraph: Paragraph) -> bool:
    """True when the text fits on one line: justified or left-aligned, it prints the same."""
    return line_share(paragraph) < 1.0


def sizes(runs: Iterable[Run]) -> list[str]:
    """Return the distinct sizes of ``runs`` as ``["12 pt", "14 pt"]``."""
    return [m.SIZE.format(size=decimal(size)) for size in sorted({r.fmt.size.value for r in runs})]


def _toggle(runs: list[Run], name: str, wanted: bool | None, words: tuple[str, str, str]) -> list[str]:
    if wanted is None:
        return []
    values = {getattr(run.fmt, name).value for run in runs}
    if values == {wanted}:
        return []
    on, off, partly = words
    if len(values) == 1:
        return [on if True in values else off]
    # which part is not as wanted, so that a lone mark set apart (the ":" of "Nơi nhận:") is seen at once
    odd = snippet(squash(" ".join(run.text for run in runs if getattr(run.fmt, name).value != wanted)))
    return [m.PARTLY.format(partly=partly, state=off if wanted else on, text=odd)]


def grouped(hits: Iterable[tuple[Paragraph, Source, str]], expected: str) -> list[Issue]:
    """Return one issue per cause: a wrong value set in a style or in the document defaults is reported once
    (with how many paragraphs it affects and the first one); the same value set on many paragraphs one by one
    is one issue too (how many, and the first few), so that a long document does not give hundreds of lines."""
    groups: dict[tuple, dict[int, Paragraph]] = {}
    for paragraph, source, found in hits:
        groups.setdefault((found, source), {}).setdefault(paragraph.index, paragraph)
    issues = []
    for (found, source), members in groups.items():
        paragraphs = list(members.values())
        if source.kind == "direct" and len(paragraphs) < GROUP_MIN:
            issues += [Issue(p.place, found, expected) for p in paragraphs]
            continue
        issues.append(Issue(_group_place(source, paragraphs), found, expected))
    return issues


def _group_place(source: Source, paragraphs: list[Paragraph]) -> Place:
    first = paragraphs[0]
    if len(paragraphs) == 1:
        return first.place
    if source.kind != "direct":
        return Place(first.place.order, m.WHERE_GROUP.format(source=source_label(source), count=len(paragraphs),
                                                             first=first.place.label))
    others = m.JOIN.join(str(p.index) for p in paragraphs[1:GROUP_SHOWN])
    return Place(first.place.order, m.WHERE_GROUP_DIRECT.format(count=len(paragraphs), first=first.place.label,
                                                                others=others))


def source_label(source: Source) -> str:
    """Return where a value is set, as a clerk finds it: a style by name, or the document's defaults."""
    if source.kind == "style":
        return m.WHERE_STYLE.format(name=source.name)
    return m.WHERE_DEFAULTS if source.kind == "defaults" else m.WHERE_DOCUMENT


def headings(body: list[Paragraph]) -> list[Paragraph]:
    """Return the headings of the text: "Phần I" (and the title on the line after it), "I. …", and numbered
    khoản set wholly in bold (titled khoản, mục II.6.đ). ND30 leaves their alignment and indent open, except
    that "Phần"/"Chương"/"Mục" lines and their titles are centred."""
    found = []
    for position, paragraph in enumerate(body):
        text = squash(paragraph.text)
        numbered = patterns.KHOAN.match(text) or patterns.SUB_KHOAN.match(text)
        bold = bool(paragraph.visible_runs) and all(run.fmt.bold.value for run in paragraph.visible_runs)
        after_division = position > 0 and is_division(body[position - 1])
        article = patterns.ARTICLE.match(fold(text))
        short_bold = bold and len(text) <= HEADING_MAX  # "Bước 1: Đăng ký biên soạn", a line set apart in bold
        if is_division(paragraph) or after_division or patterns.ROMAN_HEADING.match(text) or (numbered and bold) \
                or article or short_bold:
            found.append(paragraph)
    return found


HEADING_MAX = 90  # characters: a bold line this short is a heading, not prose
CAPTION = re.compile(r"^(bảng|biểu|hình|sơ đồ)\s*\d+\s*[.:]")  # folded: "Bảng 1. Quy định thời gian …"


def is_caption(paragraph: Paragraph) -> bool:
    """True for a short centred line such as a table's or a figure's caption ("Biểu 1. …", "(Đơn vị: hộ)"), or
    a line set apart in capitals: not body text, so neither justified nor indented."""
    text, runs = squash(paragraph.text), paragraph.visible_runs
    if len(text) > CAPTION_MAX:
        return False
    set_apart = text.startswith("(") or (bool(runs) and (all(r.fmt.bold.value for r in runs)
                                                          or all(r.fmt.italic.value for r in runs)))
    centred = paragraph.fmt.alignment.value == "center"
    return is_upper(text) or (centred and (set_apart or bool(CAPTION.match(fold(text)))))


def is_division(paragraph: Paragraph) -> bool:
    """True for a "Phần I", "Chương I", "Mục 1" or "Tiểu mục 1" line."""
    return bool(patterns.DIVISION.match(squash(paragraph.text)))
