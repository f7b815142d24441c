"""Figures table → analysis tables: claims, run-rates, growth, what a target implies, checks.

Every function takes a DataFrame and returns a new, typed DataFrame (an empty input gives an
empty typed output). Figures are compared only within one flow, currency and pair of countries;
for `trade` the pair is unordered (Russia–Armenia trade is Armenia–Russia trade). Bounds travel
with the numbers: a lower bound stays a lower bound through a run-rate, and turns into an upper
bound when subtracted.

>>> from tradefigures import extract, load_article
>>> figures = extract(load_article().text, published="2024-11-25")
>>> growth_table(figures)["note"].tolist()[0]
'H1 2024 against full-year 2023: not like for like (6 against 12 months); growth at least +12.2%'
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

import pandas as pd

from .frame import BOUNDS, KINDS, METRICS

__all__ = [
    "annualise",
    "claims",
    "compare_with_statistics",
    "growth_table",
    "load_reference",
    "scenario_paths",
    "scenarios",
    "series_and_claims",
    "target_implications",
]

REFERENCE_FILE = "armenia-russia-trade.csv"
ARMSTAT = "Armenia (Armstat)"

_STR = pd.StringDtype("python")
_F = pd.Float64Dtype()
_I = pd.Int64Dtype()
_B = pd.BooleanDtype()
_NS: Any = "datetime64[ns]"
_METRIC = pd.CategoricalDtype(list(METRICS))
_BOUND = pd.CategoricalDtype(list(BOUNDS))
_KIND = pd.CategoricalDtype(list(KINDS))
_REF_METRIC = pd.CategoricalDtype(["turnover", "exports", "imports"])
_VINTAGE = pd.CategoricalDtype(["first published", "revised"])
_CONFIDENCE = pd.CategoricalDtype(["low", "medium", "high"], ordered=True)

# The columns every analysis needs; a claims table has them too, so it can be passed instead.
_FIGURE_COLUMNS = (
    "metric", "low", "high", "currency", "bound", "kind",
    "period_start", "period_end", "period", "reporter", "partner",
)
_PARTIES: dict[str, Any] = {"metric": _METRIC, "reporter": _STR, "partner": _STR, "currency": _STR}
_REFERENCE: dict[str, Any] = {
    "period_start": _NS, "period_end": _NS, "period": _STR, "metric": _REF_METRIC,
    "kind": _KIND, "value_usd": _F, "reported_by": _STR, "vintage": _VINTAGE,
    "confidence": _CONFIDENCE, "source": _STR, "note": _STR,
}
_REQUIRED_IN_REFERENCE = (
    "period_start", "period_end", "metric", "kind", "value_usd", "reported_by",
)

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


# ----------------------------------------------------------------------------- reference data


def _reference_dir() -> Path:
    """data/reference inside the installed wheel, else the repository's data/reference."""
    packaged = Path(__file__).parent / "_data" / "reference"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "data" / "reference"


