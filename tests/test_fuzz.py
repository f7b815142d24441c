"""Fuzz tests: near-miss amounts built from pieces, and a list of nasty strings.

Beyond the property tests (test_properties.py): the generated texts are made of the pieces that
amounts are made of (digits, separators, currency marks, scale words, dashes, number words) plus
the invisible and look-alike characters of real-world text (no-break and thin spaces, soft
hyphens, zero-width spaces, full-width digits, smart quotes), in random order. Every output must
be a well-formed table. The long campaign over the same strategies is
``python benchmarks/fuzz_campaign.py``; this file is bounded for CI.
"""

from __future__ import annotations

import importlib.util
import math
import random
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tradefigures import SCHEMA, extract, extract_many

# --- pieces of near-miss amounts ---------------------------------------------------------------

SEPARATORS = [",", ".", " ", "\u00a0", "\u202f", "\u2009"]  # no-break, narrow no-break, thin space
CURRENCIES = ["$", "€", "£", "¥", "₽", "₹", "US$", "USD", "EUR", "RUB", "dollars", "rubles", "yuan"]
SCALES = ["billion", "billon", "bn", "mln", "m", "trillion", "тыс", "млрд", "million", "thousand"]
DASHES = ["-", "–", "—", "−"]
CONNECTORS = ["to", "and", "between", "from"]
NUMBER_WORDS = ["one", "two", "three", "eight", "ten", "twelve", "twenty", "hundred", "half", "a", "and a half"]
INVISIBLE = ["\u00ad", "\u200b"]  # soft hyphen, zero-width space
QUOTES = ["“", "”", "‘", "’", "«", "»", '"', "'"]
WORDS = [
    "trade", "exports", "imports", "turnover", "reached", "exceeded", "about", "nearly", "up to",
    "in", "2023", "2024", "H1", "Q3", "last year", "by 2030", "Russia", "China", "Armenia", "the",
    "of", "investment", ".", ". ", "\n", "\n\n", "%",
]
FULL_WIDTH_DIGITS = "０１２３４５６７８９"

PIECE = st.one_of(
    st.sampled_from("0123456789"),
    st.text(alphabet="0123456789", min_size=1, max_size=12),  # digit runs, leading zeros included
    st.integers(min_value=0, max_value=10**15).map(str),
    st.sampled_from(["8.3", "7,4", "1,250,000", "1.250.000", "0.5", "14"]),
    st.sampled_from(SEPARATORS),
    st.sampled_from(CURRENCIES),
    st.sampled_from(SCALES),
    st.sampled_from(DASHES),
    st.sampled_from(CONNECTORS),
    st.sampled_from(NUMBER_WORDS),
    st.sampled_from(INVISIBLE),
    st.text(alphabet=FULL_WIDTH_DIGITS, min_size=1, max_size=6),
    st.sampled_from(QUOTES),
    st.sampled_from(WORDS),
)


@st.composite
def near_miss_amount(draw: st.DrawFn) -> str:
    """A few pieces of an amount in random order, glued with nothing or with one space."""
    pieces = draw(st.lists(PIECE, min_size=1, max_size=10))
    glue = draw(st.lists(st.sampled_from(["", "", " "]), min_size=len(pieces), max_size=len(pieces)))
    return "".join(p + g for p, g in zip(pieces, glue, strict=True))


NEAR_MISS_TEXTS = st.lists(
    st.one_of(near_miss_amount(), st.sampled_from(WORDS), st.text(max_size=8)), min_size=1, max_size=8
).map(" ".join)

# --- the checks ---------------------------------------------------------------------------------


def check_table(text: str, df: pd.DataFrame) -> None:
    """What every output of extract() must satisfy, whatever the input."""
    assert isinstance(df, pd.DataFrame)
    assert list(df.columns) == list(SCHEMA)
    for name, col in SCHEMA.items():
        assert df[name].dtype == col.dtype, name
    assert len(df) <= len(text) // 2 + 1, f"{len(df)} rows from {len(text)} characters"
    for r in df.itertuples():
        assert isinstance(r.quote, str)
        assert 0 <= r.start < r.end <= len(text), (r.start, r.end)
        assert text[r.start : r.end] == r.quote
        assert len(r.quote) < 500, len(r.quote)
        assert r.quote in r.sentence, (r.quote, r.sentence)
        assert math.isfinite(r.low), r.low
        assert math.isfinite(r.high), r.high
        assert 0 <= r.low <= r.high, (r.low, r.high)


