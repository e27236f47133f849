"""Properties that must hold for every plan, not only for the plans the other tests picked: calculator
invariants, valid plans build clean and read back, invalid plans are refused with located errors, and any
text appears in the document exactly as written. Settings stay modest so the suite stays fast."""

from __future__ import annotations

import json
import tomllib
import unicodedata
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, assume, example, given, seed, settings
from hypothesis import strategies as st

from docgen import markup
from docgen.build import build_checked
from docgen.calc import GROUPS, calculate
from docgen.check.report import has_errors
from docgen.cli import main
from docgen.invisible import visible
from docgen.plan.model import Plan
from docgen.plan.placeholders import BROKEN_PLACEHOLDER, PLACEHOLDER
from docgen.vnformat import integer
from tests.conftest import SMALL
from tests.readback import body_texts, open_docx, table_texts

FAST = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
SLOW = settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
BASE = tomllib.loads(SMALL.read_text(encoding="utf-8"))


@st.composite
def hamlets(draw) -> list[dict]:
    """Between one and eight hamlets with consistent counts (what ``validate`` accepts)."""
    made = []
    for index in range(draw(st.integers(1, 8))):
        households = draw(st.integers(1, 2000))
        poor = draw(st.integers(0, min(households, 200)))
        near = draw(st.integers(0, min(households - poor, 200)))
        made.append({"name": f"Xóm {index + 1}", "households": households, "poor": poor,
                     "poor_without_labour": draw(st.integers(0, poor)), "near_poor": near,
                     "near_poor_without_labour": draw(st.integers(0, near))})
    return made


@st.composite
def plans(draw) -> dict:
    """A valid plan: the small plan's text with generated hamlets and targets within their capacity."""
    data = json.loads(json.dumps(BASE, default=str))
    data["hamlets"] = draw(hamlets())
    for group in GROUPS:
        room = sum(h[group] - h[f"{group}_without_labour"] for h in data["hamlets"])
        data["targets"][f"{group}_reduction"] = draw(st.integers(0, room))
    return data


@seed(20)
@FAST
@given(plans(), st.data())
def test_calculator_invariants(data, draw):
    # newly poor in some hamlets; the oracle is the plan data itself, not the calculator's own helpers
    for hamlet in data["hamlets"]:
        hamlet["poor_new"] = draw.draw(st.integers(0, hamlet["households"] - hamlet["poor"] - hamlet["near_poor"]))
    plan = Plan.model_validate(data)
    results = calculate(plan)
    for group in GROUPS:
        table = results.tables[group]
        rows = table.rows
        for field in ("households", "start", "without_labour", "new", "reduction", "end"):
            assert getattr(table.total, field) == sum(getattr(r, field) for r in rows)
        for row, hamlet in zip(rows, data["hamlets"], strict=True):
            assert row.end == hamlet[group] + hamlet.get(f"{group}_new", 0) - row.reduction
            assert 0 <= row.reduction <= hamlet[group] - hamlet[f"{group}_without_labour"]
            assert 0 <= row.rate <= 100
        assert table.total.reduction == data["targets"][f"{group}_reduction"]
        assert 0 <= table.total.rate <= 100


def _write(folder: Path, data: dict, name: str = "plan.json") -> Path:
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@SLOW
@given(plans())
def test_any_valid_plan_builds_clean_and_reads_back_its_figures(tmp_path_factory, data):
    path = _write(tmp_path_factory.mktemp("plan"), data)
    built, findings = build_checked(path)
    assert not has_errors(findings), [(f.rule_id, f.where) for f in findings if f.severity == "error"]
    document = open_docx(built.docx)
    totals = [row for table in document.tables for row in table_texts(table) if row and row[0] == "Cộng"]
    expected = built.results.tables["poor"].total
    assert totals, "the appendix has its total row"
    assert integer(expected.households) in totals[0] and integer(expected.end) in totals[0]


BREAKS = {  # what a clerk can get wrong, and the field the error must name
    "negative households": (lambda d, n: d["hamlets"][0].update(households=-n), "hamlets[1].households"),
    "more poor than households": (lambda d, n: d["hamlets"][0].update(poor=d["hamlets"][0]["households"] + n),
                                  "hamlets[1]"),
    "target above capacity": (lambda d, n: d["targets"].update(
        poor_reduction=sum(h["poor"] for h in d["hamlets"]) + n), "targets.poor_reduction"),
    "a word for a number": (lambda d, n: d["hamlets"][0].update(near_poor="mười"), "hamlets[1].near_poor"),
    "an unknown field": (lambda d, n: d["targets"].update(poor_reductoin=n), "targets.poor_reductoin"),
    "an unknown placeholder": (lambda d, n: d["intro"].append("{so_ho_" + "x" * n + "}"), "intro[2]"),
}


