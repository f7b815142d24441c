"""Property tests: any str gives a well-formed table, deterministically."""

from __future__ import annotations

import math

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tradefigures import SCHEMA, extract
from tradefigures._lexicon import LEXICONS

# Pieces of money text, so generated strings often contain near-amounts, not just noise.
PIECES = st.sampled_from(
    [
        "$",
        "US$",
        "€",
        "£",
        "¥",
        "USD",
        "EUR",
        "RUB",
        "usd",
        "Rs.",
        "five",
        "twenty-",
        "a",
        " ",
        "\n",
        "\u00a0",
        "-",
        "–",
        ",",
        ".",
        "0",
        "1",
        "8",
        "14",
        "8.3",
        "7,4",
        "1,250,000",
        "billion",
        "billon",
        "bn",
        "mln",
        "m",
        "million",
        "trillion",
        "dollars",
        "Hong Kong dollars",
        "cents",
        "MUSD",
        "k",
        "\u00ad",
        "rubles",
        "yuan",
        "to",
        "and",
        "between",
        "from",
        "exceeded",
        "about",
        "up to",
        "nearly",
        "trade",
        "exports",
        "imports",
        "investment",
        "by",
        "rose",
        "expected",
        "in 2023",
        "first half of 2024",
        "H1",
        "Q3",
        "last year",
        "by 2030",
        "Russia",
        "Armenia",
        "Moscow",
        "Russian-Armenian",
        "half a",
        "ten and a half",
        "June 14",
        "2020-2022",
        "12%",
        ". ",
        "’s",
        "”",
    ]
)
TEXTS = st.one_of(st.text(max_size=300), st.lists(PIECES, max_size=40).map("".join))
# Pieces of Russian money text, so generated strings often hold near-amounts, not just noise.
PIECES_RU = st.sampled_from(
    [
        "$", "€", "₽", "~", "USD", " ", "\u00a0", "\n", "-", "–", ",", ".", "0", "1", "7", "14",
        "8,3", "7 363,2", "1 200", "38", "607,6", "млрд", "млрд.", "млн", "млн.", "трлн", "тыс.",
        "миллиарда", "миллионов", "триллионов", "долларов", "долл.", "долл. США", "рублей", "руб.",
        "евро", "юаней", "драмов", "тенге", "двух", "полтора", "девять", "от", "до", "с", "и",
        "вырос", "превысил", "более", "около", "почти", "не более", "перевалил за", "товарооборот",
        "экспорт", "импорт", "поставки из", "инвестиции", "сальдо", "вырос на", "ожидается",
        "в 2023 году", "за первое полугодие 2024 года", "в III квартале", "за январь–сентябрь",
        "в прошлом году", "к 2030 году", "годом ранее", "Россия", "России", "Арменией",
        "в Армению", "из России", "российско-армянский", "Москва", "14 июня", "2020–2022", "5%",
        ". ", "«", "»", "Trade hit $5 billion",
    ]
)
TEXTS_RU = st.one_of(
    st.text(alphabet=st.characters(min_codepoint=0x400, max_codepoint=0x4FF) | st.sampled_from(" .,-$1"),
            max_size=200),
    st.lists(PIECES_RU, max_size=40).map("".join),
)


SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(text: str, df: pd.DataFrame) -> None:
    assert list(df.columns) == list(SCHEMA)
    for name, col in SCHEMA.items():
        assert df[name].dtype == col.dtype, name
    for r in df.itertuples():
        assert math.isfinite(r.low)
        assert math.isfinite(r.high)
        assert 0 <= r.low <= r.high
        assert 0 <= r.start < r.end <= len(text)
        assert text[r.start : r.end] == r.quote
        assert r.quote in r.sentence
    starts = df["start"].tolist()
    assert starts == sorted(starts)


@SETTINGS
@given(TEXTS, st.booleans())
def test_any_text_gives_a_well_formed_table(text: str, include_other: bool) -> None:
    df = extract(text, published="2024-11-25", include_other=include_other)
    _check(text, df)


