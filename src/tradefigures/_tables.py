"""The pieces every analysis table shares: dtypes, typed frames from records, missing values,
months of a period, bounds, money and percent wording, and pairs of countries.

Private to the package: the modules that build tables (:mod:`tradefigures.analysis`,
:mod:`tradefigures.checks`, :mod:`tradefigures.scenarios`) and the charts drawn from them import
these names; nothing here is public API.

>>> format_money(8.3e9), format_money(-5.7e6, "RUB"), format_pct(0.1216)
('$8.3bn', '-5.7m RUB', '+12.2%')
>>> period_months("2024-01-01", "2024-06-30"), period_label("2024H1", 6.0)
(6.0, 'H1 2024')
>>> pair_key("RUS", "ARM"), pair_name(("RUS", ""))
(('ARM', 'RUS'), 'RUS–world')
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from typing import Any, cast

import pandas as pd

from .frame import BOUNDS, KINDS, METRICS

STR = pd.StringDtype("python")
FLOAT = pd.Float64Dtype()
INT = pd.Int64Dtype()
BOOL = pd.BooleanDtype()
DATETIME: Any = "datetime64[ns]"
METRIC = pd.CategoricalDtype(list(METRICS))
BOUND = pd.CategoricalDtype(list(BOUNDS))
KIND = pd.CategoricalDtype(list(KINDS))

# The columns every analysis needs; a claims table has them too, so it can be passed instead.
FIGURE_COLUMNS = (
    "metric", "low", "high", "currency", "bound", "kind",
    "period_start", "period_end", "period", "reporter", "partner",
)
# Direction of a bound: +1 the true value may be higher, -1 lower, 0 as stated; approx has none.
_DIRECTION = {"exact": 0, "range": 0, "at_least": 1, "at_most": -1}

Row = dict[str, Any]
Pair = tuple[str, str]  # (reporter, partner); "" is the world


def is_missing(x: object) -> bool:
    """None, NA, NaT or NaN."""
    return x is None or x is pd.NA or x is pd.NaT or (isinstance(x, float) and math.isnan(x))


def as_float(x: object) -> float | None:
    """The value as a float; None when missing."""
    return None if is_missing(x) else float(cast(float, x))


def as_text(x: object) -> str | None:
    """The value as text; None when missing."""
    return None if is_missing(x) else str(x)


def typed_frame(rows: list[Row], columns: dict[str, Any]) -> pd.DataFrame:
    """Records → a frame with exactly these columns and dtypes (also when there are no rows)."""
    if not rows:
        empty: pd.DataFrame = pd.DataFrame({c: pd.Series(dtype=d) for c, d in columns.items()})
        return empty
    frame: pd.DataFrame = pd.DataFrame.from_records(rows, columns=list(columns)).astype(columns)
    return frame


def records_of(
    frame: pd.DataFrame, what: str, needed: tuple[str, ...] = FIGURE_COLUMNS
) -> list[Row]:
    """The frame's rows as dicts, after checking it has the columns `what` needs."""
    missing = [c for c in needed if c not in frame.columns]
    if missing:
        have = list(frame.columns)
        raise ValueError(f"{what} needs the column(s) {', '.join(missing)}; it has {have}")
    return [{str(k): v for k, v in r.items()} for r in frame.to_dict(orient="records")]


def period_months(start: object, end: object) -> float | None:
    """Months covered by an inclusive period: whole calendar months, else days / (365.2425 / 12)."""
    if is_missing(start) or is_missing(end):
        return None
    s, e = pd.Timestamp(start), pd.Timestamp(end)  # type: ignore[arg-type]
    if s.day == 1 and e.is_month_end:
        return float((e.year - s.year) * 12 + e.month - s.month + 1)
    return float((e - s).days + 1) / (365.2425 / 12)


def match_key(r: Row) -> tuple[str, ...]:
    """Flow, currency and the two sides; for trade the two sides are unordered."""
    sides = [as_text(r["reporter"]) or "", as_text(r["partner"]) or ""]
    if r["metric"] == "trade":
        sides.sort()
    return (str(r["metric"]), as_text(r["currency"]) or "", *sides)


