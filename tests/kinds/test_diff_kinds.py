"""Issue 17: ``docgen diff`` knows the kinds. Two decisions are compared by their authority line and their
articles (a change is said with its "Điều n"); two letters by their "Kính gửi:" (said once, as a field); a
decision and a letter are said to be two kinds before anything else."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from docgen.cli import main
from tests.conftest import ROOT

DECISION = ROOT / "plans" / "vi-du-quyet-dinh-2022.toml"
LETTER = ROOT / "plans" / "vi-du-cong-van-2022.toml"


def _edited(tmp_path: Path, source: Path, name: str, *changes: tuple[str, str]) -> Path:
    text = source.read_text(encoding="utf-8")
    for old, new in changes:
        assert old in text
        text = text.replace(old, new)
    target = tmp_path / name
    target.write_text(text, encoding="utf-8")
    return target


def _diff(*args: Path | str):
    return CliRunner().invoke(main, ["diff", *map(str, args)])


def test_two_decisions_are_compared_by_authority_and_article(tmp_path):
    changed = _edited(tmp_path, DECISION, "qd.toml",
                      ("Quyết định có hiệu lực kể từ ngày ký.", "Quyết định có hiệu lực kể từ ngày 01/11/2022."),
                      ('authority = ["CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ THỊNH ĐỨC"]',
                       'authority = ["ỦY BAN NHÂN DÂN XÃ THỊNH ĐỨC"]'))
    result = _diff(DECISION, changed)
    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()
    assert "  Thẩm quyền ban hành: CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ THỊNH ĐỨC → ỦY BAN NHÂN DÂN XÃ THỊNH ĐỨC" in lines
    assert ("  Điều 2: Đoạn sửa: Điều 2. Quyết định có hiệu lực kể từ ngày [-ký.-] {+01/11/2022.+}") in lines
    assert lines[-1] == "Có 2 khác biệt." and "hai loại văn bản" not in result.output
    data = json.loads(_diff(DECISION, changed, "--format", "json").output)
    assert [p["where"] for p in data[0]["paragraphs"]] == ["Điều 2"] and data[0]["other_kinds"] == ""


def test_two_letters_say_a_changed_addressee_once(tmp_path):
    changed = _edited(tmp_path, LETTER, "cv.toml", ('"Trưởng xóm Làng Mơn"', '"Trưởng xóm Làng Mơn", "Công an xã"'))
    result = _diff(LETTER, changed)
    assert result.exit_code == 1, result.output
    field = next(line for line in result.output.splitlines() if line.startswith("  Kính gửi:"))
    assert field.endswith("- Trưởng xóm Làng Mơn; - Công an xã.")
    assert "Đoạn" not in result.output and result.output.splitlines()[-1] == "Có 1 khác biệt."


def test_a_decision_and_a_letter_are_said_to_be_two_kinds_first():
    result = _diff(DECISION, LETTER)
    lines = result.output.splitlines()
    assert lines[1].startswith("  Lưu ý:") and "là Quyết định" in lines[1] and "là Công văn" in lines[1]
    assert "  Loại văn bản: Quyết định → Công văn" in lines


REPORT = ROOT / "plans" / "vi-du-bao-cao-2022.toml"


def test_two_reports_say_a_changed_result_in_the_reports_own_words(tmp_path):
    """Xóm Cường reaches its target after all: its «Thực hiện giảm» (a result, not the plan's «kế hoạch giảm»)
    and «Đánh giá» change, said by the report's column headers, and the total's «11/12 đạt»."""
    text = REPORT.read_text(encoding="utf-8")
    at = text.index('hamlet = "Xóm Cường"')
    changed = tmp_path / "bc.toml"
    changed.write_text(text[:at] + text[at:].replace("\npoor_reduced = 0", "\npoor_reduced = 1", 1), encoding="utf-8")
    result = _diff(REPORT, changed)
    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()
    assert any(line.endswith("Xóm Cường, Thực hiện giảm: 0 → 1") for line in lines), lines
    assert any(line.endswith("Xóm Cường, Đánh giá: Không đạt → Đạt") for line in lines), lines
    assert any(line.endswith("Cộng, Đánh giá: 11/12 đạt → 12/12 đạt") for line in lines), lines
    assert not any("kế hoạch giảm (thoát)" in line or line.startswith("  , ") for line in lines), lines
