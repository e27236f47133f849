"""``import-docx`` of the other kinds of document (issue 17), typed here with python-docx as clerks type them (no
real file needed): a Quyết định (authority line, bases ending with "Theo đề nghị của …", "QUYẾT ĐỊNH:",
Điều 1 … with khoản and điểm), a Công văn (no type name, "V/v …" under the number, "Kính gửi:"), a Tờ trình
("Kính gửi:" one addressee) and a Thông báo. Each is read into a plan file of its kind, rebuilt, checked with no
error, and nothing of its text is lost."""

from __future__ import annotations

import io
import tomllib

import docx
import pytest

from tests.importdocx.fidelity import round_trip
from tests.importdocx.layouts import _table_after
from tests.importdocx.typed import BOLD, PLAIN, Typed, typed_docx
from tests.readback import cell_lines

DECISION_BODY = [
    ("QUYẾT ĐỊNH:", BOLD),
    ("Điều 1. Giao chỉ tiêu giảm hộ nghèo năm 2023 cho các xóm, cụ thể:", PLAIN),
    ("1. Xóm Đồng Kiệm: giảm 02 hộ nghèo.", PLAIN),
    ("2. Xóm Nam Tân: giảm 01 hộ nghèo, gồm:", PLAIN),
    ("a) Hộ có người khuyết tật: 01 hộ;", PLAIN),
    ("b) Hộ không có người khuyết tật: không.", PLAIN),
    ("Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", PLAIN),
    ("Điều 3. Văn phòng HĐND và UBND xã, công chức Văn hóa - Xã hội và Trưởng các xóm chịu trách nhiệm thi hành "
     "Quyết định này./.", PLAIN),
]


def _decision() -> bytes:
    plan = Typed(number="Số: 15/QĐ-UBND", kind="QUYẾT ĐỊNH",
                 summary="Về việc giao chỉ tiêu giảm hộ nghèo năm 2023 cho các xóm",
                 bases=["CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN CƯƠNG",
                        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
                        "Căn cứ Kế hoạch số 12/KH-UBND ngày 05/01/2023 của UBND xã Tân Cương;",
                        "Theo đề nghị của công chức Văn hóa - Xã hội xã."],
                 body=DECISION_BODY, recipients=["- Như Điều 3;", "- Lưu: VT, VP."],
                 signature=["CHỦ TỊCH"])
    return _centred(typed_docx(plan), ("CHỦ TỊCH ỦY BAN", "QUYẾT ĐỊNH:"))