def bound_direction(bound: object) -> int | None:
    """+1 when the true value may be higher, -1 lower, 0 as stated; None for approx or missing."""
    return None if is_missing(bound) else _DIRECTION.get(str(bound))


def combine_bounds(up: object, down: object, low: float, high: float) -> str | None:
    """Bound of f(up, down) where f rises with `up` and falls with `down` (a − b, a / b − 1).

    NA when both sides are open in directions that pull apart (≥ a against ≥ b).
    """
    if is_missing(up) or is_missing(down):
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


def format_money(x: float, currency: object = "USD") -> str:
    """'$8.3bn', '5.7m RUB': two decimals at most, in billions or millions."""
    scale, suffix = (1e9, "bn") if abs(x) >= 1e9 else (1e6, "m") if abs(x) >= 1e6 else (1.0, "")
    n = f"{x / scale:.2f}".rstrip("0").rstrip(".")
    return f"${n}{suffix}" if currency == "USD" else f"{n}{suffix} {currency}"


_WORDS = {"at_least": "at least ", "at_most": "at most ", "approx": "about "}


def format_span(low: float, high: float, bound: object, fmt: Callable[[float], str]) -> str:
    """'at least $8.3bn', 'at most $5.7bn–$7.7bn', '+89.2% to +116.2%'."""
    body = fmt(low) if low == high else f"{fmt(low)} to {fmt(high)}"
    if is_missing(bound):
        return f"{body} (direction unknown: both figures are open bounds)"
    return _WORDS.get(str(bound), "") + body


def format_pct(x: float) -> str:
    """A fraction as a signed percentage: 0.1216 → '+12.2%'."""
    return f"{x * 100:+.1f}%"


def period_label(period: object, months: float | None) -> str:
    """'2024H1' → 'H1 2024', a 12-month '2023' → 'full-year 2023'."""
    p = as_text(period) or "undated"
    if m := re.fullmatch(r"(\d{4})([HQ]\d)", p):
        return f"{m.group(2)} {m.group(1)}"
    if re.fullmatch(r"\d{4}", p) and months == 12:
        return f"full-year {p}"
    return p


def growth_range(num_low: float, num_high: float, den_low: float, den_high: float) -> tuple[float, float]:
    """num / den − 1 over the two ranges (den > 0)."""
    return num_low / den_high - 1, num_high / den_low - 1


def for_pair(frame: pd.DataFrame, pair: tuple[str, str] | None) -> pd.DataFrame:
    """The rows between the two sides of `pair` (either order; "" is the world); all when None."""
    if pair is None:
        return frame
    records_of(frame.iloc[:0], "pair=", ("reporter", "partner"))
    wanted = pair_key(*pair)
    keep = [pair_key(a, b) == wanted for a, b in zip(frame["reporter"], frame["partner"], strict=True)]
    chosen: pd.DataFrame = frame[keep]
    return chosen


def pair_key(a: object, b: object) -> Pair:
    """The two sides, unordered; an empty side is the world."""
    x, y = sorted((as_text(a) or "", as_text(b) or ""))
    return x, y


def pair_name(pair: Pair) -> str:
    """'ARM–RUS'; the world named last: 'RUS–world'."""
    return "–".join(side or "world" for side in sorted(pair, key=lambda side: side == ""))


def claimed_pair(claims_rows: list[Row]) -> Pair | None:
    """The pair most trade claims are about (the first named on a tie)."""
    pairs = Counter(pair_key(c["reporter"], c["partner"]) for c in claims_rows)
    return pairs.most_common(1)[0][0] if pairs else None


def ordered_pair(rows: list[Row]) -> Pair | None:
    """The pair most rows are about, in the order its first row names it."""
    chosen = claimed_pair(rows)
    first = next((r for r in rows if pair_key(r["reporter"], r["partner"]) == chosen), None)
    return None if first is None else (as_text(first["reporter"]) or "", as_text(first["partner"]) or "")

