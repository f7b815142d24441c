"""What-ifs for a pair's trade: explicit scenarios from its official series, each stating its one
assumption (a compound rate continued, a part year's run-rate, the rate a projection implies), and
the same scenarios with the actuals they start from, for drawing as lines.

The statistics and officials' statements are arguments (see :mod:`tradefigures.statistics`;
default: the bundled ones). Both tables are re-exported by :mod:`tradefigures.analysis`.
"""

from __future__ import annotations

import warnings
from typing import Any

import pandas as pd

from ._official import (
    ASK_FOR_STATISTICS,
    official_series,
    only_pair,
    statistic_rows,
    vintage_text,
    year_figure,
)
from ._tables import (
    BOOL,
    FIGURE_COLUMNS,
    FLOAT,
    INT,
    STR,
    Pair,
    Row,
    as_float,
    as_text,
    format_money,
    format_pct,
    is_missing,
    ordered_pair,
    pair_key,
    period_months,
    records_of,
    typed_frame,
)
from .statistics import read_statements

__all__ = ["scenario_paths", "scenarios"]


_SCENARIOS: dict[str, Any] = {
    "scenario": STR, "assumption": STR, "reporter": STR, "partner": STR, "office": STR,
    "base_year": INT, "base_value": FLOAT, "year": INT, "value": FLOAT, "currency": STR, "annual_growth": FLOAT,
    "is_estimate": BOOL, "source": STR,
}
Path_ = tuple[str, str, list[tuple[int, float]]]  # name, assumption, (year, value) of each year drawn


def _compound(official: list[Row], base: Row, end_year: int) -> Path_ | None:
    """Every year to `end_year` at the compound rate of the (up to) five years to the base year."""
    year = pd.Timestamp(base["period_start"]).year
    first = next((r for y in range(year - 5, year - 1) if (r := year_figure(official, y)) is not None), None)
    if first is None or not first["value"]:
        return None
    y0 = pd.Timestamp(first["period_start"]).year
    rate = (float(base["value"]) / float(first["value"])) ** (1 / (year - y0)) - 1
    text = (f"every year to {end_year} at {base['office']}'s compound annual rate from {y0} "
            f"({vintage_text(first)}) to {year} ({vintage_text(base)}): "
            f"({format_money(base['value'], base['currency'])} / "
            f"{format_money(first['value'], first['currency'])})^(1/{year - y0}) − 1 = {format_pct(rate)} a year")
    path = [(y, float(base["value"]) * (1 + rate) ** (y - year)) for y in range(year + 1, end_year + 1)]
    return f"{y0}–{year} compound rate", text, path


def _run_rate(official: list[Row], base: Row) -> Path_ | None:
    """The year after the base year at the run-rate of its latest part-year figure; that year only."""
    year = pd.Timestamp(base["period_start"]).year + 1
    for months in range(11, 0, -1):
        part = year_figure(official, year, months)
        if part is None:
            continue
        run_rate = float(part["value"]) * 12 / months
        month = pd.Timestamp(part["period_end"]).strftime("%b")
        text = (f"{year} only: {base['office']} Jan–{month} {year} ({vintage_text(part)}) × 12/{months} = "
                f"{format_money(run_rate, base['currency'])}, the other {12 - months} months at the Jan–{month} "
                "monthly pace")
        return f"{year} Jan–{month} run-rate", text, [(year, run_rate)]
    return None


def _projections(said: list[Row], claimed: list[Row], pair: Pair | None, currency: object) -> list[Row]:
    """Full-year trade projections for the pair: from the text's claims and from officials' statements
    (a range stated as two rows is one projection), each once, in the order given."""
    found: dict[tuple[int, float, float], Row] = {}
    for c in claimed:
        if (c["metric"] == "trade" and c["kind"] == "projection" and as_text(c["currency"]) == currency
                and pair_key(c["reporter"], c["partner"]) == pair and _full(c) and as_float(c["low"]) is not None):
            low, high = float(c["low"]), as_float(c["high"]) or float(c["low"])
            year = pd.Timestamp(c["period_start"]).year
            who = as_text(c.get("sources")) or as_text(c.get("source")) or "the text"
            found.setdefault((year, low, high),
                             {"year": year, "low": low, "high": high, "who": f"claimed in {who}"})
    stated: dict[int, list[Row]] = {}
    for r in said:
        if r["flow"] == "trade" and r["kind"] == "projection" and r["currency"] == currency and _full(r):
            stated.setdefault(pd.Timestamp(r["period_start"]).year, []).append(r)
    for year, rows in stated.items():
        low, high = min(float(r["value"]) for r in rows), max(float(r["value"]) for r in rows)
        offices = "; ".join(dict.fromkeys(str(r["office"]) for r in rows))
        found.setdefault((year, low, high), {"year": year, "low": low, "high": high,
                                             "who": f"stated by {offices}, {rows[0]['source']}"})
    return list(found.values())