def fuzz_check(text: str) -> None:
    """check_table on extract(text, include_other=True)."""
    check_table(text, extract(text, include_other=True))


FUZZ = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


@FUZZ
@given(NEAR_MISS_TEXTS)
def test_near_miss_amounts_give_a_well_formed_table(text: str) -> None:
    fuzz_check(text)


@FUZZ
@given(st.lists(near_miss_amount(), min_size=1, max_size=6), st.randoms(use_true_random=False))
def test_shuffled_pieces_give_a_well_formed_table(amounts: list[str], rnd: random.Random) -> None:
    """The same pieces in another order: still well formed."""
    chars = list(" ".join(amounts))
    rnd.shuffle(chars)
    fuzz_check("".join(chars))


# Bugs the fuzzing found, fixed; kept as regression cases: (input, as Python source, what it did)
FOUND_BUG_CASES: list[tuple[str, str, str]] = [
    ("$hundred", "'$hundred'", "AttributeError: 'int' object has no attribute 'is_integer'"),
    ("0 0 US$hundred", "'0 0 US$hundred'", "AttributeError: 'int' object has no attribute 'is_integer'"),
    ("1" * 310 + "$", "'1' * 310 + '$'", "low = high = inf: the number overflows float"),
    ("0" * 600 + " dollars", "'0' * 600 + ' dollars'", "a quote of 608 characters (a 600-digit number)"),
    ("1" * 2_000 + "\n\n$", "'1' * 2_000 + '\\n\\n$'",
     "low = inf, a 2,003-character quote, and the amount spans a blank line"),
    ("1\n\n$", "'1\\n\\n$'", "the quote spans a paragraph break, so it is not in its sentence '1'"),
    ("20\n\n$5", "'20\\n\\n$5'", "the quote '20\\n\\n$' spans a paragraph break (and '$5' is lost)"),
]


@pytest.mark.parametrize(
    "text",
    [pytest.param(text, id=source) for text, source, _bug in FOUND_BUG_CASES],
)
def test_inputs_that_once_broke_give_a_well_formed_table(text: str) -> None:
    check_table(text, extract(text, include_other=True))


# --- nasty strings ------------------------------------------------------------------------------

SURROGATE_IN_SENTENCE = "Exports hit $5 billion\udcff in 2023."
SURROGATE_ESCAPED = b"Exports to China hit \xe9$5 billion in 2023 \xff\xfe.".decode("utf-8", "surrogateescape")
MIXES = ("1 MB mix", "1 MB mix, no known-bug joins")


def _mix(size: int, leave_out: tuple[str, ...] = (), sep: str = "\n\n") -> str:
    """``size`` characters: 2,000-character slices of the other nasty strings in a fixed shuffled
    order, as paragraphs (so that no sentence is a megabyte long)."""
    parts = [make()[:2_000] for name, make in NASTY.items() if name not in (*MIXES, *leave_out)]
    rnd = random.Random(2024)
    out: list[str] = []
    n = 0
    while n < size:
        rnd.shuffle(parts)
        for p in parts:
            out.append(p)
            n += len(p) + len(sep)
    return sep.join(out)[:size]


NASTY: dict[str, Callable[[], str]] = {
    "200k characters without spaces": lambda: ("Trade$8.3billion,exports€5bn;imports1,2mln|" * 5_000)[:200_000],
    "100,000 digits": lambda: "1" * 100_000,
    "100,000 dollar signs": lambda: "$" * 100_000,
    "'$1 ' x 30,000": lambda: "$1 " * 30_000,
    "'billion ' x 20,000": lambda: "billion " * 20_000,
    "'1,' x 50,000": lambda: "1," * 50_000,
    "NUL mixed in": lambda: "Trade\x00 reached $8.3\x00 billion\x00 in 2023.\x00 \x00$\x005\x00bn " * 500,
    "NUL between every character": lambda: "\x00".join("Exports hit $8.3 billion in 2023. ") * 200,
    "lone surrogate": lambda: "\udcff",
    "lone surrogates, no amount": lambda: "\udcff\udc80 trade \udcfe" * 1_000,
    "CRLF line endings": lambda: "Trade hit $8.3 billion in 2023.\r\n\r\nExports rose to €5bn.\r\n" * 500,
    "RTL marks": lambda: (
        "\u200fTrade\u200f hit \u202e$8.3 billion\u202c in 2023\u200e. التجارة ٨٫٣ مليار دولار \u2067$5bn\u2069. "
    ) * 200,
    "emoji": lambda: "💰 Trade hit $8.3 billion 📈 in 2023 🇷🇺🇦🇲. 👍🏽$5bn👨‍👩‍👧. " * 300,
    "combining characters": lambda: (
        "Trade hit $8\u0301.3\u0308 billion\u20dd in 2023. $̲8̲.̲3̲ bn e\u0301\u0302\u0303. " * 300
    ),
    "no-break space": lambda: "$8.3\u00a0billion",
    "zero-width space after the sign": lambda: "$\u200b8.3 billion",
    "full-width digits": lambda: "８.３ billion dollars",
    "surrogate in a found amount's sentence": lambda: SURROGATE_IN_SENTENCE,
    "surrogateescape-decoded bytes": lambda: SURROGATE_ESCAPED,
    "1 MB mix": lambda: _mix(1_000_000),
    # the same joined by sentences, without the digit and $ runs
    "1 MB mix, no known-bug joins": lambda: _mix(
        1_000_000, leave_out=("100,000 digits", "100,000 dollar signs"), sep=".\n\n"
    ),
}

