"""Charts: each registry entry is drawn from its table and its artists checked against the table;
the chart command is deterministic and the committed tables are fresh."""

from __future__ import annotations

import itertools
import subprocess
import sys
from pathlib import Path

import matplotlib
import pandas as pd
import pytest
from matplotlib.patches import Rectangle

from tradefigures import analysis, charts, extract, load_article, read_statistics
from tradefigures.cli import main
from tradefigures.frame import table_csv

# other matplotlib releases lay text out and subset fonts differently: the bytes differ, not the chart
# the bundled Armenia–Russia series alone (read_statistics() reads every bundled pair)
ARMENIA_RUSSIA = Path(__file__).resolve().parents[1] / "data" / "reference" / "armenia-russia-statistics.csv"
SVG_MATPLOTLIB = "3.11.2"


@pytest.fixture(scope="module")
def figures() -> pd.DataFrame:
    article = load_article()
    return extract(article.text, published=article.published, source=article.citation)


@pytest.fixture(scope="module")
def statistics() -> pd.DataFrame:
    """The bundled Armenia–Russia series alone."""
    return read_statistics(ARMENIA_RUSSIA)


def _patches(ax: object) -> dict[str, Rectangle]:
    return {p.get_gid(): p for p in ax.patches if p.get_gid()}  # type: ignore[attr-defined]


def _texts(ax: object) -> str:
    return "\n".join(t.get_text() for t in ax.texts)  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", sorted(charts.CHARTS))
def test_every_chart_draws_with_title_and_source(
    name: str, figures: pd.DataFrame, statistics: pd.DataFrame
) -> None:
    chart = charts.CHARTS[name]
    ax = chart.plot(chart.table(figures, statistics, None))
    assert ax.get_title(loc="left")
    (footer,) = [t.get_text() for t in ax.texts if t.get_gid() == "footer"]
    assert "Source" in footer or "Armstat" in footer
    assert ax.get_title(loc="left").startswith("Russia–Armenia")
    assert "<NA>" not in footer + "".join(t.get_text() for t in ax.get_xticklabels())
    assert charts.render(ax.figure, "svg").startswith(b"<?xml")


def test_claims_chart_bars_match_the_claims(figures: pd.DataFrame) -> None:
    table = analysis.claims(figures)
    ax = charts.plot_claims(table)
    bars = _patches(ax)
    assert len(bars) == len(table) == 3
    for r in table.itertuples():
        bar = bars[f"claim:{r.period}:{r.kind}"]
        if r.kind == "projection":
            assert bar.get_y() == pytest.approx(r.low)
            assert bar.get_height() == pytest.approx(r.high - r.low)
        else:
            assert bar.get_height() == pytest.approx(r.low)
    assert bars["claim:2024H1:actual"].get_hatch()  # the part year is hatched
    assert not bars["claim:2023:actual"].get_hatch()
    assert "≥ $8.3bn" in _texts(ax)
    assert "$14–16bn" in _texts(ax)


def test_growth_chart_marks_the_comparison_that_is_not_like_for_like(figures: pd.DataFrame) -> None:
    table = analysis.growth_table(figures)
    ax = charts.plot_growth(table)
    bars = _patches(ax)
    assert bars["base:2023"].get_height() == pytest.approx(7.4e9)
    assert bars["as reported:2024H1"].get_height() == pytest.approx(8.3e9)
    assert bars["run-rate:2024H1"].get_height() == pytest.approx(16.6e9)
    text = _texts(ax)
    assert "≥ +12% vs 2023\nnot like for like" in text
    assert "≥ +124% vs 2023" in text
    assert "the H1 2024 figure ×12/6, as if the other 6 months kept its monthly pace" in text.replace("\n", " ")
    assert "H2 = H1" not in text
    assert "×2" not in text


def test_path_to_target_chart_stacks_what_is_needed(figures: pd.DataFrame) -> None:
    table = analysis.target_implications(figures)
    ax = charts.plot_path_to_target(table)
    bars = _patches(ax)
    r = table.iloc[0]
    assert bars["needed"].get_y() == pytest.approx(r["so_far_low"])
    assert bars["needed"].get_height() == pytest.approx(r["remaining_high"])
    assert bars["at_pace"].get_height() == pytest.approx(8.3e9)
    assert "≤ $5.7–7.7bn" in _texts(ax)
    assert "slower H2" in ax.get_title(loc="left")


