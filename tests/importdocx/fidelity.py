"""How much of a Word document survives ``import-docx`` then ``build``: its paragraphs, its table cells and its
emphasised words, each looked for in the rebuilt document; and which of the losses the import's notes name.

Used by the round-trip tests (tests/importdocx/test_fidelity*.py) and by ``benchmarks/roundtrip.py``.

How a unit is compared (numbering, spacing, case and NFC aside; the blank of a draft's date, "ngày … tháng",
is spacing; the number of a part's or an appendix's label line, "Phần 1." / "Phần thứ nhất", "PHỤ LỤC" /
"Phụ lục I", is numbering):
- a paragraph outside tables is kept when its text is one of the rebuilt document's paragraphs or cells, or
  one line of a rebuilt paragraph (Shift+Enter: two paragraphs of a title printed as its two lines), or lies
  inside one (a paragraph the import joined to the one before it);
- a table cell is kept when its text is a rebuilt cell's or paragraph's, or each of its paragraphs is kept;
- an emphasised word is a word in bold, italic or underline inside a paragraph that also holds words without
  that emphasis (a heading in bold throughout is the outline's, not emphasis); it is kept when the paragraph's
  rebuilt counterpart shows the same word with the same emphasis.
A loss is named when one of the import's notes points at its source paragraph (``Note.sources``).
"""

from __future__ import annotations

import re
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from docgen.read import open_document
from docgen.read.document import DocumentView, Paragraph, Table
from docgen.read.text import fold, is_rule_text, snippet, without_date_blanks

NUMBERING = re.compile(r"^(?:(?:(?:[IVXL]+|\d+(?:\.\d+)*|[a-zđ])[.)]|\d+(?:\.\d+)+)(?:\s+|(?=[^\W\d_]))"
                       r"|[-–—•●▪■◦○+*\uf0a7\uf0b7\uf0d8\uf076\uf0fc]\s+)", re.IGNORECASE)  # "1.Bên giao": a number
KINDS = ("bold", "italic", "underline")
WORD = re.compile(r"\w+")
CONTAINED_MIN = 12  # a shorter text found inside a longer paragraph is too likely a coincidence


# folded: a line that is only a part's or an appendix's label and its number ("Phần 1.", "PHẦN THỨ HAI",
# "Phụ lục", "Phụ lục II"): its number is numbering, as a mục's "I." is (docgen numbers parts and appendices)
LABEL_NUMBER = re.compile(r"^(phần|chương|phụ lục)(?:\s+(?:số\s+)?(?:thứ\s+\S+|[ivxlc]+|\d+))?\s*[.:]?$")


def normal(text: str) -> str:
    """Return ``text`` as compared: folded, its leading number or bullet, its end mark and its spaces taken
    off (and the blank of a draft's date as spaces); a part's or appendix's label without its number."""
    text = without_date_blanks(fold(text))  # a draft's date left blank with spaces or with dots: spacing
    text = LABEL_NUMBER.sub(r"\1", text.strip())
    text = NUMBERING.sub("", text, count=1)
    return "".join(text.rstrip(" .;,:").removesuffix("./").split())  # spacing aside: "85 /KH" is "85/KH"


@dataclass(frozen=True)
class Loss:
    """One unit of the source not found in the rebuilt document: its kind (paragraph, cell, emphasis), where
    it was, its text, and whether a note names it."""

    kind: str
    where: str
    text: str
    named: bool


@dataclass
class Fidelity:
    """The counts of one round trip: units in the source and units kept, by kind, and each loss."""

    total: Counter = field(default_factory=Counter)
    kept: Counter = field(default_factory=Counter)
    losses: list[Loss] = field(default_factory=list)

    def share(self, kind: str) -> float:
        """Return the share of ``kind`` kept (1.0 when the source has none)."""
        return self.kept[kind] / self.total[kind] if self.total[kind] else 1.0

    @property
    def unnamed(self) -> list[Loss]:
        return [loss for loss in self.losses if not loss.named]


