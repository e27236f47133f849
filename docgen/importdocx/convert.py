"""One import: the document view → the plan as data and notes → TOML → the plan checks → the file."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from docgen import messages
from docgen.errors import DocgenError
from docgen.figures import FIGURES
from docgen.importdocx import end, kinds, tables, top
from docgen.importdocx import messages as m
from docgen.importdocx.appendices import read_appendices
from docgen.importdocx.body_tables import body_tables, hamlet_tables_in_body, hamlet_tables_in_body_of, table_line
from docgen.importdocx.emphasis import marked
from docgen.importdocx.grid import read_grid
from docgen.importdocx.headings import appendix_lines, note_references, titles
from docgen.importdocx.leftovers import end_of_signature, note_leftovers
from docgen.importdocx.notes import CORRECTED, Note, Notes
from docgen.importdocx.outline import build_body, split_closing
from docgen.importdocx.writer import plan_toml
from docgen.kinds import Kind
from docgen.plan.load import map_texts
from docgen.plan.placeholders import escaped
from docgen.read import locate, open_document
from docgen.read.document import Table
from docgen.read.legacy import docx_of, is_legacy
from docgen.read.outline import outline
from docgen.read.parts import Parts, with_boxed_top
from docgen.read.tables import read_tables
from docgen.read.text import squash
from docgen.render.context import punctuated
from docgen.tables.view import TableSet


@dataclass(frozen=True)
class Imported:
    """The plan file written from one document: its TOML text, the plan as data and every note."""

    text: str
    plan: dict[str, Any]
    notes: list[Note]


def import_docx(source: Path | bytes, name: str = "", target: Path = Path("plan.toml")) -> Imported:
    """Return the plan file for the .docx ``source``; raise ``DocgenError`` when it cannot be read or the
    plan made from it does not pass the plan checks (``target`` names the file in those problems)."""
    label = name or str(source)
    if target.suffix.lower() != ".toml":
        raise DocgenError.single(m.OUT_SUFFIX, file=str(target))
    if isinstance(source, Path) and is_legacy(source):
        source = docx_of(source)  # a Word 97–2003 file, converted by LibreOffice (docgen.read.legacy)
    elif isinstance(source, Path) and source.suffix.lower() != ".docx":
        raise DocgenError.single(m.NOT_DOCX, file=label)
    view = open_document(source, label)
    parts = with_boxed_top(locate(view))  # the words of a top block typed in text boxes are the plan's too
    notes = Notes()
    plan = _braces_escaped(plan_data(view, parts, notes))
    text = plan_toml(plan, notes, Path(label).name)
    _plan_checks(text, target)
    return Imported(text, plan, list(notes.items))


def _braces_escaped(plan: dict[str, Any]) -> dict[str, Any]:
    """Return the plan with every brace typed in the document ("{poor}", "{year") escaped, so it is printed as
    typed; the paragraphs the import itself wrote to place a table ("{table.bang_1}") stay placements."""
    placements = {f"{{table.{table['id']}}}" for table in plan.get("tables", [])}
    return map_texts(plan, lambda text: text if text in placements else escaped(text))


def plan_data(view, parts, notes: Notes) -> dict[str, Any]:
    """Return the plan as plain data, in the order of the plan files in plans/."""
    issuer = top.issuer(parts, notes)
    document = top.document(parts, notes, issuer["abbreviation"])
    found = _hamlet_tables(view, parts)
    in_body = body_tables(view, parts, {t.place.order[0] for t in found.tables})
    figures_in_body = hamlet_tables_in_body(view, parts, found)
    idents = [f"bang_{number}" for number in range(1, len(in_body) + len(figures_in_body) + 1)]
    placed = [table for table, _ in in_body] + figures_in_body
    lines = outline(parts.body) + [table_line(table, ident) for table, ident in zip(placed, idents, strict=True)]
    lines = sorted(lines, key=lambda line: line.paragraph.index)
    plan: dict[str, Any] = {}
    kind = kinds.kind_of(document)
    bases = _bases(parts, notes)
    proposal = ""
    if kind is not None and kind.layout == "decision":
        bases, proposal = kinds.split_proposal(bases)
    if bases:
        plan["bases"] = bases
    if kind is not None and kind.layout == "decision":
        plan["issuer"], plan["document"] = issuer, document
        plan["decision"] = kinds.decision(parts, lines, proposal, notes)
    else:
        head, outline_ = _body(lines, document, kind, notes)
        plan |= head
        plan["issuer"], plan["document"] = issuer, document
        plan |= outline_
    if kind is not None and kind.has_addressees:
        plan["addressees"] = kinds.addressees(parts) or ["…"]
        if plan["addressees"] == ["…"]:
            notes.add(("addressees",), "interpreted", m.ADDRESSEES_MISSING.format(kind=kind.name))
    plan["signature"] = end.signature(view, parts, notes)
    plan["recipients"] = end.recipients(parts, notes)
    if kind is not None and kind.layout == "decision":
        kinds.executors_line(plan, notes)
    if kind is not None and kind.has_addressees:
        kinds.as_above_line(plan, notes)
    plan["targets"] = {"year": top.plan_year(parts, document)}
    if in_body:
        plan["tables"] = [grid.as_plan(ident) for (_, grid), ident in zip(in_body, idents, strict=False)]
    used = _tables(view, parts, found, plan, notes, idents[len(in_body):])
    used |= kinds.attachments(view, parts, plan, notes)
    used |= read_appendices(view, end_of_signature(parts), used, plan, notes)
    note_leftovers(view, parts, used, notes)
    return plan


def _body(lines: list, document: dict[str, Any], kind: Kind | None,
          notes: Notes) -> tuple[dict[str, Any], dict[str, Any]]:
    """Return the intro and closing, and the sections (or parts) of the body: an outline, or for a letter
    without sections "I." its paragraphs as typed."""
    if kind is not None and kind.layout == "letter":
        rest, closing_line = split_closing(lines)
        paragraphs = kinds.letter_body(rest)
        if paragraphs is not None:
            closing = marked(closing_line.paragraph, closing_line.text) if closing_line is not None else ""
            if closing_line is not None:
                _closing_end(closing_line.text, closing_line.paragraph.index, notes)
            return _with_closing({"intro": paragraphs}, closing, document, notes), {}
    body = build_body(lines, notes)
    head = {"intro": body.intro} if body.intro else {}
    _closing_end(body.closing, body.closing_source, notes)
    return _with_closing(head, body.closing, document, notes), \
        {"parts": body.parts} if body.parts else {"sections": body.sections}


def _closing_end(closing: str, source: int | None, notes: Notes) -> None:
    """Name a closing sentence that does not end with "./." (docgen prints the mark)."""
    if closing.strip() and not closing.rstrip().endswith("./."):
        notes.add(("closing",), CORRECTED, m.CLOSING_END.format(end=closing.rstrip()[-12:]),
                  (source,) if source is not None else (), m.CLOSING_END)


def _with_closing(head: dict[str, Any], closing: str, document: dict[str, Any], notes: Notes) -> dict[str, Any]:
    closing = closing.rstrip().removesuffix("./.").rstrip()
    if not closing:
        closing = f"Trên đây là {document['kind']} {document['summary'][:1].lower()}{document['summary'][1:]}"
        notes.add(("closing",), "interpreted", m.CLOSING_MISSING)
    return head | {"closing": closing}


def _bases(parts: Parts, notes: Notes) -> list[str]:
    """Return the legal bases without their end marks; where the original ends one with another mark than
    docgen prints (";", "." after the last), that correction is named on the list, with the basis's number."""
    written = [squash(p.text) for p in parts.bases]
    bases = [text.rstrip(" ;.,") for text in written]
    printed = punctuated(bases, ";", ".")
    for index, paragraph in enumerate(parts.bases):
        mark, due = written[index][len(bases[index]):].replace(" ", ""), printed[index][len(bases[index]):]
        if mark != due:
            found = (m.BASIS_END_MARK if mark else m.BASIS_END_NONE).format(number=index + 1, mark=mark)
            notes.add(("bases",), CORRECTED, m.BASIS_END.format(found=found, printed=due), (paragraph.index,),
                      m.BASIS_END)
    return bases


