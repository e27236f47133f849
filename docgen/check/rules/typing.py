"""Vietnamese typing, as the peers' checkers report it: a space before a punctuation mark, two spaces between
words, the two placements of a tone mark ("hòa" and "hoà") mixed in one document, ranges written with a hyphen
here and a dash there. Report-only warnings: a reviewer's points, not rules of the decree's form."""

from __future__ import annotations

import re
from collections.abc import Iterator

from docgen.check.finding import WARNING, Issue
from docgen.check.rules.base import rule
from docgen.read.document import DocumentView, Paragraph
from docgen.read.parts import Parts

SPACE_BEFORE = re.compile(r"\w[ \u00a0]+[,;:.!?](?!\.)")  # "Sở Nội vụ ;" (not "… ." of a blank, nor "./.")
DOUBLE_SPACE = re.compile(r"\w {2,}\w")


def prose(parts: Parts) -> list[Paragraph]:
    """Return the paragraphs of running text: the bases, the body and the bodies of attached texts."""
    return [*parts.bases, *parts.body, *(p for attached in parts.attachments for p in attached.body)]


@rule("typing-spaces", WARNING, "Phụ lục I, mục I.4 (TCVN 6909:2001)")
def typing_spaces(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """No space before a punctuation mark, one space between words."""
    for paragraph in prose(parts):
        text = paragraph.text.strip()
        before = SPACE_BEFORE.search(text)
        double = DOUBLE_SPACE.search(text)
        if before:
            yield Issue(paragraph.place, f"«{before.group(0)}»", "không có dấu cách trước dấu câu",
                        variant="before")
        elif double:
            yield Issue(paragraph.place, f"«{double.group(0)}»", "một dấu cách giữa hai từ", variant="double")


# The tone mark of an open "oa", "oe", "uy" sits on the first vowel in the older habit (hòa, khỏe, thủy) and on
# the second in the newer one (hoà, khoẻ, thuỷ); both are correct, a document keeps one. After "q" the "u"
# belongs to the consonant, so "quý" is not such a word.
_OLD_PLACEMENT = re.compile(r"(?<!q)(?:[òóỏõọ][ae]|[ùúủũụ]y)$")
_NEW_PLACEMENT = re.compile(r"(?<!q)(?:o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ])$")
_OPEN_VOWEL = re.compile(r"(?:[òóỏõọ][ae]|[ùúủũụ]y|o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ])(?!\w)")  # either, at a word's end
_WORD = re.compile(r"\w+")
_RANGE = re.compile(r"(?<![\d/.,-])\d{1,4} ?([-–—]) ?\d{1,4}(?![\d/-]|[.,]\d)")  # 2021-2025, 2021 – 2025; no date
DASHES = {"-": "gạch nối", "–": "gạch ngang", "—": "gạch ngang"}


def _placements(paragraphs: list[Paragraph]) -> dict[str, list[tuple[Paragraph, str]]]:
    """Return, for each placement (old, new), where it is used: the paragraph and the word."""
    used: dict[str, list[tuple[Paragraph, str]]] = {"old": [], "new": []}
    for paragraph in paragraphs:
        text = paragraph.text.lower()
        if not _OPEN_VOWEL.search(text):  # most paragraphs hold no such word: one search instead of one a word
            continue
        for word in _WORD.findall(text):
            if _OLD_PLACEMENT.search(word):
                used["old"].append((paragraph, word))
            elif _NEW_PLACEMENT.search(word):
                used["new"].append((paragraph, word))
    return used


@rule("tone-marks", WARNING, "Phụ lục I, mục I.4 (TCVN 6909:2001)")
def tone_marks(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """One placement of the tone mark in the whole document: «hòa, thủy» or «hoà, thuỷ», not both."""
    fixed = {span.paragraph.index for span in (parts.national_name, parts.motto) if span}
    used = _placements([p for p in view.paragraphs if p.index not in fixed])  # "CỘNG HOÀ": the decree's own text
    if used["old"] and used["new"]:
        fewer = min(("new", "old"), key=lambda placement: len(used[placement]))
        yield Issue(used[fewer][0][0].place, _usage(used), "một cách đặt dấu trong cả văn bản")


@rule("range-dashes", WARNING, "Phụ lục I, mục I.4")
def range_dashes(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """Ranges (2021-2025) written with one mark in the whole document, the hyphen or the dash."""
    used: dict[str, list[tuple[Paragraph, str]]] = {}
    for paragraph in prose(parts):
        for found in _RANGE.finditer(paragraph.text):
            used.setdefault(DASHES[found.group(1)], []).append((paragraph, found.group(0)))
    if len(used) > 1:
        fewer = min(used, key=lambda mark: (len(used[mark]), mark))
        yield Issue(used[fewer][0][0].place, _usage(used), "một kiểu dấu trong cả văn bản")


def _usage(used: dict[str, list[tuple[Paragraph, str]]]) -> str:
    """Return "7 lần («hóa», «thủy»); 1 lần («hoá»)": how often each way is used, with its first examples."""
    return "; ".join(f"{len(places)} lần ({', '.join(dict.fromkeys(f'«{word}»' for _, word in places[:12]))})"
                     for places in used.values() if places)
