"""``docgen check``: Decree 30/2020/NĐ-CP conformance of any .docx, as a library.

``check_docx(path_or_bytes, name)`` returns the findings in document order; ``report.format_text`` and
``report.format_json`` print them.

Layout, in the order data flows:
- ``docgen.read`` (outside this package, shared with diff, import and the web editor) opens the document
  and finds the ND30 elements in it;
- ``rules/`` the registry (``rules/__init__.py``) and one module per area; ``runner`` applies them;
- ``finding``, ``messages`` (every text, Vietnamese), ``report``, ``rules_doc`` (docs/check-rules.md).
"""

from __future__ import annotations

from docgen.check.finding import Finding
from docgen.check.runner import check_docx

__all__ = ["Finding", "check_docx"]
