"""Finds the body, the end block (recipients and signature) and the appendices, after the title."""

from __future__ import annotations

import re

from docgen.read import patterns
from docgen.read.document import DocumentView, Paragraph, Table
from docgen.read.parts import CONG_VAN, Appendix, Attachment, Parts, Span, spans, whole
from docgen.read.text import fold, is_rule_text, is_upper, matches, squash

AUTHORITY_MAX = 2  # lines of "CHỦ TỊCH ỦY BAN NHÂN DÂN …" above a decision's bases
END_PARAGRAPHS = 30  # the end block, typed without a table, fits in this many paragraphs


def find_end_start(parts: Parts, view: DocumentView) -> int:
    """Return the index of the first paragraph of the end block (recipients and signature), or past the end."""
    after = title_end(parts)
    for position, block in enumerate(view.blocks):
        paragraphs = _block_paragraphs(block)
        if paragraphs and paragraphs[0].index > after and any(_starts_end_block(p) for p in paragraphs) \
                and not _data_table(block):
            if isinstance(block, Table):
                signers = _signers_under(block, view.blocks[position + 1:])
                parts.end_table = signers or block
                parts.recipients_table = block if signers else _recipients_under(block, view.blocks[position + 1:])
            return paragraphs[0].index
    return len(view.paragraphs) + 1


SIGNERS_COLUMNS = 3  # a signature table holds one to three signers side by side (with the recipients)


def _data_table(block: Paragraph | Table) -> bool:
    """True for a table of figures with more columns than a signature table has and no "Nơi nhận:": a heading
    such as "TL HT" (tỷ lệ hoàn thành) in it is no "TL." signature, and its "TỔNG" row no signing title."""
    return isinstance(block, Table) and max((len(row) for row in block.rows), default=0) > SIGNERS_COLUMNS \
        and not _holds_recipients_label(block)


def _block_paragraphs(block: Paragraph | Table) -> list[Paragraph]:
    return [p for c in block.cells for p in c.paragraphs] if isinstance(block, Table) else [block]


def _recipients_under(signers: Table, following: list[Paragraph | Table]) -> Table | None:
    """Return the table right under the signers' table (empty lines between them aside) that holds the
    "Nơi nhận:" line the signers' table lacks: a joint document's two signers fill the width, the recipients
    come under them."""
    if _holds_recipients_label(signers):
        return None
    below = next((b for b in following if not (isinstance(b, Paragraph) and b.is_empty)), None)
    return below if isinstance(below, Table) and _holds_recipients_label(below) else None


def _signers_under(recipients: Table, following: list[Paragraph | Table]) -> Table | None:
    """Return the signers' table right under a table of recipients that holds no signing line: a joint
    document typed with its "Nơi nhận:" above the two signers."""
    if not _holds_recipients_label(recipients) or _holds_signing(recipients):
        return None
    below = next((b for b in following if not (isinstance(b, Paragraph) and b.is_empty)), None)
    if isinstance(below, Table) and _holds_signing(below) and not _holds_recipients_label(below):
        return below
    return None


def _holds_signing(table: Table) -> bool:
    return any(_is_signing(s.text) for p in _block_paragraphs(table) for s in spans(p))


def _holds_recipients_label(table: Table) -> bool:
    return any(matches(patterns.RECIPIENTS, s.folded) for p in _block_paragraphs(table) for s in spans(p))


# A signing line at the start of any piece of a paragraph (after a tab or a line break): what ``spans`` could
# give ``_is_signing``. Looked for in the whole text first, since splitting every paragraph is the dearer way.
_SIGNING_PIECE = re.compile(r"(?:^|[\t\n])\s*(?:" + patterns.SIGNING.pattern.removeprefix("^") + ")")


def _starts_end_block(paragraph: Paragraph) -> bool:
    lower = paragraph.text.lower()
    if "nhận" not in lower and "nhan" not in lower and not _SIGNING_PIECE.search(paragraph.text):
        return False  # no piece of it can start with "Nơi nhận" ("Noi nhan" typed without marks) or a signing line
    return any(matches(patterns.RECIPIENTS, s.folded) or _is_signing(s.text) for s in spans(paragraph))


def _is_signing(text: str) -> bool:
    return bool(patterns.SIGNING.match(text)) and is_upper(text)


def _is_title(text: str) -> bool:
    """True for an office's title in capitals ("CHỦ TỊCH UBND" typed under the signing space): a position line,
    not the signer's name, which is then missing."""
    return is_upper(text) and bool(patterns.OFFICE_TITLE.match(fold(text)))


