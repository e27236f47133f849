"""The end block of the plan file: signature (TM., KT., position, name), recipients and the archive line."""

from __future__ import annotations

import re
from typing import Any

from docgen import nd30
from docgen.importdocx import messages as m
from docgen.importdocx.notes import CORRECTED, INTERPRETED, UNPLACED, Notes
from docgen.importdocx.signature import Signer, signers, under_titles
from docgen.read import patterns
from docgen.read.document import DocumentView
from docgen.read.parts import Parts
from docgen.read.text import fold, squash

PREFIXES = ("KT.", "TL.", "TUQ.")
ARCHIVE = re.compile(r"^[-–+]?\s*lưu\s*:?\s*(?P<units>.*?)\s*(\((?P<copies>\d+)\))?\s*[.;]?\s*$", re.IGNORECASE)


def signature(view: DocumentView, parts: Parts, notes: Notes) -> dict[str, Any]:
    """Return the ``[signature]`` table from the signature column (see ``importdocx.signature``): the main
    signer (the right-most column), and a joint signer on its left for a document signed by two bodies."""
    found = signers(view, parts)
    if not found:
        return _from_locator(parts, notes)
    table = signer_table(found[-1], notes, ("signature",))
    if not table.get("name"):
        table["name"] = "…"
        notes.add(("signature", "name"), INTERPRETED, m.SIGNER_MISSING, found[-1].sources)
    if len(found) > 1:
        table["joint"] = [signer_table(found[-2], notes, ("signature", "joint", 0))]
    for other in found[:-2]:
        notes.add(("signature",), UNPLACED, m.SECOND_SIGNER.format(lines=" / ".join(_lines(other))),
                  other.sources, m.SECOND_SIGNER)
    return table


def signer_table(signer: Signer, notes: Notes, path: tuple) -> dict[str, Any]:
    """Return one signer as the plan file holds it: TM./KT./TL./TUQ./Q. and one title line in the usual fields,
    anything else as its lines printed as written (up to three)."""
    table: dict[str, Any] = {}
    usual = len(signer.titles) <= 1 and len(signer.authority) <= 2 and (
        len(signer.authority) < 2 or (signer.authority[0][0] == "TM." and signer.authority[1][0] != "TM."))
    if usual:
        position = signer.titles[0] if signer.titles else ""
        for word, rest in signer.authority:
            if word == "TM.":
                table["on_behalf_of"] = rest
            elif word == "Q." and not position:
                table["prefix"], position = "Q.", rest
            else:
                table["prefix"], table["head_title"] = word, rest
        if position:
            table["position"] = position
        elif "prefix" in table and "head_title" in table:  # "KT. CHỦ TỊCH" alone: the title is on that line
            table["lines"] = [f"{table.pop('prefix')} {table.pop('head_title')}"]
    else:
        lines = [f"{w} {r}" for w, r in signer.authority] + signer.titles
        if len(lines) > 3:
            notes.add(path + ("lines",), INTERPRETED, m.TITLES_JOINED.format(lines=" / ".join(lines)),
                      signer.sources, m.TITLES_JOINED)
            lines = lines[:2] + [" ".join(lines[2:])]
        table["lines"] = lines
    return table | under_titles(signer)


def _lines(signer: Signer) -> list[str]:
    return [f"{w} {r}" for w, r in signer.authority] + signer.titles + [signer.name] + signer.below


def _from_locator(parts: Parts, notes: Notes) -> dict[str, Any]:
    """The signature as the locator split it: for a block without signature lines in capitals."""
    table: dict[str, Any] = {}
    position = ""
    for span in parts.signature_lines:
        text = _signing(squash(span.text))
        prefix, _, rest = text.partition(" ")
        if prefix == "TM.":
            table["on_behalf_of"] = rest
        elif prefix in PREFIXES:
            table["prefix"], table["head_title"] = prefix, rest
        elif prefix == "Q.":
            table["prefix"], position = "Q.", rest
        else:
            position = text
    if not position:
        position = "CHỦ TỊCH"
        notes.add(("signature", "position"), INTERPRETED, m.POSITION_MISSING)
    table["position"] = position
    name = squash(parts.signer.text) if parts.signer is not None else ""
    if not name:
        name = "…"
        notes.add(("signature", "name"), INTERPRETED, m.SIGNER_MISSING)
    table["name"] = name
    return table


