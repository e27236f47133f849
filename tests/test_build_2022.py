"""Build the real plan 85/KH-UBND and read the document back as a reviewer would."""

from __future__ import annotations

import re

import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

from docgen import nd30, vnformat
from docgen.build import build
from tests.conftest import PLAN_2022
from tests.readback import body_texts, cell_lines, open_docx, table_texts

# The two appendix tables of the issued plan (source text, end of the document): name, households, then the
# group's columns as printed there (blank = 0). The rates per hamlet are not printed in the source; docgen
# computes them; they are worked out by hand below.
POOR = [("Nhân Hòa", 219, 3, 2, 0), ("Phúc Hòa", 209, 6, 4, 1), ("Đức Hòa", 198, 2, 1, 0),
        ("Xóm Phú", 182, 4, 2, 1), ("Xóm Cường", 253, 3, 1, 1), ("Xóm Thịnh", 240, 4, 2, 1),
        ("Cường Lặng", 157, 1, 1, 0), ("Đầu Phần", 94, 0, 0, 0), ("Khánh Hòa", 113, 2, 0, 0),
        ("Tân Đức", 228, 0, 0, 0), ("Xóm Lượt", 88, 2, 2, 0), ("Làng Mơn", 130, 10, 6, 2)]
NEAR_POOR = [4, 1, 3, 2, 2, 0, 3, 0, 2, 4, 1, 0]
NEAR_POOR_REDUCTION = [1, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0]
# Year-end households ÷ households × 100, rounded half up to two decimals, worked out by hand from the rows
# above (e.g. Nhân Hòa 3 / 219 = 1,3699 % → 1,37; Làng Mơn 8 / 130 = 6,1538 % → 6,15).
POOR_RATES = ["1,37", "2,39", "1,01", "1,65", "0,79", "1,25", "0,64", "0,00", "1,77", "0,00", "2,27", "6,15"]
NEAR_POOR_RATES = ["1,37", "0,00", "1,52", "1,10", "0,79", "0,00", "1,27", "0,00", "1,77", "1,75", "1,14", "0,00"]


@pytest.fixture(scope="module")
def built():
    return build(PLAN_2022)


@pytest.fixture(scope="module")
def document(built):
    return open_docx(built.docx)


def numbered(texts, pattern):
    return [m.group(1) for t in texts if (m := re.match(pattern, t))]


def test_top_block(document):
    top = document.tables[0]
    assert cell_lines(top.cell(0, 0)) == ["ỦY BAN NHÂN DÂN", "XÃ THỊNH ĐỨC"]
    assert cell_lines(top.cell(0, 1)) == [nd30.NATIONAL_NAME, nd30.MOTTO]
    assert cell_lines(top.cell(1, 0)) == ["Số: 85/KH-UBND"]
    assert cell_lines(top.cell(1, 1)) == ["Thịnh Đức, ngày 24 tháng 10 năm 2022"]


def test_title_bases_and_closing(document):
    texts = body_texts(document)
    assert texts[0] == "KẾ HOẠCH"
    assert texts[1] == ("Thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2022 "
                        "trên địa bàn xã Thịnh Đức")
    assert texts[2].startswith("Căn cứ Kế hoạch số 211/KH-UBND") and texts[2].endswith(";")
    assert texts[3].startswith("Căn cứ Kế hoạch số 81/KH-UBND") and texts[3].endswith(".")
    closing = [t for t in texts if t.startswith("Trên đây là Kế hoạch")]
    assert closing == ["Trên đây là Kế hoạch thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững "
                       "năm 2022 trên địa bàn xã Thịnh Đức./."]


def test_sections_are_numbered_consecutively_by_the_engine(document):
    texts = body_texts(document)
    assert numbered(texts, r"^([IVX]+)\. ") == ["I", "II", "III", "IV", "V", "VI"]
    assert "VI. TỔ CHỨC THỰC HIỆN" in texts  # the issued plan skipped VI; docgen cannot


