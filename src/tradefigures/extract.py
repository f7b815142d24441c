"""Text → trade figures: every money amount, read in the words around it.

The amounts are found in one pass (``numbers``); for each, only its own sentence is read for the
bound, the kind, the period, the flow and the two sides.

>>> text = ("In the first half of 2024, trade between Russia and Armenia exceeded $8.3 billion, "
...         "against $7.4 billion last year.")
>>> df = extract(text, published="2024-11-25")
>>> df[["quote", "bound", "period", "reporter", "partner"]].values.tolist()
[['$8.3 billion', 'at_least', '2024H1', 'RUS', 'ARM'], ['$7.4 billion', 'exact', '2023', 'RUS', 'ARM']]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from functools import cache, lru_cache
from typing import Any, NamedTuple

import pandas as pd

from ._lexicon import LEXICONS, OWN_CURRENCY, Lexicon
from ._regex import Stems, alternation, final_words, lookup, may_end_with, stem_patterns
from .frame import TradeFigure, to_frame
from .numbers import Amount, find_amounts
from .periods import Period, find_periods, fiscal_year, infer_reference_year, shift_year

__all__ = ["detect_language", "extract", "extract_records", "split_sentences"]

# Sentences are split before their language is known: the abbreviations of every language count.
_ABBREVIATIONS = frozenset(w for lex in LEXICONS.values() for w in lex.abbreviations)
# A sentence ends at . ! ? or … (and any closing quotes), before a space and a capital, digit or quote.
_BOUNDARY = re.compile(
    r"[.!?…][\"'”’»)\]]*(\s+)(?=[\"'“‘«(\[]?[A-Z0-9\u0400-\u042f$€£])|\n[ \t]*\n\s*"
)


class _Sentence(NamedTuple):  # a NamedTuple: made once per sentence of every document, cheaply
    start: int
    end: int
    paragraph: int  # where the sentence's paragraph starts: equal for sentences of one paragraph


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: at . ! ? followed by a capital, and at blank lines; abbreviations kept.

    >>> t = "Trade with the U.S. grew. Exports rose to $5.2 bn. Imports fell."
    >>> [t[a:b] for a, b in split_sentences(t)]
    ['Trade with the U.S. grew.', 'Exports rose to $5.2 bn.', 'Imports fell.']
    """
    return [(s.start, s.end) for s in _sentences(text)]


_NOT_SPACE = re.compile(r"\S")


def _sentences(text: str, lo: int = 0, hi: int | None = None) -> list[_Sentence]:
    """The sentences of ``text[lo:hi]``; a line break after a sentence's end starts a paragraph."""
    out: list[_Sentence] = []
    hi = len(text) if hi is None else hi
    start = paragraph = lo
    for m in _BOUNDARY.finditer(text, lo, hi):
        if m.group(1) is not None:
            # the word before the stop ("U.S", "Mr", "Jan"): an abbreviation does not end a sentence
            j = m.start()
            i, lo = j, max(start, j - 16)
            while i > lo and not text[i - 1].isspace():
                i -= 1
            token = text[i:j].lower().rstrip(".")
            if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
                continue
            cut = m.start(1)
        else:
            cut = _rstrip(text, start, m.start())
        if _NOT_SPACE.search(text, start, cut):
            out.append(_Sentence(start, cut, paragraph))
        if "\n" in m.group(0):
            paragraph = m.end()
        start = m.end()
    if _NOT_SPACE.search(text, start, hi):
        out.append(_Sentence(start, _rstrip(text, start, hi), paragraph))
    return out


