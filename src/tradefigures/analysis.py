"""Figures table → analysis tables: claims, run-rates, growth, what a target implies, checks.

Every function takes a DataFrame and returns a new, typed DataFrame (an empty input gives an
empty typed output). Figures are compared only within one flow, currency and pair of countries;
for `trade` the pair is unordered (Russia–Armenia trade is Armenia–Russia trade). Bounds travel
with the numbers: a lower bound stays a lower bound through a run-rate, and turns into an upper
bound when subtracted. The functions that set claims beside official statistics take them as an
argument (see :mod:`tradefigures.statistics`; default: the bundled series) and warn when the
statistics have nothing for the pair.

>>> from tradefigures import extract, load_article
>>> figures = extract(load_article().text, published="2024-11-25")
>>> growth_table(figures)["note"].tolist()[0]
'H1 2024 against full-year 2023: not like for like (6 against 12 months); growth at least +12.2%'
"""

from __future__ import annotations

import math
import re
import warnings
from collections import Counter
from collections.abc import Callable
from typing import Any, cast

import pandas as pd

from .frame import BOUNDS, KINDS, METRICS
from .statistics import FLOWS, STATISTICS_COLUMNS, country_name, read_statements, read_statistics

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

_STR = pd.StringDtype("python")
_F = pd.Float64Dtype()
_I = pd.Int64Dtype()
_B = pd.BooleanDtype()
_NS: Any = "datetime64[ns]"
_METRIC = pd.CategoricalDtype(list(METRICS))
_BOUND = pd.CategoricalDtype(list(BOUNDS))
_KIND = pd.CategoricalDtype(list(KINDS))

# The columns every analysis needs; a claims table has them too, so it can be passed instead.
_FIGURE_COLUMNS = (
    "metric", "low", "high", "currency", "bound", "kind",
    "period_start", "period_end", "period", "reporter", "partner",
)
_PARTIES: dict[str, Any] = {"metric": _METRIC, "reporter": _STR, "partner": _STR, "currency": _STR}
# Direction of a bound: +1 the true value may be higher, -1 lower, 0 as stated; approx has none.
_DIRECTION = {"exact": 0, "range": 0, "at_least": 1, "at_most": -1}

Row = dict[str, Any]


# ----------------------------------------------------------------------------- small helpers


def _missing(x: object) -> bool:
    return x is None or x is pd.NA or x is pd.NaT or (isinstance(x, float) and math.isnan(x))


def _num(x: object) -> float | None:
    return None if _missing(x) else float(cast(float, x))


def _text(x: object) -> str | None:
    return None if _missing(x) else str(x)


def _typed(rows: list[Row], columns: dict[str, Any]) -> pd.DataFrame:
    """Records → a frame with exactly these columns and dtypes (also when there are no rows)."""
    if not rows:
        empty: pd.DataFrame = pd.DataFrame({c: pd.Series(dtype=d) for c, d in columns.items()})
        return empty
    frame: pd.DataFrame = pd.DataFrame.from_records(rows, columns=list(columns)).astype(columns)
    return frame


def _records(
    frame: pd.DataFrame, what: str, needed: tuple[str, ...] = _FIGURE_COLUMNS
) -> list[Row]:
    """The frame's rows as dicts, after checking it has the columns `what` needs."""
    missing = [c for c in needed if c not in frame.columns]
    if missing:
        have = list(frame.columns)
        raise ValueError(f"{what} needs the column(s) {', '.join(missing)}; it has {have}")
    return [{str(k): v for k, v in r.items()} for r in frame.to_dict(orient="records")]


def _months(start: object, end: object) -> float | None:
    """Months covered by an inclusive period: whole calendar months, else days / (365.2425 / 12)."""
    if _missing(start) or _missing(end):
        return None
    s, e = pd.Timestamp(start), pd.Timestamp(end)  # type: ignore[arg-type]
    if s.day == 1 and e.is_month_end:
        return float((e.year - s.year) * 12 + e.month - s.month + 1)
    return float((e - s).days + 1) / (365.2425 / 12)


def _match_key(r: Row) -> tuple[str, ...]:
    """Flow, currency and the two sides; for trade the two sides are unordered."""
    sides = [_text(r["reporter"]) or "", _text(r["partner"]) or ""]
    if r["metric"] == "trade":
        sides.sort()
    return (str(r["metric"]), _text(r["currency"]) or "", *sides)


