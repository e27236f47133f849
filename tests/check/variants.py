"""Hand-made .docx variants as real offices leave them (point 2 of the robustness work): each takes the clean
plan of ``builder.make_docx`` and changes its package the way Word, LibreOffice, Google Docs or WPS would,
with python-docx, lxml and zipfile surgery. ``tests/check/test_variants.py`` checks what each must give."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable

from tests.check.builder import make_docx

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def entries(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def zipped(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


def edit(data: bytes, name: str, change: Callable[[str], str]) -> bytes:
    parts = entries(data)
    parts[name] = change(parts[name].decode("utf-8")).encode("utf-8")
    return zipped(parts)


def without_part(data: bytes, kind: str) -> bytes:
    """Drop every part whose relationship type ends in ``/kind`` (and its relationship and override)."""
    parts = entries(data)
    rels = parts["word/_rels/document.xml.rels"].decode()
    targets = re.findall(rf'<Relationship [^>]*Type="[^"]*/{kind}"[^>]*/>', rels)
    for rel in targets:
        target = re.search(r'Target="([^"]+)"', rel).group(1)
        parts.pop(f"word/{target}", None)
        rels = rels.replace(rel, "")
        parts["[Content_Types].xml"] = re.sub(rf'<Override PartName="/word/{re.escape(target)}"[^>]*/>', "",
                                              parts["[Content_Types].xml"].decode()).encode()
    parts["word/_rels/document.xml.rels"] = rels.encode()
    return zipped(parts)


def body_xml(data: bytes, change: Callable[[str], str]) -> bytes:
    return edit(data, "word/document.xml", change)


def clean() -> bytes:
    return make_docx()


def no_body_section() -> bytes:
    """The body's own (last) ``w:sectPr`` removed: Word and LibreOffice open it with their default page."""
    def drop_last(xml: str) -> str:
        start = xml.rindex("<w:sectPr")
        return xml[:start] + xml[xml.index("</w:sectPr>", start) + len("</w:sectPr>"):]
    return body_xml(clean(), drop_last)


def no_section_at_all() -> bytes:
    return body_xml(clean(), lambda x: re.sub(r"<w:sectPr\b.*?</w:sectPr>", "", x, flags=re.S))


def no_styles() -> bytes:
    return without_part(clean(), "styles")


def no_numbering() -> bytes:
    return without_part(clean(), "numbering")


def no_settings() -> bytes:
    return without_part(clean(), "settings")


def no_theme() -> bytes:
    return without_part(clean(), "theme")


def no_headers() -> bytes:
    """Header references left in the sections, their parts gone (a damaged or stripped file)."""
    return without_part(clean(), "header")


def shared_header() -> bytes:
    """Every section points at the same header part (what Word's "Link to Previous" writes in some files)."""
    def share(xml: str) -> str:
        ids = re.findall(r'<w:headerReference w:type="default" r:id="([^"]+)"', xml)
        return xml.replace(f'r:id="{ids[-1]}"', f'r:id="{ids[0]}"') if ids else xml
    return body_xml(clean(), share)


ANCHOR = "Tổ chức tuyên truyền trên hệ thống truyền thanh của xã."


def _in_body_paragraph(xml: str, fragment: str, after: bool = False) -> str:
    """Put ``fragment`` at the end of the body paragraph ``ANCHOR`` (or after it, ``after=True``); ``{rpr}`` in
    the fragment becomes that paragraph's run properties, so inserted text is formatted like its neighbours."""
    at = xml.index(ANCHOR)
    start, end = xml.rindex("<w:p>", 0, at), xml.index("</w:p>", at)
    rpr = re.search(r"<w:rPr>.*?</w:rPr>", xml[start:end], flags=re.S)
    fragment = fragment.replace("{rpr}", rpr.group(0) if rpr else "")
    cut = end + len("</w:p>") if after else end
    return xml[:cut] + fragment + xml[cut:]


TEXT_BOX = ('<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
            '<mc:Choice Requires="wps"><w:drawing/></mc:Choice><mc:Fallback><w:pict><v:shape '
            'xmlns:v="urn:schemas-microsoft-com:vml" style="width:100pt;height:20pt"><v:textbox><w:txbxContent>'
            '<w:p><w:r><w:t>Hộp chữ</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
            '</mc:AlternateContent></w:r>')


