"""What the import had to interpret or correct, each tied to the plan field it concerns.

Every note is printed at the end of ``docgen import-docx`` and written as a comment next to its field in the
plan file, so the clerk sees in the file itself why a value differs from the Word document.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

Path = tuple[str | int, ...]

CORRECTED, INTERPRETED, UNPLACED = "corrected", "interpreted", "unplaced"


@dataclass(frozen=True)
class Note:
    """One interpretation or correction: the plan field (``("document", "number")``), what kind it is and the
    sentence a clerk reads."""

    path: Path
    kind: str
    message: str
    # the paragraphs of the original it concerns (``Paragraph.index``): where the clerk finds what changed
    sources: tuple[int, ...] = field(default=(), compare=False)
    topic: str = field(default="", compare=False)  # the kind of interpretation (its message's template)

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
    _seen: dict[Note, int] = field(default_factory=dict, repr=False, compare=False)  # note → its place

    def add(self, path: Path, kind: str, message: str, sources: Iterable[int] = (), topic: str = "") -> None:
        """Record one note on the original's paragraphs ``sources``, of the kind ``topic`` (the same note twice
        is kept once, with the paragraphs of both)."""
        note = Note(tuple(path), kind, message, tuple(sources), topic or message)
        position = self._seen.get(note)
        if position is not None:
            known = self.items[position]
            self.items[position] = replace(known, sources=tuple(dict.fromkeys(known.sources + note.sources)))
            notes = self._by_path[note.path]
            notes[notes.index(known)] = self.items[position]
            return
        self._seen[note] = len(self.items)
        self._by_path.setdefault(note.path, []).append(note)
        self.items.append(note)

    @property
    def sources(self) -> set[int]:
        """Return every paragraph of the original some note names."""
        return {index for note in self.items for index in note.sources}

    def at(self, path: Path) -> list[Note]:
        """Return the notes on exactly ``path``."""
        return list(self._by_path.get(tuple(path), ()))