def _signing(text: str) -> str:
    """Return the line with its authority word written as ND30 writes it: "T/M" → "TM.", "KT" → "KT."."""
    found = re.match(r"^(T\s*/\s*M|K\s*/\s*T|TM|KT|TL|TUQ|Q)\s*[.:]?\s+(\S.*)$", text)
    if found is None:
        return text
    word = re.sub(r"[\s/]", "", found.group(1)) + "."
    return f"{word} {found.group(2)}"


def recipients(parts: Parts, notes: Notes) -> dict[str, Any]:
    """Return the ``[recipients]`` table: the lines without their dash and end mark; the "Lưu:" line as the
    units after VT (VT is added when the original left it out), or as typed when it is only another way of
    writing ND30's line (``archive_line``)."""
    items, archive, copies, written = [], [], None, ""
    where: tuple[int, ...] = ()
    for span in parts.recipients:
        text = squash(span.text)
        found = ARCHIVE.match(text) if patterns.ARCHIVE.match(fold(text)) else None
        if found is not None:
            written, where = text, (span.paragraph.index,)
            archive = _units(found["units"])
            copies = int(found["copies"]) if found["copies"] else None
            continue
        items.append(text.lstrip("-–+• ").rstrip(" ;.,"))
    items = [item for item in items if item]
    if not items:
        items = ["Như trên"]
        notes.add(("recipients", "items"), INTERPRETED, m.RECIPIENTS_MISSING)
    return {"items": items} | _archive(written, where, archive, copies, notes)


def _archive(written: str, where: tuple[int, ...], archive: list[str], copies: int | None,
             notes: Notes) -> dict[str, Any]:
    """The archive line's fields. Decree 30 (Phụ lục I, II.9.b) requires the line and VT first: docgen adds
    them and says so. A line that opens as ND30's ("Lưu: VT") but is written another way ("Lưu: VT MTTQ",
    the comma left out) is kept as typed (``archive_line``); docgen adds only the dash and full stop."""
    path = ("recipients", "archive")
    if not written:
        notes.add(path, CORRECTED, m.ARCHIVE_MISSING)
        return {"archive": []}
    if not archive or fold(archive[0]) != "vt":
        printed = "- " + nd30.ARCHIVE_PREFIX + "".join(f", {u}" for u in archive) + "."
        notes.add(path, CORRECTED, m.ARCHIVE_VT.format(written=written, printed=printed), where)
        return {"archive": archive} | ({"archive_copies": copies} if copies else {})
    archive = archive[1:]
    printed = "- " + nd30.ARCHIVE_PREFIX + "".join(f", {u}" for u in archive) + (f" ({copies})" if copies else "")
    line = written.lstrip("-–+ ").rstrip(" .;")
    if _bare(written) != _bare(printed) and nd30.ARCHIVE_FORM.match(fold(line)):
        if not written.rstrip().endswith("."):
            notes.add(path, CORRECTED, m.ARCHIVE_WRITTEN.format(written=written, printed=f"- {line}."), where)
        return {"archive_line": line}
    if _bare(written) != _bare(printed) or not written.rstrip().endswith("."):  # its full stop is printed
        notes.add(path, CORRECTED, m.ARCHIVE_WRITTEN.format(written=written, printed=printed + "."), where)
    return {"archive": archive} | ({"archive_copies": copies} if copies else {})


def _units(written: str) -> list[str]:
    """The units of an archive line: "VT, NC.Châu" → ["VT", "NC.Châu"]; "VT MTTQ" (the comma left out after
    VT) and "VTMTTQ" (run together) → ["VT", "MTTQ"]."""
    units = [u.strip() for u in re.split(r"[,;]", written) if u.strip()]
    first = re.match(r"^(VT)\s*([A-ZĐ]\S*(?:\s.*)?)$", units[0]) if units else None  # "VT MTTQ", "VTMTTQ"
    return [first.group(1), first.group(2), *units[1:]] if first else units


def _bare(line: str) -> str:
    """The archive line as compared: no dash before it, no end mark, no spaces, folded."""
    return "".join(fold(line).lstrip("-+ ").rstrip(" .;").split())