def title_end(parts: Parts) -> int:
    """Return the index of the last paragraph of the title (summary, else document type) or, for a công văn,
    of the top block; 0 when none was found."""
    return max([s.paragraph.index for s in [parts.doc_type, *parts.summary] if s] + [parts.top_end])


def find_body(parts: Parts, view: DocumentView, end: int) -> None:
    """The lines under the title that are not body text (an authority line "CHỦ TỊCH ỦY BAN NHÂN DÂN …",
    "Kính gửi: …", "QUYẾT ĐỊNH:"), the legal bases ("Căn cứ …", "Theo đề nghị của …"), then the body: the
    paragraphs outside tables between the title and the end block."""
    if parts.doc_type is None and parts.genre != CONG_VAN:
        return
    start, texts = title_end(parts), []
    for paragraph in view.top_level():
        if paragraph.index >= end or (paragraph.index > start and _is_appendix(paragraph)):
            break
        if paragraph.index > start and not paragraph.is_empty and not is_rule_text(paragraph.text):
            texts.append(paragraph)
    leading = next((i for i, p in enumerate(texts) if not _is_authority(p)), len(texts))
    if 0 < leading <= AUTHORITY_MAX and leading < len(texts) and _leading_line(parts, texts[leading]):
        parts.authority, texts = texts[:leading], texts[leading:]  # upper-case lines above the bases
    decision = any(patterns.ARTICLE.match(fold(squash(p.text))) for p in texts)
    enacted = any(patterns.ENACTING.match(fold(p.text)) for p in texts)  # the bases end above "QUYẾT ĐỊNH:"
    while texts and (_leading_line(parts, texts[0], decision) or (parts.bases and _only_marks(texts[0]))
                     or (decision and enacted and bool(patterns.PURPOSE.match(fold(texts[0].text.strip()))))):
        paragraph = texts.pop(0)
        (parts.salutation if _is_salutation(parts, paragraph) else parts.bases).append(paragraph)
    parts.enacting = [p for p in texts if patterns.ENACTING.match(fold(p.text))]
    parts.body = [p for p in texts if p not in parts.enacting]


def _is_authority(paragraph: Paragraph) -> bool:
    """True for the upper-case line naming who decides, above the bases of a decision."""
    text = paragraph.text.strip()
    return is_upper(text) and not (patterns.ROMAN_HEADING.match(text) or patterns.ENACTING.match(fold(text)))


def _only_marks(paragraph: Paragraph) -> bool:
    """True for a line of a template holding only the end of a basis left blank (".", "…;")."""
    return not any(ch.isalnum() for ch in paragraph.text)


def _leading_line(parts: Parts, paragraph: Paragraph, decision: bool = False) -> bool:
    """True for a basis, the proposal that closes the bases, or "Kính gửi:"; in a text with articles, also a line
    citing a legal document without "Căn cứ" ("Nghị định số 29/2025/NĐ-CP …;"), which ``bases-word`` reports."""
    folded = fold(paragraph.text.strip())
    if decision and is_bare_basis(paragraph.text):
        return True
    return bool(patterns.BASIS.match(folded) or patterns.PROPOSAL.match(folded)) or _is_salutation(parts, paragraph)


def is_bare_basis(text: str) -> bool:
    """True for a line citing a legal document as a basis without "Căn cứ", ending as a basis does."""
    text = squash(text)
    return bool(matches(patterns.BARE_BASIS, fold(text))) and text.endswith((";", ",", "."))


def _is_salutation(parts: Parts, paragraph: Paragraph) -> bool:
    """True for "Kính gửi: …" and, after it, the addressees listed one a line ("- Sở Nội vụ;")."""
    text = paragraph.text.strip()
    if matches(patterns.SALUTATION, fold(text)):
        return True
    listed = patterns.LIST_ITEM.match(text) and text.endswith((";", ".", ",")) and len(text) < 120
    return bool(parts.salutation and not parts.bases and listed)


