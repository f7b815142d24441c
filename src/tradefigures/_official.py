"""A pair's official series: the statistics as records, the office that speaks for the pair, the
figure for a year, and how its vintage is named.

Private to the package: :mod:`tradefigures.checks` and :mod:`tradefigures.scenarios` share these;
the command line takes ``ASK_FOR_STATISTICS`` for its warnings.
"""

from __future__ import annotations

import re
import warnings
from collections import Counter
from collections.abc import Callable

import pandas as pd

from ._tables import Pair, Row, as_text, format_money, pair_key, pair_name, period_months, records_of
from .statistics import STATISTICS_COLUMNS, country_name, read_statistics

_VINTAGE_RANK = {"revised": 0, None: 1, "first published": 2}
_CONFIDENCE_RANK = {"high": 0, "medium": 1, "low": 2, None: 3}
# the end of every warning about a pair without statistics: what to do about it, from Python (the
# command line says its own option instead)
ASK_FOR_STATISTICS = "pass statistics= with figures for this pair (a CSV file or a DataFrame, see read_statistics)"


def statistic_rows(frame: pd.DataFrame | None, read: Callable[..., pd.DataFrame] = read_statistics
                   ) -> list[Row]:
    """Statistics (or statements) checked and typed, as records; None gives the bundled ones."""
    return records_of(read(frame), "statistics", tuple(STATISTICS_COLUMNS))


def only_pair(stats: list[Row]) -> Pair | None:
    """The one pair the statistics' trade figures cover; None when they have none."""
    pairs = list(dict.fromkeys(pair_key(r["reporter"], r["partner"]) for r in stats if r["flow"] == "trade"))
    if len(pairs) > 1:
        names = ", ".join(pair_name(p) for p in pairs)
        raise ValueError(f"the statistics cover several pairs ({names}); say which with pair=(A, B)")
    return pairs[0] if pairs else None


def official_series(stats: list[Row], pair: Pair | None) -> list[Row]:
    """The pair's trade actuals from the office with the most full-year figures, warning when none."""
    rows = [r for r in stats if r["flow"] == "trade" and r["kind"] == "actual"
            and pair is not None and pair_key(r["reporter"], r["partner"]) == pair]
    offices = Counter((r["reporter"], r["office"]) for r in rows
                      if period_months(r["period_start"], r["period_end"]) == 12)
    if not offices:
        name = pair_name(pair) if pair else "any pair"
        warnings.warn(f"the statistics have no full-year trade figure for {name}: nothing official to "
                      f"show; {ASK_FOR_STATISTICS}", UserWarning, stacklevel=3)
        return []
    (reporter, office), _ = offices.most_common(1)[0]
    return [r for r in rows if (r["reporter"], r["office"]) == (reporter, office)]


def year_figure(official: list[Row], year: int, months: float = 12) -> Row | None:
    """The figure for `months` from January of `year`; the latest vintage if several."""
    rows = [r for r in official if r["period_start"] == pd.Timestamp(year, 1, 1)
            and period_months(r["period_start"], r["period_end"]) == months]
    rows.sort(key=lambda r: (*vintage_rank(as_text(r["vintage"])), _CONFIDENCE_RANK[as_text(r["confidence"])]))
    return rows[0] if rows else None


def vintage_rank(vintage: str | None) -> tuple[int, int]:
    """Revised first, first published last; between them, a vintage given as a date, the latest first."""
    if vintage is not None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", vintage):
        return 1, -pd.Timestamp(vintage).toordinal()
    return _VINTAGE_RANK.get(vintage, 1), 0


def vintage_text(r: Row) -> str:
    """'$12.4bn, revised': the value and its vintage."""
    return f"{format_money(r['value'], r['currency'])}, {as_text(r['vintage']) or 'vintage not stated'}"


def reporting_side(r: Row) -> str:
    """'Armenia (Armstat)': the reporting country and the office."""
    return f"{country_name(r['reporter'])} ({r['office']})"

