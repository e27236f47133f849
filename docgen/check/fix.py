"""Safe fixes: a copy of a .docx where what can be put right without touching a word is put right — A4 paper,
margins within the decree's ranges, a page number centred in the header and hidden on page 1, Times New Roman and
13–14 pt in the body text. The text is never changed (no run added to or taken from the body, only properties);
``docgen check --fix`` then checks the copy and lists what is left for the clerk.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

from docgen import nd30
from docgen.check import messages
from docgen.errors import DocgenError
from docgen.read.document import open_document
from docgen.read.locate import locate
from docgen.render.package import normalise

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_LEFT_OUT = (f"{_W}txbxContent", "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback")
A4_TWIPS = (11906, 16838)
TWIPS_PER_MM = 1440 / 25.4
MARGIN_RANGES_MM = {"top": (20, 25), "bottom": (20, 25), "left": (30, 35), "right": (15, 20)}
BODY_PT = 14
PAGE_NUMBER_PT = 14
FONT = "Times New Roman"
SYMBOL_FONTS = ("symbol", "wingdings", "webdings")  # bullets drawn from a symbol font keep it


def fixed(source: bytes) -> tuple[bytes, list[str]]:
    """Return the fixed copy of the .docx ``source`` and, in the clerk's words, what was fixed."""
    import docx

    try:
        document = docx.Document(io.BytesIO(source))
    except Exception as error:  # python-docx cannot open it (Strict OOXML …)
        raise DocgenError.single(messages.ANNOTATE_UNREADABLE.format(reason=type(error).__name__)) from None
    done = [*_paper_and_margins(document), *_page_number(document), *_body_text(document, source)]
    out = io.BytesIO()
    document.save(out)
    return normalise(out.getvalue(), None), done  # fixed zip order and times: the same input, the same copy


def _paper_and_margins(document) -> Iterator[str]:
    from docx.shared import Twips

    paper, margins = False, False
    for section in document.sections:
        width, height = section.page_width or 0, section.page_height or 0
        landscape = width > height
        target = (A4_TWIPS[1], A4_TWIPS[0]) if landscape else A4_TWIPS
        if abs(Twips(target[0]) - width) > Twips(20) or abs(Twips(target[1]) - height) > Twips(20):
            section.page_width, section.page_height = Twips(target[0]), Twips(target[1])
            paper = True
        ranges = MARGIN_RANGES_MM
        if landscape:  # a landscape page keeps the portrait margins turned with it (binding side at the top)
            if _fits_turned(section):
                continue
            ranges = {TURNED[side]: allowed for side, allowed in MARGIN_RANGES_MM.items()}
        for side, (low, high) in ranges.items():
            name = f"{side}_margin"
            value = getattr(section, name)
            mm = (value or 0) / 36000
            if value is None or not low - 0.05 <= mm <= high + 0.05:
                setattr(section, name, Twips(round(min(max(mm, low), high) * TWIPS_PER_MM)))
                margins = True
    if paper:
        yield messages.FIXED_PAPER
    if margins:
        yield messages.FIXED_MARGINS


TURNED = {"left": "top", "top": "right", "right": "bottom", "bottom": "left"}  # portrait side → landscape side
TURNED_BACK = {"left": "bottom", "bottom": "right", "right": "top", "top": "left"}  # turned the other way


def _fits_turned(section) -> bool:
    """True when a landscape section's margins are the portrait ones turned a quarter either way."""
    mm = {side: (getattr(section, f"{side}_margin") or 0) / 36000 for side in MARGIN_RANGES_MM}
    return any(all(low - 0.05 <= mm[turn[side]] <= high + 0.05 for side, (low, high) in MARGIN_RANGES_MM.items())
               for turn in (TURNED, TURNED_BACK))


