"""Render the plan template with docxtpl in one sandboxed, strict, autoescaping Jinja environment."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from itertools import pairwise
from pathlib import Path
from typing import Any

from docx.enum.section import WD_ORIENT
from docx.opc.exceptions import PackageNotFoundError
from docx.shared import Mm
from docxtpl import DocxTemplate
from jinja2 import StrictUndefined, TemplateError, UndefinedError
from jinja2.sandbox import SandboxedEnvironment
from lxml import etree

from docgen import messages, nd30
from docgen.errors import DocgenError
from docgen.plan.model import Plan
from docgen.render.appendix_table import CELL_STYLE, GRID_STYLE, HEADER_STYLE, table_markup
from docgen.render.template_parts import RULE_STYLE

TABLE_STYLES = (HEADER_STYLE, CELL_STYLE, GRID_STYLE)

SUMMARY_STYLE = "KH Trích yếu"


def render(template: Path, context: dict[str, Any], plan: Plan) -> bytes:
    """Return the rendered .docx bytes (not yet normalised)."""
    if not template.is_file():
        raise DocgenError.single(messages.TEMPLATE_NOT_FOUND.format(template=template),
                                 hint=messages.TEMPLATE_NOT_FOUND_HINT)
    document = DocxTemplate(str(template))
    try:
        document.render(_with_tables(document, context), _environment(), autoescape=True)
    except UndefinedError as error:
        name = re.search(r"'([^']+)'", error.message or "")
        raise _broken(template, messages.TEMPLATE_UNKNOWN_TAG.format(name=name.group(1) if name else "?")) from None
    except TemplateError as error:
        raise _broken(template, error.message or type(error).__name__) from None
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, etree.XMLSyntaxError):
        raise _broken(template, messages.TEMPLATE_NOT_DOCX) from None
    _verify_complete(document.docx, context, template)
    if not context["appendices"]:
        _portrait_last_section(document.docx)
    _fit_summary_rule(document.docx, context["summary"])
    _set_properties(document.docx, plan)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _with_tables(document: DocxTemplate, context: dict[str, Any]) -> dict[str, Any]:
    """Return the context with each appendix's table XML, in the template's own table and cell styles."""
    document.init_docx()
    styles = document.get_docx().styles
    ids = {name: styles[name].style_id if name in styles else name for name in TABLE_STYLES}
    return context | {"appendices": [a | {"table": table_markup(a, ids)} for a in context["appendices"]]}


def _broken(template: Path, detail: str) -> DocgenError:
    return DocgenError.single(messages.TEMPLATE_BROKEN.format(detail=detail), file=str(template),
                              hint=messages.TEMPLATE_BROKEN_HINT)


def _verify_complete(docx, context: dict[str, Any], template: Path) -> None:
    """Refuse a render that lost text: a damaged tag can swallow the paragraphs up to the next tag."""
    shown = {p.text for p in docx.paragraphs}
    shown |= {p.text for table in _all_tables(docx) for row in table.rows for cell in row.cells
              for p in cell.paragraphs}
    missing = [text for text in expected_texts(context) if text not in shown]
    if missing:
        raise _broken(template, messages.TEMPLATE_LOST_TEXT.format(text=missing[0][:60]))


def expected_texts(context: dict[str, Any]) -> list[str]:
    """Return every paragraph or cell text the context must put in the document."""
    texts = [context["number_line"], context["place_date"], context["doc_type"], context["summary"],
             *context["bases"], *(p["text"] for p in context["body"]), context["closing"], *context["recipients"],
             *context["signature_lines"], context["signer"], *context["issuer_header"], *context["issuer_parent"]]
    for appendix in context["appendices"]:
        texts += [appendix["label"], appendix["title"], appendix["reference"]]
        texts += [row["name"] for row in appendix["rows"]]
    return texts


def _all_tables(docx):
    """Yield every table, nested ones included."""
    pending = list(docx.tables)
    while pending:
        table = pending.pop()
        yield table
        pending += [inner for row in table.rows for cell in row.cells for inner in cell.tables]


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
    for summary_paragraph, rule in pairwise(paragraphs):
        if summary_paragraph.style.name == SUMMARY_STYLE and rule.style.name == RULE_STYLE:
            size = summary_paragraph.style.font.size
            rule_mm = nd30.short_rule_mm(summary, size.pt if size else nd30.SUMMARY_SIZE.chosen, nd30.TEXT_WIDTH_MM)
            side = Mm((nd30.TEXT_WIDTH_MM - rule_mm) / 2)
            rule.paragraph_format.left_indent = rule.paragraph_format.right_indent = side


def _set_properties(docx, plan: Plan) -> None:
    """Document properties from the plan, never from the clock, so rebuilding gives the same bytes."""
    doc = plan.document
    moment = dt.datetime.combine(plan.stamp_date, dt.time(0, 0), tzinfo=dt.UTC)
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