def _letter() -> bytes:
    plan = Typed(number="Số: 20/UBND-VP", kind="", summary="",
                 bases=[], body=[("Kính gửi: Trưởng các xóm", PLAIN),
                                 ("Ủy ban nhân dân xã Tân Cương ban hành Kế hoạch số 12/KH-UBND ngày 05/01/2023 về "
                                  "việc thực hiện công tác giảm nghèo năm 2023.", PLAIN),
                                 ("1. Các xóm phổ biến Kế hoạch đến Nhân dân.", PLAIN),
                                 ("2. Định kỳ báo cáo kết quả về UBND xã trước ngày 20 hằng tháng.", PLAIN),
                                 ("- Xóm Đồng Kiệm báo cáo cả danh sách hộ đăng ký thoát nghèo.", PLAIN),
                                 ("Đề nghị Trưởng các xóm quan tâm, thực hiện./.", PLAIN)],
                 recipients=["- Như trên;", "- Lưu: VT, VP."], signature=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"])
    doc = docx.Document(io.BytesIO(typed_docx(plan)))
    doc.tables[0].cell(1, 0).add_paragraph("V/v triển khai Kế hoạch số 12/KH-UBND")
    return _saved(doc)


def _submission() -> bytes:
    plan = Typed(number="Số: 03/TTr-UBND", kind="TỜ TRÌNH", summary="Về việc phê duyệt Kế hoạch giảm nghèo năm 2023",
                 bases=[], body=[("Kính gửi: Ủy ban nhân dân thành phố Thái Nguyên", PLAIN),
                                 ("Căn cứ Kế hoạch số 30/KH-UBND ngày 10/12/2022 của UBND thành phố, UBND xã Tân "
                                  "Cương đã xây dựng Kế hoạch giảm nghèo năm 2023.", PLAIN),
                                 ("Kính trình UBND thành phố xem xét, phê duyệt./.", PLAIN)],
                 recipients=["- Như trên;", "- Lưu: VT, VP."])
    return typed_docx(plan)


def _notice() -> bytes:
    plan = Typed(number="Số: 05/TB-UBND", kind="THÔNG BÁO", summary="Kết luận của Chủ tịch UBND xã tại cuộc họp "
                 "giao ban tháng 01 năm 2023", bases=[],
                 body=[("Ngày 10/01/2023, Chủ tịch UBND xã chủ trì cuộc họp giao ban.", PLAIN),
                       ("I. ĐÁNH GIÁ CHUNG", BOLD), ("Các xóm đã hoàn thành rà soát hộ nghèo.", PLAIN),
                       ("II. NHIỆM VỤ THỜI GIAN TỚI", BOLD), ("1. Hoàn thành kế hoạch giảm nghèo.", PLAIN),
                       ("Trên đây là Thông báo kết luận của Chủ tịch UBND xã./.", PLAIN)])
    return typed_docx(plan)


PER_HAMLET = [["TT", "Tên thôn", "Chỉ tiêu giảm hộ nghèo", "Chỉ tiêu giảm hộ cận nghèo"],
              ["1", "Thôn Đồng Kiệm", "2", "1"], ["2", "Thôn Nam Tân", "1", "0"], ["Cộng", "", "3", "1"]]


def _guide() -> bytes:
    """A Hướng dẫn whose per-thôn table gives the targets alone (no households: not a plan's hamlet table)."""
    plan = Typed(number="Số: 02/HD-UBND", kind="HƯỚNG DẪN", summary="Theo dõi kết quả giảm nghèo năm 2023", bases=[],
                 body=[("I. CHỈ TIÊU CỦA TỪNG THÔN", BOLD), ("Mỗi thôn thực hiện chỉ tiêu sau:", PLAIN),
                       ("II. TỔ CHỨC THỰC HIỆN", BOLD), ("Trưởng thôn báo cáo kết quả trước ngày 15/12.", PLAIN),
                       ("Trên đây là Hướng dẫn theo dõi kết quả giảm nghèo năm 2023./.", PLAIN)])
    doc = docx.Document(io.BytesIO(typed_docx(plan)))
    _table_after(doc, next(p for p in doc.paragraphs if p.text.startswith("Mỗi thôn")), PER_HAMLET)
    return _saved(doc)


TASKS = [["TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
         ["I", "LĨNH VỰC KINH TẾ", "", "", ""],
         ["1", "Chỉ đạo gieo cấy vụ xuân đúng khung thời vụ", "Công chức Địa chính - Nông nghiệp", "Các xóm",
          "Tháng 2"],
         ["II", "LĨNH VỰC VĂN HÓA - XÃ HỘI", "", "", ""],
         ["1", "Rà soát hộ nghèo, hộ cận nghèo cuối năm", "Công chức Văn hóa - Xã hội", "Trưởng các xóm", "Quý IV"],
         ["2", "Tổng kết công tác năm 2023", "UBND xã", "Các ngành", "25/12"],
         ["3", "Xây dựng Chương trình công tác năm 2024", "", "Văn phòng", "31/12"]]


def _programme() -> bytes:
    """A Chương trình công tác as offices type it: its tasks in a table whose field rows («I», «LĨNH VỰC KINH
    TẾ») are merged across the columns, and one office leading two tasks (its cell merged down)."""
    plan = Typed(number="Số: 04/CTr-UBND", kind="CHƯƠNG TRÌNH", summary="Công tác trọng tâm năm 2023", bases=[],
                 body=[("Thực hiện Nghị quyết của HĐND xã về nhiệm vụ năm 2023, UBND xã ban hành Chương trình công tác "
                        "năm 2023 như sau:", PLAIN),
                       ("I. MỤC TIÊU", BOLD), ("Hoàn thành các chỉ tiêu kinh tế - xã hội năm 2023.", PLAIN),
                       ("II. NỘI DUNG CÔNG TÁC", BOLD), ("Các nhiệm vụ cụ thể:", PLAIN),
                       ("III. TỔ CHỨC THỰC HIỆN", BOLD),
                       ("1. Các cơ quan, đơn vị căn cứ Chương trình triển khai thực hiện.", PLAIN),
                       ("Trên đây là Chương trình công tác năm 2023 của UBND xã./.", PLAIN)])
    doc = docx.Document(io.BytesIO(typed_docx(plan)))
    table = _table_after(doc, next(p for p in doc.paragraphs if p.text.startswith("Các nhiệm vụ")), TASKS)
    for index, row in enumerate(TASKS):
        if row[0] in ("I", "II"):
            table.cell(index, 1).merge(table.cell(index, 4)).text = row[1]
    table.cell(5, 2).merge(table.cell(6, 2))
    return _saved(doc)


def test_a_programmes_table_of_tasks_keeps_its_field_rows_and_merged_office():
    found = round_trip(_programme(), "ctr.docx")
    plan = tomllib.loads(found.plan_text)
    assert (plan["document"]["kind"], plan["document"]["code"]) == ("Chương trình", "CTr")
    (table,) = plan["tables"]
    assert table["rows"][0] == ["I", "LĨNH VỰC KINH TẾ", "<", "<", "<"]  # merged across, as typed
    assert table["rows"][5][2] == "^"  # UBND xã leads both tasks
    rebuilt = docx.Document(io.BytesIO(found.rebuilt))
    tasks = next(t for t in rebuilt.tables if t.cell(0, 1).text == "Nội dung công việc")
    assert tasks.cell(1, 1).text == "LĨNH VỰC KINH TẾ" and tasks.cell(1, 4).text == "LĨNH VỰC KINH TẾ"
    assert tasks.cell(5, 2).text == "UBND xã" and tasks.cell(6, 2).text == "UBND xã"


def _centred(data: bytes, starts: tuple[str, ...]) -> bytes:
    doc = docx.Document(io.BytesIO(data))
    for paragraph in doc.paragraphs:
        if paragraph.text.startswith(starts):
            paragraph.alignment = 1
            for run in paragraph.runs:
                run.bold = True
    return _saved(doc)


def _saved(doc) -> bytes:
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


KINDS = {"quyet-dinh": _decision, "cong-van": _letter, "to-trinh": _submission, "thong-bao": _notice,
         "huong-dan": _guide, "chuong-trinh": _programme}


@pytest.fixture(scope="module", params=sorted(KINDS))
def trip(request):
    return request.param, round_trip(KINDS[request.param](), f"{request.param}.docx")


def test_each_kind_comes_back_whole_and_checks_clean(trip):
    name, found = trip
    assert not found.fidelity.unnamed, f"{name}: lost without a note: {found.fidelity.unnamed[:5]}"
    assert found.fidelity.share("paragraph") == 1.0, name
    assert not [(e.rule_id, e.message) for e in found.errors], name


def test_a_decision_is_read_as_its_articles():
    found = round_trip(_decision(), "qd.docx")
    plan = tomllib.loads(found.plan_text)
    assert plan["document"]["kind"] == "Quyết định" and plan["document"]["code"] == "QĐ"
    decision = plan["decision"]
    assert decision["authority"] == ["CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN CƯƠNG"]
    assert decision["proposal"] == "Theo đề nghị của công chức Văn hóa - Xã hội xã"
    assert len(plan["bases"]) == 2 and "sections" not in plan and "closing" not in plan
    first, second, third = decision["articles"]
    assert second["text"] == ["Quyết định này có hiệu lực kể từ ngày ký."]
    assert first["text"] == ["Giao chỉ tiêu giảm hộ nghèo năm 2023 cho các xóm, cụ thể:"]
    assert [c["text"][0] for c in first["clauses"]] == ["Xóm Đồng Kiệm: giảm 02 hộ nghèo.",
                                                         "Xóm Nam Tân: giảm 01 hộ nghèo, gồm:"]
    assert first["clauses"][1]["points"] == [["Hộ có người khuyết tật: 01 hộ;"],
                                             ["Hộ không có người khuyết tật: không."]]
    assert third["text"][0].endswith("thi hành Quyết định này")  # docgen prints "./." itself
    rebuilt = [p.text for p in docx.Document(io.BytesIO(found.rebuilt)).paragraphs]
    assert "QUYẾT ĐỊNH:" in rebuilt and "a) Hộ có người khuyết tật: 01 hộ;" in rebuilt
    assert any(t.startswith("Theo đề nghị của công chức Văn hóa - Xã hội xã.") for t in rebuilt)
    assert any(t.endswith("thi hành Quyết định này./.") for t in rebuilt)


def test_a_letter_is_read_with_its_symbol_addressees_and_paragraphs():
    found = round_trip(_letter(), "cv.docx")
    plan = tomllib.loads(found.plan_text)
    document = plan["document"]
    assert (document["kind"], document["code"], plan["issuer"]["abbreviation"]) == ("Công văn", "VP", "UBND")
    assert document["summary"] == "V/v triển khai Kế hoạch số 12/KH-UBND"
    assert plan["addressees"] == ["Trưởng các xóm"]
    assert "sections" not in plan  # no invented "NỘI DUNG" heading: a letter's paragraphs as typed
    assert plan["intro"][1:] == ["1. Các xóm phổ biến Kế hoạch đến Nhân dân.",
                                 "2. Định kỳ báo cáo kết quả về UBND xã trước ngày 20 hằng tháng.",
                                 "- Xóm Đồng Kiệm báo cáo cả danh sách hộ đăng ký thoát nghèo."]
    assert plan["closing"] == "Đề nghị Trưởng các xóm quan tâm, thực hiện"
    rebuilt = docx.Document(io.BytesIO(found.rebuilt))
    texts = [p.text for p in rebuilt.paragraphs]
    assert "Kính gửi: Trưởng các xóm." in texts
    top = [c.text for c in rebuilt.tables[0]._cells]
    assert any("Số:" in t and "20/UBND-VP" in t for t in top)
    assert any("V/v triển khai Kế hoạch số 12/KH" in t for t in top)


def test_a_letters_paragraphs_numbered_by_word_keep_their_numbers():
    plan = Typed(number="Số: 21/UBND-VP", kind="", summary="", bases=[], numbering=[("decimal", "%1.")],
                 body=[("Kính gửi: Trưởng các xóm", PLAIN), ("UBND xã đề nghị các xóm thực hiện:", PLAIN),
                       ("Rà soát hộ nghèo.", PLAIN, (90, 0)), ("Báo cáo kết quả.", PLAIN, (90, 0)),
                       ("Đề nghị các xóm thực hiện./.", PLAIN)],
                 recipients=["- Như trên;", "- Lưu: VT, VP."])
    doc = docx.Document(io.BytesIO(typed_docx(plan)))
    doc.tables[0].cell(1, 0).add_paragraph("V/v rà soát hộ nghèo")
    found = round_trip(_saved(doc), "cv-so.docx")
    assert tomllib.loads(found.plan_text)["intro"][1:] == ["1. Rà soát hộ nghèo.", "2. Báo cáo kết quả."]
    assert not found.fidelity.unnamed


def test_a_submission_keeps_its_addressee():
    plan = tomllib.loads(round_trip(_submission(), "ttr.docx").plan_text)
    assert plan["document"]["kind"] == "Tờ trình"
    assert plan["addressees"] == ["Ủy ban nhân dân thành phố Thái Nguyên"]


ATTACHED = ["QUY CHẾ", "Làm việc của Ban Chỉ đạo giảm nghèo xã Tân Cương",
            "(Ban hành kèm theo Quyết định số 15/QĐ-UBND ngày 05/01/2023 của Chủ tịch UBND xã)",
            "Chương I", "QUY ĐỊNH CHUNG", "Điều 1. Phạm vi điều chỉnh",
            "1. Quy chế này quy định việc làm việc của Ban Chỉ đạo.", "Điều 2. Thành viên",
            "Các thành viên của Ban Chỉ đạo gồm:"]
MEMBERS = [["TT", "Họ và tên", "Chức vụ", "Nhiệm vụ", "Điện thoại", "Ghi chú"],
           ["1", "Nguyễn Văn An", "Chủ tịch UBND xã", "Trưởng ban", "0912 000 001", "KHÁ"]]


def _decision_with_attached_rules() -> bytes:
    doc = docx.Document(io.BytesIO(_decision()))
    doc.add_page_break()
    for text in ATTACHED:
        run = doc.add_paragraph().add_run(text)
        run.bold = text.isupper() or text.startswith(("Chương", "Điều", "Làm việc"))
    table = doc.add_table(rows=2, cols=6)  # two rows of six columns: figures, not signing boxes
    for r, row in enumerate(MEMBERS):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    doc.add_paragraph("Điều 3. Trưởng ban chịu trách nhiệm thi hành Quy chế này.")
    return _saved(doc)


def test_a_text_issued_with_a_decision_comes_back_as_its_appendix():
    found = round_trip(_decision_with_attached_rules(), "qd-quy-che.docx")
    assert not found.fidelity.unnamed, found.fidelity.unnamed[:5]
    assert not [(e.rule_id, e.message) for e in found.errors]
    plan = tomllib.loads(found.plan_text)
    (appendix,) = plan["appendices"]
    assert (appendix["label"], appendix["title"]) == ("QUY CHẾ", "Làm việc của Ban Chỉ đạo giảm nghèo xã Tân Cương")
    assert appendix["text"][:3] == ["Chương I", "QUY ĐỊNH CHUNG", "Điều 1. Phạm vi điều chỉnh"]
    assert "{table.bang_1}" in appendix["text"] and "signatures" not in appendix
    rebuilt = docx.Document(io.BytesIO(found.rebuilt))
    cells = {c.text for t in rebuilt.tables for c in t._cells}
    assert {"Nguyễn Văn An", "0912 000 001", "KHÁ"} <= cells
    texts = [p.text for p in rebuilt.paragraphs]
    assert "1. Quy chế này quy định việc làm việc của Ban Chỉ đạo." in texts
    assert any(t.startswith("(Kèm theo Quyết định số 15/QĐ-UBND") for t in texts)


def test_a_guides_per_hamlet_table_of_targets_stays_a_table_of_its_text():
    found = round_trip(_guide(), "hd.docx")
    plan = tomllib.loads(found.plan_text)
    assert plan["document"]["kind"] == "Hướng dẫn" and "hamlets" not in plan
    (table,) = plan["tables"]
    assert table["header"] == [PER_HAMLET[0]] and ["1", "Thôn Đồng Kiệm", "2", "1"] in table["rows"]
    assert "{table.bang_1}" in plan["sections"][0]["text"]
    cells = [c.text for t in docx.Document(io.BytesIO(found.rebuilt)).tables for c in t._cells]
    assert "Thôn Nam Tân" in cells and "Chỉ tiêu giảm hộ cận nghèo" in cells


@pytest.mark.parametrize("kind", ["bao-cao", "quyet-dinh", "to-trinh", "cong-van", "thong-bao", "huong-dan",
                                  "chuong-trinh"])
def test_every_example_kind_built_by_docgen_comes_back_whole(kind):
    from docgen.build import build
    from tests.conftest import ROOT

    built = build(ROOT / "plans" / f"vi-du-{kind}-2022.toml").docx
    found = round_trip(built, f"{kind}.docx")
    assert not found.fidelity.losses, found.fidelity.losses[:5]  # a report's "Đánh giá" column too
    assert tomllib.loads(found.plan_text)["document"]["kind"] == tomllib.loads(
        (ROOT / "plans" / f"vi-du-{kind}-2022.toml").read_text(encoding="utf-8"))["document"]["kind"]


def test_a_table_inside_a_decisions_article_stays_in_it():
    doc = docx.Document(io.BytesIO(_decision()))
    anchor = next(p for p in doc.paragraphs if p.text.startswith("Điều 2."))
    _table_after(doc, anchor, [["TT", "Họ và tên", "Nhiệm vụ"], ["1", "Nguyễn Văn An", "Tổ trưởng"],
                               ["2", "Lê Thị Bình", "Tổ viên; theo Điều 21 Luật Khiếu nại"]])
    found = round_trip(_saved(doc), "qd-bang.docx")
    assert not found.fidelity.unnamed and not [(e.rule_id, e.message) for e in found.errors]
    articles = tomllib.loads(found.plan_text)["decision"]["articles"]
    assert len(articles) == 3 and articles[1]["text"] == ["Quyết định này có hiệu lực kể từ ngày ký.",
                                                          "{table.bang_1}"]


def _monthly_report() -> bytes:
    """A phòng's monthly Báo cáo as real ones are typed: the type name and the period on one title line
    («BÁO CÁO CÔNG TÁC THÁNG 6 NĂM 2026»), bullets led by a bold «- Quản lý cán bộ:» (the dash bold too), and the
    tasks of next month under «PHẦN THỨ HAI» with no «PHẦN THỨ NHẤT» line before the results."""
    plan = Typed(number="Số: 45/BC-VHXH", kind="BÁO CÁO CÔNG TÁC THÁNG 6 NĂM 2026", summary="", bases=[],
                 body=[("Phòng Văn hóa - Xã hội báo cáo kết quả công tác tháng 6 năm 2026 như sau:", PLAIN),
                       ("I. KẾT QUẢ ĐẠT ĐƯỢC", BOLD), ("1. Lĩnh vực nội vụ", BOLD),
                       ("- Quản lý cán bộ: Cập nhật hồ sơ cán bộ, công chức trên phần mềm của tỉnh.", PLAIN),
                       ("- Sáng kiến: Tiếp nhận đăng ký sáng kiến cấp xã năm 2026.", PLAIN),
                       ("PHẦN THỨ HAI", BOLD), ("NHIỆM VỤ THÁNG 7 NĂM 2026", BOLD),
                       ("1. Lĩnh vực nội vụ", BOLD), ("- Trình hồ sơ nâng lương thường xuyên.", PLAIN),
                       ("Trên đây là báo cáo công tác tháng 6 năm 2026./.", PLAIN)],
                 recipients=["- VP HĐND và UBND xã;", "- Lưu: VT."], signature=["TRƯỞNG PHÒNG"])
    doc = docx.Document(io.BytesIO(typed_docx(plan)))
    for paragraph in doc.paragraphs:
        lead, colon, rest = paragraph.text.partition(":")
        if paragraph.text.startswith("- ") and colon and len(lead) < 20:
            for run in list(paragraph.runs):
                run._r.getparent().remove(run._r)
            paragraph.add_run(lead + colon).bold = True  # "- Quản lý cán bộ:" bold, dash and all
            paragraph.add_run(rest)
    return _saved(doc)


def test_a_monthly_report_comes_back_with_its_kind_bold_lead_ins_and_second_part():
    found = round_trip(_monthly_report(), "bc-thang.docx")
    plan = tomllib.loads(found.plan_text)
    assert (plan["document"]["kind"], plan["document"]["summary"]) == ("Báo cáo", "Công tác tháng 6 năm 2026")
    first, second = plan["parts"]
    assert second["title"] == "NHIỆM VỤ THÁNG 7 NĂM 2026"
    assert first["sections"][0]["title"] == "KẾT QUẢ ĐẠT ĐƯỢC"  # the results are the first part
    assert first["sections"][0]["items"][0]["bullets"][0] == (
        "**Quản lý cán bộ:** Cập nhật hồ sơ cán bộ, công chức trên phần mềm của tỉnh.")
    rebuilt = docx.Document(io.BytesIO(found.rebuilt))
    texts = [p.text for p in rebuilt.paragraphs]
    assert "BÁO CÁO" in texts and "Công tác tháng 6 năm 2026" in texts
    assert texts.index("Phần thứ nhất") < texts.index("Phần thứ hai")  # as docgen prints the parts
    lead = next(p for p in rebuilt.paragraphs if p.text.startswith("- Quản lý cán bộ:"))  # the "**" markup kept
    assert [r.text for r in lead.runs if r.bold] == ["Quản lý cán bộ:"]
    assert not found.fidelity.unnamed and not [(e.rule_id, e.message) for e in found.errors]



def test_a_decisions_enacting_line_without_its_colon_and_its_executors_in_lower_case_are_named():
    plan = Typed(number="Số: 15/QĐ-UBND", kind="QUYẾT ĐỊNH", summary="Về việc giao chỉ tiêu giảm hộ nghèo",
                 bases=["CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN CƯƠNG", "Căn cứ Luật Tổ chức chính quyền địa phương;",
                        "Theo đề nghị của công chức Văn hóa - Xã hội xã."],
                 body=[("QUYẾT ĐỊNH", BOLD), *DECISION_BODY[1:]], recipients=["- Như điều 3;", "- Lưu: VT, VP."],
                 signature=["CHỦ TỊCH"])
    found = round_trip(_centred(typed_docx(plan), ("CHỦ TỊCH ỦY BAN", "QUYẾT ĐỊNH")), "qd.docx")
    messages = [n.message for n in found.notes]
    assert any("«QUYẾT ĐỊNH»" in m and "«QUYẾT ĐỊNH:»" in m for m in messages), messages
    assert any("«Như điều 3»" in m and "«Như Điều 3»" in m for m in messages), messages
    rebuilt = docx.Document(io.BytesIO(found.rebuilt))
    assert "QUYẾT ĐỊNH:" in [p.text for p in rebuilt.paragraphs]
    assert cell_lines(rebuilt.tables[-1].cell(0, 0))[1:3] == ["- Như Điều 3;", "- Lưu: VT, VP."]
    assert not found.fidelity.unnamed and not found.errors
