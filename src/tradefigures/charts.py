"""Charts: each ``plot_*`` takes the table behind it and an optional Axes, and returns the Axes.

The functions use matplotlib's object API only: no pyplot, no global state; the house style is
applied with ``rc_context`` while a chart is drawn. Titles, axis labels and footers are written
from the table: the pair from its country codes, the office, sources, vintages and the period
arithmetic. A table with nothing to draw raises :class:`NothingToDraw` with the reason, rather
than giving empty axes. ``CHARTS`` maps each chart's name to the function that builds its table
from the figures (and the official statistics) and the function that draws it; ``tradefigures
charts`` and the tests loop over it.

>>> from tradefigures import extract, load_article
>>> from tradefigures.analysis import growth_table
>>> ax = plot_growth(growth_table(extract(load_article().text, published="2024-11-25")))
>>> ax.get_title(loc="left")
'Russia–Armenia trade: growth claimed against 2023'
>>> money(8.3e9), money(14e9), money(450e6), money(0), money(2.1e9, "EUR")
('$8.3bn', '$14bn', '$450m', '$0', 'EUR 2.1bn')
"""

from __future__ import annotations

import io
import re
import textwrap
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import matplotlib as mpl
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure, SubFigure
from matplotlib.text import Annotation
from matplotlib.ticker import FuncFormatter, LogFormatter, MaxNLocator
from matplotlib.transforms import Bbox

from . import analysis
from ._tables import period_months
from .checks import SERIES_CLAIM
from .statistics import country_name

__all__ = [
    "CHARTS",
    "STYLE",
    "Chart",
    "ChartFigure",
    "NothingToDraw",
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
OTHER_CURRENCY = "#CC79A7"
PARTIAL_HATCH = "///"
_LISTED = 3  # comparisons a footer lists one by one; the rest are counted
_BAND = 0.5  # width of a projection's band on a yearly axis, in years
_LEADER = {"arrowstyle": "-", "color": "#999999", "lw": 0.6, "shrinkA": 0, "shrinkB": 4}
_LABEL_BOX = {"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.9}
_CURRENCY_NAMES = {"USD": "US dollars", "EUR": "euros", "RUB": "roubles", "CNY": "yuan", "GBP": "pounds"}
Pair = tuple[str, str]
_FOOTER_SOURCES = 240  # characters of addresses a footer shows in full; more are cut to their sites
_URL = re.compile(r"https?://\S+")


class NothingToDraw(ValueError):
    """The table has nothing this chart can draw; the message says why, in one line."""


def money(x: float, currency: object = "USD") -> str:
    """A short money label: 8.3e9 → '$8.3bn'; other currencies by their code: 'EUR 2.1bn'."""
    sign = "$" if currency == "USD" else f"{currency} "
    for size, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if abs(x) >= size:
            return f"{sign}{x / size:.3g}{suffix}"
    return f"{sign}{x:.3g}"


def _span(low: float, high: float, bound: object, currency: object = "USD") -> str:
    """'$14–16bn', '≥ $8.3bn', '≤ $5.7–7.7bn'."""
    a, b = money(low, currency), money(high, currency)
    sign = len(money(0, currency)) - 1
    if low == high:
        text = a
    elif a[-2:] == b[-2:] and a[-2:].isalpha():
        text = f"{a[:-2]}–{b[sign:]}"  # $14–16bn
    else:
        text = f"{a}–{b}"
    prefix = {"at_least": "≥ ", "at_most": "≤ ", "approx": "~"}.get(str(bound), "")
    return prefix + text


def _currency_name(currency: object) -> str:
    return _CURRENCY_NAMES.get(str(currency), str(currency))


class ChartFigure(Figure):
    """A Figure that Jupyter shows as an image without pyplot (``ax.figure`` in a cell)."""

    def _repr_png_(self) -> bytes:
        return render(self, "png")


class ChartAxes(Axes):
    """An Axes that Jupyter shows as its chart: a ``plot_*`` call as a cell's last line shows the
    chart, not ``<Axes: …>``."""

    def _repr_png_(self) -> bytes:
        return render(self.figure, "png")


def new_axes() -> Axes:
    """An Axes on a new Figure of the house size, made without pyplot."""
    with mpl.rc_context(fname=str(STYLE)):
        fig = ChartFigure()
        return fig.add_subplot(axes_class=ChartAxes)


class _MoneyLogFormatter(LogFormatter):
    """Minor ticks of a log axis labelled as money where matplotlib would label them (an axis spanning
    under about a decade), instead of its default mathtext such as 2×10^11."""

    def __init__(self, currency: object) -> None:
        super().__init__(labelOnlyBase=False)
        self.currency = currency

    def __call__(self, x: float, pos: int | None = None) -> str:
        return money(x, self.currency) if super().__call__(x, pos) else ""


def _money_axis(ax: Axes, currency: object = "USD", log: bool = False) -> None:
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: money(v, currency)))
    if log:
        ax.yaxis.set_minor_formatter(_MoneyLogFormatter(currency))
    else:
        ax.set_ylim(bottom=0)


