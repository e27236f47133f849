"""What the import had to interpret or correct, each tied to the plan field it concerns.

Every note is printed at the end of ``docgen import-docx`` and written as a comment next to its field in the
plan file, so the clerk sees in the file itself why a value differs from the Word document.
"""

from __future__ import annotations

from dataclasses import dataclass, field

Path = tuple[str | int, ...]

CORRECTED, INTERPRETED, UNPLACED = "corrected", "interpreted", "unplaced"


@dataclass(frozen=True)
class Note:
    """One interpretation or correction: the plan field (``("document", "number")``), what kind it is and the
    sentence a clerk reads."""

    path: Path
    kind: str
    message: str

    @property
    def field(self) -> str:
        """Return the field as the plan checks name it: ``sections[2].items[0].title``."""
        text = ""
        for part in self.path:
            text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
        return text


@dataclass
class Notes:
    """The notes of one import, in the order they were made."""

    items: list[Note] = field(default_factory=list)
    # the same notes by field, to find a repeated note and a field's notes at once whatever their number
    # (searching the list made a 20,000-paragraph import quadratic)
    _by_path: dict[Path, list[Note]] = field(default_factory=dict, repr=False, compare=False)
    _seen: set[Note] = field(default_factory=set, repr=False, compare=False)

    def add(self, path: Path, kind: str, message: str) -> None:
        """Record one note (the same note twice is kept once)."""
        note = Note(tuple(path), kind, message)
        if note not in self._seen:
            self._seen.add(note)
            self._by_path.setdefault(note.path, []).append(note)
            self.items.append(note)

    def at(self, path: Path) -> list[Note]:
        """Return the notes on exactly ``path``."""
        return list(self._by_path.get(tuple(path), ()))
