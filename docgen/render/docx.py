"""Render the plan template with docxtpl in one sandboxed, strict, autoescaping Jinja environment."""

from __future__ import annotations

import datetime as dt
import functools
import io
import re
import threading
import zipfile
from pathlib import Path
from typing import Any

from docx.enum.section import WD_ORIENT
from docx.opc.exceptions import PackageNotFoundError
from docx.shared import Mm
from docxtpl import DocxTemplate
from jinja2 import StrictUndefined, TemplateError, UndefinedError
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment, safe_range
from lxml import etree

from docgen import messages, nd30
from docgen.errors import DocgenError
from docgen.plan.model import Plan
from docgen.read.package import MAX_FILE_BYTES, Unreadable, vet
from docgen.render.appendix_table import CELL_STYLE, GRID_STYLE, HEADER_STYLE, table_markup
from docgen.render.body_table import MARKUP_STYLES, placed_table_markup, signers_markup
from docgen.render.content import available_width
from docgen.render.package import docx_entries
from docgen.render.template_parts import LETTER_SUMMARY_STYLE, RULE_STYLE

TABLE_STYLES = (HEADER_STYLE, CELL_STYLE, GRID_STYLE, *MARKUP_STYLES)

SUMMARY_STYLE = "KH Trích yếu"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_NS = {"w": _W[1:-1]}
_STYLE_BY_NAME = etree.XPath("w:style[w:name/@w:val=$name]/@w:styleId", namespaces=_NS)
_STYLE_PATH = f"{_W}pPr/{_W}pStyle"
_RUN_TEXT = {_W + "tab": "\t", _W + "br": "\n", _W + "cr": "\n"}


def render(template: Path, context: dict[str, Any], plan: Plan, plan_path: Path | None = None) -> dict[str, bytes]:
    """Return the rendered .docx as its zip entries by name (``normalise`` zips them); parts are looked up for
    ``plan_path``'s workspace."""
    from docgen.render.parts import with_parts

    if not template.is_file():
        raise DocgenError.single(messages.TEMPLATE_NOT_FOUND.format(template=template),
                                 hint=messages.TEMPLATE_NOT_FOUND_HINT)
    try:
        source = with_parts(_vetted(template), plan_path or Path.cwd() / "plan.toml", plan)
        document = _Template(io.BytesIO(source))
        _budget_reset()
        document.render(_with_tables(document, context), _environment(), autoescape=True)
    except UndefinedError as error:
        name = re.search(r"'([^']+)'", error.message or "")
        raise _broken(template, messages.TEMPLATE_UNKNOWN_TAG.format(name=name.group(1) if name else "?")) from None
    except TemplateError as error:
        raise _broken(template, error.message or type(error).__name__) from None
    except RecursionError:
        raise _broken(template, messages.TEMPLATE_TOO_DEEP) from None
    except (OverflowError, TypeError, ArithmeticError, LookupError, AttributeError) as error:
        # what a hostile or mistyped tag makes Python raise while rendering ("range(10**9)", an include)
        raise _broken(template, messages.TEMPLATE_CANNOT_RENDER.format(detail=error)) from None
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError, Unreadable):
        raise _broken(template, messages.TEMPLATE_NOT_DOCX) from None
    _verify_complete(document.docx, context, template)
    if not context["appendices"]:
        _portrait_last_section(document.docx)
    elif context.get("draft"):
        _draft_mark_on_page_one_only(document.docx)
    _orient_appendices(document.docx, context["appendices"])
    _drop_empty_runs(document.docx.element.body)
    _lines_broken_not_stretched(document.docx)
    _fit_summary_rule(document.docx, context["summary"])
    _symbols_kept_whole(document.docx)
    _set_properties(document.docx, plan)
    # docxtpl's save only adds picture and media replacement, which docgen's templates do not use.
    return docx_entries(document.docx)


# What docxtpl's listing pass turns into Word markup when a text holds it: a tab, a line break, a new paragraph
# (\a) or a page break (\f).
_LISTING = re.compile("[\t\n\a\f]")


