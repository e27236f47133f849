"""importdocx/outline.py, the structures its other tests do not type: "Phần" divisions, a body without sections,
paragraphs after a list, paragraphs cut in two, orphans, numbering gaps, bullet marks and the closing sentence.
Each test imports a hand-typed .docx and asserts the plan file's body and every note on it (field, kind, the
original's paragraph and the sentence the clerk reads)."""

from __future__ import annotations

from pathlib import Path

from docgen.build import build
from docgen.importdocx import messages as m
from tests.importdocx.test_outline_import import CLOSING, INTRO, body_texts, imported
from tests.importdocx.typed import BOLD, PLAIN, Typed

B, P = BOLD, PLAIN
BODY_FIELDS = ("intro", "sections", "parts")
FIRST = 10  # the original's paragraph index of the first body line (top block, title, summary and basis first)


def _import(body: list[tuple], tmp_path: Path):
    tmp_path.mkdir(parents=True, exist_ok=True)
    result, target, plan = imported(Typed(body=body), tmp_path)
    notes = [(n.field, n.kind, n.sources, n.message) for n in result.notes if n.path[0] in BODY_FIELDS]
    return plan, notes, target


def test_parts_with_titles_text_before_the_first_section_and_an_empty_part(tmp_path):
    body = [(INTRO, P), ("Phần thứ nhất", B), ("KẾT QUẢ NĂM 2022", B), ("I. KẾT QUẢ", B), ("1. Giảm nghèo", B),
            ("- Giảm 5 hộ.", P), ("Phần thứ hai", B), ("NHIỆM VỤ NĂM 2023", B), ("Đoạn mở đầu phần hai.", P),
            ("I. MỤC TIÊU", B), ("1. Mục tiêu chung", B), ("Phần thứ ba", B), (CLOSING, P)]
    plan, notes, target = _import(body, tmp_path)
    assert plan["intro"] == [INTRO] and "sections" not in plan
    assert plan["parts"] == [
        {"title": "KẾT QUẢ NĂM 2022", "sections": [{"title": "KẾT QUẢ", "items": [
            {"title": "Giảm nghèo", "bullets": ["Giảm 5 hộ."]}]}]},
        {"title": "NHIỆM VỤ NĂM 2023", "sections": [{"title": "NHIỆM VỤ NĂM 2023", "text": ["Đoạn mở đầu phần hai."]},
                                                    {"title": "MỤC TIÊU", "items": [{"title": "Mục tiêu chung"}]}]},
        {"title": m.DEFAULT_SECTION_TITLE, "sections": [{"title": m.DEFAULT_SECTION_TITLE, "text": ["…"]}]}]
    assert plan["closing"] == CLOSING.removesuffix("./.")
    assert notes == [("parts[1].sections[0]", "interpreted", (), m.PART_TEXT_AS_SECTION),
                     ("parts[2]", "interpreted", (), m.NO_SECTIONS),
                     ("parts[2]", "interpreted", (), m.PART_TITLE_MISSING)]
    texts = body_texts(build(target).docx)
    assert texts[:8] == [INTRO, "Phần thứ nhất", "KẾT QUẢ NĂM 2022", "I. KẾT QUẢ", "1. Giảm nghèo", "- Giảm 5 hộ.",
                         "Phần thứ hai", "NHIỆM VỤ NĂM 2023"]
    assert "Phần thứ ba" in texts and texts[-1] == CLOSING


def test_sections_before_a_second_part_make_the_first_part(tmp_path):
    body = [("I. KẾT QUẢ", B), ("1. Giảm nghèo", B), ("PHẦN THỨ HAI", B), ("NHIỆM VỤ", B), ("I. MỤC TIÊU", B),
            (CLOSING, P)]
    plan, notes, _ = _import(body, tmp_path)
    assert "intro" not in plan
    assert plan["parts"] == [{"title": m.DEFAULT_SECTION_TITLE, "sections": [
                                 {"title": "KẾT QUẢ", "items": [{"title": "Giảm nghèo"}]}]},
                             {"title": "NHIỆM VỤ", "sections": [{"title": "MỤC TIÊU"}]}]
    assert notes == [("parts[0]", "interpreted", (), m.FIRST_PART_UNWRITTEN.format(line="PHẦN THỨ HAI"))]