def _full(r: Row) -> bool:
    """A calendar year."""
    return (not is_missing(r["period_start"]) and pd.Timestamp(r["period_start"]).strftime("%m-%d") == "01-01"
            and period_months(r["period_start"], r["period_end"]) == 12)


def _claim_path(p: Row, base: Row) -> Path_ | None:
    """From the base year to the year a projection was made for, at the rate it implies; no further."""
    year, target = pd.Timestamp(base["period_start"]).year, (p["low"] + p["high"]) / 2
    n = p["year"] - year
    if n < 1 or not base["value"]:
        return None
    cur = base["currency"]
    rate = (target / float(base["value"])) ** (1 / n) - 1
    what = (format_money(p["low"], cur) if p["low"] == p["high"]
            else f"{format_money(p['low'], cur)}–{format_money(p['high'], cur)} "
                 f"(midpoint {format_money(target, cur)})")
    text = (f"reaches the {p['year']} projection of {what}, {p['who']}, from {base['office']} {year} "
            f"({vintage_text(base)}): {format_pct(rate)} a year over {n} year{'s' if n > 1 else ''}; "
            f"not drawn beyond {p['year']}")
    path = [(y, float(base["value"]) * (1 + rate) ** (y - year)) for y in range(year + 1, p["year"])]
    path.append((p["year"], target))  # exactly the claim, not its rounded compounding
    short = format_money(target, cur) if p["low"] == p["high"] else what.split(" (")[0]
    name = f"path to the {p['year']} projection ({short})"
    return name, text, path


def _scenario_rows(official: list[Row], projections: list[Row], order: Pair, start_year: int | None,
                   end_year: int | None) -> list[Row]:
    if start_year is None:
        start_year = max((pd.Timestamp(r["period_start"]).year for r in official if _full(r)), default=None)
        if start_year is None:
            return []
    # two years on by default: a rate carried further compounds one exceptional year into a figure
    # no analyst would show (+41% a year from 2024 gives $97bn in 2030 for the embedded article's pair)
    end = end_year if end_year is not None else start_year + 2
    if end <= start_year:
        raise ValueError(f"end_year ({end}) must be after start_year ({start_year})")
    base = year_figure(official, start_year)
    if base is None:
        if official:
            warnings.warn(f"the statistics have no full-year {official[0]['office']} trade figure for "
                          f"{start_year}: no scenarios from it; {ASK_FOR_STATISTICS}", UserWarning, stacklevel=3)
        return []
    paths = [_compound(official, base, end), _run_rate(official, base),
             *(_claim_path(p, base) for p in projections)]
    base_value, rows = float(base["value"]), []
    for path in filter(None, paths):
        name, assumption, points = path
        previous = base_value
        for year, value in points:
            rows.append(_scenario_row(base, order) | {
                "scenario": name, "assumption": assumption, "base_year": start_year, "base_value": base_value,
                "year": year, "value": value, "annual_growth": value / previous - 1, "is_estimate": True})
            previous = value
    return rows


def _scenario_row(r: Row, order: Pair) -> Row:
    return {"reporter": order[0] or None, "partner": order[1] or None, "office": r["office"],
            "currency": r["currency"], "source": r["source"]}


def _pair_series(statistics: pd.DataFrame | None, statements: pd.DataFrame | None,
                 claims_df: pd.DataFrame | None, pair: Pair | None
                 ) -> tuple[list[Row], list[Row], Pair]:
    """The pair's official trade series, its projections (the text's and officials'), and the pair in
    the order the text (or ``pair``, or the office) names it."""
    stats = statistic_rows(statistics)
    claimed = [] if claims_df is None else [
        c for c in records_of(claims_df, "scenarios", FIGURE_COLUMNS)
        if c["metric"] == "trade" and not is_missing(c["reporter"])]
    order = (pair[0], pair[1]) if pair is not None else ordered_pair(claimed) or ordered_pair(
        [r for r in stats if r["flow"] == "trade"]) or ("", "")
    chosen = pair_key(*order)
    if pair is None and not claimed:
        chosen = only_pair(stats) or chosen
    official = official_series(stats, chosen)
    said = [r for r in statistic_rows(statements, read_statements)
            if pair_key(r["reporter"], r["partner"]) == chosen]
    currency = official[0]["currency"] if official else None
    return official, _projections(said, claimed, chosen, currency), order


