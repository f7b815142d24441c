"""Figures table + text → the text with every figure marked, for reading the extraction by eye.

In a notebook a `Highlighted` shows as HTML: each figure's words in a `<mark>` coloured by kind
(actual or projection), with a tooltip giving what was read from them. As a string it is plain text
with each figure in brackets.

>>> text = "Trade with Russia exceeded $8.3 billion in the first half of 2024."
>>> print(highlight(text, published="2024-11-25"))
Trade with Russia exceeded [$8.3 billion] in the first half of 2024.
>>> '<mark title="trade: at least 8.3bn USD (bound: at_least), actual, period 2024H1"' in highlight(
...     text, published="2024-11-25").html
True
"""

from __future__ import annotations

import html
import math
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from .extract import extract

__all__ = ["Highlighted", "highlight"]

# Okabe–Ito sky blue and orange: told apart with every common colour-vision deficiency. The underline
# style (solid / dashed) repeats the distinction without colour, for readers and printers that lose it.
_STYLES = {
    "actual": "background: #56B4E9; border-bottom: 2px solid #0072B2;",
    "projection": "background: #E69F00; border-bottom: 2px dashed #D55E00;",
}
_UNKNOWN_STYLE = "background: #DDDDDD; border-bottom: 2px dotted #555555;"  # kind missing in a hand-made frame
_MARK_STYLE = "color: #000000; padding: 0 0.15em; border-radius: 0.2em;"
_BOUND_WORDS = {"at_least": "at least ", "at_most": "at most ", "approx": "about "}


def _missing(x: object) -> bool:
    return x is None or x is pd.NA or x is pd.NaT or (isinstance(x, float) and math.isnan(x))


def _text(x: object) -> str | None:
    return None if _missing(x) else str(x)


def _num(x: Any) -> float | None:
    return None if _missing(x) else float(x)


def _amount(x: float) -> str:
    """8.3e9 → '8.3bn', 750e6 → '750m'."""
    for scale, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if abs(x) >= scale:
            return f"{x / scale:.6g}{suffix}"
    return f"{x:.6g}"


def _describe(row: Mapping[Hashable, Any]) -> str:
    """The tooltip: 'trade: at least 8.3bn USD (bound: at_least), actual, period 2024H1'."""
    low, high = _num(row.get("low")), _num(row.get("high"))
    if low is None:
        value = "value unknown"
    elif high is None or high == low:
        value = _amount(low)
    else:
        value = f"{_amount(low)} to {_amount(high)}"
    bound = _text(row.get("bound"))
    currency = _text(row.get("currency")) or "currency unknown"
    metric = _text(row.get("metric")) or "metric unknown"
    kind = _text(row.get("kind")) or "kind unknown"
    period = _text(row.get("period"))
    words = _BOUND_WORDS.get(bound or "", "")
    return (
        f"{metric}: {words}{value} {currency} (bound: {bound or 'unknown'}), {kind}, "
        f"period {period or 'not stated'}"
    )


def _spans(text: str, figures: pd.DataFrame) -> list[tuple[int, int, Mapping[Hashable, Any]]]:
    """Valid, non-overlapping (start, end, row) in text order.

    Rows are taken by start offset (ties in row order); a span outside the text, empty, or overlapping
    one already taken is skipped, so the marks never nest or cross.
    """
    candidates = []
    for row in figures.to_dict(orient="records"):
        start, end = row["start"], row["end"]
        if _missing(start) or _missing(end):
            continue
        s, e = int(start), int(end)
        if 0 <= s < e <= len(text):
            candidates.append((s, e, row))
    candidates.sort(key=lambda c: c[0])  # stable: equal starts keep row order
    kept: list[tuple[int, int, Mapping[Hashable, Any]]] = []
    for s, e, row in candidates:
        if kept and s < kept[-1][1]:
            continue
        kept.append((s, e, row))
    return kept


def _escape(fragment: str) -> str:
    """HTML-escaped text with line breaks kept as <br>."""
    lines = fragment.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "<br>\n".join(html.escape(line) for line in lines)


# eq=False: a DataFrame has no truth value, so == and hash would raise; repr=False: the generated repr
# would print the whole text and table.
@dataclass(frozen=True, eq=False, repr=False)
class Highlighted:
    """A text and its figures table; shows as marked-up HTML in a notebook, as bracketed text in print.

    >>> h = highlight("<script>alert(1)</script> Exports hit $5 billion in 2023.", published="2024-02-01")
    >>> "<script>" in h.html, "&lt;script&gt;" in h.html
    (False, True)
    >>> h.html == h._repr_html_()
    True
    >>> h
    <Highlighted: 1 of 1 figures marked in 57 characters>
    """

    text: str
    figures: pd.DataFrame

    def __post_init__(self) -> None:
        missing = [c for c in ("start", "end") if c not in self.figures.columns]
        if missing:
            have = list(self.figures.columns)
            raise ValueError(f"highlight needs the column(s) {', '.join(missing)}; it has {have}")

    @property
    def html(self) -> str:
        """The text, escaped, with each figure in a `<mark>` whose `title` says what was read."""
        parts = ['<div class="tradefigures-highlight" style="line-height: 1.7;">']
        at = 0
        for start, end, row in _spans(self.text, self.figures):
            kind = _text(row.get("kind"))
            style = _MARK_STYLE + " " + _STYLES.get(kind or "", _UNKNOWN_STYLE)
            parts.append(_escape(self.text[at:start]))
            parts.append(
                f'<mark title="{html.escape(_describe(row), quote=True)}" '
                f'data-kind="{html.escape(kind or "unknown", quote=True)}" style="{style}">'
                f"{_escape(self.text[start:end])}</mark>"
            )
            at = end
        parts.append(_escape(self.text[at:]))
        parts.append("</div>")
        return "".join(parts)

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:
        shown = len(_spans(self.text, self.figures))
        return f"<Highlighted: {shown} of {len(self.figures)} figures marked in {len(self.text)} characters>"

    def __str__(self) -> str:
        parts = []
        at = 0
        for start, end, _ in _spans(self.text, self.figures):
            parts += [self.text[at:start], "[", self.text[start:end], "]"]
            at = end
        parts.append(self.text[at:])
        return "".join(parts)


def highlight(text: str, figures: pd.DataFrame | None = None, **extract_kwargs: Any) -> Highlighted:
    """The text with its figures marked; `figures` defaults to `extract(text, **extract_kwargs)`.

    Pass `figures` to show a table you already have (it needs `start` and `end`; the other columns
    only feed the tooltips).

    >>> print(highlight("Trade between China and Russia was $240 billion last year.", published="2024-03-01"))
    Trade between China and Russia was [$240 billion] last year.
    >>> print(highlight(""))
    <BLANKLINE>
    """
    if figures is None:
        figures = extract(text, **extract_kwargs)
    elif extract_kwargs:
        raise TypeError(f"extract arguments {sorted(extract_kwargs)} given together with a figures table")
    return Highlighted(text, figures)
