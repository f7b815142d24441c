"""explain(): every money-looking candidate is accounted for, on the case files and the peer suite."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradefigures import explain, extract
from tradefigures.explain import _GAP, _RUN, _Covered, _mark_pieces, _marks, _quote_span

CASES = [
    (case["text"], case.get("published"))
    for path in sorted((Path(__file__).parent / "cases").glob("*/*.json"))
    for case in json.loads(path.read_text(encoding="utf-8"))["cases"]
]
PEER = json.loads((Path(__file__).parent / "peer" / "recognizers-currency-en.json").read_text(encoding="utf-8"))


def _check_accounting(text: str, published: str | None) -> None:
    table = explain(text, published=published)
    figures = extract(text, published=published)
    got = table[table["outcome"] == "figure"]
    assert list(zip(got["start"], got["end"], strict=True)) == list(
        zip(figures["start"], figures["end"], strict=True)
    ), "every figure appears in explain, and only figures are 'figure'"
    spans = list(zip(table["start"], table["end"], strict=True))
    for m in _marks("en").finditer(text):
        a, b = _quote_span(m)
        assert any(s < b and a < e for s, e in spans), f"{text[a:b]!r} is not accounted for"
    assert table["reason"].notna().all()
    for r in table.itertuples():
        assert text[r.start : r.end] == r.quote


@pytest.mark.parametrize(("text", "published"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_every_candidate_in_the_case_files_is_accounted_for(text: str, published: str | None) -> None:
    _check_accounting(text, published)


def test_every_amount_of_the_peer_suite_is_accounted_for() -> None:
    missing = []
    for case in PEER:
        text = case["Input"]
        _check_accounting(text, None)
        table = explain(text)
        spans = list(zip(table["start"], table["end"], strict=True))
        for r in case["Results"]:
            at = text.lower().find(r["Text"].lower())
            if r["Resolution"].get("value") is None or at < 0:
                continue  # a bare currency name, or a span the suite gives for text it does not hold
            if not any(s < at + len(r["Text"]) and at < e for s, e in spans):
                missing.append(r["Text"])
    assert missing == ["sen 100,000"]  # "sen" names no currency on its own (yen, ringgit, rupiah…)


def test_reasons_say_why() -> None:
    text = (
        "Exports to China hit $5bn in 2023. Investment reached $2bn. Trade grew by $1bn. "
        "The index rose USD 5%. Prices in 2023 USD terms fell."
    )
    reasons = dict(zip(explain(text)["quote"], explain(text)["reason"], strict=True))
    assert reasons["$5bn"] == "exports"
    assert reasons["$2bn"] == "not a trade flow: 'investment'"
    assert reasons["$1bn"].startswith("an increment")
    assert reasons["USD 5"] == "a percentage, not money"


def test_explain_says_where_each_period_and_side_came_from() -> None:
    text = (
        "Trade between China and Russia rose to $54 billion in January–August. "
        "Exports from China exceeded $23 billion. Investment reached $2 billion."
    )
    table = explain(text, published="2024-09-07")
    figures = table[table["outcome"] == "figure"]
    assert figures["period_source"].tolist() == ["stated", "carried"]
    assert "'January–August' in its sentence" in figures["why"].iloc[0]
    assert "stated in an earlier sentence" in figures["why"].iloc[1]
    skipped = table[table["outcome"] == "skipped"]
    assert skipped["why"].isna().all()


def test_a_russian_text_gets_its_reasons_without_naming_its_language() -> None:
    text = "Экспорт в Китай составил $5 млрд в 2023 году. Инвестиции достигли $2 млрд."
    reasons = dict(zip(explain(text)["quote"], explain(text)["reason"], strict=True))
    assert reasons == {"$5 млрд": "exports", "$2 млрд": "not a trade flow: 'инвестиции'"}


def _plain_marks(lang: str) -> re.Pattern[str]:
    """_marks as it was first written, before issue 13: the digits before a mark tried from every
    digit, backing off one at a time (quadratic in a run of digits). The reference for what it finds."""
    word, mark = _mark_pieces(lang)
    number, gap = rf"(?:{_RUN}|{word})", _GAP
    return re.compile(rf"(?P<before>{number}{gap}(?:[a-zA-Z]+{gap})?{mark})|(?P<after>{mark}{gap}{number})")


def _found(text: str, lang: str) -> list[tuple[tuple[int, int], str]]:
    """The quotes _marks finds, each with "before" or "after" (where its number is)."""
    return [(_quote_span(m), "after" if m.start("q3") >= 0 else "before") for m in _marks(lang).finditer(text)]


PIECES = ["1", "25", ",", ".", "\u00a0", "\u2009", " ", "$", "USD", "dollars", "one", "x", "рублей", "млн",
          "руб.", "долл.", "\u00a0\u00a0\u00a0\u00a0", ",,,,"]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30), st.sampled_from(["en", "ru"]))
def test_marks_finds_what_the_plain_pattern_found(pieces: list[str], lang: str) -> None:
    text = "".join(pieces)
    assert _found(text, lang) == [(m.span(), m.lastgroup) for m in _plain_marks(lang).finditer(text)]


@pytest.mark.parametrize(
    "text",
    ["руб.2023.€", "1\u00a0\u00a0\u00a0\u00a01 $", "долл.\u00a0\u00a0\u00a0\u00a05 $", "x,,,,,5 USD 1,,,,2 $",
     "1\u00a0\u00a0\u00a0\u00a0" * 50 + "USD"],
)  # fmt: skip
def test_marks_finds_what_the_plain_pattern_found_after_runs_of_separators(text: str) -> None:
    """A run of digits four separators apart is tried from its first digit only (issue 13: from
    each, "1" and four no-break spaces over and over took time quadratic in its length), also
    when a match ends inside the run ("руб." before "2023")."""
    for lang in ("en", "ru"):
        assert _found(text, lang) == [(m.span(), m.lastgroup) for m in _plain_marks(lang).finditer(text)]


def test_explain_on_digits_between_space_runs() -> None:
    """The hostile family of issue 13 ("1" and four no-break spaces, over and over, then a mark):
    one candidate, the whole run, found once."""
    text = "1\u00a0\u00a0\u00a0\u00a0" * 2_000 + "USD"
    table = explain(text, published="2024-11-25")
    assert table[["start", "end", "outcome"]].values.tolist() == [[0, len(text), "skipped"]]


@pytest.mark.parametrize(
    ("text", "span"),
    [("1" * 3000 + " USD", (0, 3004)), ("1,,,,5 USD", (0, 10)), ("5\u00a0\u00a0\u00a0\u00a0USD", (0, 8)),
     ("word.5 USD", (5, 10)), ("costs\u00a05\u00a0USD", (6, 11)), (",,5 USD", (2, 7))],
)  # fmt: skip
def test_the_digits_before_a_mark_are_taken_whole(text: str, span: tuple[int, int]) -> None:
    assert [_quote_span(m) for m in _marks("en").finditer(text)] == [span]


@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(1, 8)), max_size=20), st.integers(0, 60), st.integers(1, 8)
)
def test_covered_spans_meet_a_span_as_a_scan_of_them_does(spans: list[tuple[int, int]], a: int, n: int) -> None:
    covered = _Covered()
    half = len(spans) // 2
    covered.add([(s, s + k) for s, k in spans[:half]])
    covered.add([(s, s + k) for s, k in spans[half:]])
    assert covered.meets(a, a + n) == any(s < a + n and a < s + k for s, k in spans)
