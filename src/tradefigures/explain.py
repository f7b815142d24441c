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
from bisect import bisect_left, bisect_right
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
from .segment import Sentence, detect_language

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


_RUN = r"\d[\d.,\u00a0\u202f\u2009]*"  # digits and the separators within a number
_GAP = r"[\s\u00a0\u202f\u2009]{0,3}"


@cache
def _mark_pieces(lang: str) -> tuple[str, str]:
    """The sources of a number word and of a mark (a currency sign, code or name) in ``lang``."""
    lex = LEXICONS[lang]
    signs = "".join(re.escape(s) for s in lex.prefix_currencies if len(s) == 1)
    words = alternation([*lex.currency_words, *lex.minor_units])
    numbers = alternation(w for w in lex.number_words if w not in lex.number_articles)
    return rf"(?i:\b(?:{numbers})\b)", rf"(?:[{signs}]|\b(?:{alternation(lex.codes)})\b|(?i:\b(?:{words})\b))"


@cache
def _marks(lang: str) -> re.Pattern[str]:
    """A currency sign, code or name with a number (digits or a number word) just before or after."""
    word, mark = _mark_pieces(lang)
    run, gap = _RUN, _GAP
    number = rf"(?:{run}|{word})"
    tail = rf"{gap}(?:[a-zA-Z]+{gap})?{mark}"
    # Before a mark, the digits are taken whole (a lookahead and its backreference: an atomic group
    # Python 3.10 lacks) and only from the first digit of a run of digits and separators: every
    # digit of the run would end it at the same place, so one after the first starts no match the
    # first did not. That digit is reached from the run's start (its group q1 leaves out the
    # separators before it), or directly past at most three separators (after "руб.", a match's
    # end). Tried from each digit four separators apart, "1    1 …" was scanned to its end from
    # each: quadratic (issue 13; this pattern on 160,000 characters of it: 27 -> 0.14 s).
    sep = r"[.,\u00a0\u202f\u2009]"
    first = rf"(?<!\d)(?<!\d{sep})(?<!\d{sep}{{2}})(?<!\d{sep}{{3}})(?<!{sep}{{4}})"
    return re.compile(
        rf"(?:(?<![\d.,\u00a0\u202f\u2009]){sep}*|{first})(?P<q1>(?=(?P<digits>{run}))(?P=digits){tail})"
        rf"|(?P<q2>{word}{tail})|(?P<q3>{mark}{gap}{number})"
    )


def _quote_span(m: re.Match[str]) -> tuple[int, int]:
    """The span of a match of ``_marks``: of its group q1, q2 or q3, whichever matched."""
    for g in ("q1", "q2", "q3"):
        if m.start(g) >= 0:
            return m.span(g)
    raise AssertionError(m)


@cache
def _others(lang: str) -> re.Pattern[str]:
    """The lexicon's words of money that is not a trade flow ("investment", "loans")."""
    return re.compile(rf"(?i)\b(?:{alternation(LEXICONS[lang].other_words)})\b")


class _OtherWords:
    """The words of money that is not trade in each sentence, found once per sentence: scanning
    from the sentence's start for each of its amounts took time quadratic in a long sentence."""

    def __init__(self, text: str, sentences: list[Sentence]) -> None:
        self.text, self.sentences = text, sentences
        self._found: dict[int, tuple[list[int], list[str]]] = {}

    def last_before(self, sentence: int, start: int, lang: str) -> str | None:
        """The last such word of the sentence that ends at or before ``start``."""
        if sentence not in self._found:
            s = self.sentences[sentence]
            found = list(_others(lang).finditer(self.text, s.start, s.end))
            self._found[sentence] = ([m.end() for m in found], [m.group(0) for m in found])
        ends, words = self._found[sentence]
        i = bisect_right(ends, start)
        return words[i - 1] if i else None


def _why_other(text: str, start: int, sentence: int, lang: str, others: _OtherWords) -> str:
    cues = _cues(lang)
    before = text[max(others.sentences[sentence].start, start - 60) : start]
    if cues.increment.search(before):
        return "an increment (a change such as 'grew by'), not a level"
    word = others.last_before(sentence, start, lang)
    after = _others(lang).search(text, start, min(len(text), start + 60))
    if word is not None:
        return f"not a trade flow: {word.lower()!r}"
    if after:
        return f"not a trade flow: {after.group(0).lower()!r}"
    return "no trade flow (trade, exports, imports) named near it"


