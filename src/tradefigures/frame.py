"""The figures table: one schema drives the dtypes, the empty frame and the README's column table.

>>> list(empty_frame().columns) == list(SCHEMA)
True
>>> empty_frame().dtypes["low"]
Float64Dtype()
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, fields
from operator import attrgetter
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
import pandas as pd

__all__ = [
    "BOUNDS",
    "KINDS",
    "METRICS",
    "PERIOD_SOURCES",
    "SCHEMA",
    "Column",
    "TradeFigure",
    "csv_ready",
    "empty_frame",
    "frame_from_rows",
    "neutralise_formulas",
    "output_errors",
    "read_figures",
    "rows_to_frame",
    "table_csv",
    "temporary_beside",
    "to_frame",
    "write_atomic",
]

METRICS = ("trade", "exports", "imports", "other")
BOUNDS = ("exact", "at_least", "at_most", "approx", "range")
KINDS = ("actual", "projection")
PERIOD_SOURCES = ("stated", "carried", "inferred")


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
    "period_source": Column(
        pd.CategoricalDtype(list(PERIOD_SOURCES)),
        "where the period came from: `stated` in the figure's own sentence; `carried` from earlier in "
        "the document (a period stated once and in force, \"in the period under review\", the same "
        "claim stated with its period); `inferred` from the publication date (a projection keeping "
        "the pace of that year's figures, \"a year earlier\" with nothing to count from); NA: none",
    ),
    "reporter": Column(
        pd.StringDtype("python"),
        "ISO 3166 alpha-3 of the reporting side (the exporter for exports; Kosovo, which ISO 3166 lacks, "
        "is `XKX`), or a group: `EU`, `EAEU`, "
        "`CIS`, `ASEAN`, `GCC`, `MERCOSUR`, `SCO`, `BRICS`, `AU` (African Union); from the figure's "
        "sentence, else the sides in force in the document",
    ),
    "partner": Column(
        pd.StringDtype("python"),
        "the other side, coded the same way; NA when not named or for a flow with the whole world",
    ),
    "quote": Column(pd.StringDtype("python"), "the exact text of the figure: `text[start:end] == quote`"),
    "start": Column(pd.Int64Dtype(), "character offset of the quote in the text"),
    "end": Column(pd.Int64Dtype(), "character offset just past the quote"),
    "sentence": Column(
        pd.StringDtype("python"),
        "the sentence the figure came from; one without end (no full stops) is cut at line breaks or "
        "white space, never inside an amount: at most about 4,000 characters",
    ),
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
    period_source: str | None
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
    return rows_to_frame(rows, attrs)


def rows_to_frame(rows: list[tuple[Any, ...]], attrs: Mapping[str, Any] | None = None) -> pd.DataFrame:
    """The typed figures table from rows, each a tuple of its values in the order of the columns."""
    frame = frame_from_rows(rows, {name: col.dtype for name, col in SCHEMA.items()})
    if attrs:
        frame.attrs.update(attrs)
    return frame


_UMASK = os.umask(0o022)
os.umask(_UMASK)


def temporary_beside(path: str | os.PathLike[str], suffix: str = ".partial") -> Path:
    """A new empty file beside ``path``, of a name no other run takes, with the usual permissions:
    where a long write goes before it is renamed to ``path`` (two runs writing the same output
    each write their own, and the last to finish replaces it whole)."""
    target = Path(path)
    with output_errors(target):
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=target.parent)
        os.close(fd)
        os.chmod(name, 0o666 & ~_UMASK)  # mkstemp makes 0600
    return Path(name)


@contextmanager
def output_errors(path: str | os.PathLike[str] | None) -> Iterator[None]:
    """An OSError raised inside names ``path``, the output asked for, and not the hidden temporary
    file the error happened on (which the user never named and which is gone afterwards)."""
    try:
        yield
    except OSError as exc:
        if path is None or exc.errno is None:
            raise
        raise type(exc)(exc.errno, f"cannot write {os.fspath(path)}: {exc.strerror}") from None


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename, so that a crash or an
    interrupt never leaves a truncated file behind."""
    target = Path(path)
    with output_errors(target):
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


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# a cell the guard below quoted, or one that looked so already ("'=x", quoted again to "''=x"):
# read_figures takes one quote mark off such a cell and only such a cell, so a round trip is exact
_GUARDED = re.compile("'+[=+\\-@\t\r]")


