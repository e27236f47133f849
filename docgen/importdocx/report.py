"""The text ``docgen import-docx`` prints at the end: the file written, then the notes, one line per kind.

A long document can give hundreds of notes of a few kinds (every point typed "a.", every paragraph of a form
kept as it was): the report prints one line per kind of interpretation with how many places and the first of
them, so that it stays readable; every note, with its own words, is in the plan file as a comment.
"""

from __future__ import annotations

from pathlib import Path

from docgen.importdocx import messages as m
from docgen.importdocx.notes import Note

GROUPED_FROM = 3  # a kind of note met this many times is printed once, with its count
PLACES_SHOWN = 3


def report_text(imported, target: Path) -> str:
    """Return the report of one import: where it was written and each kind of interpretation or correction."""
    lines = [m.WRITTEN.format(path=target)]
    if not imported.notes:
        return "\n".join(lines + [m.NONE])
    lines.append(m.HEADER)
    for group in _by_topic(imported.notes):
        if len(group) < GROUPED_FROM:
            lines += [_line(note) for note in group]
            continue
        places = ", ".join(_place(note) for note in group[:PLACES_SHOWN])
        summary = m.SUMMARIES.get(group[0].topic, group[0].message)
        lines.append(m.GROUPED.format(count=len(group), places=places, summary=summary))
    return "\n".join(lines)


def _by_topic(notes: list[Note]) -> list[list[Note]]:
    groups: dict[str, list[Note]] = {}
    for note in notes:
        groups.setdefault(note.topic or note.message, []).append(note)
    return list(groups.values())


def _line(note: Note) -> str:
    return f"- {note.message}" if note.path[0] == "leftover" else f"- {note.field}: {note.message}"


def _place(note: Note) -> str:
    """The field a note is on, or for what the plan file has no field for, the original's paragraph."""
    if note.path[0] != "leftover":
        return note.field
    return m.AT_PARAGRAPH.format(index=note.sources[0]) if note.sources else m.AT_END
