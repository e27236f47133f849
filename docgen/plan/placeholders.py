"""Placeholders in plan text: ``{poor_reduction}`` or ``{appendix.poor}``, filled in when rendering."""

from __future__ import annotations

import re

PLACEHOLDER = re.compile(r"\{([a-z_]+(?:\.[a-z0-9_]+)?)\}")