def neutralise_formulas(df: pd.DataFrame) -> pd.DataFrame:
    """A copy in which text cells a spreadsheet would run as a formula start with a quote mark.

    Text from the web is not trusted: a sentence beginning "=HYPERLINK(…)" must not become a live
    formula when the CSV is opened in a spreadsheet (the OWASP "CSV injection" advice).

    A cell that starts with quote marks before such a sign gets one more, so that
    :func:`read_figures` can take exactly one off each guarded cell.

    >>> neutralise_formulas(pd.DataFrame({"quote": ["=1+1", "$5bn", "-3", "@x", "'=y"]}))["quote"].tolist()
    ["'=1+1", '$5bn', "'-3", "'@x", "''=y"]
    """
    out: pd.DataFrame = df.copy()
    for name in out.columns:
        col = out[name]
        if isinstance(col.dtype, pd.StringDtype) or col.dtype == object:
            # a plain bool list, whatever the column's string dtype (map may keep a string dtype)
            risky = [isinstance(v, str) and (v.startswith(_FORMULA_START) or bool(_GUARDED.match(v))) for v in col]
            if any(risky):
                out[name] = col.where(~pd.Series(risky, index=col.index, dtype=bool), "'" + col.astype(str))
    return out


_BARE_CR = re.compile(r"\r(?!\n)")


def csv_ready(df: pd.DataFrame, *, formulas: bool = False) -> pd.DataFrame:
    r"""``df`` ready for CSV: formulas neutralised unless ``formulas``, and a bare carriage return in a
    text cell (old Mac line ends) made a line feed, which the CSV writer quotes; written as is, a bare
    CR ends the row for a reader and the file no longer reads back.

    >>> csv_ready(pd.DataFrame({"sentence": ["Exports hit $5bn\rin 2023."]}))["sentence"].tolist()
    ['Exports hit $5bn\nin 2023.']
    """
    out = df if formulas else neutralise_formulas(df)
    for name in out.columns:
        col = out[name]
        if (isinstance(col.dtype, pd.StringDtype) or col.dtype == object) and any(
            isinstance(v, str) and "\r" in v for v in col
        ):
            out = out.copy() if out is df else out
            out[name] = col.map(lambda v: _BARE_CR.sub("\n", v) if isinstance(v, str) else v)
    return out


def table_csv(df: pd.DataFrame, *, formulas: bool = False) -> bytes:
    """A table as CSV bytes, dates as YYYY-MM-DD: the form of every file in data/processed.

    Text cells that a spreadsheet would run as a formula are neutralised unless ``formulas``.
    """
    safe = csv_ready(df, formulas=formulas)
    return safe.to_csv(index=False, date_format="%Y-%m-%d", lineterminator="\n").encode("utf-8")


def frame_from_rows(rows: list[tuple[Any, ...]], dtypes: Mapping[str, Any]) -> pd.DataFrame:
    """A frame with these columns and dtypes, built column by column from row tuples.

    Column by column, so no dtype is inferred on the way: pandas would infer pyarrow-backed strings,
    which cannot hold the lone surrogates that ``errors="surrogateescape"`` text contains.
    """
    columns = list(zip(*rows, strict=True)) if rows else [()] * len(dtypes)
    data = {
        name: _column(list(values), dtype)
        for (name, dtype), values in zip(dtypes.items(), columns, strict=True)
    }
    frame: pd.DataFrame = pd.DataFrame(data)
    return frame


_NAT = np.iinfo(np.int64).min  # NaT's int64 value


