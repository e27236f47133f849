"""The kinds of document docgen writes (Decree 30, Phụ lục I and III): what each kind is and what it adds.

Every kind shares the top block, the dates and numbering, the body outline, the signature, the recipients and
the appendices (written once, in docgen/render). A kind only says what is its own: its code, whether it prints
a type name, whether it carries "Kính gửi:" (ô 9a), whether its body is a decision's articles, and which
template lays it out. ``document.kind`` in a plan file is the type name as written in a sentence ("Báo cáo").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Layout = Literal["plan", "submission", "decision", "letter"]


@dataclass(frozen=True)
class Kind:
    """One kind of document: its slug (``bao-cao``, the name of its template and of ``docgen new --kind``), its
    type name as written in a sentence, its code in the symbol (Phụ lục III), and its layout."""

    slug: str
    name: str
    code: str
    layout: Layout

    @property
    def template(self) -> str:
        """The kind's own template file: ``bao-cao.docx``; a commune may put one in its templates/ folder."""
        return f"{self.slug}.docx"

    @property
    def has_type_name(self) -> bool:
        return self.layout != "letter"  # a công văn has none: its summary is "V/v …" under the number

    @property
    def has_addressees(self) -> bool:
        return self.layout in ("submission", "letter")  # ô 9a "Kính gửi:"

    @property
    def has_closing(self) -> bool:
        return self.layout != "decision"  # a decision ends with its last article


KINDS = (
    Kind("ke-hoach", "Kế hoạch", "KH", "plan"),
    Kind("bao-cao", "Báo cáo", "BC", "plan"),
    Kind("to-trinh", "Tờ trình", "TTr", "submission"),
    Kind("thong-bao", "Thông báo", "TB", "plan"),
    Kind("huong-dan", "Hướng dẫn", "HD", "plan"),
    Kind("chuong-trinh", "Chương trình", "CTr", "plan"),
    Kind("quyet-dinh", "Quyết định", "QĐ", "decision"),
    Kind("cong-van", "Công văn", "", "letter"),
)
# The layouts whose template ships inside docgen; the other kinds fall back to the plan's template.
PACKAGED_LAYOUTS = {"submission": "to-trinh.docx", "decision": "quyet-dinh.docx", "letter": "cong-van.docx"}


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def kind_named(name: str) -> Kind | None:
    """Return the kind whose type name or slug is ``name`` (any case, any spacing), else None."""
    folded = _folded(name)
    return next((kind for kind in KINDS if folded in (_folded(kind.name), kind.slug)), None)


def kind_names() -> str:
    """The kinds docgen writes, for a message: "Kế hoạch, Báo cáo, …"."""
    return ", ".join(kind.name for kind in KINDS)


LETTER_NAME = "Công văn"


def kind_of_document(parts) -> str:
    """The kind of a document as read (``docgen.read.locate``): its type name in a sentence ("Quyết định"), or
    "Công văn" for one laid out as a công văn (no type name; "V/v …", or a text opening with "Kính gửi:")."""
    from docgen.read.identity import doc_type_name
    from docgen.read.parts import CONG_VAN

    return LETTER_NAME if parts.genre == CONG_VAN else doc_type_name(parts)


def outline_optional(name: str) -> bool:
    """True for the kinds whose body need not be an outline of sections: a decision (its articles), a letter."""
    kind = kind_named(name)
    return kind is not None and kind.layout in ("decision", "letter")
