"""Vietnamese text helpers for finding and comparing elements: folding, case, short quotes, numbers."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

SNIPPET_WORDS = 6
SNIPPET_CHARS = 40

# Old and new tone placement are both in use ("hoà"/"hòa", "uỷ"/"ủy"); ND30 itself prints "CỘNG HOÀ" in its
# Mục V table and "CỘNG HÒA" in Mục II, so comparisons must not tell them apart.
_OLD_TONES = {"oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa", "oè": "òe", "oé": "óe", "oẻ": "ỏe",
              "oẽ": "õe", "oẹ": "ọe", "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy"}
_OLD_TONE_PATTERN = re.compile("|".join(_OLD_TONES))
_BARE_D = str.maketrans({"đ": "d", "Đ": "D"})
_DASHES = str.maketrans({"–": "-", "—": "-", "‐": "-", "‑": "-", "\u00a0": " "})


def nfc(text: str) -> str:
    """Return ``text`` in precomposed form (TCVN 6909 text typed with combining marks compares equal)."""
    return unicodedata.normalize("NFC", text)


def new_tones(text: str) -> str:
    """Return ``text`` (NFC) with the new tone placement in lower-case syllables: ``hoà`` → ``hòa``."""
    return _OLD_TONE_PATTERN.sub(lambda m: _OLD_TONES[m.group(0)], nfc(text))


@lru_cache(maxsize=16384)  # rules fold the same paragraph texts many times over
def fold(text: str) -> str:
    """Return ``text`` for loose comparison: NFC, lower case, new tone placement, plain hyphens, single spaces."""
    return " ".join(new_tones(nfc(text).lower().translate(_DASHES)).split())


def unmarked(text: str) -> str:
    """Return ``text`` without its Vietnamese marks: ``Số`` → ``So``, ``đ`` → ``d`` (how a text typed without
    diacritics reads)."""
    bare = "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))
    return nfc(bare.translate(_BARE_D))


def is_unmarked(text: str) -> bool:
    """True when ``text`` has letters and none of them carries a Vietnamese mark ("So: /QD-BTC")."""
    return has_letters(text) and unmarked(text) == nfc(text)


@lru_cache(maxsize=256)
def _unmarked_pattern(pattern: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(unmarked(pattern.pattern), pattern.flags)


def matches(pattern: re.Pattern[str], folded: str) -> re.Match[str] | None:
    """Match a pattern of folded Vietnamese text against a folded line, also when the line is typed without
    diacritics ("so: /qd-btc" for "số: …", "cong hoa xa hoi …"): the pattern is then read without its marks."""
    found = pattern.match(folded)
    if found is None and is_unmarked(folded):
        found = _unmarked_pattern(pattern).match(folded)
    return found


@lru_cache(maxsize=16384)
def squash(text: str) -> str:
    """Return ``text`` with runs of white space (tabs included) as one space, trimmed."""
    return " ".join(nfc(text).split())


def has_letters(text: str) -> bool:
    """Return True when ``text`` contains at least one letter."""
    return any(ch.isalpha() for ch in text)


def is_upper(text: str) -> bool:
    """Return True when every letter of ``text`` is upper case (and there is at least one)."""
    return has_letters(text) and text == text.upper()


_RULE_CHARACTERS = "_-–—‾─━═ \t"


def is_rule_text(text: str) -> bool:
    """Return True for a line typed as a rule: only underscores, hyphens or dashes."""
    stripped = text.strip()
    return len(stripped) >= 3 and not stripped.strip(_RULE_CHARACTERS)  # nothing left once they are taken off


@lru_cache(maxsize=16384)  # several rules ask it of every paragraph
def is_blank_line(text: str) -> bool:
    """True for a line that is mostly dots left to fill in ("Căn cứ ..........;", "……… 5 ………"): a template's
    or a draft's placeholder, whose layout says nothing about the text that will replace it."""
    marks = text.count(".") + text.count("…") + text.count("_")
    return marks > 0 and marks >= len("".join(text.split())) / 2


def snippet(text: str) -> str:
    """Return the first words of ``text``, at most ~40 characters, with "…" when cut."""
    words = squash(text).split(" ")
    short = " ".join(words[:SNIPPET_WORDS])
    if len(short) > SNIPPET_CHARS:
        short = short[:SNIPPET_CHARS].rstrip()
    return short + ("…" if short != squash(text) else "")


def capitalise(word: str) -> str:
    """Return ``word`` with its first letter upper case and the rest lower case."""
    return word[:1].upper() + word[1:].lower()


def title_case(text: str) -> str:
    """Return every word capitalised: ``THỊNH ĐỨC`` → ``Thịnh Đức``."""
    return " ".join(capitalise(word) for word in squash(text).split(" "))


def decimal(value: float, places: int = 2) -> str:
    """Return ``value`` the Vietnamese way, with a decimal comma and no useless zeros: ``12,7``, ``1,15``, ``6``."""
    text = f"{value:.{places}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")
