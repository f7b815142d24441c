"""The figures table: one schema drives the dtypes, the empty frame and the README's column table.

>>> list(empty_frame().columns) == list(SCHEMA)
True
>>> empty_frame().dtypes["low"]
Float64Dtype()
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from operator import attrgetter
from pathlib import Path
from typing import Any, NamedTuple

import pandas as pd

__all__ = [
    "BOUNDS",
    "KINDS",
    "METRICS",
    "SCHEMA",
    "Column",
    "TradeFigure",
    "empty_frame",
    "frame_from_rows",
    "table_csv",
    "to_frame",
    "write_atomic",
]

METRICS = ("trade", "exports", "imports", "other")
BOUNDS = ("exact", "at_least", "at_most", "approx", "range")
KINDS = ("actual", "projection")


class Column(NamedTuple):
    """One column of the figures table: its pandas dtype and what it means."""

    dtype: Any
    meaning: str


SCHEMA: dict[str, Column] = {
    "metric": Column(
        pd.CategoricalDtype(list(METRICS)),
        "`trade` (turnover, trade volume, bilateral/mutual/foreign trade), `exports`, `imports`; "
        "`other` (money that is not a trade flow) only with `include_other=True`",
    ),
    "low": Column(pd.Float64Dtype(), "the value in units of the currency (8.3 billion → 8.3e9)"),
    "high": Column(pd.Float64Dtype(), "the upper value; equal to `low` for a single value"),
    "currency": Column(pd.StringDtype("python"), "ISO 4217 code (USD, EUR, RUB, CNY, …)"),
    "bound": Column(
        pd.CategoricalDtype(list(BOUNDS)),
        "`exact`, `at_least` (exceeded, over, more than), `at_most` (up to, under, nearly), "
        "`approx` (about, around, some), `range` (low to high)",
    ),
    "kind": Column(
        pd.CategoricalDtype(list(KINDS)),
        "`actual`, or `projection` (expected, forecast, target, will reach, by 2030)",
    ),
    "period_start": Column(
        "datetime64[ns]", "first day of the period the figure covers; NaT when the text gives none"
    ),
    "period_end": Column("datetime64[ns]", "last day of that period (inclusive)"),
    "period": Column(
        pd.StringDtype("python"), "readable label: `2023`, `2024H1`, `2024Q3`, `2024-01..2024-09`"
    ),
    "reporter": Column(
        pd.StringDtype("python"), "ISO 3166 alpha-3 of the reporting side (the exporter for exports)"
    ),
    "partner": Column(pd.StringDtype("python"), "ISO 3166 alpha-3 of the other side; NA when not named"),
    "quote": Column(pd.StringDtype("python"), "the exact text of the figure: `text[start:end] == quote`"),
    "start": Column(pd.Int64Dtype(), "character offset of the quote in the text"),
    "end": Column(pd.Int64Dtype(), "character offset just past the quote"),
    "sentence": Column(pd.StringDtype("python"), "the sentence the figure came from"),
    "source": Column(pd.StringDtype("python"), "the `source` given to `extract`, else NA"),
}


@dataclass(frozen=True, slots=True)
class TradeFigure:
    """One mention of a money figure; field names are the table's column names."""

    metric: str
    low: float
    high: float
    currency: str
    bound: str
    kind: str
    period_start: pd.Timestamp | None
    period_end: pd.Timestamp | None
    period: str | None
    reporter: str | None
    partner: str | None
    quote: str
    start: int
    end: int
    sentence: str
    source: str | None


assert [f.name for f in fields(TradeFigure)] == list(SCHEMA), "TradeFigure and SCHEMA disagree"


_ROW = attrgetter(*SCHEMA)


def empty_frame() -> pd.DataFrame:
    """The figures table with no rows and every column typed."""
    frame: pd.DataFrame = pd.DataFrame({name: pd.Series(dtype=col.dtype) for name, col in SCHEMA.items()})
    return frame


def to_frame(
    figures: Iterable[TradeFigure], attrs: Mapping[str, Any] | None = None
) -> pd.DataFrame:
    """Build the typed figures table from records, in the order given."""
    rows = [_ROW(f) for f in figures]  # attrgetter, not dataclasses.astuple: no deep copies
    frame = frame_from_rows(rows, {name: col.dtype for name, col in SCHEMA.items()})
    if attrs:
        frame.attrs.update(attrs)
    return frame


_UMASK = os.umask(0o022)
os.umask(_UMASK)


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename, so that a crash or an
    interrupt never leaves a truncated file behind."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes 0600; give the file the usual permissions
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def table_csv(df: pd.DataFrame) -> bytes:
    """A table as CSV bytes, dates as YYYY-MM-DD: the form of every file in data/processed."""
    return df.to_csv(index=False, date_format="%Y-%m-%d", lineterminator="\n").encode("utf-8")


def frame_from_rows(rows: list[tuple[Any, ...]], dtypes: Mapping[str, Any]) -> pd.DataFrame:
    """A frame with these columns and dtypes, built column by column from row tuples.

    Column by column, so no dtype is inferred on the way: pandas would infer pyarrow-backed strings,
    which cannot hold the lone surrogates that ``errors="surrogateescape"`` text contains.
    """
    columns = list(zip(*rows, strict=True)) if rows else [()] * len(dtypes)
    data = {
        name: pd.Series(list(values), dtype=dtype)
        for (name, dtype), values in zip(dtypes.items(), columns, strict=True)
    }
    frame: pd.DataFrame = pd.DataFrame(data)
    return frame


def schema_markdown() -> str:
    """The README's column table, generated from SCHEMA."""
    lines = ["| column | dtype | meaning |", "|---|---|---|"]
    for name, col in SCHEMA.items():
        lines.append(f"| `{name}` | {col.dtype} | {col.meaning} |")
    return "\n".join(lines)
