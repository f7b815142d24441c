"""Period expressions → inclusive date ranges, resolved against a reference date.

>>> ref = date(2024, 11, 25)
>>> [(p.label, p.start, p.end) for p in find_periods("in the first half of 2024", ref)]
[('2024H1', datetime.date(2024, 1, 1), datetime.date(2024, 6, 30))]
>>> [p.label for p in find_periods("last year, Q3 2023, 9M 2024, 1H24, January–June 2024", ref)]
['2023', '2023Q3', '2024-01..2024-09', '2024H1', '2024H1']
>>> [p.label for p in find_periods("in the third quarter, by 2030, this year", ref)]
['2024Q3', '2030', '2024']
>>> [(p.label, p.relation) for p in find_periods("within five years, by the end of the decade", ref)]
[('2029', 'by'), ('2030', 'by')]
>>> [p.label for p in find_periods("over the next 3 years; its lowest in five years; over ten years", ref)]
['2027']
>>> [p.label for p in find_periods("in January–April of 2022 and in March of 2023", ref)]
['2022-01..2022-04', '2023-03']
>>> find_periods("on June 14 of this year", ref)[0].label   # a day names no period; "this year" does
'2024'
>>> [p.label for p in find_periods("за первое полугодие 2024 года, в III квартале, в прошлом году", ref, "ru")]
['2024H1', '2024Q3', '2023']
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from functools import cache, lru_cache
from typing import Any

from ._lexicon import FISCAL_YEAR_NAMED_BY_START, FISCAL_YEAR_STARTS, LEXICONS
from ._regex import alternation, guard_alternatives

__all__ = [
    "Period", "find_periods", "fiscal_year", "infer_reference_year", "label_for", "part_within", "shift_year",
]


@dataclass(frozen=True, slots=True)
class Period:
    """A resolved period: inclusive dates, a label, and where the words sit in the text.

    ``relation`` is ``"earlier"`` for "a year earlier" (resolved by the extractor against the other
    period of the sentence), ``"by"`` for "by 2030", ``"until"`` for "until 2030" (a "by" only
    in a forecast), ``"annual"`` for "annual"/"a year" and
    ``"fiscal"`` for a split year ("2023-24", "FY24": both calendar years, until
    :func:`fiscal_year` knows whose it is).
    """

    start: date | None
    end: date | None
    label: str | None
    span: tuple[int, int]
    relation: str = ""
    # the months of the year a period named without a year covers, for a fiscal year it may turn
    # out to be part of: ("nth", 1, 6) for "the first half" (counted from the year's start),
    # ("named", 7, 2) for "July-February" (calendar months)
    part: tuple[str, int, int] | None = None


@lru_cache(maxsize=4096)
def _month_end(year: int, month: int) -> date:
    """The last day of a month (cached: ~0.55 -> 0.12 µs a call, ~3,000 calls a MB of newsgen text)."""
    return date(year, month, calendar.monthrange(year, month)[1])


@lru_cache(maxsize=4096)  # few distinct ranges: ~1.3 -> 0.12 µs a call
def label_for(start: date, end: date) -> str:
    """A readable label for an inclusive date range.

    >>> label_for(date(2024, 1, 1), date(2024, 6, 30))
    '2024H1'
    >>> label_for(date(2024, 7, 1), date(2024, 9, 30))
    '2024Q3'
    >>> label_for(date(2024, 1, 1), date(2024, 9, 30))
    '2024-01..2024-09'
    >>> label_for(date(2020, 1, 1), date(2022, 12, 31))
    '2020..2022'
    >>> label_for(date(2023, 7, 1), date(2024, 3, 31))
    '2023-07..2024-03'
    """
    full_months = start.day == 1 and end == _month_end(end.year, end.month)
    if full_months and start.year != end.year and not (start.month == 1 and end.month == 12):
        return f"{start.year}-{start.month:02d}..{end.year}-{end.month:02d}"
    if full_months and start.year == end.year:
        if start.month == 1 and end.month == 12:
            return str(start.year)
        if (start.month, end.month) in ((1, 6), (7, 12)):
            return f"{start.year}H{1 if start.month == 1 else 2}"
        if start.month % 3 == 1 and end.month == start.month + 2:
            return f"{start.year}Q{(start.month + 2) // 3}"
        if start.month == end.month:
            return f"{start.year}-{start.month:02d}"
        return f"{start.year}-{start.month:02d}..{end.year}-{end.month:02d}"
    if full_months and (start.month, end.month) == (1, 12):
        return f"{start.year}..{end.year}"
    return f"{start.isoformat()}..{end.isoformat()}"


def _span_months(year: int, first: int, last: int) -> tuple[date, date]:
    return date(year, first, 1), _month_end(year, last)


@cache
def _pattern(lang: str) -> re.Pattern[str]:
    """The lexicon's period template, filled with its words; each shape behind a one-character
    lookahead, as re would otherwise try every shape at every word (0.6 of the time; a property test
    checks it finds what the plain pattern finds)."""
    return re.compile(guard_alternatives(_source(lang), r"(?<![\w])", re.IGNORECASE | re.VERBOSE))


@cache
def _source(lang: str) -> str:
    """The lexicon's period template, filled with its words."""
    lex = LEXICONS[lang]
    names = {m.capitalize() if lex.months_capitalised else m for m in lex.months}
    # Capitalised month names only where the lexicon says so: "may" and "march" are also verbs.
    # Tries, not flat alternations: the month and ordinal scans run at every position.
    month = rf"(?-i:{alternation(names)}\.?)" if lex.months_capitalised else alternation(names)
    ordinal = alternation(lex.ordinals)
    counts = alternation(w for w, v in lex.number_words.items() if 2 <= v <= 11)
    # "within five years": one to ten, not "a" ("in a year" is a rate, not a time ahead)
    years_count = alternation(
        w for w, v in lex.number_words.items() if 1 <= v <= 10 and w not in lex.number_articles
    )
    rel_year = lex.period_relative_year

    def year_ref(p: str) -> str:
        """A year after a half, quarter or month count: 2024, last year, '24 (groups pY, pRY, pYY)."""
        return rf"(?P<{p}Y>(?:19|20)\d{{2}})(?![\d])|(?P<{p}RY>{rel_year})|'(?P<{p}YY>\d{{2}})(?![\d])"

    words = "|".join(lex.period_range_words)
    dash = rf"\s*(?:[-\u2010-\u2015\u2212]|{words})\s*"
    source: str = lex.period_template.format(
        ordinal=ordinal,
        month=month,
        counts=counts,
        years_count=years_count,
        dash=dash,
        rel_year=rel_year,
        earlier=lex.period_earlier,
        year_ref_h=year_ref("h"),
        year_ref_q=year_ref("q"),
        year_ref_m=year_ref("m"),
    )
    return source