def _tables(view, parts, found: TableSet, plan: dict[str, Any], notes: Notes, body_idents: list[str]) -> set[int]:
    """Add the hamlets, stated totals and appendices read from the hamlet tables, and the hamlet tables of the
    body (``body_idents``: their ids, in order) to ``[[tables]]``; return the paragraphs used. ``found``: the
    hamlet tables, read once by ``plan_data``."""
    for note in found.notes:
        notes.add(("appendices",), "interpreted", note)
    if not found.tables:
        return set()
    plan["hamlets"] = tables.hamlets(found, notes)
    stated = tables.reference(found, plan["hamlets"], notes)
    if stated:
        plan["reference"] = stated
    in_body = {t.place.order[0] for t in hamlet_tables_in_body_of(parts, found)}
    body = replace(found, tables=[t for t in found.tables if t.place.order[0] in in_body])
    found = replace(found, tables=[t for t in found.tables if t.place.order[0] not in in_body])
    used = {p.index for block in hamlet_tables_in_body(view, parts, body) for c in block.cells for p in c.paragraphs}
    if body.tables:
        start = len(plan.setdefault("tables", []))
        plan["tables"] += [tables.body_table(definition, ident) for definition, ident in zip(
            tables.appendices(body, notes, ("tables", start)), body_idents, strict=True)]
    if not found.tables:
        return used
    lines = appendix_lines(view, found, end_of_signature(parts))
    definitions = tables.appendices(found, notes)
    for position, title in titles(view, lines).items():
        definitions[position]["title"] = title
    plan["appendices"] = definitions
    note_references(view, lines, plan, notes)
    return used | {index for indexes in lines.values() for index in indexes}


