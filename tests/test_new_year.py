"""Next year's plan from this year's: what moves, what is kept, what must be confirmed before a build."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
import tomlkit
from click.testing import CliRunner

from docgen.build import build
from docgen.cli import main
from docgen.errors import DocgenError
from docgen.messages import NEW_CONFIRM_COMMENT
from docgen.plan.newyear import CONFIRM_NOTE, move_years


@pytest.fixture
def made(project: Path) -> Path:
    result = CliRunner().invoke(main, ["new", "plans/2023.toml", "--from", "plans/2022.toml"])
    assert result.exit_code == 0, result.output
    assert "năm 2023" in result.output and "16 mục" in result.output
    return project / "plans" / "2023.toml"


def test_years_alone_move_but_periods_and_dates_of_issued_documents_stay():
    # each period and date holds this year or last year, which would move if they stood alone
    text = ("năm 2022; rà soát năm 2021; giai đoạn 2021-2025 và 2021 - 2025, 2022–2026, 2020-2022; Quyết định "
            "ngày 18/01/2022, 30.9.2021; năm 2019; số 2022.")
    assert move_years(text, 2022, 2023) == (
        "năm 2023; rà soát năm 2022; giai đoạn 2021-2025 và 2021 - 2025, 2022–2026, 2020-2022; Quyết định "
        "ngày 18/01/2022, 30.9.2021; năm 2019; số 2023.")
    assert move_years("năm 2022", 2022, 2025) == "năm 2025" and move_years("năm 2021", 2022, 2025) == "năm 2024"


def test_the_new_plan_starts_each_hamlet_from_last_years_year_end(made):
    plan = tomllib.loads(made.read_text(encoding="utf-8"))
    assert plan["targets"]["year"] == 2023
    assert "number" not in plan["document"] and str(plan["document"]["date"]) == "2023-10-24"
    hamlets = {h["name"]: h for h in plan["hamlets"]}
    # 2022: Phúc Hòa 6 poor − 1 = 5, 1 near-poor − 1 = 0; Làng Mơn 10 − 2 = 8; Nhân Hòa near-poor 4 − 1 = 3
    assert (hamlets["Phúc Hòa"]["poor"], hamlets["Phúc Hòa"]["near_poor"]) == (5, 0)
    assert hamlets["Làng Mơn"]["poor"] == 8 and hamlets["Nhân Hòa"]["near_poor"] == 3
    assert all("poor_reduction" not in h and "near_poor_reduction" not in h for h in plan["hamlets"])
    assert "reference" not in plan
    assert "năm {year}" in plan["document"]["summary"]  # a placeholder: prints 2023 (typed years move too)
    # legal bases name documents already issued: kept word for word (only to confirm), though the first one's
    # "năm 2022" stands alone and would move if the bases were rewritten like the other texts
    old = tomllib.loads((made.parent / "2022.toml").read_text(encoding="utf-8"))
    assert plan["bases"] == old["bases"]
    assert move_years(old["bases"][0], 2022, 2023) != old["bases"][0]


def test_comments_and_layout_of_the_old_file_are_kept(project, made):
    old = (project / "plans" / "2022.toml").read_text(encoding="utf-8")
    new = made.read_text(encoding="utf-8")
    old_comments = [line for line in old.splitlines() if line.lstrip().startswith("#") and "[reference]" not in line]
    new_lines = new.splitlines()
    assert sum(c in new_lines for c in old_comments) >= len(old_comments) - 3  # the [reference] block's own go
    assert new.index("[[sections]]") < new.index("[signature]") < new.index("[[hamlets]]")


def test_build_refuses_an_unconfirmed_plan_listing_every_field_with_its_line(made):
    with pytest.raises(DocgenError) as caught:
        build(made)
    fields = [p.location.field for p in caught.value.problems]
    assert fields[:4] == ["bases", "document.date", "signature", "targets"]
    assert fields[4:] == [f"hamlets[{i}]" for i in range(1, 13)]
    lines = made.read_text(encoding="utf-8").splitlines()
    for problem in caught.value.problems:
        assert lines[problem.location.line - 1].lstrip().startswith(
            {"bases": "bases", "document.date": "date", "signature": "[signature]", "targets": "[targets]"}.get(
                problem.location.field, "[[hamlets]]"))


def test_once_every_field_is_confirmed_the_new_plan_builds(made):
    document = tomlkit.parse(made.read_text(encoding="utf-8"))
    del document["confirm"]
    made.write_text(tomlkit.dumps(document), encoding="utf-8")
    built = build(made)
    assert built.plan.targets.year == 2023 and built.draft


def test_an_existing_file_is_never_overwritten(project, made):
    before = made.read_bytes()
    result = CliRunner().invoke(main, ["new", "plans/2023.toml", "--from", "plans/2022.toml"])
    assert result.exit_code == 1 and "không ghi đè" in result.output
    assert made.read_bytes() == before


def test_another_year_can_be_asked_for(project):
    result = CliRunner().invoke(main, ["new", "plans/2025.toml", "--from", "plans/2022.toml", "--year", "2025"])
    assert result.exit_code == 0, result.output
    plan = tomllib.loads((project / "plans" / "2025.toml").read_text(encoding="utf-8"))
    assert plan["targets"]["year"] == 2025 and str(plan["document"]["date"]) == "2025-10-24"


def test_a_year_that_is_not_after_the_old_one_is_refused(project):
    result = CliRunner().invoke(main, ["new", "plans/2021.toml", "--from", "plans/2022.toml", "--year", "2021"])
    assert result.exit_code == 1 and "phải sau năm của kế hoạch cũ" in result.output
    assert not (project / "plans" / "2021.toml").exists()


SMALL_2023 = (Path(__file__).parent / "data" / "small.toml").read_text(encoding="utf-8")


def _new_from(project: Path, text: str, *extra: str):
    (project / "plans" / "old.toml").write_text(text, encoding="utf-8")
    return CliRunner().invoke(main, ["new", "plans/new.toml", "--from", "plans/old.toml", *extra])


def test_last_years_newly_poor_are_in_the_new_start_and_not_counted_again(project):
    # Xóm Một: 4 poor + 3 newly poor − its share of the 3 reduced; Xóm Hai: 2 poor + 1 newly poor − its share
    text = SMALL_2023.replace("poor_without_labour = 1\n", "poor_without_labour = 1\npoor_new = 3\n").replace(
        "poor_without_labour = 0\n", "poor_without_labour = 0\npoor_new = 1\nnear_poor_new = 2\n")
    old = build(_plan_file(project, text))
    result = _new_from(project, text)
    assert result.exit_code == 0, result.output
    new = tomllib.loads((project / "plans" / "new.toml").read_text(encoding="utf-8"))
    shares = [r.reduction for r in old.results.tables["poor"].rows]  # 3 split 3:2 → 2, 1
    assert shares == [2, 1]
    assert [(h["poor"], h["near_poor"]) for h in new["hamlets"]] == [(4 + 3 - 2, 2 - 0), (2 + 1 - 1, 1 + 2 - 1)]
    assert all(key not in h for h in new["hamlets"] for key in ("poor_new", "near_poor_new"))


def _plan_file(project: Path, text: str) -> Path:
    path = project / "plans" / "built.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_issued_documents_named_in_the_bases_keep_their_years(project):
    bases = 'bases = ["Căn cứ Nghị quyết số 05/NQ-HĐND năm 2023 của HĐND xã", "Căn cứ Kế hoạch năm 2022 của huyện"]'
    text = SMALL_2023.replace(SMALL_2023.splitlines()[1], bases)
    assert _new_from(project, text).exit_code == 0
    new = tomllib.loads((project / "plans" / "new.toml").read_text(encoding="utf-8"))
    assert new["bases"] == ["Căn cứ Nghị quyết số 05/NQ-HĐND năm 2023 của HĐND xã",
                            "Căn cứ Kế hoạch năm 2022 của huyện"]
    assert new["targets"]["year"] == 2024


def test_a_plan_dated_29_february_moves_to_28_february(project):
    text = SMALL_2023.replace("year = 2023", "year = 2024").replace("date = 2023-02-03", "date = 2024-02-29")
    result = _new_from(project, text)
    assert result.exit_code == 0, result.output
    new = tomllib.loads((project / "plans" / "new.toml").read_text(encoding="utf-8"))
    assert str(new["document"]["date"]) == "2025-02-28" and new["targets"]["year"] == 2025
    (project / "plans" / "new.toml").unlink()
    assert _new_from(project, text, "--year", "2028").exit_code == 0  # to a leap year the day stays
    assert str(tomllib.loads((project / "plans" / "new.toml").read_text(encoding="utf-8"))["document"]["date"]) == (
        "2028-02-29")


def test_the_same_year_as_the_old_plan_is_refused(project):
    result = _new_from(project, SMALL_2023, "--year", "2023")
    assert result.exit_code == 1, result.output
    assert "Năm của kế hoạch mới (2023) phải sau năm của kế hoạch cũ (2023)." in result.output
    assert not (project / "plans" / "new.toml").exists()


def _one_line(result) -> str:
    return " ".join(result.output.split())


@pytest.mark.parametrize(("old", "new"), [("old.json", "new.toml"), ("old.toml", "new.json")])
def test_only_toml_plans_are_made_or_read(project, old, new):
    (project / "plans" / old).write_text(SMALL_2023, encoding="utf-8")
    result = CliRunner().invoke(main, ["new", f"plans/{new}", "--from", f"plans/{old}"])
    assert result.exit_code == 1
    assert f"plans/{new}: docgen new làm việc với tệp kế hoạch .toml (giữ được chú thích)." in _one_line(result)
    assert not (project / "plans" / new).exists()


def test_an_existing_target_is_named_with_what_to_do(project):
    (project / "plans" / "new.toml").write_text("# mine", encoding="utf-8")
    result = _new_from(project, SMALL_2023)
    assert result.exit_code == 1
    assert ("plans/new.toml: Đã có tệp này; docgen không ghi đè tệp đã có. → Chọn tên tệp (hoặc năm) khác, hoặc xóa "
            "tệp cũ nếu chắc chắn không cần.") in _one_line(result), result.output
    assert (project / "plans" / "new.toml").read_text(encoding="utf-8") == "# mine"


def test_a_year_not_after_the_old_one_names_the_new_file(project):
    result = _new_from(project, SMALL_2023, "--year", "2022")
    assert "plans/new.toml: Năm của kế hoạch mới (2022) phải sau năm của kế hoạch cũ (2023)." in _one_line(result)


def test_a_problem_of_the_old_plan_names_the_old_file(project):
    result = _new_from(project, SMALL_2023.replace("poor_reduction = 3", "poor_reduction = 9"))
    assert result.exit_code == 1
    assert "plans/old.toml, dòng 68, mục targets.poor_reduction" in _one_line(result), result.output
    assert not (project / "plans" / "new.toml").exists()


def test_a_plan_saved_by_notepad_with_a_byte_order_mark_and_a_draft_without_number(project):
    (project / "plans" / "old.toml").write_bytes(b"\xef\xbb\xbf" + SMALL_2023.replace("number = 7\n", "").encode())
    result = CliRunner().invoke(main, ["new", "plans/new.toml", "--from", "plans/old.toml"])
    assert result.exit_code == 0, result.output
    written = (project / "plans" / "new.toml").read_bytes()
    assert not written.startswith(b"\xef\xbb\xbf") and tomllib.loads(written.decode())["targets"]["year"] == 2024


def test_a_plan_without_hamlets_moves_on_too(project):
    text = SMALL_2023.split("[[hamlets]]")[0].replace("poor_reduction = 3", "poor_reduction = 0").replace(
        "near_poor_reduction = 1", "near_poor_reduction = 0").replace(
        "giảm {poor_reduction} hộ nghèo ({appendix.ngheo})", "không có bảng")
    assert "[[appendices]]" not in text
    result = _new_from(project, text)
    assert result.exit_code == 0, result.output
    new = tomllib.loads((project / "plans" / "new.toml").read_text(encoding="utf-8"))
    assert new["confirm"] == ["document.date", "signature", "bases", "targets"] and "hamlets" not in new


def test_what_to_confirm_is_listed_one_a_line_and_noted_beside_each_field(project):
    assert _new_from(project, SMALL_2023).exit_code == 0
    lines = (project / "plans" / "new.toml").read_text(encoding="utf-8").splitlines()
    start = lines.index("confirm = [")
    assert [line.strip() for line in lines[start + 1:start + 8]] == [
        '"document.date",', '"signature",', '"bases",', '"targets",', '"hamlets[1]",', '"hamlets[2]",',
        f"] # {NEW_CONFIRM_COMMENT}"]
    noted = [line.split(" = ")[0].split("#")[0].strip() for line in lines if line.endswith(f"# {CONFIRM_NOTE}")]
    assert noted == ["bases", "date", "[signature]", "[targets]", "[[hamlets]]", "[[hamlets]]"], noted


def test_a_drafts_blank_date_moves_its_year_on_and_keeps_its_month(project):
    text = SMALL_2023.replace("date = 2023-02-03\n", "draft_month = 2\ndraft_year = 2023\n")
    assert text != SMALL_2023
    result = _new_from(project, text)
    assert result.exit_code == 0, result.output
    new = tomllib.loads((project / "plans" / "new.toml").read_text(encoding="utf-8"))
    document = new["document"]
    assert (document["draft_month"], document["draft_year"]) == (2, 2024) and "date" not in document


def test_an_undated_draft_makes_next_years_plan_without_a_date_to_confirm(project):
    result = _new_from(project, SMALL_2023.replace("date = 2023-02-03\n", ""))
    assert result.exit_code == 0, result.output
    new = tomllib.loads((project / "plans" / "new.toml").read_text(encoding="utf-8"))
    assert "date" not in new["document"] and "document.date" not in new["confirm"]
