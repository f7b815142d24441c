"""The lexicon's words compiled to the patterns the reader needs, one set per language."""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from ._lexicon import LEXICONS, Lexicon
from ._regex import Pieces, Stems, alternation, final_words, lookup, lower_alternation, pieces, stem_patterns

__all__ = ["Cues", "cues_for", "scan"]


@dataclass(frozen=True)
class Cues:
    """The lexicon's words compiled to the patterns the reader needs."""

    lex: Lexicon
    bound: re.Pattern[str]
    projection: re.Pattern[str]
    projection_after: re.Pattern[str]
    metric: re.Pattern[str]
    increment: re.Pattern[str]
    change_before_pair: re.Pattern[str]
    change_pair_opener: re.Pattern[str] | None
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
    partner_of_after: re.Pattern[str] | None
    partner_of_before: re.Pattern[str] | None
    home: re.Pattern[str] | None
    dateline: re.Pattern[str] | None
    comparison: re.Pattern[str] | None
    refer_back: re.Pattern[str]
    flow_after_amount: re.Pattern[str]
    fiscal: re.Pattern[str]
    data: re.Pattern[str]
    # "maintain the pace": a projection that keeps the pace of the dated figures before it
    pace: re.Pattern[str] | None
    # "…, against (the) $7.4 billion": a comparison word just before an amount makes it a base;
    # "… compared with the same period of 2022", "up 5% from July": a period that is a base
    base_before: EndPhrases
    base_period: EndPhrases
    # "since August 2020": a period that starts a span to now
    since: re.Pattern[str] | None
    # "the country's total exports": a flow with the whole world
    world: re.Pattern[str] | None
    # punctuation or a word that opens a new clause: the sides named after it are the next figure's
    clause_break: re.Pattern[str]
    # a comma or dash and then a clause word: a new clause ("…, and", "…, while")
    new_clause: re.Pattern[str]
    # "from" before a level and "to" before the next ("fell from $648.7bn in 2022 to $468.1bn")
    from_change: re.Pattern[str] | None
    to_change: re.Pattern[str]
    respectively: re.Pattern[str] | None
    part_of: re.Pattern[str] | None
    group_back: re.Pattern[str] | None
    conversion: re.Pattern[str]
    difference_after: re.Pattern[str] | None
    # a balance word, then at most a few words, then the flow word (its complement), then the amount
    balance: re.Pattern[str] | None
    # "goods", "worth": a verb of buying or selling that names a flow (see Lexicon.trade_verbs)
    goods: re.Pattern[str] | None
    # a country right before a verb of buying or selling: its subject ("China bought")
    trade_subject: re.Pattern[str] | None
    # a currency word right after or before a country names the currency, not a side ("in US dollar
    # terms", "в долларах США")
    currency_after: re.Pattern[str]
    currency_before: re.Pattern[str]
    base_when: re.Pattern[str]
    origin_before: re.Pattern[str] | None
    origin_form: re.Pattern[str] | None
    metric_stems: Stems
    country_stems: Stems
    # ``metric`` and ``country`` for lower-cased plain text (see ``scan``); None where the words
    # do not allow it
    metric_lowered: re.Pattern[str] | None
    country_lowered: re.Pattern[str] | None
    # the words that ``bound``, ``increment``, ``base_before`` and ``base_period`` can end with: a
    # cheap test before their search
    bound_last: frozenset[str] | None
    increment_last: frozenset[str] | None
    since_last: frozenset[str] | None
    # the last words of the currency and comparison words: cheap tests before ``currency_before``
    # and ``comparison``
    currency_last: frozenset[str] | None
    comparison_last: frozenset[str] | None
    # the pieces each group word holds ("the", "bloc"): none of them in a sentence, no search there
    group_back_pieces: Pieces

    def metric_of(self, matched: str) -> str:
        """The metric of a matched flow word ("other" for money that is not a trade flow)."""
        if self.metric_stems[0] is None:  # no stems (English): a plain look-up
            return self.lex.metric_words.get(" ".join(matched.lower().split()), "other")
        return lookup(self.lex.metric_words, self.metric_stems, matched) or "other"


def _words(words: Iterable[object]) -> str:
    return alternation(str(w) for w in words)


