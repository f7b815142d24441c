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
from typing import Any

import pandas as pd

from ._lexicon import LEXICONS
from ._regex import alternation
from .cues import cues_for as _cues
from .extract import read_document
from .frame import PERIOD_SOURCES, frame_from_rows
from .numbers import money_matches
from .reading import Reading
from .segment import detect_language

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
    "period_source": pd.CategoricalDtype(list(PERIOD_SOURCES)),
    "why": pd.StringDtype("python"),
}


@cache
def _marks(lang: str) -> re.Pattern[str]:
    """A currency sign, code or name with a number (digits or a number word) just before or after."""
    lex = LEXICONS[lang]
    signs = "".join(re.escape(s) for s in lex.prefix_currencies if len(s) == 1)
    words = alternation([*lex.currency_words, *lex.minor_units])
    numbers = alternation(w for w in lex.number_words if w not in lex.number_articles)
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


@cache
def _percent(lang: str) -> re.Pattern[str]:
    """The lexicon's marks of a percentage ("%", "per cent", "процентов")."""
    return re.compile(rf"(?i)(?:{alternation(LEXICONS[lang].percent_marks)})")


def _skipped(text: str, m: re.Match[str], otherwise: str, lang: str) -> tuple[Any, ...]:
    digits = re.sub(r"\D", "", m.group(0))
    percent = _percent(lang)
    if percent.search(m.group(0)) or percent.match(text[m.end() : m.end() + 12].lstrip()):
        reason = "a percentage, not money"
    elif len(digits) == 4 and digits[:2] in ("19", "20") and not re.search(r"[.,]", m.group(0)):
        reason = "a year next to a currency, not an amount"
    else:
        reason = otherwise
    return (m.group(0), m.start(), m.end(), "skipped", reason, None, None, None, None, None)


def explain(
    text: str, *, published: str | date | pd.Timestamp | None = None, lang: str | None = None
) -> pd.DataFrame:
    """Every money-looking candidate in ``text`` with its outcome: ``figure`` (the reason is its
    metric) or ``skipped`` (the reason says why), in text order. For a figure, ``period_source``
    and ``why`` say where its period and sides came from, as the stages recorded it. ``lang``
    ("en", "ru") is read from the text when None, sentence by sentence."""
    doc = read_document(text, published=published, include_other=True, lang=lang)
    rows: list[tuple[Any, ...]] = []
    covered: list[tuple[int, int]] = []
    for r in doc.readings:
        a, sent_lang = r.amount, doc.langs[r.sentence]
        covered.append((a.start, a.end))
        if r.metric == "other":
            reason = r.metric_why or _why_other(text, a.start, doc.sentences[r.sentence].start, sent_lang)
            rows.append((a.quote, a.start, a.end, "skipped", reason, a.low, a.high, a.currency, None, None))
        else:
            rows.append((a.quote, a.start, a.end, "figure", r.metric, a.low, a.high, a.currency,
                         r.period_source, _why(r)))  # fmt: skip
    languages = sorted(set(doc.langs)) or [lang or detect_language(text)]

    def inside(a: int, b: int) -> bool:
        return any(s < b and a < e for s, e in covered)

    for lg in languages:
        for m in money_matches(text, lg):  # amounts the reader found and then set aside
            if not inside(*m.span()):
                rows.append(_skipped(text, m, "its number or currency could not be read", lg))
                covered.append(m.span())
        for m in _marks(lg).finditer(text):
            if not inside(*m.span()):
                rows.append(_skipped(text, m, "a currency next to a number, not read as an amount", lg))
                covered.append(m.span())
    rows.sort(key=lambda row: (row[1], row[2]))
    return frame_from_rows(rows, _COLUMNS)


def _why(r: Reading) -> str:
    """Where a figure's period and sides came from, in a few words."""
    period = r.period_why or ("no period stated" if r.period is None else "")
    sides = r.parties_why or ("no side named" if r.reporter is None and r.partner is None else "its sentence")
    return f"period: {period}; sides: {sides}"