def test_items_restart_under_each_section_and_points_follow_vietnamese_order(document):
    texts = body_texts(document)
    sections, current = {}, None
    for text in texts:
        if m := re.match(r"^([IVX]+)\. ", text):
            current = m.group(1)
            sections[current] = []
        elif current and (m := re.match(r"^(\d+)\. ", text)):
            sections[current].append(int(m.group(1)))
    assert sections == {"I": [1, 2], "II": [1, 2], "III": [1, 2, 3, 4, 5], "IV": [1, 2, 3, 4, 5, 6], "V": [],
                        "VI": [1, 2, 3, 4]}
    assert numbered(texts, r"^(\d+\.\d+)\. ") == ["3.1", "3.2", "5.1", "5.2"]
    runs, run = [], []
    for text in texts:
        if m := re.match(r"^(\w)\) ", text):
            run.append(m.group(1))
        elif re.match(r"^(\d+(\.\d+)?\.|[IVX]+\.|Tiểu dự án) ", text):
            runs, run = runs + ([run] if run else []), []
    runs += [run] if run else []
    assert len(runs) == 7  # III.1, III.2 (Tiểu dự án 1), 3.1, 3.2, III.4 (Tiểu dự án 2), 5.1, 5.2
    assert all(r == list(vnformat.POINT_LETTERS[: len(r)]) for r in runs)
    assert all(r == ["a", "b", "c", "d", "đ"] for r in runs)


def test_target_sentence_comes_from_the_data(document):
    assert ("- Phấn đấu năm 2022 giảm 06 hộ nghèo và 03 hộ cận nghèo (chi tiết tại Phụ lục I và Phụ lục II "
            "kèm theo).") in body_texts(document)


def test_recipients_and_signature(document):
    end = document.tables[1]
    recipients = cell_lines(end.cell(0, 0))
    assert recipients[0] == "Nơi nhận:"
    assert recipients[1] == "- UBND thành phố Thái Nguyên;"
    assert all(line.startswith("- ") and line.endswith(";") for line in recipients[1:-1])
    assert recipients[-1] == "- Lưu: VT, VP."
    assert cell_lines(end.cell(0, 1)) == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lang Đại Thành"]


def test_appendix_headings_refer_to_this_plan(document):
    texts = body_texts(document)
    reference = ("(Kèm theo Kế hoạch số 85/KH-UBND ngày 24 tháng 10 năm 2022 của Ủy ban nhân dân xã Thịnh Đức)")
    for label, title in (("Phụ lục I", "BIỂU PHÂN BỐ CHỈ TIÊU GIẢM HỘ NGHÈO NĂM 2022"),
                         ("Phụ lục II", "BIỂU PHÂN BỐ CHỈ TIÊU GIẢM HỘ CẬN NGHÈO NĂM 2022")):
        at = texts.index(label)
        assert texts[at + 1: at + 3] == [title, reference]


def expected_rows(with_labour: bool):
    rows = []
    for i, (name, households, poor, without, reduction) in enumerate(POOR):
        if with_labour:
            start, cells = poor, [without, reduction, poor - reduction]
        else:
            start = NEAR_POOR[i]
            cells = [NEAR_POOR_REDUCTION[i], start - NEAR_POOR_REDUCTION[i]]
        rate = (POOR_RATES if with_labour else NEAR_POOR_RATES)[i]
        rows.append([str(i + 1), name, f"{households}", str(start), *map(str, cells), rate])
    return rows


def test_poor_table_rows_and_total(document):
    rows = table_texts(document.tables[2])
    assert rows[0][:4] == ["TT", "Tên xóm", "Tổng số hộ năm 2022", "Giảm hộ nghèo năm 2022"]
    assert rows[2:-1] == expected_rows(with_labour=True)
    # The issued plan printed 2.211 households and 1,40 %, but its own rows add up to 2.111 (see
    # test_the_issued_plans_household_total_is_caught): docgen prints what the rows give.
    assert rows[-1] == ["Cộng", "Cộng", "2.111", "37", "21", "6", "31", "1,47"]


