"""Property tests: any str gives a well-formed table, deterministically."""

from __future__ import annotations

import math
import re

import pandas as pd
import pytest
from hypothesis import HealthCheck, example, given, settings
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


@SETTINGS
@given(st.one_of(TEXTS, TEXTS_RU), st.sampled_from(sorted(LEXICONS)))
@example("8 billion dollars, 5bn, 7 USD, 9 € and 3 MUSD; 4 Bn yuan, 2-3 tons", "en")
@example("8 млрд долларов, 5 млн руб., 7 USD, 9 € и 3 тонны", "ru")
def test_an_amount_at_a_digit_has_what_may_follow_its_number(text: str, lang: str) -> None:
    """Where the money pattern matches at a digit, the small pattern _matches asks first matches too;
    its form for plain lower-cased text matches there exactly when it does."""
    from tradefigures._regex import plain_lower
    from tradefigures.numbers import _patterns

    pats = _patterns(lang)
    low = plain_lower(text)
    for i in (m.start() for m in re.finditer(r"\d", text)):
        if pats.money.match(text, i):
            assert pats.after_number.match(text, i), (text, i)
        if low is not None and pats.after_number_lowered is not None:
            lowered = pats.after_number_lowered.match(low, i)
            assert bool(lowered) == bool(pats.after_number.match(text, i)), (text, i)


# stops, quotes, white space and what may follow them: the pieces of sentence boundaries
_STOPS = st.sampled_from([". ", "! ", "…", ".\u201d ", "\n", "\n\n", " \t\n", "A", "a", "5", "«", "(", " "])


@SETTINGS
@given(st.one_of(TEXTS, TEXTS_RU, st.lists(_STOPS, max_size=20).map("".join)))
@example("Trade grew. Exports rose!\u201d (Then) imports fell…\n \n\nNew paragraph.\n\nEnd")
def test_sentence_boundaries_as_the_plain_alternation(text: str) -> None:
    """The sentence-boundary pattern, written first character first for speed, finds what the plain
    alternation finds, with the same white space after the stop."""
    from tradefigures.segment import _BOUNDARY

    plain = re.compile(r"[.!?…][\"'”’»)\]]*(\s+)(?=[\"'“‘«(\[]?[A-Z0-9\u0400-\u042f$€£])|\n[ \t]*\n\s*")
    found = [(m.span(), m.span(1)) for m in _BOUNDARY.finditer(text)]
    assert found == [(m.span(), m.span(1)) for m in plain.finditer(text)]


@SETTINGS
@given(st.one_of(TEXTS, TEXTS_RU, st.text(st.characters(min_codepoint=0x3F0, max_codepoint=0x510), max_size=5)))
def test_cyrillic_is_found_in_the_bytes_as_by_the_regex(text: str) -> None:
    from tradefigures.segment import CYRILLIC, has_cyrillic

    assert has_cyrillic(text) == bool(CYRILLIC.search(text))
    assert has_cyrillic(text + "\udc80") == bool(CYRILLIC.search(text))  # a lone surrogate (surrogateescape)


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


# the whole-word cues that a few ``in`` tests on the lower-cased sentence may rule out (cues.Cues)
_HELD = {"group_back": "group_back_pieces"}


def _word_texts(lang: str) -> st.SearchStrategy[str]:
    """Text made of the lexicon's currency and comparison words and the words of the cues in ``_HELD``,
    in any case, glued in odd ways (and now and then a letter whose lower case re reads otherwise:
    "ſ", "K")."""
    from tradefigures._lexicon import LEXICONS

    lex = LEXICONS[lang]
    words = [*lex.currency_words, *lex.comparison_words]
    words += [w for name in _HELD for w in getattr(lex, f"{name}_words")]
    words = [w.replace("*", "ой") for w in words]
    glue = st.sampled_from([" ", "  ", "\u00a0", "\n", "(", "-", "x", "$", "5", "", "\u017f", "\u212a"])
    piece = st.one_of(*(st.sampled_from(words).map(f) for f in (str, str.upper, str.title)), glue)
    return st.lists(piece, max_size=8).map("".join)


@SETTINGS
@given(st.sampled_from(sorted(LEXICONS)).flatmap(lambda lang: st.tuples(st.just(lang), _word_texts(lang))))
@example(("en", "Sales to the bloc in US dollars rose, compared with a year earlier"))
@example(("ru", "Продажи блока в долларах США выросли по сравнению с годом ранее"))
def test_plain_text_prechecks_never_hide_a_cue(case: tuple[str, str]) -> None:
    """The ``in`` tests and the last-word test the reader makes on plain lower-cased text before
    some whole-word searches are necessary conditions: wherever the search finds a cue, they let it run."""
    from tradefigures._regex import may_end_with, may_hold, plain_lower
    from tradefigures.cues import cues_for as _cues

    lang, text = case
    cues, low = _cues(lang), plain_lower(text)
    for name, held in _HELD.items():
        pattern = getattr(cues, name)
        if pattern is not None and pattern.search(text):
            assert may_hold(low, getattr(cues, held)), name
    for end in range(len(text) + 1):
        back = max(0, end - 16)
        if low is not None and cues.currency_before.search(text, back, end):
            assert may_end_with(text[back:end], cues.currency_last), end
        back = max(0, end - 48)
        if low is not None and cues.comparison is not None and cues.comparison.search(text, back, end):
            assert may_end_with(text[back:end], cues.comparison_last), end


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


