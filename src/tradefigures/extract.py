"""Text → trade figures, in stages: segment → amounts → each figure's own cues → document → rows.

1. :mod:`~tradefigures.segment` splits the text into paragraphs and sentences and tells their language;
2. :mod:`~tradefigures.numbers` finds every money amount in one pass;
3. :mod:`~tradefigures.reading` reads each figure's flow, bound, kind, period and sides in its own
   sentence, and leaves open what the sentence does not say;
4. :mod:`~tradefigures.context` resolves what was left open from what came before in the document
   (the period and sides in force, comparison bases, back-references);
5. this module turns the readings into rows.

>>> text = ("In the first half of 2024, trade between Russia and Armenia exceeded $8.3 billion, "
...         "against $7.4 billion last year.")
>>> df = extract(text, published="2024-11-25")
>>> df[["quote", "bound", "period", "reporter", "partner"]].values.tolist()
[['$8.3 billion', 'at_least', '2024H1', 'RUS', 'ARM'], ['$7.4 billion', 'exact', '2023', 'RUS', 'ARM']]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import Any

import pandas as pd

from ._lexicon import FISCAL_YEAR_STARTS, LEXICONS, OWN_CURRENCY
from ._regex import plain_lower
from .context import resolve as resolve_document
from .cues import Cues, cues_for
from .frame import TradeFigure, rows_to_frame
from .numbers import Amount, find_amounts
from .periods import fiscal_year, infer_reference_year
from .reading import Document, Reading, read_sentence
from .segment import (
    Sentence,
    detect_language,
    has_cyrillic,
    join_split_amounts,
    sentences,
    sentences_near,
    split_sentences,
)

__all__ = [
    "detect_language", "extract", "extract_records", "extract_rows", "parse_published", "read_document",
    "split_sentences",
]


@lru_cache(maxsize=4096)
def _timestamp(day: date) -> pd.Timestamp:
    """A period's first or last day as a Timestamp: few distinct days, each converted once (~5 µs)."""
    stamp: pd.Timestamp = pd.Timestamp(day)
    return stamp


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}.*)?")  # a time may follow


def parse_published(published: object) -> date | None:
    """The reference date given as ``published``: a date, a Timestamp or an ISO string (YYYY-MM-DD,
    optionally followed by a time). Other spellings are refused rather than guessed: ``01/02/2023``
    is 1 February in one country and 2 January in another.

    >>> parse_published("2024-11-25"), parse_published("2024-11-25T08:30:00Z")
    (datetime.date(2024, 11, 25), datetime.date(2024, 11, 25))
    >>> parse_published("01/02/2023")
    Traceback (most recent call last):
    ...
    ValueError: published='01/02/2023' is not a date written YYYY-MM-DD; write it as YYYY-MM-DD, such as 2024-11-25
    """
    if published is None:
        return None
    if isinstance(published, pd.Timestamp):
        return published.date()
    if isinstance(published, date):
        return published
    if not isinstance(published, str):
        raise TypeError(
            f"published must be a date, a pandas Timestamp or an ISO date string such as "
            f"'2024-11-25', not {type(published).__name__}"
        )
    text = published.strip()
    try:
        if not _ISO_DATE.fullmatch(text):
            raise ValueError(text)
        parsed: date = date.fromisoformat(text[:10])
        if len(text) > 10:
            pd.Timestamp(text)  # the time after the date must be a time too
    except ValueError:
        raise ValueError(
            f"published={published!r} is not a date written YYYY-MM-DD; write it as YYYY-MM-DD, "
            "such as 2024-11-25"
        ) from None
    return parsed


def _own_currency(a: Amount, text: str, reporter: str | None, cues: Cues, sent: Sentence) -> str:
    """The currency of a figure whose mark several currencies share ("¥", "Rs", "rupees"): the
    reporter's own where the lexicon knows it, else the yuan for "¥" in a sentence about China."""
    own = OWN_CURRENCY.get(a.currency)
    if own is None:
        return a.currency
    lex, lower = cues.lex, a.quote.lower()

    def has(marks: tuple[str, ...]) -> bool:  # a capital mark ("Rs", "INR") as written, a word in any case
        return any((m in a.quote) if m[:1].isupper() or not m[:1].isalpha() else (m in lower) for m in marks)

    if not has(lex.shared_currency_marks) or has(lex.owned_currency_marks):
        return a.currency
    if reporter is not None and reporter in own:
        return own[reporter]
    if a.currency == "JPY" and text[a.start] == "¥" and cues.china.search(text, sent.start, sent.end):
        return "CNY"
    return a.currency