def _page_number(document) -> Iterator[str]:
    """A PAGE field centred at the top of every page but the first: added to the first section's header when
    no header shows one, formatted when one does; a page number in a footer is taken out (the field only)."""
    first = document.sections[0]
    changed = False
    if not first.different_first_page_header_footer:
        first.different_first_page_header_footer = True
        changed = True
    for section in document.sections:
        for footer in (section.footer, section.first_page_footer, section.even_page_footer):
            if not footer.is_linked_to_previous and _drop_page_fields(footer._element):
                changed = True
    header = first.header
    from docx.text.paragraph import Paragraph

    fields = [Paragraph(p, header) for p in header._element.iter(f"{_W}p") if _has_page_field(p)]  # in a content
    if not fields:  # control too (a page-number gallery block puts it there)
        paragraph = header.add_paragraph() if header.paragraphs and header.paragraphs[-1].text.strip() \
            else (header.paragraphs[-1] if header.paragraphs else header.add_paragraph())
        _add_page_field(paragraph)
        fields, changed = [paragraph], True
    for paragraph in fields:
        changed |= _format_page_number(paragraph)
    if changed:
        yield messages.FIXED_PAGE_NUMBER


def _has_page_field(p) -> bool:
    instructions = [e.get(f"{_W}instr") or "" for e in p.iter(f"{_W}fldSimple")]
    instructions += [e.text or "" for e in p.iter(f"{_W}instrText")]
    return any("PAGE" in i.upper() and "NUMPAGES" not in i.upper() for i in instructions)


def _drop_page_fields(element) -> bool:
    """Remove the PAGE fields (simple and complex) of a footer: fields only, no typed text."""
    dropped = False
    for simple in list(element.iter(f"{_W}fldSimple")):
        if "PAGE" in (simple.get(f"{_W}instr") or "").upper():
            simple.getparent().remove(simple)
            dropped = True
    for p in list(element.iter(f"{_W}p")):
        if not _has_page_field(p):
            continue
        inside = False
        for run in list(p.iter(f"{_W}r")):
            kinds = [c.get(f"{_W}fldCharType") for c in run.iter(f"{_W}fldChar")]
            if "begin" in kinds:
                inside = True
            if inside:
                run.getparent().remove(run)
                dropped = True
            if "end" in kinds:
                inside = False
    return dropped


def _add_page_field(paragraph) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "2"), ("end", None)):
        run = paragraph.add_run()
        if kind:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
        elif text == " PAGE ":
            instruction = OxmlElement("w:instrText")
            instruction.set(qn("xml:space"), "preserve")
            instruction.text = text
            run._r.append(instruction)
        else:
            run.text = text


def _format_page_number(paragraph) -> bool:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    changed = paragraph.alignment != WD_ALIGN_PARAGRAPH.CENTER
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for run in paragraph.runs:
        changed |= run.font.size != Pt(PAGE_NUMBER_PT) or run.font.name != FONT or bool(run.font.bold)
        run.font.size, run.font.name, run.font.bold, run.font.italic = Pt(PAGE_NUMBER_PT), FONT, False, False
    return changed


def _body_text(document, source: bytes) -> Iterator[str]:
    """Times New Roman for every run of the text (symbol-font bullets kept), and 13–14 pt for the runs of the
    body text (its paragraphs as the checker reads them: bases, body, texts issued with it)."""
    from docx.shared import Pt

    view = open_document(source)
    parts = locate(view)
    body = {p.index for p in [*parts.bases, *parts.body, *(p for a in parts.attachments for p in a.body)]}
    paragraphs = [p for p in document.element.body.iter(f"{_W}p")
                  if not any(a.tag in _LEFT_OUT for a in p.iterancestors())]
    fonts = sizes = False
    import docx.text.paragraph as paragraph_module

    for index, element in enumerate(paragraphs, start=1):
        for run in paragraph_module.Paragraph(element, document._body).runs:
            name = (run.font.name or "").lower()
            if run.font.name and name != FONT.lower() and not name.startswith(SYMBOL_FONTS):
                run.font.name = FONT
                fonts = True
            if index in body and run.text.strip() and run.font.size is not None \
                    and run.font.size.pt not in nd30.BODY_SIZE:
                run.font.size = Pt(BODY_PT)
                sizes = True
    fonts |= _default_font(document)
    if fonts:
        yield messages.FIXED_FONTS
    if sizes:
        yield messages.FIXED_SIZES


def _default_font(document) -> bool:
    """The document's default and its Normal style in Times New Roman (the text that names no font uses them)."""
    normal = document.styles["Normal"].font
    if normal.name == FONT:
        return False
    normal.name = FONT
    return True