def find_end_block(parts: Parts, view: DocumentView, end: int) -> None:
    """Recipients: the "Nơi nhận:" line and the lines under it; signature: the other column."""
    paragraphs = _end_region(parts, view, end)
    region = [span for paragraph in paragraphs for span in spans(paragraph) if span.text]
    label = next((span for span in region if matches(patterns.RECIPIENTS, span.folded)), None)
    parts.recipients_label = label
    signature: list[Span] = []
    for span in region:
        if span is not label:
            listed = _is_recipient(span, label, parts.end_table is not None)
            if listed and _continues(parts.recipients, span):
                parts.recipients[-1] = _joined(parts.recipients[-1], span)
            else:
                (parts.recipients if listed else signature).append(span)
    parts.recipients = _up_to_archive(parts.recipients)
    empties = {paragraph.index for paragraph in paragraphs if paragraph.is_empty}
    _split_signature(parts, _outside_brackets(signature), empties)
    if parts.signer is None and parts.signature_lines and paragraphs and parts.end_tables:
        parts.signer = _name_after_table(view, paragraphs[-1].index)


NAME_AFTER_TABLE = 8  # paragraphs after the end table where a signer's name typed under it is looked for
NAME_WORDS = (2, 6)  # a Vietnamese person's name: family name, middle names, given name


def _is_person_name(text: str) -> bool:
    """True for "Hồ Văn Mười": two to six words of letters, each capitalised."""
    words = text.split()
    return NAME_WORDS[0] <= len(words) <= NAME_WORDS[1] and all(
        w.isalpha() and w[0].isupper() and (len(w) == 1 or w[1:].islower()) for w in words)


def _name_after_table(view: DocumentView, last: int) -> Span | None:
    """The signer's name typed under the signature table instead of in it ("Hồ Văn Mười" after the table that
    holds "CHỦ TỊCH"): the first line of text after the table, when it is a person's name."""
    after = [p for p in view.top_level() if p.index > last][:NAME_AFTER_TABLE]
    first = next((p for p in after if not p.is_empty), None)
    if first is None or _is_appendix(first) or not _is_person_name(squash(first.text)):
        return None
    return whole(first)


def _outside_brackets(lines: list[Span]) -> list[Span]:
    """Drop the notes in brackets under a signature ("(Chữ ký, dấu)"), also when Word wraps one over lines."""
    kept, open_ = [], False
    for span in lines:
        if span.text.startswith("(") or open_:
            open_ = span.text.count("(") + open_ > span.text.count(")")
            continue
        kept.append(span)
    return kept


def _up_to_archive(recipients: list[Span]) -> list[Span]:
    """Return the recipients without the notes typed under the closing "- Lưu: …." line in its cell ("Số eOffice:
    …", a drafter's initials): a line after it with no dash of its own is no recipient."""
    closing = next((i for i, s in enumerate(recipients) if patterns.ARCHIVE.match(s.folded)
                    and s.text.rstrip().endswith(".")), None)
    if closing is None:
        return recipients
    return recipients[:closing + 1] + [s for s in recipients[closing + 1:] if patterns.LIST_ITEM.match(s.text)]


def _continues(recipients: list[Span], span: Span) -> bool:
    """True for the second line of a recipient Word wrapped onto a new paragraph: no dash of its own, after a
    line that has not ended with ";" or "."."""
    return bool(recipients) and not patterns.LIST_ITEM.match(span.text) and not recipients[-1].text.rstrip().endswith(
        (";", ".", ":"))


def _joined(first: Span, second: Span) -> Span:
    return Span(first.paragraph, f"{first.text} {second.text}", first.runs + second.runs, first.whole, first.column)


def _end_region(parts: Parts, view: DocumentView, end: int) -> list[Paragraph]:
    """Return the paragraphs of the end block: its table's, or those from its start up to an appendix."""
    if parts.end_tables:
        return [paragraph for table in parts.end_tables for paragraph in _block_paragraphs(table)]
    paragraphs: list[Paragraph] = []
    attached = {a.titles[0].paragraph.index for a in parts.attachments}
    for paragraph in [p for p in view.top_level() if p.index >= end][:END_PARAGRAPHS]:
        if paragraphs and (_is_appendix(paragraph) or paragraph.index in attached):
            break
        paragraphs.append(paragraph)
    return paragraphs


def _is_recipient(span: Span, label: Span | None, in_table: bool) -> bool:
    """A recipient is a line under "Nơi nhận:" in its cell (or tab column); without a label, a "-" line."""
    if label is None:
        return bool(patterns.LIST_ITEM.match(span.text))
    if span.paragraph.index < label.paragraph.index:
        return False
    if in_table:  # in the label's column, in its row or the rows under it
        here, there = span.paragraph.cell, label.paragraph.cell
        return here is not None and there is not None and here.table == there.table and here.col == there.col \
            and here.row >= there.row
    listed = patterns.LIST_ITEM.match(span.text) or patterns.ARCHIVE.match(span.folded)
    return span.column == label.column and bool(listed)