class _Template(DocxTemplate):
    """docxtpl, without its listing pass over a part that holds nothing for it to do.

    After Jinja, docxtpl runs three nested regular expressions over every paragraph, run and text of each part
    to turn the tabs and line breaks typed in a text into Word's own elements. On a long plan this costs as
    much as the rest of the render, and docgen's texts seldom hold one: a part holding none of those characters
    anywhere comes out of the pass unchanged, so it is returned as it is. Any other part gets the whole pass."""

    def resolve_listing(self, xml: str) -> str:
        return super().resolve_listing(xml) if _LISTING.search(xml) else xml


def _vetted(template: Path) -> bytes:
    """Return the template's bytes once its zip directory is within bounds (``read.package.vet``: sizes, and
    no entry able to inflate past the cap): a template is a user's file too. python-docx then parses it
    without entities or network."""
    if template.stat().st_size > MAX_FILE_BYTES:
        raise Unreadable("large")
    data = template_bytes(template)
    vet(data)
    return data


def template_bytes(template: Path) -> bytes:
    """Return the template file's bytes, read once per process for as long as the file is unchanged."""
    stat = template.stat()
    return _read_template(template.resolve(), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=16)
def _read_template(template: Path, mtime_ns: int, size: int) -> bytes:  # the key: path and file version
    return template.read_bytes()


def _with_tables(document: DocxTemplate, context: dict[str, Any]) -> dict[str, Any]:
    """Return the context with the XML of each table (appendix tables, tables placed in the text) and of each row
    of signers, in the template's own table and cell styles."""
    document.init_docx()
    docx = document.get_docx()
    ids = {name: _style_id(docx, name) or name for name in TABLE_STYLES}  # one XPath, not python-docx proxies
    joint = context.get("joint") or []
    signers = [*joint, context["signature"]] if joint else []
    return context | {
        "body": _placed(context["body"], ids),
        "joint_table": signers_markup(signers, nd30.TEXT_WIDTH_MM, ids) if signers else "",
        "appendices": [_appendix_markup(a, ids) for a in context["appendices"]],
    }


def _appendix_markup(appendix: dict[str, Any], ids: dict[str, str]) -> dict[str, Any]:
    if appendix["kind"] == "figures":
        return appendix | {"table": table_markup(appendix, ids), "signers_table": ""}
    width = available_width(not appendix["portrait"])
    signers = signers_markup(appendix["signers"], width, ids) if appendix["signers"] else ""
    return appendix | {"table": "", "heading_parts": _placed(appendix["heading_parts"], ids),
                       "body": _placed(appendix["body"], ids), "signers_table": signers}


def _placed(paragraphs: list[dict[str, Any]], ids: dict[str, str]) -> list[dict[str, Any]]:
    return [p | {"table": placed_table_markup(p["table"], ids)} if p["table"] else p for p in paragraphs]


def _lines_broken_not_stretched(docx) -> None:
    """A line ended by a line break in a justified paragraph is not spread to the margin (Word's compatibility
    option "Don't expand character spaces on a line ending with SHIFT+RETURN"; LibreOffice reads it too). Set
    only when the document has such a break, so documents without one keep their settings byte for byte."""
    if next(docx.element.body.iter(_W + "br"), None) is None:
        return
    settings = docx.settings.element
    compat = settings.find(_W + "compat")
    if compat is None:
        return
    if compat.find(_W + "doNotExpandShiftReturn") is None:
        compat.insert(0, etree.SubElement(compat, _W + "doNotExpandShiftReturn"))


def _drop_empty_runs(body) -> None:
    """docxtpl puts ``{{r … }}`` in a run of its own and leaves an empty run on either side: take them out."""
    for text in list(body.iter(_W + "t")):
        run = text.getparent()
        if not text.text and run.tag == _W + "r" and len(run) == 1:
            run.getparent().remove(run)


