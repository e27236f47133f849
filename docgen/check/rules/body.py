"""The text of the document: legal bases and body paragraphs (ND30 Phụ lục I, mục II.6.a and II.6.e).

Only paragraphs outside tables between the title and the end block are judged; a wrong value set in a
style is reported once for the style.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from docgen import nd30
from docgen.check import messages as m
from docgen.check.finding import ERROR, WARNING, Issue, Severity
from docgen.check.rules.base import rule
from docgen.check.rules.common import (
    CAPTION_MAX,
    Look,
    grouped,
    headings,
    is_caption,
    look_issues,
    one_short_line,
    shared,
    size_range,
    surely_wraps,
)
from docgen.nd30 import BASES_LAST_END, BASIS_END
from docgen.read import patterns
from docgen.read.document import DocumentView, Paragraph, Run
from docgen.read.formats import Source
from docgen.read.indent import first_line_start_mm
from docgen.read.locate_end import is_bare_basis
from docgen.read.parts import Parts, whole
from docgen.read.patterns import BLANK_CHARS
from docgen.read.text import decimal, fold, is_blank_line, snippet, squash

SINGLE_LINE_EM = 1.15  # Word's single line for Times New Roman is 1.15 × the font size
Hit = tuple[Paragraph, Source, str]


def _text(parts: Parts) -> list[Paragraph]:
    """The bases, the body and the text of each attached quy chế or quy định."""
    return parts.bases + parts.body + [p for attached in parts.attachments for p in attached.body]


@shared
def _prose(parts: Parts) -> list[Paragraph]:
    """The text without its captions, chapter titles, lines of dots and lines that are no prose (``_not_prose``):
    what size and spacing rules judge."""
    return [p for p in _text(parts) if not is_caption(p) and not is_blank_line(p.text) and not _not_prose(p)]


@shared
def _plain(parts: Parts) -> list[Paragraph]:
    """Body paragraphs other than headings and captions, whose alignment and indent ND30 leaves open."""
    bodies = [parts.body] + [attached.body for attached in parts.attachments]
    skipped = {p.index for body in bodies for p in headings(body)}
    return [p for p in _text(parts) if p.index not in skipped and not is_caption(p) and not is_blank_line(p.text)
            and not _not_prose(p)]


URL_LINE = re.compile(r"^(https?://|www\.)\S+$", re.IGNORECASE)


def _not_prose(paragraph: Paragraph) -> bool:
    """True for a line that is not a paragraph of text, whose indent and alignment say nothing: a list number
    with no text after it ("1" beside a chart), a web address listed on its own line (the sources of the data),
    or a short caption set apart in bold or italics and pushed with spaces ("      Tỷ lệ suy hao … :")."""
    own = squash("".join(run.text for run in paragraph.runs))
    if not own or URL_LINE.match(own):
        return True
    runs = paragraph.visible_runs
    pushed = paragraph.text[:2] in ("  ", " \t", "\t ") and not paragraph.label
    set_apart = bool(runs) and all(r.fmt.bold.value or r.fmt.italic.value for r in runs)
    return pushed and set_apart and len(own) <= CAPTION_MAX


@rule("body-size", ERROR, "Phụ lục I, mục II.6.e")
def body_size(view: DocumentView, parts: Parts) -> list[Issue]:
    """Body text is 13–14 pt."""
    hits = ((p, r.fmt.size.source, m.SIZE.format(size=decimal(r.fmt.size.value)))
            for p in _prose(parts)
            for r in _worded_runs(p) if r.fmt.size.value not in nd30.BODY_SIZE)
    return grouped(hits, size_range(nd30.BODY_SIZE))


def _worded_runs(paragraph: Paragraph) -> tuple[Run, ...]:
    """Return the runs that show letters or digits: a lone punctuation mark in another size (the last "." of
    "./." left in the Normal style's 12 pt) does not change how the text reads; a paragraph of marks only keeps
    them all."""
    worded = tuple(run for run in paragraph.visible_runs if any(char.isalnum() for char in run.text))
    return worded or paragraph.visible_runs


@rule("body-alignment", WARNING, "Phụ lục I, mục II.6.e")
def body_alignment(view: DocumentView, parts: Parts) -> list[Issue]:
    """Body paragraphs are justified on both sides (a left-aligned line that does not wrap prints the same)."""
    hits = [(p, p.fmt.alignment.source, m.ALIGNMENTS[p.fmt.alignment.value]) for p in _plain(parts)
            if p.fmt.alignment.value != "justify"]
    seen = {(found, source) for p, source, found in hits if _shows(p)}  # a style is wrong if any of it shows
    return grouped([(p, source, found) for p, source, found in hits
                    if (found, source) in seen and (source.kind != "direct" or _shows(p))], m.ALIGNMENTS["justify"])


def _shows(paragraph: Paragraph) -> bool:
    """True when the wrong alignment can be seen: not a left-aligned line too short to wrap."""
    return not (paragraph.fmt.alignment.value == "left" and one_short_line(paragraph))


@rule("body-indent", ERROR, "Phụ lục I, mục II.6.e")
def body_indent(view: DocumentView, parts: Parts) -> list[Issue]:
    """The first line of a body paragraph is indented 1 cm or 1.27 cm; the other lines start at the margin.
    Judged where the lines print: a first line moved in by tabs or hanging from a left indent is what the clerk
    sees. A paragraph of one line indented as a whole prints as a first-line indent: a reminder only (there is no
    other line to start at the margin until the text grows)."""
    expected = m.FIRST_LINES.format(values=" hoặc ".join(decimal(x, 1) for x in nd30.FIRST_LINE_INDENTS_MM))
    hits: dict[bool, list[Hit]] = {True: [], False: []}
    for paragraph in _plain(parts):
        for whole_, hit in _indent_hits(paragraph, view.default_tab_mm):
            hits[whole_].append(hit)
    return grouped(hits[False], expected) + [replace(issue, severity=WARNING, variant="whole")
                                             for issue in grouped(hits[True], expected)]


def _indent_hits(paragraph: Paragraph, default_tab_mm: float) -> Iterator[tuple[bool, Hit]]:
    """Yield the paragraph's faults of indent, each marked True when it is only a one-line paragraph indented
    as a whole."""
    fmt, tolerance = paragraph.fmt, nd30.INDENT_TOLERANCE_MM
    start = first_line_start_mm(paragraph, default_tab_mm)
    left_set = abs(fmt.left_mm.value) > tolerance
    left = (paragraph, fmt.left_mm.source, m.LEFT_INDENT.format(value=decimal(fmt.left_mm.value, 1)))
    if left_set and surely_wraps(paragraph):
        yield False, left
    elif all(abs(start - x) > tolerance for x in nd30.FIRST_LINE_INDENTS_MM):
        source = fmt.left_mm.source if left_set else fmt.first_line_mm.source
        yield False, (paragraph, source, m.FIRST_LINE.format(value=decimal(start, 1)))
    elif left_set and abs(fmt.first_line_mm.value) <= tolerance:  # a block indent; a hanging one is a list's
        yield True, left


@rule("body-spacing", ERROR, "Phụ lục I, mục II.6.e")
def body_spacing(view: DocumentView, parts: Parts) -> list[Issue]:
    """At least 6 pt between body paragraphs (space after one plus space before the next)."""
    text = {p.index for p in _prose(parts)}
    hits = []
    for paragraph in _prose(parts):
        following = view.following(paragraph, 1)
        if following and following[0].index in text:
            gap = _gap(paragraph, following[0])
            if gap < nd30.SPACE_BETWEEN_PARAGRAPHS_MIN_PT - 0.05:
                hits.append((paragraph, paragraph.fmt.after_pt.source, m.SPACING.format(value=decimal(gap, 1))))
    return grouped(hits, m.SPACING_MIN.format(value=decimal(nd30.SPACE_BETWEEN_PARAGRAPHS_MIN_PT)))


def _gap(above: Paragraph, below: Paragraph) -> float:
    """Return the space Word leaves between two paragraphs; "don't add space between paragraphs of the same
    style" (contextual spacing) removes it."""
    same_style = above.fmt.style_name == below.fmt.style_name
    after = 0.0 if above.fmt.contextual and same_style else above.fmt.after_pt.value
    before = 0.0 if below.fmt.contextual and same_style else below.fmt.before_pt.value
    return after + before


@rule("body-line-spacing", ERROR, "Phụ lục I, mục II.6.e")
def body_line_spacing(view: DocumentView, parts: Parts) -> list[Issue]:
    """Line spacing is at least single and at most 1.5 lines."""
    hits = []
    for paragraph in _prose(parts):
        lines, found = _line_spacing(paragraph)
        if lines not in nd30.LINE_SPACING:
            hits.append((paragraph, paragraph.fmt.line.source, found))
    expected = m.LINE_RANGE.format(low=decimal(nd30.LINE_SPACING.low), high=decimal(nd30.LINE_SPACING.high))
    return grouped(hits, expected)


def _line_spacing(paragraph: Paragraph) -> tuple[float, str]:
    """Return the line spacing in lines, and as the clerk set it in Word."""
    rule_, value = paragraph.fmt.line.value
    if rule_ == "multiple":
        return value, m.LINE_MULTIPLE.format(value=decimal(value))
    size = max((run.fmt.size.value for run in paragraph.visible_runs), default=paragraph.mark.size.value)
    lines = value / (size * SINGLE_LINE_EM)
    lines = max(lines, 1.0) if rule_ == "atLeast" else lines
    kind = m.LINE_KINDS.get(rule_, rule_)
    return lines, m.LINE_EXACT.format(kind=kind, value=decimal(value, 1), lines=decimal(lines))


@rule("bases-format", ERROR, "Phụ lục I, mục II.6.a")
def bases_format(view: DocumentView, parts: Parts) -> list[Issue]:
    """Legal bases (Căn cứ …) are in italics ("Theo đề nghị …", "Xét …" are not judged: ND30's templates set
    them either way)."""
    grounds = (whole(p) for p in parts.bases if patterns.BASIS.match(fold(p.text.strip())) or is_bare_basis(p.text))
    return [replace(issue, severity=_bases_severity(parts)) for issue in look_issues(grounds, Look(italic=True,
                                                                                                   bold=False))]


def _bases_severity(parts: Parts) -> Severity | None:
    """A reminder (a warning) when the bases were read through a line without "Căn cứ" (their reading is new and
    its precision not shown); else the rule's own severity."""
    return WARNING if any(is_bare_basis(p.text) for p in parts.bases) else None


@rule("bases-word", WARNING, "Phụ lục I, mục II.6.a")
def bases_word(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """A basis opens with "Căn cứ": a line citing a legal document ("Nghị định số 29/2025/NĐ-CP …;") among the
    bases of a text with articles, without it, is a reminder (the reader takes it for a basis all the same)."""
    for paragraph in parts.bases:
        if is_bare_basis(paragraph.text):
            text = squash(paragraph.text)
            yield Issue(paragraph.place, snippet(text), f"Căn cứ {snippet(text)}")


@rule("bases-punctuation", ERROR, "Phụ lục I, mục II.6.a")
def bases_punctuation(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """Each legal basis is its own line ending with ";", the last with "." — unless the last one runs into the
    main clause ("Xét đề nghị …, Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau:"), as a công văn or tờ trình
    does: then it is the text's opening sentence, not the end of a list of bases, and its ":" is not judged; nor
    is the mark of the last when other lines come between it and "QUYẾT ĐỊNH:" (the decider's "Tôi, …; chức vụ:
    …" of a penalty decision's form), which its sentence runs into."""
    for position, paragraph in enumerate(parts.bases, start=1):
        last = position == len(parts.bases)
        mark = BASES_LAST_END if last else BASIS_END
        text = paragraph.text.rstrip()
        if last and (text.endswith(":") or _runs_on(parts)):
            continue
        if not text.endswith(mark) and not text.endswith(tuple(BLANK_CHARS)):  # "Căn cứ …" left to fill in
            yield Issue(paragraph.place, m.ENDS_WITH.format(mark=text[-1:]), m.ENDS_WITH.format(mark=mark),
                        severity=_bases_severity(parts))


def _runs_on(parts: Parts) -> bool:
    """True when text that is not a basis comes between the bases and "QUYẾT ĐỊNH:"."""
    return bool(parts.enacting and parts.body and parts.bases and
                parts.bases[-1].index < parts.body[0].index < parts.enacting[0].index)


@rule("body-end-mark", WARNING, "Phụ lục III, mẫu 1.4")
def body_end_mark(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """The body ends with "./." as in ND30's templates."""
    if parts.body and not parts.body[-1].text.rstrip().endswith(nd30.BODY_END_MARK) \
            and not patterns.TRAILING_SLOT.search(parts.body[-1].text):  # a template's slot: its text is to come
        last = parts.body[-1]
        ending = "…" + " ".join(last.text.split()[-2:])
        yield Issue(last.place, m.ENDS_WITH.format(mark=ending), m.ENDS_WITH.format(mark=nd30.BODY_END_MARK))