def _split_signature(parts: Parts, lines: list[Span], empties: set[int]) -> None:
    """The signer's name is the last line when signing space (an empty line) or lower case sets it apart; the
    other lines are the authority and position lines, in capitals (a second signer's name, as in a biên bản
    signed by two, is not one of them)."""
    anchor = next((s for s in lines if is_upper(s.text)), None)
    if anchor is not None:  # the signature is one column: notes in other cells are not its lines
        lines = [s for s in lines if _column(s) == _column(anchor)]
    after_space = _first_after_signing_space(lines, empties)
    if after_space is not None:  # lines under the name (a second office held, a note) are not the name
        parts.signer, lines = lines[after_space], lines[:after_space]
    elif len(lines) >= 2:
        last, before = lines[-1], lines[-2]
        gap = any(before.paragraph.index < i < last.paragraph.index for i in empties)
        if (gap or not is_upper(last.text)) and not _is_signing(last.text) and not _is_title(last.text):
            parts.signer, lines = last, lines[:-1]
    parts.signature_lines = [s for s in lines if is_upper(s.text) or patterns.SIGNING.match(s.text.upper())]


def _first_after_signing_space(lines: list[Span], empties: set[int]) -> int | None:
    """Return the place of the name when lines follow it: the first line after the signing space (empty lines),
    in lower case, with more lines under it; None otherwise (the name is then the last line, as usual)."""
    for place in range(len(lines) - 2, 0, -1):
        before, line = lines[place - 1], lines[place]
        if any(before.paragraph.index < i < line.paragraph.index for i in empties):
            plain = not is_upper(line.text) and not _is_signing(line.text)
            return place if plain else None
    return None


def _column(span: Span) -> int:
    return span.paragraph.cell.col if span.paragraph.cell is not None else span.column


def _titled_label(paragraph: Paragraph) -> bool:
    """True for a label that carries its title ("PHỤ LỤC 01: CÁC BIỂU MẪU"): the lines under it are content."""
    return ":" in paragraph.text or bool(re.search(r"\d\s*[.–-]\s*\S", paragraph.text))


def _is_appendix(paragraph: Paragraph) -> bool:
    return bool(patterns.APPENDIX_LABEL.match(fold(paragraph.text)))


def find_appendices(parts: Parts, view: DocumentView, end: int) -> None:
    """Each appendix: its "Phụ lục …" line, up to two title lines, and its "(Kèm theo …)" line; or, typed
    without the "Phụ lục" line, an upper-case title ("BIỂU …") with a "(Kèm theo …)" line right under it."""
    paragraphs = [p for p in view.top_level() if p.index >= end and not p.is_empty]
    taken: set[int] = set()
    for position, paragraph in enumerate(paragraphs):
        if _is_appendix(paragraph):
            appendix = Appendix(whole(paragraph))
            following = paragraphs[position + 1: position + 5]  # a long title runs over three lines
        elif paragraph.index not in taken and _is_unlabelled_appendix(paragraphs[position: position + 3]):
            appendix = Appendix(whole(paragraph), [whole(paragraph)], labelled=False)
            following = paragraphs[position + 1: position + 3]
        elif paragraph.index not in taken and not any(a.labelled for a in parts.appendices) \
                and _is_table_appendix(view, paragraphs[position: position + 3]):  # after "Phụ lục …": its forms
            appendix = Appendix(whole(paragraph), [whole(paragraph)], labelled=False, inferred=True)
            following = paragraphs[position + 1: position + 3]
        else:
            continue
        for number, line in enumerate(following, start=paragraphs.index(following[0]) if following else 0):
            if _is_appendix(line) or appendix.reference:
                break
            span = whole(line)
            if patterns.REFERENCE.match(span.folded):
                appendix.reference = _reference_over_lines(span, paragraphs[number + 1: number + 2])
                if appendix.reference is not span:
                    appendix.reference_rest = paragraphs[number + 1]
                    taken.add(paragraphs[number + 1].index)
                    break
            elif not is_rule_text(span.text) and not _titled_label(paragraph):
                appendix.titles.append(span)
        appendix.titles = appendix.titles[:3] if appendix.reference else appendix.titles[:1]
        taken |= {span.paragraph.index for span in [*appendix.titles, appendix.reference] if span}
        appendix.starts_section = not any(p.section == paragraph.section and p.index < paragraph.index
                                          for p in view.paragraphs if not p.is_empty)
        parts.appendices.append(appendix)