def _orient_appendices(docx, appendices: list[dict[str, Any]]) -> None:
    """Turn back to portrait the section of each appendix that is printed upright (a text, a form, a narrow
    table); the template gives every appendix a landscape section. Section k holds appendix k."""
    sections = docx.sections
    for index, appendix in enumerate(appendices, start=1):
        if appendix["portrait"] and index < len(sections):
            section = sections[index]
            section.orientation = WD_ORIENT.PORTRAIT
            section.page_width, section.page_height = Mm(nd30.PAGE_WIDTH_MM), Mm(nd30.PAGE_HEIGHT_MM)


def _broken(template: Path, detail: str) -> DocgenError:
    return DocgenError.single(messages.TEMPLATE_BROKEN.format(detail=detail), file=str(template),
                              hint=messages.TEMPLATE_BROKEN_HINT)


def _verify_complete(docx, context: dict[str, Any], template: Path) -> None:
    """Refuse a render that lost text: a damaged tag can swallow the paragraphs up to the next tag.

    One pass of lxml over the body (cells and nested tables included) gives every paragraph's text as
    python-docx would show it, at a fraction of the cost of its proxies.
    """
    shown = _shown_texts(docx.element.body)
    missing = [text for text in expected_texts(context) if text not in shown]
    if missing:
        raise _broken(template, messages.TEMPLATE_LOST_TEXT.format(text=missing[0][:60]))


def _shown_texts(body) -> set[str]:
    """Return the text of every paragraph in ``body`` (tabs and breaks as python-docx shows them), in one walk."""
    paragraphs: list[list[str]] = []
    for item in body.iter(_W + "p", _W + "t", _W + "tab", _W + "br", _W + "cr"):
        if item.tag == _W + "p":
            paragraphs.append([])
        elif paragraphs:
            paragraphs[-1].append(item.text or "" if item.tag == _W + "t" else _RUN_TEXT[item.tag])
    return {"".join(parts) for parts in paragraphs}


def expected_texts(context: dict[str, Any]) -> list[str]:
    """Return every paragraph or cell text the context must put in the document."""
    texts = [context["number_line"], context["place_date"], context["doc_type"], context["summary"],
             *context["bases"], *(p["text"] for p in context["base_paragraphs"] + context["body"]), context["closing"],
             *context["recipients"],
             *context["signature_lines"], context["signer"], *context["issuer_header"], *context["issuer_parent"]]
    for appendix in context["appendices"]:
        texts += [appendix["label"], appendix["title"], appendix["reference"]]
        texts += [row["name"] for row in appendix["rows"]]
        texts += [p["text"] for p in appendix["heading_parts"] + appendix["body"] + appendix["notes"]]
        texts += _signer_texts(appendix["signers"])
    placed = [p["table"] for a in context["appendices"] for p in a["heading_parts"] + a["body"] if p["table"]]
    placed += [p["table"] for p in context["body"] if p["table"]]
    for table in placed:  # a template without the table branch would drop them: refused, not silent
        texts += [table["title"]] if table["title"] else []
        texts += [row["name"] for row in table["rows"]] if table["kind"] == "figures" else [
            cell["text"] for row in table["rows"] for cell in row["cells"] if cell["text"]]
    return texts + _signer_texts(context.get("joint") or [])


def _signer_texts(signers: list[dict[str, Any]]) -> list[str]:
    return [text for s in signers for text in (s["above"], *s["lines"], s["note"], s["name"], *s["below"]) if text]


# What one render of a template may make: items of every ``range`` and characters or items of every ``*`` and
# ``%`` product, counted together. docgen's own templates loop over the plan's data and use none of them; a
# hostile tag ("range" inside "range", "'x' * 999999" looped, "'%999999999d' % 1") would run for hours or fill
# the memory, and is refused in words instead.
RENDER_BUDGET = 1_000_000
_spent = threading.local()  # per thread: docgen serve renders for several pages at once


def _spend(amount: int) -> None:
    spent = getattr(_spent, "amount", 0) + amount
    if spent > RENDER_BUDGET:
        raise SecurityError(messages.TEMPLATE_TOO_LARGE)
    _spent.amount = spent


