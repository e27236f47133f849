"""The one error family for problems a user can fix.

Errors carry data (where and what); only ``docgen.cli`` turns them into text and an exit code.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class Location:
    """Where a problem is: a file, and inside it a line and/or a field path such as ``hamlets[3].poor``."""

    file: str = ""
    line: int = 0
    field: str = ""

    def describe(self) -> str:
        """Return the location the way a clerk reads it: ``plans/2022.toml, dòng 12, mục hamlets[3].poor``."""
        parts = [self.file] if self.file else []
        if self.line:
            parts.append(f"dòng {self.line}")
        if self.field:
            parts.append(f"mục {self.field}")
        return ", ".join(parts)


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with the user's input, with what to do about it."""

    location: Location
    message: str
    hint: str = ""


@dataclass
class DocgenError(Exception):
    """A user-facing failure: one or more problems, reported together so they can be fixed in one pass."""

    problems: list[Problem] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__("; ".join(p.message for p in self.problems))

    @classmethod
    def single(cls, message: str, *, file: str = "", line: int = 0, field: str = "", hint: str = "") -> DocgenError:
        """Return an error with exactly one problem."""
        return cls([Problem(Location(str(file), line, field), message, hint)])
