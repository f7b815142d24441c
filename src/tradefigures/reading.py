"""Reading: each figure's own cues, from its own sentence only.

For every amount of a sentence: its flow (trade, exports, imports, other), bound, whether it is a
projection, the period its sentence states for it, and the sides its sentence names. What the
sentence leaves open (no period, no sides) is left open here, with the reason, for the document stage
(:mod:`tradefigures.context`) to resolve from what came before.

>>> from tradefigures.extract import read_document
>>> text = "In 2023, exports to China reached $5 billion. Imports rose to $3 billion."
>>> doc = read_document(text, published=None, resolve=False)
>>> [(r.amount.quote, r.metric, r.period and r.period.label, r.reporter, r.partner) for r in doc.readings]
[('$5 billion', 'exports', '2023', None, 'CHN'), ('$3 billion', 'imports', None, None, None)]
>>> [(r.amount.quote, r.period.label, r.period_source) for r in read_document(text, published=None).readings]
[('$5 billion', '2023', 'stated'), ('$3 billion', '2023', 'carried')]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, lru_cache
from itertools import pairwise
from typing import TypeGuard

from ._lexicon import FISCAL_YEAR_STARTS, GROUPS, LEXICONS, Lexicon
from ._regex import lookup, may_end_with, may_hold, plain_lower
from .cues import Cues, cues_for, scan
from .numbers import Amount
from .periods import Period, find_periods, label_for, part_within, shift_year
from .segment import Sentence

__all__ = ["Document", "Reading", "is_dated", "read_sentence", "same_months"]


@dataclass(slots=True)
class Reading:
    """One figure as the stages have read it so far; the ``*_source`` fields say where each
    column came from (``stated``: its own sentence; ``carried``: an earlier sentence;
    ``inferred``: the reference date; None: nothing) and the ``*_why`` fields say how."""

    amount: Amount
    sentence: int
    metric: str
    bound: str
    projection: bool
    period: Period | None
    reporter: str | None = None
    partner: str | None = None
    period_source: str | None = None
    period_why: str = ""
    parties_source: str | None = None
    parties_why: str = ""
    # the sentence names no side of the trade at all (the document stage may carry them)
    no_sides: bool = False
    # its period is the base of a comparison ("a year earlier", "the same period of 2023"): it
    # does not set the period in force for the figures after it
    base: bool = False
    # "a year earlier" / "the same period of 2023" with nothing in its own sentence to count from:
    # the document stage anchors it on the period in force
    earlier_open: bool = False
    same_open: bool = False
    # the level a change started from, with no period in its sentence ("вырос (с $4,1 млрд до
    # $5,7 млрд)"): a year before the period in force, if one is
    before_change: bool = False
    # its own sentence says it has no period ("deliveries until 2033" is how long a contract runs)
    keep_open: bool = False
    # a flow with the whole world ("total exports"): its partner stays empty
    world: bool = False
    # its reporter is named only as the country the report is about ("the kingdom's exports")
    home_owner: bool = False
    # an amount in brackets converting the figure before it ("28,37 млрд юаней /4,46 млрд долл. США/")
    converted: bool = False
    # its sentence names its sides with no word saying which is which ("the US was the largest
    # buyer of Korean goods, taking $9.1 billion"): in order of mention, for the document stage
    # to orient by the sides in force
    by_order: bool = False
    # why the flow is "other", where the reading knows ("an increment …")
    metric_why: str = ""



def _fiscal_part(p: Period, first: int, ref: date | None) -> Period:
    """A quarter or half with no year ("in Q1") as the latest of the fiscal year starting in
    month ``first`` that has ended by ``ref`` ("Q1" in a report on Pakistan's fiscal year is
    July–September)."""
    if p.part is None or p.part[0] != "nth" or p.relation or ref is None:
        return p
    for year in (ref.year, ref.year - 1, ref.year - 2):
        span = part_within(p.part, year, first)
        if span is not None and span[1] <= ref:
            return Period(*span, label_for(*span), p.span, p.relation, p.part)
    return p

@dataclass
class Document:
    """A text split and scanned: what every stage reads."""

    text: str
    ref: date | None
    sentences: list[Sentence]
    langs: list[str]
    amounts: list[Amount]
    include_other: bool
    readings: list[Reading] = field(default_factory=list)
    money_starts: list[int] = field(default_factory=list)
    _last_metric: dict[int, str | None] = field(default_factory=dict)
    _paragraph_metric: dict[int, str | None] = field(default_factory=dict)
    _sentence_texts: dict[int, str] = field(default_factory=dict)
    _periods: dict[int, list[Period]] = field(default_factory=dict)
    _sides_found: dict[int, list[tuple[int, int, str]]] = field(default_factory=dict)
    # the latest month of the publication year a span from January ends with (context._latest_named),
    # once it is asked for
    latest_named: list[tuple[int, int] | None] = field(default_factory=list)
    _fiscal_first: tuple[int, int] | None = None
    # the text lower-cased for the word scans, where it is plain (see cues.scan)
    lowered: str | None = None

    def __post_init__(self) -> None:
        self.money_starts = [a.start for a in self.amounts]
        if self.lowered is None:
            self.lowered = plain_lower(self.text)

    def flow_in(self, si: int) -> str | None:
        """The flow sentence ``si`` speaks of last (its last flow word; for a sentence with
        figures, its last figure's flow), or None: read once per sentence."""
        if si not in self._last_metric:
            m = None
            cues, sent = cues_for(self.langs[si]), self.sentences[si]
            for m in scan(cues.metric, cues.metric_lowered, self.text, self.lowered, sent.start, sent.end):  # noqa: B007
                pass
            self._last_metric[si] = cues.metric_of(m.group(0)) if m else None
        return self._last_metric[si]

    def sentence_text(self, si: int) -> str:
        """The text of sentence ``si``: one string for all its figures' rows (a copy each was
        most of the memory of "$1 $1 …", its sentences of 2,000 characters: 966 -> 227 B a character)."""
        found = self._sentence_texts.get(si)
        if found is None:
            sent = self.sentences[si]
            found = self._sentence_texts[si] = self.text[sent.start : sent.end]
        return found

    def periods_in(self, si: int) -> list[Period]:
        """Every period expression of sentence ``si``: found once per sentence (the document stage
        asks again of a sentence read already: ~1.5% of extract_many on benchmarks/newsgen.py text)."""
        found = self._periods.get(si)
        if found is None:
            sent = self.sentences[si]
            found = find_periods(self.text, self.ref, self.langs[si], sent.start, sent.end)
            if any(p.part is not None and p.part[0] == "nth" for p in found) and (fy := self.fiscal_first()):
                found = [_fiscal_part(p, fy[0], self.ref) if p.span[0] > fy[1] else p for p in found]
            self._periods[si] = found
        return found

    def fiscal_first(self) -> tuple[int, int] | None:
        """For a text that counts fiscal years: the month they start in (of the first country it
        names whose fiscal year is not the calendar year) and where the text first says "fiscal"
        (read once, when needed)."""
        if self._fiscal_first is None:
            self._fiscal_first = (0, 0)
            said = [m.start() for lang in set(self.langs) if (m := cues_for(lang).fiscal.search(self.text))]
            if said:
                codes = (code for si in range(len(self.sentences)) for _, _, code in self.sides(si))
                first = next((FISCAL_YEAR_STARTS[c] for c in codes if c in FISCAL_YEAR_STARTS), 0)
                self._fiscal_first = (first, min(said))
        return self._fiscal_first if self._fiscal_first[0] else None

    def paragraph_metric(self, si: int) -> str | None:
        """The flow the paragraph spoke of before sentence ``si`` (its nearest earlier mention).
        Kept for each sentence walked: walking back from each figure made a paragraph of many
        sentences without a flow word quadratic ("$1 $1 $1 …", 400,000 characters: 13.6 -> 6.5 s with
        context._period_given_after's)."""
        para, walked, found = self.sentences[si].paragraph, [], None
        k = si
        while k not in self._paragraph_metric:
            walked.append(k)
            if k == 0 or self.sentences[k - 1].paragraph != para:
                break
            if (found := self.flow_in(k - 1)) is not None:
                break
            k -= 1
        else:
            found = self._paragraph_metric[k]
        for w in walked:
            self._paragraph_metric[w] = found
        return found

    def whose_partner(self, si: int) -> str | None:
        """The country sentence ``si`` names another's partner of ("India's largest suppliers")."""
        return _partner_of(self.text, cues_for(self.langs[si]), self.sides(si))

    def sides(self, si: int) -> list[tuple[int, int, str]]:
        """The country mentions of sentence ``si`` that may be a side of the trade: found once per
        sentence (the document stage asks again of sentences read already: ~2% of extract_many on
        benchmarks/newsgen.py text), a new list each time."""
        found = self._sides_found.get(si)
        if found is None:
            found = self._sides_found[si] = self._find_sides(si)
        return list(found)

    def _find_sides(self, si: int) -> list[tuple[int, int, str]]:
        sent = self.sentences[si]
        cues = cues_for(self.langs[si])
        found = _sides(self.text, self.langs[si], sent, self.amounts, self.money_starts, self.lowered)
        low = self.lowered[sent.start : sent.end] if self.lowered is not None else None
        if cues.group_back is None or not may_hold(low, cues.group_back_pieces):
            return found  # "the bloc" nowhere in the sentence (its search was ~1.5% of extract_many)
        for m in cues.group_back.finditer(self.text, sent.start, sent.end):
            if self._directed(si, m.start()) and (group := self._group_before(si, m.start())) is not None:
                found.append((m.start(), m.end(), group))
        return sorted(found)

    def _directed(self, si: int, at: int) -> bool:
        """Whether "the bloc" at ``at`` is a side: after "to"/"from" or first in its sentence ("sales to
        the bloc", "The bloc bought …"), not "the total for the bloc"."""
        cues, text = cues_for(self.langs[si]), self.text
        if not text[self.sentences[si].start : at].strip(" \"'«“"):
            return True
        return bool(cues.to.search(text, max(0, at - 12), at) or cues.from_.search(text, max(0, at - 12), at))

    def _group_before(self, si: int, at: int) -> str | None:
        """The group of countries named last before ``at`` ("the bloc"), in this sentence or an earlier one."""
        for k in range(si, -1, -1):
            sent = self.sentences[k]
            named = _countries(self.text, self.langs[k], sent.start, min(at, sent.end), self.lowered)
            groups = [code for _, _, code in named if code in GROUPS]
            if groups:
                return groups[-1]
        return None


def split_pairs(amounts: list[Amount], text: str, cues: Cues, sent_start: int) -> Iterator[tuple[Amount, str]]:
    """Keep "$14 to $16 billion" as one range; make "rose from $5bn to $6bn" two figures, the
    first marked "from" and the second "to", and "$8.9bn and $4.8bn" two figures."""
    for a in amounts:
        if a.sep is None:
            yield a, ""
            continue
        before = text[max(sent_start, a.start - 40) : a.start]
        if a.second_low < a.low:  # falling in value: two amounts ("from €26.1bn to €24.3bn")
            is_range = False
        elif a.sep in cues.lex.opener_separators:
            is_range = bool(cues.between.search(before))
        else:
            opener = cues.change_pair_opener
            is_range = not (cues.change_before_pair.search(before) or (opener and opener.search(before)))
        if is_range:
            yield a, ""
            continue
        first = Amount(a.start, a.first_end, a.low, a.low, a.currency, quote=text[a.start : a.first_end])
        second = Amount(
            a.second_start, a.end, a.second_low, a.second_low, a.currency, quote=text[a.second_start : a.end]
        )
        listed = a.sep in cues.lex.opener_separators  # "$8.9bn and $4.8bn": two of a list, not a change
        yield first, "" if listed else "from"
        yield second, "" if listed else "to"


def _apart_pairs(pairs: list[tuple[Amount, str]], text: str, cues: Cues) -> list[tuple[Amount, str]]:
    """"Exports fell from $648.7bn in 2022 to $468.1bn", "сократился с $648,7 млрд в 2022 году до
    $468,1 млрд": two amounts apart, the first marked "from" and the second "to"."""
    if cues.from_change is None:
        return pairs
    out = list(pairs)
    for i in range(len(out) - 1):
        (a, role), (b, next_role) = out[i], out[i + 1]
        if role or next_role or not cues.from_change.search(text, max(0, a.start - 30), a.start):
            continue
        if cues.to_change.search(text, a.end, b.start) and b.start - a.end < 60:
            out[i], out[i + 1] = (a, "from"), (b, "to")
    return out


def _nearest_metric(
    keywords: list[tuple[int, int, str]], starts: list[int], lo: int, start: int, end: int, hi: int, text: str
) -> str | None:
    """The flow word nearest before the amount (back to ``lo``), else one just after it in its
    clause.

    Words before win: in "exports reached $5bn, the trade ministry said" the flow is exports; a
    word after a comma is the next clause's ("… from $5.8bn a year earlier, while imports slid").
    ``keywords`` are the sentence's flow words in order; ``starts`` their start offsets.
    """
    i = bisect_left(starts, start) - 1
    while i >= 0 and keywords[i][1] > start:
        i -= 1
    if i >= 0 and keywords[i][0] >= lo:
        return keywords[i][2]
    j = bisect_left(starts, end)
    after = j < len(keywords) and keywords[j][0] < min(hi, end + 25)
    if after and not _CLAUSE_BREAK.search(text, end, keywords[j][0]):
        return keywords[j][2]
    return None


def _own_flow_after(
    keywords: list[tuple[int, int, str]], starts: list[int], a: Amount, text: str, cues: Cues
) -> str | None:
    """The flow word that follows the amount as its own ("432.88 billion baht in Thai exports and
    308.74 billion baht in imports"), before any word said earlier."""
    j = bisect_left(starts, a.end)
    near = j < len(keywords) and keywords[j][0] - a.end <= 30 and keywords[j][2] in _FLOWS
    if near and cues.flow_after_amount.fullmatch(text, a.end, keywords[j][0]):
        return keywords[j][2]
    return None


_FLOWS = frozenset({"exports", "imports", "trade"})


def _flow_word(text: str, cues: Cues, m: re.Match[str], sent: Sentence) -> str:
    """The metric of a flow word; a verb of buying or selling names a flow when goods are meant
    ("… worth of goods", "goods worth") or a country buys or sells ("China bought $6.55bn")."""
    metric = cues.metric_of(m.group(0))
    verb = cues.lex.trade_verbs.get(m.group(0).lower()) if metric == "other" else None
    if verb is None:
        return metric
    if cues.goods is not None and cues.goods.search(text, m.end(), min(sent.end, m.end() + 60)):
        return verb
    subject = cues.trade_subject
    found = subject is not None and subject.search(text, max(sent.start, m.start() - 60), m.start())
    return verb if found else metric


def _a_balance(
    text: str, cues: Cues, keywords: list[tuple[int, int, str]], starts: list[int], lo: int, a: Amount
) -> bool:
    """Whether the flow word before the amount is the complement of a balance word ("the deficit on
    trade in goods narrowed to £7.9bn", "положительное сальдо Китая во внешней торговле достигло")."""
    i = bisect_left(starts, a.start) - 1
    if cues.balance is None or i < 0 or keywords[i][0] < lo:
        return False
    return cues.balance.search(text, max(lo, keywords[i][0] - 40), keywords[i][0]) is not None


def _past_restatement(text: str, amounts: list[Amount], i: int, nxt: int, sent_end: int) -> tuple[int, int]:
    """Where the words after figure ``i`` start, and where they end: past the same sum restated in
    brackets ("31 trillion soums ($2.5 billion) to the budget": the budget is the soums' too)."""
    a = amounts[i]
    if nxt == sent_end or text[a.end : nxt].strip() != "(":
        return a.end, nxt
    close = text.find(")", amounts[i + 1].end, amounts[i + 1].end + 3)
    if close < 0:
        return a.end, nxt
    return close + 1, amounts[i + 2].start if i + 2 < len(amounts) else sent_end


def _metrics(doc: Document, si: int, amounts: list[Amount], cues: Cues) -> list[str]:
    """The flow of each figure: the nearest flow word, else the previous figure's, else the
    paragraph's, else the next flow word of the sentence; "increment" for a change ("grew by") or a
    difference ("$8.6bn more than"); "other" where the flow word is a balance's complement."""
    text, sent = doc.text, doc.sentences[si]
    keywords = [
        (m.start(), m.end(), _flow_word(text, cues, m, sent))
        for m in scan(cues.metric, cues.metric_lowered, text, doc.lowered, sent.start, sent.end)
    ]
    keyword_starts = [k[0] for k in keywords]
    metrics: list[str] = []
    prev_end, prev_base = sent.start, None
    for i, a in enumerate(amounts):
        nxt = amounts[i + 1].start if i + 1 < len(amounts) else sent.end
        end, hi = _past_restatement(text, amounts, i, nxt, sent.end)
        base = _nearest_metric(keywords, keyword_starts, prev_end, a.start, end, hi, text)
        if base != "other":  # not "a surplus of €132bn in goods trade"
            base = _own_flow_after(keywords, keyword_starts, a, text, cues) or base
        if base is None:
            base = prev_base or doc.paragraph_metric(si)
        if base is None:
            j = bisect_left(keyword_starts, a.end)
            base = keywords[j][2] if j < len(keywords) else None
        before = text[max(prev_end, a.start - 60) : a.start]
        increment = may_end_with(before, cues.increment_last) and bool(cues.increment.search(before))
        after = cues.difference_after
        increment = increment or (after is not None and bool(after.match(text, a.end)))  # "$8.6bn more than"
        if base is not None and base != "other" and _a_balance(text, cues, keywords, keyword_starts, prev_end, a):
            base = "other"
        metrics.append("increment" if increment else "other" if base is None else base)
        prev_base, prev_end = base, a.end
    if prev_base is not None:
        doc._last_metric[si] = prev_base
    return metrics


def is_base_period(text: str, lo: int, p: Period, cues: Cues) -> bool:
    """Whether a period is the base of a comparison ("… compared with the same period of 2022",
    "up 5% from July"), from the text between ``lo`` and it. Asked only of the periods a figure
    may take: it is a search (~4% of the extraction time when asked of every period)."""
    if cues.base_period.match(text[max(lo, p.span[0] - 60) : p.span[0]]):
        return True
    # "выросла на 3,9% к 2011 году": the period read as "к 2011" holds the word of comparison itself
    first = text[p.span[0] : p.span[1]].split(None, 1)[0]
    return first.lower() in cues.base_period.after_percent and cues.base_period.match(
        text[max(lo, p.span[0] - 60) : p.span[0] + len(first) + 1]
    )


def sentence_periods(doc: Document, si: int, amounts: list[Amount], cues: Cues) -> list[Period]:
    """The periods a sentence names, less years inside money ("$2024 million"), "a year earlier"
    as a base ("up 5% compared with a year earlier": no period at all) and the start of a span to
    now ("the first drop since August 2020")."""
    text, sent = doc.text, doc.sentences[si]
    amount_starts = [a.start for a in amounts]
    periods = []
    for p in doc.periods_in(si):
        ps, pe = p.span
        k = bisect_right(amount_starts, ps) - 1
        if (k >= 0 and amounts[k].end > ps) or (k + 1 < len(amounts) and amounts[k + 1].start < pe):
            continue
        before = max(sent.start, ps - 48)
        # a base with no figure of its own, unless one follows in brackets ("чем годом ранее (48,7 млн)")
        comparison = cues.comparison if p.relation == "earlier" else None
        # a base followed by its own level ("чем годом ранее (48,7 млн)", "…, когда он достигал $6 млрд")
        bracket = comparison is not None and (
            text[pe : pe + 3].lstrip().startswith("(") or _when_next(text, pe, amounts, k + 1, cues)
        )
        # the last word told first where the text is plain: ~2 -> 0.5 µs for most "a year earlier"
        maybe = doc.lowered is None or may_end_with(text[before:ps], cues.comparison_last)
        if comparison is not None and not bracket and maybe and comparison.search(text, before, ps):
            continue
        lead = text[before:ps]
        if cues.since is not None and may_end_with(lead, cues.since_last) and cues.since.search(lead):
            continue
        periods.append(p)
    return periods


def _when_next(text: str, at: int, amounts: list[Amount], k: int, cues: Cues) -> bool:
    """Whether amount ``k`` is the level of the base ending at ``at`` (", when it was $8.1bn")."""
    if k >= len(amounts) or not 0 <= amounts[k].start - at <= 60:
        return False
    return cues.base_when.match(text, at, amounts[k].start) is not None


@lru_cache(maxsize=4096)
def _country_name(lang: str, written: str) -> tuple[int, str | None]:
    """A country mention as written ("Armenia's"): the length of the name without its possessive
    ending, and its ISO alpha-3 code (None for the pronoun "us"). Cached: few names recur, and
    reading each again was ~1.4% of extract_many (cProfile, benchmarks/newsgen.py text)."""
    cues, lex = cues_for(lang), LEXICONS[lang]
    end = len(written)
    if lex.possessives and (matched := written.lower()).endswith(lex.possessives):
        for p in lex.possessives:  # "Armenia's": the country without its possessive ending
            if matched.endswith(p):
                end -= len(p)
                break
    name = written[:end]
    if name.lower() == "us" and not name.startswith("US"):
        return end, None  # the pronoun "us"
    code = (
        lex.countries.get(" ".join(name.lower().split()))
        if cues.country_stems[0] is None
        else lookup(lex.countries, cues.country_stems, name)
    )
    return end, code


def _names_currency(text: str, cues: Cues, lo: int, start: int, end: int, low: str | None) -> bool:
    """Whether a currency word follows or precedes the country name at ``start``-``end`` ("in US
    dollar terms", "в долларах США"). The cheap tests first, white space after the name (the
    pattern's \\s+) and the word before where the text is plain: the two searches of every name
    were ~1.5% of extract_many (benchmarks/newsgen.py text)."""
    if text[end : end + 1].isspace() and cues.currency_after.match(text, end):
        return True
    back = max(lo, start - 16)
    if low is not None and not may_end_with(text[back:start], cues.currency_last):
        return False
    return cues.currency_before.search(text, back, start) is not None


def _countries(text: str, lang: str, lo: int, hi: int, low: str | None = None) -> list[tuple[int, int, str]]:
    """Country mentions between ``lo`` and ``hi``: (start, end, ISO alpha-3); ``low`` is the text
    lower-cased where it is plain (see cues.scan)."""
    cues = cues_for(lang)
    out = []
    for m in scan(cues.country, cues.country_lowered, text, low, lo, hi):
        start = m.start()
        length, code = _country_name(lang, text[start : m.end()])
        if not code:
            continue
        end = start + length
        if _names_currency(text, cues, lo, start, end, low):
            continue  # "in US dollar terms", "в долларах США": a currency, not a side
        out.append((start, end, code))
    return out


def _sides(
    text: str,
    lang: str,
    sent: Sentence,
    amounts: list[Amount],
    starts: list[int],
    low: str | None = None,
) -> list[tuple[int, int, str]]:
    """The country mentions of a sentence that may be a side of the trade: not inside a money
    amount ("US dollars", "Kazakh tenge", "долларов США" name a currency) and not in a dateline
    ("YEREVAN, Nov 25 (Reuters) -" says where the story was filed)."""
    lo = sent.start
    cues = cues_for(lang)
    if cues.dateline is not None and (d := cues.dateline.match(text, lo, sent.end)) is not None:
        lo = d.end()
    out = []
    for c in _countries(text, lang, lo, sent.end, low):
        k = bisect_right(starts, c[0]) - 1
        if k < 0 or amounts[k].end < c[1]:
            out.append(c)
    return out


def _parties(
    text: str,
    cues: Cues,
    segment: list[tuple[int, int, str]],
    sentence: list[tuple[int, int, str]],
    metric: str,
    seg_lo: int,
    seg_hi: int,
    previous_reporter: str | None,
) -> tuple[str | None, str | None, bool]:
    """Reporter and partner of one figure, and whether they are only in order of mention.

    For exports and imports: the country owning the flow ("Armenia's exports", "Chinese imports")
    reports; "from X" and "to X" name the other side. For trade: the two sides in order of mention.
    Countries in the figure's own clause come first, then the rest of the sentence.
    """
    if metric in ("exports", "imports"):
        owner, src, dst = _flow_sides(text, cues, segment, metric)
        if owner is None and cues.its.search(text, seg_lo, seg_hi):
            owner = previous_reporter
        if owner is not None and owner in (src, dst):
            owner = None  # "exports from A to B rose …, imports of B's goods …": the next clause's owner
        if owner is None and (src is None) != (dst is None):
            # "Georgia set a record for exports to Russia, shipping goods worth …": the other
            # country of the clause owns the flow
            owner = next((c for _, _, c in segment if c not in (src, dst)), None)
        if metric == "exports":
            reporter, partner = owner or src, dst
        else:
            reporter, partner = owner or dst, src
        if reporter is not None or partner is not None:
            return reporter, (partner if partner != reporter else None), False
        if len({c for _, _, c in segment}) == 1:
            # "China took the largest share, with exports worth QR18.9bn, followed by India at …":
            # the one country of its clause, side unknown (the document stage tells)
            return segment[0][2], None, True
    if len(alone := {c for _, _, c in segment}) == 1 and len({c for _, _, c in sentence}) > 1:
        # "…, China with $104.6 billion and the UAE with $76.1 billion": the country of its clause
        return alone.pop(), None, True
    order: list[str] = []
    named = segment if len({c for _, _, c in segment}) >= 2 else sentence
    if metric == "trade" and (pair := joined_pair(text, named)) is not None:
        return pair[0], pair[1], True
    for _, _, code in named:
        if code not in order:
            order.append(code)
    if not order:
        return None, None, False
    if (whose := _partner_of(text, cues, named)) is not None and len(order) > 1:
        # "Saudi Arabia became Dubai's second-biggest trading partner, with trade worth …"
        return whose, next(c for c in order if c != whose), False
    return order[0], (order[1] if len(order) > 1 else None), True


_JOINED = frozenset("-\u2010\u2011\u2012\u2013\u2014/")


def joined_pair(text: str, named: list[tuple[int, int, str]]) -> tuple[str, str] | None:
    """The first two sides written as one word ("российско-таджикской торговли", "US-China trade",
    "the Russia–Armenia turnover"): they name the pair, wherever else the sentence names a
    country ("в Бишкеке", where the leaders met)."""
    for (_, e1, c1), (s2, _, c2) in pairwise(named):
        if c1 != c2 and 0 < s2 - e1 <= 1 and text[e1] in _JOINED:
            return c1, c2
    return None


def _partner_of(text: str, cues: Cues, named: list[tuple[int, int, str]]) -> str | None:
    """The country whose partner the sentence names ("Dubai's largest trading partner")."""
    for s, e, code in named:
        if (cues.partner_of_after and cues.partner_of_after.match(text, e)) or (
            cues.partner_of_before and cues.partner_of_before.search(text, max(0, s - 30), s)
        ):
            return code
    return None


def _origin(text: str, cues: Cues, s: int, e: int) -> bool:
    """Whether a country mention after an inward flow names where the goods come from."""
    m = cues.origin_before.search(text, max(0, s - 24), s) if cues.origin_before is not None else None
    if m is None:
        return False
    any_form = "any" in m.re.groupindex and m.group("any") is not None  # "закупки у Турции"
    return any_form or cues.origin_form is None or cues.origin_form.search(text, s, e) is not None


def _flow_sides(
    text: str, cues: Cues, segment: list[tuple[int, int, str]], metric: str
) -> tuple[str | None, str | None, str | None]:
    """The owner of a flow ("Armenia's exports"), its origin ("from X") and destination ("to X")."""
    owner = src = dst = None
    for s, e, code in segment:
        if src is None and metric == "imports" and _origin(text, cues, s, e):
            src = code  # "imports of Russian oil", "ввоз турецкой продукции"
        elif owner is None and (
            cues.owner_after.match(text, e)
            or (cues.owner_before and cues.owner_before.search(text, max(0, s - 24), s))
            or (cues.by and cues.by.search(text, max(0, s - 12), s))
        ):
            owner = code
        elif src is None and cues.from_.search(text, max(0, s - 12), s):
            src = code
        elif cues.to.search(text, max(0, s - 12), s) and dst is None:
            dst = code
    return owner, src, dst


_CLAUSE_BREAK = re.compile(r"[,;:\u2013\u2014]")


def _pick_period(s: _Sentence, start: int, end: int, hi: int, as_base: bool, reached: bool = False) -> int | None:
    """The index of the nearest period after the figure (before the next one), else of the nearest
    before it; comparison bases are passed over unless the figure is ``as_base`` itself.

    Unless the lexicon's ``period_after_clause_break``, a period after the figure past a comma or
    dash gives way to one before it (Russian names the period first); with it, only one in a new
    clause does ("… rose to $4bn last year, and growth carried on into this year").
    """
    periods, starts, text = s.periods, s.period_starts, s.doc.text
    i = bisect_left(starts, start) - 1
    while i >= 0 and (periods[i].span[1] > start or s.passes_over(i, as_base, reached, start)):
        i -= 1
    j = bisect_left(starts, end)
    while j < len(periods) and periods[j].span[0] < hi and s.passes_over(j, as_base):
        j += 1
    if i >= 0 and j < len(periods) and periods[j].relation == "annual":
        j = len(periods)  # "rose in 2011 to $41.7bn, the department said in its annual report"
    if (
        j < len(periods)
        and periods[j].span[0] < hi
        and (
            i < 0
            or (s.lex.period_after_clause_break and not s.cues.new_clause.search(text, end, periods[j].span[0]))
            or not _CLAUSE_BREAK.search(text, end, periods[j].span[0])
        )
    ):
        return j
    return i if i >= 0 else None


def _anchor(periods: list[Period], starts: list[int], at: int, before: int | None = None) -> Period | None:
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


def is_dated(p: Period | None) -> TypeGuard[Period]:
    """Whether ``p`` is a period with both its days known."""
    return p is not None and p.start is not None and p.end is not None


@cache
def _change_preposition(lang: str) -> re.Pattern[str]:
    """A preposition of change ("from", "с"), a whole word."""
    words = "|".join(re.escape(w) for w in LEXICONS[lang].change_prepositions)
    return re.compile(rf"(?i)(?<![\w])(?:{words})(?![\w])")


def _before_change(s: _Sentence, period: Period, a: Amount) -> bool:
    """Whether ``period`` is named before the change the amount starts ("fell in 2023 from €4.4bn to
    …"), so it is the level reached's; not a span of years ("between 2016 and 2021 … from"), a base
    ("compared with the same period of 2014, from …") or one after "from" ("from September's £35bn")."""
    text, lo = s.doc.text, s.doc.sentences[s.si].start
    if period.span[1] > a.start or _end_of_span(period, "from") is not period:
        return False
    if _change_preposition(s.doc.langs[s.si]).search(text, period.span[1], a.start) is None:
        return False
    return not is_base_period(text, lo, period, s.cues)


def _end_of_span(period: Period, role: str) -> Period:
    """"Between 2016 and 2021 trade grew from $3.9bn to $5.6bn": the first year for the figure
    it grew from, the last for the one it grew to."""
    if (
        period.start is None
        or period.end is None
        or period.relation
        or (period.start.month, period.start.day, period.end.month, period.end.day) != (1, 1, 12, 31)
        or period.end.year == period.start.year
    ):
        return period
    year = period.start.year if role == "from" else period.end.year
    return Period(date(year, 1, 1), date(year, 12, 31), str(year), period.span)


def _bound(a: Amount, before: str, text: str, sent: Sentence, cues: Cues, lex: Lexicon) -> str:
    """exact, at_least, at_most, approx or range, from the words just before the amount."""
    if a.low != a.high:
        return "range"
    bm = cues.bound.search(before) if may_end_with(before, cues.bound_last) else None
    if bm is None:
        return "exact"
    cue = " ".join(bm.group("cue").lower().split())
    if cue in lex.to_after_change and cues.change.search(text, sent.start, a.start - len(before) + bm.start()):
        return "exact"  # "вырос до 10 млрд", "вырос с 5 млрд в 2022 году до 6 млрд": a level reached
    return lex.bound_cues[cue]


@dataclass(slots=True)
class _Sentence:
    """What the figures of one sentence share while they are read in order."""

    doc: Document
    si: int
    cues: Cues
    lex: Lexicon
    periods: list[Period]
    period_starts: list[int]
    found: list[tuple[int, int, str]]
    country_starts: list[int]
    # which periods are comparison bases (asked when needed), and which a base figure has taken:
    # other figures pass them over
    bases: dict[int, bool] = field(default_factory=dict)
    owned: set[int] = field(default_factory=set)
    prev_end: int = 0
    prev_period: Period | None = None
    prev_same_open: bool = False
    prev_parties: tuple[str | None, str | None] = (None, None)
    prev_world: bool = False
    prev_no_sides: bool = False
    prev_home: bool = False
    # the kind the words before "from" give a change ("will rise from $48bn to $80bn"): the "to" end's
    from_projection: bool = False

    def passes_over(self, k: int, as_base: bool, reached: bool = False, start: int = -1) -> bool:
        """Whether a figure (itself a base or not) passes over period ``k``. A base period between
        the figure before and this one is this one's ("…, against the same period of 2022, when
        it was $8.1 billion"), unless this one is the level a change reached ("up 14%, or
        NZ$61m, on June last year, to NZ$497m")."""
        if k in self.owned:
            return True
        after_figure_before = self.prev_end > self.doc.sentences[self.si].start
        if as_base or self._when_after(k, start) or (
            after_figure_before
            and not reached
            and self.periods[k].span[0] >= self.prev_end
            and not self._in_brackets_before(k)
            and not self._percent_before(k, start)
        ):
            return False
        if k not in self.bases:
            sent = self.doc.sentences[self.si]
            self.bases[k] = is_base_period(self.doc.text, sent.start, self.periods[k], self.cues)
        return self.bases[k]


    def _when_after(self, k: int, start: int) -> bool:
        """Whether the figure at ``start`` is the level of the base period ``k`` ("по сравнению с
        аналогичным периодом 2017 года, когда он составлял $2,64 млрд")."""
        hi = self.periods[k].span[1]
        return 0 <= start - hi <= 60 and self.cues.base_when.match(self.doc.text, hi, start) is not None

    def _percent_before(self, k: int, start: int) -> bool:
        """Whether a percentage stands between the figure before and period ``k``, and a new clause
        between it and the figure at ``start``: the base is the percentage's ("RM1.18 trillion, down
        8.1 per cent from the same period of 2022, while exports of manufactured goods stood at …")."""
        text, (lo, hi) = self.doc.text, self.periods[k].span
        if start < hi or not any(mark in text[self.prev_end : lo].lower() for mark in self.lex.percent_marks):
            return False
        return self.cues.new_clause.search(text, hi, start) is not None

    def _in_brackets_before(self, k: int) -> bool:
        """Whether period ``k`` is inside brackets opened after the figure before: that figure's
        comparison ("$196.8m (up 21.5% on January 2025), imports $645.5m")."""
        gap = self.doc.text[self.prev_end : self.periods[k].span[0]]
        return ")" not in gap[gap.rfind("(") :] if "(" in gap else False


def _earlier(s: _Sentence, period: Period, a: Amount, is_base: bool = False) -> tuple[Period | None, str]:
    """"A year earlier" / "the previous year": one year before the period it is anchored on.

    Before the figure, it is not anchored on a period after the figure (the other figure's);
    "the same period of last year" may be ("…, against $5bn in January-June 2024"). A base right
    after the figure it is compared with counts from that figure's period ("… to SR58.7bn, against
    SR50.0bn a year before", not from "August 2021" named for an earlier figure of the sentence).
    """
    text, lex = s.doc.text, s.lex
    phrase = text[period.span[0] : period.span[1]].lower()
    opens = period.span[1] <= a.start and not any(w in phrase for w in lex.same_period_words)
    anchor = _anchor(s.periods, s.period_starts, a.start, a.start if opens else None)
    if is_base and is_dated(s.prev_period) and s.prev_period.relation != "earlier":
        anchor = s.prev_period
    if anchor is None and s.prev_period is not None and s.prev_period.span != period.span:
        anchor = s.prev_period  # "A year earlier, … $18bn, compared with $9bn a year earlier"
    if anchor is not None:
        return shift_year(anchor, -1), f"{phrase!r}: a year before {anchor.label}"
    return None, phrase


def _kind(s: _Sentence, a: Amount, nxt: int, period: Period | None) -> tuple[bool, Period | None]:
    """Whether the figure is a projection, and its period as the kind settles it ("until"); a
    period of None with a period found means the sentence denies it one."""
    text, ref = s.doc.text, s.doc.ref
    segment = s.cues.relative_clause.sub(" ", text[s.prev_end : a.start])
    projection = bool(s.cues.projection.search(segment)) or bool(s.cues.projection_after.match(text, a.end, nxt))
    if period is not None and period.relation == "until":
        if projection:  # "will grow until 2030": by 2030
            period = replace(period, relation="by")
        elif ref is not None and period.end is not None and period.end.year > ref.year:
            period = None  # "the contract covers deliveries until 2033": how long it runs
    if period is not None and ref is not None and period.end is not None:
        if period.relation == "by" and period.end.year > ref.year:
            projection = True
        if period.start is not None and period.start > ref:
            projection = True
    if period is not None and period.relation == "annual":
        period = None  # "annual trade of $5bn", "lift annual trade to $30bn": a rate, not a year
    if projection and _past_of_figure_before(s, period):
        period = None  # "trade reached $1.6bn in 2023, and the two set a target of $3bn in the medium term"
    return projection, period


def _past_of_figure_before(s: _Sentence, period: Period | None) -> bool:
    """Whether ``period`` is the past period the figure before in the sentence took."""
    ref, prev = s.doc.ref, s.prev_period
    return (period is not None and prev is not None and prev.span == period.span and ref is not None
            and period.end is not None and period.end < ref)


def same_period_words_before(text: str, period: Period, words: tuple[str, ...]) -> bool:
    """A whole year named after "the same period of" ("… in the same period of 2023")."""
    if period.start is None or period.label != str(period.start.year):
        return False
    before = text[max(0, period.span[0] - 32) : period.span[0]].lower()  # once, not once per word
    for w in words:  # noqa: SIM110 (a loop, not any(genexpr): ~2x fewer instructions, asked of most figures)
        if w in before:
            return True
    return False


def same_months(months: Period, year: Period) -> Period:
    """The months of ``months`` in the year of ``year`` (kept at ``year``'s place in the text)."""
    assert months.start is not None
    assert year.start is not None
    same = shift_year(months, year.start.year - months.start.year)
    return Period(same.start, same.end, same.label, year.span)


def _same_period(s: _Sentence, r: Reading, period: Period) -> Period:
    """"$605 million in January–May 2024, compared with $560 million in the same period of 2023":
    the months of the figure before, in the year named; with no figure before in the sentence,
    the document stage takes the months in force."""
    if not same_period_words_before(s.doc.text, period, s.lex.same_period_words):
        return period
    prev = s.prev_period or _months_before(s, period)
    if prev is None or prev.start is None or prev.end is None:
        r.same_open = True
        return period
    if prev.label == str(prev.start.year):
        # "In the reporting period of 2024, exports were $21.6m, up from $18.9m over the same period
        # of 2023": the figure before waits for the months in force, so does this one
        r.same_open = s.prev_same_open
        return period
    r.base = True
    return same_months(prev, period)


def _months_before(s: _Sentence, period: Period) -> Period | None:
    """The last part of a year named before ``period`` in its sentence, with no figure between:
    "в январе–июне 2025 года … к аналогичному периоду 2024 года — с €3,5 млрд"."""
    named = [p for p in s.periods if p.span[1] <= period.span[0] and p.start is not None and p.end is not None]
    if not named or named[-1].label == str(named[-1].start.year):  # type: ignore[union-attr]
        return None
    return named[-1]


_LABEL_DASHES = frozenset({"—", "–", "-", ":", "\u2212"})

def _bracketed(s: _Sentence, a: Amount) -> int | None:
    """The period an amount in brackets stands right after, if any: "1.4 times the August 2021
    level ($580 million) and 9% above the previous month ($745 million)" (a comparison)."""
    text = s.doc.text
    paren = text.rfind("(", max(s.prev_end, a.start - 2), a.start)
    if paren < 0 or text[paren + 1 : a.start].strip():
        return _labelled_in_brackets(s, a)
    near = [k for k, p in enumerate(s.periods) if 0 <= paren - p.span[1] <= 12]
    return near[-1] if near else None


def _labelled_in_brackets(s: _Sentence, a: Amount) -> int | None:
    """The period that opens the brackets an amount closes with a dash: "(за тот же период прошлого
    года — 3,55 миллиарда)", "(a year earlier: $7.9bn)"."""
    text = s.doc.text
    paren = text.rfind("(", max(s.prev_end, a.start - 80), a.start)
    if paren < 0 or ")" in text[paren : a.start]:
        return None
    for k, p in enumerate(s.periods):
        if 0 <= p.span[0] - paren <= 2 and text[p.span[1] : a.start].strip() in _LABEL_DASHES:
            return k
    return None


def _converts(doc: Document, cues: Cues, first: Amount, then: Amount) -> bool:
    """Whether ``then`` restates ``first`` in another currency, in brackets or between slashes
    ("3.21 trillion yuan ($447.9 billion)"); one in the same currency is a figure of its own
    ("$512.4 million ($479.3 million over the same period of 2023)")."""
    restated = cues.conversion.fullmatch(doc.text, first.end, then.start) is not None
    return restated and then.currency != first.currency


def _whole_of(s: _Sentence, a: Amount) -> int | None:
    """The period of the figure before when this one is a part of it, with no period of its own
    between: "$171 million in Q1, up 18% on January–March 2018, of which exports $68 million"."""
    if s.prev_period is None or s.cues.part_of is None:
        return None
    m = s.cues.part_of.search(s.doc.text, s.prev_end, a.start)
    if m is None or any(m.end() <= p.span[0] < a.start for p in s.periods):
        return None
    return next((k for k, p in enumerate(s.periods) if p.span == s.prev_period.span), None)


def _figure(s: _Sentence, a: Amount, metric: str, nxt: int, role: str) -> Reading:
    """One figure read from its own sentence; ``role`` is "from" or "to" for the two ends of
    "rose from $5bn to $6bn"."""
    text, sent = s.doc.text, s.doc.sentences[s.si]
    before = text[max(s.prev_end, a.start - 60) : a.start]
    bound = _bound(a, before, text, sent, s.cues, s.lex)
    # "…, against $7.4 billion", and the first of "fell from $648.7bn in 2022 to $468.1bn": a base
    is_base = role == "from" or (
        bound == "exact" and s.cues.base_before.match(text[max(s.prev_end, a.start - 30) : a.start])
    )
    k = _bracketed(s, a)
    bracketed = k is not None
    if k is None:
        k = _whole_of(s, a)
    is_base = is_base or bracketed
    if k is None:
        reached = not is_base and s.cues.to_change.search(text, max(s.prev_end, a.start - 20), a.start) is not None
        k = _pick_period(s, a.start, a.end, nxt, is_base, reached)
    if role == "from" and k is not None and _before_change(s, s.periods[k], a):
        k = None  # "fell in 2023 from €4.4bn to €4.1bn": 2023 is the second's (see read_sentence)
    if is_base and not role and not bracketed and k is not None and is_dated(s.prev_period) and (
        s.periods[k].span[1] <= s.prev_end or s.periods[k].span == s.prev_period.span
    ):
        k = None  # "$4.18bn in January-April 2018, against $3.48bn": a year before the figure compared
    period = None if k is None else s.periods[k]
    if is_base and k is not None and not (role == "from" and _end_of_span(s.periods[k], role) is not s.periods[k]):
        s.owned.add(k)  # "…, against $7.6 billion in 2023": 2023 is the base's, not the next figure's
    if role and period is not None:
        period = _end_of_span(period, role)
    why, earlier = "", False
    if period is not None:
        why = f"{text[period.span[0] : period.span[1]].rstrip('.')!r} in its sentence"
        if period.relation == "earlier":
            earlier = True
            period, why = _earlier(s, period, a, is_base)
    found = period
    projection, period = _kind(s, a, nxt, period)
    if role == "from":
        s.from_projection = projection
        if projection and not (period and period.start and s.doc.ref and period.start > s.doc.ref):
            projection = False  # "trade will rise from $48bn to $80bn": the level today, then the target
    elif role == "to":
        projection = projection or s.from_projection
    reading = Reading(a, s.si, metric, bound, projection, period, base=earlier or is_base)
    reading.keep_open = found is not None and period is None and not earlier
    if is_base and period is None and not projection and is_dated(s.prev_period):
        period = reading.period = shift_year(s.prev_period, -1)
        why = f"the base of a comparison: a year before {s.prev_period.label}"
    reading.earlier_open = earlier and period is None
    if reading.earlier_open:
        reading.period_why = why
    if period is not None and period.start is not None:
        reading.period_source, reading.period_why = "stated", why
    _read_parties(s, reading, a, nxt)
    if period is not None and period.start is not None:
        period = _same_period(s, reading, period)
        reading.period = period
    s.prev_period = period if period is not None and period.start is not None else None
    s.prev_end = a.end
    s.prev_same_open = reading.same_open
    return reading


def _clause(s: _Sentence, a: Amount, nxt: int) -> tuple[int, int]:
    """A figure's own clause: from the figure before (past the clause break after it) to the next
    figure (up to the clause break after this one): "imported $17.8 billion from China but
    exported $715 million to China"."""
    text, sent = s.doc.text, s.doc.sentences[s.si]
    lo, hi = s.prev_end, nxt
    if lo > sent.start and (m := s.cues.clause_break.search(text, lo, a.start)) is not None:
        lo = m.end()
    elif lo == sent.start and (semi := text.rfind(";", lo, a.start)) >= 0:
        lo = semi + 1  # "Uzbekistan supplies the region with fruit; last year imports into it came to …"
    if hi < sent.end and (m := s.cues.clause_break.search(text, a.end, hi)) is not None:
        hi = m.start()
    return lo, hi


def _world_or_home(s: _Sentence, r: Reading, a: Amount, lo: int, alone: bool) -> None:
    """Whether a figure is a flow with the whole world ("the country's total exports") and whether
    its sentence names its reporter only as the country the report is about ("the kingdom's
    exports"); a figure whose clause names no country is as the figure before ("…, while imports
    slipped to €106.2bn")."""
    text, cues = s.doc.text, s.cues
    for m in cues.clause_break.finditer(text, lo if lo > s.doc.sentences[s.si].start else a.start, a.start):
        lo = m.end()  # "$1.9bn, 52.6% of the republic's trade, with the CIS $1.1bn": after the figure before
    world = cues.world.search(text, max(lo, a.start - 80), a.start) if cues.world else None
    # "80% нашего внешнеторгового оборота, … двусторонний товарооборот составил $1,9 млрд": the two sides'
    r.world = world is not None and not cues.refer_back.search(text, world.end(), a.start)
    home = cues.home.search(text, lo, a.start) if cues.home is not None else None
    # not a region its own name qualifies ("оборот Брестской области с Литвой"): a side named there
    r.home_owner = home is not None and not any(0 <= home.start() - end <= 1 for _, end, _ in s.found)
    if alone and s.prev_end > s.doc.sentences[s.si].start:
        r.world, r.home_owner = r.world or s.prev_world, r.home_owner or s.prev_home
    s.prev_world, s.prev_home = r.world, r.home_owner


def _read_parties(s: _Sentence, r: Reading, a: Amount, nxt: int) -> None:
    """The sides of a figure from its own sentence: its clause first, then the figure before's;
    a flow with the whole world ("the country's total exports") has no partner."""
    lo, hi = _clause(s, a, nxt)
    lo_c, hi_c = bisect_left(s.country_starts, lo), bisect_left(s.country_starts, hi)
    seg_countries = s.found[lo_c:hi_c]
    _world_or_home(s, r, a, lo, not seg_countries)
    first = s.prev_end == s.doc.sentences[s.si].start
    if not s.found or (not seg_countries and ((first and hi < nxt) or s.prev_no_sides)):
        # "March imports rose to $31.9bn; China was the biggest supplier at $10.4bn": the countries
        # are the next figures'
        r.no_sides = s.prev_no_sides = True
        return
    s.prev_no_sides = False
    if not seg_countries and not first:
        reporter, partner = s.prev_parties  # "…, against $7.6 billion a year earlier": as the figure before
        why = "the figure before in its sentence"
    else:
        reporter, partner, r.by_order = _parties(
            s.doc.text, s.cues, seg_countries, s.found, r.metric, s.prev_end, nxt, s.prev_parties[0]
        )
        why = "its sentence"
        if reporter is None and r.metric in ("exports", "imports") and s.prev_parties[0] not in (None, partner):
            # "Armenia's exports to Russia …, while imports from Russia came to …": the sentence's
            # subject owns the second flow too
            reporter = s.prev_parties[0]
    s.prev_parties = (reporter, partner)
    r.reporter, r.partner = reporter, partner
    if reporter is not None or partner is not None:
        r.parties_source, r.parties_why = "stated", why


# the metrics of money that is no trade flow
_NO_FLOW = frozenset(("other", "increment"))


def read_sentence(doc: Document, si: int, in_sentence: list[Amount]) -> list[Reading]:
    """The figures of sentence ``si``, each read from its own sentence; none when all its money
    is not a trade flow (unless ``include_other``)."""
    lang = doc.langs[si]
    cues, lex, sent = cues_for(lang), LEXICONS[lang], doc.sentences[si]
    if not doc.include_other and doc.flow_in(si) is None and doc.paragraph_metric(si) is None:
        # no flow word in the sentence or before it in its paragraph: all its money is "other"
        # ("$1 $1 $1 …": 7.0 -> 4.5 s a MB, benchmarks/adversarial.py)
        return []
    pairs = _apart_pairs(list(split_pairs(in_sentence, doc.text, cues, sent.start)), doc.text, cues)
    amounts = [a for a, _ in pairs]
    # the flow of each figure first: a sentence whose money is all "other" (investment, loans,
    # increments) needs no more reading unless include_other (~1 in 5 money sentences in news)
    metrics = _metrics(doc, si, amounts, cues)
    if not doc.include_other and _NO_FLOW.issuperset(metrics):
        return []
    periods = sentence_periods(doc, si, amounts, cues)
    found = doc.sides(si)
    period_starts, country_starts = [p.span[0] for p in periods], [c[0] for c in found]
    s = _Sentence(doc, si, cues, lex, periods, period_starts, found, country_starts, prev_end=sent.start)
    # "…, above the record set in 2021 (€47.5bn)": a period with an amount in brackets after it is that amount's
    s.owned.update(k for a in amounts if (k := _bracketed(s, a)) is not None)
    out: list[Reading] = []
    for i, ((a, role), metric) in enumerate(zip(pairs, metrics, strict=True)):
        k = i + 1
        while k < len(amounts) and _converts(doc, cues, amounts[k - 1], amounts[k]):
            k += 1  # "3.21 trillion yuan ($447.9 billion) in the first seven months": one figure, twice
        nxt = amounts[k].start if k < len(amounts) else sent.end
        if metric == "increment":
            # read as the flow it changes, for its sides ("закупки у Турции упали на $38 млн и составили
            # $137,1 млн": the level after it takes them), then kept out of the flows
            flow = next((m for m in metrics[i + 1 :] if m not in ("other", "increment")), "other")
            r = _figure(s, a, flow, nxt, role)
            r.metric = "other"
        else:
            r = _figure(s, a, metric, nxt, role)
        converted = i > 0 and _converts(doc, cues, amounts[i - 1], a)
        if converted and out and out[-1].amount is amounts[i - 1]:
            # "89.72 billion ringgit (22.04 billion U.S. dollars)": the same figure in another currency
            r = replace(out[-1], amount=a, bound=r.bound, converted=True)
        if metric == "increment":
            r.metric_why = "an increment (a change such as 'grew by'), not a level"
        if converted and out and r.bound == "exact":
            r.bound = out[-1].bound if out[-1].bound != "range" else r.bound  # "exceeded SR97.4bn ($26bn)"
        if role == "to" and out and out[-1].period is None and is_dated(r.period) and not out[-1].projection:
            # "fell in 2023 from €4.4bn to €4.1bn": the level it fell from is a year before
            out[-1].period = shift_year(r.period, -1)
            out[-1].period_source = "stated"
            out[-1].period_why = f"the level before the change: a year before {r.period.label}"
        elif role == "to" and out and out[-1].period is None and r.period is None and not out[-1].projection:
            # "… в 2023 году. … экспорт вырос (с $4,1 млрд до $5,7 млрд)": a year before the period in force
            out[-1].before_change = True
        out.append(r)
    _respectively(s, out)
    return out


def _respectively(s: _Sentence, out: list[Reading]) -> None:
    """"China's trade with the EU, the U.S. and South Korea was 4.64, 4.01 and 1.91 trillion yuan,
    respectively": each figure takes, in order, a country listed before the first (less the
    reporters); "China, the UAE and India were the kingdom's leading partners, with SR41.2bn,
    SR22.7bn and SR15.9bn respectively": as many countries as figures, each a partner of the
    country the report is about."""
    sent = s.doc.sentences[s.si]
    figures = [r for r in out if r.metric != "other" and not r.converted]
    if len(figures) < 2 or s.cues.respectively is None:
        return
    if not s.cues.respectively.search(s.doc.text, figures[-1].amount.end, sent.end):
        return
    owners = {r.reporter for r in figures}
    named = list(dict.fromkeys(code for start, _, code in s.found if start < figures[0].amount.start))
    listed = [code for code in named if code not in owners]
    home = len(listed) < len(figures) and len(named) == len(figures)
    if home:
        listed = named
    elif len(listed) < len(figures):
        return
    last = figures[-1]
    for r, code in zip(figures, listed[-len(figures) :], strict=True):
        r.partner = code
        r.parties_source, r.parties_why = "stated", f"{code}, in its place in a list read 'respectively'"
        if home:
            r.reporter, r.home_owner = None, True
        if r.period is None and last.period is not None and last.period_source == "stated":
            # "… and $9.7bn in 2023, respectively": the period after the list is every figure's
            r.period, r.period_source, r.period_why = last.period, "stated", last.period_why
    for before, r in pairwise(out):
        if r.converted:  # the same figure in another currency: as the one it converts
            r.reporter, r.partner, r.home_owner = before.reporter, before.partner, before.home_owner
            r.parties_source, r.parties_why, r.period = before.parties_source, before.parties_why, before.period
