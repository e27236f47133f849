"""One import: the document view → the plan as data and notes → TOML → the plan checks → the file."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from docgen import messages
from docgen.errors import DocgenError
from docgen.importdocx import end, tables, top
from docgen.importdocx import messages as m
from docgen.importdocx.appendices import read_appendices
from docgen.importdocx.body_tables import body_tables, hamlet_tables_in_body, hamlet_tables_in_body_of, table_line
from docgen.importdocx.headings import appendix_lines, note_references, titles
from docgen.importdocx.leftovers import end_of_signature, note_leftovers
from docgen.importdocx.notes import CORRECTED, Note, Notes
from docgen.importdocx.outline import build_body
from docgen.importdocx.writer import plan_toml
from docgen.plan.load import map_texts
from docgen.plan.placeholders import escaped
from docgen.read import locate, open_document
from docgen.read.legacy import docx_of, is_legacy
from docgen.read.outline import outline
from docgen.read.parts import Parts, with_boxed_top
from docgen.read.tables import read_tables
from docgen.read.text import squash
from docgen.render.context import punctuated


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
    found = read_tables(view, parts, "")
    in_body = body_tables(view, parts, {t.place.order[0] for t in found.tables})
    figures_in_body = hamlet_tables_in_body(view, parts, found)
    idents = [f"bang_{number}" for number in range(1, len(in_body) + len(figures_in_body) + 1)]
    placed = [table for table, _ in in_body] + figures_in_body
    lines = outline(parts.body) + [table_line(table, ident) for table, ident in zip(placed, idents, strict=True)]
    body = build_body(sorted(lines, key=lambda line: line.paragraph.index), notes)
    closing = body.closing.rstrip().removesuffix("./.").rstrip()
    if closing and not body.closing.rstrip().endswith("./."):
        notes.add(("closing",), CORRECTED, m.CLOSING_END.format(end=body.closing.rstrip()[-12:]),
                  (body.closing_source,) if body.closing_source is not None else (), m.CLOSING_END)
    if not closing:
        closing = f"Trên đây là {document['kind']} {document['summary'][:1].lower()}{document['summary'][1:]}"
        notes.add(("closing",), "interpreted", m.CLOSING_MISSING)
    plan: dict[str, Any] = {}
    bases = _bases(parts, notes)
    if bases:
        plan["bases"] = bases
    if body.intro:
        plan["intro"] = body.intro
    plan["closing"] = closing
    plan["issuer"], plan["document"] = issuer, document
    if body.parts:
        plan["parts"] = body.parts
    else:
        plan["sections"] = body.sections
    plan["signature"] = end.signature(view, parts, notes)
    plan["recipients"] = end.recipients(parts, notes)
    plan["targets"] = {"year": top.plan_year(parts, document.get("date"))}
    if in_body:
        plan["tables"] = [grid.as_plan(ident) for (_, grid), ident in zip(in_body, idents, strict=False)]
    used = _tables(view, parts, plan, notes, idents[len(in_body):])
    used |= read_appendices(view, end_of_signature(parts), used, plan, notes)
    note_leftovers(view, parts, used, notes)
    return plan


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


def _tables(view, parts, plan: dict[str, Any], notes: Notes, body_idents: list[str]) -> set[int]:
    """Add the hamlets, stated totals and appendices read from the hamlet tables, and the hamlet tables of the
    body (``body_idents``: their ids, in order) to ``[[tables]]``; return the paragraphs used."""
    found = read_tables(view, parts, "")
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