def _headroom(ax: Axes, top: float, label_lines: int) -> None:
    """Room above the highest bar for its label: about 7% of the axes per line of text."""
    ax.set_ylim(top=max(top, 1.0) / max(0.3, 1 - 0.07 * label_lines - 0.04))


def _source(ax: Axes, text: str) -> None:
    """The footer under the chart, wrapped by hand (matplotlib's wrap reads "$" as maths)."""
    lines = [textwrap.fill(part, 125) for part in text.split("\n") if part]
    note = ax.annotate(
        "\n".join(lines), xy=(0, 0), xycoords="axes fraction", xytext=(0, -34),
        textcoords="offset points", fontsize=7.5, color=MUTED, va="top", ha="left",
    )
    note.set_gid("footer")


def _sources(table: pd.DataFrame, column: str = "sources") -> str:
    """The table's sources for a footer; a long list of addresses is cut to their sites and dates,
    with the table's column named for the full addresses.

    >>> _sources(pd.DataFrame({"source": ["https://rt.com/4-turnover/ (2019-01-14)"] * 9}), "source")
    'https://rt.com/4-turnover/ (2019-01-14)'
    >>> many = [f"https://www.site{i}.com/a/very/long/address/{i} (2020-0{i}-01)" for i in range(1, 6)]
    >>> print(_sources(pd.DataFrame({"source": many}), "source"))
    site1.com (2020-01-01); site2.com (2020-02-01); site3.com (2020-03-01); site4.com (2020-04-01); \
site5.com (2020-05-01) (full addresses in the table's source column)
    """
    if column not in table or table[column].dropna().empty:
        return "the text given to tradefigures"
    cited = list(dict.fromkeys(str(s) for s in table[column].dropna()))
    if len("; ".join(cited)) <= _FOOTER_SOURCES:
        return "; ".join(cited)
    sites = "; ".join(dict.fromkeys(_URL.sub(_site, s) for s in cited))
    return f"{sites} (full addresses in the table's {column} column)"


def _site(address: re.Match[str]) -> str:
    host = urlsplit(address.group(0)).hostname or address.group(0)
    return host.removeprefix("www.")


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _period_label(period: object) -> str:
    """'2024H1' → 'H1 2024', '2024-01..2024-07' → 'Jan–Jul 2024'; a missing period → 'undated'."""
    if period is None or period is pd.NA or (isinstance(period, float) and period != period):
        return "undated"
    p = str(period)
    if len(p) == 6 and p[4] in "HQ":
        return f"{p[4:]} {p[:4]}"
    if len(p) == 16 and p[4] == "-" and p[7:9] == ".." and p[:4] == p[9:13]:
        return f"{_MONTHS[int(p[5:7]) - 1]}–{_MONTHS[int(p[14:16]) - 1]} {p[:4]}"
    return p


def _pair_name(reporter: object, partner: object) -> str:
    """'Russia–Armenia' from RUS and ARM; a missing partner is the world."""
    a = country_name(reporter)
    b = "world" if partner is None or partner is pd.NA or str(partner) in ("", "nan") else country_name(partner)
    return f"{a}–{b}"


def _of_pair(df: pd.DataFrame, pair: Pair | None) -> tuple[pd.DataFrame, str]:
    """The rows of `pair` (default: the pair with the most rows, in the order its first row gives)
    and the pair's name for titles."""
    sides = [tuple(sorted((str(a) if pd.notna(a) else "", str(b) if pd.notna(b) else "")))
             for a, b in zip(df["reporter"], df["partner"], strict=True)]
    if pair is None:
        counts = Counter(sides)
        if not counts:
            return df, "this pair"
        wanted = counts.most_common(1)[0][0]
    else:
        wanted = tuple(sorted(pair))
    rows: pd.DataFrame = df[_mask(df, [s == wanted for s in sides])]
    if rows.empty:
        return rows, _pair_name(*(pair or ("", "")))
    first: Any = rows.iloc[0]
    return rows, _pair_name(first["reporter"], first["partner"])


