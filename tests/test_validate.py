"""The checks across fields (docgen.plan.validate), called directly on plans in memory: every problem with its
field, its line and its exact words; the values on each limit accepted. Fast: nothing is built."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from docgen import messages as m
from docgen.calc import FIGURE_NAMES, calculate
from docgen.errors import DocgenError
from docgen.figures import FIGURES
from docgen.plan.load import parse_plan
from docgen.plan.validate import (
    check_confirmed,
    check_references,
    parse_field_path,
    plan_warnings,
    validate_plan,
)
from tests.test_plan_errors import SMALL_TEXT as SMALL_TOML
from tests.test_plan_errors import minimal_plan

PATH = Path("plan.json")
BASE = json.loads(json.dumps(minimal_plan(), default=str))


def _plan(change=lambda data: None):
    data = copy.deepcopy(BASE)
    change(data)
    text = json.dumps(data, ensure_ascii=False, indent=1)
    plan, lines = parse_plan(text, PATH)
    return plan, lines, text


def problems(change=lambda data: None, check=validate_plan) -> list[tuple[str, str, str]]:
    """Return (field, message, hint) of every problem ``check`` finds in the small plan changed by ``change``."""
    plan, lines, _ = _plan(change)
    try:
        check(plan, PATH, lines)
    except DocgenError as error:
        assert {p.location.file for p in error.problems} == {"plan.json"}
        return [(p.location.field, p.message, p.hint) for p in error.problems]
    return []


def located(change) -> list[tuple[int, str]]:
    plan, lines, text = _plan(change)
    with pytest.raises(DocgenError) as raised:
        validate_plan(plan, PATH, lines)
    assert all(p.location.file == "plan.json" for p in raised.value.problems)
    return [(p.location.line, text.splitlines()[p.location.line - 1].strip()) for p in raised.value.problems]


def set_in(*path_and_value):
    *path, value = path_and_value

    def change(data):
        node = data
        for part in path[:-1]:
            node = node[part]
        node[path[-1]] = value
    return change


def test_the_small_plan_has_no_problem():
    assert problems() == []
    assert problems(check=warnings_of) == []


def test_an_unknown_kind_and_a_kind_with_another_code():
    from docgen.kinds import kind_names
    from docgen.kinds import messages as km

    assert problems(set_in("document", "kind", "Nghị quyết")) == [
        ("document.kind", km.KIND_UNKNOWN.format(kind="Nghị quyết"), km.KIND_UNKNOWN_HINT.format(kinds=kind_names()))]
    assert problems(set_in("document", "kind", "Tờ trình"))[0] == (
        "document.code", km.CODE_MISMATCH.format(kind="Tờ trình", expected="TTr", code="KH"),
        km.CODE_MISMATCH_HINT.format(expected="TTr"))


def test_counts_over_their_limits_and_on_them():
    assert problems(set_in("hamlets", 0, "poor", 101)) == [  # 100 households
        ("hamlets[1].poor", "Số hộ nghèo (101) lớn hơn tổng số hộ của xóm (100).", "")]
    assert problems(set_in("hamlets", 0, "poor", 100)) == []  # on the limit
    assert problems(set_in("hamlets", 1, "poor_without_labour", 3)) == [
        ("hamlets[2].poor_without_labour", m.WITHOUT_LABOUR_OVER.format(value=3, group="nghèo", count=2), "")]
    assert problems(set_in("hamlets", 1, "near_poor", 51)) == [
        ("hamlets[2].near_poor", m.GROUP_OVER_HOUSEHOLDS.format(group="cận nghèo", count=51, households=50), "")]


def test_a_hamlet_reduction_over_what_it_can_lift_and_on_it():
    def reductions(first, second):
        def change(data):
            data["hamlets"][0]["poor_reduction"], data["hamlets"][1]["poor_reduction"] = first, second
        return change
    assert problems(reductions(1, 2)) == []  # Xóm Hai: 2 poor, none without labour: 2 is its limit
    assert problems(reductions(0, 3)) == [
        ("hamlets[2].poor_reduction", m.REDUCTION_OVER.format(value=3, group="nghèo", capacity=2),
         m.REDUCTION_OVER_HINT)]


def test_targets():
    assert problems(set_in("targets", "poor_reduction", 5)) == []  # capacities 3 + 2: on the limit
    assert problems(set_in("targets", "poor_reduction", 6)) == [
        ("targets.poor_reduction", m.TARGET_OVER_CAPACITY.format(group="nghèo", target=6, capacity=5), "")]

    def no_target(data):
        del data["targets"]["poor_reduction"]
    assert problems(no_target) == [("targets.poor_reduction", m.TARGET_MISSING.format(group="nghèo"), "")]

    def every_hamlet_states(first, second, target):
        def change(data):
            data["hamlets"][0]["poor_reduction"], data["hamlets"][1]["poor_reduction"] = first, second
            data["targets"]["poor_reduction"] = target
        return change
    assert problems(every_hamlet_states(2, 1, 3)) == []
    for first, second in ((1, 1), (3, 1)):  # below and above the target
        assert problems(every_hamlet_states(first, second, 3)) == [
            ("targets.poor_reduction", m.TARGET_SUM.format(group="nghèo", total=first + second, target=3),
             m.TARGET_SUM_HINT)]
    # one hamlet states more than the commune's whole target: the sum is wrong before anything is allocated
    assert problems(lambda d: d["hamlets"][0].update(poor_reduction=3) or d["targets"].update(poor_reduction=2)) == [
        ("targets.poor_reduction", m.TARGET_SUM.format(group="nghèo", total=3, target=2), m.TARGET_SUM_HINT)]


def test_no_hamlets_with_tables_or_targets():
    def empty(data):
        data["hamlets"] = []
    assert problems(empty) == [("hamlets", m.NO_HAMLETS, "")]

    def empty_without_tables_or_targets(data):
        data["hamlets"], data["appendices"] = [], []
        data["targets"].update(poor_reduction=0, near_poor_reduction=0)
        data["sections"][0]["items"][1]["text"] = ["Không có bảng."]
    assert problems(empty_without_tables_or_targets) == []


@pytest.mark.parametrize("prefix", ["KT.", "TL.", "TUQ."])
def test_a_signature_for_the_head_names_the_head(prefix):
    assert problems(set_in("signature", "prefix", prefix)) == [
        ("signature.head_title", m.SIGNATURE_HEAD_MISSING.format(prefix=prefix), "")]
    assert problems(lambda d: d["signature"].update(prefix=prefix, head_title="Chủ tịch")) == []


def test_q_needs_no_head_title():
    assert problems(set_in("signature", "prefix", "Q.")) == []


def test_appendices_and_their_columns():
    assert problems(set_in("appendices", 1, "id", "ngheo")) == [
        ("appendices[2].id", m.DUPLICATE_APPENDIX.format(id="ngheo"), "")]
    assert problems(set_in("appendices", 0, "columns", 2, "figure", "househols")) == [
        ("appendices[1].columns[3].figure", m.UNKNOWN_FIGURE.format(figure="househols"),
         m.UNKNOWN_FIGURE_HINT.format(names=", ".join(FIGURES)))]
    assert problems(set_in("appendices", 0, "columns", 3, "figure", "households")) == [
        ("appendices[1].columns[4].figure", m.DUPLICATE_COLUMN.format(figure="households", first=3), "")]
    # newly poor must be stated in every hamlet for a table to print them
    assert problems(lambda d: d["appendices"][0]["columns"].append({"figure": "poor_new", "header": "Mới"})
                    or d["hamlets"][1].update(poor_new=1)) == [
        ("appendices[1].columns[9].figure", m.FIGURE_NOT_GIVEN.format(figure="poor_new", field="poor_new", count=1,
                                                                      hamlet="Xóm Một"),
         m.FIGURE_NOT_GIVEN_HINT.format(field="poor_new"))]
    assert problems(lambda d: d["appendices"][0]["columns"].append({"figure": "poor_new", "header": "Mới"})
                    or [h.update(poor_new=0) for h in d["hamlets"]]) == []


def test_the_outline():
    assert problems(lambda d: d.update(parts=[{"title": "Phần một", "sections": d["sections"]}])) == [
        ("parts", m.SECTIONS_OR_PARTS, m.SECTIONS_OR_PARTS_HINT)]
    assert problems(lambda d: d.update(parts=[{"title": "Phần một", "sections": d.pop("sections")}])) == []
    assert problems(set_in("sections", 1, "items", 0, {})) == [("sections[2].items[1]", m.EMPTY_ITEM, "")]
    points = [{"text": [f"Điểm {n}"]} for n in range(24)]
    assert problems(set_in("sections", 1, "items", 0, "parts", 0, "points", points)) == [
        ("sections[2].items[1].parts[1].points", m.TOO_MANY_POINTS.format(count=24, most=23), m.TOO_MANY_POINTS_HINT)]
    assert problems(set_in("sections", 1, "items", 0, "parts", 0, "points", points[:23])) == []
    assert problems(set_in("sections", 1, "items", 0, "points", points)) == [
        ("sections[2].items[1].points", m.TOO_MANY_POINTS.format(count=24, most=23), m.TOO_MANY_POINTS_HINT)]


@pytest.mark.parametrize("item", ["- Lưu: VT, VP.", "Lưu: VT", "+ lưu: VP"])
def test_the_archive_line_is_not_a_recipient(item):
    assert problems(set_in("recipients", "items", 1, item)) == [
        ("recipients.items[2]", m.ARCHIVE_IN_ITEMS, m.ARCHIVE_IN_ITEMS_HINT)]


def test_placeholders_and_characters():
    assert problems(set_in("intro", 0, "Có {so_ho} hộ")) == [
        ("intro[1]", m.UNKNOWN_PLACEHOLDER.format(name="so_ho"), m.UNKNOWN_PLACEHOLDER_HINT.format(
            names=", ".join("{" + k + "}" for k in sorted(
                {*FIGURE_NAMES, "appendix.ngheo", "appendix.can_ngheo"}))))]
    assert problems(set_in("intro", 0, "Có {poor hộ")) == [
        ("intro[1]", m.BROKEN_PLACEHOLDER, m.BROKEN_PLACEHOLDER_HINT)]
    assert problems(set_in("intro", 0, "a\x07b")) == [
        ("intro[1]", m.BAD_CHARACTER.format(code=7), m.BAD_CHARACTER_HINT)]
    assert problems(set_in("intro", 0, "{appendix.ngheo} và {year}, tab\tvà dòng\nmới")) == []


def test_every_problem_is_on_its_line_sorted():
    found = located(lambda d: d["hamlets"][1].update(poor=51) or d["document"].update(kind="Nghị quyết"))
    assert [text for _, text in found] == ['"kind": "Nghị quyết",', '"poor": 51,']
    assert found == sorted(found)


def test_warnings():
    assert problems(set_in("recipients", "items", 0, "Các 3 xóm;"), check=warnings_of) == [
        ("recipients.items[1]", m.HAMLET_COUNT_MISMATCH.format(text="3 xóm", count=2),
         m.HAMLET_COUNT_MISMATCH_HINT.format(word="xóm"))]
    assert problems(set_in("recipients", "items", 0, "Các 2 xóm;"), check=warnings_of) == []
    for date, year in (("2021-12-31", 2023), ("2024-01-01", 2023)):
        assert problems(set_in("document", "date", date), check=warnings_of) == [
            ("document.date", m.DATE_OUTSIDE_YEAR.format(date=date, year=year), m.DATE_OUTSIDE_YEAR_HINT)]
    for date in ("2022-01-01", "2023-12-31"):  # late in the year before, or during the year
        assert problems(set_in("document", "date", date), check=warnings_of) == []


def _raise(found):
    if found:
        raise DocgenError(found)


def warnings_of(plan, path, lines) -> None:
    """plan_warnings returns its problems: raise them, as ``problems`` expects."""
    _raise(plan_warnings(plan, path, lines))


def test_references():
    def check(plan, path, lines):
        check_references(plan, calculate(plan), path, lines)
    assert problems(lambda d: d.update(reference={"households": 150, "poor_end": 3}), check) == []
    assert problems(lambda d: d.update(reference={"households": 151, "poor_rate": "2.01"}), check) == [
        ("reference.households", m.REFERENCE_MISMATCH.format(name="households", stated=151, computed=150),
         m.REFERENCE_MISMATCH_HINT),
        ("reference.poor_rate", m.REFERENCE_MISMATCH.format(name="poor_rate", stated="2.01", computed="2.00"),
         m.REFERENCE_MISMATCH_HINT)]


def test_fields_to_confirm_are_listed_with_their_lines_and_one_hint():
    plan, lines, text = _plan(lambda d: d.update(confirm=["targets", "hamlets[2]", "document.date"]))
    with pytest.raises(DocgenError) as raised:
        check_confirmed(plan, PATH, lines)
    found = [(p.location.field, text.splitlines()[p.location.line - 1].strip()[:12], p.hint)
             for p in raised.value.problems]
    assert found == [("document.date", '"date": "202', m.NOT_CONFIRMED_HINT), ("targets", '"targets": {', ""),
                     ("hamlets[2]", "{", "")]
    assert all(p.message == m.NOT_CONFIRMED for p in raised.value.problems)
    plan, lines, _ = _plan()
    check_confirmed(plan, PATH, lines)  # nothing to confirm: no error


def test_field_paths_read_back():
    assert parse_field_path("hamlets[3].poor") == ("hamlets", 2, "poor")
    assert parse_field_path("sections[2].items[10].parts[1].points") == ("sections", 1, "items", 9, "parts", 0,
                                                                          "points")
    assert parse_field_path("document.date") == ("document", "date")
    assert parse_field_path("") == ()


def test_problems_are_sorted_by_line_not_by_the_order_of_the_checks():
    # the counts are checked before the targets, but the targets come first in the file
    found = located(lambda d: d["hamlets"][1].update(poor_without_labour=3) or d["targets"].update(
        near_poor_reduction=9))
    assert [text for _, text in found] == ['"near_poor_reduction": 9', '"poor_without_labour": 3,']


def test_a_duplicate_hamlet_says_what_counts_as_the_same():
    assert problems(set_in("hamlets", 1, "name", "xom  MỘT")) == [
        ("hamlets[2].name", m.DUPLICATE_HAMLET.format(name="xom  MỘT", first=1, other="Xóm Một"),
         m.DUPLICATE_HAMLET_HINT)]


def test_every_poor_household_of_a_hamlet_without_labour():
    everyone = set_in("hamlets", 1, "poor_without_labour", 2)  # Xóm Hai: 2 poor, both unable to work
    assert problems(everyone) == []  # the 3 come from Xóm Một (capacity 3)
    assert problems(lambda d: everyone(d) or d["hamlets"][1].update(poor_reduction=1)) == [
        ("hamlets[2].poor_reduction", m.REDUCTION_OVER.format(value=1, group="nghèo", capacity=0),
         m.REDUCTION_OVER_HINT)]
    assert problems(lambda d: everyone(d) or d["targets"].update(poor_reduction=4)) == [
        ("targets.poor_reduction", m.TARGET_OVER_CAPACITY.format(group="nghèo", target=4, capacity=3), "")]


def test_a_target_without_hamlets_or_tables():
    def no_hamlets_one_target(data):
        data["hamlets"], data["appendices"] = [], []
        data["targets"].update(poor_reduction=1, near_poor_reduction=0)
        data["sections"][0]["items"][1]["text"] = ["Không có bảng."]
    assert problems(no_hamlets_one_target) == [("hamlets", m.NO_HAMLETS, "")]


def test_the_outline_without_sections_and_inside_parts():
    assert problems(set_in("sections", [])) == [("sections", m.SECTIONS_OR_PARTS, m.SECTIONS_OR_PARTS_HINT)]

    def in_parts_with_an_empty_item(data):
        data["parts"] = [{"title": "Phần một", "sections": data.pop("sections")}]
        data["parts"][0]["sections"][1]["items"][0] = {}
    assert problems(in_parts_with_an_empty_item) == [("parts[1].sections[2].items[1]", m.EMPTY_ITEM, "")]


def test_a_field_to_confirm_that_is_a_list_of_tables_or_unreadable_is_still_located():
    text = 'confirm = ["hamlets", "?"]\n' + SMALL_TOML
    plan, lines = parse_plan(text, Path("plan.toml"))
    with pytest.raises(DocgenError) as raised:
        check_confirmed(plan, Path("plan.toml"), lines)
    rows = text.splitlines()
    found = [(p.location.file, p.location.field, rows[p.location.line - 1]) for p in raised.value.problems]
    assert found == [("plan.toml", "?", 'confirm = ["hamlets", "?"]'), ("plan.toml", "hamlets", "[[hamlets]]")]
    assert raised.value.problems[1].location.line == rows.index("[[hamlets]]") + 1  # the first hamlet's table