def _rstrip(text: str, start: int, end: int) -> int:
    """``end`` moved back over trailing white space (a sentence ends at its last mark)."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")


def _sentences_near(text: str, amounts: list[Amount]) -> list[_Sentence]:
    """The sentences of the paragraphs that hold an amount, in order: only there is the context
    read, and an amount never spans a blank line. Splitting only these paragraphs saves ~half the
    splitting time on news copy (most paragraphs hold no amount)."""
    out: list[_Sentence] = []
    k, n, lo = 0, len(amounts), 0
    for m in _BLANK_LINE.finditer(text):
        if amounts[k].start < m.start():
            out.extend(_sentences(text, lo, m.start()))
            while k < n and amounts[k].start < m.start():
                k += 1
            if k == n:
                return out
        lo = m.end()
    out.extend(_sentences(text, lo))
    return out


def _join_split_amounts(
    sentences: list[_Sentence], langs: list[str], amounts: list[Amount]
) -> tuple[list[_Sentence], list[str]]:
    """Join sentences that an amount runs across: a sentence boundary never falls inside an amount
    (a full stop the splitter took for an end, as in "$8,3 млрд. долл.", is part of the amount)."""
    starts = [x.start for x in sentences]
    joins: set[int] = set()  # indexes of sentences to join to the one before
    for a in amounts:
        first = bisect_right(starts, a.start) - 1
        last = bisect_right(starts, a.end - 1) - 1
        joins.update(range(max(first, 0) + 1, last + 1))
    if not joins:
        return sentences, langs
    out: list[_Sentence] = []
    out_langs: list[str] = []
    for k, (x, lang) in enumerate(zip(sentences, langs, strict=True)):
        if k in joins and out:
            out[-1] = out[-1]._replace(end=x.end)
        else:
            out.append(x)
            out_langs.append(lang)
    return out, out_langs


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LETTER = re.compile(r"[^\W\d_]")


def detect_language(text: str) -> str:
    """"ru" when at least half of the letters are Cyrillic, else "en".

    >>> detect_language("Товарооборот превысил $8,3 млрд"), detect_language("Trade hit $5bn")
    ('ru', 'en')
    """
    cyrillic = len(_CYRILLIC.findall(text))
    if not cyrillic:
        return "en"
    return "ru" if 2 * cyrillic >= len(_LETTER.findall(text)) else "en"


@dataclass(frozen=True)
class _Cues:
    """The lexicon's words compiled to the patterns the reader needs."""

    lex: Lexicon
    bound: re.Pattern[str]
    projection: re.Pattern[str]
    projection_after: re.Pattern[str]
    metric: re.Pattern[str]
    increment: re.Pattern[str]
    change_before_pair: re.Pattern[str]
    between: re.Pattern[str]
    country: re.Pattern[str]
    china: re.Pattern[str]
    # ", which analysts had expected to slow," says nothing about the figure's own kind
    relative_clause: re.Pattern[str]
    change: re.Pattern[str]
    from_: re.Pattern[str]
    to: re.Pattern[str]
    by: re.Pattern[str] | None
    owner_after: re.Pattern[str]
    owner_before: re.Pattern[str] | None
    its: re.Pattern[str]
    dateline: re.Pattern[str] | None
    comparison: re.Pattern[str] | None
    refer_back: re.Pattern[str]
    origin_before: re.Pattern[str] | None
    metric_stems: Stems
    country_stems: Stems
    # the words that ``bound`` and ``increment`` can end with: a cheap test before their search
    bound_last: frozenset[str] | None
    increment_last: frozenset[str] | None

    def metric_of(self, matched: str) -> str:
        """The metric of a matched flow word ("other" for money that is not a trade flow)."""
        if self.metric_stems[0] is None:  # no stems (English): a plain look-up
            return self.lex.metric_words.get(" ".join(matched.lower().split()), "other")
        return lookup(self.lex.metric_words, self.metric_stems, matched) or "other"


def _words(words: Iterable[object]) -> str:
    return alternation(str(w) for w in words)


def _projection_words(lex: Lexicon) -> str:
    """The projection cues as an alternation; where month names are capitalised, a cue that is
    also a month ("may") counts only in lower case: "exports may reach", not "January–May"."""
    months = {m.lower() for m in lex.months} if lex.months_capitalised else set()
    words = _words(w for w in lex.projection_cues if w not in months)
    verbs = [w for w in lex.projection_cues if w in months]
    return f"{words}|(?-i:{_words(verbs)})" if verbs else words