def _nasty_params() -> list[object]:
    params: list[object] = []
    for name, make in NASTY.items():
        params.append(pytest.param(make, id=name))
    return params


@pytest.mark.parametrize("make", _nasty_params())
def test_nasty_string_gives_a_well_formed_table(make: Callable[[], str]) -> None:
    text = make()
    check_table(text, extract(text, include_other=True))


# --- extract_many on a mixed list ---------------------------------------------------------------

NOT_TEXT: list[object] = [None, b"Exports hit $5 billion in 2023.", b"\xff\xfe\x00", 42, 3.5, float("nan")]


def _mixed_docs(texts: list[str]) -> list[object]:
    """Texts with the non-text items spread among them."""
    docs: list[object] = []
    others = iter(NOT_TEXT)
    for i, t in enumerate(texts):
        docs.append(t)
        if i % 3 == 0:
            docs.append(next(others, None))
    docs.extend(others)
    return docs


def _check_many(docs: list[object], include_other: bool) -> None:
    df = extract_many(docs, include_other=include_other)
    assert list(df.columns) == ["doc_id", *SCHEMA]
    for name, col in SCHEMA.items():
        assert df[name].dtype == col.dtype, name
    not_text = {i for i, d in enumerate(docs) if not isinstance(d, str)}
    errors = df.attrs["errors"]
    assert {e["doc_id"] for e in errors} == not_text
    assert all(isinstance(e["reason"], str) and e["reason"] for e in errors)
    assert df.attrs["documents"] == len(docs)
    assert set(df["doc_id"]) <= set(range(len(docs))) - not_text
    for i, d in enumerate(docs):
        if i in not_text:
            continue
        assert isinstance(d, str)
        mine = df[df["doc_id"] == i]
        alone = extract(d, include_other=include_other)
        assert list(zip(mine["start"], mine["end"], strict=True)) == list(
            zip(alone["start"], alone["end"], strict=True)
        ), f"document {i}"
        check_table(d, mine.drop(columns="doc_id"))


def test_extract_many_on_nasty_strings_mixed_with_non_text() -> None:
    """The nasty strings (their first 3,000 characters, to keep the test fast) with None, bytes and
    numbers among them: errors for the non-text items, the same figures as extract() for the rest."""
    texts = [make()[:3_000] for make in NASTY.values()]
    texts.append("In the first half of 2024, trade between Russia and Armenia exceeded $8.3 billion.")
    _check_many(_mixed_docs(texts), include_other=True)
    _check_many(_mixed_docs(texts), include_other=False)


def test_extract_many_with_a_surrogate_in_a_found_amount() -> None:
    docs = _mixed_docs(["Trade hit $1 billion.", SURROGATE_IN_SENTENCE, SURROGATE_ESCAPED])
    _check_many(docs, include_other=False)


# --- the adversarial families of benchmarks/ stay usable ---------------------------------------


def _families() -> dict[str, Callable[[int], str]]:
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "adversarial_families.py"
    spec = importlib.util.spec_from_file_location("adversarial_families", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    families: dict[str, Callable[[int], str]] = module.FAMILIES
    return families


def test_adversarial_families_give_strings_of_the_size_asked_and_well_formed_tables() -> None:
    for name, make in _families().items():
        for n in (0, 1, 997, 3_000):
            text = make(n)
            assert isinstance(text, str), name
            assert len(text) == n, (name, n, len(text))
        check_table(text, extract(text, include_other=True))