def test_sections_before_the_first_part_go_into_it(tmp_path):
    for first in ("Phần thứ nhất", "PHẦN I", "Phần 1"):
        body = [("I. KẾT QUẢ", B), (first, B), ("NHIỆM VỤ", B), ("I. MỤC TIÊU", B), (CLOSING, P)]
        plan, notes, _ = _import(body, tmp_path / first)
        assert plan["parts"] == [{"title": "NHIỆM VỤ", "sections": [{"title": "KẾT QUẢ"}, {"title": "MỤC TIÊU"}]}]
        # a part's line typed another way than docgen prints it is named too (its line's place kept)
        retyped = [] if first == "Phần thứ nhất" else [
            ("parts[0]", "interpreted", (11,), m.PART_LINE_PRINTED.format(written=first, printed="Phần thứ nhất"))]
        assert notes == [*retyped, ("parts[0]", "interpreted", (), m.SECTIONS_BEFORE_PART)], first


def test_a_body_without_sections_keeps_its_first_paragraph_as_the_intro(tmp_path):
    body = [(INTRO, P), ("Đoạn thứ hai.", P), ("Đoạn thứ ba.", P), (CLOSING, P)]
    plan, notes, _ = _import(body, tmp_path)
    assert plan["intro"] == [INTRO]
    assert plan["sections"] == [{"title": m.DEFAULT_SECTION_TITLE, "text": ["Đoạn thứ hai.", "Đoạn thứ ba."]}]
    assert notes == [("sections[0]", "interpreted", (), m.NO_SECTIONS)]
    plan, notes, _ = _import([(INTRO, P), (CLOSING, P)], tmp_path / "alone")
    assert plan["intro"] == [INTRO]
    assert plan["sections"] == [{"title": m.DEFAULT_SECTION_TITLE, "text": ["…"]}]


def test_paragraphs_after_a_list_are_printed_after_it(tmp_path):
    body = [("I. NHIỆM VỤ", B), ("1. Tuyên truyền", B), ("- Họp dân;", P), ("Đoạn sau các ý.", P),
            ("- Ý sau đoạn.", P), ("2. Rà soát", B), ("1.1. Rà soát đầu năm", B), ("Đoạn sau tiểu mục.", P),
            ("II. KINH PHÍ", B), ("1. Ngân sách xã", P), ("2. Nguồn huy động", P), ("Đoạn sau các khoản.", P),
            ("III. KIỂM TRA", B), ("- Ý một;", P), ("Đoạn sau các ý của mục.", P), ("- Ý của đoạn.", P),
            (CLOSING, P)]
    plan, notes, target = _import(body, tmp_path)
    assert plan["sections"] == [
        {"title": "NHIỆM VỤ", "items": [
            {"title": "Tuyên truyền", "bullets": ["Họp dân;"],
             "points": [{"text": ["Đoạn sau các ý."], "numbered": False, "bullets": ["Ý sau đoạn."]}]},
            {"title": "Rà soát", "parts": [{"title": "Rà soát đầu năm", "text": ["Đoạn sau tiểu mục."]}]}]},
        {"title": "KINH PHÍ", "items": [{"text": ["Ngân sách xã"]},
                                        {"title": "Nguồn huy động", "text": ["Đoạn sau các khoản."]}]},
        {"title": "KIỂM TRA", "bullets": ["Ý một;"],
         "items": [{"text": ["Đoạn sau các ý của mục."], "numbered": False, "bullets": ["Ý của đoạn."]}]}]
    # only the part's own number is compared: "1.1." under the second khoản (printed 2.1.) is not noted
    assert notes == []
    texts = body_texts(build(target).docx)
    assert texts[:5] == ["I. NHIỆM VỤ", "1. Tuyên truyền", "- Họp dân;", "Đoạn sau các ý.", "- Ý sau đoạn."]
    assert texts[-4:] == ["- Ý một;", "Đoạn sau các ý của mục.", "- Ý của đoạn.", CLOSING]


def test_a_paragraph_cut_by_a_stray_enter_is_joined_back(tmp_path):
    body = [("I. NHIỆM VỤ", B), ("Các xóm tổ chức rà soát hộ nghèo", P), ("trong tháng 10 hằng năm.", P),
            ("1. Tuyên truyền", B), ("- Họp dân ở các xóm và", P), ("(các) thôn.", P), ("a) Điểm một gồm", P),
            ("“nội dung” tiếp.", P), ("b) Điểm hai:", P), ("còn dòng sau.", P), ("- Ý xong.", P), ("Thường.", P),
            (CLOSING, P)]
    plan, notes, _ = _import(body, tmp_path)
    assert plan["sections"] == [{
        "title": "NHIỆM VỤ", "text": ["Các xóm tổ chức rà soát hộ nghèo trong tháng 10 hằng năm."],
        "items": [{"title": "Tuyên truyền", "bullets": ["Họp dân ở các xóm và (các) thôn."],
                   "points": [{"text": ["Điểm một gồm “nội dung” tiếp."]},
                              {"text": ["Điểm hai:", "còn dòng sau."], "bullets": ["Ý xong."]},
                              {"text": ["Thường."], "numbered": False}]}]}]
    joined = m.PARAGRAPH_JOINED.format
    assert notes == [
        ("sections[0].text", "interpreted", (FIRST + 2,), joined(start="trong tháng 10 hằng năm.")),
        ("sections[0].items[0].bullets", "interpreted", (FIRST + 5,), joined(start="(các) thôn.")),
        ("sections[0].items[0].points[0].text", "interpreted", (FIRST + 7,), joined(start="“nội dung” tiếp."))]


