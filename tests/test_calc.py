from decimal import Decimal

from docgen.calc import allocate, calculate, rate
from docgen.plan.model import Plan
from tests.test_plan_errors import minimal_plan


def plan_with(hamlets, **targets) -> Plan:
    data = minimal_plan()
    data["hamlets"] = hamlets
    data["targets"] = {"year": 2022, **targets}
    return Plan.model_validate(data)


def hamlet(name, households, poor, without=0, reduction=None, near=0, near_reduction=0):
    entry = {"name": name, "households": households, "poor": poor, "poor_without_labour": without,
             "near_poor": near, "near_poor_reduction": near_reduction}
    if reduction is not None:
        entry["poor_reduction"] = reduction
    return entry


def test_year_end_is_start_minus_reduction_and_totals_are_summed():
    plan = plan_with([hamlet("A", 219, 3, 2, 0), hamlet("B", 209, 6, 4, 1)], poor_reduction=1)
    table = calculate(plan).tables["poor"]
    assert [r.end for r in table.rows] == [3, 5]
    assert (table.total.households, table.total.start, table.total.reduction, table.total.end) == (428, 9, 1, 8)
    assert table.total.rate == Decimal("1.87")  # 8 / 428 × 100 = 1.869…


def test_rate_rounds_half_up_to_two_decimals():
    assert rate(31, 2211) == Decimal("1.40")
    assert rate(19, 2211) == Decimal("0.86")
    assert rate(1, 8) == Decimal("12.50")
    assert rate(1, 800) == Decimal("0.13")  # 0.125 rounds up
    assert rate(0, 0) == Decimal("0.00")


def test_allocation_is_proportional_to_working_households_and_never_over_capacity():
    assert allocate(6, [1, 2, 1, 2, 2, 2, 0, 0, 2, 0, 0, 4]) == [0, 1, 0, 1, 1, 1, 0, 0, 1, 0, 0, 1]
    assert sum(allocate(6, [1, 2, 1, 2, 2, 2, 0, 0, 2, 0, 0, 4])) == 6
    assert allocate(3, [1, 1, 10]) == [0, 0, 3]
    assert allocate(5, [1, 1, 3]) == [1, 1, 3]
    for target in range(13):
        shares = allocate(target, [3, 0, 5, 4])
        assert sum(shares) == target and all(s <= c for s, c in zip(shares, [3, 0, 5, 4], strict=True))


def test_ties_go_to_the_earlier_hamlet():
    assert allocate(1, [2, 2]) == [1, 0]


def test_commune_target_is_allocated_to_hamlets_without_their_own_figure():
    plan = plan_with([hamlet("A", 100, 5, 1, 2), hamlet("B", 100, 4, 0), hamlet("C", 100, 4, 2)],
                     poor_reduction=5)
    rows = calculate(plan).tables["poor"].rows
    assert [r.reduction for r in rows] == [2, 2, 1]  # 3 left, split 4:2 → 2, 1


def test_without_commune_target_the_hamlet_figures_are_summed():
    plan = plan_with([hamlet("A", 100, 5, 0, 2), hamlet("B", 100, 4, 0, 1)])
    assert calculate(plan).tables["poor"].total.reduction == 3
