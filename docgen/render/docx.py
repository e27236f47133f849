"""Render the plan template with docxtpl in one sandboxed, strict, autoescaping Jinja environment."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

from docx.enum.section import WD_ORIENT
from docx.shared import Mm
from docxtpl import DocxTemplate
from jinja2 import StrictUndefined, TemplateError
from jinja2.sandbox import SandboxedEnvironment

from docgen import messages, nd30
from docgen.errors import DocgenError
from docgen.plan.model import Plan

SUMMARY_STYLE, RULE_STYLE = "KH Trích yếu", "KH Đường kẻ"


def render(template: Path, context: dict[str, Any], plan: Plan) -> bytes:
    """Return the rendered .docx bytes (not yet normalised)."""
    if not template.is_file():
        raise DocgenError.single(messages.TEMPLATE_NOT_FOUND.format(template=template),
                                 hint=messages.TEMPLATE_NOT_FOUND_HINT)
    document = DocxTemplate(str(template))
    try:
        document.render(context, _environment(), autoescape=True)
    except TemplateError as error:
        raise DocgenError.single(messages.TEMPLATE_BROKEN.format(detail=error.message), file=str(template),
                                 line=getattr(error, "lineno", 0) or 0,
                                 hint=messages.TEMPLATE_BROKEN_HINT) from None
    if not context["appendices"]:
        _portrait_last_section(document.docx)
    _fit_summary_rule(document.docx, context["summary"])
    _set_properties(document.docx, plan)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _environment() -> SandboxedEnvironment:
    """A template may only show values: sandboxed, and a misspelt tag fails instead of printing nothing."""
    return SandboxedEnvironment(undefined=StrictUndefined, autoescape=True)


def _portrait_last_section(docx) -> None:
    """The template's last section is the last appendix's (landscape); without appendices it is the text's."""
    section = docx.sections[-1]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(nd30.PAGE_WIDTH_MM), Mm(nd30.PAGE_HEIGHT_MM)
    number_type = section._sectPr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}pgNumType")
    if number_type is not None:
        section._sectPr.remove(number_type)


def _fit_summary_rule(docx, summary: str) -> None:
    """Size the rule under the summary to 1/3-1/2 of the summary's longest line (ND30 Phụ lục I, II.5).

    A Word paragraph cannot take its indents from a tag, so the template's rule has a default length
    and is resized here once the summary is known.
    """
    paragraphs = docx.paragraphs
    for summary_paragraph, rule in zip(paragraphs, paragraphs[1:]):
        if summary_paragraph.style.name == SUMMARY_STYLE and rule.style.name == RULE_STYLE:
            size = summary_paragraph.style.font.size
            rule_mm = nd30.short_rule_mm(summary, size.pt if size else nd30.SUMMARY_SIZE.chosen, nd30.TEXT_WIDTH_MM)
            side = Mm((nd30.TEXT_WIDTH_MM - rule_mm) / 2)
            rule.paragraph_format.left_indent = rule.paragraph_format.right_indent = side


def _set_properties(docx, plan: Plan) -> None:
    """Document properties from the plan, never from the clock, so rebuilding gives the same bytes."""
    doc = plan.document
    moment = dt.datetime.combine(doc.date, dt.time(0, 0), tzinfo=dt.timezone.utc)
    props = docx.core_properties
    props.title = f"{doc.kind} {doc.code}: {doc.summary}"
    props.subject = doc.summary
    props.author = props.last_modified_by = plan.issuer.name
    props.created = props.modified = moment
    props.last_printed = moment
    props.revision = 1
    props.language = "vi-VN"
    props.keywords = props.comments = props.category = props.content_status = props.identifier = ""
    props.version = ""