def test_paragraphs_that_fit_nowhere_are_kept_where_they_are(tmp_path):
    body = [(INTRO, P), ("1. Khoản trước mục", B), ("- Ý một.", P), ("Chương II", B), ("I. NHIỆM VỤ", B),
            ("1.1. Tiểu mục lạc", B), ("b) Điểm lạc", P), ("- Ý lạc", P), (CLOSING, P)]
    plan, notes, _ = _import(body, tmp_path)
    assert plan["intro"] == [INTRO]
    assert plan["sections"] == [
        {"title": m.DEFAULT_SECTION_TITLE,
         "items": [{"title": "Khoản trước mục", "bullets": ["Ý một."], "text": ["Chương II"]}]},
        {"title": "NHIỆM VỤ", "text": ["1.1. Tiểu mục lạc", "b) Điểm lạc"], "bullets": ["Ý lạc"]}]
    unplaced = m.UNPLACED.format
    assert notes == [
        ("sections[0]", "interpreted", (), m.ITEMS_BEFORE_SECTION),
        ("sections[0].items[0].text", "unplaced", (FIRST + 3,), m.DIVISION_KEPT.format(text="Chương II")),
        ("sections[1].text", "unplaced", (FIRST + 5,), unplaced(where="đoạn 15 «1.1. Tiểu mục lạc»")),
        ("sections[1].text", "unplaced", (FIRST + 6,), unplaced(where="đoạn 16 «b) Điểm lạc»"))]
    plan, notes, _ = _import([("Chương I", B), ("I. MỤC", B), (CLOSING, P)], tmp_path / "first")
    assert plan["intro"] == ["Chương I"] and plan["sections"] == [{"title": "MỤC"}]
    assert notes == [("intro", "unplaced", (FIRST,), m.DIVISION_KEPT.format(text="Chương I"))]


def test_numbers_out_of_sequence_are_noted_once_where_they_are(tmp_path):
    body = [("I. NHIỆM VỤ", B), ("1. Một", B), ("1.1. Con một", B), ("1.3. Con ba", B), ("3. Ba", B),
            ("3.1. Con", B), ("a) Điểm", P), ("c) Điểm c", P), ("4. Bốn", B), ("III. Ba mục", B),
            ("+ Ý cộng đứng một mình.", P), ("IV. BỐN", B), ("VI. SÁU", B), (CLOSING, P)]
    plan, notes, _ = _import(body, tmp_path)
    assert plan["sections"] == [
        {"title": "NHIỆM VỤ", "items": [
            {"title": "Một", "parts": [{"title": "Con một"}, {"title": "Con ba"}]},
            {"title": "Ba", "parts": [{"title": "Con", "points": [{"text": ["Điểm"]}, {"text": ["Điểm c"]}]}]},
            {"title": "Bốn"}]},
        {"title": "Ba mục", "bullets": ["Ý cộng đứng một mình."]}, {"title": "BỐN"}, {"title": "SÁU"}]
    assert notes == [
        ("sections[0].items[0].parts[1]", "corrected", (FIRST + 3,), m.PART_SKIPPED.format(written="1.3.", due="1.2.")),
        ("sections[0].items[1]", "corrected", (FIRST + 4,), m.ITEM_SKIPPED.format(written="3.", due="2.")),
        ("sections[0].items[1].parts[0].points[1]", "corrected", (FIRST + 7,),
         m.POINTS_OUT_OF_ORDER.format(written="c)", due="b")),
        ("sections[1]", "corrected", (FIRST + 9,), m.SECTION_SKIPPED.format(written="III.", previous="I.", due="II.")),
        ("sections[1]", "interpreted", (FIRST + 9,), m.SECTION_TITLE_UPPER.format(title="Ba mục")),
        ("sections[1].bullets", "interpreted", (), m.SUB_BULLET_ALONE),
        ("sections[3]", "corrected", (FIRST + 12,), m.SECTION_SKIPPED.format(written="VI.", previous="IV.",
                                                                             due="IV."))]


def test_a_first_section_not_numbered_one_is_noted(tmp_path):
    _plan, notes, _ = _import([("II. NHIỆM VỤ", B), ("1. Một", B), ("2. Hai", B), (CLOSING, P)], tmp_path)
    assert notes == [("sections[0]", "corrected", (FIRST,),
                      m.SECTION_SKIPPED.format(written="II.", previous="—.", due="I."))]


