"""``docgen check``: Decree 30/2020/NĐ-CP conformance of any .docx, as a library.

``check_docx(path_or_bytes, name)`` returns the findings in document order; ``report.format_text`` and
``report.format_json`` print them.

Layout, in the order data flows:
- ``document`` the read-only view (with ``elements``, ``walker``, ``styles`` and ``formats``, ``numbering``,
  ``sections``, ``shapes``, ``ooxml``: the only modules that read XML);
- ``locate`` / ``locate_end`` find the ND30 elements by text and position into ``parts``; ``identity`` reads
  the document's own number, date and issuing body; ``patterns`` holds the texts that recognise them;
- ``rules/`` the registry (``rules/__init__.py``) and one module per area; ``runner`` applies them;
- ``finding``, ``messages`` (every text, Vietnamese), ``report``, ``rules_doc`` (docs/check-rules.md);
"""

from __future__ import annotations

from docgen.check.finding import Finding
from docgen.check.runner import check_docx

__all__ = ["Finding", "check_docx"]
