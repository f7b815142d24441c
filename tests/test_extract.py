"""The extractor's contract: the acceptance article, the schema, the reference date, bad input."""

from __future__ import annotations

import datetime as dt
import types

import pandas as pd
import pytest

import tradefigures
from tradefigures import SCHEMA, extract, load_article

ARTICLE_ROWS = [
    # quote, low, high, bound, kind, period, period_start, period_end
    (
        "$14 billion to $16 billon",
        14e9,
        16e9,
        "range",
        "projection",
        "2024",
        "2024-01-01",
        "2024-12-31",
    ),
    ("$8.3 billion", 8.3e9, 8.3e9, "at_least", "actual", "2024H1", "2024-01-01", "2024-06-30"),
    ("$7.4 billion", 7.4e9, 7.4e9, "exact", "actual", "2023", "2023-01-01", "2023-12-31"),
    ("$14 to $16 billion", 14e9, 16e9, "range", "projection", "2024", "2024-01-01", "2024-12-31"),
]


@pytest.fixture(scope="module")
def article_df() -> pd.DataFrame:
    article = load_article()
    return extract(article.text, published="2024-11-25")


def test_article_gives_exactly_the_four_acceptance_rows(article_df: pd.DataFrame) -> None:
    got = [
        (
            r.quote,
            r.low,
            r.high,
            r.bound,
            r.kind,
            r.period,
            r.period_start.date().isoformat(),
            r.period_end.date().isoformat(),
        )
        for r in article_df.itertuples()
    ]
    assert got == ARTICLE_ROWS


def test_article_rows_are_usd_trade_between_russia_and_armenia(article_df: pd.DataFrame) -> None:
    assert set(article_df["metric"]) == {"trade"}
    assert set(article_df["currency"]) == {"USD"}
    assert set(zip(article_df["reporter"], article_df["partner"], strict=False)) == {("RUS", "ARM")}


def test_article_spans_index_the_text_and_skip_dates(article_df: pd.DataFrame) -> None:
    text = load_article().text
    for r in article_df.itertuples():
        assert text[r.start : r.end] == r.quote
        assert r.quote in r.sentence
    june = text.index("June 14")
    years = text.index("2020-2022")
    assert not ((article_df["start"] <= june) & (article_df["end"] > june)).any()
    assert not ((article_df["start"] <= years) & (article_df["end"] > years)).any()
    # include_other finds no other money in the article either
    assert len(extract(text, published="2024-11-25", include_other=True)) == 4


def test_after_exceeded_is_a_lower_bound(article_df: pd.DataFrame) -> None:
    row = article_df.iloc[1]
    assert "exceeded" in row["sentence"][: row["sentence"].index(row["quote"])]
    assert row["bound"] == "at_least"


@pytest.mark.parametrize("text", ["", "No money here.", "On June 14 of 2020-2022, trade grew 12%."])
def test_no_figures_gives_the_typed_empty_frame(text: str) -> None:
    df = extract(text)
    assert list(df.columns) == list(SCHEMA)
    assert len(df) == 0
    for name, col in SCHEMA.items():
        assert df[name].dtype == col.dtype, name


def test_dtypes_follow_the_schema(article_df: pd.DataFrame) -> None:
    assert {n: str(t) for n, t in article_df.dtypes.items()} == {
        n: str(c.dtype) for n, c in SCHEMA.items()
    }


def test_reference_date_given_is_recorded() -> None:
    df = extract("Trade hit $5 billion last year.", published=dt.date(2025, 3, 1))
    assert df.attrs["reference_date"] == "2025-03-01"
    assert df.attrs["reference_date_source"] == "given"
    assert df["period"].tolist() == ["2024"]


def test_reference_date_inferred_is_visible() -> None:
    text = load_article().text
    df = extract(text)
    assert df.attrs["reference_date"] == "2024-12-31"
    assert "inferred" in df.attrs["reference_date_source"]
    assert df["period"].tolist() == ["2024", "2024H1", "2023", "2024"]


def test_no_reference_date_leaves_relative_periods_empty() -> None:
    df = extract("Trade with China reached $5 billion last year.")
    assert df.attrs["reference_date"] is None
    assert df["period"].isna().all()
    assert df["period_start"].isna().all()


def test_published_accepts_timestamp_and_string() -> None:
    a = extract("Exports to India hit $5bn last year.", published=pd.Timestamp("2024-11-25"))
    b = extract("Exports to India hit $5bn last year.", published="2024-11-25")
    pd.testing.assert_frame_equal(a, b)


def test_source_is_carried() -> None:
    df = extract("Exports to India hit $5bn in 2023.", source="wire-123")
    assert df["source"].tolist() == ["wire-123"]