@cache
def _phrase_pattern(lang: str) -> re.Pattern[str] | None:
    """The lexicon's period phrases and twelve-month spans, as one pattern."""
    lex = LEXICONS[lang]
    if not lex.period_phrase_template:
        return None
    names = {m.capitalize() if lex.months_capitalised else m for m in lex.months}
    month = rf"(?-i:{alternation(names)}\.?)" if lex.months_capitalised else alternation(names)
    phrases = "|".join(f"(?:{p})" for p in sorted(lex.period_phrases, key=len, reverse=True))
    body = lex.period_phrase_template.format(phrases=phrases, month=month)
    flags = re.IGNORECASE | re.VERBOSE
    return re.compile(guard_alternatives(rf"(?<![\w])(?:{body})(?![\w])", r"(?<![\w])", flags), flags)


@cache
def _phrase_anchors(lang: str) -> re.Pattern[str] | None:
    """The lexicon's period phrase anchors as one pattern of literal text (a trie), searched for in
    the lower-cased sentence: the 3,900 sentences of 1 MB of newsgen text 14.3 -> 10.5 ms, against
    ``in`` tests of the anchors grouped by their longest word."""
    anchors = LEXICONS[lang].period_phrase_anchors
    if not anchors:
        return None
    if any("*" in a for a in anchors):  # a "*" is a stem in alternation(), here it is itself
        return re.compile("|".join(re.escape(a) for a in anchors))
    return re.compile(alternation(anchors, space=" "))


def _find_phrases(text: str, ref: date | None, lang: str, start: int, end: int) -> list[Period]:
    """The periods named by a phrase ("in the period under review", "last month") or as twelve
    months to a month ("the year to April 2019"), where the text holds an anchor word."""
    pattern, lex = _phrase_pattern(lang), LEXICONS[lang]
    low = text[start:end].lower()
    anchors = _phrase_anchors(lang)
    if pattern is None or anchors is None or anchors.search(low) is None:
        return []
    out = []
    for m in pattern.finditer(text, start, end):
        rng: tuple[date, date] | None = None
        relation = ""
        if m.group("phrase"):
            rng, relation = _phrase(m.group("phrase"), ref, lang)
        else:
            month = lex.months[(m.group("toM") or m.group("yrM")).rstrip(".").lower()]
            y = m.group("toY") or m.group("yrY")
            if y:
                rng = twelve_months_to(int(y), month)
            elif (ended := _latest_ended(month, month, ref)) is not None:
                rng = twelve_months_to(ended[0].year, month)
        label = label_for(*rng) if rng else None
        out.append(Period(rng[0] if rng else None, rng[1] if rng else None, label, m.span(), relation))
    return out


