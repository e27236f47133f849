"""The top block: national name, motto and issuing body (ND30 Phụ lục I, mục II.1 and II.2)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from docgen import nd30
from docgen.check.finding import ERROR, WARNING, Issue
from docgen.check.rules.base import rule
from docgen.check.rules.common import Look, look_issues
from docgen.read import patterns
from docgen.read.document import DocumentView
from docgen.read.parts import Parts
from docgen.read.text import fold, matches, new_tones, squash

CENTRED = ("center",)
NATIONAL_NAME = Look(nd30.NATIONAL_NAME_SIZE, bold=True, italic=False, case="upper", align=CENTRED)
MOTTO = Look(nd30.MOTTO_SIZE, bold=True, italic=False, align=CENTRED)
PARENT_BODY = Look(nd30.PARENT_BODY_SIZE, bold=False, italic=False, case="upper", align=CENTRED)
ISSUER = Look(nd30.ISSUER_SIZE, bold=True, italic=False, case="upper", align=CENTRED)


@rule("national-name-text", ERROR, "Phụ lục I, mục II.1.a")
def national_name_text(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """The national name reads exactly "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (either tone placement)."""
    span = parts.national_name
    if span is not None and fold(span.text) != fold(nd30.NATIONAL_NAME):
        yield Issue(span.place, span.text, nd30.NATIONAL_NAME)


@rule("national-name-format", ERROR, "Phụ lục I, mục II.1.a")
def national_name_format(view: DocumentView, parts: Parts) -> list[Issue]:
    """The national name is upper case, 12–13 pt, bold, upright."""
    return look_issues([parts.national_name], NATIONAL_NAME)


@rule("motto-text", ERROR, "Phụ lục I, mục II.1.b")
def motto_text(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """The motto reads "Độc lập - Tự do - Hạnh phúc": capitals as shown, a spaced hyphen between phrases."""
    span = parts.motto
    if span is not None and new_tones(squash(span.text)) != nd30.MOTTO:
        yield Issue(span.place, span.text, nd30.MOTTO)


@rule("motto-format", ERROR, "Phụ lục I, mục II.1.b")
def motto_format(view: DocumentView, parts: Parts) -> list[Issue]:
    """The motto is 13–14 pt, bold, upright, centred under the national name."""
    return look_issues([parts.motto], MOTTO)


@rule("issuer-format", ERROR, "Phụ lục I, mục II.2.b")
def issuer_format(view: DocumentView, parts: Parts) -> list[Issue]:
    """The issuing body is upper case, 12–13 pt, bold, upright; a parent body above it is not bold (a reminder
    when the parent is told only by the unit's name under it, "SỞ …" under a bold "UBND TỈNH …")."""
    parents = look_issues(parts.parent_lines, PARENT_BODY)
    if parts.parent_by_name:
        parents = [replace(issue, severity=WARNING) for issue in parents]
    return parents + look_issues(parts.issuer_lines, ISSUER) + _three_levels(parts)


def _three_levels(parts: Parts) -> list[Issue]:
    """The issuing body and its direct parent only (Phụ lục I, II.2.a): a third body named above them ("UBND QUẬN
    TÂN PHÚ" / "PHÒNG QUẢN LÝ ĐÔ THỊ" / "ĐỘI QUẢN LÝ TTĐT") is a reminder (its precision is not shown)."""
    lines = [*parts.parent_lines, *parts.issuer_lines]
    starts = [i for i, span in enumerate(lines) if i == 0 or matches(patterns.SUBORDINATE_BODY, span.folded)]
    if len(starts) < 3:
        return []
    shown = " / ".join(squash(span.text) for span in lines)
    kept = " / ".join(squash(span.text) for span in lines[starts[-2]:])
    return [Issue(lines[0].place, shown, kept, variant="levels", severity=WARNING)]