def text_box() -> bytes:
    return body_xml(clean(), lambda x: _in_body_paragraph(x, TEXT_BOX))


NATIONAL_NAME, MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"
ISSUER, NUMBER, PLACE_DATE = ("ỦY BAN NHÂN DÂN", "XÃ THỊNH ĐỨC"), "Số: 85/KH-UBND", "Thịnh Đức, ngày 24 tháng 10"


def _into_text_boxes(xml: str, boxes: list[list[str]]) -> str:
    """Move the paragraphs holding each group of texts out of their place into a text box of their own (Word
    2010's drawing, with its VML fallback holding the same lines), anchored in the first emptied paragraph."""
    runs = []
    for texts in boxes:
        lines = []
        for text in texts:
            at = xml.index(text)
            start = max(xml.rindex("<w:p>", 0, at), xml.rfind("<w:p ", 0, at))
            end = xml.index("</w:p>", at) + len("</w:p>")
            lines.append(xml[start:end])
            xml = xml[:start] + "<w:p/>" + xml[end:]
        content = "<w:txbxContent>" + "".join(lines) + "</w:txbxContent>"
        runs.append(
            '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor xmlns:wp="http://schemas.'
            'openxmlformats.org/drawingml/2006/wordprocessingDrawing"><a:graphic xmlns:a="http://schemas.openxmlformats'
            '.org/drawingml/2006/main"><a:graphicData><wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/'
            f'2010/wordprocessingShape"><wps:txbx>{content}</wps:txbx></wps:wsp></a:graphicData></a:graphic>'
            '</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:'
            f'vml"><v:textbox>{content}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    first = xml.index("<w:p/>")
    return xml[:first] + "<w:p>" + "".join(runs) + "</w:p>" + xml[first + len("<w:p/>"):]


def top_block_in_text_box() -> bytes:
    """The national name and motto taken out of the top table into a text box: a layout some clerks type."""
    return body_xml(clean(), lambda x: _into_text_boxes(x, [[NATIONAL_NAME, MOTTO]]))


def whole_top_block_in_text_boxes() -> bytes:
    """The whole top block in two text boxes, the issuer and number on the left, the national name, motto and
    place and date on the right; the top table left empty."""
    return body_xml(clean(), lambda x: _into_text_boxes(x, [[*ISSUER, NUMBER], [NATIONAL_NAME, MOTTO, PLACE_DATE]]))


def strict_ooxml() -> bytes:
    """Saved as Word's "Strict Open XML Document": the same parts in the ISO 29500 Strict namespaces."""
    pairs = ((b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
              b"http://purl.oclc.org/ooxml/wordprocessingml/main"),
             (b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
              b"http://purl.oclc.org/ooxml/officeDocument/relationships"))
    source, out = zipfile.ZipFile(io.BytesIO(clean())), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            for usual, strict in pairs:
                data = data.replace(usual, strict)  # relationship types too, as Word writes them
            target.writestr(item, data)
    return out.getvalue()


def fields() -> bytes:
    """A complex field (DATE) and a simple one (NUMPAGES) in the body."""
    field = ('<w:r>{rpr}<w:fldChar w:fldCharType="begin"/></w:r><w:r>{rpr}<w:instrText> DATE \\@ "dd/MM/yyyy" '
             '</w:instrText></w:r><w:r>{rpr}<w:fldChar w:fldCharType="separate"/></w:r><w:r>{rpr}<w:t> 05/01/2023'
             '</w:t></w:r><w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r><w:fldSimple w:instr="NUMPAGES"><w:r>{rpr}'
             '<w:t> 3</w:t></w:r></w:fldSimple>')
    return body_xml(clean(), lambda x: _in_body_paragraph(x, field))


def content_controls() -> bytes:
    """The whole body wrapped in a block content control, and a run-level one."""
    def wrap(xml: str) -> str:
        start, end = xml.index("<w:body>") + len("<w:body>"), xml.rindex("<w:sectPr")
        inner = xml[start:end].replace("<w:r>", "<w:sdt><w:sdtContent><w:r>", 1).replace(
            "</w:r>", "</w:r></w:sdtContent></w:sdt>", 1)
        return xml[:start] + "<w:sdt><w:sdtPr/><w:sdtContent>" + inner + "</w:sdtContent></w:sdt>" + xml[end:]
    return body_xml(clean(), wrap)


def tracked_changes_and_comments() -> bytes:
    change = ('<w:ins w:id="1" w:author="A" w:date="2023-01-05T00:00:00Z"><w:r>{rpr}<w:t xml:space="preserve"> thêm'
              '</w:t></w:r></w:ins><w:del w:id="2" w:author="A" w:date="2023-01-05T00:00:00Z"><w:r>{rpr}<w:delText>'
              'bỏ</w:delText></w:r></w:del><w:commentRangeStart w:id="3"/><w:r>{rpr}<w:t xml:space="preserve"> ý kiến'
              '</w:t></w:r><w:commentRangeEnd w:id="3"/><w:r><w:commentReference w:id="3"/></w:r>')
    data = body_xml(clean(), lambda x: _in_body_paragraph(x, change))
    parts = entries(data)
    parts["word/comments.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments '
                                  f'xmlns:w="{W_NS}"><w:comment w:id="3" w:author="A"><w:p><w:r><w:t>Xem lại'
                                  f'</w:t></w:r></w:p></w:comment></w:comments>').encode()
    return zipped(parts)


def nested_tables() -> bytes:
    nested = ('<w:tbl><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc><w:tbl><w:tblGrid>'
              '<w:gridCol w:w="2000"/></w:tblGrid><w:tr><w:tc><w:p><w:r>{rpr}<w:t>trong</w:t></w:r></w:p></w:tc></w:tr>'
              '</w:tbl><w:p/></w:tc></w:tr></w:tbl>')
    return body_xml(clean(), lambda x: _in_body_paragraph(x, nested, after=True))


def libreoffice_like() -> bytes:
    """LibreOffice's habits: no theme, no numbering, settings and fontTable kept, core properties kept."""
    return without_part(without_part(clean(), "theme"), "numbering")


def google_docs_like() -> bytes:
    """Google Docs' habits: no theme, no settings, no docProps/app.xml, relationships with absolute targets."""
    parts = entries(without_part(without_part(clean(), "theme"), "settings"))
    parts.pop("docProps/app.xml", None)
    parts["_rels/.rels"] = re.sub(rb'<Relationship [^>]*extended-properties"[^>]*/>', b"", parts["_rels/.rels"])
    parts["_rels/.rels"] = parts["_rels/.rels"].replace(b'Target="word/document.xml"',
                                                        b'Target="/word/document.xml"')
    rels = parts["word/_rels/document.xml.rels"]
    parts["word/_rels/document.xml.rels"] = re.sub(rb'Target="(?!/|http)', b'Target="/word/', rels)
    return zipped(parts)


def wps_like() -> bytes:
    """WPS's habits: the main part under another name, found only through ``_rels/.rels``."""
    parts = entries(clean())
    parts["word/main.xml"] = parts.pop("word/document.xml")
    parts["word/_rels/main.xml.rels"] = parts.pop("word/_rels/document.xml.rels")
    parts["_rels/.rels"] = parts["_rels/.rels"].replace(b"word/document.xml", b"word/main.xml")
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(b"/word/document.xml", b"/word/main.xml")
    return zipped(parts)


def empty_body() -> bytes:
    return body_xml(clean(), lambda x: re.sub(r"<w:body>.*</w:body>", "<w:body/>", x, flags=re.S))


VARIANTS = {f.__name__: f for f in (
    clean, no_body_section, no_section_at_all, no_styles, no_numbering, no_settings, no_theme, no_headers,
    shared_header, text_box, top_block_in_text_box, whole_top_block_in_text_boxes, strict_ooxml, fields,
    content_controls,
    tracked_changes_and_comments, nested_tables, libreoffice_like, google_docs_like, wps_like, empty_body)}
