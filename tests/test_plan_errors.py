"""Bad input: each case stops the build with a clerk-readable message naming file, line or field; nothing is written."""

from __future__ import annotations

import copy
import json
import tomllib
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner

from docgen.cli import main
from tests.conftest import SMALL
from tests.readback import open_docx

SMALL_TEXT = SMALL.read_text(encoding="utf-8")


def minimal_plan() -> dict:
    """Return the small test plan as data, for tests that build plans in memory."""
    return copy.deepcopy(tomllib.loads(SMALL_TEXT))


def run_build(project: Path, text: str, name: str = "bad.toml"):
    (project / "plans" / name).write_text(text, encoding="utf-8")
    return CliRunner().invoke(main, ["build", f"plans/{name}"])


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), start=1) if needle in line)


def assert_refused(result, *fragments: str) -> None:
    output = result.output
    assert result.exit_code == 1, output
    assert isinstance(result.exception, SystemExit), result.exception  # a clean exit, no traceback
    for fragment in fragments:
        assert fragment in output, f"{fragment!r} not in:\n{output}"


@pytest.fixture(autouse=True)
def _output_stays_empty(project: Path):
    yield
    assert not list((project / "output").glob("*")) if (project / "output").exists() else True


def test_invalid_toml_names_file_and_line(project):
    text = SMALL_TEXT.replace("households = 100", "households = 100 100")
    result = run_build(project, text)
    assert_refused(result, "plans/bad.toml", f"dòng {line_of(text, 'households = 100 100')}", "sai cú pháp")


@pytest.mark.parametrize("kind", ["Biên bản", "Kế hoạch chung"])
def test_a_kind_docgen_has_no_layout_for_is_refused_with_the_kinds_it_has(project, kind):
    """docgen lays out the kinds of docgen/kinds only: another would come out plan-shaped and pass the checker."""
    text = SMALL_TEXT.replace('kind = "Kế hoạch"', f'kind = "{kind}"')
    assert_refused(run_build(project, text), f"dòng {line_of(text, 'kind = ')}", "mục document.kind",
                   f"chưa có bố cục cho loại văn bản «{kind}»", "Kế hoạch, Báo cáo, Tờ trình, Thông báo, Hướng dẫn, "
                   "Chương trình, Quyết định, Công văn")


def test_a_plan_turned_into_a_decision_is_told_what_a_decision_needs(project):
    text = SMALL_TEXT.replace('kind = "Kế hoạch"', 'kind = "Quyết định"')
    assert_refused(run_build(project, text), "không phải «KH»", 'Ghi code = "QĐ"', "Quyết định cần phần [decision]",
                   "không có đoạn kết (closing)", "không dùng sections")


def test_kind_is_read_whatever_its_case_and_spacing():
    from docgen.kinds import kind_named

    assert kind_named("KẾ  HOẠCH") is kind_named("Kế hoạch") is not None and kind_named("Kế hoạch chung") is None


def test_missing_field(project):
    text = SMALL_TEXT.replace('closing = "Trên đây là Kế hoạch của xã Hòa Bình"\n', "")
    assert_refused(run_build(project, text), "mục closing", "Thiếu mục bắt buộc")


def test_a_missing_field_says_what_the_field_is_for_in_the_schemas_words(project):
    # The clerk has the message, not the documentation: the hint carries the field's own description.
    from docgen.plan.load import field_description

    assert field_description(("hamlets", 2, "poor")) == "Hộ nghèo sau rà soát cuối năm trước."
    assert field_description(("nothing",)) == ""
    text = SMALL_TEXT.replace('place = "Hòa Bình"\n', "")
    output = run_build(project, text).output
    assert "mục issuer.place: Thiếu mục bắt buộc." in output
    assert "Mục này là: Địa danh ghi trước ngày tháng" in output and "docs/" not in output


def test_unknown_field_is_located(project):
    text = SMALL_TEXT.replace('place = "Hòa Bình"', 'place = "Hòa Bình"\ncolour = "đỏ"')
    assert_refused(run_build(project, text), f"dòng {line_of(text, 'colour')}", "mục issuer.colour",
                   "không có trong mẫu")


def test_wrong_type(project):
    text = SMALL_TEXT.replace("households = 50", 'households = "50"')
    line = line_of(text, 'households = "50"')
    assert_refused(run_build(project, text), f"dòng {line}", "mục hamlets[2].households", "số nguyên")


