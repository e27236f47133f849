"""Which elements of ND30's layout could be found at all (ND30 Phụ lục I, mục IV: the layout diagram).

A missing element is a warning: the checker may fail to recognise an unusual layout, and every rule that
judges the element is skipped, so the clerk must know it was not checked.
"""

from __future__ import annotations

from collections.abc import Iterator

from docgen.check import messages as m
from docgen.check.finding import WARNING, Issue, Place
from docgen.check.rules.base import rule
from docgen.read import patterns
from docgen.read.document import DocumentView
from docgen.read.parts import CONG_VAN, NO_TEXT, OUTSIDE, Parts
from docgen.read.text import squash

DOCUMENT = Place((0, 0), m.WHERE_DOCUMENT)
UNDATED_TYPES = ("biên bản",)  # folded: its ND30 template (mẫu 1.9) states the time in its text, not at the top
UNTITLED_TYPES = ("giấy giới thiệu", "giấy nghỉ phép", "giấy đi đường", "phiếu gửi", "phiếu chuyển", "phiếu báo")
# folded: types whose ND30 templates (Phụ lục III) have no summary under the type name


ATTACHED_WITHOUT = ("number", "place_date", "recipients", "signature", "signer")


@rule("element-missing", WARNING, "Phụ lục I, mục IV")
def element_missing(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """Each element of the layout is present: top block, title, recipients and signature."""
    present = {
        "national_name": parts.national_name, "motto": parts.motto, "issuer": parts.issuer_lines,
        "number": parts.number,
        "place_date": parts.place_date or (parts.doc_type and parts.doc_type.folded.startswith(UNDATED_TYPES)),
        "doc_type": parts.doc_type or parts.genre == CONG_VAN,  # a công văn has no type name
        "summary": parts.summary or not parts.doc_type or parts.doc_type.folded.startswith(UNTITLED_TYPES),
        "recipients": parts.recipients_label,
        "signature": parts.signature_lines, "signer": parts.signer or not parts.signature_lines,
    }
    if parts.issued_with is not None:  # mẫu 1.3: a text issued with a decision has no number, date, list or
        for element in ATTACHED_WITHOUT:  # signature of its own (the decision carries them)
            present[element] = True
    for element, found in present.items():
        boxed = parts.in_text_boxes.get(element)
        if boxed is not None:  # there, in a text box: said, since nothing about it was judged
            yield Issue(boxed[0].place, m.IN_TEXT_BOX, m.ELEMENTS[element], variant="in_text_box")
        elif not found:
            yield Issue(DOCUMENT, m.NOTHING, m.ELEMENTS[element])


@rule("outside-scope", WARNING, "Điều 1; Điều 7", genres=OUTSIDE)
def outside_scope(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """A Party document, a citizen's letter or application, or a form without issuing body and number is not an
    administrative document under Decree 30: it is not judged, and the report says why."""
    yield Issue(DOCUMENT, m.GENRE_FOUND[parts.genre], m.GENRE_EXPECTED, variant=parts.genre)


@rule("no-text", WARNING, "Điều 8", genres=(NO_TEXT,))
def no_text(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """A file without text (the page images of a scan) cannot be judged: said once, instead of calling it a form."""
    yield Issue(DOCUMENT, m.NO_TEXT_FOUND)


@rule("several-documents", WARNING, "Điều 8; Phụ lục I, mục IV")
def several_documents(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """A file holding several documents (a template and its filled copy) is judged on its first: said once."""
    if view.documents > 1:
        yield Issue(DOCUMENT, m.DOCUMENTS_FOUND.format(count=view.documents, start=view.next_document))


@rule("placeholder", WARNING, "Phụ lục I, mục II.3.a và II.4.b")
def placeholder(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """A template's placeholders ({{ so_van_ban }}, [Tên cơ quan]) are reported once, as places still to fill in,
    not as errors of form."""
    hits = [(p, found) for p in view.paragraphs for pattern in (patterns.PLACEHOLDER, patterns.MERGE_FIELD)
            for found in pattern.findall(squash(p.text))]
    hits.sort(key=lambda hit: hit[0].index)
    if hits:
        first = hits[0][0]
        shown = m.JOIN.join(dict.fromkeys(found for _, found in hits[:PLACEHOLDERS_SHOWN]))
        yield Issue(first.place, m.PLACEHOLDERS.format(count=len(hits), shown=shown))


PLACEHOLDERS_SHOWN = 4
