"""The calculator: hamlet targets, year-end households, rates and totals. Pure functions, no I/O.

It expects a plan that ``docgen.plan.validate`` accepted: counts are consistent and targets fit.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from docgen.figures import GROUPS, MEASURES, figure_id
from docgen.plan.model import Hamlet, Plan

_HUNDREDTH = Decimal("0.01")


# The commune figures a plan's text may quote as {name} and its [reference] may state.
FIGURE_NAMES = ("year", "households", "poor", "poor_reduction", "poor_end", "poor_rate",
                "near_poor", "near_poor_reduction", "near_poor_end", "near_poor_rate", "previous_year", "hamlet_count")
PLAIN_FIGURES = ("year", "previous_year", "hamlet_count")  # printed as they are: 2022, 12 (not 2.022, 012)


@dataclass(frozen=True)
class Row:
    """One line of a target table: a hamlet, or the commune total (``order`` 0)."""

    order: int
    name: str
    households: int
    start: int
    start_rate: Decimal
    without_labour: int
    new: int
    reduction: int
    end: int
    rate: Decimal

    def figures(self, group: str) -> dict[str, object]:
        """Return the row's values under their catalogue ids (docgen.figures): ``poor_end`` and the like."""
        own = {figure_id(group, m.suffix): getattr(self, m.suffix or "start") for m in MEASURES}
        return {"order": self.order, "hamlet": self.name, "households": self.households} | own


@dataclass(frozen=True)
class GroupTable:
    """The target table of one group (poor or near-poor households): hamlet rows and their total."""

    group: str
    rows: tuple[Row, ...]
    total: Row


@dataclass(frozen=True)
class Results:
    """Everything the calculator derives from a plan."""

    year: int
    tables: dict[str, GroupTable]

    def hamlet_figures(self, index: int) -> dict[str, object]:
        """Return every catalogue figure of the hamlet at ``index`` (0-based), both groups."""
        return _merged((table.rows[index], table.group) for table in self.tables.values())

    def total_figures(self) -> dict[str, object]:
        """Return every catalogue figure of the commune total row (``order`` 0, ``hamlet`` "")."""
        return _merged((table.total, table.group) for table in self.tables.values())


def calculate(plan: Plan) -> Results:
    """Return the per-hamlet and commune figures of both groups."""
    return Results(plan.targets.year, {group: group_table(plan, group) for group in GROUPS})


def group_table(plan: Plan, group: str) -> GroupTable:
    """Return the table of ``group``, with per-hamlet reductions given in the plan or allocated."""
    reductions = hamlet_reductions(plan, group)
    rows = tuple(_row(i, h, group, r) for i, (h, r) in enumerate(zip(plan.hamlets, reductions, strict=True), start=1))
    return GroupTable(group, rows, _total(rows))


def hamlet_reductions(plan: Plan, group: str) -> list[int]:
    """Return each hamlet's reduction: its own figure where the plan gives one, else its allocated share.

    The shares split what is left of the commune target over the other hamlets in proportion to the
    households that can still work (poor minus those without labour capacity), by largest remainder
    (Hamilton's method): floors first, then one more each to the largest fractional parts, earlier
    hamlets first on a tie, and never above a hamlet's capacity.
    """
    given = [getattr(h, f"{group}_reduction") for h in plan.hamlets]
    target = commune_target(plan, group)
    open_ = [i for i, value in enumerate(given) if value is None]
    rest = target - sum(value for value in given if value is not None)
    shares = allocate(rest, [capacity(plan.hamlets[i], group) for i in open_])
    result = [value or 0 for value in given]
    for index, share in zip(open_, shares, strict=True):
        result[index] = share
    return result


def commune_target(plan: Plan, group: str) -> int:
    """Return the commune's target for ``group``: stated in the plan, or the sum of the hamlets' figures."""
    stated = getattr(plan.targets, f"{group}_reduction")
    if stated is not None:
        return stated
    return sum(getattr(h, f"{group}_reduction") or 0 for h in plan.hamlets)


def capacity(hamlet: Hamlet, group: str) -> int:
    """Return how many of the hamlet's households in ``group`` can still work, the most it can lift out."""
    return getattr(hamlet, group) - getattr(hamlet, f"{group}_without_labour")


def allocate(target: int, capacities: list[int]) -> list[int]:
    """Return ``target`` split in proportion to ``capacities`` by largest remainder (Hamilton's method).

    Each share is at most its capacity and the shares sum to ``target``. A target the capacities cannot hold
    has no such split: ``ValueError`` (a plan asking that is refused by ``validate`` with its location first).
    Within capacity the floors are at most the capacities, and the ones handed out after them go to
    fractional parts, which capacities never have: no share can pass its capacity.
    """
    total = sum(capacities)
    if target < 0 or target > total or min(capacities, default=0) < 0:
        raise ValueError(f"cannot allocate {target} over capacities {capacities}")
    if target == 0:
        return [0] * len(capacities)
    quotas = [Fraction(target * c, total) for c in capacities]
    shares = [int(q) for q in quotas]
    by_remainder = sorted(range(len(quotas)), key=lambda i: (shares[i] - quotas[i], i))
    for index in by_remainder[:target - sum(shares)]:
        shares[index] += 1
    return shares


def rate(end: int, households: int) -> Decimal:
    """Return ``end`` as a percentage of ``households``, rounded half up to two decimals (0 when no households)."""
    if households == 0:
        return Decimal("0.00")
    return (Decimal(end * 100) / Decimal(households)).quantize(_HUNDREDTH, rounding=ROUND_HALF_UP)


def _row(order: int, hamlet: Hamlet, group: str, reduction: int) -> Row:
    """A hamlet's line: year end = start + newly poor − reduction; both rates over the hamlet's households."""
    start, new = getattr(hamlet, group), getattr(hamlet, f"{group}_new") or 0
    end = start + new - reduction
    return Row(order, hamlet.name, hamlet.households, start, rate(start, hamlet.households),
               getattr(hamlet, f"{group}_without_labour"), new, reduction, end, rate(end, hamlet.households))


def _total(rows: tuple[Row, ...]) -> Row:
    """Return the total row, always summed from the hamlet rows; its rates are recomputed, not averaged."""
    households = sum(r.households for r in rows)
    start, end = sum(r.start for r in rows), sum(r.end for r in rows)
    return Row(0, "", households, start, rate(start, households), sum(r.without_labour for r in rows),
               sum(r.new for r in rows), sum(r.reduction for r in rows), end, rate(end, households))


def _merged(rows) -> dict[str, object]:
    merged: dict[str, object] = {}
    for row, group in rows:
        merged |= row.figures(group)
    return merged


def commune_figures(results: Results) -> dict[str, object]:
    """Return the commune-level figures under ``FIGURE_NAMES``."""
    poor, near = results.tables["poor"].total, results.tables["near_poor"].total
    values = (results.year, poor.households, poor.start, poor.reduction, poor.end, poor.rate,
              near.start, near.reduction, near.end, near.rate, results.year - 1, len(results.tables["poor"].rows))
    return dict(zip(FIGURE_NAMES, values, strict=True))
