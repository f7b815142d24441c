"""Claims beside official statistics: each claim against every official figure for its period, and
a pair's yearly official series with the claims set on it (the table behind the claims-vs-statistics
chart).

The statistics are an argument (see :mod:`tradefigures.statistics`; default: the bundled series);
a pair they have nothing for gives a warning, not an error. Both tables take a claims table (see
:func:`tradefigures.analysis.claims`), and are re-exported there.
"""

from __future__ import annotations

import warnings
from typing import Any

import pandas as pd

from ._official import (
    ASK_FOR_STATISTICS,
    official_series,
    only_pair,
    reporting_side,
    statistic_rows,
    vintage_rank,
    year_figure,
)
from ._tables import (
    BOOL,
    BOUND,
    DATETIME,
    FLOAT,
    INT,
    KIND,
    METRIC,
    STR,
    Pair,
    Row,
    as_float,
    as_text,
    claimed_pair,
    for_pair,
    format_money,
    format_span,
    is_missing,
    pair_key,
    pair_name,
    period_label,
    period_months,
    records_of,
    typed_frame,
)
from .statistics import FLOWS

__all__ = ["compare_with_statistics", "series_and_claims"]

_FLOW = pd.CategoricalDtype(list(FLOWS))
_BASIS = pd.CategoricalDtype(["own", "mirror"])
_CONFIDENCE = pd.CategoricalDtype(["low", "medium", "high"], ordered=True)
_OTHER_SIDE = {"exports": "imports", "imports": "exports"}


# ----------------------------------------------------------------------------- claims against statistics


_COMPARISON: dict[str, Any] = {
    "claim": INT, "metric": METRIC, "kind": KIND, "period": STR, "currency": STR, "claim_low": FLOAT,
    "claim_high": FLOAT, "claim_bound": BOUND, "quotes": STR, "statistic_reporter": STR,
    "statistic_partner": STR, "statistic_flow": _FLOW, "statistic_basis": _BASIS,
    "statistic_kind": KIND, "statistic_value": FLOAT, "office": STR, "vintage": STR,
    "confidence": _CONFIDENCE, "source": STR, "difference_low": FLOAT, "difference_high": FLOAT,
    "difference_pct_low": FLOAT, "difference_pct_high": FLOAT, "consistent": BOOL, "met": BOOL,
    "statistic_note": STR, "note": STR,
}


def _half_unit(x: float) -> float:
    """Half the last stated digit of a rounded figure: 8.3e9 → 0.05e9, 14e9 → 0.5e9."""
    for k in range(15, -1, -1):
        unit = 10.0**k
        if abs(x) >= unit and x % unit == 0:
            return unit / 2
    return 0.0


def _consistent(claim: Row, ref: float) -> bool | None:
    """Does the reference value satisfy the claim, read at the precision it was stated to?"""
    bound = as_text(claim["bound"])
    low = claim["low"] - _half_unit(claim["low"])
    high = claim["high"] + _half_unit(claim["high"])
    if bound is None:
        return None
    if bound == "at_least":
        return bool(ref >= low)
    if bound == "at_most":
        return bool(ref <= high)
    return bool(low <= ref <= high)


def _basis(claim: Row, stat: Row) -> str | None:
    """'own' when the statistic records the claim's flow from the claim's reporter's side, 'mirror'
    when it is the other side's record of it; None when it is another flow or pair.

    Trade is unordered. A row the statistics mark ``reported_by == "partner"`` is itself a mirror.
    """
    rep, par = as_text(claim["reporter"]) or "", as_text(claim["partner"]) or ""
    s_rep, s_par = str(stat["reporter"]), as_text(stat["partner"]) or ""
    metric, flow = str(claim["metric"]), str(stat["flow"])
    same_sides = {rep, par} == {s_rep, s_par} if metric == "trade" else (s_rep, s_par) == (rep, par)
    if metric == flow and same_sides:
        turned = False  # the same flow from the same side
    elif par and flow == _OTHER_SIDE.get(metric) and (s_rep, s_par) == (par, rep):
        turned = True  # the other side's imports for these exports, or its exports for these imports
    else:
        return None
    return "mirror" if turned != (stat["reported_by"] == "partner") else "own"


def _describe(r: Row, basis: str) -> str:
    """'Armstat (ARM–RUS trade)', 'Armstat (ARM imports from RUS, a mirror figure)'."""
    partner = as_text(r["partner"]) or "world"
    what = (f"{r['reporter']}–{partner} trade" if r["flow"] == "trade"
            else f"{r['reporter']} {r['flow']} {'to' if r['flow'] == 'exports' else 'from'} {partner}")
    return f"{r['office']} ({what}{', a mirror figure' if basis == 'mirror' else ''})"


