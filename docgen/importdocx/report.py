"""The text ``docgen import-docx`` prints at the end: the file written, then every note with its field."""

from __future__ import annotations

from pathlib import Path

from docgen.importdocx import messages as m


def report_text(imported, target: Path) -> str:
    """Return the report of one import: where it was written and each interpretation or correction."""
    lines = [m.WRITTEN.format(path=target)]
    if not imported.notes:
        return "\n".join(lines + [m.NONE])
    lines.append(m.HEADER)
    lines += [f"- {note.message}" if note.path[0] == "leftover" else f"- {note.field}: {note.message}"
              for note in imported.notes]
    return "\n".join(lines)
