"""The checker's thresholds, at their edges: a value on the limit passes, one a little beyond it is reported.
Changing a limit in docgen/nd30.py (or the rounding tolerance) fails one of these."""

from __future__ import annotations

import pytest

from tests.check.helpers import check

MARGINS = {"top": 20, "bottom": 20, "left": 30, "right": 15}


def _rules(**overrides) -> set[str]:
    return {finding.rule_id for finding in check(**overrides)}


@pytest.mark.parametrize(("side", "value"), [("top", 20), ("top", 25), ("bottom", 20), ("bottom", 25),
                                              ("left", 30), ("left", 35), ("right", 15), ("right", 20)])
def test_margins_on_their_limits_pass(side, value):
    assert _rules(margins=MARGINS | {side: value}) == set()


@pytest.mark.parametrize(("side", "value"), [("top", 19.8), ("top", 25.2), ("bottom", 19.8), ("bottom", 25.2),
                                              ("left", 29.8), ("left", 35.2), ("right", 14.8), ("right", 20.2)])
def test_margins_just_beyond_their_limits_are_reported(side, value):
    assert _rules(margins=MARGINS | {side: value}) == {"page-margins"}


@pytest.mark.parametrize(("width", "height", "rules"), [
    (210.9, 297, set()), (209.1, 296.1, set()), (211.5, 297, {"page-size"}), (210, 298.5, {"page-size"})])
def test_page_size_tolerance_is_one_millimetre(width, height, rules):
    assert _rules(page_mm=(width, height)) == rules


@pytest.mark.parametrize(("size", "rules"), [(13, set()), (14, set()), (12.5, {"body-size"}),
                                             (14.5, {"body-size"})])
def test_body_size_13_to_14_pt(size, rules):
    assert _rules(styled=True, formats={"body": {"size": size}}) == rules


@pytest.mark.parametrize(("after", "rules"), [(6, set()), (5.5, {"body-spacing"})])
def test_space_between_paragraphs_at_least_6_pt(after, rules):
    assert _rules(styled=True, formats={"body": {"after_pt": after}}) == rules


@pytest.mark.parametrize(("line", "rules"), [(1.0, set()), (1.5, set()), (1.6, {"body-line-spacing"})])
def test_line_spacing_single_to_one_and_a_half(line, rules):
    assert _rules(styled=True, formats={"body": {"line": line}}) == rules


@pytest.mark.parametrize(("indent", "rules"), [(10, set()), (12.7, set()), (12.95, set()), (9.75, set()),
                                               (13.2, {"body-indent"}), (9.5, {"body-indent"}),
                                               (11.4, {"body-indent"})])
def test_first_line_indent_1_or_1_27_cm_within_0_3_mm(indent, rules):
    assert _rules(styled=True, formats={"body": {"first_line_mm": indent}}) == rules
