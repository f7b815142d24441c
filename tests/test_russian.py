"""Russian text: language detection on every case, and the properties of tests/test_properties.py
over Cyrillic text (any str gives a well-formed table, deterministically)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from test_properties import SETTINGS, TEXTS_RU, _check
from tradefigures import extract, extract_many
from tradefigures.extract import detect_language, split_sentences

CASES_DIR = Path(__file__).parent / "cases"

# The language of each sentence of the cases that mix English and Russian, in order.
MIXED = {
    "mixed-en-then-ru": ["en", "ru"],
    "mixed-decimal-comma-by-sentence-language": ["en", "ru"],
    "mixed-ru-then-en": ["ru", "en"],
    "mixed-en-negative-ru-positive": ["en", "ru"],
    "mixed-en-then-ru-adjective-compound": ["en", "ru"],
    "mixed-neg-en-loan-ru-investment": ["en", "ru"],
}


def _cases() -> list[tuple[str, str, str]]:
    out = []
    for path in sorted(CASES_DIR.glob("*/*.json")):
        for case in json.loads(path.read_text(encoding="utf-8"))["cases"]:
            out.append((path.parent.name, case["id"], case["text"]))
    return out


CASES = _cases()


def test_every_mixed_case_is_listed() -> None:
    assert {cid for _, cid, _ in CASES if cid.startswith("mixed-")} == set(MIXED)


@pytest.mark.parametrize(("lang", "cid", "text"), CASES, ids=[f"{c[0]}/{c[1]}" for c in CASES])
def test_detection_picks_the_language_of_every_sentence(lang: str, cid: str, text: str) -> None:
    want = MIXED.get(cid) or [lang] * len(split_sentences(text))
    assert [detect_language(text[a:b]) for a, b in split_sentences(text)] == want


@pytest.mark.parametrize(
    ("lang", "cid", "text"),
    [c for c in CASES if c[1] not in MIXED],
    ids=[f"{c[0]}/{c[1]}" for c in CASES if c[1] not in MIXED],
)
def test_detected_language_reads_like_the_given_one(lang: str, cid: str, text: str) -> None:
    detected = extract(text, published="2024-11-25", include_other=True)
    given_lang = extract(text, published="2024-11-25", include_other=True, lang=lang)
    pd.testing.assert_frame_equal(detected, given_lang)


def test_lang_is_checked_and_passed_through() -> None:
    text = "Товарооборот России и Армении в 2023 году составил 7,3 млрд долларов."
    with pytest.raises(ValueError, match="lang must be one of"):
        extract(text, lang="de")
    assert extract(text, lang="ru")["low"].tolist() == [7.3e9]
    # read as English, "7,3" is not a number and "долларов" is not a currency
    assert extract(text, lang="en").empty
    df = extract_many([text, "Exports to China hit $5bn in 2023."], lang="ru")
    assert df["quote"].tolist() == ["7,3 млрд долларов"]  # "Exports ... $5bn" is not Russian trade
    assert extract_many([text, "Exports to China hit $5bn in 2023."])["quote"].tolist() == [
        "7,3 млрд долларов",
        "$5bn",
    ]
    with pytest.raises(ValueError, match="lang must be one of"):
        extract_many([text], lang="de")


@SETTINGS
@given(TEXTS_RU, st.booleans(), st.sampled_from([None, "ru"]))
def test_any_russian_text_gives_a_well_formed_table(text: str, include_other: bool, lang: str | None) -> None:
    df = extract(text, published="2024-11-25", include_other=include_other, lang=lang)
    _check(text, df)


@SETTINGS
@given(TEXTS_RU)
def test_russian_extraction_is_deterministic(text: str) -> None:
    a = extract(text, include_other=True)
    b = extract(text, include_other=True)
    pd.testing.assert_frame_equal(a, b)
    assert a.attrs == b.attrs


def test_a_letter_scale_in_russian_copy_is_read_not_a_crash() -> None:
    """'$0-0K' raised KeyError 'k' in Russian text (the one-letter scales were English only)."""
    from tradefigures.numbers import find_amounts

    assert [a.quote for a in find_amounts("$0-0K", "ru")] == ["$0-0K"]
    # "и" pairs the two as "and" does in English; extract makes two figures of the pair
    assert [(a.quote, a.low, a.high) for a in find_amounts("экспорт $5m и $8b", "ru")] == [("$5m и $8b", 5e6, 8e9)]
    assert list(extract("Экспорт составил $5m и $8b.")["low"]) == [5e6, 8e9]
    assert extract("Экспорт составил $0-0K в 2023 году.", published="2024-01-01").shape[1] == 17
