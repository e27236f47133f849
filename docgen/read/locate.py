"""Finds the ND30 elements of any document by their text and position, not by docgen's styles: the top
block, the title and the lines under them (the end block and appendices are in ``locate_end``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from docgen import nd30
from docgen.read import patterns
from docgen.read.document import DocumentView, Paragraph
from docgen.read.genre import approval_slip, find_genre
from docgen.read.locate_end import (
    find_appendices,
    find_attachments,
    find_body,
    find_end_block,
    find_end_start,
    title_end,
)
from docgen.read.parts import APPROVAL, CONG_VAN, NO_TEXT, Parts, Span, spans, whole
from docgen.read.text import fold, has_letters, is_rule_text, is_upper, matches, squash

TOP_PARAGRAPHS = 40  # the top block is within the first paragraphs of any real document
TITLE_LOOKAHEAD = 15
NATIONAL_NAME_WITHIN = 12  # lines of text: further down, it heads a template quoted inside another text
SUMMARY_MAX = 3
ISSUER_MAX = 4
TOP_COLUMNS = (patterns.NATIONAL_NAME, patterns.MOTTO, patterns.PLACE_DATE, patterns.NUMBER, patterns.PARTY_NAME)


def locate(view: DocumentView) -> Parts:
    """Return the elements found in ``view``."""
    parts = Parts()
    top = [s for p in view.paragraphs[:TOP_PARAGRAPHS] for s in spans(p, TOP_COLUMNS) if s.text]
    _find_top(parts, top)
    _find_in_text_boxes(parts, view)
    if not _find_cong_van(parts, top):
        _find_title(parts, view)
        _find_untitled_letter(parts, view)
    _find_issuer(parts, top)
    _find_issuer_in_text_box(parts, view)
    parts.top_end = _top_end(parts, view)
    end = find_end_start(parts, view)
    after_end = end if end <= len(view.paragraphs) else title_end(parts)
    find_attachments(parts, view, after_end)
    find_body(parts, view, end)
    find_end_block(parts, view, end)
    parts.genre = find_genre(parts, top) if _has_text(view) else NO_TEXT
    parts.genre = APPROVAL if approval_slip(view, parts) else parts.genre
    find_appendices(parts, view, after_end)
    _find_rule_lines(parts, view)
    return parts


def _has_text(view: DocumentView) -> bool:
    """False for a file without a letter of text (the page images of a scan): nothing in it can be read."""
    return any(has_letters(p.text) for p in view.paragraphs) or any(
        has_letters(p.text) for box in view.text_boxes for p in box)


def _find_top(parts: Parts, top: list[Span]) -> None:
    parts.national_name = _first(top[:NATIONAL_NAME_WITHIN], patterns.NATIONAL_NAME)
    after = top[next(i for i, s in enumerate(top) if s is parts.national_name) + 1:] if parts.national_name else top
    parts.motto = _first(after, patterns.MOTTO)
    parts.number = _first(top, patterns.NUMBER)
    parts.place_date = _first(top, patterns.PLACE_DATE)


# The top-block elements a clerk may type in a text box (Word's Insert → Text Box) instead of a table.
_BOXED = {"national_name": patterns.NATIONAL_NAME, "motto": patterns.MOTTO, "number": patterns.NUMBER,
          "place_date": patterns.PLACE_DATE}


def _find_in_text_boxes(parts: Parts, view: DocumentView) -> None:
    """When the national name is not in the text but in a text box, so is the top block: its elements found in
    the document's text boxes are present (not "missing"), but their position and format are not judged, and
    a number or date line found there wins over a line of the text that only looks like one ("Căn cứ Kế hoạch
    số 211/KH-UBND ngày 15 tháng 6 …"). Other boxes ("Số: …; ngày/tháng/năm; giờ: phút" of an electronic
    appendix) are not the top block."""
    boxed = [s for box in view.text_boxes for p in box for s in spans(p, TOP_COLUMNS) if s.text]
    if parts.national_name is not None or _first(boxed, patterns.NATIONAL_NAME) is None:
        return
    for name, pattern in _BOXED.items():
        found = _first(boxed, pattern)
        if found is not None:
            setattr(parts, name, None)
            parts.in_text_boxes[name] = [found]


def _find_issuer_in_text_box(parts: Parts, view: DocumentView) -> None:
    """The issuing body typed in a text box: the upper-case lines above "Số:" in the box that holds it."""
    if parts.issuer_lines or "number" not in parts.in_text_boxes:
        return
    number = parts.in_text_boxes["number"][0].paragraph
    box = next(box for box in view.text_boxes if number in box)
    above = [whole(p) for p in box[:box.index(number)] if is_upper(p.text) and not is_rule_text(p.text)]
    if above:
        parts.in_text_boxes["issuer"] = above[-ISSUER_MAX:]


def _find_cong_van(parts: Parts, top: list[Span]) -> bool:
    """A công văn has no type name: its summary is the "V/v …" line under the number, in the number's column
    (ND30 Phụ lục I, mục II.5.a, ô 5b). Return True when the document is one."""
    if parts.number is None:
        return False
    after = top[next(i for i, s in enumerate(top) if s is parts.number) + 1:]
    line = next((s for s in after[:4] if matches(patterns.CONG_VAN_SUMMARY, s.folded)), None)
    if line is None or not _near(line, parts.number):
        return False
    if any(is_upper(s.text) and s.paragraph.index < line.paragraph.index for s in after[:after.index(line)]
           if s.paragraph.cell is None):
        return False  # a type name ("TỜ TRÌNH") stands above it: "Về việc …" is that document's summary
    parts.genre, parts.summary = CONG_VAN, [line]
    for span in after[after.index(line) + 1:]:
        if len(parts.summary) == SUMMARY_MAX or not _near(span, line) or span is parts.place_date \
                or is_rule_text(span.text) or is_upper(span.text):
            break
        parts.summary.append(span)
    return True


def _near(span: Span, above: Span) -> bool:
    """True when ``span`` is under ``above`` in its column: the same table column, or the next paragraphs."""
    here, there = span.paragraph.cell, above.paragraph.cell
    if here is not None and there is not None:
        return here.table == there.table and here.col == there.col and 0 <= here.row - there.row <= 1
    return here is None and there is None and 0 < span.paragraph.index - above.paragraph.index <= 2 \
        and span.column == above.column


def _top_end(parts: Parts, view: DocumentView) -> int:
    """Return the last paragraph of the top block: of its table when the top block is a table."""
    found = [s for s in (parts.national_name, parts.motto, parts.number, parts.place_date, *parts.issuer_lines,
                         *(parts.summary if parts.genre == CONG_VAN else [])) if s]
    last = 0
    for span in found:
        cell = span.paragraph.cell
        if cell is not None:
            table = view.tables[cell.table - 1]
            last = max([last] + [p.index for c in table.cells for p in c.paragraphs])
        last = max(last, span.paragraph.index)
    return last


def _find_untitled_letter(parts: Parts, view: DocumentView) -> None:
    """A document with a number, no type name and no "V/v …" line, whose text opens with "Kính gửi:", is a công
    văn typed without its summary (only a công văn has no type name): laid out, and judged, as one."""
    if parts.doc_type is not None or parts.number is None:
        return
    first = next((p for p in view.top_level() if p.index > _top_end(parts, view) and not p.is_empty), None)
    if first is not None and patterns.SALUTATION.match(fold(squash(first.text))):
        parts.genre = CONG_VAN


def _before_salutation(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """The paragraphs above "Kính gửi:": a type name stands above it, never under it (a heading "I. …" of a
    công văn typed without its "V/v …" line is not its type name)."""
    stop = next((i for i, p in enumerate(paragraphs) if patterns.SALUTATION.match(fold(squash(p.text)))), None)
    return paragraphs if stop is None else paragraphs[:stop]


def _find_title(parts: Parts, view: DocumentView) -> None:
    """The document type is the first upper-case paragraph after the top block; the summary follows it."""
    found = [s for s in (parts.national_name, parts.motto, parts.number, parts.place_date) if s]
    anchor = max((s.paragraph.index for s in found), default=0)
    candidates = _before_salutation([p for p in view.top_level() if p.index > anchor and not p.is_empty]
                                    [:TITLE_LOOKAHEAD])
    kind = next((p for p in candidates if is_upper(p.text) and "\t" not in p.text.strip()
                 and not is_rule_text(p.text) and not patterns.ROMAN_HEADING.match(squash(p.text))), None)
    if kind is None:
        return
    parts.doc_type = whole(kind)
    for span_name in ("number", "place_date"):
        span = getattr(parts, span_name)
        if span is not None and span.paragraph.index > kind.index:
            setattr(parts, span_name, None)
    following = [p for p in view.top_level() if p.index > kind.index]
    for paragraph in following[:SUMMARY_MAX]:
        if paragraph.is_empty or is_rule_text(paragraph.text) or not _looks_like_title(paragraph) \
                or patterns.ISSUED_WITH.match(fold(paragraph.text.strip())):
            break
        if parts.summary and is_upper(paragraph.text) and not is_upper(parts.summary[-1].text):
            break  # "CHỦ TỊCH ỦY BAN NHÂN DÂN …" under a summary in lower case: the authority line, not its end
        parts.summary.append(whole(paragraph))
    last = parts.summary[-1].paragraph.index if parts.summary else kind.index
    near = [p for p in following if p.index > last and not p.is_empty and not is_rule_text(p.text)][:1]
    if near and patterns.ISSUED_WITH.match(fold(near[0].text.strip())):
        parts.issued_with = whole(near[0])  # a text issued with a decision (mẫu 1.3): not its summary


def _looks_like_title(paragraph: Paragraph) -> bool:
    text = squash(paragraph.text)
    folded = fold(text)
    if patterns.BASIS.match(folded) or matches(patterns.SALUTATION, folded) or patterns.ROMAN_HEADING.match(text) \
            or patterns.KHOAN.match(text):
        return False
    bold = any(run.fmt.bold.value for run in paragraph.visible_runs)
    return bold or paragraph.fmt.alignment.value == "center"


def _find_issuer(parts: Parts, top: list[Span]) -> None:
    """The issuing body is the lines above "Số:" in the same column (cell column, or tab column); without a
    "Số:" line, the lines beside the national name and motto."""
    known = {id(s) for s in (parts.national_name, parts.motto, parts.place_date, parts.number) if s}
    if parts.number is not None:
        lines = [s for s in top if s.paragraph.index < parts.number.paragraph.index and id(s) not in known
                 and _same_column(s, parts.number) and not is_rule_text(s.text)]
    elif parts.national_name is not None:
        lines = [s for s in top if id(s) not in known and _beside(s, parts.national_name, parts.motto)
                 and not is_rule_text(s.text)]
    else:
        return
    lines = _centred_on_widest(lines[-ISSUER_MAX:])
    bold = [any(r.fmt.bold.value for r in s.runs if r.text.strip()) for s in lines]
    first_bold = bold.index(True) if True in bold else 0
    parts.parent_lines, parts.issuer_lines = lines[:first_bold], lines[first_bold:]
    unit = next((i for i, s in enumerate(lines) if i and matches(patterns.SUBORDINATE_BODY, s.folded)), None)
    if first_bold == 0 and unit is not None:  # "UBND TỈNH PHÚ THỌ" / "SỞ THÔNG TIN …", both bold: the unit's
        parts.parent_lines, parts.issuer_lines = lines[:unit], lines[unit:]  # name tells its parent
        parts.parent_by_name = True


CENTRED_SLACK = 0.15  # share of the widest line: a shorter line centred this close to its middle is centred on it


def _centred_on_widest(lines: list[Span]) -> list[Span]:
    """Return the issuer's lines, the widest one no longer judged for its alignment when the block is laid out
    with spaces: its other lines typed flush left and pushed with spaces (or tabs) to the middle of the widest,
    the block prints centred on it (the widest line, with no space before it, is set left to make that so)."""
    measured = [(span, *_lead_and_width(span)) for span in lines]
    if len(lines) < 2:
        return lines
    widest, lead, width = max(measured, key=lambda item: item[2])
    centred = [other for other, other_lead, other_width in measured if other is not widest and other_lead > 0
               and abs(other_lead + other_width / 2 - width / 2) <= CENTRED_SLACK * width]
    if not widest.whole or lead > 0 or not centred:
        return lines
    return [replace(span, whole=False) if span is widest else span for span in lines]


def _lead_and_width(span: Span) -> tuple[float, float]:
    """Return how far spaces push the span from the start of its paragraph, and its estimated width (mm)."""
    raw = span.paragraph.text
    size = max((run.fmt.size.value for run in span.runs if run.text.strip()), default=span.paragraph.mark.size.value)
    lead = raw[:len(raw) - len(raw.lstrip(" \t\u00a0"))] if span.column == 0 else ""
    return nd30.lead_mm(lead, size), nd30.estimated_width_mm(span.text, size, float("inf"))


def _same_column(span: Span, number: Span) -> bool:
    here, there = span.paragraph.cell, number.paragraph.cell
    if here is None or there is None:
        return here is None and there is None and span.column == number.column
    return here.table == there.table and here.col == there.col and here.row <= there.row


def _beside(span: Span, national: Span, motto: Span | None) -> bool:
    """True for a span in the other column of the national name's table row, or of its tabbed lines."""
    here, there = span.paragraph.cell, national.paragraph.cell
    if here is not None and there is not None:
        return here.table == there.table and here.row == there.row and here.col != there.col
    rows = {national.paragraph.index, motto.paragraph.index if motto else -1}
    return here is None and there is None and span.paragraph.index in rows and span.column != national.column