def _column(values: list[Any], dtype: Any) -> pd.Series:
    """``pd.Series(values, dtype=dtype)``, built by hand for the slow dtypes: a category column from
    its codes and a datetime column of Timestamps from their nanoseconds (a chunk of 200 newsgen
    documents: ~0.4 -> 0.05 ms a category column, ~1.6 -> 0.1 ms a datetime column)."""
    column: pd.Series
    try:
        if isinstance(dtype, pd.CategoricalDtype):
            known = {c: i for i, c in enumerate(dtype.categories)}
            codes = [-1 if v is None else known.get(v, -2) for v in values]
            if -2 not in codes:  # a value not among the categories: pandas warns, let it
                column = pd.Series(pd.Categorical.from_codes(codes, dtype=dtype))
                return column
        if dtype == "datetime64[ns]" and all(
            v is None or (type(v) is pd.Timestamp and v.tz is None) for v in values
        ):
            ns = [_NAT if v is None else v.value for v in values]
            column = pd.Series(np.array(ns, dtype=np.int64).view("datetime64[ns]"))
            return column
    except (TypeError, OverflowError):  # an unhashable value, a day out of range: as pandas does it
        pass
    column = pd.Series(values, dtype=dtype)
    return column


def schema_markdown() -> str:
    """The README's column table, generated from SCHEMA."""
    lines = ["| column | dtype | meaning |", "|---|---|---|"]
    for name, col in SCHEMA.items():
        lines.append(f"| `{name}` | {col.dtype} | {col.meaning} |")
    return "\n".join(lines)


def read_figures(path: str | os.PathLike[str]) -> pd.DataFrame:
    """A figures table written by tradefigures (CSV, JSON Lines or Parquet), checked and typed.

    Raises ValueError naming the column that is missing or holds values the schema does not allow.
    An optional ``doc_id`` column (from corpus runs) is kept first, as written: in CSV and Parquet,
    where every id is text, an id written as an integer (a line or row number) is one again. In CSV
    the quote mark the writer puts before a cell a spreadsheet would run as a formula is taken off.
    """
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix == ".parquet":
        raw = pd.read_parquet(p)
    elif suffix in (".jsonl", ".json", ".ndjson"):
        raw = pd.read_json(p, lines=True, dtype=False) if p.stat().st_size else pd.DataFrame()
        if raw.empty and not len(raw.columns):  # a run with no figures writes no line
            raw = empty_frame()
    else:
        raw = _unguarded(pd.read_csv(p, dtype=str, keep_default_na=False, na_values=[""]))
    missing = [c for c in SCHEMA if c not in raw.columns]
    if missing:
        raise ValueError(f"{p}: not a figures table: no column {', '.join(map(repr, missing))}")
    out = {}
    for name, col in SCHEMA.items():
        values = raw[name]
        try:
            if isinstance(col.dtype, pd.CategoricalDtype):
                bad = sorted(set(values.dropna().astype(str)) - set(col.dtype.categories))
                if bad:
                    raise ValueError(f"values {bad[:5]} are not among {list(col.dtype.categories)}")
                out[name] = values.astype(col.dtype)
            elif str(col.dtype).startswith("datetime"):
                out[name] = pd.to_datetime(values, format="ISO8601").dt.tz_localize(None).astype(col.dtype)
            elif isinstance(col.dtype, pd.Float64Dtype | pd.Int64Dtype):
                out[name] = pd.to_numeric(values, errors="raise").astype(col.dtype)
            else:
                out[name] = values.astype(col.dtype)
        except (ValueError, TypeError) as exc:
            raise ValueError(f"{p}: column {name!r} does not fit the schema ({col.dtype}): {exc}") from None
    frame: pd.DataFrame = pd.DataFrame(out)
    if "doc_id" in raw.columns:
        ids = raw["doc_id"].astype(object)
        frame.insert(0, "doc_id", ids if suffix in (".jsonl", ".json", ".ndjson") else ids.map(_id))
    return frame


_INTEGER = re.compile(r"-?(?:0|[1-9][0-9]*)")


def _id(value: Any) -> Any:
    """A document id read as text: an integer again when it is one written out ("12", not "012")."""
    return int(value) if isinstance(value, str) and _INTEGER.fullmatch(value) else value


def _unguarded(raw: pd.DataFrame) -> pd.DataFrame:
    """A CSV table read back without the quote mark :func:`neutralise_formulas` put before cells."""
    for name in raw.columns:
        col = raw[name]
        if (col.dtype == object or isinstance(col.dtype, pd.StringDtype)) and any(
            isinstance(v, str) and _GUARDED.match(v) for v in col
        ):
            raw[name] = col.map(lambda v: v[1:] if isinstance(v, str) and _GUARDED.match(v) else v)
    return raw