def _direction(bound: object) -> int | None:
    return None if _missing(bound) else _DIRECTION.get(str(bound))


def _combine(up: object, down: object, low: float, high: float) -> str | None:
    """Bound of f(up, down) where f rises with `up` and falls with `down` (a − b, a / b − 1).

    NA when both sides are open in directions that pull apart (≥ a against ≥ b).
    """
    if _missing(up) or _missing(down):
        return None
    if "approx" in (up, down):
        return "approx"
    a, b = _DIRECTION[str(up)], -_DIRECTION[str(down)]
    if a and b and a != b:
        return None
    d = a or b
    if d:
        return "at_least" if d > 0 else "at_most"
    return "range" if low < high else "exact"


def _money(x: float, currency: object = "USD") -> str:
    scale, suffix = (1e9, "bn") if abs(x) >= 1e9 else (1e6, "m") if abs(x) >= 1e6 else (1.0, "")
    n = f"{x / scale:.2f}".rstrip("0").rstrip(".")
    return f"${n}{suffix}" if currency == "USD" else f"{n}{suffix} {currency}"


_WORDS = {"at_least": "at least ", "at_most": "at most ", "approx": "about "}


def _span(low: float, high: float, bound: object, fmt: Callable[[float], str]) -> str:
    """'at least $8.3bn', 'at most $5.7bn–$7.7bn', '+89.2% to +116.2%'."""
    body = fmt(low) if low == high else f"{fmt(low)} to {fmt(high)}"
    if _missing(bound):
        return f"{body} (direction unknown: both figures are open bounds)"
    return _WORDS.get(str(bound), "") + body


def _pct(x: float) -> str:
    return f"{x * 100:+.1f}%"


def _label(period: object, months: float | None) -> str:
    """'2024H1' → 'H1 2024', a 12-month '2023' → 'full-year 2023'."""
    p = _text(period) or "undated"
    if m := re.fullmatch(r"(\d{4})([HQ]\d)", p):
        return f"{m.group(2)} {m.group(1)}"
    if re.fullmatch(r"\d{4}", p) and months == 12:
        return f"full-year {p}"
    return p


def _ratio(num_low: float, num_high: float, den_low: float, den_high: float) -> tuple[float, float]:
    """num / den − 1 over the two ranges (den > 0)."""
    return num_low / den_high - 1, num_high / den_low - 1


def _for_pair(frame: pd.DataFrame, pair: tuple[str, str] | None) -> pd.DataFrame:
    """The rows between the two sides of `pair` (either order; "" is the world); all when None."""
    if pair is None:
        return frame
    _records(frame.iloc[:0], "pair=", ("reporter", "partner"))
    wanted = _pair(*pair)
    keep = [_pair(a, b) == wanted for a, b in zip(frame["reporter"], frame["partner"], strict=True)]
    chosen: pd.DataFrame = frame[keep]
    return chosen


def choose_pair(figures: pd.DataFrame) -> tuple[str, str] | None:
    """The pair with the most trade figures (else the most figures), in the order the text first names
    it; a flow with the whole world has "" as partner. None when no figure names a side.

    >>> from tradefigures import extract, load_article
    >>> choose_pair(extract(load_article().text, published="2024-11-25"))
    ('RUS', 'ARM')
    >>> choose_pair(extract("Exports to China hit $5bn in 2023.", published="2024-01-01"))
    """
    rows = [r for r in _records(figures, "choose_pair", ("metric", "reporter", "partner"))
            if not _missing(r["reporter"])]
    return _ordered([r for r in rows if r["metric"] == "trade"]) or _ordered(rows)


# ----------------------------------------------------------------------------- claims