def test_claims_vs_statistics_chart_draws_the_series_and_the_verdict(
    figures: pd.DataFrame, statistics: pd.DataFrame
) -> None:
    table = analysis.series_and_claims(analysis.claims(figures), statistics)
    ax = charts.plot_claims_vs_statistics(table)
    (line,) = [ln for ln in ax.lines if ln.get_gid() == "official"]
    official = table[table["series"] == "Armstat turnover"]
    assert list(line.get_xdata()) == list(official["period_start"].dt.year)
    assert list(line.get_ydata()) == pytest.approx(list(official["low"].astype(float)))
    bars = _patches(ax)
    assert bars["claim:2024:projection"].get_y() == pytest.approx(14e9)
    assert bars["part:2025 Jan-Aug"].get_hatch()
    assert "not met: Armstat $12.4bn" in _texts(ax)
    title = "Russia–Armenia trade: the claims beside Armenia's official statistics (Armstat)"
    assert ax.get_title(loc="left") == title
    footer = _texts(ax).replace("\n", " ")
    assert "Armstat H1 2024: $8.37bn (first published), $8.4bn (first published), $7.53bn (revised)" in footer


def test_scenarios_chart_draws_each_scenario_from_the_last_actual(
    figures: pd.DataFrame, statistics: pd.DataFrame
) -> None:
    table = analysis.scenario_paths(statistics, claims_df=analysis.claims(figures))
    ax = charts.plot_scenarios(table)
    lines = {ln.get_gid(): ln for ln in ax.lines if ln.get_gid()}
    names = [n for n in table["scenario"].unique() if n != "Armstat actual"]
    assert {f"scenario:{n}" for n in names} <= set(lines)
    for n in names:
        xs = list(lines[f"scenario:{n}"].get_xdata())
        assert xs[0] == 2024
        assert xs[-1] == table.loc[table["scenario"] == n, "year"].max()
        assert lines[f"scenario:{n}"].get_linestyle() == "--"
    assert max(lines["scenario:2019–2024 compound rate"].get_xdata()) == 2026
    assert max(lines["scenario:path to the 2025 projection ($6bn)"].get_xdata()) == 2025
    assert ax.get_title(loc="left") == "Russia–Armenia turnover: scenarios to 2026 (what-ifs, not forecasts)"
    assert "not forecasts" in ax.get_title(loc="left")
    assert ax.get_yscale() == "log"


def test_plot_functions_draw_on_a_given_axes(figures: pd.DataFrame) -> None:
    ax = charts.new_axes()
    assert charts.plot_claims(analysis.claims(figures), ax=ax) is ax


