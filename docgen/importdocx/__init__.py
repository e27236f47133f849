"""``docgen import-docx``: read a plan document of any origin and write the plan file for it.

The reading is done by ``docgen.read`` (the same view and part finder as ``docgen check``); this package
only turns the parts it finds into plan fields: ``top`` (issuer, number, date, kind, summary), ``outline``
(intro, sections, items, parts, points, bullets, closing), ``end`` (signature, recipients), ``tables``
(hamlets, appendices, reference figures), then ``writer`` writes TOML with a comment next to every field
the import interpreted or corrected, and ``plan_checks`` proves the result is a valid plan before it is
written.
"""

from __future__ import annotations

from docgen.importdocx.convert import Imported, import_docx, write_imported

__all__ = ["Imported", "import_docx", "write_imported"]