def scenarios(
    statistics: pd.DataFrame | None = None, *, claims_df: pd.DataFrame | None = None,
    statements: pd.DataFrame | None = None, pair: tuple[str, str] | None = None,
    start_year: int | None = None, end_year: int | None = None,
) -> pd.DataFrame:
    """Explicit what-ifs for a pair's trade after `start_year`, from its official series.

    Each scenario starts from the office's full-year trade for `start_year` (default: its latest full
    year) and states its one assumption in ``assumption``: the office's compound annual rate over the
    five years to `start_year` (fewer when the series is shorter), continued to `end_year` (default:
    two years on); the next year at the run-rate of its latest part-year figure (that year only); and,
    for each full-year projection made for a later year (in ``claims_df``, the text's claims, or in
    ``statements``, the officials' own), the path at the rate it implies, up to that year and no
    further. A scenario whose figures are missing is left out; a pair with no full-year figure for
    `start_year` gives a warning and no rows. ``pair`` defaults to the pair most trade claims are
    about, else the one pair the statistics cover; statistics and statements default to the bundled.

    >>> s = scenarios(pair=("ARM", "RUS"))
    >>> s.groupby("scenario", sort=False)["year"].agg(["min", "max"]).reset_index().values.tolist()
    [['2019–2024 compound rate', 2025, 2026], ['2025 Jan–Aug run-rate', 2025, 2025], ['path to the 2025 projection ($6bn)', 2025, 2025]]
    >>> s[s["year"] == 2025]["annual_growth"].round(4).tolist()
    [0.41, -0.4557, -0.5162]
    >>> print(s["assumption"].iloc[-1])
    reaches the 2025 projection of $6bn, stated by Deputy PM Overchuk, interfax.ru/business/1045644 (4 Sep 2025); azatutyun.am/a/33625783 (11 Dec 2025), from Armstat 2024 ($12.4bn, vintage not stated): -51.6% a year over 1 year; not drawn beyond 2025
    """  # noqa: E501
    official, projections, order = _pair_series(statistics, statements, claims_df, pair)
    return typed_frame(_scenario_rows(official, projections, order, start_year, end_year), _SCENARIOS)


def scenario_paths(
    statistics: pd.DataFrame | None = None, *, claims_df: pd.DataFrame | None = None,
    statements: pd.DataFrame | None = None, pair: tuple[str, str] | None = None,
    start_year: int | None = None, end_year: int | None = None, first_year: int = 2015,
) -> pd.DataFrame:
    """The scenarios with the official actuals they start from, for drawing them as lines.

    Rows with ``scenario == "<office> actual"`` are the yearly trade from ``first_year`` to
    ``start_year`` (``is_estimate`` False); every other row is a scenario (``is_estimate`` True).

    >>> p = scenario_paths(pair=("ARM", "RUS"), end_year=2026)
    >>> p.groupby("scenario", sort=False)["year"].agg(["min", "max"]).values.tolist()
    [[2015, 2024], [2025, 2026], [2025, 2025], [2025, 2025]]
    """
    official, projections, order = _pair_series(statistics, statements, claims_df, pair)
    scenario_rows = _scenario_rows(official, projections, order, start_year, end_year)
    last = int(scenario_rows[0]["base_year"]) if scenario_rows else start_year or first_year - 1
    rows: list[Row] = []
    for year in range(first_year, last + 1):
        if (r := year_figure(official, year)) is not None:
            rows.append(_scenario_row(r, order) | {
                "scenario": f"{r['office']} actual", "assumption": f"{r['office']} turnover ({vintage_text(r)})",
                "base_year": year, "base_value": r["value"], "year": year, "value": r["value"],
                "annual_growth": None, "is_estimate": False})
    return typed_frame(rows + scenario_rows, _SCENARIOS)
