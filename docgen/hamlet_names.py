"""What "the same hamlet" means, once for every part of docgen that matches hamlet names: the plan's duplicate
check, the table diff, the import of a workbook or a Word table, and the checker's spelling rule.

Two names are the same hamlet when they differ only in case, diacritics (old or new tone placement), spaces,
the kind of dash, or the word for a hamlet in front ("Xóm", "Thôn", "Tổ dân phố", "Bản", "Làng", "Ấp", "Khu"):
a clerk's table that writes "xom  mot" or "Một" for "Xóm Một" means the same hamlet.
"""

from __future__ import annotations

import re
import unicodedata

from docgen.invisible import visible
from docgen.vnformat import strip_marks

# The words for a hamlet, without diacritics, longest first ("to dan pho" before "to"). Only a whole word
# followed by the rest of the name counts: "Tổng" keeps its "T", "Xóm" alone stays a name.
_PREFIX = re.compile(r"^(?:to dan pho|tdp|khu pho|xom|thon|to|ban|lang|ap|khu)\s+(?=\S)")
_DASHES = str.maketrans({"–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-", "\u00a0": " "})


def hamlet_key(name: str) -> str:
    """Return the form every name of the same hamlet shares: ``Xóm Một``, ``xom  MOT``, ``Một`` → ``mot``."""
    plain = " ".join(strip_marks(unicodedata.normalize("NFC", visible(name))).casefold().translate(_DASHES).split())
    return _PREFIX.sub("", plain).replace(" ", "")