def test_negative_count(project):
    text = SMALL_TEXT.replace("\npoor = 2\n", "\npoor = -2\n")
    assert_refused(run_build(project, text), f"dòng {line_of(text, 'poor = -2')}", "mục hamlets[2].poor",
                   "Không được là số âm")


def test_target_over_capacity(project):
    text = SMALL_TEXT.replace("poor_reduction = 3", "poor_reduction = 9")
    assert_refused(run_build(project, text), "mục targets.poor_reduction", "(9)", "(5)")


def test_hamlet_reduction_over_its_capacity(project):
    text = SMALL_TEXT.replace("near_poor_reduction = 1\n\n[[appendices]]",
                              "near_poor_reduction = 1\npoor_reduction = 3\n\n[[appendices]]")
    assert_refused(run_build(project, text), "mục hamlets[2].poor_reduction", "(3)", "(2)")


def test_targets_that_do_not_add_up(project):
    text = SMALL_TEXT.replace("\nnear_poor = 2\n", "\nnear_poor = 2\nnear_poor_reduction = 1\n")
    assert_refused(run_build(project, text), "mục targets.near_poor_reduction", "(2)", "(1)")


def test_duplicate_hamlet_differing_only_in_diacritics_case_and_spacing(project):
    text = SMALL_TEXT.replace('name = "Xóm Hai"', 'name = "xom  MỘT"')
    assert_refused(run_build(project, text), f"dòng {line_of(text, 'xom  MỘT')}", "hai lần", "Xóm Một")


def test_reference_mismatch_is_reported(project):
    text = SMALL_TEXT + "\n[reference]\nhouseholds = 151\npoor_end = 3\n"
    assert_refused(run_build(project, text), f"dòng {line_of(text, 'households = 151')}", "151", "150")


def test_unknown_placeholder(project):
    text = SMALL_TEXT.replace("{poor_reduction} hộ nghèo", "{poor_reductoin} hộ nghèo")
    assert_refused(run_build(project, text), "{poor_reductoin}", "{poor_reduction}")


def test_a_placeholder_missing_its_brace_is_refused_not_printed(project):
    text = SMALL_TEXT.replace("{poor_reduction} hộ nghèo", "{poor_reduction hộ nghèo")
    assert_refused(run_build(project, text), "thiếu dấu ngoặc nhọn đóng", "{year}")


def test_all_problems_are_reported_at_once_sorted_by_line(project):
    text = SMALL_TEXT.replace("\npoor = 2\n", "\npoor = -2\n").replace('place = "Hòa Bình"', 'plac = "Hòa Bình"')
    result = run_build(project, text)
    assert_refused(result, "issuer.plac", "hamlets[2].poor", "Có 3 lỗi")
    assert result.output.index("issuer.plac") < result.output.index("hamlets[2].poor")


def test_wrong_suffix_and_missing_file(project):
    assert_refused(CliRunner().invoke(main, ["build", "plans/none.toml"]), "plans/none.toml", "Không tìm thấy")
    assert_refused(run_build(project, SMALL_TEXT, "plan.txt"), ".toml hoặc .json")


def test_existing_output_is_kept_when_a_later_build_fails(project):
    good = CliRunner().invoke(main, ["build", "plans/small.toml"])
    assert good.exit_code == 0, good.output
    written = next((project / "output").glob("*.docx"))
    before = written.read_bytes()
    broken = SMALL_TEXT.replace("\npoor = 2\n", "\npoor = -2\n")
    (project / "plans" / "small.toml").write_text(broken, encoding="utf-8")
    assert CliRunner().invoke(main, ["build", "plans/small.toml"]).exit_code == 1
    assert written.read_bytes() == before
    assert [p.name for p in (project / "output").iterdir()] == [written.name]
    written.unlink()  # the autouse check wants output/ empty


def test_json_plan_with_the_same_schema_builds_the_same_document(project):
    data = minimal_plan()
    data["document"]["date"] = data["document"]["date"].isoformat()
    (project / "plans" / "small.json").write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["build", "plans/small.json", "--output-dir", "a"]).exit_code == 0
    assert runner.invoke(main, ["build", "plans/small.toml", "--output-dir", "b"]).exit_code == 0
    (a,), (b,) = list(Path("a").iterdir()), list(Path("b").iterdir())
    assert a.read_bytes() == b.read_bytes()