def _hamlet_tables(view, parts: Parts) -> TableSet:
    """The tables ``[[hamlets]]`` can be made from: none unless one gives the households (a table of targets
    alone, a Hướng dẫn's per-thôn table, is kept as a table of the text, cell by cell), and never one with a
    column of words docgen cannot compute (a report's "Đánh giá: Đạt / Không đạt"): kept as typed, it loses none."""
    found = read_tables(view, parts, "")
    blocks = {min(p.index for c in b.cells for p in c.paragraphs): b for b in view.blocks
              if isinstance(b, Table) and b.cells}
    tables = [t for t in found.tables if not _typed_column(t, blocks.get(t.place.order[0]))]
    if not any("households" in table.figures() for table in tables):
        tables = []
    return TableSet(found.source, tables, found.notes, found.by_table, found.read)


def _typed_column(table, block: Table | None) -> bool:
    """True when a column a plan cannot print (one the reader did not recognise, or a report's target and
    «Đánh giá») holds text in some row (not only blanks)."""
    if block is None:
        return False
    grid = read_grid(block)
    rows = grid.rows[grid.header_rows:] + ([grid.total] if grid.total else [])
    unknown = {c.index for c in table.columns if c.figure not in FIGURES}
    return any(row[i].strip(" <^") for row in rows for i in unknown if i < len(row))


def _plan_checks(text: str, target: Path) -> None:
    """The plan file must load and pass the cross-field checks: the same ones ``docgen build`` runs."""
    from docgen.plan.load import parse_plan
    from docgen.plan.validate import validate_plan

    plan, lines = parse_plan(text, target)
    validate_plan(plan, target, lines)


AS_FOUND = "as found"  # write_imported's digest when the caller did not read the target before


def write_imported(imported: Imported, target: Path, force: bool = False, digest: str | None = AS_FOUND) -> None:
    """Write the plan file atomically; an existing file is replaced only with ``force``, and only if it is
    still the file of ``digest`` (None: no file; read when the import started): a plan saved meanwhile is
    never lost."""
    from docgen.plan.store import current_digest, replace_if_unchanged

    if digest == AS_FOUND:
        digest = current_digest(target)
    if target.suffix.lower() != ".toml":
        raise DocgenError.single(m.OUT_SUFFIX, file=str(target))
    if current_digest(target) is not None and not force:
        raise DocgenError.single(m.EXISTS, file=str(target), hint=m.EXISTS_HINT)
    replace_if_unchanged(target, digest if force else None, lambda _: imported.text.encode("utf-8"),
                         messages.PLAN_CHANGED_WHILE_IMPORTING, messages.PLAN_CHANGED_WHILE_IMPORTING_HINT)