@cache
def _cues(lang: str) -> _Cues:
    lex = LEXICONS[lang]
    filler = rf"(?:\s+(?:{_words(lex.bound_fillers)}))*"
    metric_words = list(lex.metric_words) + list(lex.other_words)
    aux = rf"(?:\s*(?:{_words(lex.projection_auxiliaries)}))?" if lex.projection_auxiliaries else ""
    alone = "".join(f"|{_words([w])}" for w in lex.change_words_alone)
    articles = rf"(?:(?:{_words(lex.party_articles)})\s+)?" if lex.party_articles else ""
    possessive = rf"(?:{_words(lex.possessives)})?" if lex.possessives else ""
    office = rf"(?!\s+(?:{_words(lex.offices)})(?![\w]))" if lex.offices else ""
    return _Cues(
        lex=lex,
        bound=re.compile(rf"(?i)(?<![\w])(?P<cue>{_words(lex.bound_cues)}){filler}\s*$"),
        projection=re.compile(rf"(?i)(?<![\w])(?:{_projection_words(lex)})(?![\w])"),
        projection_after=re.compile(
            rf"(?i)\W{{0,3}}{aux}\s*(?:{_words(lex.projection_after)})(?![\w])"
        ),
        metric=re.compile(rf"(?i)(?<![\w])(?:{_words(metric_words)})(?![\w]){office}"),
        increment=re.compile(
            rf"(?i)(?<![\w])(?:{_words(lex.increment_cues)})"
            rf"(?:\s+(?:{_words(lex.bound_cues)}))?\s*$"
        ),
        change_before_pair=re.compile(
            rf"(?i)(?<![\w])(?:(?:{_words(lex.change_verbs)})\s+(?:{_words(lex.change_prepositions)}){alone})\s*$"
        ),
        between=re.compile(rf"(?i)(?<![\w])(?:{_words(lex.range_openers)})\s*$"),
        country=re.compile(rf"(?i)(?<![\w.])(?:{_words(lex.countries)})(?![\w$]){possessive}"),
        china=re.compile(rf"(?i)(?<![\w])(?:{_words(lex.yen_sign_context)})(?![\w])"),
        relative_clause=re.compile(lex.relative_clause),
        change=re.compile(rf"(?i)(?<![\w])(?:{_words(lex.change_verbs)})(?![\w])"),
        from_=re.compile(rf"(?i)(?<![\w])(?:{_words(lex.from_words)})\s+{articles}$"),
        to=re.compile(rf"(?i)(?<![\w])(?:{_words(lex.to_words)})\s+{articles}$"),
        by=re.compile(rf"(?i)(?<![\w])(?:{_words(lex.by_words)})\s+{articles}$") if lex.by_words else None,
        owner_after=re.compile(lex.owner_after),
        owner_before=re.compile(lex.owner_before) if lex.owner_before else None,
        its=re.compile(lex.its_flow),
        dateline=re.compile(lex.dateline) if lex.dateline else None,
        origin_before=re.compile(lex.origin_before) if lex.origin_before else None,
        refer_back=re.compile(rf"(?i)(?<![\w])(?:{_words(lex.refer_back_words)})(?![\w])"),
        comparison=(
            re.compile(rf"(?i)(?<![\w])(?:{_words(lex.comparison_words)})\s+$") if lex.comparison_words else None
        ),
        metric_stems=stem_patterns(metric_words),
        country_stems=stem_patterns(lex.countries),
        bound_last=final_words(lex.bound_cues, lex.bound_fillers),
        increment_last=final_words(lex.increment_cues, lex.bound_cues),
    )


@lru_cache(maxsize=4096)
def _timestamp(day: date) -> pd.Timestamp:
    """A period's first or last day as a Timestamp: few distinct days, each converted once (~5 µs)."""
    stamp: pd.Timestamp = pd.Timestamp(day)
    return stamp