def test_library_never_touches_pyplot() -> None:
    code = (
        "import sys, tradefigures as t; from tradefigures import charts, analysis;"
        "a=t.load_article(); f=t.extract(a.text, published=a.published); r=t.read_statistics();"
        "[c.plot(c.table(f, r, None)) for c in charts.CHARTS.values()];"
        "print('matplotlib.pyplot' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_chart_command_is_deterministic(tmp_path: Path) -> None:
    for run in ("a", "b"):
        args = ["charts", "--output", str(tmp_path / run / "fig"), "--tables", str(tmp_path / run / "tab")]
        assert main(args) == 0
    files = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*") if p.is_file())
    assert len(files) == 2 * len(charts.CHARTS) + len(charts.CHARTS) + 1
    for f in files:
        assert (tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes(), f


def test_committed_tables_are_fresh(root: Path, figures: pd.DataFrame, statistics: pd.DataFrame) -> None:
    """data/processed/ is what `make` writes; rebuild the tables in memory and compare."""
    processed = root / "data" / "processed"
    assert (processed / "figures.csv").read_bytes() == table_csv(figures), "run `make` and commit"
    for name, chart in charts.CHARTS.items():
        table = chart.table(figures, statistics, None)
        assert (processed / f"{name}.csv").read_bytes() == table_csv(table), f"{name}: run `make`"


@pytest.mark.skipif(
    matplotlib.__version__ != SVG_MATPLOTLIB,
    reason=f"the committed SVGs are drawn by matplotlib {SVG_MATPLOTLIB} (pinned in the dev group "
    f"for Python >= 3.11); this is {matplotlib.__version__}, which lays text out differently",
)
def test_committed_charts_are_fresh(root: Path, figures: pd.DataFrame, statistics: pd.DataFrame) -> None:
    """reports/figures/ is what `make` writes; redraw each chart in memory and compare the bytes."""
    for name, chart in charts.CHARTS.items():
        svg = charts.render(chart.plot(chart.table(figures, statistics, None)).figure, "svg")
        assert (root / "reports" / "figures" / f"{name}.svg").read_bytes() == svg, f"{name}: run `make`"


def test_bad_format_is_a_message(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["charts", "--format", "gif", "--output", str(tmp_path)]) == 2
    assert "--format takes svg, png" in capsys.readouterr().err



# ----------------------------------------------------------------------------- other pairs


def made_up_pair() -> tuple[pd.DataFrame, pd.DataFrame]:
    """Made-up China–Russia figures and statistics (not real): the charts must follow the data."""
    text = ("China's trade with Russia reached $240 billion in 2023, up from $190 billion a year earlier. "
            "In January–July 2024 trade amounted to $140 billion. The two sides expect $260 billion in 2024. "
            "EU exports to China were €200 billion in 2023.")
    figures = extract(text, published="2024-08-10", source="a made-up text")
    years = {2019: 110e9, 2020: 105e9, 2021: 140e9, 2022: 190e9, 2023: 240e9}
    rows = [("CHN", "RUS", "trade", f"{y}-01-01", f"{y}-12-31", v) for y, v in years.items()]
    rows.append(("CHN", "RUS", "trade", "2024-01-01", "2024-07-31", 137e9))
    stats = pd.DataFrame(rows, columns=["reporter", "partner", "flow", "period_start", "period_end", "value"])
    stats = stats.assign(currency="USD", reported_by="reporter", office="Made-up Customs", source="made up")
    return figures, read_statistics(stats)


def test_every_chart_of_a_made_up_pair_says_what_it_shows() -> None:
    figures, stats = made_up_pair()
    titles, footers = {}, {}
    for name, chart in charts.CHARTS.items():
        ax = chart.plot(chart.table(figures, stats, None))
        titles[name] = ax.get_title(loc="left")
        footers[name] = _texts(ax).replace("\n", " ")
    assert titles == {
        "claims": "China–Russia trade: the figures claimed, by period",
        "growth": "China–Russia trade: growth claimed against 2023",
        "path_to_target": "China–Russia trade: the 2024 target needs a faster Aug–Dec",
        "claims_vs_statistics":
            "China–Russia trade: the claims beside China's official statistics (Made-up Customs)",
        "scenarios": "China–Russia turnover: scenarios to 2025 (what-ifs, not forecasts)",
    }
    assert "×12/7, as if the other 5 months kept its monthly pace" in footers["growth"]
    assert "Aug–Dec at the Jan–Jul 2024 monthly pace (Jan–Jul 2024 ×5/7)" in footers["path_to_target"]
    assert "Made-up Customs (China): made up" in footers["claims_vs_statistics"]
    assert "Made-up Customs Jan–Jul 2024 × 12/7 = $235bn" not in footers["scenarios"]
    assert "2024 only: Made-up Customs Jan–Jul 2024" in footers["scenarios"]
    for text in (*titles.values(), *footers.values()):
        assert not any(word in text for word in ("Armenia", "Armstat", "<NA>"))


def _overlapping_labels(ax: object) -> list[tuple[str, str]]:
    """Pairs of text labels drawn over each other (the footer aside), by their first words."""
    texts = [t for a in ax.figure.axes for t in a.texts  # type: ignore[attr-defined]
             if t.get_gid() != "footer" and t.get_text().strip()]
    boxes = [(t.get_text()[:40], t.get_window_extent()) for t in texts]
    return [(a, b) for (a, box_a), (b, box_b) in itertools.combinations(boxes, 2) if box_a.overlaps(box_b)]


def _labels_outside(ax: object) -> list[str]:
    """Text labels (the footer aside) that reach out of the axes, by their first words."""
    frame = ax.get_window_extent().padded(1)  # type: ignore[attr-defined]
    texts = [t for t in ax.texts if t.get_gid() != "footer" and t.get_text().strip()]  # type: ignore[attr-defined]
    return [t.get_text()[:40] for t in texts
            if not (frame.contains(*t.get_window_extent().min) and frame.contains(*t.get_window_extent().max))]


@pytest.mark.parametrize("example", ["embedded", "china-russia-2024", "made-up"])
def test_no_label_is_drawn_over_another(example: str) -> None:
    """Labels that would meet (three 2023 claims and a 2024 projection beside China's customs series)
    are moved apart, and none reaches out of its axes, in every chart of every example."""
    if example == "made-up":
        figures, stats = made_up_pair()
    else:
        article = load_article() if example == "embedded" else load_article(example)
        figures, stats = extract(article.text, published=article.published, source=article.citation), None
    for name, chart in sorted(charts.CHARTS.items()):
        ax = chart.plot(chart.table(figures, stats if stats is not None else read_statistics(), None))
        assert _overlapping_labels(ax) == [], name
        assert _labels_outside(ax) == [], name


def test_growth_is_drawn_against_one_base_figure_and_the_rest_counted() -> None:
    """The China–Russia example has two claims for 2023 ($240.1bn and $227.8bn): the bars compare
    with the first only (one base bar, so no bar's growth is against a figure not drawn); a long
    list of other comparisons is cut to three and counted."""
    article = load_article("china-russia-2024")
    table = analysis.growth_table(extract(article.text, published=article.published))
    ax = charts.plot_growth(table)
    assert sorted(_patches(ax)) == ["as reported:2024H1", "base:2023", "run-rate:2024H1"]
    drawn = [t.get_text() for t in ax.texts if "vs 2023" in t.get_text()]
    assert drawn == ["$117bn\n-51% vs 2023\nnot like for like",
                     "$234bn\n-3% vs 2023\nif the pace of\nH1 2024 held"]
    (footer,) = [t.get_text().replace("\n", " ") for t in ax.texts if t.get_gid() == "footer"]
    assert footer.count("Not drawn:") == 3
    assert f"{len(table) - 2 - 3} more comparisons are in the table behind this chart." in footer


def test_a_pair_without_statistics_skips_those_charts_with_a_reason(statistics: pd.DataFrame) -> None:
    figures, _ = made_up_pair()
    with pytest.warns(UserWarning, match="no full-year trade figure for CHN–RUS"):
        series = charts.CHARTS["claims_vs_statistics"].table(figures, statistics, None)
    with pytest.raises(charts.NothingToDraw, match="no official series for China–Russia"):
        charts.plot_claims_vs_statistics(series, pair=("CHN", "RUS"))
    with pytest.warns(UserWarning, match="no full-year trade figure for CHN–RUS"):
        paths = charts.CHARTS["scenarios"].table(figures, statistics, None)
    with pytest.raises(charts.NothingToDraw, match="no full-year series for China–Russia"):
        charts.plot_scenarios(paths, pair=("CHN", "RUS"))
    ax = charts.plot_claims(analysis.claims(figures), pair=("RUS", "CHN"))  # the text's own figures still draw
    assert ax.get_title(loc="left") == "China–Russia trade: the figures claimed, by period"


def test_figures_in_another_currency_get_their_own_axis() -> None:
    figures, _ = made_up_pair()
    ax = charts.plot_claims(analysis.claims(figures), pair=("EU", "CHN"))
    assert ax.get_title(loc="left") == "European Union–China exports: the figures claimed, by period"
    assert ax.get_ylabel() == "euros"
    in_euros = figures.assign(currency="EUR", low=figures["low"] / 10, high=figures["high"] / 10)
    mixed = pd.concat([figures, in_euros])
    ax = charts.plot_claims(analysis.claims(mixed), pair=("CHN", "RUS"))
    (right,) = [a for a in ax.figure.axes if a is not ax]
    assert right.get_ylabel() == "euros"
    assert any(p.get_gid().endswith(":EUR") for p in right.patches if p.get_gid())
    assert "read on the right-hand axis" in _texts(ax)


def test_an_empty_table_is_nothing_to_draw_not_empty_axes() -> None:
    for name, chart in charts.CHARTS.items():
        empty = chart.table(extract("No figures here.", published="2024-01-01"), read_statistics(), None) \
            if name not in ("claims_vs_statistics", "scenarios") else None
        if empty is not None:
            with pytest.raises(charts.NothingToDraw, match=name):
                chart.plot(empty)


def test_charts_of_another_input_go_to_a_folder_named_after_it(
    root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "other.txt").write_text("China's trade with Russia reached $240 billion in 2023, up from "
                                        "$190 billion a year earlier.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["charts", "--input", "other.txt", "--published", "2024-03-01", "--format", "svg"]) == 0
    out = capsys.readouterr().out
    assert "pair: China–Russia (CHN-RUS), the pair with the most trade figures" in out
    assert "skipped path_to_target: no projection of China–Russia" in out
    written = sorted(p.name for p in (tmp_path / "other-charts").iterdir())
    assert written == ["claims.csv", "claims.svg", "claims_vs_statistics.csv", "claims_vs_statistics.svg",
                       "figures.csv", "growth.csv", "growth.svg", "path_to_target.csv", "scenarios.csv",
                       "scenarios.svg"]  # the bundled statistics have China–Russia too
    for folder in ("reports/figures", "data/processed"):
        assert main(["charts", "--input", "other.txt", "--output", str(root / folder)]) == 2
        assert "holds the embedded article's committed outputs" in capsys.readouterr().err
    assert main(["charts", "--output", "mine", "--format", "svg", "--pair", "ARM-RUS"]) == 0
    assert (tmp_path / "mine" / "scenarios.csv").is_file()  # the tables beside the charts
    assert main(["charts", "--pair", "RUS"]) == 2
    assert "--pair takes two codes joined by '-'" in capsys.readouterr().err


def test_the_second_example_sets_its_claims_beside_chinese_customs(
    root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The China–Russia worked example (data/raw/china-russia-2024.*) with the bundled GACC series."""
    monkeypatch.chdir(tmp_path)
    example = root / "data" / "raw" / "china-russia-2024.txt"
    assert main(["charts", "--input", str(example), "--published", "2024-07-20", "--format", "svg"]) == 0
    captured = capsys.readouterr()
    assert "pair: China–Russia (CHN-RUS)" in captured.out
    assert "skipped" not in captured.out
    assert "note (" not in captured.err
    out = tmp_path / "china-russia-2024-charts"
    assert sorted(p.name for p in out.glob("*.svg")) == sorted(f"{name}.svg" for name in charts.CHARTS)
    table = pd.read_csv(out / "claims_vs_statistics.csv", dtype={"label": str})
    gacc = table[table["series"] == "GACC turnover"]
    assert gacc["label"].tolist() == [str(y) for y in range(2016, 2026)]
    assert set(gacc["reported_by"]) == {"China (GACC)"}
    said = table[table["series"] == "claim"].set_index("label")["note"]
    # both 2023 claims ($240.1bn and Putin's $227.8bn) beside GACC's figure
    assert said["2023"].tolist() == ["GACC full-year 2023: $240.11bn (vintage not stated)"] * 2
    assert said["2024"] == "GACC full-year 2024: $244.81bn (vintage not stated)"  # the $200bn target
    assert said["2023-01..2023-11"] == "GACC 2023-01..2023-11: $218.17bn (vintage not stated)"
    target = pd.read_csv(out / "path_to_target.csv", dtype={"period": str})
    assert target[["period", "target_low", "so_far_period", "remaining_low"]].values.tolist() == [
        ["2024", 200e9, "2024H1", pytest.approx(83.1e9)]]
    assert pd.read_csv(out / "scenarios.csv")["office"].eq("GACC").all()
    # the same claims, each beside the GACC figure for its period: Putin's Russian-side $227.8bn is not GACC's
    article = load_article("china-russia-2024")
    cmp = analysis.compare_with_statistics(analysis.claims(extract(article.text, published=article.published)))
    verdicts = cmp.set_index("claim_low")[["period", "statistic_value", "consistent", "met"]]
    assert verdicts.loc[227.8e9].tolist() == ["2023", 240.11e9, False, pd.NA]
    assert verdicts.loc[240.1e9].tolist() == ["2023", 240.11e9, True, pd.NA]
    assert verdicts.loc[200e9].tolist() == ["2024", 244.81e9, pd.NA, True]
    assert set(cmp["office"]) == {"GACC"}


def test_charts_take_official_statistics_from_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "kz.txt").write_text("Trade between Kazakhstan and China reached $41 billion in 2023.",
                                     encoding="utf-8")
    assert main(["charts", "--input", "kz.txt", "--published", "2024-02-01", "--format", "svg"]) == 0
    err = capsys.readouterr().err  # no statistics for the pair: the note says how to give them here
    assert "pass --statistics FILE with figures for this pair" in err
    assert "pass statistics=" not in err
    made_up = ("reporter,partner,flow,period_start,period_end,value,currency,reported_by,office,source\n"
               + "".join(f"KAZ,CHN,trade,{y}-01-01,{y}-12-31,{v}e9,USD,reporter,Made-up office,made up\n"
                         for y, v in ((2021, 30), (2022, 35), (2023, 40))))  # not real figures
    (tmp_path / "kz.csv").write_text(made_up, encoding="utf-8")
    assert main(["charts", "--input", "kz.txt", "--published", "2024-02-01", "--format", "svg",
                 "--statistics", "kz.csv", "--output", "mine"]) == 0
    assert "note (claims_vs_statistics)" not in capsys.readouterr().err
    table = pd.read_csv(tmp_path / "mine" / "claims_vs_statistics.csv")
    assert table["series"].tolist() == ["Made-up office turnover"] * 3 + ["claim"]
    assert (tmp_path / "mine" / "claims_vs_statistics.svg").is_file()
    (tmp_path / "bad.csv").write_text(made_up.replace("2023-12-31", "31/12/2023"), encoding="utf-8")
    assert main(["charts", "--input", "kz.txt", "--statistics", "bad.csv"]) == 2
    err = capsys.readouterr().err
    assert err == ("tradefigures: error: bad.csv: column 'period_end', line 4: '31/12/2023' is not a date "
                   "written YYYY-MM-DD; write ISO dates such as 2024-06-30\n")
    assert main(["charts", "--statistics", "nope.csv"]) == 2
    assert capsys.readouterr().err == "tradefigures: error: no statistics at nope.csv\n"


def test_a_plot_call_shows_its_chart_in_jupyter() -> None:
    """A plot_* call as a cell's last line: Jupyter shows the Axes' PNG, not '<Axes: …>'."""
    ax = charts.plot_claims(analysis.claims(extract(load_article().text, published="2024-11-25")))
    png = ax._repr_png_()  # type: ignore[attr-defined]
    assert png.startswith(b"\x89PNG")
    assert png == charts.render(ax.figure, "png")


def test_dpi_and_editable_svg_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--dpi sets the PNG's resolution; --svg-text writes text elements; the defaults stay paths."""
    for name, extra in (("plain", []), ("fine", ["--dpi", "300", "--svg-text"])):
        assert main(["charts", "--output", str(tmp_path / name), "--tables", str(tmp_path / "t"), *extra]) == 0
    size = {name: (tmp_path / name / "claims.png").stat().st_size for name in ("plain", "fine")}
    assert size["fine"] > 2 * size["plain"]
    assert "<text" not in (tmp_path / "plain" / "claims.svg").read_text(encoding="utf-8")
    assert "<text" in (tmp_path / "fine" / "claims.svg").read_text(encoding="utf-8")
    with pytest.raises(SystemExit) as bad:
        main(["charts", "--dpi", "lots"])
    assert bad.value.code == 2
    assert "'lots' is not a resolution; give a whole number of dots per inch" in capsys.readouterr().err
