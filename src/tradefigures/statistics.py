"""Official statistics: their schema, the reader that checks it, and the bundled series.

One row per published figure: who reports it (``reporter``, with ``partner``; an empty partner is
the world), the flow from the reporter's side, the inclusive period, the value and currency, whose
figure it is (``reported_by``: the reporter's own office, or the partner's mirror figure), the
``office`` that published it, its ``vintage`` and its ``source``. Officials' statements (what a
minister or an ambassador said) use the same columns but are kept in a file of their own: a claim
is checked against statistics, not against other claims.

>>> stats = read_statistics()
>>> armstat = stats[(stats["office"] == "Armstat") & (stats["flow"] == "trade")]
>>> armstat[armstat["period"] == "2024H1"][["reporter", "partner", "value", "vintage"]].values.tolist()
[['ARM', 'RUS', 8365394316.0, 'first published'], ['ARM', 'RUS', 7530236282.0, 'revised'], ['ARM', 'RUS', 8400000000.0, 'first published']]
>>> sorted(set(read_statements()["office"]))[:3]
['Ambassador Denisov', 'Ambassador Kopyrkin', 'Ambassador Zhang Hanhui']
>>> sorted(set(stats["reporter"] + "–" + stats["partner"]))
['ARM–RUS', 'CHN–RUS', 'RUS–CHN']
"""  # noqa: E501

from __future__ import annotations

import math
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

from ._lexicon import GROUPS, LEXICONS
from .periods import label_for

__all__ = ["STATISTICS_COLUMNS", "country_name", "read_statements", "read_statistics"]

_STR = pd.StringDtype("python")
_NS: Any = "datetime64[ns]"

FLOWS = ("exports", "imports", "trade")
KINDS = ("actual", "projection")
REPORTED_BY = ("reporter", "partner")
CONFIDENCE = ("low", "medium", "high")

# column → dtype, in the order read_statistics returns them
STATISTICS_COLUMNS: dict[str, Any] = {
    "reporter": _STR, "partner": _STR, "flow": pd.CategoricalDtype(list(FLOWS)),
    "period_start": _NS, "period_end": _NS, "period": _STR,
    "kind": pd.CategoricalDtype(list(KINDS)), "value": pd.Float64Dtype(), "currency": _STR,
    "reported_by": pd.CategoricalDtype(list(REPORTED_BY)), "office": _STR, "vintage": _STR,
    "confidence": pd.CategoricalDtype(list(CONFIDENCE), ordered=True), "source": _STR, "note": _STR,
}  # fmt: skip
# columns a file must have; the others may be left out (kind then reads as actual)
_REQUIRED = ("reporter", "partner", "flow", "period_start", "period_end", "value", "currency",
             "reported_by", "office", "source")  # fmt: skip
# columns that must not be empty on any row (partner may be: the world)
_FILLED = ("reporter", "flow", "period_start", "period_end", "value", "currency", "reported_by",
           "office", "source")  # fmt: skip

_CODE = re.compile(r"[A-Z][A-Z0-9]{1,9}")  # ISO alpha-3 (KAZ) or a group (EU, EAEU, MERCOSUR)
_CURRENCY = re.compile(r"[A-Z]{3}")  # ISO 4217
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

# the bundled series, one pair a file (data/reference/README.md says where each figure comes from);
# read_statistics() and read_statements() with no argument read them all, in this order
BUNDLED_PAIRS = ("armenia-russia", "china-russia")
STATISTICS_FILES = tuple(f"{pair}-statistics.csv" for pair in BUNDLED_PAIRS)
STATEMENTS_FILES = tuple(f"{pair}-statements.csv" for pair in BUNDLED_PAIRS)


def _reference_dir() -> Path:
    """data/reference inside the installed wheel, else the repository's data/reference."""
    packaged = Path(__file__).parent / "_data" / "reference"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "data" / "reference"