def test_near_poor_table_rows_and_total(document):
    rows = table_texts(document.tables[3])
    assert rows[2:-1] == expected_rows(with_labour=False)
    assert rows[-1] == ["Cộng", "Cộng", "2.111", "22", "3", "19", "0,90"]


@pytest.mark.parametrize("index", [2, 3])
def test_totals_agree_with_their_own_rows(document, index):
    rows = table_texts(document.tables[index])
    body, total = rows[2:-1], rows[-1]
    for column in range(2, len(total) - 1):
        assert sum(int(r[column].replace(".", "")) for r in body) == int(total[column].replace(".", ""))
    end, households = int(total[-2]), int(total[2].replace(".", ""))
    assert total[-1] == f"{end * 100 / households:.2f}".replace(".", ",")


def test_page_setup(document):
    sections = document.sections
    assert len(sections) == 3
    for section, landscape in zip(sections, (False, True, True), strict=True):
        assert (section.orientation == WD_ORIENT.LANDSCAPE) is landscape
        width, height = sorted((section.page_width.mm, section.page_height.mm))
        assert (round(width), round(height)) == (210, 297)
        assert round(section.top_margin.mm) == nd30.MARGIN_TOP.chosen
        assert round(section.left_margin.mm) == nd30.MARGIN_LEFT.chosen
        assert round(section.right_margin.mm) == nd30.MARGIN_RIGHT.chosen
        assert section.different_first_page_header_footer
        assert "PAGE" in section.header._element.xml
        assert "PAGE" not in section.first_page_header._element.xml
    starts = [s._sectPr.find(qn("w:pgNumType")) for s in sections]
    assert starts[0] is None and all(s is not None and s.get(qn("w:start")) == "1" for s in starts[1:])


def test_times_new_roman_everywhere(document):
    fonts = document.styles.element.find(qn("w:docDefaults")).find(".//" + qn("w:rFonts"))
    assert {fonts.get(qn(f"w:{s}")) for s in ("ascii", "hAnsi", "cs", "eastAsia")} == {nd30.FONT}
    named = {el.get(qn(f"w:{a}")) for el in document.element.iter(qn("w:rFonts")) for a in ("ascii", "hAnsi")}
    assert named <= {nd30.FONT, None}
    used = {p.style.name for p in document.paragraphs}
    assert all(document.styles[name].font.name in (nd30.FONT, None) for name in used)


def test_same_plan_builds_byte_identical_documents_on_another_day_and_time_zone(move_clock):
    move_clock(0, "UTC")
    first = build(PLAN_2022).docx
    move_clock(26 * 3600 + 17 * 60 + 31, "Asia/Ho_Chi_Minh")
    assert build(PLAN_2022).docx == first


def test_every_part_is_stamped_with_the_plans_date_not_the_clock(built):
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(built.docx)) as package:
        assert {info.date_time for info in package.infolist()} == {(2022, 10, 24, 0, 0, 0)}
        core = package.read("docProps/core.xml").decode()
    assert set(re.findall(r"\d{4}-\d\d-\d\dT[\d:]+Z?", core)) == {"2022-10-24T00:00:00Z"}  # created, modified, printed


def test_every_text_is_nfc(document):
    import unicodedata

    for text in body_texts(document):
        assert unicodedata.is_normalized("NFC", text)


def test_the_issued_plans_household_total_is_caught(project):
    """The issued plan's CỘNG row says 2.211 households; its twelve rows add up to 2.111."""
    from click.testing import CliRunner

    from docgen.cli import main

    plan = project / "plans" / "2022.toml"
    text = plan.read_text(encoding="utf-8").replace("[reference]\n", "[reference]\nhouseholds = 2211\n")
    plan.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "plans/2022.toml"])
    assert result.exit_code == 1
    assert "Số liệu đối chiếu «households» là 2211, nhưng docgen tính được 2111." in result.output
    assert not (project / "output").exists()
