"""highlight: every figure marked, everything else escaped, marks never nested or crossed."""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import tradefigures
from tradefigures.highlight import highlight

CASES_DIR = Path(__file__).parent / "cases"
# The only tags highlight writes; everything else in its output must be escaped text.
OUR_TAGS = re.compile(r'<div class="tradefigures-highlight"[^>]*>|</div>$|<mark [^>]*>|</mark>|<br>')


class _Marks(HTMLParser):
    """Reads highlight's HTML back: the text (unescaped, <br> as a line break) and each mark."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text = ""
        self.marks: list[dict[str, str]] = []
        self._open: dict[str, str] | None = None
        self.depth = 0
        self.max_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.handle_data("\n")
        elif tag == "mark":
            self.depth += 1
            self.max_depth = max(self.max_depth, self.depth)
            self._open = {k: v or "" for k, v in attrs} | {"inner": ""}

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark" and self._open is not None:
            self.depth -= 1
            self.marks.append(self._open)
            self._open = None

    def handle_data(self, data: str) -> None:
        self.text += data
        if self._open is not None:
            self._open["inner"] += data


def _read(markup: str) -> _Marks:
    parser = _Marks()
    # highlight writes "<br>\n" for a line break; the "\n" is layout only
    parser.feed(markup.replace("<br>\n", "<br>"))
    parser.close()
    return parser


def _case_texts() -> list[Any]:
    params = []
    for path in sorted(CASES_DIR.glob("*/*.json")):
        for case in json.loads(path.read_text(encoding="utf-8"))["cases"]:
            params.append(pytest.param(case["text"], case.get("published"), id=case["id"]))
    return params


ARTICLE = tradefigures.load_article()
SPECIAL = (
    'Tom & Jerry\'s "<b>report</b>" <script>alert(1)</script>: China\'s exports to Russia rose to '
    "$111 billion in 2023 & imports were > $129 billion."
)


@pytest.mark.parametrize(("text", "published"), [(ARTICLE.text, ARTICLE.published), *_case_texts()])
def test_every_figure_is_marked_and_the_text_survives(text: str, published: str | None) -> None:
    figures = tradefigures.extract(text, published=published, include_other=True)
    shown = highlight(text, figures)
    read = _read(shown.html)
    assert read.text == text.replace("\r\n", "\n")
    assert [m["inner"] for m in read.marks] == figures["quote"].tolist()
    assert read.max_depth <= 1


@pytest.mark.parametrize("text", [ARTICLE.text, SPECIAL, "a < b\nc & d", ""])
def test_text_outside_marks_is_escaped(text: str) -> None:
    markup = highlight(text, published="2024-11-25").html
    # Strip the tags highlight writes: what is left must be exactly the escaped text.
    assert OUR_TAGS.sub("", markup) == html.escape(text)


def test_html_special_characters_are_escaped() -> None:
    shown = highlight(SPECIAL, published="2024-02-01")
    markup = shown.html
    for raw in ("<b>", "</b>", "<script>", "& J", "> $"):
        assert raw not in markup
    for escaped in ("&lt;b&gt;", "&lt;script&gt;", "&amp; Jerry", "&quot;", "&#x27;", "&gt; "):
        assert escaped in markup
    assert [m["inner"] for m in _read(markup).marks] == ["$111 billion", "$129 billion"]


def test_titles_carry_bound_period_kind_and_currency() -> None:
    figures = tradefigures.extract(ARTICLE.text, published=ARTICLE.published)
    marks = _read(highlight(ARTICLE.text, figures).html).marks
    assert len(marks) == len(figures) == 4
    for mark, row in zip(marks, figures.itertuples(), strict=True):
        title = mark["title"]
        assert f"bound: {row.bound}" in title
        assert f"period {row.period}" in title
        assert row.kind in title
        assert row.currency in title
        assert title.startswith(f"{row.metric}: ")
        assert mark["data-kind"] == row.kind
    assert marks[1]["title"] == "trade: at least 8.3bn USD (bound: at_least), actual, period 2024H1"
    assert marks[0]["title"] == "trade: 14bn to 16bn USD (bound: range), projection, period 2024"


def test_actual_and_projection_look_different() -> None:
    marks = _read(highlight(ARTICLE.text, published=ARTICLE.published).html).marks
    styles = {m["data-kind"]: m["style"] for m in marks}
    assert set(styles) == {"actual", "projection"}
    assert styles["actual"] != styles["projection"]
    # not by colour alone: the underline differs too
    assert "solid" in styles["actual"]
    assert "dashed" in styles["projection"]


def test_plain_text_brackets_the_figures() -> None:
    text = "Trade with Russia exceeded $8.3 billion in H1 2024, against $7.4 billion last year."
    assert str(highlight(text, published="2024-11-25")) == (
        "Trade with Russia exceeded [$8.3 billion] in H1 2024, against [$7.4 billion] last year."
    )


def test_empty_text() -> None:
    shown = highlight("")
    assert str(shown) == ""
    assert "<mark" not in shown.html
    assert list(shown.figures.columns) == list(tradefigures.SCHEMA)
    assert shown.figures.empty
    assert shown._repr_html_() == shown.html


def test_line_breaks_become_br() -> None:
    text = "Exports to China hit $5 billion in 2023.\nImports fell."
    markup = highlight(text, published="2024-02-01").html
    assert "2023.<br>\nImports" in markup
    assert "\n" not in markup.replace("<br>\n", "")


def test_overlapping_and_invalid_spans_are_skipped() -> None:
    text = "abcdefghij"
    figures = pd.DataFrame(
        {
            "start": pd.array([3, 0, 5, 0, 8, 9, None, 6], dtype="Int64"),
            "end": pd.array([8, 5, 7, 5, 20, 9, 2, 9], dtype="Int64"),
            "kind": ["actual", "projection", "actual", "actual", "actual", "actual", "actual", "actual"],
        }
    )
    # text order: [0,5) wins over the later-listed [0,5) and the overlapping [3,8); [5,7) then;
    # [6,9) overlaps [5,7); [8,20) runs past the end, [9,9) is empty, NA is no span
    shown = highlight(text, figures)
    assert str(shown) == "[abcde][fg]hij"
    marks = _read(shown.html).marks
    assert [(m["inner"], m["data-kind"]) for m in marks] == [("abcde", "projection"), ("fg", "actual")]
    assert "period not stated" in marks[0]["title"]


def test_hand_made_values_are_escaped_in_titles() -> None:
    figures = pd.DataFrame({"start": [0], "end": [2], "period": ['2024"><script>x</script>'], "kind": ["<b>"]})
    markup = highlight("$5 and more", figures).html
    assert "<script>" not in markup
    assert "<b>" not in markup
    assert _read(markup).marks[0]["title"].endswith('period 2024"><script>x</script>')


def test_figures_need_offsets() -> None:
    with pytest.raises(ValueError, match="start"):
        highlight("text", pd.DataFrame({"end": [1]}))


def test_extract_arguments_with_a_table_are_refused() -> None:
    with pytest.raises(TypeError, match="published"):
        highlight("text", tradefigures.empty_frame(), published="2024-01-01")


def test_highlighted_is_frozen() -> None:
    shown = highlight("")
    with pytest.raises(AttributeError):
        shown.text = "other"  # type: ignore[misc]