def test_a_json_plan_names_the_line_of_each_problem_too(project):
    data = minimal_plan()
    data["document"]["date"] = data["document"]["date"].isoformat()
    data["hamlets"][1]["poor"] = -2  # a schema problem
    data["hamlets"][0]["poor_reduction"] = 99  # and one across fields, in another round
    text = json.dumps(data, ensure_ascii=False, indent=1)
    lines = text.splitlines()
    poor = next(i for i, line in enumerate(lines, start=1) if '"poor": -2' in line)
    assert_refused(run_build(project, text, "bad.json"), f"bad.json, dòng {poor}, mục hamlets[2].poor")
    data["hamlets"][1]["poor"] = 2
    text = json.dumps(data, ensure_ascii=False, indent=1)
    reduction = next(i for i, line in enumerate(text.splitlines(), start=1) if '"poor_reduction": 99' in line)
    assert_refused(run_build(project, text, "bad.json"), f"bad.json, dòng {reduction}, mục hamlets[1].poor_reduction")


def test_decomposed_unicode_builds_the_same_bytes_as_nfc(project):
    (project / "plans" / "nfd.toml").write_text(unicodedata.normalize("NFD", SMALL_TEXT), encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["build", "plans/nfd.toml", "--output-dir", "a"]).exit_code == 0
    assert runner.invoke(main, ["build", "plans/small.toml", "--output-dir", "b"]).exit_code == 0
    (a,), (b,) = list(Path("a").iterdir()), list(Path("b").iterdir())
    assert a.read_bytes() == b.read_bytes()


def test_line_numbers_survive_multiline_strings_and_count_every_array_item(project):
    text = SMALL_TEXT.replace('closing = "Trên đây là Kế hoạch của xã Hòa Bình"',
                              'closing = """Trên đây là Kế hoạch\n[[hamlets]]\ncủa xã Hòa Bình"""')
    text = text.replace('    "Ý thứ nhất",\n', '    "Ý thứ nhất", "",\n')
    text = text.replace("households = 50", "households = -50")
    result = run_build(project, text)
    bullet_line = line_of(text, 'thứ nhất", ""')
    assert_refused(result, f"dòng {line_of(text, 'households = -50')}, mục hamlets[2].households",
                   f"dòng {bullet_line}, mục sections[1].items[1].bullets[2]")


@pytest.mark.parametrize("typed", ["05/01/2023", '"05/01/2023"', '"5-1-2023"'])
def test_a_date_typed_day_first_says_how_to_write_it(project, typed):
    text = SMALL_TEXT.replace("date = 2023-02-03", f"date = {typed}")
    assert_refused(run_build(project, text), f"dòng {line_of(text, 'date = ')}", "2023-01-05",
                   "date = 2023-01-05", "ngày 05 tháng 01 năm 2023")


def test_a_signature_prefix_lists_its_choices_in_words(project):
    text = SMALL_TEXT.replace('on_behalf_of = "Ủy ban nhân dân"', 'on_behalf_of = "Ủy ban nhân dân"\nprefix = "K.T"')
    assert_refused(run_build(project, text), "mục signature.prefix", "«K.T»", '"KT." (ký thay', '"TL." (thừa lệnh)',
                   '"" (để trống')


def test_a_day_the_calendar_does_not_have_is_said_in_words(project):
    text = SMALL_TEXT.replace("date = 2023-02-03", "date = 2023-02-30")
    assert "date = 2023-02-30" in text
    assert_refused(run_build(project, text), "không có trên lịch", "năm-tháng-ngày")


OLD_APPENDIX = """[[appendices]]
id = "ngheo"
group = "poor"
title = "Biểu phân bố chỉ tiêu giảm hộ nghèo năm 2023"

  [appendices.columns]
  order = "TT"
  hamlet = "Tên xóm"
  households = "Tổng số hộ"
  group = "Giảm hộ nghèo"
  start = "Hộ nghèo đầu kỳ"
  without_labour = "Không còn khả năng lao động"
  reduction = "Kế hoạch giảm"
  end = "Cuối kỳ"
  rate = "Tỷ lệ %"
  total = "Cộng"
"""