@pytest.mark.parametrize(
    ("bad", "message"),
    [(b"Trade hit $5bn", "decode it first"), (None, "NoneType"), (42, "int")],
)
def test_non_str_text_is_a_type_error_naming_the_type(bad: object, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        extract(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["2024-13-45", "last Tuesday", "yesterday-ish"])
def test_unparseable_published_is_a_value_error_quoting_it(bad: str) -> None:
    with pytest.raises(ValueError, match=repr(bad).replace("(", r"\(")):
        extract("Trade hit $5bn.", published=bad)


def test_unknown_keyword_is_the_normal_python_error() -> None:
    with pytest.raises(TypeError, match="unexpected keyword"):
        extract("x", publshed="2024-01-01")  # type: ignore[call-arg]


def test_public_api_all_is_sorted_and_complete() -> None:
    names = tradefigures.__all__
    assert names == sorted(names)
    public = {  # dir(): the names imported on first use too
        n
        for n in dir(tradefigures)
        if not n.startswith("_")
        and not isinstance(getattr(tradefigures, n), types.ModuleType)
        and n != "annotations"
    }
    assert public == set(names)
    for n in names:
        assert hasattr(tradefigures, n)


@pytest.mark.parametrize("bad", ["01/02/2023", "25.11.2024", "Nov 25, 2024", "20241125", "2024-11-25 noon"])
def test_published_is_iso_only_and_the_error_says_how_to_write_it(bad: str) -> None:
    with pytest.raises(ValueError, match=r"is not a date written YYYY-MM-DD; write it as YYYY-MM-DD"):
        extract("Trade hit $5bn last year.", published=bad)


def test_published_takes_an_iso_date_with_a_time_and_date_objects() -> None:
    expected = extract("Trade hit $5bn last year.", published="2024-11-25")
    for same in ("2024-11-25T08:30:00Z", " 2024-11-25 ", dt.date(2024, 11, 25), pd.Timestamp("2024-11-25 09:00")):
        pd.testing.assert_frame_equal(extract("Trade hit $5bn last year.", published=same), expected)


def test_a_list_with_no_full_stops_gives_rows_of_their_own_lines() -> None:
    """One figure per line and no full stops (issue 13): each row's sentence is its line, not the
    whole file, so the output grows with the input, not with its square."""
    lines = [f"Exports to China in {2000 + i % 24}: ${i % 97 + 1}.{i % 10} billion" for i in range(3000)]
    df = extract("\n".join(lines), published="2024-11-25")
    assert len(df) == 3000
    assert df["sentence"].tolist()[:2] == lines[:2]
    assert df["sentence"].str.len().max() <= 2000
    long_line = " ".join(["filler"] * 800) + " Exports to China hit $5 billion in 2023"
    assert extract(long_line, published="2024-11-25")["sentence"].str.len().max() <= 2000


_PARAGRAPHS = (
    "Exports to China rose. It was $5bn. Then $6bn. Investment was $2bn. $3bn.\n\n"
    "Imports fell to $1bn. $2bn, then $4bn. Trade reached $3bn. $7bn and $8bn.\n\n"
    "$1bn. $2bn. The data are for January–May 2024. $3bn. These figures cover 2023."
)


@pytest.mark.parametrize("order", [1, -1])
def test_paragraph_flows_and_periods_given_after_are_as_a_walk_from_each_sentence(order: int) -> None:
    """What each sentence's paragraph spoke of before it, and the period of the data given after
    it, are kept for each sentence walked (issue 13: walked again from each figure, a paragraph of
    many figures was quadratic); asked in any order they are what a walk from the sentence finds."""
    from tradefigures.context import _names_data, _period_given_after, _stated_period
    from tradefigures.extract import read_document
    from tradefigures.periods import Period

    doc = read_document(_PARAGRAPHS, published="2024-11-25", include_other=True)
    n, para = len(doc.sentences), [s.paragraph for s in doc.sentences]
    with_figures = {r.sentence for r in doc.readings}
    given: dict[int, Period | None] = {}
    for si in list(range(n))[::order]:
        earlier = [doc.flow_in(k) for k in range(si - 1, -1, -1) if para[k] == para[si]]
        assert doc.paragraph_metric(si) == next((f for f in earlier if f is not None), None)
        later = [k for k in range(si + 1, n) if para[k] == para[si] and k not in with_figures]
        later = [k for k in later if _names_data(doc, k)]
        expected = next((p for k in later if (p := _stated_period(doc, k)) is not None), None)
        assert _period_given_after(doc, si, with_figures, given) == expected
    assert any(doc.paragraph_metric(si) for si in range(n))
    assert any(v is not None for v in given.values())
