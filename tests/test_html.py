"""HTML input: tests/html_cases.json (news-page markup and the figures it must give), the renderer's
rules, and properties over arbitrary markup.

Expected rows give ``quote_text``, the figure as it reads in the cleaned text; the test finds it there
and checks that the offsets mapped back to the markup hold exactly the markup that shows it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from case_check import same
from tradefigures import SCHEMA
from tradefigures.html import CleanText, extract_html, html_to_text

CASES_FILE = Path(__file__).parent / "html_cases.json"


def _load() -> list[Any]:
    doc = json.loads(CASES_FILE.read_text(encoding="utf-8"))
    assert doc.get("origin"), f"{CASES_FILE} must say where its markup comes from"
    return [
        pytest.param(
            case,
            id=case["id"],
            marks=[pytest.mark.xfail(reason=case["xfail"], strict=True)] if case.get("xfail") else [],
        )
        for case in doc["cases"]
    ]


CASES = _load()


def test_there_are_enough_cases() -> None:
    assert len(CASES) >= 15
    ids = [p.id for p in CASES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("case", CASES)
def test_case(case: dict[str, Any]) -> None:
    markup = case["html"]
    clean = html_to_text(markup)
    df = extract_html(markup, published=case.get("published"))
    shown = [clean.text[s:e] for s, e in zip(df["text_start"], df["text_end"], strict=True)]
    assert shown == [row["quote_text"] for row in case["expect"]], f"rows differ\n{clean.text!r}\n{df}"
    pos = 0
    for row, (_, got) in zip(case["expect"], df.iterrows(), strict=True):
        text_start = clean.text.index(row["quote_text"], pos)
        pos = text_start + len(row["quote_text"])
        assert (got["text_start"], got["text_end"]) == (text_start, pos)
        start, end = int(got["start"]), int(got["end"])
        assert markup[start:end] == got["quote"]
        assert (start, end) == clean.to_markup(text_start, pos)
        # the markup span shows exactly the figure: no more, no less
        assert html_to_text(got["quote"]).text == row["quote_text"].strip()
        checked = {k: v for k, v in row.items() if k != "quote_text"}
        bad = {k: (got[k], v) for k, v in checked.items() if not same(got[k], v)}
        assert not bad, f"{row['quote_text']!r}: (got, want) {bad}"


def test_extract_html_columns_and_attrs() -> None:
    df = extract_html("<p>Exports to China hit <b>$5bn</b> in 2023.</p>", published="2024-01-05", source="x")
    assert list(df.columns) == [*SCHEMA, "text_start", "text_end"]
    assert df.attrs["offsets"] == "html"
    assert df.attrs["source"] == "x"
    assert all(str(df[c].dtype) == "Int64" for c in ("start", "end", "text_start", "text_end"))
    empty = extract_html("<p>No figures.</p>")
    assert list(empty.columns) == list(df.columns)
    assert empty.empty
    assert empty.attrs["offsets"] == "html"


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ("$8.3&nbsp;billion", "$8.3\u00a0billion"),
        ("$8.3&nbspbillion", "$8.3\u00a0billion"),  # no semicolon: browsers still decode it
        ("&#8364;2.1bn &#x20AC;2.1bn &euro;2.1bn &#128;2.1bn", "€2.1bn €2.1bn €2.1bn €2.1bn"),
        ("&ldquo;quoted&rdquo; &amp; &AMP; &lt;b&gt;", "“quoted” & & <b>"),
        ("AT&T & stray &; &#; &#xZZ; &unknown;", "AT&T & stray &; &#; &#xZZ; &unknown;"),
        ("&notit; &ampamp;", "¬it; &amp;"),
        ("&#0; &#x110000; &#xD800;", "\ufffd \ufffd \ufffd"),
        ("a&#32;&#32;b&#10;c", "a b c"),  # encoded spaces collapse like typed ones
    ],
)
def test_entities(markup: str, text: str) -> None:
    assert html_to_text(markup).text == text


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ("<script>var s = '$5 billion';</script>Visible", "Visible"),
        ('<script type=\'application/ld+json\'>{"a": "</p>$5bn"}</script>x', "x"),
        ("<style>p::before { content: '$5 billion' }</style>x", "x"),
        ("a<!-- $5 billion -->b", "ab"),
        ("a<!-- never closed $5 billion", "a"),
        ("<noscript>Enable JS</noscript><template><p>$1bn</p></template>x", "x"),
        ("<head><title>$9bn</title><meta charset=utf-8></head><body>x</body>", "x"),
        ("<head><meta charset=utf-8>Visible without </head>", "Visible without"),
        ("<script>never closed $5 billion", ""),
        ("<!DOCTYPE html><![CDATA[ x ]]><?php echo 1 ?>y", "y"),
        ("<svg><text>$3bn</text></svg><iframe>fallback</iframe>x", "x"),
        ('<img alt="$7 billion"><a href="/$5bn" title="$6bn">link</a>', "link"),
    ],
)
def test_hidden_content(markup: str, text: str) -> None:
    assert html_to_text(markup).text == text


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ("<p>One.</p><p>Two.</p>", "One.\n\nTwo."),
        ("<h1>Headline</h1><p>Body.</p>", "Headline\n\nBody."),
        ("<div><div><p>Nested</p></div></div><div>next</div>", "Nested\n\nnext"),
        ("<ul><li>a</li><li>b</li></ul>", "a\n\nb"),
        ("line<br>next<br/>and<br><br>para", "line\nnext\nand\n\npara"),
        ("<table><tr><th>A</th><th>B</th></tr>\n<tr><td>1</td> <td>2</td></tr></table>", "A\tB\n\n1\t2"),
        ("<blockquote>q</blockquote><section>s</section><article>a</article>", "q\n\ns\n\na"),
        ("<br><p></p>x<br><p></p>", "x"),  # no breaks at the start or the end
    ],
)
def test_block_breaks(markup: str, text: str) -> None:
    assert html_to_text(markup).text == text


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ("  a \n\t b  ", "a b"),
        ("a <b> bold </b> c", "a bold c"),
        ("a\u00a0\u00a0b", "a\u00a0\u00a0b"),  # no-break spaces are kept
        ("a\u2009b", "a\u2009b"),  # so are other Unicode spaces
        ("<p>  start</p><p>end  </p>", "start\n\nend"),
        ("<pre>\n a  b\r\nc</pre>", " a  b\nc"),
        ("a\r\nb", "a b"),
    ],
)
def test_whitespace(markup: str, text: str) -> None:
    assert html_to_text(markup).text == text


def test_to_markup_points_at_entities_tags_and_whitespace() -> None:
    markup = "<p>a  &amp;\n b</p><p>c</p>"
    clean = html_to_text(markup)
    assert clean.text == "a & b\n\nc"
    assert markup[slice(*clean.to_markup(2, 3))] == "&amp;"
    assert markup[slice(*clean.to_markup(1, 2))] == "  "  # the space stands for the whole run
    assert clean.to_markup(5, 7) == (markup.index("</p>"),) * 2  # the break: where the paragraph ends
    assert markup[slice(*clean.to_markup(0, len(clean.text)))] == "a  &amp;\n b</p><p>c"
    assert clean.to_markup(3, 3) == clean.to_markup(3, 4)[:1] * 2
    with pytest.raises(ValueError, match="not within"):
        clean.to_markup(3, 2)
    with pytest.raises(ValueError, match="not within"):
        clean.to_markup(0, len(clean.text) + 1)


def test_clean_text_is_frozen_and_comparable() -> None:
    a, b = html_to_text("<b>x</b>"), html_to_text("<b>x</b>")
    assert isinstance(a, CleanText)
    assert a == b
    assert hash(a) == hash(b)
    assert a != html_to_text("  x")  # same text, from elsewhere in the markup
    with pytest.raises(AttributeError):
        a.text = "y"  # type: ignore[misc]


# -- properties: any str, and markup-ish noise built from the pieces that break parsers


MARKUP_PIECES = st.sampled_from(
    [
        "<p>", "</p>", "<br>", "<br/>", "<div class='x'>", "</div>", "<td>", "</tr>", "<b>", "</b>",
        "<a href=\"/x?a=1&b=2\">", "</a>", "<script>", "</script>", "<style>", "</style>", "<head>",
        "</head>", "<title>", "<pre>", "</pre>", "<noscript>", "<!--", "-->", "<!", "<![CDATA[", "]]>",
        "<![if x]>", "<!DOCTYPE html>", "<?", "?>", "</", "<", ">", "/>", "<p/", "&", "&amp;", "&amp",
        "&nbsp;", "&nbsp", "&#8364;", "&#8364", "&#x20AC;", "&#", "&#x", "&#0;", "&#x110000;", "&euro;",
        "&notit;", "&ldquo;", ";", "\"", "'", "=", " ", "  ", "\n", "\r\n", "\t", "\u00a0", "$8.3", "€2.1",
        " billion", "bn", " trade", " exports to China", " in 2023", ".", "Exports", "x",
    ]
)  # fmt: skip
MARKUP = st.lists(st.one_of(MARKUP_PIECES, st.text(max_size=5)), max_size=40).map("".join)
ANY_TEXT = st.one_of(st.text(max_size=200), MARKUP)


def _check_map(markup: str, clean: CleanText) -> None:
    n, m = len(clean.text), len(markup)
    last = (0, 0)
    for i in range(n):
        s, e = clean.to_markup(i, i + 1)
        assert 0 <= s <= e <= m
        assert last <= (s, e)  # characters map in markup order
        last = (s, e)
        if e - s == 1 and clean.text[i] != markup[s]:
            # a character copied one to one is the markup's own, except a space standing for whitespace
            # and a newline for a CR in <pre>
            assert clean.text[i] in " \n", (i, clean.text[i], markup[s])
            assert markup[s] in " \t\n\r\f", (i, clean.text[i], markup[s])
    for i in range(n + 1):
        s, e = clean.to_markup(i, n)
        assert 0 <= s <= e <= m


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ANY_TEXT)
def test_html_to_text_never_raises_and_maps_in_bounds(markup: str) -> None:
    clean = html_to_text(markup)
    assert isinstance(clean.text, str)
    _check_map(markup, clean)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(blacklist_characters="<&"), max_size=200))
def test_text_without_markup_keeps_every_word(text: str) -> None:
    assert html_to_text(text).text.split() == text.split()


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ANY_TEXT)
def test_extract_html_spans_hold_the_quote(markup: str) -> None:
    df = extract_html(markup, published="2024-11-25", include_other=True)
    clean = html_to_text(markup)
    for _, row in df.iterrows():
        start, end = int(row["start"]), int(row["end"])
        assert 0 <= start < end <= len(markup)
        assert markup[start:end] == row["quote"]
        assert (start, end) == clean.to_markup(int(row["text_start"]), int(row["text_end"]))