def _whole_words(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """Any of ``words`` as a whole word, ignoring case; None when the language has none."""
    return re.compile(rf"(?i)(?<![\w])(?:{_words(words)})(?![\w])") if words else None


_Words = Callable[[Iterable[object]], "str | None"]


def _metric_source(lex: Lexicon, words: _Words) -> str | None:
    """The flow-word pattern, not before an office ("the Trade Ministry"), written with ``words``."""
    flows, offices = words([*lex.metric_words, *lex.other_words]), words(lex.offices)
    if flows is None or offices is None:
        return None
    return rf"(?<![\w])(?:{flows})(?![\w])" + (rf"(?!\s+(?:{offices})(?![\w]))" if lex.offices else "")


def _country_source(lex: Lexicon, words: _Words) -> str | None:
    """The country-name pattern with its possessive ending ("Armenia's"), written with ``words``."""
    names, possessives = words(lex.countries), words(lex.possessives)
    if names is None or possessives is None:
        return None
    return rf"(?<![\w.])(?:{names})(?![\w$])" + (rf"(?:{possessives})?" if lex.possessives else "")


def _both(
    source: Callable[[Lexicon, _Words], str | None], lex: Lexicon
) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """A pattern ignoring case, and the same for lower-cased plain text where the words allow it."""
    ignoring = source(lex, _words)
    assert ignoring is not None
    lowered = source(lex, lower_alternation)
    return re.compile(f"(?i){ignoring}"), (re.compile(lowered) if lowered is not None else None)


def scan(
    pattern: re.Pattern[str], lowered: re.Pattern[str] | None, text: str, low: str | None, lo: int, hi: int
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in ``text[lo:hi]``: found by ``lowered`` in ``low`` (``text`` lower-cased
    by ``plain_lower``) where both are given, at the same places, their groups in lower case."""
    if lowered is not None and low is not None:
        return lowered.finditer(low, lo, hi)
    return pattern.finditer(text, lo, hi)


def _projection_words(lex: Lexicon) -> str:
    """The projection cues as an alternation; where month names are capitalised, a cue that is
    also a month ("may") counts only in lower case: "exports may reach", not "January–May"."""
    months = {m.lower() for m in lex.months} if lex.months_capitalised else set()
    words = _words(w for w in lex.projection_cues if w not in months)
    verbs = [w for w in lex.projection_cues if w in months]
    return f"{words}|(?-i:{_words(verbs)})" if verbs else words


# what may cling to a word: "(to", "against,", "5%"
_EDGE = "".join(sorted(set(string.punctuation) | set("«»“”‘’—–…"))) + " \t\n\u00a0"


class EndPhrases:
    """Whether a text ends with one of ``phrases``, then at most ``max_fill`` of ``fillers``
    ("compared with the same period of" ends with "compared with" and four fillers); or with one of
    ``after_percent`` right after a percentage ("up 5% from"). Words ending in ``*`` are stems.

    Read word by word from the end: an end-anchored regex search tries every position of the text
    and cost ~5% of the extraction time, asked of every figure and its period.

    >>> e = EndPhrases(["compared with", "against"], ["the", "same", "period", "of"], 5, ["from"], ["%"])
    >>> [e.match(t) for t in ("up 5% compared with the same period of ", "rose 5% from ", "from ", "the")]
    [True, True, False, False]
    """

    def __init__(
        self,
        phrases: Iterable[str],
        fillers: Iterable[str],
        max_fill: int,
        after_percent: Iterable[str] = (),
        percent_marks: Iterable[str] = (),
    ) -> None:
        self.phrases = {tuple(p.lower().split()) for p in phrases}
        self.lengths = sorted({len(p) for p in self.phrases}, reverse=True)
        self.fillers = {f.lower() for f in fillers if not f.endswith("*")}
        self.filler_stems = tuple(f.lower()[:-1] for f in fillers if f.endswith("*"))
        self.max_fill = max_fill
        self.after_percent = {w.lower() for w in after_percent}
        self.percent_words = {m.lower().split()[-1] for m in percent_marks if m[:1].isalpha()}
        self.percent_signs = tuple(m for m in percent_marks if not m[:1].isalpha())
        self.ends = {p[-1] for p in self.phrases}
        self.last = self.ends | self.fillers | self.after_percent
        self.span = self.max_fill + max(self.lengths, default=1) + 1

    def _filler(self, word: str) -> bool:
        return word in self.fillers or (bool(self.filler_stems) and word.startswith(self.filler_stems))

    def match(self, text: str) -> bool:
        tail = text[-24:].rsplit(None, 1)
        if not tail:
            return False
        last = tail[-1].strip(_EDGE).lower()
        if last not in self.last and not (self.filler_stems and last.startswith(self.filler_stems)):
            return False  # the common case, told from the last word alone
        # only the last words, split from the end: 3/4 of the calls get here ("in", "the" are fillers)
        words = [w.strip(_EDGE) for w in text[-12 * self.span :].lower().rsplit(None, self.span)[-self.span :]]
        for fill in range(self.max_fill + 1):
            end = len(words) - fill
            if end <= 0 or (fill and not self._filler(words[end])):
                return False
            # a phrase can end here only with one of its last words: most words before a period
            # ("in", "of", "the") are fillers only, and the phrase look-ups were ~1/4 of match()
            if words[end - 1] in self.ends and any(
                tuple(words[end - n : end]) in self.phrases for n in self.lengths if n <= end
            ):
                return True
            if end >= 2 and words[end - 1] in self.after_percent and self._percent(text, words[end - 2]):
                return True
        return False

    def _percent(self, text: str, word: str) -> bool:
        return word in self.percent_words or (any(s in text for s in self.percent_signs) and word[-1:].isdigit())


@cache
def cues_for(lang: str) -> Cues:
    lex = LEXICONS[lang]
    filler = rf"(?:\s+(?:{_words(lex.bound_fillers)}))*"
    metric_words = list(lex.metric_words) + list(lex.other_words)
    aux = rf"(?:\s*(?:{_words(lex.projection_auxiliaries)}))?" if lex.projection_auxiliaries else ""
    alone = "".join(f"|{_words([w])}" for w in lex.change_words_alone)
    articles = rf"(?:(?:{_words(lex.party_articles)})\s+)?" if lex.party_articles else ""
    not_ranking = "".join(rf"(?<!{re.escape(w)}\s)" for w in lex.by_not_after)
    metric, metric_lowered = _both(_metric_source, lex)
    country, country_lowered = _both(_country_source, lex)
    return Cues(
        lex=lex,
        bound=re.compile(rf"(?i)(?<![\w])(?P<cue>{_words(lex.bound_cues)}){filler}\s*$"),
        projection=re.compile(rf"(?i)(?<![\w])(?:{_projection_words(lex)})(?![\w])"),
        projection_after=re.compile(
            rf"(?i)\W{{0,3}}{aux}\s*(?:{_words(lex.projection_after)})(?![\w])"
        ),
        metric=metric,
        increment=re.compile(
            rf"(?i)(?<![\w])(?:{_words(lex.increment_cues)})"
            rf"(?:\s+(?:{_words(lex.bound_cues)}))?\s*$"
        ),
        change_before_pair=re.compile(
            rf"(?i)(?<![\w])(?:(?:{_words(lex.change_verbs)})\s+(?:{_words(lex.change_prepositions)}){alone})\s*$"
        ),
        between=re.compile(rf"(?i)(?<![\w])(?:{_words(lex.range_openers)})\s*$"),
        change_pair_opener=(
            re.compile(rf"(?i)(?<![\w])(?:{_words(lex.change_pair_openers)})\s*$")
            if lex.change_pair_openers else None
        ),
        country=country,
        china=re.compile(rf"(?i)(?<![\w])(?:{_words(lex.yen_sign_context)})(?![\w])"),
        relative_clause=re.compile(lex.relative_clause),
        base_when=re.compile(lex.base_when),
        change=re.compile(rf"(?i)(?<![\w])(?:{_words(lex.change_verbs)})(?![\w])"),
        from_=re.compile(rf"(?i)(?<![\w])(?:{_words(lex.from_words)})\s+{articles}$"),
        to=re.compile(rf"(?i)(?<![\w])(?:{_words(lex.to_words)})\s+{articles}$"),
        by=re.compile(rf"(?i)(?<![\w]){not_ranking}(?:{_words(lex.by_words)})\s+{articles}$")
        if lex.by_words
        else None,
        owner_after=re.compile(lex.owner_after),
        owner_before=re.compile(lex.owner_before) if lex.owner_before else None,
        its=re.compile(lex.its_flow),
        partner_of_after=re.compile(lex.partner_of_after) if lex.partner_of_after else None,
        partner_of_before=re.compile(lex.partner_of_before) if lex.partner_of_before else None,
        home=_whole_words(lex.home_words),
        dateline=re.compile(lex.dateline) if lex.dateline else None,
        origin_before=re.compile(lex.origin_before) if lex.origin_before else None,
        origin_form=re.compile(lex.origin_form) if lex.origin_form else None,
        pace=_whole_words(lex.pace_words),
        base_before=EndPhrases(lex.comparison_words, lex.party_articles, 1),
        currency_after=re.compile(rf"(?i)\s+(?:{_words(lex.currency_words)})(?![\w])"),
        currency_before=re.compile(rf"(?i)(?<![\w])(?:{_words(lex.currency_words)})\s+$"),
        world=_whole_words(lex.world_words),
        clause_break=re.compile(rf"(?i)[,;:\u2013\u2014]|(?<![\w])(?:{_words(lex.clause_words)})(?![\w])"),
        trade_subject=(
            re.compile(rf"(?:{_country_source(lex, _words)})(?:{lex.trade_verb_gap})$", re.IGNORECASE)
            if lex.trade_verb_gap
            else None
        ),
        from_change=(
            re.compile(rf"(?i)(?<![\w])(?:{_words(froms)})\s+(?:[^\W\d]+\s+){{0,2}}$")  # "from the current"
            if (froms := [w for w in lex.change_prepositions if w not in lex.change_words_alone])
            else None
        ),
        to_change=re.compile(  # "… to about $12 billion"
            rf"(?i)(?<![\w])(?:{_words(w for w in lex.range_separators if w not in lex.sum_separators)})"
            rf"\s+(?:[^\W\d]+\s+)?$"
        ),
        difference_after=(
            # "$8.6bn more than", "$1.1 billion or 21.4% more than a year earlier" (a word and a share between)
            re.compile(
                rf"(?i)\s*(?:,?\s*[^\W\d]{{1,4}}\s+\d+(?:[.,]\d+)?\s*(?:{_words(lex.percent_marks)})\s+)?"
                rf"(?:{_words(lex.difference_after)})(?![\w])"
            )
            if lex.difference_after
            else None
        ),
        balance=(
            re.compile(
                rf"(?i)(?<![\w])(?:{_words(lex.balance_words)})\w*(?!\s+(?:{_words(lex.balance_between)})(?![\w]))"
                rf"(?:\s+\S+){{0,3}}?\s+$"
            )
            if lex.balance_words
            else None
        ),
        respectively=_whole_words(lex.respectively_words),
        part_of=_whole_words(lex.part_of_words),
        group_back=_whole_words(lex.group_back_words),
        # an amount restated in another currency in brackets: "3.21 trillion yuan ($447.9 billion)",
        # "14.52 trillion yuan (roughly 2.11 trillion U.S. dollars)", "28,37 млрд юаней /4,46 млрд долл. США/"
        conversion=re.compile(
            rf"\s*[(\[]\s*(?:(?i:{_words(w for w, b in lex.bound_cues.items() if b == 'approx')})\s+)?"
            r"(?:[^\W\d]{1,6}\.?\s*)?|\s*/\s*|\s*[)\]/]\s*[(\[/]\s*"
        ),
        goods=_whole_words(lex.goods_words),
        new_clause=re.compile(rf"(?i)[,;\u2013\u2014]\s*(?:{_words(lex.clause_words)})(?![\w])"),
        base_period=EndPhrases(
            [w for w in lex.comparison_words if w not in lex.comparison_after_percent],
            lex.comparison_fillers,
            5,
            lex.comparison_after_percent,
            lex.percent_marks,
        ),
        since=re.compile(rf"(?i)(?<![\w])(?:{_words(lex.since_words)})\s+$") if lex.since_words else None,
        refer_back=re.compile(rf"(?i)(?<![\w])(?:{_words(lex.refer_back_words)})(?![\w])"),
        flow_after_amount=re.compile(rf"(?i){lex.flow_after_amount}"),
        fiscal=re.compile(rf"(?i)(?<![\w])(?:{_words(lex.fiscal_words)})"),
        data=re.compile(rf"(?i)(?<![\w])(?:{_words(lex.data_words)})(?![\w])"),
        comparison=(
            re.compile(rf"(?i)(?<![\w])(?:{_words(lex.comparison_words)})\s+$") if lex.comparison_words else None
        ),
        metric_stems=stem_patterns(metric_words),
        metric_lowered=metric_lowered,
        country_lowered=country_lowered,
        country_stems=stem_patterns(lex.countries),
        bound_last=final_words(lex.bound_cues, lex.bound_fillers),
        increment_last=final_words(lex.increment_cues, lex.bound_cues),
        since_last=final_words(lex.since_words),
        currency_last=final_words(lex.currency_words),
        comparison_last=final_words(lex.comparison_words),
        group_back_pieces=pieces(lex.group_back_words),
    )