def read_statistics(path_or_frame: str | Path | pd.DataFrame | None = None) -> pd.DataFrame:
    """Official statistics from a CSV file or a DataFrame, checked and typed (default: every bundled
    series, Armenia–Russia and China–Russia).

    Dates must be ISO (YYYY-MM-DD); a wrong cell raises ValueError naming its column and row.

    >>> made_up = pd.DataFrame({  # a made-up figure, for the example
    ...     "reporter": ["CHN"], "partner": ["RUS"], "flow": ["exports"], "period_start": ["2023-01-01"],
    ...     "period_end": ["2023-12-31"], "value": [1.1e11], "currency": ["USD"],
    ...     "reported_by": ["reporter"], "office": ["GACC"], "source": ["made up"]})
    >>> read_statistics(made_up)[["reporter", "flow", "period", "kind", "value"]].values.tolist()
    [['CHN', 'exports', '2023', 'actual', 110000000000.0]]
    >>> read_statistics(made_up.assign(period_end=["31/12/2023"]))
    Traceback (most recent call last):
    ...
    ValueError: statistics: column 'period_end', row 0: '31/12/2023' is not a date written YYYY-MM-DD; write ISO dates such as 2024-06-30
    """  # noqa: E501
    if path_or_frame is None:
        return _bundled(STATISTICS_FILES)
    if isinstance(path_or_frame, pd.DataFrame):
        return _checked(_as_text(path_or_frame), "statistics", lambda i: f"row {i}")
    file = Path(path_or_frame)
    if not file.is_file():
        raise FileNotFoundError(f"no statistics at {file}")
    raw = pd.read_csv(file, dtype=str, keep_default_na=False)
    raw.index = pd.RangeIndex(2, len(raw) + 2)  # the header is line 1
    return _checked(raw, file.name, lambda i: f"line {i}")


def read_statements(path_or_frame: str | Path | pd.DataFrame | None = None) -> pd.DataFrame:
    """Officials' statements of trade figures, in the statistics' columns (default: every bundled
    file of statements): what was said, not statistics to check a claim against.

    >>> s = read_statements()
    >>> s[s["kind"] == "projection"][["reporter", "period", "value", "office"]].values.tolist()[:1]
    [['RUS', '2024', 14000000000.0, 'Putin; Kopyrkin']]
    """
    return _bundled(STATEMENTS_FILES) if path_or_frame is None else read_statistics(path_or_frame)


def _bundled(files: tuple[str, ...]) -> pd.DataFrame:
    """The bundled files one after the other, each checked on its own (so an error names its file)."""
    folder = _reference_dir()
    frames = [read_statistics(folder / name) for name in files]
    return pd.concat(frames, ignore_index=True)


def country_name(code: object) -> str:
    """The English name of a country or group code, or the code itself when the lexicon lacks it.

    >>> country_name("ARM"), country_name("EAEU"), country_name("ASEAN"), country_name("XYZ")
    ('Armenia', 'Eurasian Economic Union', 'Association of Southeast Asian Nations', 'XYZ')
    """
    if str(code) in GROUPS:
        return GROUPS[str(code)]
    for name, known in LEXICONS["en"].countries.items():
        if known == code:
            return name.title()
    return str(code)


# ----------------------------------------------------------------------------- checks


def _as_text(frame: pd.DataFrame) -> pd.DataFrame:
    """Every cell as the text a CSV would hold: dates as YYYY-MM-DD, missing as ''."""
    out: pd.DataFrame = pd.DataFrame(index=frame.index)
    for col in frame.columns:
        values = frame[col]
        if pd.api.types.is_datetime64_any_dtype(values):
            out[str(col)] = values.dt.strftime("%Y-%m-%d").fillna("")
        else:
            out[str(col)] = [_cell(v) for v in values]
    return out


def _cell(v: object) -> str:
    if v is None or v is pd.NA or v is pd.NaT or (isinstance(v, float) and math.isnan(v)):
        return ""
    if isinstance(v, pd.Timestamp):
        return v.strftime("%Y-%m-%d")
    return str(v)


class _Rows:
    """Says where a wrong cell is: the name of the input and how its rows are counted."""

    def __init__(self, name: str, where: Callable[[object], str], labels: list[object]) -> None:
        self.name, self.where, self.labels = name, where, labels

    def fail(self, col: str, position: int, problem: str) -> ValueError:
        return ValueError(f"{self.name}: column {col!r}, {self.where(self.labels[position])}: {problem}")