def _parse_published(published: object) -> date | None:
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
    try:
        return date.fromisoformat(published.strip())
    except ValueError:
        try:
            parsed: date = pd.Timestamp(published).date()
        except (ValueError, TypeError) as exc:
            raise ValueError(
                f"published={published!r} is not a date; give an ISO date such as '2024-11-25'"
            ) from exc
        return parsed


def _split_pairs(
    amounts: list[Amount], text: str, cues: _Cues, sent_start: int
) -> Iterator[Amount]:
    """Keep "$14 to $16 billion" as one range; make "rose from $5bn to $6bn" two figures."""
    for a in amounts:
        if a.sep is None:
            yield a
            continue
        before = text[max(sent_start, a.start - 40) : a.start]
        if a.sep in cues.lex.opener_separators:
            is_range = bool(cues.between.search(before))
        else:
            is_range = not cues.change_before_pair.search(before)
        if is_range:
            yield a
            continue
        yield Amount(
            a.start, a.first_end, a.low, a.low, a.currency, quote=text[a.start : a.first_end]
        )
        yield Amount(
            a.second_start,
            a.end,
            a.second_low,
            a.second_low,
            a.currency,
            quote=text[a.second_start : a.end],
        )


def _nearest_metric(
    keywords: list[tuple[int, int, str]], starts: list[int], lo: int, start: int, end: int, hi: int
) -> str | None:
    """The flow word nearest before the amount (back to ``lo``), else one just after it.

    Words before win: in "exports reached $5bn, the trade ministry said" the flow is exports.
    ``keywords`` are the sentence's flow words in order; ``starts`` their start offsets.
    """
    i = bisect_left(starts, start) - 1
    while i >= 0 and keywords[i][1] > start:
        i -= 1
    if i >= 0 and keywords[i][0] >= lo:
        return keywords[i][2]
    j = bisect_left(starts, end)
    if j < len(keywords) and keywords[j][0] < min(hi, end + 25):
        return keywords[j][2]
    return None


def _countries(
    text: str, cues: _Cues, lex: Lexicon, lo: int, hi: int
) -> list[tuple[int, int, str]]:
    """Country mentions between ``lo`` and ``hi``: (start, end, ISO alpha-3)."""
    out = []
    for m in cues.country.finditer(text, lo, hi):
        end = m.end()
        for p in lex.possessives:  # "Armenia's": the country without its possessive ending
            if m.group(0).lower().endswith(p):
                end -= len(p)
                break
        name = text[m.start() : end]
        if name.lower() == "us" and not name.startswith("US"):
            continue  # the pronoun "us"
        code = (
            lex.countries.get(" ".join(name.lower().split()))
            if cues.country_stems[0] is None
            else lookup(lex.countries, cues.country_stems, name)
        )
        if code:
            out.append((m.start(), end, code))
    return out


def _sides(
    text: str, cues: _Cues, lex: Lexicon, sent: _Sentence, amounts: list[Amount], starts: list[int]
) -> list[tuple[int, int, str]]:
    """The country mentions of a sentence that may be a side of the trade: not inside a money
    amount ("US dollars", "Kazakh tenge", "долларов США" name a currency) and not in a dateline
    ("YEREVAN, Nov 25 (Reuters) -" says where the story was filed)."""
    lo = sent.start
    if cues.dateline is not None and (d := cues.dateline.match(text, lo, sent.end)) is not None:
        lo = d.end()
    out = []
    for c in _countries(text, cues, lex, lo, sent.end):
        k = bisect_right(starts, c[0]) - 1
        if k < 0 or amounts[k].end < c[1]:
            out.append(c)
    return out


