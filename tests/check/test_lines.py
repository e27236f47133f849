"""The lines under the motto, the issuing body and the summary: borders, shapes or typed underscores."""

from __future__ import annotations

from docx.oxml import parse_xml

from docgen import nd30
from tests.check.helpers import check, only, paragraph

RULES = {"issuer": nd30.ISSUER_RULE_MM, "motto": nd30.MOTTO_RULE_MM, "summary": nd30.SUMMARY_RULE_MM}


def test_no_line_under_the_motto():
    found = only("motto-rule", rules_mm={**RULES, "motto": None})
    assert [(f.where, f.found) for f in found] == [("đoạn 5 (bảng 1, dòng 1, cột 2) «Độc lập - Tự do -…»", "không có")]


def test_no_line_under_the_issuer():
    found = only("issuer-rule", rules_mm={**RULES, "issuer": None})
    assert [f.where for f in found] == ["đoạn 2 (bảng 1, dòng 1, cột 1) «XÃ THỊNH ĐỨC»"]


def test_no_line_under_the_summary():
    found = only("summary-rule", rules_mm={**RULES, "summary": None})
    assert [f.where for f in found] == ["đoạn 10 «Thực hiện Chương trình mục tiêu…»"]


def test_short_motto_line():
    found = only("rule-length", rules_mm={**RULES, "motto": 30})
    assert [(f.severity, f.found, f.expected) for f in found] == [("warning", "dài 30 mm", "dài 57 mm")]
    assert found[0].message.startswith("Đường kẻ dưới Tiêu ngữ")


def test_long_issuer_line():
    found = only("rule-length", rules_mm={**RULES, "issuer": 45})
    assert [(f.where, f.found) for f in found] == [("đoạn 2 (bảng 1, dòng 1, cột 1) «XÃ THỊNH ĐỨC»", "dài 45 mm")]


VML_LINE = ('<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:line from="0,0" to="{pt}pt,0"/></w:pict></w:r>')
DRAWN_LINE = (
    '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><w:drawing><wp:anchor>'
    '<wp:extent cx="{emu}" cy="0"/><a:graphic><a:graphicData><a:prstGeom prst="line"/></a:graphicData>'
    '</a:graphic></wp:anchor></w:drawing></w:r>')


def _shape_under_motto(xml: str):
    def mutate(doc):
        paragraph(doc, "Độc lập")._p.append(parse_xml(xml))
    return mutate


def test_vml_line_counts_as_the_motto_line():
    assert check(rules_mm={**RULES, "motto": None}, mutate=_shape_under_motto(VML_LINE.format(pt=160))) == []


def test_drawing_line_is_measured():
    found = only("rule-length", rules_mm={**RULES, "motto": None},
                 mutate=_shape_under_motto(DRAWN_LINE.format(emu=20 * 36000)))
    assert found[0].found == "dài 20 mm"


def test_typed_underscores_count_as_a_line():
    def underscores(doc):
        paragraph(doc, "Độc lập")._parent.add_paragraph().add_run("_______________").font.name = nd30.FONT

    assert check(rules_mm={**RULES, "motto": None}, mutate=underscores) == []


def test_a_rule_typed_as_hyphens_under_the_issuer_is_a_reminder():
    def hyphens(doc):
        paragraph(doc, "XÃ THỊNH ĐỨC")._parent.add_paragraph().add_run("-------").font.name = nd30.FONT

    found = only("issuer-rule", rules_mm={**RULES, "issuer": None}, mutate=hyphens)
    assert [(f.severity, f.found) for f in found] == [("warning", "dòng gõ bằng dấu gạch «-------» (in ra nét đứt)")]
    assert "nét liền" in found[0].message


def test_a_rule_typed_as_hyphens_under_a_template_slot_is_a_reminder():
    def hyphens(doc):
        paragraph(doc, "{{ ten_co_quan }}").add_run().add_break()
        paragraph(doc, "{{ ten_co_quan }}").add_run("-------")

    found = check(issuer=("{{ ten_co_quan }}",), rules_mm={**RULES, "issuer": None}, mutate=hyphens, appendices=())
    assert [f.found for f in found if f.rule_id == "issuer-rule"] == ["dòng gõ bằng dấu gạch «-------» (in ra nét đứt)"]
