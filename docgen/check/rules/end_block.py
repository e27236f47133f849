"""The end block: the signature on the right, "Nơi nhận:" and its list on the left (ND30 Phụ lục I, mục
II.7 and II.9; Điều 13 for the signing prefixes)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from itertools import pairwise

from docgen import nd30
from docgen.check import messages as m
from docgen.check.finding import ERROR, WARNING, Issue
from docgen.check.rules.base import rule
from docgen.check.rules.common import Look, look_issues
from docgen.nd30 import COLLECTIVE_BODIES, RECIPIENT_END, RECIPIENT_MARK, RECIPIENTS_LABEL, RECIPIENTS_LAST_END
from docgen.read import patterns
from docgen.read.document import DocumentView
from docgen.read.parts import Parts, Span
from docgen.read.text import fold, matches, squash

CENTRED, LEFT = ("center",), ("left", "justify")
SIGNATURE = Look(nd30.SIGNATURE_SIZE, bold=True, italic=False, case="upper", align=CENTRED)
SIGNER = Look(nd30.SIGNATURE_SIZE, bold=True, italic=False, case="lower", align=CENTRED)
RECIPIENTS_LABEL_LOOK = Look(nd30.RECIPIENTS_LABEL_SIZE, bold=True, italic=True, align=LEFT)
RECIPIENT = Look(nd30.RECIPIENTS_SIZE, bold=False, italic=False, align=LEFT)
DASHES = (RECIPIENT_MARK, "–")  # Word turns "- " into an en dash as it formats a list: both read as a dash
ARCHIVE = re.compile(r"^[-–]?\s*lưu\s*:\s*vt\b")  # folded: "- Lưu: VT, …"


@rule("signature-prefix", ERROR, "Phụ lục I, mục II.7.b; Điều 13")
def signature_prefix(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """Signing authority is written "TM.", "KT.", "Q.", "TL." or "TUQ.": capitals and a full stop; a deputy
    signing for the head writes "KT." above the head's title (a reminder: who signs is the body's to say)."""
    for span in parts.signature_lines:
        found, prefix = patterns.SIGNING.match(span.text), _prefix(span.text)
        if found and not span.text.startswith(f"{prefix} "):
            yield Issue(span.place, span.text, f"{prefix} {span.text[found.end() - 1:].strip()}")
    yield from _deputy_for_head(parts)
    yield from _deputy_without_title(parts)


DEPUTY = re.compile(r"^(phó\s+(?P<head>\S.*)|thứ trưởng\b.*)$")  # folded: "PHÓ VỤ TRƯỞNG", "THỨ TRƯỞNG"


def _deputy_for_head(parts: Parts) -> Iterator[Issue]:
    """A deputy signs for the head of their own unit "KT. VỤ TRƯỞNG / PHÓ VỤ TRƯỞNG" (Điều 13.1): not "TL." (by
    order, for the head of a sub-unit), and not a deputy's title alone. Said only where it is certain: the title
    under "TL." is the deputy of the very title it names, or the only signing line is a deputy's title."""
    lines = parts.signature_lines
    for above, below in pairwise(lines):
        deputy = matches(DEPUTY, below.folded)
        head = above.text[len("TL."):].strip() if _prefix(above.text) == "TL." else ""
        if deputy and deputy["head"] and head and fold(head) == deputy["head"].strip():
            yield Issue(above.place, above.text, f"KT. {head}", variant="tl-deputy", severity=WARNING)
    if len(lines) == 1 and not _prefix(lines[0].text) and _on_behalf(parts) is None:
        deputy = matches(DEPUTY, lines[0].folded)
        if deputy:
            head = squash(lines[0].text)[len("PHÓ "):] if deputy["head"] else "BỘ TRƯỞNG"
            yield Issue(lines[0].place, lines[0].text, f"KT. {head.upper()} / {lines[0].text}",
                        variant="deputy", severity=WARNING)


def _deputy_without_title(parts: Parts) -> Iterator[Issue]:
    """A deputy who signs "KT. CHỦ TỊCH" writes their own title under it ("PHÓ CHỦ TỊCH", Phụ lục I, II.7.a): a
    "KT." line that is the last of the signature lacks it (a reminder: its precision is not shown)."""
    last = parts.signature_lines[-1] if parts.signature_lines else None
    found = patterns.SIGNING.match(last.text) if last is not None else None
    if last is not None and found and _prefix(last.text) == "KT." and "\n" not in last.text:
        head = squash(last.text[found.end() - 1:]).upper()
        deputy = "THỨ TRƯỞNG" if fold(head) == "bộ trưởng" else f"PHÓ {head}"
        yield Issue(last.place, last.text, f"{last.text} / {deputy}", variant="kt-title", severity=WARNING)


