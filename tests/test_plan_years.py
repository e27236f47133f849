"""Years and counts are data: the 2022 plan writes {year}, {previous_year} and {hamlet_count} wherever they
give the words, prints exactly the issued plan's words, and a count of hamlets typed by hand is doubted."""

from __future__ import annotations

import re
import tomllib

import pytest
from click.testing import CliRunner

from docgen.build import build
from docgen.cli import main
from tests.conftest import PLAN_2022
from tests.readback import open_docx
from tests.test_plan_errors import line_of

PLAN_TEXT = PLAN_2022.read_text(encoding="utf-8")

# Every text of the issued plan 85/KH-UBND that holds its year, the year before or its count of hamlets, as
# printed in the source document (typed here, not computed).
PRINTED = [
    "Thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2022 trên địa bàn xã Thịnh Đức",
    "UBND xã Thịnh Đức xây dựng Kế hoạch thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2022 "
    "trên địa bàn xã Thịnh Đức, cụ thể như sau:",
    "- Xác định rõ các mục tiêu phấn đấu trong năm 2022 của xã; từ đó, có kế hoạch cụ thể, đảm bảo thực hiện "
    "thành công các mục tiêu, chỉ tiêu đề ra.",
    "- Phấn đấu năm 2022 giảm 06 hộ nghèo và 03 hộ cận nghèo (chi tiết tại Phụ lục I và Phụ lục II kèm theo).",
    "- Tham mưu, phối hợp với UBMTTQ xã tổng hợp, lập danh sách và đề xuất kế hoạch, nhu cầu vốn, để thực hiện "
    "kế hoạch năm 2022 theo quy định; xây dựng, nhân rộng các mô hình thực hiện tốt công tác giảm nghèo.",
    "- Xây dựng mục tiêu, giải pháp thực hiện giảm nghèo hàng năm trên cơ sở Nghị quyết của Đảng ủy, HĐND xã và "
    "Kế hoạch thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2022 trên địa bàn xã.",
    "Trên đây là Kế hoạch thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2022 trên địa bàn xã "
    "Thịnh Đức./.",
    "BIỂU PHÂN BỐ CHỈ TIÊU GIẢM HỘ NGHÈO NĂM 2022",
    "BIỂU PHÂN BỐ CHỈ TIÊU GIẢM HỘ CẬN NGHÈO NĂM 2022",
    "Tổng số hộ năm 2022", "Giảm hộ nghèo năm 2022", "Hộ nghèo sau rà soát năm 2021", "Kế hoạch giảm năm 2022",
    "Hộ nghèo cuối kỳ năm 2022", "Giảm hộ cận nghèo năm 2022", "Hộ cận nghèo sau rà soát năm 2021",
    "Hộ cận nghèo cuối kỳ năm 2022",
]
MOTTO_SENTENCE = "“Vì người nghèo - Không để ai bị bỏ lại phía sau” năm 2022 gắn với"


def _all_texts(document) -> list[str]:
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        texts += [p.text for row in table.rows for cell in row.cells for p in cell.paragraphs]
    return texts


def _plan_strings(value, path=()):
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _plan_strings(item, (*path, index))
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _plan_strings(item, (*path, key))


def test_the_2022_plan_types_no_year_or_count_a_placeholder_gives():
    """Legal bases cite other documents (their dates and titles are facts), everything else uses placeholders."""
    strings = list(_plan_strings(tomllib.loads(PLAN_TEXT)))
    typed = [(path, text) for path, text in strings
             if path[0] != "bases" and re.search(r"năm 202[12]\b|\b12 xóm", text, re.IGNORECASE)]
    assert typed == []
    texts = [text for _, text in strings]
    assert sum("{year}" in t for t in texts) >= 17 and sum("{previous_year}" in t for t in texts) == 2
    assert "{hamlet_count} xóm" in texts


def test_the_placeholders_print_the_issued_plans_words():
    texts = _all_texts(open_docx(build(PLAN_2022).docx))
    missing = [text for text in PRINTED if text not in texts]
    assert missing == []
    assert any(MOTTO_SENTENCE in text for text in texts)
    assert "- 12 xóm;" in texts


def test_a_plan_moved_to_another_year_mixes_no_years(project):
    text = PLAN_TEXT.replace("year = 2022", "year = 2023").replace("date = 2022-10-24", "date = 2023-10-24")
    (project / "plans" / "2023.toml").write_text(text, encoding="utf-8")
    texts = _all_texts(open_docx(build(project / "plans" / "2023.toml").docx))
    own = [t for t in texts if not t.startswith("Căn cứ")]  # the bases cite other documents, kept as typed
    old_years = [t for t in own if re.search(r"năm 2021|(?<!rà soát )năm 2022", t, re.IGNORECASE)]
    assert old_years == []
    assert "Hộ nghèo sau rà soát năm 2022" in texts and "Tổng số hộ năm 2023" in texts


def _build(project, text: str):
    (project / "plans" / "x.toml").write_text(text, encoding="utf-8")
    return CliRunner().invoke(main, ["build", "plans/x.toml"])


def test_a_hamlet_count_typed_by_hand_that_disagrees_is_a_warning_and_the_build_goes_on(project):
    text = PLAN_TEXT.replace('"{hamlet_count} xóm"', '"11 xóm"')
    result = _build(project, text)
    assert result.exit_code == 0, result.output
    assert "Cảnh báo" in result.output
    assert f"dòng {line_of(text, '11 xóm')}, mục recipients.items[7]" in result.output
    assert "«11 xóm»" in result.output and "khai 12 xóm" in result.output and "{hamlet_count} xóm" in result.output
    assert (project / "output" / "kh-85-thinh-duc-2022.docx").exists()


def test_a_hamlet_count_typed_by_hand_that_agrees_raises_no_doubt(project):
    result = _build(project, PLAN_TEXT.replace('"{hamlet_count} xóm"', '"12 xóm"'))
    assert result.exit_code == 0 and "Cảnh báo (văn bản" not in result.output, result.output


@pytest.mark.parametrize(("date", "doubted"), [("2030-02-14", True), ("2020-12-01", True), ("2021-12-20", False),
                                               ("2022-10-24", False)])
def test_an_issue_date_outside_the_plan_year_is_a_warning(project, date, doubted):
    result = _build(project, PLAN_TEXT.replace("date = 2022-10-24", f"date = {date}"))
    assert result.exit_code == 0, result.output
    assert ("không thuộc năm kế hoạch 2022" in result.output) is doubted