def test_a_plan_written_with_the_earlier_appendix_layout_still_builds_the_same_table(project):
    """Plans made before the column catalogue (a group and a table of headers) are read as they meant."""
    from docgen.build import build

    new_layout = project / "plans" / "small.toml"
    text = new_layout.read_text(encoding="utf-8")
    start = text.index("[[appendices]]")
    second = text.index("[[appendices]]", start + 1)
    old_layout = project / "plans" / "old.toml"
    old_layout.write_text(text[:start] + OLD_APPENDIX + "\n" + text[second:], encoding="utf-8")
    tables = [[[c.text for c in row.cells] for row in open_docx(build(path).docx).tables[-2].rows]
              for path in (new_layout, old_layout)]
    assert tables[0] == tables[1]


@pytest.mark.parametrize(("name", "text"), [
    ("deep.json", '{"intro": ' + "[" * 100_000 + "]" * 100_000 + "}"),
    ("deep.toml", "intro = " + "[" * 100_000 + "]" * 100_000 + "\n"),
    ("deep-tables.toml", "a = " + "{b = " * 5_000 + "1" + "}" * 5_000 + "\n"),
])
def test_a_plan_nested_thousands_deep_is_refused_not_a_traceback(project, name, text):
    # Both parsers give up on such a file by running out of recursion, which is not a parse error.
    assert_refused(run_build(project, text, name), f"plans/{name}", "lồng nhau quá sâu")


def test_a_file_far_larger_than_any_plan_is_refused_unread(project, monkeypatch):
    from docgen.plan import load

    monkeypatch.setattr(load, "MAX_PLAN_BYTES", 1000)  # the real cap is 10 MB: no need to write that much
    assert_refused(run_build(project, SMALL_TEXT + "#" * 2000 + "\n"), "plans/bad.toml", "quá lớn")


@pytest.mark.parametrize(("old", "new", "field", "said"), [
    ("households = 100", "households = 1000000000000000000000000000000", "hamlets[1].households",
     "Phải nhỏ hơn hoặc bằng 9.999.999"),
    ("year = 2023", "year = 20223", "targets.year", "Phải nhỏ hơn hoặc bằng 2100"),
    ("year = 2023", "year = 0", "targets.year", "Phải lớn hơn hoặc bằng 2000"),
    ("number = 7", "number = 1000000000000000000000", "document.number", "Phải nhỏ hơn hoặc bằng 99.999"),
])
def test_a_number_no_plan_could_hold_is_said_at_its_field(project, old, new, field, said):
    # thirty digits of households broke the arithmetic of the tables (a traceback); year 0 built a plan "năm 0"
    assert old in SMALL_TEXT
    assert_refused(run_build(project, SMALL_TEXT.replace(old, new, 1)), f"mục {field}", said)


def test_reductions_of_every_hamlet_summing_below_the_commune_target_are_refused(project):
    # every hamlet states its own reduction (1 + 1) but the commune's target is 3: one household is missing
    text = SMALL_TEXT.replace("poor_without_labour = 1\n", "poor_without_labour = 1\npoor_reduction = 1\n").replace(
        "poor_without_labour = 0\n", "poor_without_labour = 0\npoor_reduction = 1\n")
    assert_refused(run_build(project, text), f"dòng {line_of(text, 'poor_reduction = 3')}",
                   "mục targets.poor_reduction",
                   "Tổng kế hoạch giảm hộ nghèo của các xóm (2) khác chỉ tiêu của xã (3).")


def test_a_target_the_remaining_hamlets_cannot_hold_is_refused_at_the_target(project):
    # Xóm Một states 1 of the 4 (its capacity is 3); the 3 left would have to come from Xóm Hai, which has 2
    text = SMALL_TEXT.replace("poor_reduction = 3", "poor_reduction = 4").replace(
        "poor_without_labour = 1\n", "poor_without_labour = 1\npoor_reduction = 1\n")
    assert_refused(run_build(project, text), f"dòng {line_of(text, 'poor_reduction = 4')}",
                   "mục targets.poor_reduction",
                   "Chỉ tiêu giảm hộ nghèo của xã (4) lớn hơn số hộ nghèo còn khả năng lao động có thể phân bổ (3).")


def test_a_hamlet_listed_again_without_its_word_xom_is_a_duplicate(project):
    # the table diff and the imports take "Một" for "Xóm Một": a plan listing both would be matched twice
    text = SMALL_TEXT.replace('name = "Xóm Hai"', 'name = "Một"')
    line = line_of(text, '= "Một"')
    assert_refused(run_build(project, text), f"dòng {line}", "mục hamlets[2].name",
                   "Xóm «Một» bị khai hai lần (trùng với xóm thứ 1: «Xóm Một»).")
