"""How chapters, articles and titled khoản are written (ND30 Phụ lục I, mục II.6.đ): "Chương I" on its own line
with a Roman numeral, "Điều 1." with a full stop and the paragraph indent, a khoản with a title on its own line in
bold. Real documents type "CHƯƠNG 1: NHỮNG QUY ĐỊNH CHUNG", "Điều 15:" and a regular "1. Về …" line: these are
new checks whose precision rests on few documents, so they are warnings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from docgen import nd30, vnformat
from docgen.check import messages as m
from docgen.check.finding import WARNING, Issue
from docgen.check.rules.base import rule
from docgen.check.rules.common import Look, look_issues
from docgen.read import patterns
from docgen.read.document import DocumentView, Paragraph
from docgen.read.parts import TYPED, Parts, whole
from docgen.read.text import fold, squash

# folded: "chương 1: những quy định chung", "phần ii. …", "chương iii" (the word, a number, maybe the title)
DIVISION_LINE = re.compile(r"^(phần|chương)\s+(\d+|[ivxlc]+)\b\s*[:.–-]?\s*(.*)$")
ARTICLE_LINE = re.compile(r"^điều\s+\d+(?P<mark>\s*[:;,]|\s+\.)")  # folded: "điều 15:", "điều 4 ."
TITLE_MAX = 100  # characters: a numbered line this short with no closing punctuation is a khoản's title
TITLE_WORDS = re.compile(r"^\d+\.\s*(về|đối với|kết quả|tình hình|nội dung|công tác)\b")  # folded


def _texts(parts: Parts) -> list[Paragraph]:
    return parts.body + [p for attached in parts.attachments for p in attached.body]


@rule("division-form", WARNING, "Phụ lục I, mục II.6.đ")
def division_form(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """"Phần", "Chương" and a Roman numeral stand alone on their line ("Chương I"); the title goes on the next."""
    for paragraph in _texts(parts):
        found = DIVISION_LINE.match(fold(squash(paragraph.text)))
        if found is None:
            continue
        word, number, title = found.groups()
        if number.isdigit() or title:
            roman = vnformat.roman(int(number)) if number.isdigit() else number.upper()
            yield Issue(paragraph.place, squash(paragraph.text), f"{word.capitalize()} {roman}")


@rule("article-form", WARNING, "Phụ lục I, mục II.6.đ")
def article_form(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """"Điều 1." has a full stop right after its number (not ":"), and its line takes the paragraph indent
    (1 cm or 1.27 cm) like the body."""
    for paragraph in _texts(parts):
        text = squash(paragraph.text)
        folded = fold(text)
        if not patterns.ARTICLE.match(folded):
            continue
        if ARTICLE_LINE.match(folded):
            yield Issue(paragraph.place, text[:20], "Điều …. (dấu chấm ngay sau số)", variant="mark")
        elif paragraph.fmt.left_mm.value < 1 and all(
                abs(paragraph.fmt.first_line_mm.value - x) > nd30.INDENT_TOLERANCE_MM
                for x in nd30.FIRST_LINE_INDENTS_MM) and not paragraph.text.startswith("\t"):
            yield Issue(paragraph.place, f"thụt dòng đầu {paragraph.fmt.first_line_mm.value:.0f} mm".replace(".", ","),
                        "thụt dòng đầu 10 hoặc 12,7 mm", variant="indent")


ARTICLE_WORD = re.compile(r"^\s*Điều\s+\d+", re.IGNORECASE)  # "Điều 1": the word and number printed in bold (its
# full stop in either weight)
DECIDES = Look(nd30.DOC_TYPE_SIZE, bold=True, italic=False, align=("center",))


@rule("article-word-format", WARNING, "Phụ lục I, mục II.6.đ; Phụ lục III, mẫu 1.4")
def article_word_format(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """ "Điều 1." — the word "Điều" and its number — is bold, as in the decree's templates."""
    for paragraph in _texts(parts):
        head = ARTICLE_WORD.match(paragraph.text)
        if head is None:
            continue
        seen, regular = 0, False
        for run in paragraph.runs:
            if seen >= head.end():
                break
            regular = regular or (bool(run.text.strip()) and not run.fmt.bold.value)
            seen += len(run.text)
        if regular:
            words = squash(head.group(0))
            yield Issue(paragraph.place, f"«{words}» {m.NOT_BOLD}", f"«{words}» {m.BOLD}")


@rule("decides-line-format", WARNING, "Phụ lục III, mẫu 1.4", genres=(TYPED,))
def decides_line_format(view: DocumentView, parts: Parts) -> list[Issue]:
    """The line "QUYẾT ĐỊNH:" above the articles is bold, upright, 13–14 pt and centred, as in Mẫu 1.4."""
    return look_issues((whole(p) for p in parts.enacting[:1]), DECIDES)


@rule("khoan-title", WARNING, "Phụ lục I, mục II.6.đ; mục V, dòng 6b")
def khoan_title(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """A khoản with a title ("1. Về nội dung thông báo") has number and title on their own line, in bold."""
    for paragraph in _texts(parts):
        text = squash(paragraph.text)
        runs = paragraph.visible_runs
        if not runs or all(run.fmt.bold.value for run in runs) or len(text) > TITLE_MAX:
            continue
        if TITLE_WORDS.match(fold(text)) and not text.rstrip().endswith((".", ";", ":", ",")):
            yield Issue(paragraph.place, "không đậm", "số và tên khoản in đậm, trên một dòng riêng")
