"""Importing hand-typed plans (made here with python-docx): structure, Decree 30 corrections and notes."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from docgen.build import build
from docgen.importdocx import import_docx, write_imported
from docgen.read import locate, open_document
from tests.importdocx.typed import BOLD, PLAIN, Typed, typed_docx

INTRO = "UBND xã Tân Cương xây dựng Kế hoạch giảm nghèo năm 2023, cụ thể như sau:"
CLOSING = "Trên đây là Kế hoạch giảm nghèo năm 2023 của UBND xã Tân Cương./."

A_DOT_BODY = [
    (INTRO, PLAIN),
    ("I. MỤC ĐÍCH, YÊU CẦU", BOLD),
    ("1. Mục đích", BOLD),
    ("- Giảm nghèo bền vững.", PLAIN),
    ("2. Yêu cầu", BOLD),
    ("- Đúng đối tượng.", PLAIN),
    ("- Hỗ trợ:", PLAIN),
    ("+ Vốn vay;", PLAIN),
    ("+ Học nghề.", PLAIN),
    ("II. NHIỆM VỤ", BOLD),
    ("1. Dự án sinh kế", BOLD),
    ("a. Mục tiêu: Tạo việc làm cho người nghèo.", PLAIN),
    ("b. Đối tượng:", PLAIN),
    ("- Hộ nghèo, hộ cận nghèo.", PLAIN),
    ("c. Nội dung hỗ trợ", PLAIN),
    ("Hỗ trợ giống cây trồng, vật nuôi.", PLAIN),
    ("2. Dự án giáo dục nghề nghiệp", BOLD),
    ("Tiểu dự án 1: Đào tạo nghề", BOLD),
    ("a. Nội dung: Dạy nghề ngắn hạn.", PLAIN),
    ("IV. KINH PHÍ", BOLD),
    ("Ngân sách xã và nguồn huy động hợp pháp.", PLAIN),
    ("V. TỔ CHỨC THỰC HIỆN", BOLD),
    ("1. Công chức Văn hóa - Xã hội tham mưu tổ chức thực hiện Kế hoạch.", PLAIN),
    ("2. Các xóm tổ chức rà soát hộ nghèo hằng năm.", PLAIN),
    (CLOSING, PLAIN),
]


def imported(plan: Typed, tmp_path: Path, name: str = "plan.toml"):
    source = tmp_path / "goc.docx"
    source.write_bytes(typed_docx(plan))
    target = tmp_path / name
    result = import_docx(source, str(source), target)
    write_imported(result, target)
    return result, target, tomllib.loads(target.read_text(encoding="utf-8"))


def body_texts(docx: bytes | Path) -> list[str]:
    """The body paragraphs as a reader sees them (numbers included), read back from a document."""
    view = open_document(docx)
    return [" ".join(p.text.split()) for p in locate(view).body]


def notes_on(result, field: str) -> list[str]:
    return [note.message for note in result.notes if note.field == field]


def test_a_dot_points_and_a_skipped_section_are_renumbered_and_noted(tmp_path):
    result, target, plan = imported(Typed(body=A_DOT_BODY), tmp_path)
    titles = [s["title"] for s in plan["sections"]]
    assert titles == ["MỤC ĐÍCH, YÊU CẦU", "NHIỆM VỤ", "KINH PHÍ", "TỔ CHỨC THỰC HIỆN"]
    assert plan["intro"] == [INTRO]
    assert plan["closing"] == CLOSING.removesuffix("./.")
    assert plan["sections"][0]["items"][1]["bullets"] == ["Đúng đối tượng.", "Hỗ trợ:", ["Vốn vay;", "Học nghề."]]
    points = plan["sections"][1]["items"][0]["points"]
    assert points[1] == {"text": ["Đối tượng:"], "bullets": ["Hộ nghèo, hộ cận nghèo."]}
    assert points[2]["text"] == ["Nội dung hỗ trợ", "Hỗ trợ giống cây trồng, vật nuôi."]
    part = plan["sections"][1]["items"][1]["parts"][0]
    assert part["numbered"] is False and part["title"] == "Tiểu dự án 1: Đào tạo nghề"
    assert plan["sections"][3]["items"][0] == {"text": ["Công chức Văn hóa - Xã hội tham mưu tổ chức thực hiện "
                                                        "Kế hoạch."]}
    # the gap is noted where it is (IV. after II.), once; the "a." points once per list
    assert len(notes_on(result, "sections[2]")) == 1 and "IV." in notes_on(result, "sections[2]")[0]
    assert notes_on(result, "sections[3]") == []
    assert any('"a."' in n for n in notes_on(result, "sections[1].items[0].points[0]"))
    assert any('"a."' in n for n in notes_on(result, "sections[1].items[1].parts[0].points[0]"))
    # every note is a comment in the file, right above its table
    text = target.read_text(encoding="utf-8")
    lines = text.splitlines()
    header = [i for i, line in enumerate(lines) if line.strip() == "[[sections]]"][2]
    assert lines[header + 1].startswith("# docgen: Bản gốc đánh số mục IV.")
    # the built document reads as the original, numbered the Decree 30 way
    built = body_texts(build(target).docx)
    expected = [t.replace("IV. KINH", "III. KINH").replace("V. TỔ", "IV. TỔ") for t, _ in A_DOT_BODY]
    expected = [t[:1] + ")" + t[2:] if t[1:3] == ". " and t[0] in "abc" else t for t in expected]
    assert built == expected


def test_numbers_typed_as_text_without_bold(tmp_path):
    body = [("I. NHIỆM VỤ", PLAIN), ("1. Tuyên truyền", PLAIN), ("- Họp dân ở các xóm.", PLAIN),
            ("2. Rà soát hộ nghèo đúng quy trình, công khai, minh bạch.", PLAIN), (CLOSING, PLAIN)]
    _result, target, plan = imported(Typed(body=body), tmp_path)
    items = plan["sections"][0]["items"]
    assert items == [{"title": "Tuyên truyền", "bullets": ["Họp dân ở các xóm."]},
                     {"text": ["Rà soát hộ nghèo đúng quy trình, công khai, minh bạch."]}]
    assert body_texts(build(target).docx) == [t for t, _ in body]


def test_word_automatic_numbering_is_read_and_not_copied(tmp_path):
    levels = [("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)"), ("bullet", "-"), ("bullet", "\uf0a7")]
    body = [("MỤC ĐÍCH", BOLD, (90, 0)), ("Mục đích", BOLD, (90, 1)), ("Giảm nghèo bền vững.", PLAIN, (90, 2)),
            ("Hộ nghèo.", PLAIN, (90, 3)), ("Hộ có người khuyết tật.", PLAIN, (90, 4)),
            ("Không để ai bị bỏ lại phía sau.", PLAIN, (90, 2)), ("Yêu cầu", BOLD, (90, 1)),
            ("NHIỆM VỤ", BOLD, (90, 0)), ("Rà soát hộ nghèo hằng năm.", PLAIN, (90, 1)), (CLOSING, PLAIN)]
    result, target, plan = imported(Typed(body=body, numbering=levels), tmp_path)
    assert [s["title"] for s in plan["sections"]] == ["MỤC ĐÍCH", "NHIỆM VỤ"]
    first = plan["sections"][0]["items"][0]
    assert first == {"title": "Mục đích", "points": [{"text": ["Giảm nghèo bền vững."],
                                                       "bullets": ["Hộ nghèo.", ["Hộ có người khuyết tật."]]},
                                                      {"text": ["Không để ai bị bỏ lại phía sau."]}]}
    assert plan["sections"][1]["items"] == [{"text": ["Rà soát hộ nghèo hằng năm."]}]
    assert any("tự động" in note.message for note in result.notes)
    assert body_texts(build(target).docx) == [
        "I. MỤC ĐÍCH", "1. Mục đích", "a) Giảm nghèo bền vững.", "- Hộ nghèo.", "+ Hộ có người khuyết tật.",
        "b) Không để ai bị bỏ lại phía sau.",
        "2. Yêu cầu", "II. NHIỆM VỤ", "1. Rà soát hộ nghèo hằng năm.", CLOSING]


def test_a_draft_without_number_and_date(tmp_path):
    draft = Typed(body=A_DOT_BODY, number="Số:      /KH-UBND", place_date="Tân Cương, ngày     tháng 01 năm 2023")
    result, target, plan = imported(draft, tmp_path)
    assert "number" not in plan["document"]
    assert plan["document"]["code"] == "KH" and plan["issuer"]["abbreviation"] == "UBND"
    assert "date" not in plan["document"] and plan["targets"]["year"] == 2023
    assert notes_on(result, "document.number") and notes_on(result, "document.date")
    assert build(target).draft


def test_place_archive_and_signature_follow_decree_30(tmp_path):
    typed = Typed(body=A_DOT_BODY, place_date="Thái Nguyên, ngày 05 tháng 01 năm 2023",
                  recipients=["- UBND thành phố;", "- Lưu: VP."], signature=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"])
    result, target, plan = imported(typed, tmp_path)
    assert plan["issuer"]["place"] == "Tân Cương"
    assert "Thái Nguyên" in notes_on(result, "issuer.place")[0]
    assert plan["recipients"] == {"items": ["UBND thành phố"], "archive": ["VP"]}
    assert notes_on(result, "recipients.archive")
    assert plan["signature"] == {"prefix": "KT.", "head_title": "CHỦ TỊCH", "position": "PHÓ CHỦ TỊCH",
                                 "name": "Nguyễn Văn An"}
    lines = target.read_text(encoding="utf-8").splitlines()
    place = next(i for i, line in enumerate(lines) if line.startswith("place = "))
    assert lines[place - 1].startswith("# ") and "Tân Cương" in " ".join(lines[place - 3:place])


def test_a_paragraph_that_fits_nowhere_is_kept_with_a_note(tmp_path):
    body = [("I. NHIỆM VỤ", BOLD), ("a) Điểm đứng ngay dưới mục, không có khoản.", PLAIN),
            ("1. Tuyên truyền", BOLD), ("- Họp dân.", PLAIN), (CLOSING, PLAIN)]
    result, target, plan = imported(Typed(body=body), tmp_path)
    assert plan["sections"][0]["text"] == ["a) Điểm đứng ngay dưới mục, không có khoản."]
    assert notes_on(result, "sections[0].text")
    assert body_texts(build(target).docx) == [t for t, _ in body]


def test_an_existing_plan_file_is_not_overwritten(tmp_path):
    source = tmp_path / "goc.docx"
    source.write_bytes(typed_docx(Typed(body=A_DOT_BODY)))
    target = tmp_path / "plan.toml"
    target.write_text("# my own plan\n", encoding="utf-8")
    result = import_docx(source, str(source), target)
    from docgen.errors import DocgenError

    with pytest.raises(DocgenError):
        write_imported(result, target)
    assert target.read_text(encoding="utf-8") == "# my own plan\n"
    write_imported(result, target, force=True)
    assert tomllib.loads(target.read_text(encoding="utf-8"))["issuer"]["place"] == "Tân Cương"


def test_top_and_end_blocks_typed_with_tabs_give_the_same_plan(tmp_path):
    in_tables = imported(Typed(body=A_DOT_BODY), tmp_path, "tables.toml")[2]
    with_tabs = imported(Typed(body=A_DOT_BODY, tabs=True), tmp_path, "tabs.toml")[2]
    assert with_tabs == in_tables
