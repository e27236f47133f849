"""The end block of the plan file: signature (TM., KT., position, name), recipients and the archive line."""

from __future__ import annotations

import re
from typing import Any

from docgen import nd30
from docgen.importdocx import messages as m
from docgen.importdocx.notes import CORRECTED, INTERPRETED, UNPLACED, Notes
from docgen.importdocx.signature import Signer, signers
from docgen.read import patterns
from docgen.read.document import DocumentView
from docgen.read.parts import Parts
from docgen.read.text import fold, squash

PREFIXES = ("KT.", "TL.", "TUQ.")
ARCHIVE = re.compile(r"^[-–+]?\s*lưu\s*:?\s*(?P<units>.*?)\s*(\((?P<copies>\d+)\))?\s*[.;]?\s*$", re.IGNORECASE)


def signature(view: DocumentView, parts: Parts, notes: Notes) -> dict[str, Any]:
    """Return the ``[signature]`` table from the signature column (see ``importdocx.signature``)."""
    found = signers(view, parts)
    if not found:
        return _from_locator(parts, notes)
    first = found[0]
    table: dict[str, Any] = {}
    position = ""
    for word, rest in first.authority:
        if word == "TM.":
            table["on_behalf_of"] = rest
        elif word == "Q.":
            table["prefix"], position = "Q.", rest
        else:
            table["prefix"], table["head_title"] = word, rest
    if first.titles:
        position = position or " ".join(first.titles)
        if len(first.titles) > 1:
            notes.add(("signature", "position"), INTERPRETED, m.TITLES_JOINED.format(
                lines=" / ".join(first.titles)), first.sources, m.TITLES_JOINED)
    if not position:
        position = "CHỦ TỊCH"
        notes.add(("signature", "position"), INTERPRETED, m.POSITION_MISSING, first.sources)
    table["position"] = position
    table["name"] = first.name or "…"
    if not first.name:
        notes.add(("signature", "name"), INTERPRETED, m.SIGNER_MISSING, first.sources)
    if first.below:
        notes.add(("signature", "name"), INTERPRETED, m.BELOW_NAME.format(lines=" / ".join(first.below)),
                  first.sources, m.BELOW_NAME)
    for other in found[1:]:
        notes.add(("signature",), UNPLACED, m.SECOND_SIGNER.format(lines=" / ".join(_lines(other))),
                  other.sources, m.SECOND_SIGNER)
    return table


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
    units after VT (VT is added when the original left it out)."""
    items, archive, copies, written, where = [], [], None, "", ()
    for span in parts.recipients:
        text = squash(span.text)
        found = ARCHIVE.match(text) if patterns.ARCHIVE.match(fold(text)) else None
        if found is not None:
            written, where = text, (span.paragraph.index,)
            archive = [u.strip() for u in re.split(r"[,;]", found["units"]) if u.strip()]
            copies = int(found["copies"]) if found["copies"] else None
            continue
        items.append(text.lstrip("-–+• ").rstrip(" ;.,"))
    items = [item for item in items if item]
    if not items:
        items = ["Như trên"]
        notes.add(("recipients", "items"), INTERPRETED, m.RECIPIENTS_MISSING)
    table: dict[str, Any] = {"items": items}
    if not written:
        notes.add(("recipients", "archive"), CORRECTED, m.ARCHIVE_MISSING)
    elif not archive or fold(archive[0]) != "vt":
        printed = "- " + nd30.ARCHIVE_PREFIX + "".join(f", {u}" for u in archive) + "."
        notes.add(("recipients", "archive"), CORRECTED, m.ARCHIVE_VT.format(written=written, printed=printed),
                  where)
    else:
        archive = archive[1:]
    table["archive"] = archive
    if copies:
        table["archive_copies"] = copies
    return table
