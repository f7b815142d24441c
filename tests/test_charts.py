"""Charts: each registry entry is drawn from its table and its artists checked against the table;
the chart command is deterministic and the committed tables are fresh."""

from __future__ import annotations

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
SVG_MATPLOTLIB = "3.11.2"


@pytest.fixture(scope="module")
def figures() -> pd.DataFrame:
    article = load_article()
    return extract(article.text, published=article.published, source=article.citation)


@pytest.fixture(scope="module")
def statistics() -> pd.DataFrame:
    return read_statistics()


def _patches(ax: object) -> dict[str, Rectangle]:
    return {p.get_gid(): p for p in ax.patches if p.get_gid()}  # type: ignore[attr-defined]


def _texts(ax: object) -> str:
    return "\n".join(t.get_text() for t in ax.texts)  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", sorted(charts.CHARTS))
def test_every_chart_draws_with_title_and_source(
    name: str, figures: pd.DataFrame, statistics: pd.DataFrame
) -> None:
    chart = charts.CHARTS[name]
    ax = chart.plot(chart.table(figures, statistics))
    assert ax.get_title(loc="left")
    assert any(t.get_text().startswith(("Source", "Hatched", "Armstat", "Dashed")) for t in ax.texts)
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
    (line,) = [ln for ln in ax.lines if ln.get_gid() == "armstat"]
    official = table[table["series"] == "Armstat turnover"]
    assert list(line.get_xdata()) == list(official["period_start"].dt.year)
    assert list(line.get_ydata()) == pytest.approx(list(official["low"].astype(float)))
    bars = _patches(ax)
    assert bars["claim:2024:projection"].get_y() == pytest.approx(14e9)
    assert bars["part:2025 Jan-Aug"].get_hatch()
    assert "not met: Armstat $12.4bn" in _texts(ax)


def test_scenarios_chart_draws_each_scenario_from_the_last_actual(statistics: pd.DataFrame) -> None:
    table = analysis.scenario_paths(statistics)
    ax = charts.plot_scenarios(table)
    lines = {ln.get_gid(): ln for ln in ax.lines if ln.get_gid()}
    names = [n for n in table["scenario"].unique() if n != "Armstat actual"]
    assert {f"scenario:{n}" for n in names} <= set(lines)
    for n in names:
        xs = list(lines[f"scenario:{n}"].get_xdata())
        assert xs[0] == 2024
        assert xs[-1] == 2030
        assert lines[f"scenario:{n}"].get_linestyle() == "--"
    assert "not forecasts" in ax.get_title(loc="left")
    assert ax.get_yscale() == "log"


def test_plot_functions_draw_on_a_given_axes(figures: pd.DataFrame) -> None:
    ax = charts.new_axes()
    assert charts.plot_claims(analysis.claims(figures), ax=ax) is ax


def test_library_never_touches_pyplot() -> None:
    code = (
        "import sys, tradefigures as t; from tradefigures import charts, analysis;"
        "a=t.load_article(); f=t.extract(a.text, published=a.published); r=t.read_statistics();"
        "[c.plot(c.table(f, r)) for c in charts.CHARTS.values()];"
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
        table = chart.table(figures, statistics)
        assert (processed / f"{name}.csv").read_bytes() == table_csv(table), f"{name}: run `make`"


@pytest.mark.skipif(
    matplotlib.__version__ != SVG_MATPLOTLIB,
    reason=f"the committed SVGs are drawn by matplotlib {SVG_MATPLOTLIB} (pinned in the dev group "
    f"for Python >= 3.11); this is {matplotlib.__version__}, which lays text out differently",
)
def test_committed_charts_are_fresh(root: Path, figures: pd.DataFrame, statistics: pd.DataFrame) -> None:
    """reports/figures/ is what `make` writes; redraw each chart in memory and compare the bytes."""
    for name, chart in charts.CHARTS.items():
        svg = charts.render(chart.plot(chart.table(figures, statistics)).figure, "svg")
        assert (root / "reports" / "figures" / f"{name}.svg").read_bytes() == svg, f"{name}: run `make`"


def test_bad_format_is_a_message(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["charts", "--format", "gif", "--output", str(tmp_path)]) == 2
    assert "--format takes svg, png" in capsys.readouterr().err
