"""Capital letters of names, as the decree's Phụ lục II sets them and the peers' checkers report them: the
name of a body ("Ủy ban nhân dân xã Thịnh Đức", not "Ủy Ban Nhân Dân", nor "ủy ban nhân dân xã Thịnh Đức"), a
document named by its number ("Quyết định số 12/QĐ-UBND", not "quyết định số …"), and citations ("khoản 2
Điều 3": khoản and điểm in lower case, Điều capitalised). Report-only warnings: only forms the appendix states
are judged, never a generic mention ("các ủy ban nhân dân cấp xã")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from docgen.check.finding import WARNING, Issue
from docgen.check.rules.base import rule
from docgen.check.rules.typing import prose
from docgen.read.document import DocumentView
from docgen.read.parts import Parts

BODIES = ("Ủy ban nhân dân", "Uỷ ban nhân dân", "Hội đồng nhân dân", "Mặt trận Tổ quốc")
# names whose small letters the appendix leaves to the body's own name ("Ban Chỉ đạo giảm nghèo" or "Ban chỉ
# đạo …"), wrong only when every word is capitalised
TITLE_CASED = ("Ban Chỉ Đạo", "Ban Thường Vụ", "Ban Chấp Hành")
DOCUMENT_TYPES = ("quyết định", "kế hoạch", "nghị định", "thông tư", "công văn", "chỉ thị", "nghị quyết",
                  "báo cáo", "tờ trình", "thông báo", "hướng dẫn", "chương trình", "luật")
UNITS = r"(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)"
UPPER = "A-ZÀ-ỸĐ"

# a body's name with a capital where the appendix writes a small letter ("Ủy Ban Nhân Dân")
_BODY = re.compile(r"\b(" + "|".join(BODIES) + r")\b", re.IGNORECASE)
# a specific body written all in small letters: "ủy ban nhân dân xã Thịnh Đức"
_BODY_NAMED = re.compile(r"\b((?:ủy|uỷ) ban nhân dân|hội đồng nhân dân) " + UNITS + f" [{UPPER}]")
_TYPE_NUMBERED = re.compile(r"\b(" + "|".join(DOCUMENT_TYPES) + r") số \d")  # small letters: mid-sentence
_CITATION = re.compile(r"(?<=[a-zà-ỹđ,] )(Khoản \d+|Điểm [a-zđ]\)?) |\b(?:khoản \d+|điểm [a-zđ]) (điều) \d")


def _wrong_names(text: str) -> Iterator[tuple[str, str]]:
    """Yield (as typed, as Phụ lục II writes it) for each name in ``text`` with wrong capitals."""
    for found in _BODY.finditer(text):
        typed = found.group(1)
        right = next(b for b in BODIES if b.lower() == typed.lower())
        if typed != right and typed != typed.upper() and typed[0].isupper():
            yield typed, right
    for name in TITLE_CASED:
        if name in text:
            yield name, _sentence_case(name)
    for found in _BODY_NAMED.finditer(text):
        yield found.group(1), found.group(1)[0].upper() + found.group(1)[1:]
    for found in _TYPE_NUMBERED.finditer(text):
        typed = found.group(1)
        yield f"{typed} số", f"{typed[0].upper()}{typed[1:]} số"
    for found in _CITATION.finditer(text):
        if found.group(1):
            yield found.group(1), found.group(1)[0].lower() + found.group(1)[1:]
        else:
            yield found.group(0), found.group(0).replace(" điều ", " Điều ")


def _sentence_case(name: str) -> str:
    """Return "Ban Chỉ đạo" for "Ban Chỉ Đạo": the last word in small letters, as the decree's examples write it."""
    head, _, last = name.rpartition(" ")
    return f"{head} {last.lower()}"


@rule("capitals-names", WARNING, "Phụ lục II")
def capitals_names(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """Names of bodies, named documents and citations written with the capitals of Phụ lục II."""
    for paragraph in prose(parts):
        text = paragraph.text.strip()
        if text == text.upper():
            continue  # a title in capitals
        for typed, right in _wrong_names(text):
            yield Issue(paragraph.place, f"«{typed}»", f"«{right}»")
            break