@rule("signature-on-behalf", WARNING, "Điều 13.2; Phụ lục I, mục II.7.b")
def signature_on_behalf(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """A People's Committee works collectively: a document it issues as the committee is signed "TM. ỦY BAN
    NHÂN DÂN" (then "KT. CHỦ TỊCH" for a deputy). But a document of its chairman (a decision with the authority
    line "CHỦ TỊCH ỦY BAN NHÂN DÂN …", a công văn or plan giving the chairman's own instructions) is rightly signed
    "CHỦ TỊCH", "KT. CHỦ TỊCH" or "Q. CHỦ TỊCH", and "TL." and "TUQ." sign by the head's order (Điều 13.1). Who
    signs is decided by the body, not read from the form: this is only a reminder, and never when the chairman's
    title is signed, since following it would change who signs."""
    body = _on_behalf(parts)
    if body is not None:
        first = parts.signature_lines[0]
        yield Issue(first.place, first.text, f"{nd30.SIGNING_PREFIXES[0]} {body}")


def _on_behalf(parts: Parts) -> str | None:
    """Return the collective body whose "TM." line the signature may lack (the reminder), or None."""
    issuer = fold(" ".join(span.text for span in parts.issuer_lines))
    body = next((name for name in COLLECTIVE_BODIES if fold(name) in issuer), None)
    prefixes = {_prefix(s.text) for s in parts.signature_lines}
    if not body or not parts.signature_lines or parts.authority or prefixes & {"TM.", "TL.", "TUQ."}:
        return None
    if any(CHAIR_TITLE.match(fold(span.text)) or IN_PERSON.match(fold(span.text)) for span in parts.signature_lines):
        return None
    return body


CHAIR_TITLE = re.compile(r"^((kt|q)\.\s*)?chủ tịch\b")  # folded: "CHỦ TỊCH", "KT. CHỦ TỊCH", "Q. CHỦ TỊCH"
# folded: a decision made in person under a specialised law, whose form signs "NGƯỜI RA QUYẾT ĐỊNH" (a penalty
# or its enforcement, Luật Xử lý vi phạm hành chính): the chairman decides alone, never "TM." the committee
IN_PERSON = re.compile(r"^người ra quyết định\b")


def _prefix(text: str) -> str | None:
    """Return the signing prefix a line starts with, written properly (``T/M`` → ``TM.``), or None."""
    found = patterns.SIGNING.match(text)
    return re.sub(r"[^A-Z]", "", found.group(1)) + "." if found else None


@rule("signature-format", ERROR, "Phụ lục I, mục II.7.đ")
def signature_format(view: DocumentView, parts: Parts) -> list[Issue]:
    """Authority and position lines are upper case, 13–14 pt, bold, upright, centred."""
    return look_issues(parts.signature_lines, SIGNATURE)


@rule("signer-format", WARNING, "Phụ lục I, mục II.7.đ")
def signer_format(view: DocumentView, parts: Parts) -> list[Issue]:
    """The signer's name is in lower case with capitals, 13–14 pt, bold, upright, centred. A name typed under the
    signature table is put under its column with spaces or indents: its alignment says nothing, and is not judged."""
    under_table = parts.signer is not None and parts.signer.paragraph.cell is None and bool(parts.end_tables)
    return look_issues([parts.signer], replace(SIGNER, align=()) if under_table else SIGNER)


@rule("recipients-label-format", ERROR, "Phụ lục I, mục II.9.d")
def recipients_label_format(view: DocumentView, parts: Parts) -> list[Issue]:
    """ "Nơi nhận:" is 12 pt, bold italic, at the left margin."""
    return look_issues([parts.recipients_label], RECIPIENTS_LABEL_LOOK)


@rule("recipients-format", ERROR, "Phụ lục I, mục II.9.d")
def recipients_format(view: DocumentView, parts: Parts) -> list[Issue]:
    """Recipients are listed in 11 pt, upright, not bold, at the left margin."""
    return look_issues(parts.recipients, RECIPIENT)


@rule("recipients-punctuation", ERROR, "Phụ lục I, mục II.9.d")
def recipients_punctuation(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """ "Nơi nhận:" has its colon; each recipient line starts with "-" and ends with ";", the last with "."."""
    label = parts.recipients_label
    if label is not None and squash(label.text) != RECIPIENTS_LABEL:
        yield Issue(label.place, label.text, RECIPIENTS_LABEL)
    for position, span in enumerate(parts.recipients, start=1):
        end = RECIPIENTS_LAST_END if position == len(parts.recipients) else RECIPIENT_END
        issue = _punctuation(span, end)
        if issue:
            yield issue


def _punctuation(span: Span, end: str) -> Issue | None:
    text = span.text.strip()
    found, expected = [], []
    if not text.startswith(DASHES):
        found.append(m.STARTS_WITH.format(mark=text[:1]))
        expected.append(m.STARTS_WITH.format(mark=RECIPIENT_MARK))
    if not text.endswith(end) and not patterns.TRAILING_SLOT.search(text):  # a slot: its end is still to come
        found.append(m.ENDS_WITH.format(mark=text[-1:]))
        expected.append(m.ENDS_WITH.format(mark=end))
    return Issue(span.place, m.JOIN.join(found), m.JOIN.join(expected)) if found else None


@rule("recipients-archive", ERROR, "Phụ lục I, mục II.9.d")
def recipients_archive(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """The last recipient line is "- Lưu: VT, <drafting unit>.": the archive, with VT (văn thư) first."""
    if parts.recipients_label is None:
        return
    if not parts.recipients:
        yield Issue(parts.recipients_label.place, m.NOTHING)
        return
    last = parts.recipients[-1]
    if ARCHIVE.match(fold(last.text)) or patterns.ARCHIVE_SLOT.match(fold(last.text)):  # "- Lưu: ……": to fill
        return
    archive = next((s for s in parts.recipients if patterns.ARCHIVE.match(s.folded)), None)
    if archive is not None and archive is not last:
        yield Issue(archive.place, archive.text, variant="not-last")
    else:
        yield Issue((archive or last).place, (archive or last).text)
