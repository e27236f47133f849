"""``docgen check-template``: find what breaks a Word template before a plan is built with it.

A clerk edits the template in Word or LibreOffice, which can split a tag over several runs, turn its
quotes into “smart” quotes, or lose a closing tag. Each tag is read where it sits (a paragraph, or a table
cell), then all the tags are put together, one a line, and read by Jinja: so an unknown name or an unclosed
block is reported at the tag where it is. A template without such faults is then rendered once with a
sample plan (the starter plan of ``docgen init``) and the result goes through the Decree 30 checker.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.opc.exceptions import PackageNotFoundError
from jinja2 import TemplateSyntaxError, meta

from docgen import messages as m
from docgen.errors import DocgenError
from docgen.read.package import Unreadable, vetted_file
from docgen.render.parts import PART_TAG

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TAG = re.compile(r"\{[{%#].*?[}%#]\}")
_OPENED = re.compile(r"\{[{%](?!.*?[}%]\})")
_KIND = re.compile(r"^\{([{%])(p|tr|tc|r)?\s")
_SMART = "“”‘’„«»"
_BLOCKS = ("for", "if", "with", "macro", "call", "filter", "block")


@dataclass(frozen=True)
class Issue:
    """One fault in the template: where (paragraph or table cell), what, and how bad."""

    where: str
    message: str
    severity: str = "error"  # "error": the template cannot be used; "warning": it works but should be fixed


@dataclass(frozen=True)
class _Tag:
    text: str
    where: str


def check_template(path: Path) -> tuple[list[Issue], list]:
    """Return the template's faults and, when it has none, the Decree 30 findings on a sample document."""
    document = _open(path)
    issues, tags = [], []
    for where, paragraph in _paragraphs(document):
        found, problems = _read_tags(paragraph, where)
        tags += found
        issues += problems
    if not any(issue.severity == "error" for issue in issues):  # a broken tag would only be reported twice
        issues += _check_jinja(tags)
    if any(issue.severity == "error" for issue in issues):
        return issues, []
    try:
        return issues, _render_sample(path)
    except DocgenError as error:
        return issues + [Issue("", p.message) for p in error.problems], []


def _open(path: Path):
    try:
        return docx.Document(io.BytesIO(vetted_file(path)))  # a user's file: vetted first
    except (PackageNotFoundError, KeyError, ValueError, OSError, Unreadable, zipfile.BadZipFile):
        raise DocgenError.single(m.TEMPLATE_NOT_DOCX, file=str(path)) from None


def _paragraphs(document):
    """Yield (where, paragraph element) for the body's paragraphs and every table cell's, in order."""
    paragraph_number = table_number = 0
    for child in document.element.body.iterchildren():
        if child.tag == f"{_W}p":
            paragraph_number += 1
            yield m.TPL_PARAGRAPH.format(number=paragraph_number), child
        elif child.tag == f"{_W}tbl":
            table_number += 1
            for row_number, row in enumerate(child.iterchildren(f"{_W}tr"), start=1):
                for cell_number, cell in enumerate(row.iterchildren(f"{_W}tc"), start=1):
                    where = m.TPL_CELL.format(table=table_number, row=row_number, cell=cell_number)
                    for paragraph in cell.iter(f"{_W}p"):
                        yield where, paragraph


