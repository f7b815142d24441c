"""Figures table → analysis tables: claims, run-rates, growth, what a target implies.

Every function takes a DataFrame and returns a new, typed DataFrame (an empty input gives an
empty typed output). Figures are compared only within one flow, currency and pair of countries;
for `trade` the pair is unordered (Russia–Armenia trade is Armenia–Russia trade). Bounds travel
with the numbers: a lower bound stays a lower bound through a run-rate, and turns into an upper
bound when subtracted.

This module is also where every analysis table is imported from: the ones that set claims beside
official statistics (:mod:`tradefigures.checks`) and the what-ifs (:mod:`tradefigures.scenarios`)
are defined in modules of their own and re-exported here. They take the statistics as an argument
(see :mod:`tradefigures.statistics`; default: the bundled series) and warn when the statistics have
nothing for the pair.

>>> from tradefigures import extract, load_article
>>> figures = extract(load_article().text, published="2024-11-25")
>>> growth_table(figures)["note"].tolist()[0]
'H1 2024 against full-year 2023: not like for like (6 against 12 months); growth at least +12.2%'
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import pandas as pd

from ._tables import (
    BOOL,
    BOUND,
    DATETIME,
    FIGURE_COLUMNS,
    FLOAT,
    INT,
    KIND,
    METRIC,
    STR,
    Row,
    as_float,
    as_text,
    bound_direction,
    combine_bounds,
    for_pair,
    format_money,
    format_pct,
    format_span,
    growth_range,
    is_missing,
    match_key,
    ordered_pair,
    period_label,
    period_months,
    records_of,
    typed_frame,
)
from .checks import compare_with_statistics, series_and_claims
from .scenarios import scenario_paths, scenarios

__all__ = [
    "annualise",
    "choose_pair",
    "claims",
    "compare_with_statistics",
    "growth_table",
    "scenario_paths",
    "scenarios",
    "series_and_claims",
    "target_implications",
]

# what a growth or target row is about: the flow, the two sides and the currency
_PARTIES: dict[str, Any] = {"metric": METRIC, "reporter": STR, "partner": STR, "currency": STR}


# ----------------------------------------------------------------------------- which pair


def choose_pair(figures: pd.DataFrame) -> tuple[str, str] | None:
    """The pair with the most trade figures (else the most figures), in the order the text first names
    it; a flow with the whole world has "" as partner. None when no figure names a side.

    >>> from tradefigures import extract, load_article
    >>> choose_pair(extract(load_article().text, published="2024-11-25"))
    ('RUS', 'ARM')
    >>> choose_pair(extract("Exports to China hit $5bn in 2023.", published="2024-01-01"))
    """
    rows = [r for r in records_of(figures, "choose_pair", ("metric", "reporter", "partner"))
            if not is_missing(r["reporter"])]
    return ordered_pair([r for r in rows if r["metric"] == "trade"]) or ordered_pair(rows)


# ----------------------------------------------------------------------------- claims


_CLAIMS: dict[str, Any] = {
    "metric": METRIC, "low": FLOAT, "high": FLOAT, "currency": STR, "bound": BOUND, "kind": KIND,
    "period_start": DATETIME, "period_end": DATETIME, "period": STR, "reporter": STR, "partner": STR,
    "mentions": INT, "quotes": STR, "sources": STR, "start": INT, "bounds_seen": STR,
    "bound_conflict": BOOL,
}


def _conservative(bounds: list[str]) -> str:
    """The weakest reading all mentions share: exact with at_least → at_least; else approx."""
    seen = set(bounds)
    if len(seen) == 1:
        return bounds[0]
    for bound in ("at_least", "at_most"):
        if seen <= {"exact", bound}:
            return bound
    return "approx"


def claims(figures: pd.DataFrame, *, pair: tuple[str, str] | None = None) -> pd.DataFrame:
    """One row per distinct claim: repeated mentions of the same figure collapsed, in first-mention order.

    Same flow, sides, currency, period, values and kind make one claim. If the mentions disagree on the
    bound, the most conservative reading is kept and `bound_conflict` says so. ``pair`` keeps the
    figures between those two sides (either order; "" is the world).

    >>> from tradefigures import extract, load_article
    >>> c = claims(extract(load_article().text, published="2024-11-25"))
    >>> c[["period", "kind", "mentions", "quotes"]].values.tolist()
    [['2024', 'projection', 2, '$14 billion to $16 billon; $14 to $16 billion'], ['2024H1', 'actual', 1, '$8.3 billion'], ['2023', 'actual', 1, '$7.4 billion']]
    """  # noqa: E501
    groups: dict[tuple[Any, ...], list[Row]] = {}
    for r in records_of(for_pair(figures, pair), "claims", (*FIGURE_COLUMNS, "quote")):
        key = (
            *match_key(r), str(r["kind"]), r["period_start"], r["period_end"],
            as_float(r["low"]), as_float(r["high"]),
        )
        groups.setdefault(key, []).append(r)
    rows = []
    for mentions in groups.values():
        first = mentions[0]
        bounds = [str(m["bound"]) for m in mentions if not is_missing(m["bound"])]
        seen = list(dict.fromkeys(bounds))
        sources = list(dict.fromkeys(s for m in mentions if (s := as_text(m.get("source")))))
        rows.append(
            {c: first[c] for c in FIGURE_COLUMNS}
            | {
                "bound": _conservative(bounds) if bounds else None,
                "mentions": len(mentions),
                "quotes": "; ".join(str(m["quote"]) for m in mentions),
                "sources": "; ".join(sources) if sources else None,
                "start": as_float(first.get("start")),
                "bounds_seen": "; ".join(seen) if seen else None,
                "bound_conflict": len(seen) > 1,
            }
        )
    return typed_frame(rows, _CLAIMS)


# ----------------------------------------------------------------------------- run-rates


def annualise(figures: pd.DataFrame, *, pair: tuple[str, str] | None = None) -> pd.DataFrame:
    """Add the annual run-rate of each figure: value × 12 / months, with the figure's bound.

    `months` comes from period_start/period_end; `run_rate` is True when the period is not a year. A
    figure with no period gets NA throughout. A run-rate assumes the rest of the year keeps the
    pace. ``pair`` keeps the figures between those two sides.

    >>> from tradefigures import extract, load_article
    >>> a = annualise(extract(load_article().text, published="2024-11-25"))
    >>> a[["period", "months", "annual_low", "annual_bound", "run_rate"]].values.tolist()[1:3]
    [['2024H1', 6.0, 16600000000.0, 'at_least', True], ['2023', 12.0, 7400000000.0, 'exact', False]]
    """
    figures = for_pair(figures, pair)
    records = records_of(figures, "annualise")
    extra: list[Row] = []
    for r in records:
        months = period_months(r["period_start"], r["period_end"])
        low, high = as_float(r["low"]), as_float(r["high"])
        known = months is not None and months > 0
        extra.append(
            {
                "months": months,
                "run_rate": None if months is None else months != 12,
                "annual_low": low * 12 / months if known and low is not None else None,  # type: ignore[operator]
                "annual_high": high * 12 / months if known and high is not None else None,  # type: ignore[operator]
                "annual_bound": r["bound"] if known else None,
            }
        )
    added = typed_frame(extra, {"months": FLOAT, "run_rate": BOOL, "annual_low": FLOAT, "annual_high": FLOAT,
                           "annual_bound": BOUND})
    added.index = figures.index
    return pd.concat([figures, added], axis=1) if len(figures.columns) else added


# ----------------------------------------------------------------------------- growth


_GROWTH: dict[str, Any] = {
    **_PARTIES, "basis": STR, "from_period": STR, "to_period": STR,
    "from_months": FLOAT, "to_months": FLOAT,
    "from_low": FLOAT, "from_high": FLOAT, "from_bound": BOUND,
    "to_low": FLOAT, "to_high": FLOAT, "to_bound": BOUND,
    "growth_low": FLOAT, "growth_high": FLOAT, "growth_bound": BOUND,
    "like_for_like": BOOL, "note": STR,
}


def _dated_figures(figures: pd.DataFrame, what: str) -> list[Row]:
    """Figures with a period and a value, each distinct figure once, with its months."""
    out, seen = [], set()
    for r in records_of(figures, what):
        months = period_months(r["period_start"], r["period_end"])
        low, high = as_float(r["low"]), as_float(r["high"])
        if months is None or low is None or high is None:
            continue
        key = (*match_key(r), str(r["kind"]), r["period_start"], r["period_end"], low, high)
        if key in seen:
            continue
        seen.add(key)
        out.append(r | {"months": months, "low": low, "high": high})
    return out


def growth_table(figures: pd.DataFrame, *, pair: tuple[str, str] | None = None) -> pd.DataFrame:
    """Growth of each later actual over each earlier one of the same flow and sides.

    growth = to / from − 1 (a fraction), with a bound: a lower-bound later figure against an exact
    one gives a lower-bound growth. A period shorter than a year is also compared as its run-rate (×12 /
    months) against each earlier full year, `basis == "run-rate"`, which assumes the pace holds.
    ``pair`` keeps the figures between those two sides.

    >>> from tradefigures import extract, load_article
    >>> g = growth_table(extract(load_article().text, published="2024-11-25"))
    >>> g[["basis", "growth_bound", "like_for_like"]].values.tolist()
    [['as reported', 'at_least', False], ['run-rate', 'at_least', True]]
    >>> g["growth_low"].round(4).tolist()
    [0.1216, 1.2432]
    """
    actuals = [r for r in _dated_figures(for_pair(figures, pair), "growth_table") if r["kind"] == "actual"]
    rows: list[Row] = []
    for a in actuals:  # a: the earlier figure
        for b in actuals:
            if match_key(a) != match_key(b) or not b["period_start"] > a["period_end"]:
                continue
            bases = [("as reported", 1.0)]
            if b["months"] != 12 and a["months"] == 12:
                bases.append(("run-rate", 12 / b["months"]))
            rows += [_growth_row(a, b, basis, factor) for basis, factor in bases]
    return typed_frame(rows, _GROWTH)


def _growth_row(a: Row, b: Row, basis: str, factor: float) -> Row:
    """Growth of `b` (its value × `factor`) over the earlier `a`, with its bound and a note in words."""
    to_low, to_high = b["low"] * factor, b["high"] * factor
    lfl = basis == "run-rate" or a["months"] == b["months"]
    g_low, g_high = growth_range(to_low, to_high, a["low"], a["high"]) if a["low"] > 0 else (math.nan, math.nan)
    bound = combine_bounds(b["bound"], a["bound"], g_low, g_high)
    frm, to = period_label(a["period"], a["months"]), period_label(b["period"], b["months"])
    if basis == "run-rate":
        head = (f"{to} run-rate (×12/{b['months']:g}) against {frm}: like for like in "
                f"length, but assumes the rest of the year keeps the {to} pace")
    elif lfl:
        head = f"{to} against {frm}: like for like"
    else:
        head = (f"{to} against {frm}: not like for like "
                f"({b['months']:g} against {a['months']:g} months)")
    growth = "growth unknown" if math.isnan(g_low) else f"growth {format_span(g_low, g_high, bound, format_pct)}"
    return {k: a[k] for k in _PARTIES} | {
        "basis": basis, "from_period": a["period"], "to_period": b["period"],
        "from_months": a["months"], "to_months": b["months"],
        "from_low": a["low"], "from_high": a["high"], "from_bound": a["bound"],
        "to_low": to_low, "to_high": to_high, "to_bound": b["bound"],
        "growth_low": g_low, "growth_high": g_high, "growth_bound": bound,
        "like_for_like": lfl, "note": f"{head}; {growth}",
    }


# ----------------------------------------------------------------------------- targets


_TARGETS: dict[str, Any] = {
    **_PARTIES, "period": STR, "target_low": FLOAT, "target_high": FLOAT, "target_bound": BOUND,
    "so_far_period": STR, "so_far_months": FLOAT,
    "so_far_low": FLOAT, "so_far_high": FLOAT, "so_far_bound": BOUND,
    "remaining_months": FLOAT, "remaining_low": FLOAT, "remaining_high": FLOAT, "remaining_bound": BOUND,
    "pace_annual_low": FLOAT, "pace_annual_high": FLOAT, "pace_bound": BOUND,
    "previous_period": STR, "previous_low": FLOAT, "previous_high": FLOAT, "previous_bound": BOUND,
    "implied_growth_low": FLOAT, "implied_growth_high": FLOAT, "implied_growth_bound": BOUND,
    "rest_pace": STR, "note": STR,
}


def _pace_word(rest: Row, so_far: Row) -> str | None:
    """'slower' / 'faster' when the monthly paces cannot overlap, else None."""
    r_dir, s_dir = bound_direction(rest["bound"]), bound_direction(so_far["bound"])
    r_low, r_high = rest["low"] / rest["months"], rest["high"] / rest["months"]
    s_low, s_high = so_far["low"] / so_far["months"], so_far["high"] / so_far["months"]
    if r_dir is not None and s_dir is not None:
        if r_dir <= 0 <= s_dir and r_high < s_low:
            return "slower"
        if s_dir <= 0 <= r_dir and r_low > s_high:
            return "faster"
    return None


def _target_note(p: Row, so_far: Row | None, rest: Row | None, prev: Row | None, growth: Row | None
                 ) -> str:
    cur = p["currency"]
    money: Callable[[float], str] = lambda x: format_money(x, cur)  # noqa: E731
    target = f"The {p['period']} target of {format_span(p['low'], p['high'], p['bound'], money)}"
    if so_far is None or rest is None:
        parts = [f"{target}: no actual for part of the period in the input"]
    else:
        half = so_far["months"] * 2 == p["months"] and so_far["period_start"] == p["period_start"]
        rest_name = "the second half" if half else f"the remaining {rest['months']:g} months"
        done = f"{format_span(so_far['low'], so_far['high'], so_far['bound'], money)} in {period_label(so_far['period'], so_far['months'])}"  # noqa: E501
        if rest["high"] < 0:
            parts = [f"{target} was already passed: {done}"]
        else:
            left = format_span(max(rest["low"], 0.0), rest["high"], rest["bound"], money)
            parts = [f"{target}, less {done}, leaves {left} for {rest_name}"]
            word = _pace_word(rest, so_far)
            if word:
                first = "the first" if half else f"the first {so_far['months']:g} months"
                parts.append(f"it implies a {word} {rest_name.removeprefix('the ')} than {first}")
        pace = format_span(so_far["low"] * 12 / so_far["months"], so_far["high"] * 12 / so_far["months"],
                     so_far["bound"], money)
        parts.append(f"the pace so far annualises to {pace}")
    if prev is not None and growth is not None:
        prev_text = format_span(prev["low"], prev["high"], prev["bound"], money)
        g = format_span(growth["low"], growth["high"], growth["bound"], format_pct)
        parts.append(f"the target is {g} on {period_label(prev['period'], prev['months'])} ({prev_text})")
    return "; ".join(parts)


def target_implications(figures: pd.DataFrame, *, pair: tuple[str, str] | None = None) -> pd.DataFrame:
    """What each projection implies, given the actuals of the same flow and sides in the input.

    The latest actual inside the projection's period ("so far") leaves `remaining` = target − so far
    for the rest of the period (a lower-bound actual leaves an upper-bound remainder); the pace so
    far is annualised; `implied_growth` is the target over the full previous period's actual, minus 1;
    `rest_pace` is "slower" or "faster" when the rest of the period needs a monthly pace that cannot
    overlap the pace so far. ``pair`` keeps the figures between those two sides.

    >>> from tradefigures import extract, load_article
    >>> t = target_implications(extract(load_article().text, published="2024-11-25"))
    >>> t[["remaining_low", "remaining_high", "remaining_bound"]].values.tolist()
    [[5700000000.0, 7700000000.0, 'at_most']]
    >>> t[["implied_growth_low", "implied_growth_high"]].round(4).values.tolist()
    [[0.8919, 1.1622]]
    """
    figs = _dated_figures(for_pair(figures, pair), "target_implications")
    rows: list[Row] = []
    for p in (f for f in figs if f["kind"] == "projection"):
        same = [a for a in figs if a["kind"] == "actual" and match_key(a) == match_key(p)]
        rows.append(_target_row(p, same))
    return typed_frame(rows, _TARGETS)


def _target_row(p: Row, same: list[Row]) -> Row:
    """What projection `p` implies, given the actuals of its flow and sides (`same`)."""
    inside = [a for a in same if a["period_start"] >= p["period_start"]
              and a["period_end"] <= p["period_end"] and a["months"] < p["months"]]
    so_far = max(inside, key=lambda a: a["period_end"]) if inside else None
    day_before = p["period_start"] - pd.Timedelta(days=1)
    prev = next((a for a in same if a["period_end"] == day_before
                 and a["months"] == p["months"]), None)
    rest: Row | None = None
    growth: Row | None = None
    if so_far is not None:
        low, high = p["low"] - so_far["high"], p["high"] - so_far["low"]
        rest = {"low": low, "high": high, "months": p["months"] - so_far["months"],
                "bound": combine_bounds(p["bound"], so_far["bound"], low, high)}
    if prev is not None and prev["low"] > 0:
        low, high = growth_range(p["low"], p["high"], prev["low"], prev["high"])
        bound = combine_bounds(p["bound"], prev["bound"], low, high)
        growth = {"low": low, "high": high, "bound": bound}
    s, g, q = so_far or {}, growth or {}, prev or {}
    annual = 12 / s["months"] if s else math.nan
    return (
        {k: p[k] for k in _PARTIES}
        | {
            "period": p["period"], "target_low": p["low"], "target_high": p["high"],
            "target_bound": p["bound"], "so_far_period": s.get("period"),
            "so_far_months": s.get("months"), "so_far_low": s.get("low"),
            "so_far_high": s.get("high"), "so_far_bound": s.get("bound"),
            "remaining_months": rest and rest["months"], "remaining_low": rest and rest["low"],
            "remaining_high": rest and rest["high"], "remaining_bound": rest and rest["bound"],
            "pace_annual_low": s["low"] * annual if s else None,
            "pace_annual_high": s["high"] * annual if s else None,
            "pace_bound": s.get("bound"), "previous_period": q.get("period"),
            "previous_low": q.get("low"), "previous_high": q.get("high"),
            "previous_bound": q.get("bound"), "implied_growth_low": g.get("low"),
            "implied_growth_high": g.get("high"), "implied_growth_bound": g.get("bound"),
            "rest_pace": _pace_word(rest, so_far) if rest and so_far else None,
            "note": _target_note(p, so_far, rest, prev, growth),
        }
    )
