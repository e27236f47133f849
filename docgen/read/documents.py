"""Several documents in one file: a template and its filled copy one after the other, or two copies of a
one-page document after a page break. Each has its own national name, motto and "Số:" line; read as one, the
second copy's top block would be taken for the first one's signature, its bases for the signer's name and its
recipients for the first one's. The checker judges the first document and says how many the file holds."""

from __future__ import annotations

from docgen.read import patterns
from docgen.read.document import DocumentView, Paragraph
from docgen.read.parts import spans
from docgen.read.text import fold, matches, squash

TOP_AFTER = 8  # paragraphs with text: the motto and "Số:" line of a new top block follow its national name
# what stands between a document's end and a form it issues ("Phụ lục", "Mẫu số 01", "(Kèm theo …)"): a form
# with its own national name is part of the document, not another document
_ATTACHED = (patterns.APPENDIX_LABEL, patterns.FORM_LABEL, patterns.REFERENCE)


def document_starts(view: DocumentView) -> list[int]:
    """Return the index of the first paragraph of each document after the first: a national name followed by a
    motto and a "Số:" line, after the recipients or the signature of the document before it, with no appendix or
    form label in between."""
    texts = [p for p in view.paragraphs if not p.is_empty]
    starts: list[int] = []
    ended = False  # the document before has reached its "Nơi nhận:" line
    for position, paragraph in enumerate(texts):
        folded = fold(squash(paragraph.text))
        if any(matches(patterns.RECIPIENTS, s.folded) for s in spans(paragraph)):
            ended = True
        elif ended and any(matches(pattern, folded) for pattern in _ATTACHED):
            ended = False  # an appendix or form of the document: its own top block belongs to it
        elif ended and _national_name(paragraph) and _top_block_follows(texts[position:position + TOP_AFTER]):
            starts.append(paragraph.index)
            ended = False
    return starts


def _national_name(paragraph: Paragraph) -> bool:
    return any(matches(patterns.NATIONAL_NAME, s.folded) for s in spans(paragraph))


def _top_block_follows(paragraphs: list[Paragraph]) -> bool:
    found = [s.folded for p in paragraphs for s in spans(p, (patterns.NUMBER, patterns.MOTTO))]
    return any(matches(patterns.MOTTO, f) for f in found) and any(matches(patterns.NUMBER, f) for f in found)


def first_document(view: DocumentView) -> DocumentView:
    """Return the view cut to the file's first document (``view.documents`` says how many the file holds)."""
    starts = document_starts(view)
    if starts:
        view.keep_before(starts[0])
        view.documents = 1 + len(starts)
    return view