def _reference_over_lines(span: Span, after: list[Paragraph]) -> Span:
    """Return the "(Kèm theo …)" line, with the next paragraph when the clerk broke the line there by hand
    (the bracket opened is closed only on the next line): one line as printed, judged as one."""
    if "(" not in span.text or ")" in span.text or not after or ")" not in after[0].text:
        return span
    rest = after[0]
    return Span(span.paragraph, f"{span.text.rstrip()} {rest.text.strip()}", span.runs + rest.runs, span.whole)


# An appendix typed without its label starts with the name of a table or list; a text issued with a decision
# (ND30 mẫu 1.3: "QUY CHẾ …", "(Kèm theo Quyết định …)") is not an appendix.
UNLABELLED_TITLE = re.compile(r"^(phụ\s+)?(biểu|bảng|danh\s+sách|danh\s+mục)\b")  # folded


def _is_unlabelled_appendix(lines: list[Paragraph]) -> bool:
    """True for an upper-case "BIỂU …" (bảng, danh sách) title followed, within two lines, by "(Kèm theo …)"."""
    first = lines[0].text.strip() if lines else ""
    return is_upper(first) and bool(UNLABELLED_TITLE.match(fold(first))) and any(
        patterns.REFERENCE.match(fold(line.text.strip())) for line in lines[1:])


def _is_table_appendix(view: DocumentView, lines: list[Paragraph]) -> bool:
    """True for an upper-case title with "(Kèm theo …)" (not "(Ban hành kèm theo …)", a text issued with the
    document) within two lines, and a table right under them: a table attached to the document, an appendix typed
    without its "Phụ lục" line ("PHÂN CÔNG NHIỆM VỤ …", "(Kèm theo Kế hoạch số …)", the table)."""
    first = lines[0].text.strip() if lines else ""
    if not is_upper(first) or _is_appendix(lines[0]) or _is_signing(first):
        return False
    reference = next((line for line in lines[1:] if patterns.REFERENCE.match(fold(line.text.strip()))), None)
    if reference is None or fold(reference.text.strip()).lstrip("( ").startswith("ban hành"):
        return False
    return isinstance(_next_block(view, reference), Table)


def _next_block(view: DocumentView, paragraph: Paragraph) -> Paragraph | Table | None:
    """Return the first block after a top-level paragraph that is not an empty paragraph."""
    blocks = view.blocks
    position = next((i for i, block in enumerate(blocks) if block is paragraph), len(blocks))
    return next((b for b in blocks[position + 1:] if not (isinstance(b, Paragraph) and b.is_empty)), None)


def find_attachments(parts: Parts, view: DocumentView, end: int) -> None:
    """Texts issued with the document after its signature: an upper-case type line ("QUY CHẾ"), its summary and
    a "(Ban hành kèm theo …)" line, then its Chương, Mục and Điều up to the next such text or appendix."""
    paragraphs = [p for p in view.top_level() if p.index >= end and not p.is_empty and not is_rule_text(p.text)]
    starts = [i for i, p in enumerate(paragraphs) if _starts_attachment(paragraphs, i)]
    for number, start in enumerate(starts):
        stop = starts[number + 1] if number + 1 < len(starts) else len(paragraphs)
        attachment, body = Attachment(), list[Paragraph]()
        for paragraph in paragraphs[start:stop]:
            if _is_appendix(paragraph) or _is_signing(paragraph.text.strip()):
                break
            if body and body[-1].text.rstrip().endswith("./."):  # the text's end mark: its signature follows
                break
            folded = fold(paragraph.text.strip())
            if attachment.reference is None and patterns.ISSUED_WITH.match(folded):
                attachment.reference = whole(paragraph)
            elif attachment.reference is None:
                attachment.titles.append(whole(paragraph))
            else:
                body.append(paragraph)
        attachment.body = body
        parts.attachments.append(attachment)


def _starts_attachment(paragraphs: list[Paragraph], position: int) -> bool:
    paragraph = paragraphs[position]
    if not is_upper(paragraph.text) or _is_appendix(paragraph) or _is_signing(paragraph.text.strip()):
        return False
    if position > 0 and (_is_appendix(paragraphs[position - 1]) or is_upper(paragraphs[position - 1].text)):
        return False
    following = paragraphs[position + 1: position + 4]
    return any(patterns.ISSUED_WITH.match(fold(p.text.strip())) and "ban hành" in fold(p.text) for p in following)
