"""Vietnamese typing, as the peers' checkers report it: a space before a punctuation mark, two spaces between
words, and the two placements of a tone mark ("hòa" and "hoà") mixed in one document. Report-only warnings: a
reviewer's points, not rules of the decree's form (TCVN 6909 and the decree's Phụ lục II on spelling)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from docgen.check.finding import WARNING, Issue
from docgen.check.rules.base import rule
from docgen.read.document import DocumentView, Paragraph
from docgen.read.parts import Parts

SPACE_BEFORE = re.compile(r"\w[ \u00a0]+[,;:.!?](?!\.)")  # "Sở Nội vụ ;" (not "… ." of a blank, nor "./.")
DOUBLE_SPACE = re.compile(r"\w {2,}\w")
# A tone mark on the first or the second vowel of "oa", "oe", "uy": the old placement ("hoà", "thuỷ") and the
# new one ("hòa", "thủy"). Both are right; one document should keep to one.
TONES = "\u0300\u0301\u0303\u0309\u0323"
OLD_STYLE = re.compile(rf"(o[ae]|(?<!q)uy)[{TONES}]$", re.IGNORECASE)  # "hoà", "khoẻ", "thuỷ" (NFD)
NEW_STYLE = re.compile(rf"(o[{TONES}][ae]|(?<!q)u[{TONES}]y)$", re.IGNORECASE)  # "hòa", "khỏe", "thủy"


def _texts(parts: Parts) -> list[Paragraph]:
    return [*parts.bases, *parts.body, *(p for attached in parts.attachments for p in attached.body)]


@rule("typing-spaces", WARNING, "Phụ lục I, mục I.4 (TCVN 6909:2001)")
def typing_spaces(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """No space before a punctuation mark, one space between words."""
    for paragraph in _texts(parts):
        text = paragraph.text.strip()
        before = SPACE_BEFORE.search(text)
        double = DOUBLE_SPACE.search(text)
        if before:
            yield Issue(paragraph.place, f"«{before.group(0)}»", "không có dấu cách trước dấu câu",
                        variant="before")
        elif double:
            yield Issue(paragraph.place, f"«{double.group(0)}»", "một dấu cách giữa hai từ", variant="double")


@rule("typing-tone-marks", WARNING, "Phụ lục I, mục I.4 (TCVN 6909:2001)")
def typing_tone_marks(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """One placement of the tone mark throughout ("hòa, thủy" or "hoà, thuỷ"), not both."""
    old, new = _first_of(parts, OLD_STYLE), _first_of(parts, NEW_STYLE)
    if old and new:
        later = max(old, new, key=lambda hit: hit[0].index)
        yield Issue(later[0].place, f"«{old[1]}» và «{new[1]}»", "một cách đặt dấu thanh trong cả văn bản")


def _first_of(parts: Parts, pattern: re.Pattern[str]) -> tuple[Paragraph, str] | None:
    for paragraph in _texts(parts):
        decomposed = unicodedata.normalize("NFD", paragraph.text)
        for word in decomposed.split():
            if pattern.search(_without_other_marks(word.strip(",.;:()\"'”“!?"))):
                return paragraph, unicodedata.normalize("NFC", word.strip(",.;:()"))
    return None


def _without_other_marks(word: str) -> str:
    """Keep the tone marks only (the hats and horns of â, ơ, ư are not tones)."""
    return "".join(ch for ch in word if not unicodedata.combining(ch) or ch in TONES)