@SETTINGS
@given(TEXTS)
def test_extraction_is_deterministic(text: str) -> None:
    a = extract(text, include_other=True)
    b = extract(text, include_other=True)
    pd.testing.assert_frame_equal(a, b)
    assert a.attrs == b.attrs


@SETTINGS
@given(TEXTS)
def test_trade_rows_are_a_subset_of_all_rows(text: str) -> None:
    trade = extract(text, published="2024-11-25")
    every = extract(text, published="2024-11-25", include_other=True)
    assert set(trade["start"]) <= set(every["start"])
    assert "other" not in set(trade["metric"])


@SETTINGS
@given(st.one_of(TEXTS, TEXTS_RU), st.sampled_from(sorted(LEXICONS)))
def test_anchored_scan_equals_a_full_scan(text: str, lang: str) -> None:
    """The fast scan (tried only at digits, signs and word marks) finds what finditer finds, in
    every language's pattern, on English and Russian text alike."""
    from tradefigures.numbers import _matches, _patterns

    pats = _patterns(lang)
    assert [m.span() for m in _matches(text, pats, lang)] == [m.span() for m in pats.money.finditer(text)]


def _cue_texts(lang: str) -> st.SearchStrategy[str]:
    """Text ending in (or near) the lexicon's bound and increment words, glued in odd ways."""
    from tradefigures._lexicon import LEXICONS

    lex = LEXICONS[lang]
    words = [*lex.bound_cues, *lex.bound_fillers, *(w.replace("*", "ло") for w in lex.increment_cues)]
    glue = st.sampled_from([" ", "  ", "\u00a0", "\n", "(", "-", "~", "«", ".", ",", "x", "$", ""])
    piece = st.one_of(st.sampled_from(words), st.sampled_from(words).map(str.upper), glue)
    return st.lists(piece, max_size=8).map("".join)


@SETTINGS
@given(st.sampled_from(sorted(LEXICONS)).flatmap(lambda lang: st.tuples(st.just(lang), _cue_texts(lang))))
def test_cue_precheck_never_hides_a_cue(case: tuple[str, str]) -> None:
    """The cheap last-word test before the bound and increment searches is a necessary condition:
    wherever the search would find a cue, the test lets it run."""
    from tradefigures._regex import may_end_with
    from tradefigures.cues import cues_for as _cues

    lang, before = case
    cues = _cues(lang)
    if cues.bound.search(before):
        assert may_end_with(before, cues.bound_last)
    if cues.increment.search(before):
        assert may_end_with(before, cues.increment_last)


@SETTINGS
@given(st.floats(min_value=0, max_value=1e15), st.sampled_from([1.0, 1e3, 1e5, 1e6, 1e7, 1e9, 1e12]))
def test_scaling_by_a_power_of_ten_is_the_decimal_product(value: float, scale: float) -> None:
    """The fast path of value × scale gives what decimal arithmetic gives, to the last bit."""
    from decimal import Decimal

    from tradefigures.numbers import _times

    assert _times(value, scale) == float(Decimal(repr(value)) * Decimal(repr(scale)))


PERIOD_PIECES = st.sampled_from(
    ["in", "the", "first", "second", "half", "quarter", "of", "2023", "2024", "H1", "Q3", "1H24", "9M",
     "nine", "months", "January", "june", "–", "-", "to", "by", "until", "this", "last", "year", "a",
     "earlier", "ago", "annual", "per", "The", "BY", "за", "первое", "полугодие", "III", "квартал",
     "январь", "–сентябрь", "в", "прошлом", "году", "к", "2030", "годом", "ранее", " ", " ", ",", "'24"]
)


@SETTINGS
@given(st.one_of(TEXTS, TEXTS_RU, st.lists(PERIOD_PIECES, max_size=30).map(" ".join)),
       st.sampled_from(sorted(LEXICONS)))
def test_period_lookahead_guards_change_no_match(text: str, lang: str) -> None:
    """The period pattern carries a one-character lookahead before each of its shapes (for speed):
    it finds exactly what the same pattern without the lookaheads finds."""
    import re

    from tradefigures.periods import _pattern, _source

    plain = re.compile(_source(lang))
    assert [m.span() for m in _pattern(lang).finditer(text)] == [m.span() for m in plain.finditer(text)]