@SLOW
@given(plans(), st.sampled_from(sorted(BREAKS)), st.integers(1, 50))
def test_any_invalid_plan_is_refused_with_located_errors_and_nothing_written(tmp_path_factory, data, kind, n):
    folder = tmp_path_factory.mktemp("bad")
    spoil, field = BREAKS[kind]
    spoil(data, n)
    path = _write(folder, data)
    result = CliRunner().invoke(main, ["build", str(path), "--output-dir", str(folder / "out")])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert str(path) in result.output and field in result.output, result.output
    assert not (folder / "out").exists()


TEXTS = st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=40) | st.sampled_from(
    ["<b>đậm</b> & <w:t>", "{{ year }} {% if true %}x{% endif %}", "{#c#} ]]> <![CDATA[", "a\u0300 e\u0301 Đ",
     "\u200b\u200d\ufeff", "x\x07y", "\x7f", "\u0085", "😀 ‮ ⁦"])


@SLOW
@given(TEXTS)
@example("__0__ **đậm** \\*")  # emphasis markup prints as the words it marks
@example("x\x07y")  # a control character: refused at the field
@example("\x85 C1")
@example("cột\tmột\ndòng hai")  # a tab and a line break: docxtpl's listing pass must still run on this part
@example("{{ year }} {% if true %}x{% endif %} {#c#}")  # template syntax is text
@example("<b>đậm</b> &amp; <w:t> ]]>")  # markup is text
@example("Thi\u0323nh \u0110u\u031b\u0301c")  # decomposed marks: the document holds the NFC form
def test_any_text_appears_exactly_as_written_or_is_refused_clearly(tmp_path_factory, text):
    # invisible format characters (zero-width, bidi) are removed at load; "\\{" is an escaped brace
    expected = visible(unicodedata.normalize("NFC", text)).strip()
    assume(expected and not PLACEHOLDER.search(expected) and not BROKEN_PLACEHOLDER.search(expected))
    assume("\\{" not in expected)
    folder = tmp_path_factory.mktemp("text")
    data = json.loads(json.dumps(BASE, default=str))
    data["intro"] = [expected]
    path = _write(folder, data)
    # --force: this is about the text, not about the form findings an odd paragraph (":") may draw.
    result = CliRunner().invoke(main, ["build", str(path), "--output-dir", str(folder / "out"), "--force"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    if result.exit_code == 1:  # only a character no document can hold, said as such, at the field
        assert "ký tự điều khiển" in result.output and "intro[1]" in result.output, result.output
        assert not (folder / "out").exists()
        return
    assert result.exit_code == 0, result.output
    written = next((folder / "out").glob("*.docx"))
    # "**đậm**", "*nghiêng*", "__gạch__" are the plan file's emphasis: printed as the words, in bold … (markup.py)
    printed = markup.plain(expected).replace("\r\n", "\n").replace("\r", "\n")  # Word has one line break
    assert printed in body_texts(open_docx(written.read_bytes()))


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=20)


def _paths(value, path=()):
    """Yield (path, value) for every key and item below ``value``."""
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, item in items:
        yield path + (key,), item
        yield from _paths(item, path + (key,))


@FAST
@given(st.dictionaries(st.text(max_size=6), JSON_VALUES, max_size=5), st.sampled_from([None, 1, 2]))
def test_the_json_line_map_finds_the_line_of_every_key_and_item(data, indent):
    from docgen.plan.linemap import json_line_map

    text = json.dumps(data, ensure_ascii=False, indent=indent)
    lines = json_line_map(text).lines
    for path, value in _paths(data):
        line = text.split("\n")[lines[path] - 1]
        if isinstance(path[-1], str):  # a key is on its own line (or the only one)
            assert json.dumps(path[-1], ensure_ascii=False) + ":" in line
        elif not isinstance(value, dict | list) or value:  # an item starts on its line
            assert line.strip() and (indent is None or line.strip()[0] in '[{"-0123456789tfn')
