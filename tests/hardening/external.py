"""A .docx that makes LibreOffice fetch addresses: a picture whose target is a URL, an INCLUDEPICTURE field
(simple and complex), an INCLUDETEXT field, a linked OLE-like relationship and a remote attached template."""

from __future__ import annotations

import io
import zipfile

import docx

R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
IMAGE = R + "/image"
TEMPLATE = R + "/attachedTemplate"
HYPERLINK = R + "/hyperlink"

_PICTURE = """<w:p><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">
<wp:extent cx="914400" cy="914400"/><wp:docPr id="1" name="Picture 1"/>
<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">
<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">
<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">
<pic:nvPicPr><pic:cNvPr id="1" name="x.png"/><pic:cNvPicPr/></pic:nvPicPr>
<pic:blipFill><a:blip r:link="rIdRemote"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>
<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="914400" cy="914400"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>
</wp:inline></w:drawing></w:r></w:p>"""

_FIELDS = """<w:p><w:fldSimple w:instr=' INCLUDEPICTURE "{base}/simple.png" \\d '><w:r><w:t>ảnh</w:t></w:r>
</w:fldSimple></w:p>
<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> INCLUDEPIC</w:instrText>
</w:r><w:r><w:instrText xml:space="preserve">TURE "{base}/complex.png" \\d </w:instrText></w:r>
<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>ảnh hai</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/>
</w:r></w:p>
<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> INCLUDETEXT
 "{base}/text.docx" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>văn bản</w:t>
</w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
<w:p><w:hyperlink r:id="rIdLink"><w:r><w:t>liên kết</w:t></w:r></w:hyperlink></w:p>
<w:p><w:r><w:t>Nội dung vẫn còn</w:t></w:r></w:p>"""


def fetching_docx(base: str) -> bytes:
    """Return the document; every address it names starts with ``base`` (a local server counting requests)."""
    document = docx.Document()
    document.add_paragraph("Văn bản gửi đến")
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    body = parts["word/document.xml"].decode()
    at = body.index("<w:sectPr")
    parts["word/document.xml"] = (body[:at] + _PICTURE + _FIELDS.format(base=base) + body[at:]).encode()
    rels = parts["word/_rels/document.xml.rels"].decode()
    extra = (f'<Relationship Id="rIdRemote" Type="{IMAGE}" Target="{base}/picture.png" TargetMode="External"/>'
             f'<Relationship Id="rIdLink" Type="{HYPERLINK}" Target="{base}/page.html" TargetMode="External"/>')
    parts["word/_rels/document.xml.rels"] = rels.replace("</Relationships>", extra + "</Relationships>").encode()
    settings = parts["word/settings.xml"].decode()
    at = settings.index(">", settings.index("<w:settings")) + 1
    parts["word/settings.xml"] = (settings[:at] + '<w:attachedTemplate r:id="rIdTemplate"/>' + settings[at:]).encode()
    if 'xmlns:r=' not in parts["word/settings.xml"].decode()[:2000]:
        parts["word/settings.xml"] = parts["word/settings.xml"].replace(
            b"<w:settings ", f'<w:settings xmlns:r="{R}" '.encode(), 1)
    parts["word/_rels/settings.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rIdTemplate" Type="{TEMPLATE}" Target="{base}/template.dotx" TargetMode="External"/>'
        '</Relationships>').encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()
