"""The analysis tables against hand-computed numbers: the embedded article, small frames, bad input."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pandas as pd
import pytest

import tradefigures.scenarios
from tradefigures import analysis, checks, empty_frame, extract, load_article
from tradefigures.analysis import (
    annualise,
    claims,
    compare_with_statistics,
    growth_table,
    scenario_paths,
    scenarios,
    series_and_claims,
    target_implications,
)
from tradefigures.frame import TradeFigure, to_frame
from tradefigures.statistics import read_statements, read_statistics

# the bundled Armenia–Russia series alone (read_statistics() reads every bundled pair)
ARMENIA_RUSSIA = Path(__file__).resolve().parents[1] / "data" / "reference" / "armenia-russia-statistics.csv"

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
def statistics() -> pd.DataFrame:
    """The bundled Armenia–Russia series alone."""
    return read_statistics(ARMENIA_RUSSIA)


# the modules whose tables analysis re-exports: it stays the one place to import them from
SPLIT_OUT = (checks, tradefigures.scenarios)


def defined_in(module: ModuleType) -> set[str]:
    """The public functions a module defines itself (not the ones it imports)."""
    return {n for n, v in vars(module).items() if callable(v) and not n.startswith("_")
            and getattr(v, "__module__", "") == module.__name__}  # fmt: skip


@pytest.mark.parametrize("module", [analysis, *SPLIT_OUT])
def test_all_is_sorted(module: ModuleType) -> None:
    assert module.__all__ == sorted(module.__all__)


def test_all_lists_the_public_functions_and_analysis_reexports_the_rest() -> None:
    for module in SPLIT_OUT:
        assert set(module.__all__) == defined_in(module)
    assert set(analysis.__all__) == defined_in(analysis) | {n for m in SPLIT_OUT for n in m.__all__}
    assert all(getattr(analysis, n) is getattr(m, n) for m in SPLIT_OUT for n in m.__all__)


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

# ----------------------------------------------------------------------------- statistics: the embedded article


def test_compare_article_with_armstat(article: pd.DataFrame, statistics: pd.DataFrame) -> None:
    cmp = compare_with_statistics(claims(article), statistics)
    assert set(cmp["office"]) == {"Armstat"}  # statements are not statistics: no claim meets itself
    assert set(cmp["statistic_basis"]) == {"own"}
    projection = cmp[cmp["kind"] == "projection"]
    assert projection["statistic_value"].tolist() == [ARMSTAT_2024]
    assert projection["met"].tolist() == [False]
    assert projection["difference_low"].tolist() == [14e9 - ARMSTAT_2024]
    assert projection["difference_pct_high"].tolist() == [pytest.approx(16e9 / ARMSTAT_2024 - 1)]
    h1 = cmp[cmp["period"] == "2024H1"]
    assert h1["statistic_value"].tolist() == [*ARMSTAT_H1_2024, 8.4e9]
    assert h1["consistent"].tolist() == [True, False, True]  # "exceeded $8.3bn" fails the later vintage
    assert h1["met"].isna().all()
    assert cmp.groupby("period", sort=False).size().to_dict() == {"2024": 1, "2024H1": 3, "2023": 2}
    assert cmp.loc[cmp["period"] == "2023", "vintage"].tolist() == ["revised", "first published"]


def test_the_article_tables_are_the_same_with_the_statistics_given_or_not(
    article: pd.DataFrame, statistics: pd.DataFrame
) -> None:
    c = claims(article)
    pd.testing.assert_frame_equal(compare_with_statistics(c), compare_with_statistics(c, statistics))
    pd.testing.assert_frame_equal(series_and_claims(c), series_and_claims(c, statistics))
    pd.testing.assert_frame_equal(scenarios(pair=("ARM", "RUS")), scenarios(statistics, pair=("ARM", "RUS")))
    from_text = scenarios(claims_df=c, pair=("RUS", "ARM"))  # the text's order names the pair
    assert from_text["reporter"].eq("RUS").all()
    sides = ["reporter", "partner"]
    assert from_text.drop(columns=sides).equals(scenarios(pair=("ARM", "RUS")).drop(columns=sides))
    pd.testing.assert_frame_equal(scenario_paths(pair=("ARM", "RUS")),
                                  scenario_paths(statistics, pair=("ARM", "RUS")))


def test_series_of_the_article_is_armstat_with_the_claims(article: pd.DataFrame) -> None:
    t = series_and_claims(claims(article))
    official = t[t["series"] == "Armstat turnover"]
    assert official["period_start"].dt.year.tolist() == list(range(2007, 2025))
    assert official["low"].tolist()[-1] == ARMSTAT_2024
    assert set(official["reported_by"]) == {"Armenia (Armstat)"}  # the office's name comes from the data
    assert t[t["series"] == "claim"]["label"].tolist() == ["2024", "2024H1", "2023"]


def test_compare_maps_russian_exports_to_armenian_imports_as_a_mirror() -> None:
    jan_oct = ("2024-01-01", "2024-10-31", "2024-01..2024-10")
    c = frame(fig(8.3e9, jan_oct, bound="at_most", metric="exports", reporter="RUS", partner="ARM"))
    cmp = compare_with_statistics(c)
    assert cmp["statistic_flow"].tolist() == ["imports"]
    assert cmp["statistic_reporter"].tolist() == ["ARM"]
    assert cmp["statistic_basis"].tolist() == ["mirror"]
    assert cmp["statistic_value"].tolist() == [8.3e9]
    assert cmp["consistent"].tolist() == [True]
    assert cmp["quotes"].tolist() == ["$1 billion"]  # a figures table works too
    assert "against Armstat (ARM imports from RUS, a mirror figure) actual" in cmp.loc[0, "note"]


# ----------------------------------------------------------------------------- statistics: another pair


def made_up_statistics() -> pd.DataFrame:
    """Made-up China–Russia statistics, not real figures: only the arithmetic is tested."""
    trade = {2018: 100e9, 2019: 110e9, 2020: 105e9, 2021: 140e9, 2022: 190e9, 2023: 240e9}
    rows = [("CHN", "RUS", "trade", f"{y}-01-01", f"{y}-12-31", v, "reporter") for y, v in trade.items()]
    rows += [
        ("CHN", "RUS", "trade", "2024-01-01", "2024-06-30", 120e9, "reporter"),
        ("CHN", "RUS", "exports", "2023-01-01", "2023-12-31", 109e9, "reporter"),
        ("RUS", "CHN", "imports", "2023-01-01", "2023-12-31", 100e9, "reporter"),  # Russia's count
        ("RUS", "CHN", "imports", "2023-01-01", "2023-12-31", 111e9, "partner"),  # China's, from Russia's side
    ]  # fmt: skip
    cols = ["reporter", "partner", "flow", "period_start", "period_end", "value", "reported_by"]
    df = pd.DataFrame(rows, columns=cols)
    df["office"] = df["reporter"].map({"CHN": "made-up customs A", "RUS": "made-up customs B"})
    return read_statistics(df.assign(currency="USD", source="made up for a test"))


def test_compare_another_pair_labels_own_and_mirror_figures() -> None:
    c = claims(frame(
        fig(111e9, Y2023, metric="exports", reporter="CHN", partner="RUS"),
        fig(240e9, Y2023, metric="trade", reporter="RUS", partner="CHN"),
    ))  # fmt: skip
    cmp = compare_with_statistics(c, made_up_statistics())
    rows = cmp[["metric", "statistic_reporter", "statistic_flow", "statistic_basis", "statistic_value"]]
    assert rows.values.tolist() == [
        ["exports", "CHN", "exports", "own", 109e9],
        ["exports", "RUS", "imports", "own", 111e9],  # reported_by partner: China's own figure
        ["exports", "RUS", "imports", "mirror", 100e9],
        ["trade", "CHN", "trade", "own", 240e9],
    ]
    assert cmp["consistent"].tolist() == [False, True, False, True]
    assert cmp["currency"].eq("USD").all()


def test_series_and_scenarios_of_another_pair_come_from_its_statistics() -> None:
    stats = made_up_statistics()
    c = claims(frame(fig(240e9, Y2023, reporter="CHN", partner="RUS"),
                     fig(250e9, Y2024, kind="projection", reporter="RUS", partner="CHN")))
    t = series_and_claims(c, stats, first_year=2018)
    office = "made-up customs A turnover"
    assert t["series"].tolist() == [office] * 6 + [f"{office}, part year"] + ["claim"] * 2
    assert t["label"].tolist()[-3:] == ["2024H1", "2023", "2024"]
    none_said = read_statements().iloc[:0]  # the bundled China–Russia statements would add their targets
    s = scenarios(stats, statements=none_said, start_year=2023)
    assert s["scenario"].unique().tolist() == ["2018–2023 compound rate", "2024 Jan–Jun run-rate"]
    assert s.loc[s["year"] == 2024, "value"].tolist() == [pytest.approx(240e9 * 2.4 ** 0.2), 240e9]
    assert s["assumption"].str.contains("made-up customs A").all()
    paths = scenario_paths(stats, statements=none_said, start_year=2023, first_year=2021)
    assert paths.loc[~paths["is_estimate"], "value"].tolist() == [140e9, 190e9, 240e9]


def test_statistics_of_several_pairs_need_a_pair_for_scenarios(statistics: pd.DataFrame) -> None:
    both = pd.concat([statistics, made_up_statistics()], ignore_index=True)
    with pytest.raises(ValueError, match=r"several pairs \(ARM–RUS, CHN–RUS\); say which with pair="):
        scenarios(both)
    assert scenarios(both, pair=("RUS", "CHN"), start_year=2023)["base_value"].eq(240e9).all()


# ----------------------------------------------------------------------------- statistics: a pair without


def test_a_pair_without_statistics_warns_and_gives_empty_tables(statistics: pd.DataFrame) -> None:
    c = claims(frame(fig(5e9, Y2023, reporter="KAZ", partner="CHN")))
    with pytest.warns(UserWarning, match=r"^the statistics have nothing for CHN–KAZ: its claims are not compared"):
        cmp = compare_with_statistics(c, statistics)
    assert len(cmp) == 0
    with pytest.warns(UserWarning, match=r"no full-year trade figure for CHN–KAZ: nothing official to show"):
        t = series_and_claims(c, statistics)
    assert t["series"].tolist() == ["claim"]
    with pytest.warns(UserWarning, match=r"no full-year trade figure for CHN–KAZ"):
        s = scenarios(statistics, pair=("KAZ", "CHN"))
    assert len(s) == 0
    assert s.dtypes.to_dict() == scenarios(pair=("ARM", "RUS")).dtypes.to_dict()
    with pytest.warns(UserWarning, match=r"no full-year trade figure for CHN–KAZ"):
        assert len(scenario_paths(pair=("KAZ", "CHN"))) == 0


def test_scenarios_warn_when_the_start_year_has_no_figure(statistics: pd.DataFrame) -> None:
    with pytest.warns(UserWarning, match=r"no full-year Armstat trade figure for 2000: no scenarios"):
        assert len(scenarios(statistics, start_year=2000, end_year=2005)) == 0


# ----------------------------------------------------------------------------- scenarios


def test_scenarios_from_the_statistics(statistics: pd.DataFrame) -> None:
    s = scenarios(statistics)
    assert s["is_estimate"].all()
    by = {name: g.set_index("year")["value"] for name, g in s.groupby("scenario", sort=False)}
    assert list(by) == ["2019–2024 compound rate", "2025 Jan–Aug run-rate", "path to the 2025 projection ($6bn)"]
    cagr = (ARMSTAT_2024 / ARMSTAT_2019) ** (1 / 5)
    assert by["2019–2024 compound rate"].index.tolist() == list(range(2025, 2027))
    assert by["2019–2024 compound rate"][2025] == pytest.approx(ARMSTAT_2024 * cagr)
    assert by["2019–2024 compound rate"][2026] == pytest.approx(ARMSTAT_2024 * cagr**2)
    assert by["2025 Jan–Aug run-rate"].to_dict() == {2025: pytest.approx(4.5e9 * 12 / 8)}  # that year only
    assert by["path to the 2025 projection ($6bn)"].to_dict() == {2025: 6e9}  # not beyond the claim's year
    assert (s["base_value"] == ARMSTAT_2024).all()
    assert s["assumption"].str.contains("Armstat").all()
    run_rate = s.loc[s["scenario"] == "2025 Jan–Aug run-rate", "assumption"].iloc[0]
    assert "× 12/8 = $6.75bn, the other 4 months at the Jan–Aug monthly pace" in run_rate
    assert s["value"].max() < 100e9  # no path compounds a one-off doubling for years


def test_a_claim_path_runs_from_the_base_to_the_year_claimed_and_no_further() -> None:
    """Made-up China–Russia statistics and a made-up 2027 target in the text."""
    target = claims(frame(fig(300e9, ("2027-01-01", "2027-12-31", "2027"), kind="projection",
                              reporter="RUS", partner="CHN", source="made-up wire")))
    s = scenarios(made_up_statistics(), claims_df=target, start_year=2023, end_year=2030)
    path = s[s["scenario"] == "path to the 2027 projection ($300bn)"]
    assert path["year"].tolist() == [2024, 2025, 2026, 2027]
    rate = (300 / 240) ** (1 / 4) - 1
    assert path["annual_growth"].tolist() == [pytest.approx(rate)] * 4
    assert path["value"].iloc[-1] == pytest.approx(300e9)
    assert "claimed in made-up wire" in path["assumption"].iloc[0]
    assert "not drawn beyond 2027" in path["assumption"].iloc[0]
    assert set(zip(s["reporter"], s["partner"], strict=True)) == {("RUS", "CHN")}  # the text's order
    assert s.loc[s["scenario"] == "2018–2023 compound rate", "year"].max() == 2030


def test_a_claim_for_the_start_year_or_before_makes_no_path(statistics: pd.DataFrame) -> None:
    no_statements = read_statements().iloc[:0]
    s = scenarios(statistics, statements=no_statements)
    assert not s["scenario"].str.startswith("path to").any()


def test_pair_keeps_the_figures_between_its_two_sides() -> None:
    figures = frame(fig(5e9, reporter="KAZ", partner="CHN", start=0), fig(7e9, start=10),
                    fig(8e9, Y2024, start=20), fig(1e9, reporter="ARM", partner="RUS", start=30, metric="exports"))
    assert analysis.choose_pair(figures) == ("RUS", "ARM")  # the most trade figures, in the text's order
    for pair in (("ARM", "RUS"), ("RUS", "ARM")):
        assert claims(figures, pair=pair)["low"].tolist() == [7e9, 8e9, 1e9]
        assert annualise(figures, pair=pair)["low"].tolist() == [7e9, 8e9, 1e9]
        assert growth_table(figures, pair=pair)["to_low"].tolist() == [8e9]
    assert claims(figures, pair=("CHN", "KAZ"))["low"].tolist() == [5e9]
    assert len(growth_table(figures, pair=("CHN", "KAZ"))) == 0
    assert len(target_implications(figures, pair=("CHN", "KAZ"))) == 0
    with pytest.warns(UserWarning, match="nothing for CHN–KAZ"):
        assert len(compare_with_statistics(claims(figures), pair=("KAZ", "CHN"))) == 0


def test_scenarios_prefer_the_revised_vintage_and_say_so(statistics: pd.DataFrame) -> None:
    armstat_2024 = statistics[(statistics["office"] == "Armstat")
                              & (statistics["flow"] == "trade") & (statistics["period"] == "2024")]
    first, revised = armstat_2024.copy(), armstat_2024.copy()
    first["value"], first["vintage"] = 11e9, "first published"
    revised["value"], revised["vintage"] = 13e9, "revised"
    cases = [(first, ARMSTAT_2024, "2024 ($12.4bn, vintage not stated)"),
             (revised, 13e9, "2024 ($13bn, revised)")]  # fmt: skip
    for extra, base, stated in cases:
        s = scenarios(pd.concat([extra, statistics], ignore_index=True), end_year=2025)
        assert (s["base_value"] == base).all()
        grown = s[~s["scenario"].str.endswith("run-rate")]  # the run-rate does not grow the base
        assert grown["assumption"].str.contains(stated, regex=False).all()


def test_scenarios_refuse_an_end_before_the_start(statistics: pd.DataFrame) -> None:
    with pytest.raises(ValueError, match=r"end_year \(2024\) must be after start_year \(2024\)"):
        scenarios(statistics, start_year=2024, end_year=2024)


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
    article: pd.DataFrame, statistics: pd.DataFrame
) -> None:
    empty = compare_with_statistics(empty_frame(), statistics)
    assert len(empty) == 0
    assert empty.dtypes.to_dict() == compare_with_statistics(article, statistics).dtypes.to_dict()


def test_missing_columns_are_named() -> None:
    with pytest.raises(ValueError, match=r"growth_table needs the column.*period_start"):
        growth_table(pd.DataFrame({"metric": ["trade"], "low": [1.0]}))


def test_nan_value_is_left_out_of_growth_but_kept_by_annualise() -> None:
    f = frame(fig(4e9, Y2023), fig(math.nan, Y2024), fig(5e9, Y2024))
    assert growth_table(f)["to_low"].tolist() == [5e9]
    a = annualise(f)
    assert a["annual_low"].isna().tolist() == [False, True, False]


def test_a_vintage_given_as_a_date_prefers_the_latest() -> None:
    stats = made_up_statistics()
    later = stats[stats["period"] == "2023"].assign(value=250e9, vintage="2024-06-01")
    earlier = stats[stats["period"] == "2023"].assign(value=245e9, vintage="2024-02-01")
    s = scenarios(pd.concat([earlier, later, stats], ignore_index=True), start_year=2023)
    assert s["base_value"].eq(250e9).all()
    assert "2023 ($250bn, 2024-06-01)" in s["assumption"].iloc[0]


def test_a_claim_about_a_side_and_the_world_names_the_world_last(statistics: pd.DataFrame) -> None:
    c = claims(frame(fig(5e9, Y2023, metric="exports", reporter="RUS", partner=None),
                     fig(6e9, Y2023, currency=None)))  # fmt: skip
    with pytest.warns(UserWarning, match=r"nothing for RUS–world: its claims are not compared"):
        assert len(compare_with_statistics(c, statistics)) == 0