def _budget_reset() -> None:
    _spent.amount = 0


def _bounded_range(*args: int) -> range:
    numbers = safe_range(*args)  # the sandbox's own bound on one range
    _spend(len(numbers))
    return numbers


_WIDTH = re.compile(r"%[-+ #0]*(\d+)|%[-+ #0]*\*")  # the widths of a printf format: "%999999999d", "%*d"


class _PreparedEnvironment(SandboxedEnvironment):
    """Compiles each template text once per process: in a batch every plan renders the same template XML,
    and compiling it is the larger part of the per-plan cost (docs/performance.md).

    What a tag may make is bounded (``RENDER_BUDGET``): the sandbox bounds one ``range`` but not a range inside a
    range, nor "'a' * 10**9", a gigabyte from one tag."""

    intercepted_binops = frozenset({"*", "**", "%"})

    def call_binop(self, context, operator, left, right):
        if operator == "**" and isinstance(right, int) and abs(right) > 64:
            raise SecurityError(messages.TEMPLATE_TOO_LARGE)
        if operator == "*":
            for sized, count in ((left, right), (right, left)):
                if isinstance(sized, str | list | tuple) and isinstance(count, int):
                    _spend(len(sized) * max(count, 0))
        if operator == "%" and isinstance(left, str):
            _spend(len(left) + sum(int(width or RENDER_BUDGET + 1) for width in _WIDTH.findall(left)))
        return super().call_binop(context, operator, left, right)

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self._compiled: dict[str, Any] = {}
        self.globals["range"] = _bounded_range
        for unused in ("lipsum", "cycler", "joiner"):  # no plan needs them; lipsum(10**6) is a flood of text
            self.globals.pop(unused, None)
        self.filters["center"] = _bounded_center

    def from_string(self, source, globals=None, template_class=None):
        if globals is not None or template_class is not None or not isinstance(source, str):
            return super().from_string(source, globals, template_class)
        if source not in self._compiled:
            if len(self._compiled) >= 32:  # a long-running process (docgen serve) sees many templates
                self._compiled.clear()
            self._compiled[source] = super().from_string(source)
        return self._compiled[source]


def _bounded_center(value: Any, width: int = 80) -> str:
    _spend(max(int(width), 0))
    return str(value).center(int(width))


@functools.cache
def _environment() -> SandboxedEnvironment:
    """A template may only show values: sandboxed, and a misspelt tag fails instead of printing nothing."""
    return _PreparedEnvironment(undefined=StrictUndefined, autoescape=True)


def _portrait_last_section(docx) -> None:
    """The template's last section is the last appendix's (landscape); without appendices it is the text's."""
    section = docx.sections[-1]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(nd30.PAGE_WIDTH_MM), Mm(nd30.PAGE_HEIGHT_MM)
    number_type = section._sectPr.find(_W + "pgNumType")
    if number_type is not None:
        section._sectPr.remove(number_type)


def _draft_mark_on_page_one_only(docx) -> None:
    """Give each appendix section a first-page header of its own, empty: the template's first-page header holds
    the DỰ THẢO box, sized for page 1 (portrait), which the landscape appendix pages would otherwise repeat."""
    for section in docx.sections[1:]:
        reference = section._sectPr.find(f"{_W}headerReference[@{_W}type='first']")
        if reference is not None:
            section._sectPr.remove(reference)  # now "linked to previous"
        section.first_page_header.is_linked_to_previous = False  # python-docx adds a new, empty header part


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _fit_summary_rule(docx, summary: str) -> None:
    """Size the rule under the summary to 1/3-1/2 of the summary's longest line (ND30 Phụ lục I, II.5).

    A Word paragraph cannot take its indents from a tag, so the template's rule has a default length
    and is resized here once the summary is known.
    """
    summary_id, rule_id = _style_id(docx, SUMMARY_STYLE), _style_id(docx, RULE_STYLE)
    paragraphs = docx.element.body.iter(_W + "p")
    for summary_paragraph in paragraphs:  # the summary is near the top: stop there, not at the last page
        if _style_of(summary_paragraph) == summary_id:
            rule = summary_paragraph.getnext()
            if rule is not None and _style_of(rule) == rule_id:
                size = docx.styles[SUMMARY_STYLE].font.size
                rule_mm = nd30.short_rule_mm(summary, size.pt if size else nd30.SUMMARY_SIZE.chosen,
                                             nd30.TEXT_WIDTH_MM)
                side = Mm((nd30.TEXT_WIDTH_MM - rule_mm) / 2)
                properties = rule.get_or_add_pPr()
                properties.ind_left = properties.ind_right = side
            return


