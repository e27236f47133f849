"""The reading side: any Word document, typed by anyone, as one structured, located view.

``open_document`` gives the ``DocumentView`` (paragraphs and table cells in order with their effective
formatting, tables, sections, headers); ``locate`` finds the Decree 30 elements in it (``Parts``: top block,
bases, body, end block, appendices); ``identity`` reads the document's own number, date and issuer.
The checker, the table diff, the importer and the web editor all ask their questions here.

Only ``document`` and the modules it uses (elements, walker, styles, formats, numbering, sections, shapes,
ooxml) read XML.
"""

from __future__ import annotations

from docgen.read.document import DocumentView, open_document
from docgen.read.locate import locate
from docgen.read.parts import Parts

__all__ = ["DocumentView", "Parts", "locate", "open_document"]