def extract(
    text: str,
    *,
    published: str | date | pd.Timestamp | None = None,
    source: str | None = None,
    include_other: bool = False,
    lang: str | None = None,
) -> pd.DataFrame:
    """Every trade figure in ``text`` as a typed DataFrame, one row per mention, in text order.

    ``published`` is the reference date for "last year" and "this year"; when it is None the
    latest year the text speaks of as present is used, and ``df.attrs`` says so. Money that is
    not a trade flow (investment, loans, GDP, increments…) is dropped unless ``include_other``.
    ``lang`` is "en" or "ru"; None reads each sentence in the language most of its letters are
    in (a text may mix them).

    >>> extract("").shape
    (0, 17)
    >>> extract("Exports to China reached $5 billion in 2023.").attrs["reference_date_source"]
    'inferred from the text: the latest year it speaks of as present (2023), read as 2023-12-31'
    """
    # from the rows, not through extract_records' TradeFigure records and back ("$1 $1 …", 133,333
    # rows: 6.4 -> 6.0 s with Document.sentence_text)
    rows, attrs = extract_rows(text, published=published, source=source, include_other=include_other, lang=lang)
    return rows_to_frame(rows, attrs)




def _reference(published: object, text: str) -> tuple[date | None, str]:
    """The reference date and where it came from."""
    ref = parse_published(published)
    if ref is not None:
        return ref, "given"
    year = infer_reference_year(text)
    if year is None:
        return None, "none: no published date given and no year in the text"
    ref = date(year, 12, 31)
    return ref, (
        f"inferred from the text: the latest year it speaks of as present ({year}), read as {ref.isoformat()}"
    )


def _segment(
    text: str, lang: str | None, low: str | None = None
) -> tuple[list[Sentence], list[str], list[Amount]]:
    """The sentences near money, their languages and every amount; a text that mixes languages is
    read run by run, each run of sentences in one language with that language's words. ``low`` is
    ``plain_lower(text)`` if the caller has it."""
    if lang is None and not has_cyrillic(text):
        lang = "en"  # the common case: no Cyrillic letter, no need to read sentence by sentence
    if lang is not None:
        amounts = find_amounts(text, lang, low)
        if not amounts:
            return [], [], []
        spans = sentences_near(text, amounts)
        return spans, [lang] * len(spans), amounts
    spans = sentences(text)
    langs = [detect_language(text[x.start : x.end]) for x in spans]
    amounts = []
    k = 0
    while k < len(spans):
        run = k
        while run + 1 < len(spans) and langs[run + 1] == langs[k]:
            run += 1
        lo, hi = spans[k].start, spans[run].end
        amounts.extend(
            replace(
                a,
                start=a.start + lo,
                end=a.end + lo,
                first_end=a.first_end + lo if a.first_end >= 0 else -1,
                second_start=a.second_start + lo if a.second_start >= 0 else -1,
            )
            for a in find_amounts(text[lo:hi], langs[k])
        )
        k = run + 1
    return spans, langs, amounts


def read_document(
    text: str,
    *,
    published: object = None,
    include_other: bool = False,
    lang: str | None = None,
    resolve: bool = True,
) -> Document:
    """Every stage but the rows: the document with each figure read and, unless ``resolve`` is
    False, what its sentence left open resolved from the document."""
    ref, _ = _reference(published, text)
    low = plain_lower(text)  # once, for the money and the word scans (~1% of extract_many twice)
    spans, langs, amounts = _segment(text, lang, low)
    if amounts:
        spans, langs = join_split_amounts(spans, langs, amounts)
    doc = Document(text, ref, spans, langs, amounts, include_other, lowered=low)
    starts = [x.start for x in spans]
    by_sentence: dict[int, list[Amount]] = {}
    for amount in amounts:
        si = bisect_right(starts, amount.start) - 1
        if si >= 0 and amount.start < spans[si].end:
            by_sentence.setdefault(si, []).append(amount)
    for si, in_sentence in by_sentence.items():
        doc.readings.extend(read_sentence(doc, si, in_sentence))
    if resolve:
        resolve_document(doc)
    return doc


def _local_dollar(doc: Document) -> str | None:
    """The dollar a bare "$" means in a release of a statistics office that writes its own so
    (Statistics Canada, the Australian Bureau of Statistics, Stats NZ), if the text names one."""
    low = doc.lowered if doc.lowered is not None else doc.text.lower()
    for lang in set(doc.langs):
        for office, currency in LEXICONS[lang].dollar_offices.items():
            if office in low:
                return currency
    return None


