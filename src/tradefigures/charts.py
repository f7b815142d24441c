"""Charts: each ``plot_*`` takes the table behind it and an optional Axes, and returns the Axes.

The functions use matplotlib's object API only: no pyplot, no global state; the house style is
applied with ``rc_context`` while a chart is drawn. ``CHARTS`` maps each chart's name to the
function that builds its table from the figures (and the official statistics) and the function
that draws it; ``tradefigures charts`` and the tests loop over it.

>>> from tradefigures import extract, load_article
>>> from tradefigures.analysis import growth_table
>>> ax = plot_growth(growth_table(extract(load_article().text, published="2024-11-25")))
>>> ax.get_title(loc="left")
'Russia–Armenia trade: growth claimed against 2023'
>>> money(8.3e9), money(14e9), money(450e6), money(0)
('$8.3bn', '$14bn', '$450m', '$0')
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import matplotlib as mpl
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure, SubFigure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from . import analysis

__all__ = [
    "CHARTS",
    "STYLE",
    "Chart",
    "ChartFigure",
    "money",
    "new_axes",
    "plot_claims",
    "plot_claims_vs_statistics",
    "plot_growth",
    "plot_path_to_target",
    "plot_scenarios",
    "render",
]

STYLE = Path(__file__).with_name("tradefigures.mplstyle")

# Okabe-Ito colours, one meaning each across all charts
ACTUAL = "#0072B2"
PROJECTION = "#E69F00"
RUN_RATE = "#009E73"
OFFICIAL = "#222222"
WARNING = "#D55E00"
MUTED = "#666666"
PARTIAL_HATCH = "///"
_LABEL_BOX = {"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.9}


def money(x: float, currency: str = "USD") -> str:
    """A short money label: 8.3e9 → '$8.3bn'."""
    sign = "$" if currency == "USD" else f"{currency} "
    for size, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if abs(x) >= size:
            return f"{sign}{x / size:.3g}{suffix}"
    return f"{sign}{x:.3g}"


def _span(low: float, high: float, bound: object) -> str:
    """'$14–16bn', '≥ $8.3bn', '≤ $5.7–7.7bn'."""
    a, b = money(low), money(high)
    if low == high:
        text = a
    elif a.endswith("bn") and b.endswith("bn"):
        text = f"{a[:-2]}–{b[1:]}"  # $14–16bn
    else:
        text = f"{a}–{b}"
    prefix = {"at_least": "≥ ", "at_most": "≤ ", "approx": "~"}.get(str(bound), "")
    return prefix + text


class ChartFigure(Figure):
    """A Figure that Jupyter shows as an image without pyplot (``ax.figure`` in a cell)."""

    def _repr_png_(self) -> bytes:
        return render(self, "png")


def new_axes() -> Axes:
    """An Axes on a new Figure of the house size, made without pyplot."""
    with mpl.rc_context(fname=str(STYLE)):
        fig = ChartFigure()
        return fig.add_subplot()


def _money_axis(ax: Axes, log: bool = False) -> None:
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: money(v)))
    if not log:
        ax.set_ylim(bottom=0)


def _source(ax: Axes, text: str) -> None:
    """The source line under the chart, wrapped by hand (matplotlib's wrap reads "$" as maths)."""
    lines = [textwrap.fill(part, 125) for part in text.split("\n")]
    ax.annotate(
        "\n".join(lines), xy=(0, 0), xycoords="axes fraction", xytext=(0, -34),
        textcoords="offset points", fontsize=7.5, color=MUTED, va="top", ha="left",
    )


def _sources(table: pd.DataFrame, column: str = "sources") -> str:
    if column not in table or table[column].dropna().empty:
        return "the text given to tradefigures"
    return "; ".join(dict.fromkeys(str(s) for s in table[column].dropna()))


def _period_label(period: object, months: float | None = None) -> str:
    """'2024H1' → 'H1 2024'; other labels as they are."""
    p = str(period)
    if len(p) == 6 and p[4] in "HQ":
        return f"{p[4:]} {p[:4]}"
    return p


def _usd_trade(df: pd.DataFrame) -> pd.DataFrame:
    keep = (df["currency"] == "USD") & (df["metric"] == "trade")
    out: pd.DataFrame = df[keep.fillna(False)]
    return out


def _tuples(df: pd.DataFrame) -> Iterator[Any]:
    """The rows as named tuples; typed Any, as their fields differ from table to table."""
    return iter(df.itertuples())


# ----------------------------------------------------------------------------- claims


def plot_claims(claims_df: pd.DataFrame, *, ax: Axes | None = None) -> Axes:
    """The figures a text claims, by period: actuals as bars, part years hatched, lower bounds
    marked with ≥ and an arrow, projections as a range band.

    ``claims_df`` is :func:`tradefigures.analysis.claims` output; USD trade claims are drawn.
    """
    with mpl.rc_context(fname=str(STYLE)):
        ax = ax if ax is not None else new_axes()
        rows = _usd_trade(claims_df).sort_values(["kind", "period_start", "period_end"])
        rows = rows.sort_values(["period_start", "period_end"], kind="stable")
        labels = []
        for x, r in enumerate(_tuples(rows)):
            months = analysis._months(r.period_start, r.period_end)
            partial = months is not None and months < 12
            label = _period_label(r.period, months)
            text = _span(r.low, r.high, r.bound)
            if r.kind == "projection":
                bar = ax.bar(x, r.high - r.low, bottom=r.low, width=0.6, color=PROJECTION, alpha=0.35,
                             edgecolor=PROJECTION, linestyle="--", linewidth=1.5)[0]
                labels.append(f"{label}\nprojection")
                note = f"{text}\nprojected"
            else:
                bar = ax.bar(x, r.low, width=0.6, color=ACTUAL, alpha=0.85 if not partial else 0.55,
                             hatch=PARTIAL_HATCH if partial else None, edgecolor=ACTUAL)[0]
                labels.append(f"{label}\nactual" + (", part year" if partial else ""))
                note = text + ("\nlower bound" if r.bound == "at_least" else "")
                if r.bound == "at_least":
                    ax.annotate("", xy=(x, r.low * 1.12), xytext=(x, r.low),
                                arrowprops={"arrowstyle": "-|>", "color": ACTUAL, "lw": 1.5})
            bar.set_gid(f"claim:{r.period}:{r.kind}")
            top = r.high if r.kind == "projection" else r.low * (1.12 if r.bound == "at_least" else 1)
            ax.annotate(note, xy=(x, top), xytext=(0, 4), textcoords="offset points",
                        ha="center", va="bottom", fontsize=9)
        ax.set_xticks(range(len(labels)), labels)
        ax.set_xlim(-0.6, max(len(labels) - 0.4, 0.6))
        _money_axis(ax)
        ax.set_ylim(top=max([*rows["high"].astype(float), 1.0]) * 1.3)
        ax.set_title("Russia–Armenia trade: the figures claimed, by period")
        ax.set_ylabel("US dollars")
        _source(ax, "Hatched: part of a year only. ≥: lower bound (\"exceeded\"). Band: projected range.\n"
                    f"Source: {_sources(rows)}; figures read by tradefigures.")
        return ax


# ----------------------------------------------------------------------------- growth


def plot_growth(growth_df: pd.DataFrame, *, ax: Axes | None = None) -> Axes:
    """The base year, the later figure and its run-rate, with the growth of each over the base;
    a comparison that is not like for like is marked.

    ``growth_df`` is :func:`tradefigures.analysis.growth_table` output (USD trade rows drawn).
    """
    with mpl.rc_context(fname=str(STYLE)):
        ax = ax if ax is not None else new_axes()
        rows = _usd_trade(growth_df)
        if len(rows):
            rows = rows[rows["from_period"] == rows["from_period"].iloc[0]]
        labels: list[str] = []
        if len(rows):
            first: Any = rows.iloc[0]
            bar = ax.bar(0, first["from_low"], width=0.6, color=ACTUAL, alpha=0.85, edgecolor=ACTUAL)[0]
            bar.set_gid(f"base:{first['from_period']}")
            labels.append(f"{_period_label(first['from_period'], None)}\nactual")
            ax.annotate(money(first["from_low"]), xy=(0, first["from_low"]), xytext=(0, 4),
                        textcoords="offset points", ha="center", va="bottom")
        for x, r in enumerate(_tuples(rows), start=1):
            run_rate = r.basis == "run-rate"
            partial = not run_rate and r.to_months < 12
            colour = RUN_RATE if run_rate else ACTUAL
            bar = ax.bar(x, r.to_low, width=0.6, color=colour, alpha=0.85 if not partial else 0.55,
                         hatch=PARTIAL_HATCH if partial else None, edgecolor=colour,
                         linestyle="--" if run_rate else "-")[0]
            bar.set_gid(f"{r.basis}:{r.to_period}")
            what = f"run-rate ×12/{r.to_months:g}" if run_rate else "actual, part year" if partial else "actual"
            labels.append(f"{_period_label(r.to_period, r.to_months)}\n{what}")
            growth = _growth_text(r.growth_low, r.growth_high, r.growth_bound)
            caveat = "" if r.like_for_like and not run_rate else (
                "\nnot like for like" if not r.like_for_like else "\nassumes H2 = H1 pace")
            ax.annotate(f"{_span(r.to_low, r.to_high, r.to_bound)}\n{growth} vs "
                        f"{_period_label(r.from_period, None)}{caveat}",
                        xy=(x, r.to_low), xytext=(0, 4), textcoords="offset points", ha="center",
                        va="bottom", color=WARNING if not r.like_for_like else "black")
        ax.set_xticks(range(len(labels)), labels)
        _money_axis(ax)
        ax.set_ylim(top=max([*rows["to_low"].astype(float), 1.0]) * 1.35)
        ax.set_title("Russia–Armenia trade: growth claimed against 2023")
        ax.set_ylabel("US dollars")
        _source(ax, "Hatched: half a year only, so its growth over a full year is not like for like (red). "
                    "Run-rate: the half year ×2.\nSource: growth computed by tradefigures from the "
                    "figures claimed in the text.")
        return ax


def _growth_text(low: float, high: float, bound: object) -> str:
    a = f"{low:+.0%}"
    text = a if low == high else f"{a} to {high:+.0%}"
    return {"at_least": "≥ ", "at_most": "≤ "}.get(str(bound), "") + text


# ----------------------------------------------------------------------------- path to target


def plot_path_to_target(targets_df: pd.DataFrame, *, ax: Axes | None = None) -> Axes:
    """What a target needs from the rest of its period, beside the rest at the pace so far.

    ``targets_df`` is :func:`tradefigures.analysis.target_implications` output; the first USD trade
    target with an actual so far is drawn.
    """
    with mpl.rc_context(fname=str(STYLE)):
        ax = ax if ax is not None else new_axes()
        rows = _usd_trade(targets_df).dropna(subset=["so_far_low", "remaining_low"])
        if len(rows) == 0:
            ax.set_title("No target with a figure for part of its period")
            return ax
        r: Any = rows.iloc[0]
        so_far, rest_lo, rest_hi = float(r["so_far_low"]), float(r["remaining_low"]), float(r["remaining_high"])
        at_pace = so_far * float(r["remaining_months"]) / float(r["so_far_months"])
        so_far_label = _period_label(r["so_far_period"], None)
        rest_label = "H2" if so_far_label.startswith("H1") else "rest of the year"
        for x in (0, 1):
            bar = ax.bar(x, so_far, width=0.55, color=ACTUAL, alpha=0.55, hatch=PARTIAL_HATCH,
                         edgecolor=ACTUAL)[0]
            bar.set_gid(f"so_far:{x}")
        for x in (0, 1):
            ax.annotate(f"{so_far_label}\n{_span(so_far, so_far, r['so_far_bound'])}", xy=(x, so_far / 2),
                        ha="center", va="center", fontsize=8.5, color="white", fontweight="bold")
        need = ax.bar(0, rest_hi, bottom=so_far, width=0.55, color=PROJECTION, alpha=0.35,
                      edgecolor=PROJECTION, linestyle="--", linewidth=1.5)[0]
        need.set_gid("needed")
        ax.annotate(f"{rest_label} needed:\n{_span(rest_lo, rest_hi, 'at_most')}",
                    xy=(0, so_far + rest_hi), xytext=(0, 4), textcoords="offset points", ha="center",
                    va="bottom")
        pace = ax.bar(1, at_pace, bottom=so_far, width=0.55, color=RUN_RATE, alpha=0.6,
                      edgecolor=RUN_RATE, linestyle="--")[0]
        pace.set_gid("at_pace")
        ax.annotate(f"{rest_label} at the {so_far_label} pace:\n{_span(at_pace, at_pace, r['so_far_bound'])}"
                    f" → year {_span(so_far + at_pace, so_far + at_pace, r['so_far_bound'])}",
                    xy=(1, so_far + at_pace), xytext=(0, 4), textcoords="offset points", ha="center",
                    va="bottom")
        band = ax.axhspan(float(r["target_low"]), float(r["target_high"]), color=PROJECTION, alpha=0.15,
                          zorder=0)
        band.set_gid("target")
        ax.annotate(f"{r['period']} target\n{_span(r['target_low'], r['target_high'], 'range')}",
                    xy=(0.01, (float(r["target_low"]) + float(r["target_high"])) / 2),
                    xycoords=("axes fraction", "data"), ha="left", va="center", color="#9a6a00")
        ax.set_xticks([0, 1], ["What the target needs", f"At the {so_far_label} pace"])
        ax.set_xlim(-1.0, 1.6)
        _money_axis(ax)
        ax.set_ylim(top=max(so_far + at_pace, float(r["target_high"])) * 1.25)
        ax.set_title(f"Russia–Armenia trade: the {r['period']} target needs a slower {rest_label}")
        ax.set_ylabel("US dollars")
        _source(ax, f"Hatched: {so_far_label} actual (a lower bound). Dashed: what the target needs and what "
                    f"the {so_far_label} pace would give.\nSource: computed by tradefigures from the figures "
                    "claimed in the text.")
        return ax


# ----------------------------------------------------------------------------- against statistics


def plot_claims_vs_statistics(series_df: pd.DataFrame, *, ax: Axes | None = None) -> Axes:
    """Armstat's yearly turnover with the claims overlaid, and the projection against the outcome.

    ``series_df`` is :func:`tradefigures.analysis.series_and_claims` output.
    """
    with mpl.rc_context(fname=str(STYLE)):
        ax = ax if ax is not None else new_axes()
        official_rows = series_df["series"] != analysis.SERIES_CLAIM
        official = series_df[official_rows & ~series_df["partial"].astype(bool)]
        years = official["period_start"].dt.year
        (line,) = ax.plot(years, official["low"], color=OFFICIAL, marker="o", markersize=3.5,
                          label="Armstat turnover, full year (latest vintage)")
        line.set_gid("armstat")
        part = series_df[official_rows & series_df["partial"].astype(bool)]
        for r in _tuples(part):
            bar = ax.bar(r.period_start.year, r.low, width=0.6, color="none", edgecolor=OFFICIAL,
                         hatch=PARTIAL_HATCH, label=f"Armstat {r.label} (part year)")[0]
            bar.set_gid(f"part:{r.label}")
            ax.annotate(f"{money(r.low)}\n{r.label}\n(part year)", xy=(r.period_start.year, r.low),
                        xytext=(0, 4), textcoords="offset points", ha="center", va="bottom", fontsize=8)
        claims = series_df[series_df["series"] == analysis.SERIES_CLAIM]
        outcome = dict(zip(years, official["low"], strict=True))
        for r in _tuples(claims):
            year = r.period_start.year
            if r.kind == "projection":
                span = ax.bar(year, r.high - r.low, bottom=r.low, width=0.5, color=PROJECTION, alpha=0.35,
                              edgecolor=PROJECTION, linestyle="--", label=f"projection for {r.label}")[0]
                span.set_gid(f"claim:{r.label}:projection")
                met = outcome.get(year)
                verdict = "" if met is None else (
                    f"\nnot met: Armstat {money(met)}" if met < r.low else f"\nmet: Armstat {money(met)}")
                ax.annotate(f"{r.label} projection\n{_span(r.low, r.high, 'range')}{verdict}",
                            xy=(year - 0.3, (r.low + r.high) / 2), ha="right", va="center",
                            fontsize=8, color="#9a6a00")
            else:
                x = year + (r.months / 24 - 0.5 if r.partial else 0)
                (mark,) = ax.plot([x], [r.low], linestyle="none", marker="^" if r.bound == "at_least" else "D",
                                  markersize=7, color=ACTUAL, markerfacecolor="white" if r.partial else ACTUAL,
                                  label=None)
                mark.set_gid(f"claim:{r.label}:actual")
                what = f"{_period_label(r.label, r.months)} claim {_span(r.low, r.high, r.bound)}"
                if r.partial:
                    what += " (half year)" if r.months == 6 else " (part year)"
                ax.annotate(what, xy=(x, r.low), xytext=(-8, 0), textcoords="offset points", ha="right",
                            va="center", fontsize=8, color=ACTUAL, bbox=_LABEL_BOX)
        ax.plot([], [], linestyle="none", marker="D", color=ACTUAL, label="claim, full year")
        ax.plot([], [], linestyle="none", marker="^", color=ACTUAL, markerfacecolor="white",
                label="claim, part year, lower bound")
        ax.legend(loc="upper left")
        _money_axis(ax)
        ax.set_ylim(top=max([*series_df["high"].astype(float), 1.0]) * 1.12)
        ax.set_xlim(years.min() - 0.7 if len(years) else 0, (years.max() if len(years) else 0) + 1.7)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_title("Russia–Armenia trade: the claims beside Armenia's official statistics")
        ax.set_ylabel("US dollars, turnover")
        ax.grid(axis="x", visible=False)
        _source(ax, "Armstat: foreign-trade-by-country database, monthly rows summed (copy in tvyal_newsletter); "
                    "the latest vintage in data/reference for each year.\n"
                    f"Claims: {_sources(claims, 'source')}. Armstat first published H1 2024 at $8.37bn and "
                    "later revised it to about $7.53bn; Russian officials' own figures differ.")
        return ax


# ----------------------------------------------------------------------------- scenarios


def plot_scenarios(paths_df: pd.DataFrame, *, ax: Axes | None = None) -> Axes:
    """Armstat's turnover to the last full year, then each scenario as a dashed line from it.

    ``paths_df`` is :func:`tradefigures.analysis.scenario_paths` output. The scale is logarithmic
    so that a doubling every year and a fall both stay readable.
    """
    with mpl.rc_context(fname=str(STYLE)):
        ax = ax if ax is not None else new_axes()
        actual = paths_df[~paths_df["is_estimate"].astype(bool)]
        (line,) = ax.plot(actual["year"], actual["value"], color=OFFICIAL, marker="o", markersize=3.5,
                          label="Armstat turnover (actual)")
        line.set_gid("actual")
        colours = [PROJECTION, RUN_RATE, WARNING, "#CC79A7", "#56B4E9"]
        last = actual.iloc[-1] if len(actual) else None
        for colour, (name, rows) in zip(colours, paths_df[paths_df["is_estimate"].astype(bool)]
                                        .groupby("scenario", sort=False), strict=False):
            xs, ys = list(rows["year"]), list(rows["value"])
            if last is not None:
                xs, ys = [int(last["year"]), *xs], [float(last["value"]), *ys]
            (sc,) = ax.plot(xs, ys, color=colour, linestyle="--", marker=".", label=f"scenario: {name}")
            sc.set_gid(f"scenario:{name}")
            ax.annotate(f"{name}\n{money(ys[-1])} in {xs[-1]}", xy=(xs[-1], ys[-1]), xytext=(4, 0),
                        textcoords="offset points", va="center", fontsize=8, color=colour)
        ax.set_yscale("log")
        _money_axis(ax, log=True)
        if len(paths_df):
            ax.set_xlim(int(paths_df["year"].min()) - 0.5, int(paths_df["year"].max()) + 2.8)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.legend(loc="upper left")
        ax.set_title("Russia–Armenia turnover: scenarios to 2030 (what-ifs, not forecasts)")
        ax.set_ylabel("US dollars, log scale")
        ax.grid(axis="y", which="major")
        assumptions = "; ".join(dict.fromkeys(
            f"{n}: {a}" for n, a in zip(paths_df["scenario"], paths_df["assumption"], strict=True)
            if n != "Armstat actual"))
        _source(ax, "Dashed lines are scenarios computed by tradefigures, each from one stated assumption; "
                    f"none is a forecast.\n{assumptions}.\nActual: Armstat foreign-trade-by-country database.")
        return ax


# ----------------------------------------------------------------------------- registry


_METADATA = {
    "svg": {"Creator": "tradefigures", "Date": None},
    "png": {"Software": "tradefigures"},
}


def render(fig: Figure | SubFigure, fmt: str = "svg") -> bytes:
    """The chart file's bytes: the same bytes for the same chart every time (fixed metadata,
    fixed SVG ids through ``svg.hashsalt``, fixed size and font)."""
    with mpl.rc_context(fname=str(STYLE)):
        buf = io.BytesIO()
        fig.figure.savefig(buf, format=fmt, bbox_inches="tight", pad_inches=0.15, metadata=_METADATA[fmt])
        return buf.getvalue()


@dataclass(frozen=True)
class Chart:
    """A chart: how to build its table from the figures and the statistics, and how to draw it."""

    table: Callable[[pd.DataFrame, pd.DataFrame], pd.DataFrame]
    plot: Callable[..., Axes]
    description: str


CHARTS: dict[str, Chart] = {
    "claims": Chart(
        lambda figures, statistics: analysis.claims(figures), plot_claims,
        "the figures claimed, by period: actuals, part years, lower bounds, projections",
    ),
    "growth": Chart(
        lambda figures, statistics: analysis.growth_table(figures), plot_growth,
        "growth over the base year, as reported and as a run-rate, with the like-for-like caveat",
    ),
    "path_to_target": Chart(
        lambda figures, statistics: analysis.target_implications(figures), plot_path_to_target,
        "what the target needs from the rest of the year against the pace so far",
    ),
    "claims_vs_statistics": Chart(
        lambda figures, statistics: analysis.series_and_claims(analysis.claims(figures), statistics),
        plot_claims_vs_statistics,
        "Armstat's yearly turnover with the claims overlaid; the projection against the outcome",
    ),
    "scenarios": Chart(
        lambda figures, statistics: analysis.scenario_paths(statistics), plot_scenarios,
        "explicit scenarios from the last full Armstat year, each with its assumption",
    ),
}


