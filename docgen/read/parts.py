"""The elements of an ND30 document as found by ``docgen.read.locate``: what the rules judge.

The top block is usually a borderless table; hand-typed documents may instead separate the left and right
columns with tabs, so an element is a ``Span``: a whole paragraph or one tab-separated piece of it.
Anything not found stays None or empty; the rules then skip it and ``element-missing`` says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from docgen.read.document import Paragraph, Run, Table
from docgen.read.place import Place
from docgen.read.text import fold, matches, squash


@dataclass(frozen=True)
class Span:
    """An element: a whole paragraph (``whole``) or the ``column``-th tab-separated piece of one."""

    paragraph: Paragraph
    text: str
    runs: tuple[Run, ...]
    whole: bool
    column: int = 0

    @property
    def place(self) -> Place:
        """Return where the element is: its paragraph."""
        return self.paragraph.place

    @property
    def folded(self) -> str:
        """Return the text for loose comparison."""
        return fold(self.text)


@dataclass
class Appendix:
    """One appendix: its "Phụ lục" line, title lines and "(Kèm theo …)" line. An appendix typed without the
    "Phụ lục" line (a "BIỂU …" title, then "(Kèm theo …)"; or any title and "(Kèm theo …)" over a table, then
    ``inferred``) has ``labelled`` False and its first title line as ``label``, so that it is still placed and
    judged."""

    label: Span
    titles: list[Span] = field(default_factory=list)
    reference: Span | None = None
    starts_section: bool = False  # nothing but empty paragraphs before it in its section
    labelled: bool = True
    # read from its shape, not its words: a title and "(Kèm theo …)" over a table (the rules on it are warnings)
    inferred: bool = False
    reference_rest: Paragraph | None = None  # the paragraph a "(Kèm theo …" line broken by hand goes on in

    @property
    def paragraphs(self) -> list[Paragraph]:
        """The paragraphs its label, title and reference lines take."""
        spans = [self.label, *self.titles, self.reference]
        return [s.paragraph for s in spans if s is not None] + ([self.reference_rest] if self.reference_rest else [])


@dataclass
class Attachment:
    """A text issued with the document and placed after its signature (a quy chế, quy định …): its type line,
    its summary, its "(Ban hành kèm theo …)" line and its own text of Chương, Mục and Điều."""

    titles: list[Span] = field(default_factory=list)
    reference: Span | None = None
    body: list[Paragraph] = field(default_factory=list)


# What kind of document the locator found (``Parts.genre``): Decree 30 lays out a công văn (no type name, its
# summary "V/v …" under the number) differently from a document with a type name; Party documents, private
# letters and applications, and forms without an issuing body follow other rules and are not judged.
TYPED, CONG_VAN = "typed", "cong_van"
PARTY, PRIVATE, FORM = "party", "private", "form"
LEGAL, INTERNAL = "legal", "internal"  # a legal normative document (Nghị định, Thông tư …); an internal slip
# a paper with the national name and no issuing body that no person signs (a register, a group's notice); a
# contract between parties (Bên A, Bên B) with no issuing body; a socio-political organisation's paper
UNISSUED, CONTRACT, MASS = "unissued", "contract", "mass"
APPROVAL = "approval"  # an internal request with a box for the superior's approval ("Phê duyệt của Lãnh đạo")
OUTSIDE = (PARTY, PRIVATE, FORM, LEGAL, INTERNAL, UNISSUED, CONTRACT, MASS, APPROVAL)
NO_TEXT = "no_text"  # a file with no text at all (page images of a scan): nothing can be judged


@dataclass
class Parts:
    """The elements of an ND30 document that were found, in reading order."""

    national_name: Span | None = None
    motto: Span | None = None
    parent_lines: list[Span] = field(default_factory=list)
    parent_by_name: bool = False  # the parent told by the issuer's name ("SỞ …" under "UBND TỈNH …"), not its weight
    issuer_lines: list[Span] = field(default_factory=list)
    number: Span | None = None
    place_date: Span | None = None
    doc_type: Span | None = None
    summary: list[Span] = field(default_factory=list)
    authority: list[Paragraph] = field(default_factory=list)  # "CHỦ TỊCH ỦY BAN NHÂN DÂN …" above the bases
    salutation: list[Paragraph] = field(default_factory=list)  # "Kính gửi: …" lines
    bases: list[Paragraph] = field(default_factory=list)
    enacting: list[Paragraph] = field(default_factory=list)  # "QUYẾT ĐỊNH:" above Điều 1
    body: list[Paragraph] = field(default_factory=list)
    recipients_label: Span | None = None
    recipients: list[Span] = field(default_factory=list)
    signature_lines: list[Span] = field(default_factory=list)
    signer: Span | None = None
    appendices: list[Appendix] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    issued_with: Span | None = None  # "(Ban hành kèm theo Quyết định …)" under the title: an attached text
    genre: str = TYPED
    top_end: int = 0  # the last paragraph of the top block (its table's last, when it is a table)
    end_table: Table | None = None  # the table of the end block: the signature's (and the recipients', as a rule)
    recipients_table: Table | None = None  # the recipients' own table under (or above) the signers' (joint)
    rule_lines: dict[str, list[float | None]] = field(default_factory=dict)
    typed_rules: dict[str, str] = field(default_factory=dict)  # a rule typed as hyphens ("-------"): not solid
    # Elements not in the text but in a text box ("issuer" → its lines there): present, not judged.
    in_text_boxes: dict[str, list[Span]] = field(default_factory=dict)
    # What several rules derive from these parts, derived once per check (``check.rules.common.shared``).
    memo: dict[Any, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def end_tables(self) -> list[Table]:
        """Return the tables of the end block, in reading order: none, its one table, or the signers' table
        and the recipients' table (under it, or above it)."""
        return sorted((t for t in (self.end_table, self.recipients_table) if t is not None), key=lambda t: t.index)