_FISCAL = ("fiscal", "fy")


def _fiscal_country(doc: Document) -> str | None:
    """The first country the document names whose fiscal year does not start in January: a report
    counts fiscal years its own way, for the figures it is a side of ("The US bought $4.57bn of
    textiles from Pakistan in FY23", in a report on Pakistan's exports, is Pakistan's FY23)."""
    for si in range(len(doc.sentences)):
        for _, _, code in doc.sides(si):
            if code in FISCAL_YEAR_STARTS:
                return code
    return None


def _row(
    doc: Document, r: Reading, source: str | None, local: str | None = None, fiscal: str | None = None
) -> tuple[Any, ...]:
    """A reading as a row, its values in the order of the table's columns (a plain tuple: the
    corpus path makes no TradeFigure, ~2.6 µs each); the fiscal year and a shared currency sign
    settled by its reporter."""
    sent = doc.sentences[r.sentence]
    period, projection = r.period, r.projection
    if period is not None and period.relation in ("fiscal", "fy"):
        # "2023-24": whose fiscal year; the report's own country's when it is a side of the figure
        own = fiscal if fiscal in (r.reporter, r.partner) else None
        period = fiscal_year(period, own, r.reporter, r.partner)
        # "exports are estimated at $46.5bn for 2024-25", said in May 2024: the year starts in July
        projection = projection or (doc.ref is not None and period.start is not None and period.start > doc.ref)
    a = r.amount
    currency = _own_currency(a, doc.text, r.reporter, cues_for(doc.langs[r.sentence]), sent)
    if local is not None and currency == "USD" and a.quote.startswith("$"):
        currency = local  # "Statistics Canada says … exports rose to $44.7 billion"
    return (
        r.metric,
        a.low,
        a.high,
        currency,
        r.bound,
        "projection" if projection else "actual",
        _timestamp(period.start) if period and period.start else None,
        _timestamp(period.end) if period and period.end else None,
        period.label if period else None,
        r.period_source if period else None,
        r.reporter,
        r.partner,
        a.quote,
        a.start,
        a.end,
        doc.sentence_text(r.sentence),
        source,
    )


def extract_records(
    text: str,
    *,
    published: str | date | pd.Timestamp | None = None,
    source: str | None = None,
    include_other: bool = False,
    lang: str | None = None,
) -> tuple[list[TradeFigure], dict[str, Any]]:
    """What :func:`extract` returns, as records and attrs, without building a DataFrame: the corpus
    path builds one frame per chunk of documents instead of one per document."""
    rows, attrs = extract_rows(text, published=published, source=source, include_other=include_other, lang=lang)
    return [TradeFigure(*row) for row in rows], attrs


_SURROGATE = re.compile("[\ud800-\udfff]")


def extract_rows(
    text: str,
    *,
    published: str | date | pd.Timestamp | None = None,
    source: str | None = None,
    include_other: bool = False,
    lang: str | None = None,
) -> tuple[list[tuple[Any, ...]], dict[str, Any]]:
    """What :func:`extract_records` returns, each record as a tuple of its values in the order of
    the table's columns: what the corpus path puts in its frames."""
    if not isinstance(text, str):
        hint = " (decode it first, e.g. data.decode('utf-8'))" if isinstance(text, bytes) else ""
        raise TypeError(f"text must be str, not {type(text).__name__}{hint}")
    if lang is not None and lang not in LEXICONS:
        raise ValueError(f"lang must be one of {sorted(LEXICONS)} or None, not {lang!r}")
    if not text.isascii() and _SURROGATE.search(text) is not None:
        # a lone surrogate ("\ud83d" in JSON) cannot be written as UTF-8: each is replaced by U+FFFD,
        # one code point for one, so every span still points into the text as given
        text = _SURROGATE.sub("\ufffd", text)
    ref, ref_source = _reference(published, text)
    attrs = {
        "reference_date": ref.isoformat() if ref else None,
        "reference_date_source": ref_source,
        "source": source,
    }
    doc = read_document(text, published=ref, include_other=include_other, lang=lang)
    # the offices looked for only where a figure is quoted with "$" (about 1 document in 3 of
    # benchmarks/newsgen.py text): their substring tests over every text were ~0.7% of extract_many
    local = _local_dollar(doc) if any(r.amount.quote.startswith("$") for r in doc.readings) else None
    fiscal = _fiscal_country(doc) if any(r.period and r.period.relation in _FISCAL for r in doc.readings) else None
    rows = [_row(doc, r, source, local, fiscal) for r in doc.readings if include_other or r.metric != "other"]
    return rows, attrs