# A number and symbol cited in a text: "85/KH-UBND", "12/2022/QĐ-UBND".
_SYMBOL = re.compile(r"\d+/(?:\d{4}/)?[A-ZĐ]+(?:-[A-ZĐ&]+)+")


def _symbols_kept_whole(docx) -> None:
    """In a công văn's "V/v …" line, a cited number and symbol is not broken at its hyphen ("85/KH-" | "UBND"):
    its hyphens become Word's non-breaking hyphen, which python-docx and docgen's reader read as "-"."""
    letter_id = _style_id(docx, LETTER_SUMMARY_STYLE)
    if not letter_id:
        return
    for paragraph in docx.element.body.iter(_W + "p"):
        if _style_of(paragraph) == letter_id:
            for text in list(paragraph.iter(_W + "t")):
                _split_at_symbol_hyphens(text)
            return


def _split_at_symbol_hyphens(text) -> None:
    """Replace ``text`` (a w:t) by w:t and w:noBreakHyphen siblings where a symbol's hyphens stand."""
    value = text.text or ""
    cuts = [m.start() + i for m in _SYMBOL.finditer(value) for i, c in enumerate(m.group()) if c == "-"]
    if not cuts:
        return
    pieces, start = [], 0
    for cut in cuts:
        pieces += [value[start:cut], None]
        start = cut + 1
    pieces.append(value[start:])
    anchor = text
    for piece in pieces:
        element = etree.Element(_W + "noBreakHyphen") if piece is None else _text_element(piece)
        if piece != "":
            anchor.addnext(element)
            anchor = element
    text.getparent().remove(text)


def _text_element(value: str):
    element = etree.Element(_W + "t")
    element.text = value
    element.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return element


def _style_id(docx, name: str) -> str:
    """Return the id of the paragraph style called ``name`` (looked up once, not per paragraph)."""
    found = _STYLE_BY_NAME(docx.styles.element, name=name)
    return found[0] if found else ""


def _style_of(paragraph) -> str | None:
    style = paragraph.find(_STYLE_PATH)
    return None if style is None else style.get(_W + "val")


_PROPERTY_LIMIT = 255  # Word's core properties hold at most 255 characters


def _property_text(text: str) -> str:
    """``text`` cut to what a core property holds, at a word, with "…" when cut (a long summary is kept whole
    in the document itself)."""
    if len(text) <= _PROPERTY_LIMIT:
        return text
    cut = text[: _PROPERTY_LIMIT - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut) + "…"


def _set_properties(docx, plan: Plan) -> None:
    """Document properties from the plan, never from the clock, so rebuilding gives the same bytes."""
    doc = plan.document
    moment = dt.datetime.combine(plan.stamp_date, dt.time(0, 0), tzinfo=dt.UTC)
    props = docx.core_properties
    props.title = _property_text(f"{doc.kind} {doc.code}: {doc.summary}")
    props.subject = _property_text(doc.summary)
    props.author = props.last_modified_by = _property_text(plan.issuer.name)
    props.created = props.modified = moment
    props.last_printed = moment
    props.revision = 1
    props.language = "vi-VN"
    props.keywords = props.comments = props.category = props.content_status = props.identifier = ""
    props.version = ""