_CLAIMS: dict[str, Any] = {
    "metric": _METRIC, "low": _F, "high": _F, "currency": _STR, "bound": _BOUND, "kind": _KIND,
    "period_start": _NS, "period_end": _NS, "period": _STR, "reporter": _STR, "partner": _STR,
    "mentions": _I, "quotes": _STR, "sources": _STR, "start": _I, "bounds_seen": _STR,
    "bound_conflict": _B,
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
    for r in _records(_for_pair(figures, pair), "claims", (*_FIGURE_COLUMNS, "quote")):
        key = (
            *_match_key(r), str(r["kind"]), r["period_start"], r["period_end"],
            _num(r["low"]), _num(r["high"]),
        )
        groups.setdefault(key, []).append(r)
    rows = []
    for mentions in groups.values():
        first = mentions[0]
        bounds = [str(m["bound"]) for m in mentions if not _missing(m["bound"])]
        seen = list(dict.fromkeys(bounds))
        sources = list(dict.fromkeys(s for m in mentions if (s := _text(m.get("source")))))
        rows.append(
            {c: first[c] for c in _FIGURE_COLUMNS}
            | {
                "bound": _conservative(bounds) if bounds else None,
                "mentions": len(mentions),
                "quotes": "; ".join(str(m["quote"]) for m in mentions),
                "sources": "; ".join(sources) if sources else None,
                "start": _num(first.get("start")),
                "bounds_seen": "; ".join(seen) if seen else None,
                "bound_conflict": len(seen) > 1,
            }
        )
    return _typed(rows, _CLAIMS)


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
    figures = _for_pair(figures, pair)
    records = _records(figures, "annualise")
    extra: list[Row] = []
    for r in records:
        months = _months(r["period_start"], r["period_end"])
        low, high = _num(r["low"]), _num(r["high"])
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
    added = _typed(extra, {"months": _F, "run_rate": _B, "annual_low": _F, "annual_high": _F,
                           "annual_bound": _BOUND})
    added.index = figures.index
    return pd.concat([figures, added], axis=1) if len(figures.columns) else added


# ----------------------------------------------------------------------------- growth


_GROWTH: dict[str, Any] = {
    **_PARTIES, "basis": _STR, "from_period": _STR, "to_period": _STR,
    "from_months": _F, "to_months": _F,
    "from_low": _F, "from_high": _F, "from_bound": _BOUND,
    "to_low": _F, "to_high": _F, "to_bound": _BOUND,
    "growth_low": _F, "growth_high": _F, "growth_bound": _BOUND,
    "like_for_like": _B, "note": _STR,
}


def _dated_figures(figures: pd.DataFrame, what: str) -> list[Row]:
    """Figures with a period and a value, each distinct figure once, with its months."""
    out, seen = [], set()
    for r in _records(figures, what):
        months = _months(r["period_start"], r["period_end"])
        low, high = _num(r["low"]), _num(r["high"])
        if months is None or low is None or high is None:
            continue
        key = (*_match_key(r), str(r["kind"]), r["period_start"], r["period_end"], low, high)
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
    actuals = [r for r in _dated_figures(_for_pair(figures, pair), "growth_table") if r["kind"] == "actual"]
    rows: list[Row] = []
    for a in actuals:  # a: the earlier figure
        for b in actuals:
            if _match_key(a) != _match_key(b) or not b["period_start"] > a["period_end"]:
                continue
            bases = [("as reported", 1.0)]
            if b["months"] != 12 and a["months"] == 12:
                bases.append(("run-rate", 12 / b["months"]))
            for basis, factor in bases:
                to_low, to_high = b["low"] * factor, b["high"] * factor
                lfl = basis == "run-rate" or a["months"] == b["months"]
                g_low, g_high = _ratio(to_low, to_high, a["low"], a["high"]) if a["low"] > 0 else (
                    math.nan, math.nan)
                bound = _combine(b["bound"], a["bound"], g_low, g_high)
                frm, to = _label(a["period"], a["months"]), _label(b["period"], b["months"])
                if basis == "run-rate":
                    head = (f"{to} run-rate (×12/{b['months']:g}) against {frm}: like for like in "
                            f"length, but assumes the rest of the year keeps the {to} pace")
                elif lfl:
                    head = f"{to} against {frm}: like for like"
                else:
                    head = (f"{to} against {frm}: not like for like "
                            f"({b['months']:g} against {a['months']:g} months)")
                growth = (
                    "growth unknown" if math.isnan(g_low)
                    else f"growth {_span(g_low, g_high, bound, _pct)}"
                )
                rows.append(
                    {k: a[k] for k in _PARTIES}
                    | {
                        "basis": basis, "from_period": a["period"], "to_period": b["period"],
                        "from_months": a["months"], "to_months": b["months"],
                        "from_low": a["low"], "from_high": a["high"], "from_bound": a["bound"],
                        "to_low": to_low, "to_high": to_high, "to_bound": b["bound"],
                        "growth_low": g_low, "growth_high": g_high, "growth_bound": bound,
                        "like_for_like": lfl, "note": f"{head}; {growth}",
                    }
                )
    return _typed(rows, _GROWTH)


# ----------------------------------------------------------------------------- targets


_TARGETS: dict[str, Any] = {
    **_PARTIES, "period": _STR, "target_low": _F, "target_high": _F, "target_bound": _BOUND,
    "so_far_period": _STR, "so_far_months": _F,
    "so_far_low": _F, "so_far_high": _F, "so_far_bound": _BOUND,
    "remaining_months": _F, "remaining_low": _F, "remaining_high": _F, "remaining_bound": _BOUND,
    "pace_annual_low": _F, "pace_annual_high": _F, "pace_bound": _BOUND,
    "previous_period": _STR, "previous_low": _F, "previous_high": _F, "previous_bound": _BOUND,
    "implied_growth_low": _F, "implied_growth_high": _F, "implied_growth_bound": _BOUND,
    "rest_pace": _STR, "note": _STR,
}


def _pace_word(rest: Row, so_far: Row) -> str | None:
    """'slower' / 'faster' when the monthly paces cannot overlap, else None."""
    r_dir, s_dir = _direction(rest["bound"]), _direction(so_far["bound"])
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
    money: Callable[[float], str] = lambda x: _money(x, cur)  # noqa: E731
    target = f"The {p['period']} target of {_span(p['low'], p['high'], p['bound'], money)}"
    if so_far is None or rest is None:
        parts = [f"{target}: no actual for part of the period in the input"]
    else:
        half = so_far["months"] * 2 == p["months"] and so_far["period_start"] == p["period_start"]
        rest_name = "the second half" if half else f"the remaining {rest['months']:g} months"
        done = f"{_span(so_far['low'], so_far['high'], so_far['bound'], money)} in {_label(so_far['period'], so_far['months'])}"  # noqa: E501
        if rest["high"] < 0:
            parts = [f"{target} was already passed: {done}"]
        else:
            left = _span(max(rest["low"], 0.0), rest["high"], rest["bound"], money)
            parts = [f"{target}, less {done}, leaves {left} for {rest_name}"]
            word = _pace_word(rest, so_far)
            if word:
                first = "the first" if half else f"the first {so_far['months']:g} months"
                parts.append(f"it implies a {word} {rest_name.removeprefix('the ')} than {first}")
        pace = _span(so_far["low"] * 12 / so_far["months"], so_far["high"] * 12 / so_far["months"],
                     so_far["bound"], money)
        parts.append(f"the pace so far annualises to {pace}")
    if prev is not None and growth is not None:
        prev_text = _span(prev["low"], prev["high"], prev["bound"], money)
        g = _span(growth["low"], growth["high"], growth["bound"], _pct)
        parts.append(f"the target is {g} on {_label(prev['period'], prev['months'])} ({prev_text})")
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
    figs = _dated_figures(_for_pair(figures, pair), "target_implications")
    rows: list[Row] = []
    for p in (f for f in figs if f["kind"] == "projection"):
        same = [a for a in figs if a["kind"] == "actual" and _match_key(a) == _match_key(p)]
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
                    "bound": _combine(p["bound"], so_far["bound"], low, high)}
        if prev is not None and prev["low"] > 0:
            low, high = _ratio(p["low"], p["high"], prev["low"], prev["high"])
            bound = _combine(p["bound"], prev["bound"], low, high)
            growth = {"low": low, "high": high, "bound": bound}
        s, g, q = so_far or {}, growth or {}, prev or {}
        annual = 12 / s["months"] if s else math.nan
        rows.append(
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
    return _typed(rows, _TARGETS)


# ----------------------------------------------------------------------------- statistics of a pair


Pair = tuple[str, str]
_FLOW = pd.CategoricalDtype(list(FLOWS))
_BASIS = pd.CategoricalDtype(["own", "mirror"])
_CONFIDENCE = pd.CategoricalDtype(["low", "medium", "high"], ordered=True)
_OTHER_SIDE = {"exports": "imports", "imports": "exports"}
_VINTAGE_RANK = {"revised": 0, None: 1, "first published": 2}
_CONFIDENCE_RANK = {"high": 0, "medium": 1, "low": 2, None: 3}
# the end of every warning about a pair without statistics: what to do about it, from Python (the
# command line says its own option instead)
ASK_FOR_STATISTICS = "pass statistics= with figures for this pair (a CSV file or a DataFrame, see read_statistics)"


def _pair(a: object, b: object) -> Pair:
    """The two sides, unordered; an empty side is the world."""
    x, y = sorted((_text(a) or "", _text(b) or ""))
    return x, y


def _pair_name(pair: Pair) -> str:
    """'ARM–RUS'; the world named last: 'RUS–world'."""
    return "–".join(side or "world" for side in sorted(pair, key=lambda side: side == ""))


def _statistic_rows(frame: pd.DataFrame | None, read: Callable[..., pd.DataFrame] = read_statistics
                    ) -> list[Row]:
    """Statistics (or statements) checked and typed, as records; None gives the bundled ones."""
    return _records(read(frame), "statistics", tuple(STATISTICS_COLUMNS))


def _only_pair(stats: list[Row]) -> Pair | None:
    """The one pair the statistics' trade figures cover; None when they have none."""
    pairs = list(dict.fromkeys(_pair(r["reporter"], r["partner"]) for r in stats if r["flow"] == "trade"))
    if len(pairs) > 1:
        names = ", ".join(_pair_name(p) for p in pairs)
        raise ValueError(f"the statistics cover several pairs ({names}); say which with pair=(A, B)")
    return pairs[0] if pairs else None


def _claimed_pair(claims_rows: list[Row]) -> Pair | None:
    """The pair most trade claims are about (the first named on a tie)."""
    pairs = Counter(_pair(c["reporter"], c["partner"]) for c in claims_rows)
    return pairs.most_common(1)[0][0] if pairs else None


def _official(stats: list[Row], pair: Pair | None) -> list[Row]:
    """The pair's trade actuals from the office with the most full-year figures, warning when none."""
    rows = [r for r in stats if r["flow"] == "trade" and r["kind"] == "actual"
            and pair is not None and _pair(r["reporter"], r["partner"]) == pair]
    offices = Counter((r["reporter"], r["office"]) for r in rows
                      if _months(r["period_start"], r["period_end"]) == 12)
    if not offices:
        name = _pair_name(pair) if pair else "any pair"
        warnings.warn(f"the statistics have no full-year trade figure for {name}: nothing official to "
                      f"show; {ASK_FOR_STATISTICS}", UserWarning, stacklevel=3)
        return []
    (reporter, office), _ = offices.most_common(1)[0]
    return [r for r in rows if (r["reporter"], r["office"]) == (reporter, office)]


def _year(official: list[Row], year: int, months: float = 12) -> Row | None:
    """The figure for `months` from January of `year`; the latest vintage if several."""
    rows = [r for r in official if r["period_start"] == pd.Timestamp(year, 1, 1)
            and _months(r["period_start"], r["period_end"]) == months]
    rows.sort(key=lambda r: (*_vintage_rank(_text(r["vintage"])), _CONFIDENCE_RANK[_text(r["confidence"])]))
    return rows[0] if rows else None


def _vintage_rank(vintage: str | None) -> tuple[int, int]:
    """Revised first, first published last; between them, a vintage given as a date, the latest first."""
    if vintage is not None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", vintage):
        return 1, -pd.Timestamp(vintage).toordinal()
    return _VINTAGE_RANK.get(vintage, 1), 0


def _vintage(r: Row) -> str:
    return f"{_money(r['value'], r['currency'])}, {_text(r['vintage']) or 'vintage not stated'}"


def _side(r: Row) -> str:
    """'Armenia (Armstat)': the reporting country and the office."""
    return f"{country_name(r['reporter'])} ({r['office']})"


# ----------------------------------------------------------------------------- claims vs statistics


_COMPARISON: dict[str, Any] = {
    "claim": _I, "metric": _METRIC, "kind": _KIND, "period": _STR, "currency": _STR, "claim_low": _F,
    "claim_high": _F, "claim_bound": _BOUND, "quotes": _STR, "statistic_reporter": _STR,
    "statistic_partner": _STR, "statistic_flow": _FLOW, "statistic_basis": _BASIS,
    "statistic_kind": _KIND, "statistic_value": _F, "office": _STR, "vintage": _STR,
    "confidence": _CONFIDENCE, "source": _STR, "difference_low": _F, "difference_high": _F,
    "difference_pct_low": _F, "difference_pct_high": _F, "consistent": _B, "met": _B,
    "statistic_note": _STR, "note": _STR,
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
    bound = _text(claim["bound"])
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
    rep, par = _text(claim["reporter"]) or "", _text(claim["partner"]) or ""
    s_rep, s_par = str(stat["reporter"]), _text(stat["partner"]) or ""
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
    partner = _text(r["partner"]) or "world"
    what = (f"{r['reporter']}–{partner} trade" if r["flow"] == "trade"
            else f"{r['reporter']} {r['flow']} {'to' if r['flow'] == 'exports' else 'from'} {partner}")
    return f"{r['office']} ({what}{', a mirror figure' if basis == 'mirror' else ''})"


def _comparison_row(n: int, c: Row, r: Row, basis: str) -> Row:
    value = float(r["value"])
    d_low, d_high = c["low"] - value, c["high"] - value
    consistent = _consistent(c, value) if c["kind"] == "actual" else None
    met = value >= c["low"] if c["kind"] == "projection" and r["kind"] == "actual" else None
    vintage = _text(r["vintage"]) or "vintage not stated"
    claim_text = _span(c["low"], c["high"], c["bound"], lambda x: _money(x, c["currency"]))
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
                 f"{r['kind']}, {vintage}: {_money(value, r['currency'])}"
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
    >>> c = claims(extract(load_article().text, published="2024-11-25"))
    >>> cmp = compare_with_statistics(c)
    >>> cmp[["period", "office", "statistic_value", "statistic_basis", "consistent", "met"]].values.tolist()[:3]
    [['2024', 'Armstat', 12401640354.0, 'own', <NA>, False], ['2024H1', 'Armstat', 8365394316.0, 'own', True, <NA>], ['2024H1', 'Armstat', 7530236282.0, 'own', False, <NA>]]
    """  # noqa: E501
    stats = _statistic_rows(statistics)
    covered = {_pair(r["reporter"], r["partner"]) for r in stats}
    rows: list[Row] = []
    uncovered: dict[Pair, None] = {}
    for n, c in enumerate(_records(_for_pair(claims_df, pair), "compare_with_statistics")):
        low, high = _num(c["low"]), _num(c["high"])
        if _missing(c["reporter"]) or low is None:
            continue
        if _pair(c["reporter"], c["partner"]) not in covered:
            uncovered[_pair(c["reporter"], c["partner"])] = None
            continue
        c = c | {"low": low, "high": high if high is not None else low}
        matches = [(r, basis) for r in stats
                   if r["period_start"] == c["period_start"] and r["period_end"] == c["period_end"]
                   and r["currency"] == _text(c["currency"]) and (basis := _basis(c, r))]
        rows += [_comparison_row(n, c, r, basis) for r, basis in sorted(matches, key=lambda m: m[1] == "mirror")]
    for pair in uncovered:
        warnings.warn(f"the statistics have nothing for {_pair_name(pair)}: its claims are not compared; "
                      f"{ASK_FOR_STATISTICS}", UserWarning, stacklevel=2)
    return _typed(rows, _COMPARISON)


# ----------------------------------------------------------------------------- scenarios


_SCENARIOS: dict[str, Any] = {
    "scenario": _STR, "assumption": _STR, "reporter": _STR, "partner": _STR, "office": _STR,
    "base_year": _I, "base_value": _F, "year": _I, "value": _F, "currency": _STR, "annual_growth": _F,
    "is_estimate": _B, "source": _STR,
}
Path_ = tuple[str, str, list[tuple[int, float]]]  # name, assumption, (year, value) of each year drawn


def _compound(official: list[Row], base: Row, end_year: int) -> Path_ | None:
    """Every year to `end_year` at the compound rate of the (up to) five years to the base year."""
    year = pd.Timestamp(base["period_start"]).year
    first = next((r for y in range(year - 5, year - 1) if (r := _year(official, y)) is not None), None)
    if first is None or not first["value"]:
        return None
    y0 = pd.Timestamp(first["period_start"]).year
    rate = (float(base["value"]) / float(first["value"])) ** (1 / (year - y0)) - 1
    text = (f"every year to {end_year} at {base['office']}'s compound annual rate from {y0} "
            f"({_vintage(first)}) to {year} ({_vintage(base)}): ({_money(base['value'], base['currency'])} / "
            f"{_money(first['value'], first['currency'])})^(1/{year - y0}) − 1 = {_pct(rate)} a year")
    path = [(y, float(base["value"]) * (1 + rate) ** (y - year)) for y in range(year + 1, end_year + 1)]
    return f"{y0}–{year} compound rate", text, path


def _run_rate(official: list[Row], base: Row) -> Path_ | None:
    """The year after the base year at the run-rate of its latest part-year figure; that year only."""
    year = pd.Timestamp(base["period_start"]).year + 1
    for months in range(11, 0, -1):
        part = _year(official, year, months)
        if part is None:
            continue
        run_rate = float(part["value"]) * 12 / months
        month = pd.Timestamp(part["period_end"]).strftime("%b")
        text = (f"{year} only: {base['office']} Jan–{month} {year} ({_vintage(part)}) × 12/{months} = "
                f"{_money(run_rate, base['currency'])}, the other {12 - months} months at the Jan–{month} "
                "monthly pace")
        return f"{year} Jan–{month} run-rate", text, [(year, run_rate)]
    return None


def _projections(said: list[Row], claimed: list[Row], pair: Pair | None, currency: object) -> list[Row]:
    """Full-year trade projections for the pair: from the text's claims and from officials' statements
    (a range stated as two rows is one projection), each once, in the order given."""
    found: dict[tuple[int, float, float], Row] = {}
    for c in claimed:
        if (c["metric"] == "trade" and c["kind"] == "projection" and _text(c["currency"]) == currency
                and _pair(c["reporter"], c["partner"]) == pair and _full(c) and _num(c["low"]) is not None):
            low, high = float(c["low"]), _num(c["high"]) or float(c["low"])
            year = pd.Timestamp(c["period_start"]).year
            who = _text(c.get("sources")) or _text(c.get("source")) or "the text"
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
    return (not _missing(r["period_start"]) and pd.Timestamp(r["period_start"]).strftime("%m-%d") == "01-01"
            and _months(r["period_start"], r["period_end"]) == 12)


def _claim_path(p: Row, base: Row) -> Path_ | None:
    """From the base year to the year a projection was made for, at the rate it implies; no further."""
    year, target = pd.Timestamp(base["period_start"]).year, (p["low"] + p["high"]) / 2
    n = p["year"] - year
    if n < 1 or not base["value"]:
        return None
    cur = base["currency"]
    rate = (target / float(base["value"])) ** (1 / n) - 1
    what = (_money(p["low"], cur) if p["low"] == p["high"]
            else f"{_money(p['low'], cur)}–{_money(p['high'], cur)} (midpoint {_money(target, cur)})")
    text = (f"reaches the {p['year']} projection of {what}, {p['who']}, from {base['office']} {year} "
            f"({_vintage(base)}): {_pct(rate)} a year over {n} year{'s' if n > 1 else ''}; not drawn beyond "
            f"{p['year']}")
    path = [(y, float(base["value"]) * (1 + rate) ** (y - year)) for y in range(year + 1, p["year"])]
    path.append((p["year"], target))  # exactly the claim, not its rounded compounding
    short = _money(target, cur) if p["low"] == p["high"] else what.split(" (")[0]
    name = f"path to the {p['year']} projection ({short})"
    return name, text, path


def _scenario_rows(official: list[Row], projections: list[Row], order: Pair, start_year: int | None,
                   end_year: int | None) -> list[Row]:
    if start_year is None:
        start_year = max((pd.Timestamp(r["period_start"]).year for r in official if _full(r)), default=None)
        if start_year is None:
            return []
    # two years on by default: a rate carried further compounds one exceptional year into a figure
    # no analyst would show (+41% a year from 2024 gives $97bn in 2030 for Armenia–Russia)
    end = end_year if end_year is not None else start_year + 2
    if end <= start_year:
        raise ValueError(f"end_year ({end}) must be after start_year ({start_year})")
    base = _year(official, start_year)
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
    stats = _statistic_rows(statistics)
    claimed = [] if claims_df is None else [
        c for c in _records(claims_df, "scenarios", _FIGURE_COLUMNS)
        if c["metric"] == "trade" and not _missing(c["reporter"])]
    order = (pair[0], pair[1]) if pair is not None else _ordered(claimed) or _ordered(
        [r for r in stats if r["flow"] == "trade"]) or ("", "")
    chosen = _pair(*order)
    if pair is None and not claimed:
        chosen = _only_pair(stats) or chosen
    official = _official(stats, chosen)
    said = [r for r in _statistic_rows(statements, read_statements)
            if _pair(r["reporter"], r["partner"]) == chosen]
    currency = official[0]["currency"] if official else None
    return official, _projections(said, claimed, chosen, currency), order


def _ordered(rows: list[Row]) -> Pair | None:
    """The pair most rows are about, in the order its first row names it."""
    chosen = _claimed_pair(rows)
    first = next((r for r in rows if _pair(r["reporter"], r["partner"]) == chosen), None)
    return None if first is None else (_text(first["reporter"]) or "", _text(first["partner"]) or "")


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
    return _typed(_scenario_rows(official, projections, order, start_year, end_year), _SCENARIOS)


# ----------------------------------------------------------------------------- tables behind charts

_SERIES: dict[str, Any] = {
    "series": _STR, "label": _STR, "reporter": _STR, "partner": _STR, "office": _STR,
    "period_start": "datetime64[ns]", "period_end": "datetime64[ns]",
    "months": _F, "low": _F, "high": _F, "bound": _BOUND, "kind": _KIND, "partial": _B,
    "reported_by": _STR, "vintage": _STR, "source": _STR, "currency": _STR, "note": _STR,
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
    >>> t = series_and_claims(claims(extract(load_article().text, published="2024-11-25")))
    >>> t.groupby("series", sort=False)["label"].agg(["first", "last", "count"]).values.tolist()
    [['2007', '2024', 18], ['2025 Jan-Aug', '2025 Jan-Aug', 1], ['2024', '2023', 3]]
    >>> t[t["series"] == "claim"]["note"].tolist()[1]
    'Armstat H1 2024: $8.37bn (first published), $8.4bn (first published), $7.53bn (revised)'
    """
    said = [c for c in _records(claims_df, "series_and_claims", ("metric", "currency", "reporter", "partner"))
            if c["metric"] == "trade" and not _missing(c["period_start"]) and not _missing(c["reporter"])]
    stats = _statistic_rows(statistics)
    chosen = _pair(*pair) if pair is not None else _claimed_pair(said) or _only_pair(stats)
    official = _official(stats, chosen)
    rows: list[Row] = []
    last_full = first_year - 1
    for year in sorted({pd.Timestamp(r["period_start"]).year for r in official}):
        r = _year(official, year) if year >= first_year else None
        if r is not None:
            last_full = year
            rows.append(_series_row(f"{r['office']} turnover", r))
    for n in range(11, 0, -1):
        if (part := _year(official, last_full + 1, n)) is not None:
            rows.append(_series_row(f"{part['office']} turnover, part year", part))
            break
    rows += [_claim_row(c, official) for c in said if _pair(c["reporter"], c["partner"]) == chosen]
    return _typed(rows, _SERIES)


def _claim_row(c: Row, official: list[Row]) -> Row:
    months = _months(c["period_start"], c["period_end"])
    same = [r for r in official if r["period_start"] == c["period_start"] and r["period_end"] == c["period_end"]
            and r["currency"] == _text(c["currency"])]
    same.sort(key=lambda r: (-_vintage_rank(_text(r["vintage"]))[0], _vintage_rank(_text(r["vintage"]))[1]))
    note = (f"{same[0]['office']} {_label(c['period'], months)}: "
            + ", ".join(f"{_money(r['value'], r['currency'])} ({_text(r['vintage']) or 'vintage not stated'})"
                        for r in same)) if same else None
    return {
        "series": SERIES_CLAIM, "label": c["period"], "reporter": c["reporter"], "partner": c["partner"],
        "office": None, "period_start": c["period_start"],
        "period_end": c["period_end"], "months": months, "low": c["low"], "high": c["high"],
        "bound": c["bound"], "kind": c["kind"], "partial": months is not None and months < 12,
        "reported_by": "claim in the text", "vintage": None, "source": _text(c.get("sources")),
        "currency": c["currency"], "note": note,
    }


def _series_row(series: str, r: Row) -> Row:
    months = _months(r["period_start"], r["period_end"])
    return {
        "series": series, "label": r["period"], "reporter": r["reporter"], "partner": r["partner"],
        "office": r["office"], "period_start": r["period_start"],
        "period_end": r["period_end"], "months": months, "low": r["value"],
        "high": r["value"], "bound": "exact", "kind": "actual",
        "partial": months is not None and months < 12, "reported_by": _side(r),
        "vintage": _text(r["vintage"]), "source": r["source"], "currency": r["currency"], "note": r["note"],
    }


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
        if (r := _year(official, year)) is not None:
            rows.append(_scenario_row(r, order) | {
                "scenario": f"{r['office']} actual", "assumption": f"{r['office']} turnover ({_vintage(r)})",
                "base_year": year, "base_value": r["value"], "year": year, "value": r["value"],
                "annual_growth": None, "is_estimate": False})
    return _typed(rows + scenario_rows, _SCENARIOS)