def _read_tags(paragraph, where: str) -> tuple[list[_Tag], list[Issue]]:
    """Return the paragraph's tags and the faults seen in them: split runs, smart quotes, no closing."""
    runs = [("".join(t.text or "" for t in run.iter(f"{_W}t"))) for run in paragraph.iter(f"{_W}r")]
    owner = [index for index, text in enumerate(runs) for _ in text]
    text = "".join(runs)
    tags, issues = [], []
    for match in _TAG.finditer(text):
        tag = match.group()
        if not PART_TAG.match(tag):  # a part is put in before rendering; Jinja never sees its tag
            tags.append(_Tag(tag, where))
        start, end = match.span()
        if owner[start] != owner[start + 1] or owner[end - 2] != owner[end - 1]:
            issues.append(Issue(where, m.TPL_SPLIT_DELIMITER.format(tag=tag)))
        elif len(set(owner[start:end])) > 1:
            issues.append(Issue(where, m.TPL_SPLIT.format(tag=tag), "warning"))
        if any(quote in tag for quote in _SMART):
            issues.append(Issue(where, m.TPL_SMART_QUOTES.format(tag=tag)))
    rest = _TAG.sub("", text)
    if opened := _OPENED.search(rest):
        issues.append(Issue(where, m.TPL_UNCLOSED_TAG.format(text=rest[opened.start():][:40])))
    return tags, issues


def _check_jinja(tags: list[_Tag]) -> list[Issue]:
    """Read all tags together: blocks opened and closed in order, Jinja syntax, names the context has."""
    issues = _check_blocks(tags)
    if issues:
        return issues
    source = "\n".join(_plain_jinja(tag.text) for tag in tags)
    from docgen.render.docx import _environment

    try:
        tree = _environment().parse(source)
    except TemplateSyntaxError as error:
        tag = tags[min(max(error.lineno - 1, 0), len(tags) - 1)] if tags else _Tag("", "")
        return [Issue(tag.where, m.TPL_SYNTAX.format(tag=tag.text, detail=error.message))]
    known = set(_sample_context()) | {"loop"}
    for name in sorted(meta.find_undeclared_variables(tree) - known):
        tag = next(t for t in tags if re.search(rf"\b{re.escape(name)}\b", t.text))
        issues.append(Issue(tag.where, m.TEMPLATE_UNKNOWN_TAG.format(name=name) + f" ({tag.text})"))
    return issues


def _check_blocks(tags: list[_Tag]) -> list[Issue]:
    opened: list[tuple[str, _Tag]] = []
    issues = []
    for tag in tags:
        words = _plain_jinja(tag.text).strip("{}%- ").split()
        word = words[0] if words else ""
        if word in _BLOCKS:
            opened.append((word, tag))
        elif word.startswith("end") and word[3:] in _BLOCKS:
            if not opened or opened[-1][0] != word[3:]:
                issues.append(Issue(tag.where, m.TPL_CLOSE_WITHOUT_OPEN.format(tag=tag.text)))
                continue
            opened.pop()
    issues += [Issue(tag.where, m.TPL_BLOCK_NOT_CLOSED.format(tag=tag.text, end="end" + word)) for word, tag in opened]
    return issues


def _plain_jinja(tag: str) -> str:
    """Return the tag as plain Jinja: docxtpl's ``{%p``, ``{%tr``, ``{{r`` … lose their letter."""
    return _KIND.sub(lambda match: "{" + match.group(1) + " ", tag)


def _sample_plan():
    """Return docgen init's starter plan for a sample commune, its values taken as confirmed."""
    import tomlkit

    from docgen.plan.load import parse_plan
    from docgen.workspace import starter_plan

    document = tomlkit.parse(starter_plan("Xã Mẫu Sơn", "Thái Nguyên", 2026))
    document.pop("confirm", None)
    return parse_plan(tomlkit.dumps(document), Path("plans/mau.toml"))


def _sample_context() -> dict:
    from docgen.build import prepare
    from docgen.render.context import make_context

    plan, lines = _sample_plan()
    plan, results = prepare(plan, lines, Path("plans/mau.toml"))
    return make_context(plan, results)


def _render_sample(path: Path) -> list:
    from docgen.build import prepare
    from docgen.check import check_docx
    from docgen.render.context import make_context
    from docgen.render.docx import render
    from docgen.render.package import normalise

    plan, lines = _sample_plan()
    plan, results = prepare(plan, lines, Path("plans/mau.toml"))
    package = render(path, make_context(plan, results), plan)
    return check_docx(normalise(package, plan.document.date), name=str(path))