def _main_group(rows: pd.DataFrame, columns: list[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The rows of the commonest value of `columns` (the first on a tie), and the others."""
    keys = list(zip(*(rows[c].astype(str) for c in columns), strict=True))
    if not keys:
        return rows, rows
    main = Counter(keys).most_common(1)[0][0]
    mask = _mask(rows, [k == main for k in keys])
    return rows[mask], rows[~mask]


def _mask(df: pd.DataFrame, keep: list[bool]) -> pd.Series:
    """A boolean row mask (a plain empty list would select no columns instead of no rows)."""
    mask: pd.Series = pd.Series(keep, index=df.index, dtype=bool)
    return mask


def _tuples(df: pd.DataFrame) -> Iterator[Any]:
    """The rows as named tuples; typed Any, as their fields differ from table to table."""
    return iter(df.itertuples())


def _flow_word(metrics: pd.Series) -> str:
    kinds = set(metrics.astype(str))
    return kinds.pop() if len(kinds) == 1 else "trade figures"


# ----------------------------------------------------------------------------- claims


def plot_claims(claims_df: pd.DataFrame, *, pair: Pair | None = None, ax: Axes | None = None) -> Axes:
    """The figures a text claims, by period: actuals as bars, part years hatched, lower bounds
    marked with ≥ and an arrow, projections as a range band.

    ``claims_df`` is :func:`tradefigures.analysis.claims` output; the claims of ``pair`` (default:
    the pair most claims are about) are drawn. Claims in a second currency are drawn on their own
    axis, on the right; any further currency is listed under the chart.
    """
    rows, name = _of_pair(claims_df[claims_df["low"].notna()], pair)
    if rows.empty:
        raise NothingToDraw(f"claims: no figure with a value for {name}")
    with mpl.rc_context(fname=str(STYLE)):
        ax = ax if ax is not None else new_axes()
        by_currency = [g for _, g in sorted(rows.groupby("currency", sort=False), key=lambda kv: -len(kv[1]))]
        drawn, x0, notes, lines = [], 0, [], 1
        for axis, group in zip((ax, ax.twinx() if len(by_currency) > 1 else None), by_currency, strict=False):
            if axis is None:
                break
            n, top = _draw_claims(axis, group, x0, len(set(rows["metric"].astype(str))) > 1)
            drawn.append(group)
            lines = max(lines, top)
            x0 += n
        labels = [t for a in ax.figure.axes for t in getattr(a, "_claim_labels", [])]
        ax.set_xticks(range(len(labels)), labels)
        ax.set_xlim(-0.6, max(len(labels) - 0.4, 0.6))
        for axis, group in zip(ax.figure.axes, drawn, strict=False):
            cur = str(group["currency"].iloc[0])
            _money_axis(axis, cur)
            top = max([*group["high"].astype(float), *(group["low"].astype(float) * 1.12)])
            _headroom(axis, top, lines)
            axis.set_ylabel(_currency_name(cur))
        everything = pd.concat(drawn)
        if len(drawn) > 1:
            notes.append(f"Bars in {drawn[1]['currency'].iloc[0]} are read on the right-hand axis.")
        for group in by_currency[2:]:
            notes.append(f"Not drawn, in {group['currency'].iloc[0]}: "
                         + "; ".join(f"{_period_label(r.period)} {_span(r.low, r.high, r.bound, r.currency)}"
                                     for r in _tuples(group)) + ".")
        ax.set_title(f"{name} {_flow_word(everything['metric'])}: the figures claimed, by period")
        legend = [text for test, text in (
            (_partial(everything).any(), "Hatched: part of a year only."),
            ((everything["bound"] == "at_least").any(), "≥: lower bound (\"exceeded\")."),
            ((everything["kind"] == "projection").any(), "Band: projected range."),
        ) if test]
        _source(ax, " ".join(legend + notes) + f"\nSource: {_sources(rows)}; figures read by tradefigures.")
        return ax


def _partial(rows: pd.DataFrame) -> pd.Series:
    months = [period_months(s, e) for s, e in zip(rows["period_start"], rows["period_end"], strict=True)]
    return pd.Series([m is None or m < 12 for m in months], index=rows.index)


def _draw_claims(ax: Axes, rows: pd.DataFrame, x0: int, show_metric: bool) -> tuple[int, int]:
    """Draw one currency's claims from x0 on; returns how many and the most label lines."""
    rows = rows.sort_values(["period_start", "period_end"], kind="stable", na_position="last")
    colour = ACTUAL if x0 == 0 else OTHER_CURRENCY
    labels, most = [], 1
    for x, r in enumerate(_tuples(rows), start=x0):
        months = period_months(r.period_start, r.period_end)
        partial = months is None or months < 12
        label = _period_label(r.period) + (f" {r.metric}" if show_metric else "")
        text = _span(r.low, r.high, r.bound, r.currency)
        if r.kind == "projection":
            bar = ax.bar(x, r.high - r.low, bottom=r.low, width=0.6, color=PROJECTION, alpha=0.35,
                         edgecolor=PROJECTION, linestyle="--", linewidth=1.5)[0]
            labels.append(f"{label}\nprojection")
            note = f"{text}\nprojected"
        else:
            bar = ax.bar(x, r.low, width=0.6, color=colour, alpha=0.85 if not partial else 0.55,
                         hatch=PARTIAL_HATCH if partial else None, edgecolor=colour)[0]
            labels.append(f"{label}\nactual" + (", part year" if partial else ""))
            note = text + ("\nlower bound" if r.bound == "at_least" else "")
            if r.bound == "at_least":
                ax.annotate("", xy=(x, r.low * 1.12), xytext=(x, r.low),
                            arrowprops={"arrowstyle": "-|>", "color": colour, "lw": 1.5})
        bar.set_gid(f"claim:{r.period}:{r.kind}" + (f":{r.currency}" if x0 else ""))
        top = r.high if r.kind == "projection" else r.low * (1.12 if r.bound == "at_least" else 1)
        ax.annotate(note, xy=(x, top), xytext=(0, 4), textcoords="offset points",
                    ha="center", va="bottom", fontsize=9, color="black" if x0 == 0 else colour)
        most = max(most, note.count("\n") + 1)
    ax._claim_labels = labels  # type: ignore[attr-defined]
    return len(labels), most


# ----------------------------------------------------------------------------- growth


def plot_growth(growth_df: pd.DataFrame, *, pair: Pair | None = None, ax: Axes | None = None) -> Axes:
    """The base period, the later figure and its run-rate, with the growth of each over the base;
    a comparison that is not like for like is marked.

    ``growth_df`` is :func:`tradefigures.analysis.growth_table` output. The comparisons of ``pair``
    (default: the pair with the most) with the commonest flow and currency, against their first
    base period, are drawn; the others are listed under the chart.
    """
    rows, name = _of_pair(growth_df, pair)
    if rows.empty:
        raise NothingToDraw(f"growth: no two actual figures of one flow for {name} to compare")
    rows, rest = _main_group(rows, ["metric", "currency"])
    first: Any = rows.iloc[0]
    same_base = (rows["from_period"].astype(str) == str(first["from_period"])) & (
        rows["from_low"] == first["from_low"])  # two claims for one base period: against the first drawn
    rest, rows = pd.concat([rest, rows[~same_base]]), rows[same_base]
    cur, base = first["currency"], _period_label(first["from_period"])
    with mpl.rc_context(fname=str(STYLE)):
        ax = ax if ax is not None else new_axes()
        bar = ax.bar(0, first["from_low"], width=0.6, color=ACTUAL, alpha=0.85, edgecolor=ACTUAL)[0]
        bar.set_gid(f"base:{first['from_period']}")
        labels = [f"{base}\nactual"]
        ax.annotate(_span(first["from_low"], first["from_high"], first["from_bound"], cur),
                    xy=(0, first["from_high"]), xytext=(0, 4), textcoords="offset points", ha="center",
                    va="bottom")
        footer: dict[str, None] = {}
        for x, r in enumerate(_tuples(rows), start=1):
            run_rate = r.basis == "run-rate"
            partial = not run_rate and r.to_months < 12
            colour = RUN_RATE if run_rate else ACTUAL
            bar = ax.bar(x, r.to_low, width=0.6, color=colour, alpha=0.85 if not partial else 0.55,
                         hatch=PARTIAL_HATCH if partial else None, edgecolor=colour,
                         linestyle="--" if run_rate else "-")[0]
            bar.set_gid(f"{r.basis}:{r.to_period}")
            to = _period_label(r.to_period)
            what = f"run-rate ×12/{r.to_months:g}" if run_rate else "actual, part year" if partial else "actual"
            labels.append(f"{to}\n{what}")
            caveat = "\nnot like for like" if not r.like_for_like else (
                f"\nif the pace of\n{to} held" if run_rate else "")
            ax.annotate(f"{_span(r.to_low, r.to_high, r.to_bound, cur)}\n"
                        f"{_growth_text(r.growth_low, r.growth_high, r.growth_bound)} vs {base}{caveat}",
                        xy=(x, r.to_high), xytext=(0, 4), textcoords="offset points", ha="center",
                        va="bottom", color=WARNING if not r.like_for_like else "black")
            if partial:
                footer[f"Hatched: {to} only ({r.to_months:g} months), so its growth over {base} "
                       f"({r.from_months:g} months) is not like for like (red)."] = None
            if run_rate:
                footer[f"Run-rate: the {to} figure ×12/{r.to_months:g}, as if the other "
                       f"{12 - r.to_months:g} months kept its monthly pace."] = None
        for r in _tuples(rest.head(_LISTED)):
            footer[f"Not drawn: {_period_label(r.to_period)} against {_period_label(r.from_period)} "
                   f"{money(r.from_low, r.currency)} ({r.metric}, {r.currency}, {r.basis}): "
                   f"{_growth_text(r.growth_low, r.growth_high, r.growth_bound)}."] = None
        if len(rest) > _LISTED:
            footer[f"{len(rest) - _LISTED} more comparisons are in the table behind this chart."] = None
        ax.set_xticks(range(len(labels)), labels)
        ax.set_xlim(-0.7, len(labels) - 0.3)
        _money_axis(ax, cur)
        _headroom(ax, max([*rows["to_high"].astype(float), float(first["from_high"])]), 4)
        ax.set_title(f"{name} {first['metric']}: growth claimed against {base}")
        ax.set_ylabel(_currency_name(cur))
        _source(ax, " ".join(footer) + "\nSource: growth computed by tradefigures from the figures claimed "
                    "in the text.")
        return ax


def _growth_text(low: float, high: float, bound: object) -> str:
    a = f"{low:+.0%}"
    text = a if low == high else f"{a} to {high:+.0%}"
    return {"at_least": "≥ ", "at_most": "≤ "}.get(str(bound), "") + text


# ----------------------------------------------------------------------------- path to target


def _rest_of(r: Any) -> str:
    """The rest of a year's target after the months so far: 'H2', 'Aug–Dec', else 'the remaining N months'."""
    so_far, rest = float(r["so_far_months"]), float(r["remaining_months"])
    if so_far + rest != 12 or so_far != int(so_far):
        return f"the remaining {rest:g} months"
    if so_far == 6 and _period_label(r["so_far_period"]).startswith("H1"):
        return "H2"
    first = _MONTHS[int(so_far)]
    return first if rest == 1 else f"{first}–Dec"


def plot_path_to_target(targets_df: pd.DataFrame, *, pair: Pair | None = None, ax: Axes | None = None) -> Axes:
    """What a target needs from the rest of its period, beside the rest at the pace so far.

    ``targets_df`` is :func:`tradefigures.analysis.target_implications` output; the first target of
    ``pair`` with an actual for part of its period is drawn, the others are listed under the chart.
    """
    rows, name = _of_pair(targets_df.dropna(subset=["so_far_low", "remaining_low"]), pair)
    if rows.empty:
        raise NothingToDraw(f"path_to_target: no projection of {name} with an actual for part of its period")
    r: Any = rows.iloc[0]
    cur = r["currency"]
    so_far, rest_lo, rest_hi = float(r["so_far_low"]), float(r["remaining_low"]), float(r["remaining_high"])
    ratio = f"{float(r['remaining_months']):g}/{float(r['so_far_months']):g}"
    at_pace = so_far * float(r["remaining_months"]) / float(r["so_far_months"])
    so_far_label, rest_label = _period_label(r["so_far_period"]), _rest_of(r)
    with mpl.rc_context(fname=str(STYLE)):
        ax = ax if ax is not None else new_axes()
        for x in (0, 1):
            bar = ax.bar(x, so_far, width=0.55, color=ACTUAL, alpha=0.55, hatch=PARTIAL_HATCH,
                         edgecolor=ACTUAL)[0]
            bar.set_gid(f"so_far:{x}")
            ax.annotate(f"{so_far_label}\n{_span(so_far, so_far, r['so_far_bound'], cur)}", xy=(x, so_far / 2),
                        ha="center", va="center", fontsize=8.5, color="white", fontweight="bold")
        need = ax.bar(0, rest_hi, bottom=so_far, width=0.55, color=PROJECTION, alpha=0.35,
                      edgecolor=PROJECTION, linestyle="--", linewidth=1.5)[0]
        need.set_gid("needed")
        ax.annotate(f"{rest_label} needed:\n{_span(max(rest_lo, 0.0), rest_hi, r['remaining_bound'], cur)}",
                    xy=(0, so_far + rest_hi), xytext=(0, 4), textcoords="offset points", ha="center", va="bottom")
        pace = ax.bar(1, at_pace, bottom=so_far, width=0.55, color=RUN_RATE, alpha=0.6,
                      edgecolor=RUN_RATE, linestyle="--")[0]
        pace.set_gid("at_pace")
        ax.annotate(f"{rest_label} at the {so_far_label} pace:\n{_span(at_pace, at_pace, r['so_far_bound'], cur)}"
                    f" → {r['period']} {_span(so_far + at_pace, so_far + at_pace, r['so_far_bound'], cur)}",
                    xy=(1, so_far + at_pace), xytext=(0, 4), textcoords="offset points", ha="center",
                    va="bottom")
        band = ax.axhspan(float(r["target_low"]), float(r["target_high"]), color=PROJECTION, alpha=0.15,
                          zorder=0)
        band.set_gid("target")
        ax.annotate(f"{r['period']} target\n{_span(r['target_low'], r['target_high'], r['target_bound'], cur)}",
                    xy=(0.01, (float(r["target_low"]) + float(r["target_high"])) / 2),
                    xycoords=("axes fraction", "data"), ha="left", va="center", color="#9a6a00")
        ax.set_xticks([0, 1], ["What the target needs", f"At the {so_far_label} pace"])
        ax.set_xlim(-1.0, 1.6)
        _money_axis(ax, cur)
        _headroom(ax, max(so_far + at_pace, so_far + rest_hi, float(r["target_high"])), 2)
        word = r["rest_pace"] if pd.notna(r["rest_pace"]) else None
        ax.set_title(f"{name} {r['metric']}: the {r['period']} target needs a {word} {rest_label}" if word else
                     f"{name} {r['metric']}: what the {r['period']} target needs in {rest_label}")
        ax.set_ylabel(_currency_name(cur))
        others = [f"{o.period} target {_span(o.target_low, o.target_high, o.target_bound, o.currency)}"
                  for o in _tuples(rows.iloc[1:])]
        bound = " (a lower bound)" if r["so_far_bound"] == "at_least" else ""
        _source(ax, f"Hatched: {so_far_label} actual{bound}. Dashed: what the target needs in {rest_label}, and "
                    f"{rest_label} at the {so_far_label} monthly pace ({so_far_label} ×{ratio})."
                    + (f" Not drawn: {'; '.join(others)}." if others else "")
                    + "\nSource: computed by tradefigures from the figures claimed in the text.")
        return ax


# ----------------------------------------------------------------------------- against statistics


def plot_claims_vs_statistics(
    series_df: pd.DataFrame, *, pair: Pair | None = None, ax: Axes | None = None
) -> Axes:
    """An office's yearly turnover for a pair with the claims overlaid, and each projection against
    the outcome.

    ``series_df`` is :func:`tradefigures.analysis.series_and_claims` output. Claims in another
    currency than the office's are listed under the chart.
    """
    rows, name = _of_pair(series_df, pair)
    is_claim = rows["series"] == SERIES_CLAIM
    claims_all, stats = rows[is_claim], rows[~is_claim]
    if len(claims_all):
        first_claim: Any = claims_all.iloc[0]
        name = _pair_name(first_claim["reporter"], first_claim["partner"])
    if stats.empty:
        raise NothingToDraw(f"claims_vs_statistics: the statistics given have no official series for {name}")
    top_row: Any = stats.iloc[0]
    office, cur, country = top_row["office"], top_row["currency"], country_name(top_row["reporter"])
    claims, elsewhere = claims_all[claims_all["currency"] == cur], claims_all[claims_all["currency"] != cur]
    with mpl.rc_context(fname=str(STYLE)):
        ax = ax if ax is not None else new_axes()
        official = stats[~stats["partial"].astype(bool)]
        years = official["period_start"].dt.year
        (line,) = ax.plot(years, official["low"], color=OFFICIAL, marker="o", markersize=3.5,
                          label=f"{office} turnover, full year (latest vintage)")
        line.set_gid("official")
        parts = []
        for r in _tuples(stats[stats["partial"].astype(bool)]):
            bar = ax.bar(r.period_start.year, r.low, width=0.6, color="none", edgecolor=OFFICIAL,
                         hatch=PARTIAL_HATCH, label=f"{office} {_period_label(r.label)} (part year)")[0]
            bar.set_gid(f"part:{r.label}")
            parts.append(ax.annotate(f"{money(r.low, cur)}\n{_period_label(r.label)}\n(part year)",
                                     xy=(r.period_start.year, r.low), xytext=(0, 4), textcoords="offset points",
                                     ha="center", va="bottom", fontsize=8))
        notes = parts + _draw_claims_on_series(ax, claims, dict(zip(years, official["low"], strict=True)),
                                               office, cur)
        ax.legend(loc="upper left")
        _money_axis(ax, cur)
        _headroom(ax, max([*stats["high"].astype(float), *claims["high"].astype(float)]), 3)
        lo = min([*years, *claims["period_start"].dt.year]) if len(years) else 0
        hi = max([*years, *stats["period_start"].dt.year, *claims["period_start"].dt.year])
        ax.set_xlim(lo - 1.5, hi + 1.7)
        _spread(ax, notes)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_title(f"{name} trade: the claims beside {country}'s official statistics ({office})")
        ax.set_ylabel(f"{_currency_name(cur)}, turnover")
        ax.grid(axis="x", visible=False)
        revisions = [n for n in claims["note"].dropna() if n.count("(") > 1]
        missing = "; ".join(f"{_period_label(r.label)} {_span(r.low, r.high, r.bound, r.currency)}"
                            for r in _tuples(elsewhere))
        _source(ax, f"{office} ({country}): {_sources(stats, 'source')}; the latest vintage for each year.\n"
                    f"Claims: {_sources(claims_all, 'source')}."
                    + "".join(f" {n}." for n in revisions)
                    + (f" Not drawn, not in {cur}: {missing}." if missing else ""))
        return ax


def _draw_claims_on_series(ax: Axes, claims: pd.DataFrame, outcome: dict[int, float], office: str,
                           cur: object) -> list[Annotation]:
    """Draw each claim at its year; returns their labels, to be spread apart once the axes are set."""
    kinds, notes = set(), []
    for r in _tuples(claims):
        year = r.period_start.year
        if r.kind == "projection":
            span = ax.bar(year, r.high - r.low, bottom=r.low, width=_BAND, color=PROJECTION, alpha=0.35,
                          edgecolor=PROJECTION, linestyle="--",
                          label=f"projection for {_period_label(r.label)}")[0]
            span.set_gid(f"claim:{r.label}:projection")
            met = outcome.get(year) if r.months == 12 else None
            verdict = "" if met is None else (
                f"\nnot met: {office} {money(met, cur)}" if met < r.low else f"\nmet: {office} {money(met, cur)}")
            notes.append(ax.annotate(
                f"{_period_label(r.label)} projection\n{_span(r.low, r.high, r.bound, cur)}{verdict}",
                xy=(year + _BAND / 2, (r.low + r.high) / 2), xytext=(4, 0), textcoords="offset points", ha="left",
                va="center", fontsize=8, color="#9a6a00", bbox=_LABEL_BOX, arrowprops=_LEADER))
            continue
        x = year + (r.months / 24 - 0.5 if r.partial else 0)
        lower = r.bound == "at_least"
        (mark,) = ax.plot([x], [r.low], linestyle="none", marker="^" if lower else "D", markersize=7,
                          color=ACTUAL, markerfacecolor="white" if r.partial else ACTUAL, label=None)
        mark.set_gid(f"claim:{r.label}:actual")
        kinds.add((r.partial, lower))
        what = f"{_period_label(r.label)} claim {_span(r.low, r.high, r.bound, cur)}"
        if r.partial:
            what += f" ({r.months:g} months)"
        notes.append(ax.annotate(what, xy=(x, r.low), xytext=(-8, 0), textcoords="offset points", ha="right",
                                 va="center", fontsize=8, color=ACTUAL, bbox=_LABEL_BOX, arrowprops=_LEADER))
    for partial, lower in sorted(kinds):
        ax.plot([], [], linestyle="none", marker="^" if lower else "D", color=ACTUAL,
                markerfacecolor="white" if partial else ACTUAL,
                label="claim, " + ("part year" if partial else "full year") + (", lower bound" if lower else ""))
    return notes


def _spread(ax: Axes, notes: list[Annotation]) -> None:
    """Move each label up or down, the least it can, until no two labels overlap; a thin line keeps
    it tied to its point (matplotlib places text without looking at other text; a 1-D shift is all
    a few labels beside their points need, so no layout library is pulled in for it)."""
    placed: list[Bbox] = []
    points = ax.figure.dpi / 72
    right = ax.get_window_extent().x1
    for note in sorted(notes, key=lambda n: (n.xy[1], n.xy[0])):
        box = note.get_window_extent()
        if box.x1 > right and note.get_horizontalalignment() == "left":  # past the axes: the band's other side
            note.set_horizontalalignment("right")
            note.xy = (note.xy[0] - _BAND, note.xy[1])
            note.xyann = (-note.xyann[0], note.xyann[1])
            box = note.get_window_extent()
        shift = _free_shift(box, placed, pad=2 * points)
        if shift:
            x, y = note.xyann
            note.xyann = (x, y + shift / points)
        placed.append(box.translated(0, shift))


def _free_shift(box: Bbox, placed: list[Bbox], pad: float) -> float:
    """The smallest vertical shift (in pixels) that puts ``box`` clear of every box in ``placed``."""
    beside = [p for p in placed if p.x0 < box.x1 + pad and box.x0 < p.x1 + pad]
    tries = [0.0] + [float(d) for p in beside for d in (p.y1 + pad - box.y0, p.y0 - pad - box.y1)]
    for shift in sorted(tries, key=abs):
        moved = box.translated(0, shift)
        if not any(p.y0 < moved.y1 + pad / 2 and moved.y0 < p.y1 + pad / 2 for p in beside):
            return shift
    return 0.0


# ----------------------------------------------------------------------------- scenarios


def plot_scenarios(paths_df: pd.DataFrame, *, pair: Pair | None = None, ax: Axes | None = None) -> Axes:
    """An office's turnover to the last full year, then each scenario as a dashed line from it, with
    its assumption under the chart.

    ``paths_df`` is :func:`tradefigures.analysis.scenario_paths` output. The scale is logarithmic
    so that growth and a fall both stay readable.
    """
    rows, name = _of_pair(paths_df, pair)
    if rows.empty:
        raise NothingToDraw(f"scenarios: the statistics given have no full-year series for {name}")
    first: Any = rows.iloc[0]
    office, cur = first["office"], first["currency"]
    with mpl.rc_context(fname=str(STYLE)):
        ax = ax if ax is not None else new_axes()
        actual = rows[~rows["is_estimate"].astype(bool)]
        (line,) = ax.plot(actual["year"], actual["value"], color=OFFICIAL, marker="o", markersize=3.5,
                          label=f"{office} turnover (actual)")
        line.set_gid("actual")
        colours = [PROJECTION, RUN_RATE, WARNING, "#CC79A7", "#56B4E9"]
        last = actual.iloc[-1] if len(actual) else None
        estimates = rows[rows["is_estimate"].astype(bool)]
        ends = estimates.groupby("scenario", sort=False).last()
        for colour, (scenario, path) in zip(colours, estimates.groupby("scenario", sort=False), strict=False):
            xs, ys = list(path["year"]), list(path["value"])
            highest = ys[-1] >= ends.loc[ends["year"] == xs[-1], "value"].max()
            if last is not None:
                xs, ys = [int(last["year"]), *xs], [float(last["value"]), *ys]
            (sc,) = ax.plot(xs, ys, color=colour, linestyle="--", marker=".", label=f"scenario: {scenario}")
            sc.set_gid(f"scenario:{scenario}")
            ax.annotate(f"{money(ys[-1], cur)} in {xs[-1]}", xy=(xs[-1], ys[-1]), xytext=(4, 0),
                        textcoords="offset points", va="bottom" if highest else "top", fontsize=8,
                        color=colour)
        ax.set_yscale("log")
        _money_axis(ax, cur, log=True)
        ax.set_xlim(int(rows["year"].min()) - 0.5, int(rows["year"].max()) + 2.5)  # room for the end labels
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.legend(loc="upper left")
        ax.set_title(f"{name} turnover: scenarios to {int(rows['year'].max())} (what-ifs, not forecasts)")
        ax.set_ylabel(f"{_currency_name(cur)}, log scale")
        ax.grid(axis="y", which="major")
        assumptions = "; ".join(dict.fromkeys(f"{n}: {a}" for n, a in zip(estimates["scenario"],
                                                                          estimates["assumption"], strict=True)))
        _source(ax, "Dashed lines are scenarios computed by tradefigures, each from one stated assumption; "
                    f"none is a forecast.\n{assumptions}.\nActual: {office}, {_sources(actual, 'source')}.")
        return ax


# ----------------------------------------------------------------------------- registry


_METADATA = {
    "svg": {"Creator": "tradefigures", "Date": None},
    "png": {"Software": "tradefigures"},
}


def render(fig: Figure | SubFigure, fmt: str = "svg", *, dpi: int | None = None, svg_text: bool = False) -> bytes:
    """The chart file's bytes: the same bytes for the same chart every time (fixed metadata,
    fixed SVG ids through ``svg.hashsalt``, fixed size and font). ``dpi`` sets a PNG's resolution
    (default: the house style's); ``svg_text`` writes an SVG's text as text an editor can change
    (``svg.fonttype`` "none": its look then depends on the fonts of the machine showing it) instead
    of the default paths, which look the same everywhere."""
    rc: Any = {"svg.fonttype": "none"} if svg_text else {}
    with mpl.rc_context(rc, fname=str(STYLE)):
        buf = io.BytesIO()
        resolution: Any = dpi if dpi is not None else mpl.rcParams["savefig.dpi"]  # the style's by default
        fig.figure.savefig(buf, format=fmt, bbox_inches="tight", pad_inches=0.15, metadata=_METADATA[fmt],
                           dpi=resolution)
        return buf.getvalue()


@dataclass(frozen=True)
class Chart:
    """A chart: how to build its table from the figures, the statistics and the pair (None: the
    pair with the most trade figures), and how to draw it."""

    table: Callable[[pd.DataFrame, pd.DataFrame, Pair | None], pd.DataFrame]
    plot: Callable[..., Axes]
    description: str


CHARTS: dict[str, Chart] = {
    "claims": Chart(
        lambda figures, statistics, pair: analysis.claims(figures, pair=pair), plot_claims,
        "the figures claimed, by period: actuals, part years, lower bounds, projections",
    ),
    "growth": Chart(
        lambda figures, statistics, pair: analysis.growth_table(figures, pair=pair), plot_growth,
        "growth over the base period, as reported and as a run-rate, with the like-for-like caveat",
    ),
    "path_to_target": Chart(
        lambda figures, statistics, pair: analysis.target_implications(figures, pair=pair), plot_path_to_target,
        "what the target needs from the rest of the year against the pace so far",
    ),
    "claims_vs_statistics": Chart(
        lambda figures, statistics, pair: analysis.series_and_claims(
            analysis.claims(figures, pair=pair), statistics, pair=pair),
        plot_claims_vs_statistics,
        "the official yearly turnover with the claims overlaid; each projection against the outcome",
    ),
    "scenarios": Chart(
        lambda figures, statistics, pair: analysis.scenario_paths(
            statistics, claims_df=analysis.claims(figures, pair=pair), pair=pair),
        plot_scenarios,
        "explicit scenarios from the last full official year, each with its assumption",
    ),
}
