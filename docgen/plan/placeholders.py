"""Placeholders in plan text: ``{poor_reduction}`` or ``{appendix.poor}``, filled in when rendering."""

from __future__ import annotations

import re

PLACEHOLDER = re.compile(r"\{([a-z_]+(?:\.[a-z0-9_]+)?)\}")
# "{year" without its closing brace: a placeholder typed wrong, which would be printed as it is. Other braces
# ("{{ 7*7 }}", "{% … %}") are ordinary text and printed as written.
BROKEN_PLACEHOLDER = re.compile(r"\{[a-z_]+(?:\.[a-z0-9_]+)?(?![a-z0-9_.}])")