def with_boxed_top(parts: Parts) -> Parts:
    """Return the parts with the top-block elements typed in text boxes put where the text's own would be:
    for what reads the words of the top block (the Word importer), not its layout (the checker judges those
    elements as not found in the text)."""
    boxed = parts.in_text_boxes
    if not boxed:
        return parts
    first = {name: spans_[0] for name, spans_ in boxed.items()}
    return replace(parts, national_name=parts.national_name or first.get("national_name"),
                   motto=parts.motto or first.get("motto"), number=parts.number or first.get("number"),
                   place_date=parts.place_date or first.get("place_date"),
                   issuer_lines=parts.issuer_lines or boxed.get("issuer", []))


def whole(paragraph: Paragraph) -> Span:
    """Return the paragraph as one span, whatever tabs or line breaks it holds (a title or a heading)."""
    return Span(paragraph, squash(paragraph.text), paragraph.runs, not paragraph.text.startswith("\t"))


def spans(paragraph: Paragraph, spaced: tuple[re.Pattern[str], ...] = ()) -> list[Span]:
    """Return the paragraph as one span, or as its pieces when tabs or line breaks (Shift+Enter) separate
    columns or lines inside it; a piece's column counts the tab groups before it on its line. With ``spaced``
    patterns, a line whose columns are separated by runs of spaces is split too, when a piece after the first
    matches one of them (a top block typed with the space bar)."""
    if spaced and not re.search(r"[\t\n]", paragraph.text.strip("\t\n ")):
        by_spaces = _space_columns(paragraph, spaced)
        if by_spaces:
            return by_spaces
    if not re.search(r"[\t\n]", paragraph.text.strip("\t\n ")):
        tabbed = paragraph.text.startswith("\t")  # placed by tabs: its alignment says nothing
        return [Span(paragraph, squash(paragraph.text), paragraph.runs, not tabbed, int(tabbed))]
    pieces: list[Span] = []
    column, text = 0, paragraph.label
    runs: list[Run] = []
    for run in paragraph.runs:
        for part in re.split(r"(\t+|\n)", run.text):
            if part[:1] in ("\t", "\n") and part:
                pieces += [Span(paragraph, squash(text), tuple(runs), False, column)] if text.strip() else []
                column, text, runs = (0 if part == "\n" else column + 1), "", []
            elif part:  # the spaces after a tab are the piece's, not their run's format (a date's italics)
                text, runs = text + part, runs if run in runs or not part.strip() else [*runs, run]
    pieces += [Span(paragraph, squash(text), tuple(runs), False, column)] if text.strip() else []
    return pieces


# a gap, not the blanks of "Số:    /…" or "ngày    tháng": the whole run of spaces (never its tail, which would
# split "Số:               /QĐ-ĐMSG" before its last space)
COLUMN_GAP = re.compile(r"(?<! ) {4,}(?![ /]|tháng\b|năm\b|\.)")


def _space_columns(paragraph: Paragraph, patterns_: tuple[re.Pattern[str], ...]) -> list[Span]:
    """Return the pieces of a line laid out in columns with spaces, or [] when it is not such a line; each piece
    keeps only its own runs (an italic date typed after the number does not make the number italic)."""
    text = paragraph.text
    bounds, start = [], 0
    for gap in COLUMN_GAP.finditer(text):
        bounds.append((start, gap.start()))
        start = gap.end()
    pieces = [(a, b) for a, b in [*bounds, (start, len(text))] if text[a:b].strip()]
    if len(pieces) < 2 or not any(matches(p, fold(squash(text[a:b]))) for a, b in pieces[1:] for p in patterns_):
        return []
    return [Span(paragraph, squash(text[a:b]), _runs_between(paragraph, a, b), False, column)
            for column, (a, b) in enumerate(pieces)]


def _runs_between(paragraph: Paragraph, start: int, end: int) -> tuple[Run, ...]:
    """Return the visible runs of the paragraph that show text between characters ``start`` and ``end`` of its
    text (which starts with its list label)."""
    found, offset = [], len(paragraph.label)
    for run in paragraph.runs:
        here, offset = offset, offset + len(run.text)
        if here < end and offset > start and run.text[max(start - here, 0):end - here].strip():
            found.append(run)
    return tuple(found)
