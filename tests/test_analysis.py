"""The analysis tables against hand-computed numbers: the embedded article, small frames, bad input."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from tradefigures import analysis, empty_frame, extract, load_article
from tradefigures.analysis import (
    annualise,
    claims,
    compare_with_statistics,
    growth_table,
    load_reference,
    scenarios,
    target_implications,
)
from tradefigures.frame import TradeFigure, to_frame

ARMSTAT_2024 = 12_401_640_354
ARMSTAT_2019 = 2_225_368_177
ARMSTAT_H1_2024 = (8_365_394_316, 7_530_236_282)  # first published, later vintage

H1_2024 = ("2024-01-01", "2024-06-30", "2024H1")
H1_2023 = ("2023-01-01", "2023-06-30", "2023H1")
Y2023 = ("2023-01-01", "2023-12-31", "2023")
Y2024 = ("2024-01-01", "2024-12-31", "2024")
NO_PERIOD = (None, None, None)


def fig(
    low: float,
    period: tuple[str | None, str | None, str | None] = Y2023,
    *,
    high: float | None = None,
    bound: str = "exact",
    kind: str = "actual",
    metric: str = "trade",
    reporter: str | None = "RUS",
    partner: str | None = "ARM",
    currency: str = "USD",
    quote: str = "$1 billion",
    start: int = 0,
    source: str | None = None,
) -> TradeFigure:
    """One hand-made mention; only what a test is about needs saying."""
    first, last, label = period
    return TradeFigure(
        metric=metric, low=low, high=low if high is None else high, currency=currency,
        bound=bound, kind=kind,
        period_start=pd.Timestamp(first) if first else None,
        period_end=pd.Timestamp(last) if last else None,
        period=label, period_source="stated" if label else None, reporter=reporter, partner=partner,
        quote=quote, start=start,
        end=start + len(quote), sentence=quote, source=source,
    )  # fmt: skip


def frame(*figures: TradeFigure) -> pd.DataFrame:
    return to_frame(figures)


@pytest.fixture(scope="module")
def article() -> pd.DataFrame:
    return extract(load_article().text, published="2024-11-25")


@pytest.fixture(scope="module")
def reference() -> pd.DataFrame:
    return load_reference()


def test_all_is_sorted_and_lists_the_public_functions() -> None:
    public = {n for n, v in vars(analysis).items() if callable(v) and not n.startswith("_")
              and getattr(v, "__module__", "") == analysis.__name__}  # fmt: skip
    assert analysis.__all__ == sorted(analysis.__all__)
    assert set(analysis.__all__) == public


# ----------------------------------------------------------------------------- claims


def test_article_has_three_claims_from_four_mentions(article: pd.DataFrame) -> None:
    c = claims(article)
    assert len(article) == 4
    assert c["period"].tolist() == ["2024", "2024H1", "2023"]
    assert c["mentions"].tolist() == [2, 1, 1]
    assert c.loc[0, "quotes"] == "$14 billion to $16 billon; $14 to $16 billion"
    assert c["start"].tolist() == article["start"].iloc[:3].tolist()
    assert c["bound"].tolist() == ["range", "at_least", "exact"]
    assert not c["bound_conflict"].any()


@pytest.mark.parametrize(
    ("bounds", "kept"),
    [
        (["exact", "at_least"], "at_least"),  # "8.3bn" and "exceeded 8.3bn": all agree on ≥ 8.3bn
        (["at_most", "exact"], "at_most"),
        (["at_least", "at_most"], "approx"),  # only "about" survives both
        (["exact", "approx"], "approx"),
    ],
)
def test_claims_keep_the_most_conservative_bound_and_say_so(bounds: list[str], kept: str) -> None:
    c = claims(frame(*(fig(8.3e9, H1_2024, bound=b, start=10 * i) for i, b in enumerate(bounds))))
    assert len(c) == 1
    assert c.loc[0, "bound"] == kept
    assert c.loc[0, "bound_conflict"]
    assert c.loc[0, "bounds_seen"] == "; ".join(bounds)


def test_claims_merge_the_two_sides_of_trade_and_join_sources() -> None:
    c = claims(frame(
        fig(7.4e9, source="izvestia", start=5),
        fig(7.4e9, reporter="ARM", partner="RUS", source="armenpress", start=9),
        fig(7.4e9, reporter="ARM", partner="RUS", metric="exports", start=20),  # another flow
        fig(7.5e9, start=30),  # another value
    ))  # fmt: skip
    assert c["mentions"].tolist() == [2, 1, 1]
    assert c.loc[0, "sources"] == "izvestia; armenpress"
    assert c.loc[0, "start"] == 5
    assert pd.isna(c.loc[1, "sources"])


# ----------------------------------------------------------------------------- annualise


def test_annualise_article_h1_run_rate_is_a_lower_bound(article: pd.DataFrame) -> None:
    a = annualise(article)
    h1 = a.iloc[1]
    assert (h1["months"], h1["annual_low"], h1["annual_bound"], h1["run_rate"]) == (
        6.0, 16.6e9, "at_least", True,
    )  # fmt: skip
    full = a.iloc[2]
    assert (full["months"], full["annual_low"], full["annual_high"], full["run_rate"]) == (
        12.0, 7.4e9, 7.4e9, False,
    )  # fmt: skip
    assert list(a.columns[: len(article.columns)]) == list(article.columns)


@pytest.mark.parametrize(
    ("period", "months", "annual"),
    [
        (("2024-01-01", "2024-10-31", "2024-01..2024-10"), 10.0, 1.2e9),
        (("2024-07-01", "2024-09-30", "2024Q3"), 3.0, 4e9),
        (("2020-01-01", "2021-12-31", "2020..2021"), 24.0, 0.5e9),
    ],
)
def test_annualise_scales_by_twelve_over_months(
    period: tuple[str, str, str], months: float, annual: float
) -> None:
    a = annualise(frame(fig(1e9, period, bound="at_most")))
    assert a.loc[0, "months"] == months
    assert a.loc[0, "annual_low"] == pytest.approx(annual)
    assert a.loc[0, "annual_bound"] == "at_most"


def test_annualise_a_figure_with_no_period_gives_na_without_crashing() -> None:
    a = annualise(frame(fig(5e9, NO_PERIOD), fig(8.3e9, H1_2024, bound="at_least")))
    assert a["months"].isna().tolist() == [True, False]
    assert a["annual_low"].isna().tolist() == [True, False]
    assert pd.isna(a.loc[0, "run_rate"])
    assert pd.isna(a.loc[0, "annual_bound"])
    assert a.loc[1, "annual_low"] == pytest.approx(16.6e9)
    assert a["annual_low"].dtype == pd.Float64Dtype()


# ----------------------------------------------------------------------------- growth


def test_growth_table_article_as_reported_and_run_rate(article: pd.DataFrame) -> None:
    g = growth_table(article)
    assert g["basis"].tolist() == ["as reported", "run-rate"]
    assert (g["from_period"] == "2023").all()
    assert (g["to_period"] == "2024H1").all()
    reported, run_rate = g.iloc[0], g.iloc[1]
    assert reported["growth_low"] == pytest.approx(8.3 / 7.4 - 1)
    assert round(reported["growth_low"], 4) == 0.1216
    assert reported["growth_bound"] == "at_least"
    assert not reported["like_for_like"]
    assert reported["note"].startswith("H1 2024 against full-year 2023: not like for like")
    assert run_rate["to_low"] == pytest.approx(16.6e9)
    assert run_rate["growth_low"] == pytest.approx(16.6 / 7.4 - 1)
    assert round(run_rate["growth_low"], 4) == 1.2432
    assert run_rate["growth_bound"] == "at_least"
    assert run_rate["like_for_like"]
    assert "keeps the H1 2024 pace" in run_rate["note"]


@pytest.mark.parametrize(
    ("to_bound", "from_bound", "expected"),
    [
        ("at_least", "exact", "at_least"),
        ("exact", "at_least", "at_most"),  # a bigger base means a smaller growth
        ("at_most", "exact", "at_most"),
        ("exact", "at_most", "at_least"),
        ("at_least", "at_most", "at_least"),
        ("approx", "exact", "approx"),
        ("exact", "exact", "exact"),
    ],
)
def test_growth_bound_follows_the_bounds(to_bound: str, from_bound: str, expected: str) -> None:
    g = growth_table(frame(fig(4e9, Y2023, bound=from_bound), fig(5e9, Y2024, bound=to_bound)))
    assert g["growth_low"].tolist() == [pytest.approx(0.25)]
    assert g["growth_bound"].tolist() == [expected]


def test_growth_of_two_lower_bounds_has_no_direction() -> None:
    g = growth_table(frame(fig(4e9, Y2023, bound="at_least"), fig(5e9, Y2024, bound="at_least")))
    assert pd.isna(g.loc[0, "growth_bound"])
    assert "direction unknown" in g.loc[0, "note"]


def test_growth_of_ranges_spans_the_extremes() -> None:
    g = growth_table(frame(fig(4e9, Y2023, high=5e9, bound="range"),
                           fig(6e9, Y2024, high=8e9, bound="range")))  # fmt: skip
    assert g.loc[0, "growth_low"] == pytest.approx(6 / 5 - 1)
    assert g.loc[0, "growth_high"] == pytest.approx(8 / 4 - 1)
    assert g.loc[0, "growth_bound"] == "range"


def test_growth_like_for_like_halves_and_no_pairs_across_flows_or_projections() -> None:
    g = growth_table(frame(
        fig(3e9, H1_2023), fig(6e9, H1_2024),
        fig(9e9, H1_2024, metric="exports"),  # another flow: nothing to compare with
        fig(20e9, Y2024, kind="projection"),  # projections are not growth
        fig(1e9, NO_PERIOD),  # no period: left out, not a crash
    ))  # fmt: skip
    assert len(g) == 1
    assert g.loc[0, "like_for_like"]
    assert g.loc[0, "growth_low"] == pytest.approx(1.0)
    assert g.loc[0, "note"] == "H1 2024 against H1 2023: like for like; growth +100.0%"


# ----------------------------------------------------------------------------- targets


def test_target_implications_article(article: pd.DataFrame) -> None:
    t = target_implications(article)
    assert len(t) == 1  # the projection was mentioned twice
    r = t.iloc[0]
    assert (r["so_far_period"], r["previous_period"]) == ("2024H1", "2023")
    assert r["remaining_low"] == pytest.approx(5.7e9)
    assert r["remaining_high"] == pytest.approx(7.7e9)
    assert r["remaining_bound"] == "at_most"
    assert r["remaining_months"] == 6
    assert r["implied_growth_low"] == pytest.approx(14 / 7.4 - 1)
    assert r["implied_growth_high"] == pytest.approx(16 / 7.4 - 1)
    assert (round(r["implied_growth_low"], 4), round(r["implied_growth_high"], 4)) == (
        0.8919, 1.1622,
    )  # fmt: skip
    assert r["implied_growth_bound"] == "range"
    assert (r["pace_annual_low"], r["pace_bound"]) == (pytest.approx(16.6e9), "at_least")
    assert "slower second half than the first" in r["note"]
    assert "at most $5.7bn to $7.7bn" in r["note"]


def test_target_with_an_exact_first_half_that_needs_a_faster_second() -> None:
    t = target_implications(frame(fig(20e9, Y2024, kind="projection"), fig(8e9, H1_2024)))
    r = t.iloc[0]
    assert (r["remaining_low"], r["remaining_high"], r["remaining_bound"]) == (12e9, 12e9, "exact")
    assert "faster second half" in r["note"]
    assert pd.isna(r["previous_period"])
    assert pd.isna(r["implied_growth_low"])


def test_target_with_no_actuals_is_na_not_a_crash() -> None:
    t = target_implications(frame(fig(20e9, Y2024, kind="projection"), fig(1e9, NO_PERIOD)))
    assert len(t) == 1
    cols = ["so_far_low", "remaining_low", "pace_annual_low", "implied_growth_low"]
    assert t.loc[0, cols].isna().all()
    assert "no actual for part of the period" in t.loc[0, "note"]


def test_target_uses_the_latest_partial_actual() -> None:
    t = target_implications(frame(
        fig(15e9, Y2024, kind="projection"), fig(6e9, H1_2024),
        fig(9e9, ("2024-01-01", "2024-09-30", "2024-01..2024-09")),
    ))  # fmt: skip
    assert t.loc[0, "so_far_months"] == 9
    assert t.loc[0, "remaining_low"] == pytest.approx(6e9)
    assert "remaining 3 months" in t.loc[0, "note"]


# ----------------------------------------------------------------------------- statistics


def test_compare_article_with_armstat(article: pd.DataFrame, reference: pd.DataFrame) -> None:
    cmp = compare_with_statistics(claims(article), reference)
    armstat = cmp[cmp["reported_by"] == "Armenia (Armstat)"]
    projection = armstat[armstat["kind"] == "projection"]
    assert projection["reference_value_usd"].tolist() == [ARMSTAT_2024]
    assert projection["met"].tolist() == [False]
    assert projection["difference_low"].tolist() == [14e9 - ARMSTAT_2024]
    assert projection["difference_pct_high"].tolist() == [pytest.approx(16e9 / ARMSTAT_2024 - 1)]
    h1 = armstat[armstat["period"] == "2024H1"]
    assert h1["reference_value_usd"].tolist()[:2] == list(ARMSTAT_H1_2024)
    assert h1["consistent"].tolist()[:2] == [True, False]  # "exceeded $8.3bn" fails the later one
    assert h1["met"].isna().all()
    assert set(cmp["side"]) == {"Armenia", "Russia", "unclear"}
    # Armstat rows come first for each claim
    assert cmp.groupby("claim")["reported_by"].first().eq("Armenia (Armstat)").all()


def test_compare_projection_against_other_projections_is_not_met_or_unmet(
    article: pd.DataFrame, reference: pd.DataFrame
) -> None:
    cmp = compare_with_statistics(claims(article), reference)
    against_projections = cmp[cmp["reference_kind"] == "projection"]
    assert len(against_projections) == 2
    assert against_projections["met"].isna().all()


def test_compare_maps_russian_exports_to_armenian_imports(reference: pd.DataFrame) -> None:
    jan_oct = ("2024-01-01", "2024-10-31", "2024-01..2024-10")
    c = frame(
        fig(8.3e9, jan_oct, bound="at_most", metric="exports", reporter="RUS", partner="ARM"),
        fig(8.3e9, jan_oct, metric="exports", reporter="CHN", partner="RUS"),  # not in reference
    )
    cmp = compare_with_statistics(c, reference)
    assert cmp["reference_metric"].tolist() == ["imports"]
    assert cmp["reference_value_usd"].tolist() == [8.3e9]
    assert cmp["consistent"].tolist() == [True]
    assert cmp["quotes"].tolist() == ["$1 billion"]  # a figures table works too


# ----------------------------------------------------------------------------- scenarios


def test_scenarios_from_the_reference(reference: pd.DataFrame) -> None:
    s = scenarios(reference)
    assert s["is_estimate"].all()
    by = {name: g.set_index("year")["value_usd"] for name, g in s.groupby("scenario", sort=False)}
    assert list(by) == ["claimed pace", "2019–2024 compound growth", "2025 Jan–Aug run-rate"]
    for values in by.values():
        assert values.index.tolist() == list(range(2025, 2031))
    assert by["claimed pace"][2030] == pytest.approx(ARMSTAT_2024 * (15 / 7.4) ** 6)
    cagr = (ARMSTAT_2024 / ARMSTAT_2019) ** (1 / 5)
    assert by["2019–2024 compound growth"][2025] == pytest.approx(ARMSTAT_2024 * cagr)
    assert by["2019–2024 compound growth"][2030] == pytest.approx(ARMSTAT_2024 * cagr**6)
    assert by["2025 Jan–Aug run-rate"].tolist() == [pytest.approx(4.5e9 * 12 / 8)] * 6
    assert (s["base_value_usd"] == ARMSTAT_2024).all()
    assert s["assumption"].str.contains("Armstat").all()


def test_scenarios_prefer_the_revised_vintage_and_say_so(reference: pd.DataFrame) -> None:
    armstat_2024 = reference[(reference["reported_by"] == "Armenia (Armstat)")
                             & (reference["metric"] == "turnover") & (reference["period"] == "2024")]
    first, revised = armstat_2024.copy(), armstat_2024.copy()
    first["value_usd"], first["vintage"] = 11e9, "first published"
    revised["value_usd"], revised["vintage"] = 13e9, "revised"
    cases = [(first, ARMSTAT_2024, "2024 ($12.4bn, vintage not stated)"),
             (revised, 13e9, "2024 ($13bn, revised)")]  # fmt: skip
    for extra, base, stated in cases:
        s = scenarios(pd.concat([extra, reference], ignore_index=True), end_year=2025)
        assert (s["base_value_usd"] == base).all()
        grown = s[~s["scenario"].str.endswith("run-rate")]  # the run-rate does not grow the base
        assert grown["assumption"].str.contains(stated, regex=False).all()


@pytest.mark.parametrize(("start", "end"), [(2024, 2024), (2000, 2005)])
def test_scenarios_refuse_what_they_cannot_compute(
    reference: pd.DataFrame, start: int, end: int
) -> None:
    with pytest.raises(ValueError, match=r"end_year|no Armstat turnover"):
        scenarios(reference, start_year=start, end_year=end)


# ----------------------------------------------------------------------------- reference file


def test_load_reference_types(reference: pd.DataFrame) -> None:
    assert str(reference["period_start"].dtype) == "datetime64[ns]"
    assert reference["value_usd"].dtype == pd.Float64Dtype()
    assert reference["reported_by"].dtype == pd.StringDtype("python")
    assert list(reference["confidence"].cat.categories) == ["low", "medium", "high"]
    assert reference["value_usd"].notna().all()


def _write(tmp_path: Path, edit: Callable[[str], str]) -> Path:
    text = Path(analysis._reference_dir(), analysis.REFERENCE_FILE).read_text(encoding="utf-8")
    out = tmp_path / "ref.csv"
    out.write_text(edit(text), encoding="utf-8")
    return out


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda t: t.replace(",vintage,", ",vintages,", 1), r"missing column.*vintage"),
        (lambda t: t.replace("2024-06-30", "2024-06-31", 1), "column 'period_end'"),
        (lambda t: t.replace(",turnover,", ",turnovr,", 1), r"column 'metric'.*turnovr"),
        (lambda t: t.replace(",921982910,", ",,", 1), "column 'value_usd' is empty on line 4"),
    ],
)
def test_load_reference_says_which_column_is_wrong(
    tmp_path: Path, edit: Callable[[str], str], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        load_reference(_write(tmp_path, edit))


def test_load_reference_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"nope\.csv"):
        load_reference(tmp_path / "nope.csv")


# ----------------------------------------------------------------------------- empty in, empty out


@pytest.mark.parametrize("fn", [claims, annualise, growth_table, target_implications])
def test_empty_frame_gives_an_empty_typed_frame(
    fn: Callable[[pd.DataFrame], pd.DataFrame], article: pd.DataFrame
) -> None:
    empty, full = fn(empty_frame()), fn(article)
    assert len(empty) == 0
    assert len(full) > 0
    assert empty.dtypes.to_dict() == full.dtypes.to_dict()


def test_compare_with_no_claims_is_empty_and_typed(
    article: pd.DataFrame, reference: pd.DataFrame
) -> None:
    empty = compare_with_statistics(empty_frame(), reference)
    assert len(empty) == 0
    assert empty.dtypes.to_dict() == compare_with_statistics(article, reference).dtypes.to_dict()


def test_missing_columns_are_named() -> None:
    with pytest.raises(ValueError, match=r"growth_table needs the column.*period_start"):
        growth_table(pd.DataFrame({"metric": ["trade"], "low": [1.0]}))


def test_nan_value_is_left_out_of_growth_but_kept_by_annualise() -> None:
    f = frame(fig(4e9, Y2023), fig(math.nan, Y2024), fig(5e9, Y2024))
    assert growth_table(f)["to_low"].tolist() == [5e9]
    a = annualise(f)
    assert a["annual_low"].isna().tolist() == [False, True, False]