Place = tuple[Paragraph, ...]  # where a text is printed: one paragraph, or the paragraphs of one cell


class _Rebuilt:
    """The rebuilt document's texts, to look source texts up in."""

    def __init__(self, view: DocumentView) -> None:
        self.paragraphs = [p for p in view.paragraphs if not p.is_empty]
        self.by_text: dict[str, list[Place]] = {}
        for paragraph in self.paragraphs:
            self.by_text.setdefault(normal(paragraph.text), []).append((paragraph,))
            lines = [line for line in paragraph.text.split("\n") if line.strip()]
            for line in lines if len(lines) > 1 else []:  # a line of its own, as the reader sees it
                self.by_text.setdefault(normal(line), []).append((paragraph,))
        self.cells: dict[str, list[Place]] = {}
        for cell in (c for t in view.tables for c in t.cells if c.text.strip()):
            self.cells.setdefault(normal(cell.text), []).append(tuple(cell.paragraphs))
        self.texts = [normal(p.text) for p in self.paragraphs]

    def find(self, text: str) -> list[Place] | None:
        """Return every place of the rebuilt document that holds ``text`` (normalised), or None."""
        if text in self.by_text:
            return self.by_text[text]
        if text in self.cells:
            return self.cells[text]
        if len(text) >= CONTAINED_MIN:
            found = [(p,) for p, t in zip(self.paragraphs, self.texts, strict=True) if text in t]
            return found or None
        return None


def compare(source: bytes, rebuilt: bytes, named: set[int]) -> Fidelity:
    """Return what of ``source`` reached ``rebuilt``; ``named`` holds the source paragraph indexes the notes
    point at."""
    view, result = open_document(source), _Rebuilt(open_document(rebuilt))
    fidelity = Fidelity()
    for block in view.blocks:
        if isinstance(block, Table):
            _cells(block, result, named, fidelity)
        elif not block.is_empty and not is_rule_text(block.text):  # a rule typed as dashes is a drawn line
            found = _lookup(block.text, result)
            _count(fidelity, "paragraph", block, found is not None, named)
            _emphasis(block, found or [], named, fidelity)
    return fidelity


Found = list[list[Place]]  # per line of a source paragraph (or for the whole of it), the places that hold it


def _lookup(text: str, result: _Rebuilt) -> Found | None:
    """Find a paragraph's text whole, else each of its lines (Shift+Enter) apart: the rebuilt document may
    print them as paragraphs of their own. Returns, per line (or once for the whole), the places that hold it."""
    found = result.find(normal(text))
    lines = [line for line in text.split("\n") if line.strip() and not is_rule_text(line)]
    if found is not None or not lines or lines == [text]:
        return None if found is None else [found]
    each = [result.find(normal(line)) for line in lines]
    return None if any(f is None for f in each) else [f for f in each if f]


def _cells(table: Table, result: _Rebuilt, named: set[int], fidelity: Fidelity) -> None:
    for cell in table.cells:
        paragraphs = [p for p in cell.paragraphs if not p.is_empty and not is_rule_text(p.text)]
        if paragraphs and all(is_rule_text(line) for p in paragraphs for line in p.text.split("\n") if line.strip()):
            continue
        if not paragraphs or cell.merge == "continue":
            continue
        joined = result.find(normal(" ".join(p.text for p in paragraphs)))
        whole: Found = [joined] if joined else []
        each = [_lookup(p.text, result) for p in paragraphs]
        kept = bool(whole) or all(found is not None for found in each)
        _count(fidelity, "cell", paragraphs[0], kept, named, [p.index for p in paragraphs], cell.text)
        for paragraph, found in zip(paragraphs, each, strict=True):
            _emphasis(paragraph, found or whole, named, fidelity)


def _count(fidelity: Fidelity, kind: str, paragraph: Paragraph, kept: bool, named: set[int],
           indexes: list[int] | None = None, text: str = "") -> None:
    fidelity.total[kind] += 1
    if kept:
        fidelity.kept[kind] += 1
        return
    indexes = indexes or [paragraph.index]
    fidelity.losses.append(Loss(kind, paragraph.place.label, snippet(text or paragraph.text),
                                any(i in named for i in indexes)))