def _find_rule_lines(parts: Parts, view: DocumentView) -> None:
    """Record the lines drawn under the motto, the issuing body and the summary (their lengths, None when
    not measurable, such as a typed line of underscores)."""
    anchors = {"motto": parts.motto, "issuer": parts.issuer_lines[-1] if parts.issuer_lines else None,
               "summary": parts.summary[-1] if parts.summary and parts.genre != CONG_VAN else None}
    groups = {"motto": [s for s in (parts.national_name, parts.motto) if s],
              "issuer": [*parts.parent_lines, *parts.issuer_lines], "summary": parts.summary}
    for name, span in anchors.items():
        if span is not None:
            # a line drawn as a shape may be anchored in any line of the element (Word anchors it where it was
            # drawn), or in the next row of the top table
            anchored = [length for s in groups[name] if s.paragraph is not span.paragraph
                        for length in s.paragraph.line_shapes_mm]
            found = anchored + _lines_under(view, span.paragraph)
            typed = _typed_under(view, span)
            parts.rule_lines[name] = found or _next_row_lines(view, span.paragraph) or ([None] if typed else [])
            if typed and patterns.DASHED_RULE.match(typed):
                parts.typed_rules[name] = typed


def _typed_under(view: DocumentView, span: Span) -> str:
    """Return the rule typed under ``span`` as characters ("-------", "_______"), or "": the next line of its
    paragraph (after a line break), else the next paragraph with text."""
    pieces = [s.text for s in spans(span.paragraph)]
    after = pieces[pieces.index(span.text) + 1:] if span.text in pieces else []
    if not after:
        after = [p.text for p in view.following(span.paragraph, 3) if not p.is_empty][:1]
    return squash(after[0]) if after and is_rule_text(after[0]) else ""


