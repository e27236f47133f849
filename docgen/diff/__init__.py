"""``docgen diff``: two versions of a plan compared as a reviewer compares them (figures by appendix, hamlet
and column; sentences paragraph by paragraph), and ``--redline``: B with tracked changes against A."""

from __future__ import annotations

from docgen.diff.pairs import pair_paths
from docgen.diff.report import Report, diff_files, format_json, format_text

__all__ = ["Report", "diff_files", "format_json", "format_text", "pair_paths"]