@cache
def _phrases(lang: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """The lexicon's period phrases, each compiled alone: to tell which one matched."""
    return tuple((re.compile(p, re.IGNORECASE), how) for p, how in LEXICONS[lang].period_phrases.items())


def _phrase(words: str, ref: date | None, lang: str) -> tuple[tuple[date, date] | None, str]:
    """The dates of a period phrase, where the reference date alone gives them ("last month",
    "по итогам года"), and how it is resolved; the rest need the document (see ``context``)."""
    how = next((h for p, h in _phrases(lang) if p.fullmatch(words)), "back")
    if ref is not None and how == "last_month":
        y, mth = (ref.year, ref.month - 1) if ref.month > 1 else (ref.year - 1, 12)
        return _span_months(y, mth, mth), ""
    if ref is not None and how == "this_year":
        return (date(ref.year, 1, 1), date(ref.year, 12, 31)), ""
    return None, how


def twelve_months_to(year: int, month: int) -> tuple[date, date]:
    """The twelve months ending with ``month`` of ``year``.

    >>> twelve_months_to(2019, 6)
    (datetime.date(2018, 7, 1), datetime.date(2019, 6, 30))
    """
    start = date(year, month + 1, 1) if month < 12 else date(year, 1, 1)
    return (start.replace(year=year - 1) if month < 12 else start), _month_end(year, month)


def _year_of(m: re.Match[str], prefix: str, ref: date | None, lang: str) -> int | None:
    y = m.group(f"{prefix}Y") if f"{prefix}Y" in m.re.groupindex else None
    if y:
        return int(y)
    ry = m.group(f"{prefix}RY") if f"{prefix}RY" in m.re.groupindex else None
    if ry:
        return _relative_year(ry, ref, lang)
    yy = m.group(f"{prefix}YY") if f"{prefix}YY" in m.re.groupindex else None
    if yy:
        return 2000 + int(yy[-2:])
    return None


def _relative_year(words: str, ref: date | None, lang: str) -> int | None:
    """The year of "last year", "в прошлом году": the phrase, or its first word, in the lexicon."""
    if ref is None:
        return None
    table = LEXICONS[lang].relative_years
    w = " ".join(words.lower().split())
    if w in table:
        return ref.year + table[w]
    for word in w.split():  # "в прошлом году", "весь прошлый год": the word that says which
        if word in table:
            return ref.year + table[word]
    return ref.year - 1  # the previous year, the past year


def _count(raw: str, lang: str) -> int:
    """A count written in digits or as a word: "9", "nine"."""
    return int(raw) if raw.isdigit() else int(LEXICONS[lang].number_words[raw.lower()])


def _end_of(what: str, ref: date | None, lang: str = "en") -> int | None:
    """The year of "by the end of the year" (the reference year) or "of the decade" (the next year
    ending in 0, as people say it: 2030 for 2024 and for 2030).

    >>> [_end_of(what, date(y, 5, 1)) for what, y in (("decade", 2024), ("decade", 2030), ("year", 2024))]
    [2030, 2030, 2024]
    """
    if ref is None:
        return None
    return ref.year + (-ref.year) % 10 if what.lower() in LEXICONS[lang].period_decade_words else ref.year


def _is_ahead(m: re.Match[str], text: str, start: int, lang: str) -> bool:
    """Whether "within/in/over N years" looks ahead: "over" only as "over the next N years", and
    "in N years" not after a superlative ("the lowest in five years" is a span before now)."""
    lex = LEXICONS[lang]
    word = m.group("ahead").lower()
    if m.group("next") or word in lex.period_ahead_words:
        return True
    if word not in lex.period_ahead_checked_words:
        return False
    before = text[max(start, m.start() - 40) : m.start()]
    past = lex.period_past_span_before
    return past is None or not re.search(past, before)


def _past_span(text: str, lo: int, at: int, lang: str) -> bool:
    """Whether a count of months at ``at`` ends a superlative ("the first rise in three months",
    "its lowest in six months"): a span back from now."""
    past = LEXICONS[lang].period_past_span_months
    return past is not None and re.search(past, text[max(lo, at - 48) : at]) is not None


def _latest_ended(first: int, last: int, ref: date | None) -> tuple[date, date] | None:
    """A half, quarter or month range named without a year: the latest one ended by ``ref``."""
    if ref is None:
        return None
    year = ref.year if _month_end(ref.year, last) <= ref else ref.year - 1
    return _span_months(year, first, last)


# the groups find_periods reads; the English template has them all
_GROUPS = frozenset(
    ("hord", "hnum", "hnum2", "hnum3", "hY2", "hYY2", "hYY3", "hY3", "qord", "qnum", "qnum2",
     "qnum3", "qY2", "qYY2", "qYY3", "qY3", "mcount", "mcount2", "qcount", "mYY2", "m1", "m2", "rY", "rY1",
     "rF1", "rF2", "m0", "mto", "asof", "asofY", "dcount", "dm", "dY", "dm2", "d1", "d2", "dY2",
     "oY", "rRY", "oRY", "y1", "y2", "yfp", "yfy",
     "fy1", "fy2", "fy3", "by", "byY", "endof", "ahead", "next", "aheadN", "sY",
     "earlier", "rel", "annual", "pd")
)


@cache
def _complete(lang: str) -> bool:
    """Whether the language's template has every group find_periods reads."""
    return _pattern(lang).groupindex.keys() >= _GROUPS


def find_periods(
    text: str, ref: date | None, lang: str = "en", start: int = 0, end: int | None = None
) -> list[Period]:
    """Every period expression in ``text[start:end]``, resolved against the reference date ``ref``;
    spans index ``text`` (reading a sentence in place, without copying it out).

    Periods that need a reference date resolve to ``start=end=label=None`` when ``ref`` is None.
    """
    out: list[Period] = []
    pattern = _pattern(lang)
    complete = _complete(lang)
    for m in pattern.finditer(text, start, len(text) if end is None else end):
        # a language's template need not have every shape: read absent groups as unmatched
        p = _period_of(m, m.group if complete else m.groupdict().get, ref, lang, text, start)
        if p is not None:
            out.append(p)
    out = _parts_joined(out, text, lang)
    phrases = _find_phrases(text, ref, lang, start, len(text) if end is None else end)
    if not phrases:
        return out
    phrases = [q for q in (_fiscal_part(q, out, text, lang) for q in phrases) if q is not None]
    # a phrase wins over the shapes inside it ("the year to April 2019" is not April 2019); one
    # pointing back yields to a period named right after it ("in the period between January and June")
    named = [p.span[0] for p in out if p.start is not None]
    phrases = [q for q in phrases if q.relation != "back" or not any(0 <= s - q.span[1] <= 10 for s in named)]
    # "Годом ранее за эти месяцы", "a year earlier, over the same months": the months in force, a year back
    earlier = [p.span[1] for p in out if p.relation == "earlier"]
    phrases = [q for q in phrases if q.relation != "back" or not any(0 <= q.span[0] - e <= 3 for e in earlier)]
    phrases = [_split_year_ended(q, out) for q in phrases]
    kept = [p for p in out if not any(q.span[0] < p.span[1] and p.span[0] < q.span[1] for q in phrases)]
    return sorted(kept + phrases, key=lambda p: p.span)


@cache
def _part_of_gap(lang: str) -> re.Pattern[str]:
    """What may stand between a part and the period it is part of ("of", "of the")."""
    return re.compile(LEXICONS[lang].period_part_of)


def _parts_joined(found: list[Period], text: str, lang: str) -> list[Period]:
    """Periods that name one: "the first eight months (July-February)" is the months in brackets,
    "the 11 months from April 2012 to February 2013" the months named;
    "the first quarter of fiscal year 2022-23", "Q1 of FY23", "April-June of FY24" are part of a
    fiscal year (see :func:`fiscal_year`)."""
    if len(found) < 2:
        return found
    gap = _part_of_gap(lang)
    out: list[Period] = []
    for p in found:
        last = out[-1] if out else None
        if last is None or last.part is None or not gap.fullmatch(text, last.span[1], p.span[0]):
            out.append(p)
        elif last.part[0] == "nth" and p.relation == "" and _is_month_range(p):
            out[-1] = replace(p, span=(last.span[0], p.span[1]))
        elif p.relation in ("fiscal", "fy"):
            out[-1] = replace(p, span=(last.span[0], p.span[1]), part=last.part)
        else:
            out.append(p)
    return out


def _split_year_ended(q: Period, found: list[Period]) -> Period:
    """"The 2008-2009 fiscal year that ended June 30": the twelve months to that month of the split
    year's second year (not the latest such twelve months)."""
    if q.end is None or q.relation:
        return q
    for p in found:
        if p.relation == "fiscal" and p.end is not None and p.span[0] < q.span[1] and q.span[0] < p.span[1]:
            start, end = twelve_months_to(p.end.year, q.end.month)
            return Period(start, end, label_for(start, end), (min(p.span[0], q.span[0]), q.span[1]))
    return q


def _fiscal_part(q: Period, found: list[Period], text: str, lang: str) -> Period | None:
    """A fiscal year named from the publication date ("the current fiscal year") with the part
    of it named just before: "the first ten months of the current fiscal year" is those months of
    it; in "July-February of the current fiscal year" the months named (the latest) say it all."""
    if not q.relation.startswith("fiscal_"):
        return q
    gap = _part_of_gap(lang)
    for p in found:
        if p.part is not None and p.span[1] <= q.span[0] and gap.fullmatch(text, p.span[1], q.span[0]):
            return replace(q, span=(p.span[0], q.span[1]), part=p.part) if p.part[0] == "nth" else None
    return q


def _is_month_range(p: Period) -> bool:
    """Whether ``p`` names two months or more, not whole years."""
    if p.start is None or p.end is None:
        return p.part is not None and p.part[0] == "named" and p.part[1] != p.part[2]
    return (p.start.year, p.start.month) != (p.end.year, p.end.month) and (p.start.month, p.end.month) != (1, 12)


def _part_of_year(
    m: re.Match[str], g: Callable[[str], Any], ref: date | None, lang: str, part: str
) -> tuple[int, int | None]:
    """The number and year of a half (``part`` "h") or quarter ("q") in any of the template's four
    shapes: "the first half of 2024", "H1 2024" / "H1'24", "1H24", "2024H1"."""
    if g(f"{part}ord"):
        return LEXICONS[lang].ordinals[g(f"{part}ord").lower()], _year_of(m, part, ref, lang)
    if g(f"{part}num"):
        yy = g(f"{part}YY2")
        year = int(g(f"{part}Y2")) if g(f"{part}Y2") else (2000 + int(yy) if yy else None)
        return int(g(f"{part}num")), year
    if g(f"{part}num2"):
        return int(g(f"{part}num2")), 2000 + int(g(f"{part}YY3")[-2:])
    return int(g(f"{part}num3")), int(g(f"{part}Y3"))


def _period_of(
    m: re.Match[str], g: Callable[[str], Any], ref: date | None, lang: str, text: str, start: int
) -> Period | None:
    """The period one match of the template names, or None when the match is not one."""
    lex = LEXICONS[lang]
    span = m.span()
    rng: tuple[date, date] | None = None
    relation = ""
    part: tuple[str, int, int] | None
    year: int | None
    if g("pd"):
        return None  # a calendar date: when something was said or published, not a period of trade
    if g("hord") or g("hnum") or g("hnum2") or g("hnum3"):
        half, year = _part_of_year(m, g, ref, lang, "h")
        if half > 2:
            return None
        first, last = (1, 6) if half == 1 else (7, 12)
        rng = _span_months(year, first, last) if year else _latest_ended(first, last, ref)
        part = None if year else ("nth", first, last)
    elif g("qord") or g("qnum") or g("qnum2") or g("qnum3"):
        q, year = _part_of_year(m, g, ref, lang, "q")
        first, last = 3 * q - 2, 3 * q
        rng = _span_months(year, first, last) if year else _latest_ended(first, last, ref)
        part = None if year else ("nth", first, last)
    elif g("mcount") or g("mcount2") or g("qcount"):
        # "the first nine months", "9M24"; "the first three quarters" is nine months too
        n = 3 * _count(g("qcount"), lang) if g("qcount") else _count(g("mcount") or g("mcount2"), lang)
        bare = g("mcount") is not None and m.start("mcount") == span[0] and not g("mto")  # "in three months"
        if not 1 <= n <= 12 or (bare and _past_span(text, start, span[0], lang)):
            return None  # "the first rise in three months": a span back from now, not months of a year
        year = 2000 + int(g("mYY2")[-2:]) if g("mcount2") else _year_of(m, "m", ref, lang)
        if g("mto"):  # "the ten months to October": the months ending with it
            return _months_to(m, n, lex.months[g("mto").rstrip(".").lower()], year, ref)
        rng = _span_months(year, 1, n) if year else _latest_ended(1, n, ref)
        part = None if year else ("nth", 1, n)
    elif g("dm") or g("dm2"):
        return _days(m, g, ref, lang)
    elif "mq" in m.re.groupindex and (g("mq") or g("mq2")):  # a shape of the English template only
        last = lex.months[(g("mq") or g("mq2")).rstrip(".").lower()]
        return _months_to(m, 3, last, int(g("mqY")) if g("mqY") else None, ref)
    elif g("asof"):  # "на 1 октября", "as of 1 October": the year's months before that day
        first_after = lex.months[g("asof").rstrip(".").lower()]
        year = int(g("asofY")) if g("asofY") else None
        if first_after == 1:
            return _months_to(m, 12, 12, year - 1 if year else None, ref)
        return _months_to(m, first_after - 1, first_after - 1, year, ref)
    elif g("m1"):
        return _month_range(m, g, ref, lang)
    elif g("m0"):
        a = lex.months[g("m0").rstrip(".").lower()]
        named = int(g("oY")) if g("oY") else (_relative_year(g("oRY"), ref, lang) if g("oRY") else None)
        rng = _span_months(named, a, a) if named is not None else _latest_ended(a, a, ref)
        part = None if named is not None else ("named", a, a)
    else:
        return _year_shape(m, g, ref, lang, text, start)
    if rng is None:
        return Period(None, None, None, span, relation, part)
    return Period(rng[0], rng[1], label_for(*rng), span, relation, part)


def _months_to(m: re.Match[str], n: int, last: int, year: int | None, ref: date | None) -> Period:
    """``n`` months ending with month ``last`` of ``year``, else of the latest year it has ended by."""
    if year is None:
        if ref is None:
            return Period(None, None, None, m.span())
        year = ref.year if _month_end(ref.year, last) <= ref else ref.year - 1
    first_year, first = (year, last - n + 1) if last - n + 1 >= 1 else (year - 1, last - n + 13)
    start, end = date(first_year, first, 1), _month_end(year, last)
    return Period(start, end, label_for(start, end), m.span())


def _days(m: re.Match[str], g: Callable[[str], Any], ref: date | None, lang: str) -> Period | None:
    """"The first ten days of November", "Nov. 1-10": days of a month, in the year named or the
    latest year whose days are past by the reference date."""
    lex = LEXICONS[lang]
    month = lex.months[(g("dm") or g("dm2")).rstrip(".").lower()]
    if g("dm"):
        first, last = 1, _count(g("dcount"), lang)
    else:
        first, last = int(g("d1")), int(g("d2"))
    named = g("dY") or g("dY2")
    if last < first or last > _month_end(2001, month).day:
        return None
    if named:
        year = int(named)
    elif ref is not None:
        year = ref.year if date(ref.year, month, last) <= ref else ref.year - 1
    else:
        return Period(None, None, None, m.span())
    start, end = date(year, month, first), date(year, month, last)
    return Period(start, end, label_for(start, end), m.span())


def _month_range(m: re.Match[str], g: Callable[[str], Any], ref: date | None, lang: str) -> Period | None:
    """"January-March 2024", "July-March" (across the new year, ending in the year named or the
    latest), "April 2022 to February 2023", "July-February 2018-19" (the months of a split year)."""
    lex = LEXICONS[lang]
    a, b = (lex.months[g(k).rstrip(".").lower()] for k in ("m1", "m2"))
    named = int(g("rY")) if g("rY") else (_relative_year(g("rRY"), ref, lang) if g("rRY") else None)
    first = int(g("rY1")) if g("rY1") else None
    if g("rF1"):  # a split year: the months from its first year on, January-March in its second
        if int(g("rF2")) != (int(g("rF1")) + 1) % 100:
            return None
        first = int(g("rF1")) if b < a or a >= 4 else int(g("rF1")) + 1
        named = first + (b < a)
    if first is not None and named is None:
        named = first + (b < a)
    part: tuple[str, int, int] | None = None
    if named is None:
        part = ("named", a, b)
        if ref is None:
            return Period(None, None, None, m.span(), "", part)
        named = ref.year if _month_end(ref.year, b) <= ref else ref.year - 1
    if first is None:
        first = named - (b < a)
    if first > named or (first == named and b < a):
        return None
    rng = date(first, a, 1), _month_end(named, b)
    return Period(rng[0], rng[1], label_for(*rng), m.span(), "", part)


def _year_shape(
    m: re.Match[str], g: Callable[[str], Any], ref: date | None, lang: str, text: str, start: int
) -> Period | None:
    """The period of a match naming whole years or a time ahead ("2020-2022", "FY24", "by 2030",
    "within five years", "last year", "a year earlier", "annual")."""
    lex = LEXICONS[lang]
    span = m.span()
    rng: tuple[date, date] | None = None
    relation = ""
    year: int | None
    if g("y1"):
        y1, y2 = int(g("y1")), int(g("y2"))
        if y2 <= y1:
            return None
        rng = (date(y1, 1, 1), date(y2, 12, 31))
        if y2 == y1 + 1 and (g("yfp") or g("yfy")):
            relation = "fiscal"  # "the 2008-2009 fiscal year", "fiscal year 2022-2023": a split year
    elif g("fy1") or g("fy3"):
        # a split or fiscal year ("2023-24", "FY24"): both calendar years until the extractor
        # knows whose fiscal year it is (relation "fiscal")
        if g("fy1"):
            y1 = int(g("fy1"))
            if int(g("fy2")) != (y1 + 1) % 100:
                return None
        else:
            y1 = int(g("fy3")) + (2000 if len(g("fy3")) == 2 else 0) - 1  # FY24: the year ending in 2024
        rng, relation = (date(y1, 1, 1), date(y1 + 1, 12, 31)), "fy" if g("fy3") else "fiscal"
    elif g("by"):
        y = int(g("byY"))
        # "until 2033" may say how long ("covers deliveries until 2033"), not by when
        until = g("by").lower() in lex.period_until_words
        rng, relation = (date(y, 1, 1), date(y, 12, 31)), "until" if until else "by"
    elif g("endof"):
        year = _end_of(g("endof"), ref, lang)
        rng, relation = ((date(year, 1, 1), date(year, 12, 31)) if year else None), "by"
    elif g("ahead"):
        if not _is_ahead(m, text, start, lang):
            return None
        year = ref.year + _count(g("aheadN"), lang) if ref else None
        rng, relation = ((date(year, 1, 1), date(year, 12, 31)) if year else None), "by"
    elif g("sY"):
        y = int(g("sY"))
        rng = (date(y, 1, 1), date(y, 12, 31))
    elif g("earlier"):
        return Period(None, None, None, span, "earlier")
    elif g("rel"):
        ry = _relative_year(g("rel"), ref, lang)
        rng = (date(ry, 1, 1), date(ry, 12, 31)) if ry else None
    elif g("annual"):
        rng = (date(ref.year, 1, 1), date(ref.year, 12, 31)) if ref else None
        relation = "annual"
    if rng is None:
        return Period(None, None, None, span, relation)
    return Period(rng[0], rng[1], label_for(*rng), span, relation)


def shift_year(p: Period, years: int) -> Period:
    """The same period ``years`` earlier (negative) or later: for "a year earlier"."""
    if p.start is None or p.end is None:
        return p
    start = p.start.replace(year=p.start.year + years)
    end = (
        _month_end(p.end.year + years, p.end.month)
        if p.end.day >= 28
        else p.end.replace(year=p.end.year + years)
    )
    return replace(p, start=start, end=end, label=label_for(start, end))


# A year ("2024"), or a half or quarter with a two-digit year as find_periods reads them ("1H24",
# "H1'24", "3Q23", "Q3 23"; group 1 its year). Written as one first character, then what may follow
# it, so that re skips ahead to that character: as fast as the plain year pattern alone.
_YEAR = re.compile(
    r"[1-4HQ](?:(?<=1)9\d\d(?![\d%])|(?<=2)0\d\d(?![\d%])"
    r"|(?<![\w].)(?:(?<=[12])H|(?<=[1-4])Q|(?<=H)[12]\s?|(?<=Q)[1-4]\s?)'?(\d{2})(?![\w]))"
)
# "by 2030", "к 2030 году", "by the end of 2030": the forward-looking words of every language (a
# text may mix them)
_END_OF = "|".join(
    rf"{alternation([w])}\s+" for w in dict.fromkeys(w for lex in LEXICONS.values() for w in lex.period_end_of)
)
_FORWARD = re.compile(
    r"(?i)(?<![\w])(?:"
    + "|".join(sorted({w for lex in LEXICONS.values() for w in lex.forward_year_words}, key=len, reverse=True))
    + rf")\s+(?:{_END_OF})?$"
)
# the first year of a span and its dash or "to", just before the second: "2024–2027", "2020 to 2022"
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_SPAN_WORDS = tuple(dict.fromkeys(w.lower() for lex in LEXICONS.values() for w in lex.year_span_words))
_RANGE_FROM = re.compile(
    rf"(?i)(?<![\w])((?:19|20)\d{{2}})\s*(?:[{_DASHES}]"
    + "".join(f"|{re.escape(w)}" for w in _SPAN_WORDS)
    + r")\s*$"
)


def _ends_with_span_word(tail: str) -> bool:
    """Whether ``tail`` ends with a span word ("to", "по"), in any case: a loop, not any(genexpr),
    ~2x fewer instructions for one of the few span words, asked of every year of every text."""
    for w in _SPAN_WORDS:  # noqa: SIM110
        if tail[-len(w) :].lower() == w:
            return True
    return False


def _ends_range(before: str, year: int) -> bool:
    """Whether ``year`` closes a span of years whose first year is at the end of ``before``.

    >>> _ends_range("The programme for 2024–", 2027), _ends_range("plan for 2024 to ", 2030)
    (True, True)
    >>> _ends_range("in 2022, and in ", 2023), _ends_range("the 2023-", 2023)
    (False, False)
    """
    tail = before.rstrip()
    if not (tail[-1:] in _DASHES or _ends_with_span_word(tail)):
        return False  # the common case, told without a search
    m = _RANGE_FROM.search(before)
    return m is not None and int(m.group(1)) < year


@cache
def _forward_cue() -> re.Pattern[str]:
    """Projection and future-event words of every lexicon, to be searched in the text just before
    a year; a cue that is also a month ("may") only in lower case, as in the extractor."""
    words: list[str] = []
    verbs: list[str] = []
    for lex in LEXICONS.values():
        months = {m.lower() for m in lex.months} if lex.months_capitalised else set()
        for w in (*lex.projection_cues, *lex.future_event_words):
            (verbs if w in months else words).append(w)
    lower = f"|(?-i:{alternation(verbs)})" if verbs else ""
    return re.compile(rf"(?i)(?<![\w])(?:{alternation(words)}{lower})(?![\w])")


_SENTENCE_END = re.compile(r"[.!?;]\s|\n")


def _looks_ahead(text: str, at: int) -> bool:
    """Whether a projection or future-event word stands before the year at ``at``, in its sentence
    and at most ~80 characters back ("will reach $15bn in 2025", "take effect on March 21, 2025")."""
    lo = max(0, at - 80)
    for m in _SENTENCE_END.finditer(text, lo, at):
        lo = m.end()
    return _forward_cue().search(text, lo, at) is not None


def fiscal_year(period: Period, *countries: str | None) -> Period:
    """A split year ("2023-24") or one named by a year ("FY24", "fiscal 2024": relation "fy") as
    the fiscal year of the first of ``countries`` whose fiscal year does not start in January;
    otherwise a split year is both calendar years and one named by a year is that year. Japan
    names its fiscal year by the year it starts in.

    >>> fy = Period(date(2023, 1, 1), date(2024, 12, 31), "2023..2024", (0, 7), "fiscal")
    >>> fiscal_year(fy, "IND").label, fiscal_year(fy, None, "PAK").label, fiscal_year(fy, "RUS").label
    ('2023-04..2024-03', '2023-07..2024-06', '2023..2024')
    >>> named = Period(date(2023, 1, 1), date(2024, 12, 31), "2023..2024", (0, 4), "fy")
    >>> fiscal_year(named, "USA").label, fiscal_year(named, "JPN").label, fiscal_year(named, "RUS").label
    ('2023-10..2024-09', '2024-04..2025-03', '2024')
    """
    if period.relation not in ("fiscal", "fy") or period.end is None:
        return period
    for code in countries:
        first = FISCAL_YEAR_STARTS.get(code or "")
        if first:
            y = period.end.year + (period.relation == "fy" and code in FISCAL_YEAR_NAMED_BY_START)
            whole = date(y - 1, first, 1), _month_end(y, first - 1)
            start, end = part_within(period.part, y - 1, first) or whole
            return Period(start, end, label_for(start, end), period.span, "fiscal")
    y = period.end.year if period.relation == "fy" else period.start.year if period.start else period.end.year
    within = part_within(period.part, y, 1)
    if within is not None:
        return Period(*within, label_for(*within), period.span)
    if period.relation == "fy":
        return Period(date(y, 1, 1), date(y, 12, 31), str(y), period.span)
    return period


def part_within(part: tuple[str, int, int] | None, year: int, first: int) -> tuple[date, date] | None:
    """The months ``part`` names of the year starting in month ``first`` of ``year``: counted
    from its start ("nth": the first quarter of a July year is July-September), or as named.

    >>> part_within(("nth", 1, 3), 2022, 7), part_within(("named", 7, 2), 2018, 7)[1]
    ((datetime.date(2022, 7, 1), datetime.date(2022, 9, 30)), datetime.date(2019, 2, 28))
    """
    if part is None:
        return None
    kind, a, b = part
    if kind == "nth":
        a, b = (first + a - 2) % 12 + 1, (first + b - 2) % 12 + 1
    ya, yb = year + (a < first), year + (b < first)
    if (yb, b) < (ya, a):  # "July-February" of a calendar year: across the new year
        yb += 1
    return date(ya, a, 1), _month_end(yb, b)


def infer_reference_year(text: str) -> int | None:
    """The latest year the text speaks of as present: the reference year when none is given.

    Years after "by", "until" and the like look forward ("by 2030") and are not counted, nor the
    second year of a span ("the programme for 2024–2027"): only its first may be the present.
    A half or quarter with a two-digit year ("1H24", "Q3'23") counts as its year. A year a
    projection or future-event word stands before in its sentence ("will reach $15bn in 2025",
    "the rules take effect on March 21, 2025") counts only when no other year does.

    >>> infer_reference_year("in the first half of 2024 ... agreements of 2020-2022 ... by 2030")
    2024
    >>> infer_reference_year("The programme for 2024–2027 envisages new rail links.")
    2024
    >>> infer_reference_year("In 1H24, Thai exports rose; in 2023 they fell.")
    2024
    >>> infer_reference_year("Exports rose to $5bn in 2024. The rules take effect on March 21, 2025.")
    2024
    >>> infer_reference_year("Trade reached $8.3bn in H1 2024, and we expect $15bn in 2025.")
    2024
    >>> infer_reference_year("Trade will reach $15bn in 2025.")
    2025
    >>> infer_reference_year("no years here") is None
    True
    """
    years: list[tuple[int, int]] = []  # (year, where)
    for m in _YEAR.finditer(text):
        at, short = m.start(), m.group(1)
        if not short and at and (text[at - 1].isalnum() or text[at - 1] in "_$€£¥.,"):
            continue  # part of a longer number or word, or money ("$2024")
        before = text[max(0, at - 20) : at]
        # _FORWARD ends in \s+: only a year after white space may follow a forward word
        if before[-1:].isspace() and _FORWARD.search(before):
            continue
        if short:  # "1H24"
            years.append((2000 + int(short), at))
        elif not _ends_range(before, int(m.group(0))):
            years.append((int(m.group(0)), at))
    if not years:
        return None
    for year, at in sorted(years, reverse=True):  # the latest year not looked forward to
        if not _looks_ahead(text, at):
            return year
    return max(years)[0]
