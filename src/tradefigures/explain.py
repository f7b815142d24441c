"""Nothing lost silently: every money-looking candidate in a text, and what became of it.

A candidate is an amount the reader found, or any currency sign, code or name with a number next to
it. Each is either a figure (a row of :func:`tradefigures.extract`) or skipped, with the reason.

>>> text = "Trade hit $8.3 billion in 2023, and investment reached $1 billion, up 12% or USD 5%."
>>> for row in explain(text, published="2024-11-25")[["quote", "outcome", "reason"]].values.tolist():
...     print(row)
['$8.3 billion', 'figure', 'trade']
['$1 billion', 'skipped', "not a trade flow: 'investment'"]
['USD 5', 'skipped', 'a percentage, not money']
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import Any, cast

import pandas as pd

from ._lexicon import LEXICONS
from ._regex import alternation
from .cues import cues_for as _cues
from .extract import extract
from .frame import frame_from_rows
from .numbers import _matches, _patterns

__all__ = ["explain"]

_COLUMNS: dict[str, Any] = {
    "quote": pd.StringDtype("python"),
    "start": pd.Int64Dtype(),
    "end": pd.Int64Dtype(),
    "outcome": pd.CategoricalDtype(["figure", "skipped"]),
    "reason": pd.StringDtype("python"),
    "low": pd.Float64Dtype(),
    "high": pd.Float64Dtype(),
    "currency": pd.StringDtype("python"),
}


@cache
def _marks(lang: str) -> re.Pattern[str]:
    """A currency sign, code or name with a number (digits or a number word) just before or after."""
    lex = LEXICONS[lang]
    signs = "".join(re.escape(s) for s in lex.prefix_currencies if len(s) == 1)
    words = alternation([*lex.currency_words, *lex.minor_units])
    numbers = alternation(w for w in lex.number_words if w not in ("a", "an"))
    number = rf"(?:\d[\d.,\u00a0\u202f\u2009]*|(?i:\b(?:{numbers})\b))"
    mark = rf"(?:[{signs}]|\b(?:{alternation(lex.codes)})\b|(?i:\b(?:{words})\b))"
    gap = r"[\s\u00a0\u202f\u2009]{0,3}"
    return re.compile(rf"(?P<before>{number}{gap}(?:[a-zA-Z]+{gap})?{mark})|(?P<after>{mark}{gap}{number})")


def _why_other(text: str, start: int, sentence_start: int, lang: str) -> str:
    cues = _cues(lang)
    before = text[max(sentence_start, start - 60) : start]
    if cues.increment.search(before):
        return "an increment (a change such as 'grew by'), not a level"
    lex = LEXICONS[lang]
    others = re.compile(rf"(?i)\b(?:{alternation(lex.other_words)})\b")
    words = [m.group(0) for m in others.finditer(text, sentence_start, start)]
    after = others.search(text, start, min(len(text), start + 60))
    if words:
        return f"not a trade flow: {words[-1].lower()!r}"
    if after:
        return f"not a trade flow: {after.group(0).lower()!r}"
    return "no trade flow (trade, exports, imports) named near it"


def _skipped(text: str, m: re.Match[str], otherwise: str) -> tuple[Any, ...]:
    digits = re.sub(r"\D", "", m.group(0))
    if re.search(r"per\s?cent", m.group(0), re.IGNORECASE) or re.match(
        r"[\s\u00a0]{0,2}(?:%|per\s?cent\b)", text[m.end() : m.end() + 12], re.IGNORECASE
    ):
        reason = "a percentage, not money"
    elif len(digits) == 4 and digits[:2] in ("19", "20") and not re.search(r"[.,]", m.group(0)):
        reason = "a year next to a currency, not an amount"
    else:
        reason = otherwise
    return (m.group(0), m.start(), m.end(), "skipped", reason, None, None, None)


def explain(
    text: str, *, published: str | date | pd.Timestamp | None = None, lang: str = "en"
) -> pd.DataFrame:
    """Every money-looking candidate in ``text`` with its outcome: ``figure`` (the reason is its
    metric) or ``skipped`` (the reason says why), in text order."""
    every = extract(text, published=published, include_other=True)
    rows: list[tuple[Any, ...]] = []
    covered: list[tuple[int, int]] = []
    for r in every.itertuples():
        r = cast(Any, r)
        start, end = int(r.start), int(r.end)
        covered.append((start, end))
        if r.metric == "other":
            sentence_start = start - str(r.sentence).index(str(r.quote)) if r.quote in r.sentence else start
            reason = _why_other(text, start, sentence_start, lang)
            rows.append((r.quote, start, end, "skipped", reason, r.low, r.high, r.currency))
        else:
            rows.append((r.quote, start, end, "figure", str(r.metric), r.low, r.high, r.currency))

    def inside(a: int, b: int) -> bool:
        return any(s < b and a < e for s, e in covered)

    for m in _matches(text, _patterns(lang), lang):  # amounts the reader found and then set aside
        if not inside(*m.span()):
            rows.append(_skipped(text, m, "its number or currency could not be read"))
            covered.append(m.span())
    for m in _marks(lang).finditer(text):
        if not inside(*m.span()):
            rows.append(_skipped(text, m, "a currency next to a number, not read as an amount"))
            covered.append(m.span())
    rows.sort(key=lambda row: (row[1], row[2]))
    return frame_from_rows(rows, _COLUMNS)
