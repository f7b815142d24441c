"""The document stage: what a figure's own sentence left open, resolved from what came before it.

Reports state a period and the two sides once and refer back to them: "Trade between A and B rose
to $54 billion in January–August. Exports from A exceeded $23 billion." Reading the figures in text
order, this stage keeps a small state, the **period in force** and the **sides in force**, each with
the sentence that set it, and fills each figure's open columns from it:

- The period in force is set by an actual figure whose own sentence states its period, or by a
  sentence without figures that states one ("In January–August, customs data showed …"); a
  comparison base ("a year earlier", "the same period of 2023") and a projection never set it.
- An actual figure with no period takes the period in force (``carried``). "A year earlier" with
  nothing in its own sentence to count from is one year before the period in force; "the same
  period of 2023" takes the months in force in 2023. Phrases that point back resolve against it
  ("in the period under review" and "за отчетный период": the period in force; "for the month":
  its month; "the previous month": the month before; "since the beginning of the year" and "over
  the past 12 months": to its last month in the publication year, else to the publication month).
- A projection takes a period only from what the text says: its own sentence, the same claim
  stated elsewhere in the document with its period, or words of pace ("maintain the pace") after
  a dated figure (that figure's year). Otherwise it has no period: a goal with no date.
- The sides in force are those of the latest figure whose sentence named them, or of a sentence
  that names countries and speaks of trade. A figure whose sentence names no side takes them in
  the order they were set (the first side is the subject: "exports fell" in a report on A's trade
  with B are A's exports to B). An export or import figure whose sentence names only its partner
  ("imports from B") takes the other side in force as its reporter; one whose sentence names the
  sides in force in no order of its own ("the US was the largest buyer of Korean goods") takes
  their order in force. The country the report is about (the first reporter named, or the
  country whose partners a sentence lists) reports a figure said of it without its name ("the
  kingdom's overall exports") and one naming a single other country in no order of its own
  ("China was the biggest supplier at $10.4 billion"). A flow with the whole world
  ("the country's total exports") takes no partner.

Every filled column says where it came from (``period_source``: ``carried`` from an earlier
sentence, ``inferred`` from the reference date; ``parties_source`` likewise) and why.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from ._lexicon import FISCAL_YEAR_STARTS, GROUPS, LEXICONS
from .cues import cues_for
from .periods import Period, label_for, part_within, shift_year
from .reading import Document, Reading, is_base_period, is_dated, joined_pair, same_months, sentence_periods

__all__ = ["resolve"]


@dataclass
class _InForce:
    """The period and sides in force, and the sentence that set each."""

    period: Period | None = None
    period_at: int = -1
    sides: tuple[str | None, str | None] = (None, None)
    sides_at: int = -1
    # the sides a sentence names while speaking of something else ("A and B signed a roadmap"):
    # in force only for a figure whose sentence points back to them ("the two countries")
    named: tuple[str | None, str | None] = (None, None)
    named_at: int = -1
    # the last pair with both sides, for "the two countries" after a figure with the world
    pair: tuple[str | None, str | None] = (None, None)
    # the country the report is about ("the kingdom's exports"), once asked for
    home: str | None = None
    home_read: bool = False
    # the sentences up to these were read for a period or sides already (each is read once)
    period_read: int = -1
    sides_read: int = -1


def _stated_period(doc: Document, si: int) -> Period | None:
    """The first period a sentence without figures states for the present or past (not "by 2030",
    not "a year earlier", not a comparison base, not "since 2020")."""
    cues, lo = cues_for(doc.langs[si]), doc.sentences[si].start
    for p in sentence_periods(doc, si, [], cues):
        past = doc.ref is None or p.start is None or p.start <= doc.ref
        plain = p.relation in ("", "fiscal", "fy")
        if is_dated(p) and plain and past and not is_base_period(doc.text, lo, p, cues):
            return p
    return None


def _named_sides(doc: Document, si: int) -> tuple[str | None, str | None]:
    """The first two sides a sentence names; when the first is a destination ("sales to the United
    States, Italy's largest market"), the first that is not comes before it."""
    cues, lo = cues_for(doc.langs[si]), doc.sentences[si].start
    named = doc.sides(si)
    if (pair := joined_pair(doc.text, named)) is not None:
        return pair
    order: list[tuple[bool, str]] = []
    for start, _, code in named:
        if all(code != c for _, c in order):
            order.append((cues.to.search(doc.text, max(lo, start - 12), start) is not None, code))
    if order and order[0][0] and (k := next((i for i, o in enumerate(order) if not o[0]), 0)):
        order.insert(0, order.pop(k))
    codes = [code for _, code in order]
    if len(codes) > 1 and codes[0] in GROUPS and codes[1] not in GROUPS:
        codes[:2] = codes[1], codes[0]  # "Доля стран СНГ в обороте Казахстана"
    return (codes[0], codes[1] if len(codes) > 1 else None) if codes else (None, None)


def _speaks_of_trade(doc: Document, si: int) -> bool:
    return doc.flow_in(si) is not None


def _points_back(doc: Document, si: int) -> bool:
    sent = doc.sentences[si]
    return bool(cues_for(doc.langs[si]).refer_back.search(doc.text, sent.start, sent.end))


def _catch_up_period(doc: Document, state: _InForce, upto: int, with_figures: set[int]) -> None:
    """The latest sentence without figures before sentence ``upto`` (after the one that set the
    period in force) that speaks of trade and states a period sets it. Read only for a figure
    that needs it: most figures state their period (measured: reading every sentence cost ~10%
    of the extraction time on benchmarks/newsgen.py text)."""
    lowest, state.period_read = max(state.period_at, state.period_read), max(state.period_read, upto - 1)
    for si in range(upto - 1, lowest, -1):
        if si not in with_figures and _speaks_of_trade(doc, si) and (p := _stated_period(doc, si)) is not None:
            state.period, state.period_at = p, si
            return


def _catch_up_sides(doc: Document, state: _InForce, upto: int, with_figures: set[int], named: bool) -> None:
    """Likewise for the sides: the latest sentence without figures that names them while speaking
    of trade sets them; with ``named``, a later one that names them about something else is kept
    apart, for a figure whose sentence points back ("the two countries")."""
    lowest, state.sides_read = max(state.sides_at, state.sides_read), max(state.sides_read, upto - 1)
    one: tuple[tuple[str | None, str | None], int] | None = None  # a sentence naming one side only
    for si in range(upto - 1, lowest, -1):
        if si in with_figures:
            continue
        trade = _speaks_of_trade(doc, si)
        if not trade and (not named or si <= state.named_at):
            continue
        if (sides := _named_sides(doc, si))[0] is None:
            continue
        if trade and sides[1] is None and one is None:
            # "по данным таможни КНР, товарооборот двух стран …" after "Торговля Китая и Казахстана …":
            # one side named again does not end the pair named before it
            one = (sides, si)
            continue
        if trade and one is not None and one[0][0] not in sides:
            break
        if trade and (kept := _keeps_subject(_subject(doc, state, upto), sides)) is not None:
            if kept:
                _set_sides(state, (kept[0], kept[1]), si)
            return
        if trade:
            _set_sides(state, sides, si)
            return
        state.named, state.named_at = sides, si
    if one is not None and one[0][0] not in state.sides:
        _set_sides(state, *one)


def _subject(doc: Document, state: _InForce, upto: int) -> tuple[str | None, str | None]:
    """The sides in force, else the country the report is about with no partner."""
    if state.sides[0] is not None:
        return state.sides
    if not state.home_read:
        state.home, state.home_read = _home(doc, upto), True
    return (state.home, None)


def _keeps_subject(
    inforce: tuple[str | None, str | None], sides: tuple[str | None, str | None]
) -> tuple[str | None, ...] | None:
    """A sentence without figures that names the subject in force keeps it first ("The United
    Kingdom was Turkey's largest export market" in a report on Turkey's trade); one that names the
    partner in force but not the subject changes nothing ("It overtook Uganda as the second-largest
    seller of goods to Kenya" in a report on Tanzania's sales to Kenya): () for that. None when
    neither holds and the sentence's own sides are in force."""
    subject, partner = inforce
    if subject is None:
        return None
    if subject in sides:
        other = sides[1] if sides[0] == subject else sides[0]
        return (subject, other)
    if partner is not None and partner in sides:
        return ()
    return None


def _carry_period(doc: Document, r: Reading, state: _InForce, before: Reading | None) -> None:
    """The period of a figure whose sentence left it open; ``before`` is the figure before it in
    its sentence, if any ("A year earlier, … $18bn, compared with $9bn a year earlier")."""
    inforce = state.period
    if r.earlier_open and before is not None and is_dated(before.period):
        inforce = before.period
    if r.earlier_open:
        if is_dated(inforce):
            r.period = shift_year(inforce, -1)
            r.period_source, r.period_why = "carried", f"{r.period_why!r}: a year before {inforce.label}, in force"
        elif doc.ref is not None:
            y = doc.ref.year - 1
            r.period = Period(date(y, 1, 1), date(y, 12, 31), str(y), (0, 0))
            r.period_source, r.period_why = "inferred", f"{r.period_why!r}: the year before the reference date"
        return
    if r.same_open and is_dated(inforce) and r.period is not None:
        if inforce.label != str(inforce.start.year if inforce.start else ""):
            r.period = same_months(inforce, r.period)
            r.period_source, r.period_why = "carried", f"the same months as {inforce.label}, in force"
            r.base = True
        return
    if r.period is not None and r.period.relation in _BY_CONTEXT:
        _resolve_phrase(doc, r, state)
        return
    if r.period is None and not r.projection and not r.keep_open and is_dated(inforce):
        if r.before_change:
            r.period, r.period_source = shift_year(inforce, -1), "carried"
            r.period_why = f"the level before the change: a year before {inforce.label}, in force"
            return
        if r.base and before is not None and before.period == inforce:
            # "shipped Sh71.6bn, up from Sh51.9bn over the similar period": a year before the figure compared
            r.period = shift_year(inforce, -1)
            r.period_source = "carried"
            r.period_why = f"the base of a comparison: a year before {inforce.label}, in force"
            return
        r.period = inforce
        r.period_source = "carried"
        r.period_why = f"{inforce.label}, stated in an earlier sentence"


# "the last financial year", "this fiscal year", "the coming fiscal year": years from the one
# holding the reference date
_FISCAL = {"fiscal_last": -1, "fiscal_this": 0, "fiscal_next": 1}
# how a period phrase that needs the document is resolved (see Lexicon.period_phrases)
_BY_CONTEXT = frozenset(
    {"back", "quarter", "half", "year", "month", "prev_month", "ytd", "trailing", "year_end", "full_year",
     *_FISCAL}
)
# the months of the unit a phrase names ("in the quarter", "за полугодие")
_UNIT = {"quarter": 3, "half": 6}


def _unit_holding(p: Period | None, months: int) -> Period | None:
    """The quarter or half (``months`` long) that ``p`` is or lies in; None when ``p`` is longer
    or spans two ("in the quarter" after a whole year is no quarter in particular)."""
    if p is None or p.start is None or p.end is None:
        return None
    first = (p.start.month - 1) // months * months + 1
    last = first + months - 1
    if p.end.year != p.start.year or p.end.month > last:
        return None
    return _months((p.start.year, first), (p.start.year, last))


def _twelve_months(p: Period) -> bool:
    return p.start is not None and p.end is not None and (p.end.year * 12 + p.end.month) - (
        p.start.year * 12 + p.start.month
    ) == 11


def _single_month(p: Period) -> bool:
    return p.start is not None and p.end is not None and (p.start.year, p.start.month) == (p.end.year, p.end.month)


def _month_before(year: int, month: int) -> tuple[int, int]:
    return (year, month - 1) if month > 1 else (year - 1, 12)


def _months(first: tuple[int, int], last: tuple[int, int]) -> Period:
    start = date(first[0], first[1], 1)
    end = date(last[0], last[1], calendar.monthrange(last[0], last[1])[1])
    return Period(start, end, label_for(start, end), (0, 0))


def _latest_month(doc: Document, state: _InForce, si: int) -> tuple[int, int] | None:
    """The latest month the text speaks of: a month sentence ``si`` names ("since the beginning of
    the year …, customs figures through the end of August showed"), else the end of the period in
    force, else the publication month."""
    ref = doc.ref
    if ref is None:
        return None
    for p in (*reversed(sentence_periods(doc, si, [], cues_for(doc.langs[si]))), state.period):
        if p is None or p.start is None or p.end is None or not (p.end <= ref and p.end.year == ref.year):
            continue
        if p is state.period or (p.start.year, p.start.month) == (p.end.year, p.end.month):
            return p.end.year, p.end.month
    return _latest_named(doc, ref) or (ref.year, ref.month)


def _latest_named(doc: Document, ref: date) -> tuple[int, int] | None:
    """The latest month of the publication year that a span from January named anywhere in the text
    ends with: how far the data run ("… $21.9 billion so far this year. … exports reached $14.6
    billion between January and November"); a single month is about a figure of its own. Read
    once per document."""
    if not doc.latest_named:
        ends = [p.end for si in range(len(doc.sentences)) for p in doc.periods_in(si)
                if p.start is not None and p.end is not None and p.start == date(ref.year, 1, 1)
                and p.end <= ref and p.end.month > 1]
        doc.latest_named.append((ref.year, max(ends).month) if ends else None)
    return doc.latest_named[0]


def _fiscal_start(doc: Document, r: Reading, state: _InForce) -> int:
    """The month the fiscal year starts in, of the first side (of the figure, else in force) whose
    fiscal year does not start in January; else of the text's (see Document.fiscal_first); else
    January."""
    for code in (r.reporter, r.partner, *state.sides, state.home):
        if (first := FISCAL_YEAR_STARTS.get(code or "")) is not None:
            return first
    return fy[0] if (fy := doc.fiscal_first()) else 1


def _same_part(doc: Document, r: Reading, inforce: Period) -> bool:
    """Whether a figure's fiscal-year phrase follows "the same quarter of" and a part of a year is
    in force."""
    assert r.period is not None
    lex = LEXICONS[doc.langs[r.sentence]]
    before = doc.text[max(0, r.period.span[0] - 32) : r.period.span[0]].lower()
    whole_year = inforce.label == str(inforce.start.year) if inforce.start is not None else True
    return not whole_year and any(w in before for w in lex.same_period_words)


def _fiscal_from_ref(ref: date, first: int, shift: int) -> Period:
    """The fiscal year starting in month ``first`` that holds ``ref``, moved by ``shift`` years."""
    y = (ref.year if ref.month >= first else ref.year - 1) + shift
    return _months((y, first), (y + 1, first - 1) if first > 1 else (y, 12))


def _named_before(doc: Document, r: Reading, which: Callable[[Period], bool] = is_dated) -> Period | None:
    """The period a sentence names before its back-reference ("Пик пришелся на апрель–май: за эти
    два месяца ввоз составил $17,7 млрд"), which it refers to rather than the one in force; only
    periods ``which`` accepts (a single month for "in the month")."""
    assert r.period is not None
    named = [p for p in doc.periods_in(r.sentence)
             if p.span[1] <= r.period.span[0] and is_dated(p) and which(p) and p.relation in ("", "fiscal", "fy")]
    return named[-1] if named else None


def _year_in_force(inforce: Period | None, ref: date | None) -> int | None:
    """"The full-year figure": the year of the period in force, else of the publication."""
    if is_dated(inforce) and inforce.start is not None:
        return inforce.start.year
    return ref.year if ref is not None else None


def _resolve_phrase(doc: Document, r: Reading, state: _InForce) -> None:
    """"In the period under review", "for the month", "the previous month", "since the beginning
    of the year", "over the past 12 months": resolved against the period in force."""
    assert r.period is not None
    how, phrase = r.period.relation, doc.text[r.period.span[0] : r.period.span[1]]
    p, inforce = None, state.period
    single = inforce is not None and inforce.start is not None and inforce.end is not None and (
        (inforce.start.year, inforce.start.month) == (inforce.end.year, inforce.end.month)
    )
    if how == "back":
        p = _named_before(doc, r) or (inforce if is_dated(inforce) else None)
    elif how == "year":
        p = inforce if is_dated(inforce) and _twelve_months(inforce) else None
    elif how in _UNIT:
        p = _unit_holding(_named_before(doc, r) or (inforce if is_dated(inforce) else None), _UNIT[how])
    elif how == "month" and single:
        p = inforce
    elif how == "month" and (named := _named_before(doc, r, _single_month)) is not None:
        p = named  # "fell … in June …, with exports totalling NOK 68.4 billion in the month"
    elif how == "prev_month":
        base = (inforce.start.year, inforce.start.month) if single and inforce and inforce.start else (
            (doc.ref.year, doc.ref.month) if doc.ref else None
        )
        p = _months(_month_before(*base), _month_before(*base)) if base else None
    elif how == "full_year" and (year := _year_in_force(inforce, doc.ref)) is not None:
        p = _months((year, 1), (year, 12))
    elif how == "year_end" and doc.ref is not None:
        # "по итогам года" in an actual figure published early in a year: the year just ended
        y = doc.ref.year - (not r.projection and doc.ref.month <= 3)
        p = _months((y, 1), (y, 12))
    elif how in _FISCAL and doc.ref is not None:
        month = _fiscal_start(doc, r, state)
        p = _fiscal_from_ref(doc.ref, month, _FISCAL[how])
        if (part := part_within(r.period.part, p.start.year, month) if p.start else None) is not None:
            p = Period(*part, label_for(*part), (0, 0))  # "the first ten months of the current fiscal year"
        elif is_dated(inforce) and _same_part(doc, r, inforce):
            p = shift_year(inforce, _FISCAL[how])  # "$1.71bn in the same quarter of the previous fiscal year"
    elif how in ("ytd", "trailing") and (last := _latest_month(doc, state, r.sentence)) is not None:
        first = (last[0], 1) if how == "ytd" else (last[0] - 1, last[1] + 1) if last[1] < 12 else (last[0], 1)
        p = _months(first, last)
    r.period = p
    if p is None:
        r.period_source, r.period_why = None, f"{phrase!r} with nothing in force to refer to"
    else:
        r.period_source = "carried" if how == "back" else "stated"
        r.period_why = f"{phrase!r}: {p.label}, from the period in force or the publication date"


def _home_sides(r: Reading, state: _InForce) -> None:
    """"The kingdom's overall exports", "the country's total exports": the country the report is
    about reports; the other side named in the sentence, else in force, is the partner."""
    home, first, second = state.home, *state.sides
    others = [c for c in (r.reporter, r.partner) if c is not None and c != home]
    partner = others[0] if others else None if r.world else second if first == home else None
    r.reporter, r.partner = home, partner
    r.parties_source, r.parties_why = "carried", f"the country the report is about ({home}) as reporter"


def _orient(r: Reading, state: _InForce) -> str:
    """An export or import whose sentence names its sides with no word saying which is which:
    in the order in force ("the US was the largest buyer of Korean goods" in a report on Korea's
    trade with the US), else with the country the report is about as reporter ("China was the
    biggest supplier, at $10.4 billion" in a report on Vietnam's trade); "" if neither."""
    (first, second), home = state.sides, state.home
    named = [c for c in (r.reporter, r.partner) if c is not None]
    alone = home is not None and len(named) == 1 and named[0] != home
    if not alone and first is not None and set(named) <= {first, second}:
        r.reporter, r.partner = first, second
        return "its sentence names the sides in force, in no order of its own: theirs"
    if home is not None and (home in named or alone):
        others = [c for c in named if c != home]
        r.reporter, r.partner = home, (others[0] if others else None)
        return f"its sentence names its sides in no order of its own: {home}, the report's country, reports"
    return ""


def _carry_sides(doc: Document, r: Reading, state: _InForce) -> None:
    """The sides a figure's sentence left open, from the sides in force."""
    if (r.home_owner or r.by_order) and not state.home_read:
        state.home, state.home_read = _home(doc, r.sentence), True
    if r.home_owner and state.home is not None:
        _home_sides(r, state)
        return
    first, second = state.sides
    named_later = state.named_at > state.sides_at and state.named[1] is not None
    if named_later and r.no_sides and (_points_back(doc, r.sentence) or _only_pair(doc, r, state)):
        # "двусторонний товарооборот", or trade with no sides in force in the paragraph that named
        # a pair ("Торгово-экономические связи Омской области и Казахстана развиваются.
        # Товарооборот составил …"): the pair named last holds from here on
        first, second = state.named
        _set_sides(state, state.named, state.named_at)
    elif second is None and state.pair[1] is not None and r.no_sides and _points_back(doc, r.sentence):
        first, second = state.pair  # "…внешней торговли КНР… В 2015 году торговля между двумя странами …"
    if first is None:
        return
    if r.no_sides:
        r.reporter, r.partner = first, (None if r.world else second)
        r.parties_source, r.parties_why = "carried", "the sides in force, from an earlier sentence"
        return
    other = {first: second, second: first}
    if r.by_order and not r.world and (r.metric != "trade" or r.partner is None) and (why := _orient(r, state)):
        pass
    elif r.reporter is None and r.partner is not None and r.metric in ("exports", "imports"):
        # "imports from B" in a report on A: A's imports
        r.reporter = first if r.partner != first else second
        why = "its partner in its sentence, the subject in force as reporter"
    elif r.world:
        return  # "the country's total exports": no partner to carry
    elif r.partner is None and r.reporter is not None and r.reporter in other and other[r.reporter]:
        # "China's exports to Kazakhstan …, while imports amounted to …": with the other side in force
        r.partner = other[r.reporter]
        why = "its reporter in its sentence, the other side in force"
    elif r.metric == "trade" and r.partner is None and r.reporter is not None and r.reporter not in other:
        # "Two-way trade with the US" in a report on Korea
        r.reporter, r.partner = first, r.reporter
        why = "its partner in its sentence, the subject in force"
    else:
        return
    if r.partner == r.reporter:
        r.partner = None
    r.parties_source, r.parties_why = "carried", why


def _only_pair(doc: Document, r: Reading, state: _InForce) -> bool:
    """Whether trade with no sides follows, in the same paragraph, the only pair named so far."""
    same = doc.sentences[state.named_at].paragraph == doc.sentences[r.sentence].paragraph
    return same and state.sides[0] is None and r.metric == "trade"


def _update(r: Reading, state: _InForce) -> None:
    if r.period_source == "stated" and not r.projection and not r.base and is_dated(r.period):
        state.period, state.period_at = r.period, r.sentence
    if r.parties_source == "stated" and r.reporter is not None:
        _set_sides(state, (r.reporter, r.partner), r.sentence)
    elif r.home_owner and r.reporter is not None and state.sides == (None, None):
        # "внешняя торговля республики составила …. Экспорт увеличился …": the report's country, in force
        _set_sides(state, (r.reporter, r.partner), r.sentence)
    elif r.world and r.reporter is not None and r.partner is None:
        # "The country's total exports rose to $188bn. … Exports had closed 2021 at $225bn": with the world
        _set_sides(state, (r.reporter, None), r.sentence)


def _set_sides(state: _InForce, sides: tuple[str | None, str | None], at: int) -> None:
    state.sides, state.sides_at = sides, at
    if sides[0] is not None and sides[1] is not None:
        state.pair = sides


def _home(doc: Document, upto: int) -> str | None:
    """The country the report is about: the first reporter of the first sentence up to ``upto``
    that names a side while speaking of trade ("Türkiye's exports to the US climbed …")."""
    firsts: dict[int, Reading] = {}
    for reading in doc.readings:
        firsts.setdefault(reading.sentence, reading)
    for si in range(upto + 1):
        r = firsts.get(si)
        if r is not None and r.parties_source == "stated" and r.reporter is not None:
            return r.reporter
        if r is None and (whose := doc.whose_partner(si)) is not None:
            return whose  # "Russia entered the top ten trading partners of Brazil"
        if r is None and _speaks_of_trade(doc, si) and (first := _named_sides(doc, si)[0]) is not None:
            return first
    return None


def _projection_periods(doc: Document, years: dict[int, int]) -> None:
    """A projection with no period: the year of the dated figures before it when its sentence
    speaks of keeping their pace; else the same claim's period stated elsewhere; else none."""
    for i, r in enumerate(doc.readings):
        if r.projection and not is_dated(r.period) and i in years:
            y = years[i]
            r.period = Period(date(y, 1, 1), date(y, 12, 31), str(y), (0, 0))
            r.period_source, r.period_why = "inferred", f"keeping the pace of the figures of {y}"
    claims = {
        (r.amount.low, r.amount.high, r.amount.currency): r
        for r in doc.readings
        if r.projection and is_dated(r.period)
    }
    for r in doc.readings:
        if not r.projection or is_dated(r.period):
            continue
        r.period = None
        same = claims.get((r.amount.low, r.amount.high, r.amount.currency))
        if same is not None:
            r.period, r.period_source = same.period, "carried"
            r.period_why = f"the same claim, stated with its period: {same.amount.quote!r}"
        else:
            r.period_source, r.period_why = None, "a projection with no period stated"


def _restated_periods(doc: Document) -> None:
    """An actual figure with no period that the text states again with its period: that period
    ("Товарооборот СЗФО … достиг 19 миллиардов долларов. … в 2023 году … составил 19 миллиардов
    долларов": a headline, then the story)."""
    stated: dict[tuple[float, float, str, str], Reading] = {}
    for r in doc.readings:
        if not r.projection and not r.base and is_dated(r.period):
            stated.setdefault((r.amount.low, r.amount.high, r.amount.currency, r.metric), r)
    for r in doc.readings:
        if r.projection or r.keep_open or is_dated(r.period):
            continue
        same = stated.get((r.amount.low, r.amount.high, r.amount.currency, r.metric))
        if same is not None:
            r.period, r.period_source = same.period, "carried"
            r.period_why = f"the same figure, stated again with its period: {same.amount.quote!r}"


def _periods_given_after(doc: Document, with_figures: set[int]) -> None:
    """Actual figures with no period, followed in their paragraph by a sentence without figures
    that gives the period of the data ("Российские поставки составили $21,4 млрд. … Такие данные
    за январь–май опубликовал Турецкий статистический институт")."""
    given: dict[int, Period | None] = {}  # for each sentence walked, the period given after it
    for r in doc.readings:
        if r.projection or r.keep_open or is_dated(r.period):
            continue
        p = _period_given_after(doc, r.sentence, with_figures, given)
        if p is not None:
            r.period, r.period_source = p, "carried"
            r.period_why = f"the period of the data, given after it: {p.label}"


def _period_given_after(
    doc: Document, si: int, with_figures: set[int], given: dict[int, Period | None]
) -> Period | None:
    """The period the first sentence after ``si`` in its paragraph without figures that names the
    data states; kept in ``given`` for each sentence walked: walking on from each figure made a
    paragraph of many figures without a period quadratic ("$1 $1 $1 …", 400,000 characters: 13.6 ->
    6.5 s with Document.paragraph_metric's)."""
    para, walked, found = doc.sentences[si].paragraph, [], None
    k = si
    while k not in given:
        walked.append(k)
        k += 1
        if k == len(doc.sentences) or doc.sentences[k].paragraph != para:
            break
        if k not in with_figures and _names_data(doc, k) and (found := _stated_period(doc, k)) is not None:
            break
    else:
        found = given[k]
    for w in walked:
        given[w] = found
    return found


def _names_data(doc: Document, si: int) -> bool:
    sent = doc.sentences[si]
    return cues_for(doc.langs[si]).data.search(doc.text, sent.start, sent.end) is not None


def resolve(doc: Document) -> None:
    """Fill what each reading of ``doc`` left open, in text order (in place)."""
    state = _InForce()
    with_figures = {r.sentence for r in doc.readings}
    pace_years: dict[int, int] = {}
    before: Reading | None = None
    for i, r in enumerate(doc.readings):
        open_ = r.same_open or r.by_order or r.home_owner
        settled = r.reporter is not None and r.partner is not None and not open_
        if settled and is_dated(r.period):
            _update(r, state)  # nothing left open (most figures): only what it sets
            before = r
            continue
        if not is_dated(r.period) or r.same_open:
            _catch_up_period(doc, state, r.sentence, with_figures)
        if r.no_sides or r.by_order or r.home_owner or r.reporter is None or r.partner is None:
            _catch_up_sides(doc, state, r.sentence, with_figures, r.no_sides)
        _carry_period(doc, r, state, before if before is not None and before.sentence == r.sentence else None)
        _carry_sides(doc, r, state)
        before = r
        if r.projection and not is_dated(r.period) and _keeps_pace(doc, r) and is_dated(state.period):
            assert state.period.start is not None
            pace_years[i] = state.period.start.year
        _update(r, state)
        if r.period is not None and r.period.start is None:
            r.period = None
    _projection_periods(doc, pace_years)
    _restated_periods(doc)
    _periods_given_after(doc, with_figures)


def _keeps_pace(doc: Document, r: Reading) -> bool:
    sent = doc.sentences[r.sentence]
    pace = cues_for(doc.langs[r.sentence]).pace
    return pace is not None and bool(pace.search(doc.text, sent.start, sent.end))