def _next_row_lines(view: DocumentView, paragraph: Paragraph) -> list[float | None]:
    """Return the lines drawn at the top of the cell under ``paragraph``'s cell (a border or a shape in an
    empty first paragraph, or a typed rule), when ``paragraph`` is the last text of its cell."""
    cell = paragraph.cell
    if cell is None or any(not p.is_empty for p in view.following(paragraph, 5)):
        return []
    rows = view.tables[cell.table - 1].rows
    below = [c for c in rows[cell.row] if c.ref.col == cell.col] if cell.row < len(rows) else []
    return _lines_in(below[0].paragraphs[:2] if below else [])


def _lines_under(view: DocumentView, paragraph: Paragraph) -> list[float | None]:
    found: list[float | None] = [*paragraph.line_shapes_mm]
    if paragraph.fmt.border_bottom:
        found.append(_border_length(paragraph))
    return found + _lines_in(view.following(paragraph, 3))


def _lines_in(paragraphs: Sequence[Paragraph]) -> list[float | None]:
    """Return the rules drawn in the empty paragraphs that follow a line (shapes, borders, typed dashes),
    up to the first paragraph with text; a typed rule (a row of underscores) has no measured length. A line
    holding only a template's slot ("${DV}", the issuer's unit still to come) is part of the element above."""
    found: list[float | None] = []
    for following in paragraphs:
        found += following.line_shapes_mm
        if following.is_empty or not patterns.PLACEHOLDER.sub("", following.text).strip():
            if following.fmt.border_top or following.fmt.border_bottom:
                found.append(_border_length(following))
            continue
        if is_rule_text(following.text):
            found.append(None)
        break
    return found


def _border_length(paragraph: Paragraph) -> float:
    return paragraph.width_mm - paragraph.fmt.left_mm.value - paragraph.fmt.right_mm.value


def _first(candidates: list[Span], pattern: re.Pattern[str]) -> Span | None:
    return next((s for s in candidates if matches(pattern, s.folded)), None)