def test_a_second_bullet_mark_is_one_level_down(tmp_path):
    body = [("I. NHIỆM VỤ", B), ("1. Hỗ trợ", B), ("- Vốn;", P), ("• Học nghề;", P), ("• Nhà ở;", P),
            ("- Y tế.", P), ("2. Khác", B), ("• Một;", P), ("- Hai.", P), ("Trên đây là kế hoạch.", P),
            ("Ghi chú cuối.", P)]
    plan, notes, _ = _import(body, tmp_path)
    assert plan["sections"][0]["items"] == [
        {"title": "Hỗ trợ", "bullets": ["Vốn;", ["Học nghề;", "Nhà ở;"], "Y tế."]},
        {"title": "Khác", "bullets": ["Một;", ["Hai."]], "points": [{"text": ["Ghi chú cuối."], "numbered": False}]}]
    assert plan["closing"] == "Trên đây là kế hoạch."
    assert notes == []


def test_a_bold_line_outside_a_khoan_and_a_paragraph_of_lines(tmp_path):
    body = [("I. NHIỆM VỤ", B), ("Bước 1: Họp", B), ("Một dòng\nhai dòng.", P), ("Nội dung kết thúc./.", P)]
    plan, notes, _ = _import(body, tmp_path)
    assert plan["sections"] == [{"title": "NHIỆM VỤ", "text": ["**Bước 1: Họp**", "Một dòng\nhai dòng."]}]
    assert plan["closing"] == "Nội dung kết thúc" and notes == []


def test_a_khoan_typed_without_bold_is_titled_only_when_short_and_followed_by_its_content(tmp_path):
    long = "Khoản không đậm và rất dài " + "x" * 150
    body = [("I. NHIỆM VỤ", B), (f"1. {long}", P), ("- Ý.", P), ("2. Khoản ngắn;", P), ("- Ý hai.", P),
            ("3. Khoản ngắn.", P), ("- Ý ba.", P), ("4. Khoản có tên", P), ("- Ý bốn.", P), ("5. Khoản cuối", P)]
    plan, _notes, _ = _import(body, tmp_path)
    assert plan["sections"][0]["items"] == [{"text": [long], "bullets": ["Ý."]},
                                            {"text": ["Khoản ngắn;"], "bullets": ["Ý hai."]},
                                            {"text": ["Khoản ngắn."], "bullets": ["Ý ba."]},
                                            {"title": "Khoản có tên", "bullets": ["Ý bốn."]},
                                            {"text": ["Khoản cuối"]}]
    short = "Khoản dài " + "y" * 140  # 150 characters: still a title
    plan, _notes, _ = _import([("I. NHIỆM VỤ", B), (f"1. {short}", P), ("- Ý.", P)], tmp_path / "150")
    assert len(short) == 150 and plan["sections"][0]["items"] == [{"title": short, "bullets": ["Ý."]}]


def test_a_cut_paragraph_after_a_sub_bullet_or_after_a_list_is_joined_to_it(tmp_path):
    body = [("I. NHIỆM VỤ", B), ("1. Hỗ trợ", B), ("- Vốn;", P), ("+ Vay ưu đãi và", P), ("lãi suất thấp;", P),
            ("+ Học nghề và", P), ("việc làm;", P), ("Đoạn sau các ý gồm", P), ("nhiều dòng.", P),
            ("II. KINH PHÍ", B), ("- Ý;", P), ("Đoạn sau ý của mục gồm", P), ("hai dòng.", P), (CLOSING, P)]
    plan, notes, _ = _import(body, tmp_path)
    assert plan["sections"] == [
        {"title": "NHIỆM VỤ", "items": [{
            "title": "Hỗ trợ", "bullets": ["Vốn;", ["Vay ưu đãi và lãi suất thấp;", "Học nghề và việc làm;"]],
            "points": [{"text": ["Đoạn sau các ý gồm nhiều dòng."], "numbered": False}]}]},
        {"title": "KINH PHÍ", "bullets": ["Ý;"],
         "items": [{"text": ["Đoạn sau ý của mục gồm hai dòng."], "numbered": False}]}]
    joined = m.PARAGRAPH_JOINED.format
    assert notes == [
        ("sections[0].items[0].bullets", "interpreted", (FIRST + 4,), joined(start="lãi suất thấp;")),
        ("sections[0].items[0].bullets", "interpreted", (FIRST + 6,), joined(start="việc làm;")),
        ("sections[0].items[0].points[0].text", "interpreted", (FIRST + 8,), joined(start="nhiều dòng.")),
        ("sections[1].items[0].text", "interpreted", (FIRST + 12,), joined(start="hai dòng."))]