def _comparison_row(n: int, c: Row, r: Row, basis: str) -> Row:
    value = float(r["value"])
    d_low, d_high = c["low"] - value, c["high"] - value
    consistent = _consistent(c, value) if c["kind"] == "actual" else None
    met = value >= c["low"] if c["kind"] == "projection" and r["kind"] == "actual" else None
    vintage = as_text(r["vintage"]) or "vintage not stated"
    claim_text = format_span(c["low"], c["high"], c["bound"], lambda x: format_money(x, c["currency"]))
    verdict = (f"target {'met' if met else 'not met'}" if met is not None
               else "" if consistent is None
               else "consistent" if consistent else "not consistent")
    return {
        "claim": n, "metric": c["metric"], "kind": c["kind"], "period": c["period"],
        "currency": c["currency"], "claim_low": c["low"], "claim_high": c["high"],
        "claim_bound": c["bound"], "quotes": c.get("quotes", c.get("quote")),
        "statistic_reporter": r["reporter"], "statistic_partner": r["partner"],
        "statistic_flow": r["flow"], "statistic_basis": basis, "statistic_kind": r["kind"],
        "statistic_value": value, "office": r["office"], "vintage": r["vintage"],
        "confidence": r["confidence"], "source": r["source"],
        "difference_low": d_low, "difference_high": d_high,
        "difference_pct_low": d_low / value if value else None,
        "difference_pct_high": d_high / value if value else None,
        "consistent": consistent, "met": met, "statistic_note": r["note"],
        "note": (f"claim {claim_text} ({c['kind']}, {c['period']}) against {_describe(r, basis)} "
                 f"{r['kind']}, {vintage}: {format_money(value, r['currency'])}"
                 + (f"; {verdict}" if verdict else "")),
    }


def compare_with_statistics(
    claims_df: pd.DataFrame, statistics: pd.DataFrame | None = None, *, pair: tuple[str, str] | None = None
) -> pd.DataFrame:
    """Each claim beside every official figure for the same period, flow, pair and currency.

    ``statistics`` is read with :func:`read_statistics` (default: the bundled series). A claim of
    one side's exports matches the same side's exports (``statistic_basis == "own"``) and the other
    side's imports from it (``"mirror"``), own figures first; trade matches trade either way round.
    The difference is claim − statistic (absolute and as a fraction of the statistic). For an
    actual claim, ``consistent`` says whether the statistic satisfies it at the precision it was
    stated to (8.3bn means 8.25–8.35bn); for a projection, ``met`` says whether the actual reached
    the target's low end. A pair the statistics know nothing of gives a warning. ``pair`` keeps the
    claims between those two sides.

    >>> from tradefigures import extract, load_article
    >>> from tradefigures.analysis import claims
    >>> c = claims(extract(load_article().text, published="2024-11-25"))
    >>> cmp = compare_with_statistics(c)
    >>> cmp[["period", "office", "statistic_value", "statistic_basis", "consistent", "met"]].values.tolist()[:3]
    [['2024', 'Armstat', 12401640354.0, 'own', <NA>, False], ['2024H1', 'Armstat', 8365394316.0, 'own', True, <NA>], ['2024H1', 'Armstat', 7530236282.0, 'own', False, <NA>]]
    """  # noqa: E501
    stats = statistic_rows(statistics)
    covered = {pair_key(r["reporter"], r["partner"]) for r in stats}
    rows: list[Row] = []
    uncovered: dict[Pair, None] = {}
    for n, c in enumerate(records_of(for_pair(claims_df, pair), "compare_with_statistics")):
        low, high = as_float(c["low"]), as_float(c["high"])
        if is_missing(c["reporter"]) or low is None:
            continue
        if pair_key(c["reporter"], c["partner"]) not in covered:
            uncovered[pair_key(c["reporter"], c["partner"])] = None
            continue
        c = c | {"low": low, "high": high if high is not None else low}
        matches = [(r, basis) for r in stats
                   if r["period_start"] == c["period_start"] and r["period_end"] == c["period_end"]
                   and r["currency"] == as_text(c["currency"]) and (basis := _basis(c, r))]
        rows += [_comparison_row(n, c, r, basis) for r, basis in sorted(matches, key=lambda m: m[1] == "mirror")]
    for pair in uncovered:
        warnings.warn(f"the statistics have nothing for {pair_name(pair)}: its claims are not compared; "
                      f"{ASK_FOR_STATISTICS}", UserWarning, stacklevel=2)
    return typed_frame(rows, _COMPARISON)


# ----------------------------------------------------------------------------- a pair's series with the claims