def _own_currency(a: Amount, text: str, reporter: str | None, cues: _Cues, sent: _Sentence) -> str:
    """The currency of a figure whose mark several currencies share ("¥", "Rs", "rupees"): the
    reporter's own where the lexicon knows it, else the yuan for "¥" in a sentence about China."""
    own = OWN_CURRENCY.get(a.currency)
    quote = a.quote.lower()
    shared = "¥" in a.quote or "Rs" in a.quote or "rupee" in quote  # "Indian rupees", "INR", "₹" say whose
    if own is None or not shared or "indian" in quote or "INR" in a.quote or "₹" in a.quote:
        return a.currency
    if reporter is not None and reporter in own:
        return own[reporter]
    if a.currency == "JPY" and text[a.start] == "¥" and cues.china.search(text, sent.start, sent.end):
        return "CNY"
    return a.currency


def _parties(
    text: str,
    cues: _Cues,
    segment: list[tuple[int, int, str]],
    sentence: list[tuple[int, int, str]],
    metric: str,
    seg_lo: int,
    seg_hi: int,
    previous_reporter: str | None,
) -> tuple[str | None, str | None]:
    """Reporter and partner of one figure.

    For exports and imports: the country owning the flow ("Armenia's exports", "Chinese imports")
    reports; "from X" and "to X" name the other side. For trade: the two sides in order of mention.
    Countries in the figure's own clause come first, then the rest of the sentence.
    """
    if metric in ("exports", "imports"):
        owner = src = dst = None
        for s, e, code in segment:
            if owner is None and (
                cues.owner_after.match(text, e)
                or (cues.owner_before and cues.owner_before.search(text, max(0, s - 24), s))
                or (cues.by and cues.by.search(text, max(0, s - 12), s))
            ):
                owner = code
            elif src is None and (
                cues.from_.search(text, max(0, s - 12), s)
                or (
                    metric == "imports"
                    and cues.origin_before is not None
                    and cues.origin_before.search(text, max(0, s - 24), s)
                )
            ):
                src = code
            elif cues.to.search(text, max(0, s - 12), s) and dst is None:
                dst = code
        if owner is None and cues.its.search(text, seg_lo, seg_hi):
            owner = previous_reporter
        if metric == "exports":
            reporter, partner = owner or src, dst
        else:
            reporter, partner = owner or dst, src
        if reporter is not None or partner is not None:
            if reporter is None and owner is None and not segment[:1]:
                reporter = None
            return reporter, partner
    order: list[str] = []
    for _, _, code in segment if len({c for _, _, c in segment}) >= 2 else sentence:
        if code not in order:
            order.append(code)
    if not order:
        return None, None
    return order[0], (order[1] if len(order) > 1 else None)


_CLAUSE_BREAK = re.compile(r"[,;:\u2013\u2014]")


def _pick_period(
    periods: list[Period],
    starts: list[int],
    start: int,
    end: int,
    lo: int,
    hi: int,
    text: str,
    after_break: bool,
) -> Period | None:
    """The nearest period after the figure (before the next one), else the nearest before it.

    Unless ``after_break``, a period after the figure past a comma or dash gives way to one
    before it (the lexicon says which: Russian names the period first).
    """
    i = bisect_left(starts, start) - 1
    while i >= 0 and periods[i].span[1] > start:
        i -= 1
    j = bisect_left(starts, end)
    if (
        j < len(periods)
        and periods[j].span[0] < hi
        and (after_break or i < 0 or not _CLAUSE_BREAK.search(text, end, periods[j].span[0]))
    ):
        return periods[j]
    return periods[i] if i >= 0 else None


