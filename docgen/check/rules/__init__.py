"""The registry: every ND30 rule the checker applies, in the order the rules reference lists them.

Adding a rule: write it in the module of its area with ``@rule(id, severity, clause)``, give it texts in
``docgen/check/messages.py``, list it here, add a test that breaks it, and regenerate docs/check-rules.md
(``python -m docgen.check.rules_doc``).
"""

from __future__ import annotations

from docgen.check.rules import (
    appendix,
    body,
    end_block,
    fonts,
    lines,
    number_date,
    outline,
    page,
    structure,
    title,
    top_block,
)
from docgen.check.rules.base import Rule

RULES: list[Rule] = [
    structure.outside_scope,
    structure.element_missing,
    structure.placeholder,
    page.page_size,
    page.page_orientation,
    page.page_margins,
    page.page_number_missing,
    page.page_number_format,
    page.page_number_first_page,
    fonts.font_family,
    fonts.font_color,
    top_block.national_name_text,
    top_block.national_name_format,
    top_block.motto_text,
    top_block.motto_format,
    lines.motto_rule,
    top_block.issuer_format,
    lines.issuer_rule,
    number_date.number_form,
    number_date.number_blank,
    number_date.number_type_code,
    number_date.number_format,
    number_date.place_name,
    number_date.date_form,
    number_date.date_blank,
    number_date.place_date_format,
    title.doc_type_format,
    title.summary_format,
    title.attached_title_format,
    title.attached_reference_format,
    lines.summary_rule,
    lines.rule_length,
    body.bases_format,
    body.bases_punctuation,
    body.body_size,
    body.body_alignment,
    body.body_indent,
    body.body_spacing,
    body.body_line_spacing,
    body.body_end_mark,
    outline.heading_format,
    outline.numbering_roman,
    outline.numbering_arabic,
    outline.numbering_points,
    end_block.signature_prefix,
    end_block.signature_on_behalf,
    end_block.signature_format,
    end_block.signer_format,
    end_block.recipients_label_format,
    end_block.recipients_format,
    end_block.recipients_punctuation,
    end_block.recipients_archive,
    appendix.appendix_label,
    appendix.appendix_label_format,
    appendix.appendix_title_format,
    appendix.appendix_reference,
    appendix.appendix_reference_format,
    appendix.appendix_page_numbering,
]

__all__ = ["RULES", "Rule"]