def test_a_first_character_class_holds_every_character_re_takes_for_it_ignoring_case() -> None:
    """The lookahead classes before the period shapes are matched as written (for speed): each one
    made from a letter ignoring case holds every code point that re matches to the letter ignoring
    case (every code point is tried), and no other letter of the lexicons' alphabets."""
    import re

    from tradefigures._regex import _case_table, first_chars

    codes = [*range(0x30, 0x3A), *range(0x41, 0x5B), *range(0x61, 0x7B), *range(0xC0, 0x100), *range(0x400, 0x460)]
    letters = "".join(chr(c) for c in codes if chr(c).isalnum())
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    folded = set(re.findall(f"(?i)[{re.escape(letters)}]", everything))
    for letter in letters:
        cased = first_chars(re.escape(letter), re.IGNORECASE)
        assert cased is not None, letter
        # as written where this Python's case table is readable (3.11+); else still ignoring case
        assert cased.startswith("(?-i:" if _case_table() is not None else "(?i:"), letter
        pattern = re.compile(cased)
        for ch in folded:
            ignoring = re.fullmatch(re.escape(letter), ch, re.IGNORECASE)
            assert bool(pattern.fullmatch(ch)) == bool(ignoring), (letter, ch)


def test_plain_letters_match_ignoring_case_as_their_lower_case() -> None:
    """What ``plain_lower`` lets through: a plain letter matches another ignoring case exactly when
    their lower cases are equal; lower-casing keeps it a word character or not; no character
    without case matches a plain letter ignoring case (every code point is tried)."""
    import re

    from tradefigures._regex import plain_lower

    letters = [chr(c) for c in (*range(128), *range(0xC0, 0x100), *range(0x400, 0x460))]
    assert all(plain_lower(ch) == ch.lower() and len(ch.lower()) == 1 for ch in letters)
    for p in letters:
        ignoring = re.compile("(?i)" + re.escape(p))
        assert [t for t in letters if ignoring.fullmatch(t)] == [t for t in letters if t.lower() == p.lower()], p
        assert bool(re.fullmatch(r"\w", p)) == bool(re.fullmatch(r"\w", p.lower())), p
    caseless = "".join(ch for ch in map(chr, range(0x110000)) if ch.lower() == ch == ch.upper())
    cased = re.compile("(?i)[" + re.escape("".join(ch for ch in letters if ch.lower() != ch.upper())) + "]")
    assert cased.search(caseless) is None


SCAN_PIECES = st.sampled_from(
    ["China", "CHINA", "china's", "Armenia’s", "the US", "us", "U.S.", "Russia", "Россия", "России", "США",
     "exports", "Exports", "EXPORTS", "trade", "Trade Ministry", "товарооборот", "Экспорт", "ſ", "ı", "K",
     "İ", "Σ", "ς", "ᲀ", "é", "É", "€", "–", " ", " ", ".", ",", "'", "-", "$", "\u00a0", "\n"]
)


@SETTINGS
@given(st.one_of(TEXTS, TEXTS_RU, st.text(max_size=60), st.lists(SCAN_PIECES, max_size=30).map("".join)),
       st.sampled_from(sorted(LEXICONS)))
def test_lowered_word_scans_find_what_the_case_insensitive_scans_find(text: str, lang: str) -> None:
    """The flow-word and country scans run on the lower-cased text where it is plain (for speed):
    they find exactly the spans the case-insensitive patterns find in the text."""
    from tradefigures._regex import plain_lower
    from tradefigures.cues import cues_for, scan

    cues, low = cues_for(lang), plain_lower(text)
    for pattern, lowered in ((cues.metric, cues.metric_lowered), (cues.country, cues.country_lowered)):
        found = [m.span() for m in scan(pattern, lowered, text, low, 0, len(text))]
        assert found == [m.span() for m in pattern.finditer(text)]
        for lo, hi in ((1, len(text) - 1), (len(text) // 2, len(text))):
            assert [m.span() for m in scan(pattern, lowered, text, low, lo, hi)] == [
                m.span() for m in pattern.finditer(text, lo, hi)
            ]


@pytest.mark.parametrize("text", ["TEN AND HALF\u00ad$", "ten\u200b $5", "twenty \u2060$ 3"])
def test_anchored_scan_equals_a_full_scan_across_invisible_characters(text: str) -> None:
    """Found by hypothesis: number words, a soft hyphen, then a sign (the fast scan stopped at it)."""
    from tradefigures.numbers import _matches, _patterns

    pats = _patterns("en")
    assert [m.span() for m in _matches(text, pats, "en")] == [m.span() for m in pats.money.finditer(text)]


SIGN_PIECES = ["$", "$$", "€", "元", "(", ")", " ", "\u00a0", "\r\n", "\u00ad", ".", "5", "1,250", "a", "US",
               "USD", "five", "bn", "руб.", "долл.", "млрд", "to", "-"]  # fmt: skip


@SETTINGS
@given(st.lists(st.sampled_from(SIGN_PIECES), max_size=30), st.sampled_from(sorted(LEXICONS)))
@example(["$", "$", " ", "$", "5", "$", "$"], "en")
@example(["five", " ", "$", "$"], "en")
@example(["руб.", "$", "$"], "ru")
def test_anchored_scan_equals_a_full_scan_among_signs(pieces: list[str], lang: str) -> None:
    """Signs next to no letter or digit ("$$$", "($)") are passed over without trying the money
    pattern there (issue 13: "$" * 400,000 tried it at each); what is found is as finditer finds."""
    from tradefigures.numbers import _matches, _patterns

    text = "".join(pieces)
    pats = _patterns(lang)
    assert [m.span() for m in _matches(text, pats, lang)] == [m.span() for m in pats.money.finditer(text)]