class _Covered:
    """The spans already accounted for, merged and in order, so that asking whether a span meets
    one is a bisection (a scan of every span made explain() quadratic in its candidates)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def meets(self, a: int, b: int) -> bool:
        i = bisect_left(self.starts, b)  # the spans that start before b; the last ends furthest
        return i > 0 and self.ends[i - 1] > a

    def add(self, spans: list[tuple[int, int]]) -> None:
        merged: list[tuple[int, int]] = []
        for a, b in sorted([*zip(self.starts, self.ends, strict=True), *spans]):
            if merged and a <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], b))
            else:
                merged.append((a, b))
        self.starts, self.ends = [a for a, _ in merged], [b for _, b in merged]


@cache
def _percent(lang: str) -> re.Pattern[str]:
    """The lexicon's marks of a percentage ("%", "per cent", "процентов")."""
    return re.compile(rf"(?i)(?:{alternation(LEXICONS[lang].percent_marks)})")


def _skipped(text: str, start: int, end: int, otherwise: str, lang: str) -> tuple[Any, ...]:
    quote = text[start:end]
    digits = re.sub(r"\D", "", quote)
    percent = _percent(lang)
    if percent.search(quote) or percent.match(text[end : end + 12].lstrip()):
        reason = "a percentage, not money"
    elif len(digits) == 4 and digits[:2] in ("19", "20") and not re.search(r"[.,]", quote):
        reason = "a year next to a currency, not an amount"
    else:
        reason = otherwise
    return (quote, start, end, "skipped", reason, None, None, None, None, None)


def explain(
    text: str, *, published: str | date | pd.Timestamp | None = None, lang: str | None = None
) -> pd.DataFrame:
    """Every money-looking candidate in ``text`` with its outcome: ``figure`` (the reason is its
    metric) or ``skipped`` (the reason says why), in text order. For a figure, ``period_source``
    and ``why`` say where its period and sides came from, as the stages recorded it. ``lang``
    ("en", "ru") is read from the text when None, sentence by sentence."""
    doc = read_document(text, published=published, include_other=True, lang=lang)
    rows: list[tuple[Any, ...]] = []
    others = _OtherWords(text, doc.sentences)
    for r in doc.readings:
        a, sent_lang = r.amount, doc.langs[r.sentence]
        if r.metric == "other":
            reason = r.metric_why or _why_other(text, a.start, r.sentence, sent_lang, others)
            rows.append((a.quote, a.start, a.end, "skipped", reason, a.low, a.high, a.currency, None, None))
        else:
            rows.append((a.quote, a.start, a.end, "figure", r.metric, a.low, a.high, a.currency,
                         r.period_source, _why(r)))  # fmt: skip
    covered = _Covered()
    covered.add([(r.amount.start, r.amount.end) for r in doc.readings])
    for lg in sorted(set(doc.langs)) or [lang or detect_language(text)]:
        # each pass's matches are in order and do not overlap: those found in it are added after it
        read = (m.span() for m in money_matches(text, lg))  # read, then set aside
        marked = (_quote_span(m) for m in _marks(lg).finditer(text))
        for spans, otherwise in (
            (read, "its number or currency could not be read"),
            (marked, "a currency next to a number, not read as an amount"),
        ):
            new = [span for span in spans if not covered.meets(*span)]
            rows.extend(_skipped(text, a, b, otherwise, lg) for a, b in new)
            covered.add(new)
    rows.sort(key=lambda row: (row[1], row[2]))
    return frame_from_rows(rows, _COLUMNS)


def _why(r: Reading) -> str:
    """Where a figure's period and sides came from, in a few words."""
    period = r.period_why or ("no period stated" if r.period is None else "")
    sides = r.parties_why or ("no side named" if r.reporter is None and r.partner is None else "its sentence")
    return f"period: {period}; sides: {sides}"