def load_reference(path: str | Path | None = None) -> pd.DataFrame:
    """The reference statistics: one row per published figure, typed, in file order.

    >>> ref = load_reference()
    >>> h1 = ref[(ref["period"] == "2024H1") & (ref["metric"] == "turnover")
    ...          & (ref["reported_by"] == "Armenia (Armstat)")]
    >>> h1["value_usd"].tolist()[:2], str(ref["period_start"].dtype), str(ref["value_usd"].dtype)
    ([8365394316.0, 7530236282.0], 'datetime64[ns]', 'Float64')
    """
    file = Path(path) if path is not None else _reference_dir() / REFERENCE_FILE
    if not file.is_file():
        raise FileNotFoundError(f"no reference statistics at {file}")
    raw = pd.read_csv(file, dtype=str, keep_default_na=False)
    missing = [c for c in _REFERENCE if c not in raw.columns]
    if missing:
        raise ValueError(f"{file.name}: missing column(s) {', '.join(missing)}")
    out: dict[str, pd.Series[Any]] = {}
    for col, dtype in _REFERENCE.items():
        values = raw[col].str.strip().replace("", None)
        if col in _REQUIRED_IN_REFERENCE and values.isna().any():
            line = values.isna().tolist().index(True) + 2  # header is line 1
            raise ValueError(f"{file.name}: column {col!r} is empty on line {line}")
        if isinstance(dtype, pd.CategoricalDtype):
            unknown = set(values.dropna()) - set(dtype.categories)
            if unknown:
                raise ValueError(
                    f"{file.name}: column {col!r} has unknown value(s) {sorted(unknown)}; "
                    f"expected {list(dtype.categories)}"
                )
        try:
            if dtype == _NS:
                out[col] = pd.to_datetime(values, format="%Y-%m-%d").astype(_NS)
            elif dtype == _F:
                out[col] = pd.to_numeric(values).astype(_F)
            else:
                out[col] = values.astype(dtype)
        except (ValueError, TypeError) as exc:
            raise ValueError(f"{file.name}: column {col!r} has a bad value: {exc}") from exc
    frame: pd.DataFrame = pd.DataFrame(out)
    if (frame["period_end"] < frame["period_start"]).any():
        raise ValueError(f"{file.name}: some rows have period_end before period_start")
    return frame


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


def claims(figures: pd.DataFrame) -> pd.DataFrame:
    """One row per distinct claim: repeated mentions of the same figure collapsed, in first-mention order.

    Same flow, sides, currency, period, values and kind make one claim. If the mentions disagree on the
    bound, the most conservative reading is kept and `bound_conflict` says so.

    >>> from tradefigures import extract, load_article
    >>> c = claims(extract(load_article().text, published="2024-11-25"))
    >>> c[["period", "kind", "mentions", "quotes"]].values.tolist()
    [['2024', 'projection', 2, '$14 billion to $16 billon; $14 to $16 billion'], ['2024H1', 'actual', 1, '$8.3 billion'], ['2023', 'actual', 1, '$7.4 billion']]
    """  # noqa: E501
    groups: dict[tuple[Any, ...], list[Row]] = {}
    for r in _records(figures, "claims", (*_FIGURE_COLUMNS, "quote")):
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


def annualise(figures: pd.DataFrame) -> pd.DataFrame:
    """Add the annual run-rate of each figure: value × 12 / months, with the figure's bound.

    `months` comes from period_start/period_end; `run_rate` is True when the period is not a year. A
    figure with no period gets NA throughout. A run-rate assumes the rest of the year keeps the
    pace.

    >>> from tradefigures import extract, load_article
    >>> a = annualise(extract(load_article().text, published="2024-11-25"))
    >>> a[["period", "months", "annual_low", "annual_bound", "run_rate"]].values.tolist()[1:3]
    [['2024H1', 6.0, 16600000000.0, 'at_least', True], ['2023', 12.0, 7400000000.0, 'exact', False]]
    """
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


def growth_table(figures: pd.DataFrame) -> pd.DataFrame:
    """Growth of each later actual over each earlier one of the same flow and sides.

    growth = to / from − 1 (a fraction), with a bound: a lower-bound later figure against an exact
    one gives a lower-bound growth. A period shorter than a year is also compared as its run-rate (×12 /
    months) against each earlier full year, `basis == "run-rate"`, which assumes the pace holds.

    >>> from tradefigures import extract, load_article
    >>> g = growth_table(extract(load_article().text, published="2024-11-25"))
    >>> g[["basis", "growth_bound", "like_for_like"]].values.tolist()
    [['as reported', 'at_least', False], ['run-rate', 'at_least', True]]
    >>> g["growth_low"].round(4).tolist()
    [0.1216, 1.2432]
    """
    actuals = [r for r in _dated_figures(figures, "growth_table") if r["kind"] == "actual"]
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
    "note": _STR,
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


