"""Invisible format characters (zero-width spaces and joiners, bidirectional controls, soft hyphens, stray
byte order marks) removed from texts.

They come with text copied from web pages and chat programs and show as nothing, yet make two equal names
differ: a second "Tân Đức" with a zero-width space passed the duplicate check, and a bidi override can make a
name read differently from what it holds. Vietnamese needs none of them.
"""

from __future__ import annotations

import re

_FORMAT_CHARACTERS = re.compile(
    "[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]")


def visible(text: str) -> str:
    """Return ``text`` without invisible format characters."""
    return text if text.isascii() else _FORMAT_CHARACTERS.sub("", text)