def _anchor(
    periods: list[Period], starts: list[int], at: int, before: int | None = None
) -> Period | None:
    """For "a year earlier": the nearest resolved period of the sentence, before or after; only
    one starting before ``before`` when it is given."""
    i = bisect_left(starts, at)
    for k in (i - 1, i, i - 2, i + 1):  # nearest first; "earlier" phrases themselves are skipped
        if (
            0 <= k < len(periods)
            and periods[k].relation != "earlier"
            and periods[k].start
            and (before is None or starts[k] < before)
        ):
            return periods[k]
    return None


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
    (0, 16)
    >>> extract("Exports to China reached $5 billion in 2023.").attrs["reference_date_source"]
    'inferred from the text: the latest year it speaks of as present (2023), read as 2023-12-31'
    """
    figures, attrs = extract_records(
        text, published=published, source=source, include_other=include_other, lang=lang
    )
    return to_frame(figures, attrs)


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
    if not isinstance(text, str):
        hint = " (decode it first, e.g. data.decode('utf-8'))" if isinstance(text, bytes) else ""
        raise TypeError(f"text must be str, not {type(text).__name__}{hint}")
    if lang is not None and lang not in LEXICONS:
        raise ValueError(f"lang must be one of {sorted(LEXICONS)} or None, not {lang!r}")
    ref = _parse_published(published)
    if ref is not None:
        ref_source = "given"
    else:
        year = infer_reference_year(text)
        if year is not None:
            ref = date(year, 12, 31)
            ref_source = (
                f"inferred from the text: the latest year it speaks of as present ({year}), "
                f"read as {ref.isoformat()}"
            )
        else:
            ref_source = "none: no published date given and no year in the text"
    attrs = {
        "reference_date": ref.isoformat() if ref else None,
        "reference_date_source": ref_source,
        "source": source,
    }
    figures: list[TradeFigure] = []
    if lang is None and not _CYRILLIC.search(text):
        lang = "en"  # the common case: no Cyrillic letter, no need to read sentence by sentence
    if lang is not None:
        amounts_all = find_amounts(text, lang)
        if not amounts_all:
            return [], attrs
        sentences = _sentences_near(text, amounts_all)
        langs = [lang] * len(sentences)
    else:
        # a mixed text: each run of sentences in one language is read with that language's words
        sentences = _sentences(text)
        langs = [detect_language(text[x.start : x.end]) for x in sentences]
        amounts_all = []
        k = 0
        while k < len(sentences):
            run = k
            while run + 1 < len(sentences) and langs[run + 1] == langs[k]:
                run += 1
            lo, hi = sentences[k].start, sentences[run].end
            amounts_all.extend(
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
        if not amounts_all:
            return [], attrs
    sentences, langs = _join_split_amounts(sentences, langs, amounts_all)
    sentence_starts = [x.start for x in sentences]
    money_starts = [a.start for a in amounts_all]
    by_sentence: dict[int, list[Amount]] = {}
    for amount in amounts_all:
        si = bisect_right(sentence_starts, amount.start) - 1
        if si >= 0 and amount.start < sentences[si].end:
            by_sentence.setdefault(si, []).append(amount)
    last_metric: dict[int, str | None] = {}  # sentence index → its last flow, once known

    def paragraph_metric(si: int) -> str | None:
        """The flow the paragraph spoke of before sentence ``si`` (its nearest earlier mention)."""
        k = si - 1
        while k >= 0 and sentences[k].paragraph == sentences[si].paragraph:
            if k not in last_metric:
                m = None
                k_cues = _cues(langs[k])
                for m in k_cues.metric.finditer(text, sentences[k].start, sentences[k].end):  # noqa: B007
                    pass
                last_metric[k] = k_cues.metric_of(m.group(0)) if m else None
            if last_metric[k] is not None:
                return last_metric[k]
            k -= 1
        return None

    for si, in_sentence in by_sentence.items():
        sent = sentences[si]
        lang_s = langs[si]
        lex, cues = LEXICONS[lang_s], _cues(lang_s)
        prev_sentence = sentences[si - 1] if si > 0 else None
        amounts = list(_split_pairs(in_sentence, text, cues, sent.start))
        keywords = [
            (m.start(), m.end(), cues.metric_of(m.group(0)))
            for m in cues.metric.finditer(text, sent.start, sent.end)
        ]
        keyword_starts = [k[0] for k in keywords]
        # the flow of each figure first: a sentence whose money is all "other" (investment, loans,
        # increments) needs no more reading unless include_other (~1 in 5 money sentences in news)
        metrics: list[str] = []
        prev_end = sent.start
        prev_base: str | None = None
        for i, a in enumerate(amounts):
            nxt = amounts[i + 1].start if i + 1 < len(amounts) else sent.end
            # the nearest flow word, else the previous figure's, else the paragraph's
            base = _nearest_metric(keywords, keyword_starts, prev_end, a.start, a.end, nxt)
            if base is None:
                base = prev_base or paragraph_metric(si)
            if base is None:  # the next flow word in the sentence
                j = bisect_left(keyword_starts, a.end)
                base = keywords[j][2] if j < len(keywords) else None
            before = text[max(prev_end, a.start - 60) : a.start]
            increment = may_end_with(before, cues.increment_last) and bool(cues.increment.search(before))
            metrics.append("other" if increment or base is None else base)
            prev_base = base
            prev_end = a.end
        if prev_base is not None:
            last_metric[si] = prev_base
        if not include_other and all(m == "other" for m in metrics):
            continue
        amount_starts = [a.start for a in amounts]
        periods = []
        for p in find_periods(text, ref, lang_s, sent.start, sent.end):
            ps, pe = p.span
            k = bisect_right(amount_starts, ps) - 1  # the amount starting at or before the period
            if (k >= 0 and amounts[k].end > ps) or (
                k + 1 < len(amounts) and amounts[k + 1].start < pe
            ):
                continue  # "$2024 million" is money, not a year
            if (
                p.relation == "earlier"
                and cues.comparison is not None
                and cues.comparison.search(text, max(sent.start, ps - 24), ps)
            ):
                continue  # "up 5% compared with a year earlier": the base of a comparison
            periods.append(p)
        period_starts = [p.span[0] for p in periods]
        found = _sides(text, cues, lex, sent, amounts_all, money_starts)
        country_starts = [c[0] for c in found]
        if (
            not found
            and prev_sentence is not None
            and prev_sentence.paragraph == sent.paragraph
            and (
                cues.refer_back.search(text, sent.start, sent.end)
                or cues.metric.search(text, prev_sentence.start, prev_sentence.end)
            )
        ):
            # the sides of the sentence before, when this one points back to them ("the two
            # countries") or that one spoke of trade or money; not an exhibition of Egyptian painting
            found = _sides(text, cues, lex, prev_sentence, amounts_all, money_starts)
        sentence_text = text[sent.start : sent.end]
        prev_end = sent.start
        prev_parties: tuple[str | None, str | None] = (None, None)
        prev_period: Period | None = None  # the figure before's, resolved
        for i, (a, metric) in enumerate(zip(amounts, metrics, strict=True)):
            nxt = amounts[i + 1].start if i + 1 < len(amounts) else sent.end
            before = text[max(prev_end, a.start - 60) : a.start]
            # bound
            if a.low != a.high:
                bound = "range"
            else:
                bm = cues.bound.search(before) if may_end_with(before, cues.bound_last) else None
                cue = " ".join(bm.group("cue").lower().split()) if bm else ""
                bound = lex.bound_cues[cue] if bm else "exact"
                if bm and cue in lex.to_after_change and cues.change.search(
                    text, sent.start, a.start - len(before) + bm.start()
                ):  # "вырос до 10 млрд", "вырос с 5 млрд в 2022 году до 6 млрд": a level reached
                    bound = "exact"
            # period
            period = _pick_period(
                periods, period_starts, a.start, a.end, prev_end, nxt, text,
                lex.period_after_clause_break,
            )
            if period is not None and period.relation == "earlier":
                # "In the previous year, trade was $2bn, down from $8bn in 2022": before the figure,
                # "a year earlier" or "the previous year" is not anchored on a period after the
                # figure (the other figure's); "the same period of last year" may be ("…, against
                # $5bn in January-June 2024")
                phrase = text[period.span[0] : period.span[1]].lower()
                opens = period.span[1] <= a.start and not any(w in phrase for w in lex.same_period_words)
                anchor = _anchor(periods, period_starts, a.start, a.start if opens else None)
                if anchor is None and prev_period is not None and prev_period.span != period.span:
                    # "A year earlier, trade was $18bn, compared with $9bn a year earlier": one year
                    # before the figure before
                    anchor = prev_period
                if anchor is not None:
                    period = shift_year(anchor, -1)
                elif ref is not None:
                    period = Period(
                        date(ref.year - 1, 1, 1),
                        date(ref.year - 1, 12, 31),
                        str(ref.year - 1),
                        period.span,
                    )
                else:
                    period = None
            # kind
            segment = cues.relative_clause.sub(" ", text[prev_end : a.start])
            projection = bool(cues.projection.search(segment)) or bool(
                cues.projection_after.match(text, a.end, nxt)
            )
            if period is not None and period.relation == "until":
                if projection:  # "will grow until 2030": by 2030
                    period = replace(period, relation="by")
                elif ref is not None and period.end is not None and period.end.year > ref.year:
                    period = None  # "the contract covers deliveries until 2033": how long it runs
            if (
                period is not None
                and period.relation == "by"
                and ref
                and period.end
                and period.end.year > ref.year
            ):
                projection = True
            if (
                period is not None
                and ref is not None
                and period.start is not None
                and period.start > ref
            ):
                projection = True
            kind = "projection" if projection else "actual"
            if period is None or period.start is None:
                if kind == "projection" and ref is not None:
                    period = Period(
                        date(ref.year, 1, 1), date(ref.year, 12, 31), str(ref.year), (0, 0)
                    )
                elif period is not None and period.relation == "annual":
                    period = None
            if period is not None and period.relation == "annual" and kind == "actual":
                period = None
            lo_c, hi_c = bisect_left(country_starts, prev_end), bisect_left(country_starts, nxt)
            seg_countries = found[lo_c:hi_c] if country_starts else []
            if not seg_countries and i > 0:
                # "…, against $7.6 billion a year earlier": the same sides as the figure before
                reporter, partner = prev_parties
            else:
                reporter, partner = _parties(
                    text, cues, seg_countries, found, metric, prev_end, nxt, prev_parties[0]
                )
                if (
                    reporter is None
                    and metric in ("exports", "imports")
                    and prev_parties[0] not in (None, partner)
                ):
                    # "Armenia's exports to Russia …, while imports from Russia came to …": the
                    # sentence's subject owns the second flow too
                    reporter = prev_parties[0]
            prev_parties = (reporter, partner)
            prev_end = a.end
            currency = _own_currency(a, text, reporter, cues, sent)
            if period is not None and period.relation == "fiscal":
                period = fiscal_year(period, reporter, partner)  # "2023-24": whose fiscal year
            if (
                period is not None
                and period.start is not None
                and period.end is not None
                and prev_period is not None
                and prev_period.start is not None
                and prev_period.end is not None
                and period.label == str(period.start.year)
                and prev_period.label != str(prev_period.start.year)
                and any(w in text[max(sent.start, period.span[0] - 20) : period.span[0]].lower()
                        for w in lex.same_period_words)
            ):
                # "$605 million in January–May 2024, compared with $560 million in the same period
                # of 2023": the months of the figure before, in the year named
                same = shift_year(prev_period, period.start.year - prev_period.start.year)
                period = Period(same.start, same.end, same.label, period.span)
            prev_period = period if period is not None and period.start is not None else None
            if metric == "other" and not include_other:
                continue
            figures.append(
                TradeFigure(
                    metric=metric,
                    low=a.low,
                    high=a.high,
                    currency=currency,
                    bound=bound,
                    kind=kind,
                    period_start=_timestamp(period.start) if period and period.start else None,
                    period_end=_timestamp(period.end) if period and period.end else None,
                    period=period.label if period else None,
                    reporter=reporter,
                    partner=partner,
                    quote=a.quote,
                    start=a.start,
                    end=a.end,
                    sentence=sentence_text,
                    source=source,
                )
            )
    return figures, attrs