def emphasised(paragraph: Paragraph, inline_only: bool = True) -> Counter:
    """Return the (emphasis, word) pairs of a paragraph: the words every letter of which has that emphasis;
    with ``inline_only``, only for an emphasis some other word of the paragraph lacks."""
    text, flags = "", []
    for run in paragraph.runs:
        if run.fmt.hidden:
            continue
        text += run.text
        flags += [(run.fmt.bold.value, run.fmt.italic.value, run.fmt.underline)] * len(run.text)
    number = NUMBERING.match(text.lstrip())  # the number is docgen's to print, in its own style
    if number:
        cut = len(text) - len(text.lstrip()) + number.end()
        text, flags = text[cut:], flags[cut:]
    found: Counter = Counter()
    for position, kind in enumerate(KINDS):
        words = [(m.group(0).casefold(), all(f[position] for f in flags[m.start():m.end()]))
                 for m in WORD.finditer(text)]
        if inline_only and (all(on for _, on in words) or not any(on for _, on in words)):
            continue
        found.update((kind, word) for word, on in words if on)
    return found


def _emphasis(paragraph: Paragraph, groups: Found, named: set[int], fidelity: Fidelity) -> None:
    wanted = emphasised(paragraph)
    if not wanted:
        return
    shown = _shown(groups, wanted)
    total = sum(wanted.values())
    kept = sum(min(count, shown[key]) for key, count in wanted.items())
    fidelity.total["emphasis"] += total
    fidelity.kept["emphasis"] += kept
    if kept < total:
        missing = [f"{word} ({kind})" for (kind, word), count in wanted.items() if shown[(kind, word)] < count]
        fidelity.losses.append(Loss("emphasis", paragraph.place.label, ", ".join(missing[:8]),
                                    paragraph.index in named))


def _shown(groups: Found, wanted: Counter) -> Counter:
    """The emphasised words the rebuilt counterparts show: for each line, the one of the places that hold it
    (the same text may be printed in several) that shows most of ``wanted``; summed over the lines, each place
    once, so a word emphasised in two lines of a cell ("TM. BAN …", "TRƯỞNG BAN") counts twice."""
    shown: Counter = Counter()
    used: set[tuple[int, ...]] = set()
    for places in groups:
        looks = [(sum((emphasised(p, inline_only=False) for p in place), Counter()), tuple(p.index for p in place))
                 for place in places]
        best, where = max(looks, key=lambda look: sum((look[0] & wanted).values()))
        if where not in used:
            used.add(where)
            shown += best
    return shown


@dataclass
class RoundTrip:
    """One document imported and rebuilt: the plan file's text, the notes, the rebuilt document, what
    ``docgen check`` says of it, and the fidelity."""

    plan_text: str
    notes: list
    rebuilt: bytes
    errors: list
    fidelity: Fidelity


def round_trip(source: bytes, name: str = "goc.docx", edit: Callable[[str], str] | None = None) -> RoundTrip:
    """Import ``source``, build the plan file (after ``edit``, what a clerk settles before building), check the
    result and compare it with the source."""
    from docgen.build import build
    from docgen.check import check_docx
    from docgen.importdocx import import_docx, write_imported

    with tempfile.TemporaryDirectory() as temporary:
        target = Path(temporary) / "plans" / (Path(name).stem + ".toml")
        target.parent.mkdir(parents=True, exist_ok=True)
        imported = import_docx(source, name, target)
        write_imported(imported, target, force=True)
        if edit is not None:
            target.write_text(edit(imported.text), encoding="utf-8")
        rebuilt = build(target).docx
    errors = [f for f in check_docx(rebuilt, "rebuilt") if f.severity == "error"]
    named = {index for note in imported.notes for index in note.sources}
    return RoundTrip(imported.text, imported.notes, rebuilt, errors, compare(source, rebuilt, named))