def target_implications(figures: pd.DataFrame) -> pd.DataFrame:
    """What each projection implies, given the actuals of the same flow and sides in the input.

    The latest actual inside the projection's period ("so far") leaves `remaining` = target − so far
    for the rest of the period (a lower-bound actual leaves an upper-bound remainder); the pace so
    far is annualised; `implied_growth` is the target over the full previous period's actual, minus 1.

    >>> from tradefigures import extract, load_article
    >>> t = target_implications(extract(load_article().text, published="2024-11-25"))
    >>> t[["remaining_low", "remaining_high", "remaining_bound"]].values.tolist()
    [[5700000000.0, 7700000000.0, 'at_most']]
    >>> t[["implied_growth_low", "implied_growth_high"]].round(4).values.tolist()
    [[0.8919, 1.1622]]
    """
    figs = _dated_figures(figures, "target_implications")
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
                "note": _target_note(p, so_far, rest, prev, growth),
            }
        )
    return _typed(rows, _TARGETS)


# ----------------------------------------------------------------------------- claims vs statistics


_COMPARISON: dict[str, Any] = {
    "claim": _I, "metric": _METRIC, "kind": _KIND, "period": _STR, "claim_low": _F,
    "claim_high": _F, "claim_bound": _BOUND, "quotes": _STR,
    "reference_metric": _REF_METRIC, "reference_kind": _KIND, "reference_value_usd": _F,
    "reported_by": _STR, "side": _STR, "vintage": _VINTAGE, "confidence": _CONFIDENCE,
    "source": _STR, "difference_low": _F, "difference_high": _F, "difference_pct_low": _F,
    "difference_pct_high": _F, "consistent": _B, "met": _B, "reference_note": _STR, "note": _STR,
}
# The reference is Armenia's view: its exports go to Russia, its imports come from Russia.
_REFERENCE_METRIC = {
    ("trade", "ARM"): "turnover", ("trade", "RUS"): "turnover",
    ("exports", "ARM"): "exports", ("exports", "RUS"): "imports",
    ("imports", "ARM"): "imports", ("imports", "RUS"): "exports",
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


def compare_with_statistics(claims_df: pd.DataFrame, reference: pd.DataFrame) -> pd.DataFrame:
    """Each claim beside every reference figure for the same period and flow (Armstat first).

    Only USD claims between Armenia and Russia can match; `trade` matches `turnover`. The difference
    is claim − reference (absolute and as a fraction of the reference). For an actual claim,
    `consistent` says whether the reference value satisfies it at the precision it was stated to
    (8.3bn means 8.25–8.35bn); for a projection against an actual, `met` says whether the actual
    reached the target's low end. `side`, `reported_by` and `vintage` say whose number each is;
    `reference_note` carries the reference's own caveats.

    >>> from tradefigures import extract, load_article
    >>> c = claims(extract(load_article().text, published="2024-11-25"))
    >>> cmp = compare_with_statistics(c, load_reference())
    >>> armstat = cmp[cmp["reported_by"] == "Armenia (Armstat)"]
    >>> armstat[["period", "reference_value_usd", "consistent", "met"]].values.tolist()[:3]
    [['2024', 12401640354.0, <NA>, False], ['2024H1', 8365394316.0, True, <NA>], ['2024H1', 7530236282.0, False, <NA>]]
    """  # noqa: E501
    refs = _records(reference, "compare_with_statistics (reference)", tuple(_REFERENCE))
    for i, r in enumerate(refs):
        r["order"] = (r["reported_by"] != ARMSTAT, i)
    rows: list[Row] = []
    for n, c in enumerate(_records(claims_df, "compare_with_statistics")):
        sides = {_text(c["reporter"]), _text(c["partner"])}
        ref_metric = _REFERENCE_METRIC.get((str(c["metric"]), str(c["reporter"])))
        low, high = _num(c["low"]), _num(c["high"])
        if sides != {"ARM", "RUS"} or c["currency"] != "USD" or ref_metric is None or low is None:
            continue
        c = c | {"low": low, "high": high if high is not None else low}
        quotes = c.get("quotes", c.get("quote"))
        matches = [r for r in refs if r["metric"] == ref_metric
                   and r["period_start"] == c["period_start"]
                   and r["period_end"] == c["period_end"]]
        for r in sorted(matches, key=lambda r: r["order"]):
            value = float(r["value_usd"])
            d_low, d_high = c["low"] - value, c["high"] - value
            actual_vs = r["kind"] == "actual"
            consistent = _consistent(c, value) if c["kind"] == "actual" else None
            met = value >= c["low"] if c["kind"] == "projection" and actual_vs else None
            vintage = _text(r["vintage"]) or "vintage not stated"
            claim_text = _span(c["low"], c["high"], c["bound"], _money)
            verdict = (f"target {'met' if met else 'not met'}" if met is not None
                       else "" if consistent is None
                       else "consistent" if consistent else "not consistent")
            rows.append(
                {
                    "claim": n, "metric": c["metric"], "kind": c["kind"], "period": c["period"],
                    "claim_low": c["low"], "claim_high": c["high"], "claim_bound": c["bound"],
                    "quotes": quotes, "reference_metric": r["metric"], "reference_kind": r["kind"],
                    "reference_value_usd": value, "reported_by": r["reported_by"],
                    "side": str(r["reported_by"]).split(" (")[0], "vintage": r["vintage"],
                    "confidence": r["confidence"], "source": r["source"],
                    "difference_low": d_low, "difference_high": d_high,
                    "difference_pct_low": d_low / value if value else None,
                    "difference_pct_high": d_high / value if value else None,
                    "consistent": consistent, "met": met, "reference_note": r["note"],
                    "note": (f"claim {claim_text} ({c['kind']}, {c['period']}) against "
                             f"{r['reported_by']} {r['kind']}, {vintage}: {_money(value)}"
                             + (f"; {verdict}" if verdict else "")),
                }
            )
    return _typed(rows, _COMPARISON)


# ----------------------------------------------------------------------------- scenarios


_SCENARIOS: dict[str, Any] = {
    "scenario": _STR, "assumption": _STR, "base_year": _I, "base_value_usd": _F, "year": _I,
    "value_usd": _F, "annual_growth": _F, "is_estimate": _B,
}
_VINTAGE_RANK = {"revised": 0, None: 1, "first published": 2}
_CONFIDENCE_RANK = {"high": 0, "medium": 1, "low": 2, None: 3}


def _armstat(refs: list[Row], year: int, months: float = 12) -> Row | None:
    """Armstat's turnover for `months` from January of `year`; the latest vintage if several."""
    rows = [r for r in refs if r["reported_by"] == ARMSTAT and r["metric"] == "turnover"
            and r["kind"] == "actual" and r["period_start"] == pd.Timestamp(year, 1, 1)
            and _months(r["period_start"], r["period_end"]) == months]
    rows.sort(key=lambda r: (_VINTAGE_RANK[_text(r["vintage"])],
                             _CONFIDENCE_RANK[_text(r["confidence"])]))
    return rows[0] if rows else None


def _vintage(r: Row) -> str:
    return f"{_money(r['value_usd'])}, {_text(r['vintage']) or 'vintage not stated'}"


def scenarios(
    reference: pd.DataFrame, *, start_year: int = 2024, end_year: int = 2030
) -> pd.DataFrame:
    """Explicit what-ifs for Armenia–Russia turnover after `start_year`, from the reference only.

    Each scenario starts from Armstat's turnover for `start_year` and assumes one growth path:
    "claimed pace" (the growth the `start_year` projection claimed over the year before, on the
    projection's midpoint, compounded), "compound growth" of Armstat turnover over the five years to
    `start_year`, and the run-rate of Armstat's latest part-year figure for the next year, then
    flat.
    A scenario whose figures are not in the reference is left out. Every row is an estimate.

    >>> s = scenarios(load_reference(), end_year=2026)
    >>> s["scenario"].unique().tolist()
    ['claimed pace', '2019–2024 compound growth', '2025 Jan–Aug run-rate']
    >>> s[s["year"] == 2025]["annual_growth"].round(4).tolist()
    [1.027, 0.41, -0.4557]
    >>> (s["value_usd"] / 1e9).round(2).tolist()
    [25.14, 50.96, 17.49, 24.66, 6.75, 6.75]
    """
    if end_year <= start_year:
        raise ValueError(f"end_year ({end_year}) must be after start_year ({start_year})")
    refs = _records(reference, "scenarios", tuple(_REFERENCE))
    base = _armstat(refs, start_year)
    if base is None:
        raise ValueError(f"the reference has no Armstat turnover for the full year {start_year}")
    base_value = float(base["value_usd"])
    paths: list[tuple[str, str, list[float]]] = []  # name, assumption, growth for each year
    years = list(range(start_year + 1, end_year + 1))

    def ref_rows(year: int, kind: str) -> list[Row]:
        return [r for r in refs if r["metric"] == "turnover" and r["kind"] == kind
                and r["period_start"] == pd.Timestamp(year, 1, 1)
                and r["period_end"] == pd.Timestamp(year, 12, 31)]

    targets = ref_rows(start_year, "projection")
    if targets:
        side = str(targets[0]["reported_by"]).split(" (")[0]
        low, high = min(r["value_usd"] for r in targets), max(r["value_usd"] for r in targets)
        before = [r["value_usd"] for r in ref_rows(start_year - 1, "actual")
                  if str(r["reported_by"]).startswith(side) and r["confidence"] == "high"]
        if before:
            prior = float(pd.Series(before).median())
            rate = (low + high) / 2 / prior - 1
            text = (
                f"grows each year at the pace the {start_year} projection claimed: midpoint of "
                f"{_money(low)}–{_money(high)} over {side}'s {start_year - 1} figure "
                f"{_money(prior)} = {_pct(rate)} a year, from Armstat {start_year} ({_vintage(base)})"
            )
            paths.append(("claimed pace", text, [rate] * len(years)))
    first = _armstat(refs, start_year - 5)
    if first is not None:
        rate = (base_value / float(first["value_usd"])) ** (1 / 5) - 1
        paths.append((f"{start_year - 5}–{start_year} compound growth", (
            f"grows at Armstat's compound rate from {start_year - 5} ({_vintage(first)}) to "
            f"{start_year} ({_vintage(base)}) = {_pct(rate)} a year"), [rate] * len(years)))
    for months in range(11, 0, -1):
        part = _armstat(refs, start_year + 1, months)
        if part is None:
            continue
        run_rate = float(part["value_usd"]) * 12 / months
        month = pd.Timestamp(part["period_end"]).strftime("%b")
        text = (
            f"{start_year + 1} = Armstat Jan–{month} {start_year + 1} ({_vintage(part)}) "
            f"× 12/{months} = {_money(run_rate)}, then flat"
        )
        rates = [run_rate / base_value - 1] + [0.0] * (len(years) - 1)
        paths.append((f"{start_year + 1} Jan–{month} run-rate", text, rates))
        break
    rows: list[Row] = []
    for name, assumption, rates in paths:
        value = base_value
        for year, rate in zip(years, rates, strict=True):
            value *= 1 + rate
            rows.append({"scenario": name, "assumption": assumption, "base_year": start_year,
                         "base_value_usd": base_value, "year": year, "value_usd": value,
                         "annual_growth": rate, "is_estimate": True})
    return _typed(rows, _SCENARIOS)


# ----------------------------------------------------------------------------- tables behind charts

_SERIES: dict[str, Any] = {
    "series": _STR, "label": _STR, "period_start": "datetime64[ns]", "period_end": "datetime64[ns]",
    "months": _F, "low": _F, "high": _F, "bound": _BOUND, "kind": _KIND, "partial": _B,
    "reported_by": _STR, "vintage": _STR, "source": _STR,
}
SERIES_ARMSTAT = "Armstat turnover"
SERIES_PART_YEAR = "Armstat turnover, part year"
SERIES_CLAIM = "claim"


def series_and_claims(
    claims_df: pd.DataFrame, reference: pd.DataFrame, *, first_year: int = 2007
) -> pd.DataFrame:
    """Armstat's yearly Armenia–Russia turnover, its latest part year, and the claims beside it.

    One row per point: ``series`` is "Armstat turnover" (one full year, the latest vintage),
    "Armstat turnover, part year" (the latest year without a full-year figure, marked ``partial``)
    or "claim" (the USD trade claims between Armenia and Russia, with their bound and kind).

    >>> from tradefigures import extract, load_article
    >>> t = series_and_claims(claims(extract(load_article().text, published="2024-11-25")),
    ...                       load_reference())
    >>> t.groupby("series", sort=False)["label"].agg(["first", "last", "count"]).values.tolist()
    [['2007', '2024', 18], ['2025 Jan-Aug', '2025 Jan-Aug', 1], ['2024', '2023', 3]]
    """
    refs = _records(reference, "series_and_claims", tuple(_REFERENCE))
    rows: list[Row] = []
    years = sorted({pd.Timestamp(r["period_start"]).year for r in refs if r["reported_by"] == ARMSTAT})
    last_full = first_year - 1
    for year in years:
        r = _armstat(refs, year) if year >= first_year else None
        if r is None:
            continue
        last_full = year
        rows.append(_series_row(SERIES_ARMSTAT, r))
    for n in range(11, 0, -1):
        part = _armstat(refs, last_full + 1, n)
        if part is not None:
            rows.append(_series_row(SERIES_PART_YEAR, part))
            break
    for c in _records(claims_df, "series_and_claims", ("metric", "currency", "reporter", "partner")):
        if c["metric"] != "trade" or c["currency"] != "USD" or _missing(c["period_start"]):
            continue
        if {_text(c["reporter"]), _text(c["partner"])} != {"ARM", "RUS"}:
            continue
        months = _months(c["period_start"], c["period_end"])
        rows.append({
            "series": SERIES_CLAIM, "label": c["period"], "period_start": c["period_start"],
            "period_end": c["period_end"], "months": months, "low": c["low"], "high": c["high"],
            "bound": c["bound"], "kind": c["kind"], "partial": months is not None and months < 12,
            "reported_by": "claim in the text", "vintage": None, "source": _text(c.get("sources")),
        })
    return _typed(rows, _SERIES)


def _series_row(series: str, r: Row) -> Row:
    months = _months(r["period_start"], r["period_end"])
    return {
        "series": series, "label": r["period"], "period_start": r["period_start"],
        "period_end": r["period_end"], "months": months, "low": r["value_usd"],
        "high": r["value_usd"], "bound": "exact", "kind": "actual",
        "partial": months is not None and months < 12, "reported_by": r["reported_by"],
        "vintage": _text(r["vintage"]), "source": r["source"],
    }


def scenario_paths(
    reference: pd.DataFrame, *, start_year: int = 2024, end_year: int = 2030, first_year: int = 2015
) -> pd.DataFrame:
    """The scenarios with the Armstat actuals they start from, for drawing them as lines.

    Rows with ``scenario == "Armstat actual"`` are the yearly turnover from ``first_year`` to
    ``start_year`` (``is_estimate`` False); every other row is a scenario (``is_estimate`` True).

    >>> p = scenario_paths(load_reference(), end_year=2026)
    >>> p.groupby("scenario", sort=False)["year"].agg(["min", "max"]).values.tolist()
    [[2015, 2024], [2025, 2026], [2025, 2026], [2025, 2026]]
    """
    refs = _records(reference, "scenario_paths", tuple(_REFERENCE))
    rows: list[Row] = []
    for year in range(first_year, start_year + 1):
        r = _armstat(refs, year)
        if r is None:
            continue
        rows.append({"scenario": "Armstat actual", "assumption": f"Armstat turnover ({_vintage(r)})",
                     "base_year": year, "base_value_usd": r["value_usd"], "year": year,
                     "value_usd": r["value_usd"], "annual_growth": None, "is_estimate": False})
    actual = _typed(rows, _SCENARIOS)
    future = scenarios(reference, start_year=start_year, end_year=end_year)
    return pd.concat([actual, future], ignore_index=True) if len(actual) else future