def _checked(raw: pd.DataFrame, name: str, where: Callable[[object], str]) -> pd.DataFrame:
    """The text table checked cell by cell, then typed: the schema's columns first, others after."""
    rows = _Rows(name, where, list(raw.index))
    missing = [c for c in _REQUIRED if c not in raw.columns]
    if missing:
        raise ValueError(
            f"{name}: missing column(s) {', '.join(missing)}; statistics need the columns "
            f"{', '.join(_REQUIRED)} (see tradefigures.statistics)"
        )
    text = {c: [str(v).strip() for v in raw[c]] if c in raw.columns else [""] * len(raw)
            for c in STATISTICS_COLUMNS}  # fmt: skip
    text["kind"] = [v or "actual" for v in text["kind"]]
    for col in _FILLED:
        if "" in text[col]:
            raise rows.fail(col, text[col].index(""), "is empty; every row needs it")
    _check_cells(text, rows)
    starts, ends = (pd.to_datetime(pd.Series(text[c]), format="%Y-%m-%d") for c in ("period_start", "period_end"))
    for i, (s, e) in enumerate(zip(starts, ends, strict=True)):
        if e < s:
            raise rows.fail("period_end", i, f"{e:%Y-%m-%d} is before period_start {s:%Y-%m-%d}; "
                            "periods are inclusive, start first")
    cells: dict[str, Any] = {c: [v or None for v in text[c]] for c in STATISTICS_COLUMNS}
    cells |= {"period_start": starts, "period_end": ends, "value": [float(v) for v in text["value"]],
              "period": [p or _label(s, e) for p, s, e in zip(text["period"], starts, ends, strict=True)]}
    frame = pd.DataFrame(cells).astype(STATISTICS_COLUMNS)
    extra = raw[[c for c in raw.columns if c not in STATISTICS_COLUMNS]].reset_index(drop=True)
    result: pd.DataFrame = pd.concat([frame, extra], axis=1)
    return result


def _check_cells(text: dict[str, list[str]], rows: _Rows) -> None:
    """Raise on the first cell that does not fit its column."""
    allowed = {"flow": FLOWS, "kind": KINDS, "reported_by": REPORTED_BY, "confidence": CONFIDENCE}
    for col, values in allowed.items():
        for i, v in enumerate(text[col]):
            if v and v not in values:
                raise rows.fail(col, i, f"{v!r} is not one of {', '.join(values)}")
    for col, pattern, what in (
        ("reporter", _CODE, "an upper-case code such as KAZ (ISO alpha-3) or a group such as EU, EAEU"),
        ("partner", _CODE, "an upper-case code such as CHN, EU, or empty for the world"),
        ("currency", _CURRENCY, "an ISO 4217 code such as USD"),
        ("period_start", _DATE, "a date written YYYY-MM-DD; write ISO dates such as 2024-01-01"),
        ("period_end", _DATE, "a date written YYYY-MM-DD; write ISO dates such as 2024-06-30"),
    ):
        for i, v in enumerate(text[col]):
            if v and not (pattern.fullmatch(v) and _valid(col, v)):
                raise rows.fail(col, i, f"{v!r} is not {what}")
    for i, (reporter, partner) in enumerate(zip(text["reporter"], text["partner"], strict=True)):
        if reporter == partner:
            raise rows.fail("partner", i, f"is the reporter {reporter} itself")
    for i, v in enumerate(text["value"]):
        number = _number(v)
        if number is None or not math.isfinite(number) or number < 0:
            raise rows.fail("value", i, f"{v!r} is not a number ≥ 0; write plain numbers such as "
                            "8365394316 or 8.4e9, in units of the currency")


def _number(v: str) -> float | None:
    try:
        return float(v)
    except ValueError:
        return None


def _valid(col: str, v: str) -> bool:
    """A real calendar date for the date columns (2024-06-31 is not)."""
    if not col.startswith("period_"):
        return True
    return not pd.isna(pd.to_datetime(v, format="%Y-%m-%d", errors="coerce"))


def _label(start: pd.Timestamp, end: pd.Timestamp) -> str:
    return label_for(start.date(), end.date())
