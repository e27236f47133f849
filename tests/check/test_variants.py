"""Every .docx a real office produces is read without a traceback, each variant with the finding (or clean
pass) it must give: see ``variants.py`` for how each is made."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from docgen.check import check_docx
from docgen.cli import main
from docgen.read.document import open_document
from tests.check import variants
from tests.check.helpers import judged

# variant → the rules it must fire (an empty set: a clean pass).
EXPECTED = {
    "clean": set(),
    # The last section (appendix II) lost its sectPr: its paper and margins cannot be judged, said as such; with
    # no page-number restart or "different first page" of its own, its pages run on and its first page is numbered.
    "no_body_section": {"page-setup-unknown", "appendix-page-numbering", "page-number-first-page"},
    # No section at all: paper and margins cannot be judged (said as such), no header is referenced (no page
    # numbers), and the appendices are not apart.
    "no_section_at_all": {"page-setup-unknown", "page-number-missing", "appendix-page-numbering"},
    "no_styles": set(),  # every run carries its own formatting
    "no_numbering": set(),
    "no_settings": set(),
    "no_theme": set(),
    "no_headers": {"page-number-missing"},  # the references point at parts that are gone
    "shared_header": set(),
    "text_box": set(),  # a text box's text is not the paragraph's
    # Present, in a text box: said once each, as not judged (not as missing).
    "top_block_in_text_box": {"element-missing"},
    # Still an administrative document (not a form): each element found in a box said once, nothing else judged.
    "whole_top_block_in_text_boxes": {"element-missing"},
    "strict_ooxml": set(),  # Word's Strict Open XML: read as the usual vocabulary, judged the same
    "fields": set(),
    "content_controls": set(),
    "tracked_changes_and_comments": {"revisions-left"},  # deleted text is not shown, inserted text is; said once
    "nested_tables": set(),
    "libreoffice_like": set(),
    "google_docs_like": set(),
    "wps_like": set(),
    "empty_body": {"no-text"},  # nothing to judge, said once
}


def test_every_variant_has_an_expectation():
    assert set(EXPECTED) == set(variants.VARIANTS)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_variant_gives_its_findings(name):
    findings = judged(check_docx(variants.VARIANTS[name](), name=name))  # no rule raised instead of judging
    assert {f.rule_id for f in findings} == EXPECTED[name], [(f.rule_id, f.where, f.found) for f in findings]


def test_tracked_changes_show_inserted_text_and_hide_deleted_text():
    view = open_document(variants.tracked_changes_and_comments())
    anchor = next(p for p in view.paragraphs if variants.ANCHOR in p.text)
    assert anchor.text.endswith(" thêm ý kiến") and "bỏ" not in anchor.text


def test_an_element_in_a_text_box_is_said_to_be_there_and_not_judged():
    findings = check_docx(variants.top_block_in_text_box(), name="box")
    assert [(f.expected.split(" «")[0], f.found) for f in findings] == [
        ("Quốc hiệu", "trong khung văn bản (text box)"), ("Tiêu ngữ", "trong khung văn bản (text box)")]
    assert all(f.where.startswith("khung văn bản (text box) «") for f in findings)
    assert all("chưa kiểm tra vị trí và định dạng" in f.message for f in findings)
    view = open_document(variants.top_block_in_text_box())
    assert [[p.text for p in box] for box in view.text_boxes] == [[variants.NATIONAL_NAME, variants.MOTTO]]  # once
    assert variants.NATIONAL_NAME not in {p.text for p in view.paragraphs}


def test_a_top_block_in_text_boxes_is_still_an_administrative_document():
    from docgen.check import messages

    findings = check_docx(variants.whole_top_block_in_text_boxes(), name="boxes")
    expected = [messages.ELEMENTS[name] for name in ("national_name", "motto", "issuer", "number", "place_date")]
    assert [f.expected for f in findings] == expected, [(f.expected, f.found, f.where) for f in findings]
    assert {f.found for f in findings} == {"trong khung văn bản (text box)"}
    # no line of the text is taken for the date ("Căn cứ Kế hoạch số 211/KH-UBND ngày 15 tháng 6 …")


def test_text_box_and_fields_keep_the_paragraph_text():
    box = next(p for p in open_document(variants.text_box()).paragraphs if variants.ANCHOR in p.text)
    assert box.text == variants.ANCHOR
    fields = next(p for p in open_document(variants.fields()).paragraphs if variants.ANCHOR in p.text)
    assert fields.text == variants.ANCHOR + " 05/01/2023 3"


def test_wps_main_part_under_another_name_is_found():
    assert any(variants.ANCHOR in p.text for p in open_document(variants.wps_like()).paragraphs)


def test_no_section_at_all_is_checked_from_the_command_line(tmp_path):
    path = tmp_path / "khong-section.docx"
    path.write_bytes(variants.no_section_at_all())
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 1 and "Traceback" not in result.output