_SERIES: dict[str, Any] = {
    "series": STR, "label": STR, "reporter": STR, "partner": STR, "office": STR,
    "period_start": DATETIME, "period_end": DATETIME,
    "months": FLOAT, "low": FLOAT, "high": FLOAT, "bound": BOUND, "kind": KIND, "partial": BOOL,
    "reported_by": STR, "vintage": STR, "source": STR, "currency": STR, "note": STR,
}
SERIES_CLAIM = "claim"


def series_and_claims(
    claims_df: pd.DataFrame, statistics: pd.DataFrame | None = None, *,
    pair: tuple[str, str] | None = None, first_year: int = 2007,
) -> pd.DataFrame:
    """A pair's yearly official trade, its latest part year, and the claims beside it.

    The pair is ``pair``, else the one most trade claims are about, else the one the statistics
    cover. One row per point: ``series`` is "<office> turnover" (one full year, the latest vintage,
    from the office with the most full-year figures), "<office> turnover, part year" (the latest
    year without a full-year figure, marked ``partial``) or "claim" (the pair's trade claims, in any
    currency, with their bound and kind; ``note`` gives every vintage the office published for the
    claim's period). No statistics for the pair gives a warning.

    >>> from tradefigures import extract, load_article
    >>> from tradefigures.analysis import claims
    >>> t = series_and_claims(claims(extract(load_article().text, published="2024-11-25")))
    >>> t.groupby("series", sort=False)["label"].agg(["first", "last", "count"]).values.tolist()
    [['2007', '2024', 18], ['2025 Jan-Aug', '2025 Jan-Aug', 1], ['2024', '2023', 3]]
    >>> t[t["series"] == "claim"]["note"].tolist()[1]
    'Armstat H1 2024: $8.37bn (first published), $8.4bn (first published), $7.53bn (revised)'
    """
    said = [c for c in records_of(claims_df, "series_and_claims", ("metric", "currency", "reporter", "partner"))
            if c["metric"] == "trade" and not is_missing(c["period_start"]) and not is_missing(c["reporter"])]
    stats = statistic_rows(statistics)
    chosen = pair_key(*pair) if pair is not None else claimed_pair(said) or only_pair(stats)
    official = official_series(stats, chosen)
    rows: list[Row] = []
    last_full = first_year - 1
    for year in sorted({pd.Timestamp(r["period_start"]).year for r in official}):
        r = year_figure(official, year) if year >= first_year else None
        if r is not None:
            last_full = year
            rows.append(_series_row(f"{r['office']} turnover", r))
    for n in range(11, 0, -1):
        if (part := year_figure(official, last_full + 1, n)) is not None:
            rows.append(_series_row(f"{part['office']} turnover, part year", part))
            break
    rows += [_claim_row(c, official) for c in said if pair_key(c["reporter"], c["partner"]) == chosen]
    return typed_frame(rows, _SERIES)


def _claim_row(c: Row, official: list[Row]) -> Row:
    months = period_months(c["period_start"], c["period_end"])
    same = [r for r in official if r["period_start"] == c["period_start"] and r["period_end"] == c["period_end"]
            and r["currency"] == as_text(c["currency"])]
    same.sort(key=lambda r: (-vintage_rank(as_text(r["vintage"]))[0], vintage_rank(as_text(r["vintage"]))[1]))
    note = (f"{same[0]['office']} {period_label(c['period'], months)}: "
            + ", ".join(f"{format_money(r['value'], r['currency'])} "
                        f"({as_text(r['vintage']) or 'vintage not stated'})" for r in same)) if same else None
    return {
        "series": SERIES_CLAIM, "label": c["period"], "reporter": c["reporter"], "partner": c["partner"],
        "office": None, "period_start": c["period_start"],
        "period_end": c["period_end"], "months": months, "low": c["low"], "high": c["high"],
        "bound": c["bound"], "kind": c["kind"], "partial": months is not None and months < 12,
        "reported_by": "claim in the text", "vintage": None, "source": as_text(c.get("sources")),
        "currency": c["currency"], "note": note,
    }


def _series_row(series: str, r: Row) -> Row:
    months = period_months(r["period_start"], r["period_end"])
    return {
        "series": series, "label": r["period"], "reporter": r["reporter"], "partner": r["partner"],
        "office": r["office"], "period_start": r["period_start"],
        "period_end": r["period_end"], "months": months, "low": r["value"],
        "high": r["value"], "bound": "exact", "kind": "actual",
        "partial": months is not None and months < 12, "reported_by": reporting_side(r),
        "vintage": as_text(r["vintage"]), "source": r["source"], "currency": r["currency"], "note": r["note"],
    }

