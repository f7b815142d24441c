"""HTML fragments → the text a reader sees, with a map back to the markup; figures with markup offsets.

News arrives as markup: ``<p>`` paragraphs, links and ``<strong>`` inside sentences, ``&nbsp;`` between a
number and its scale, scripts and comments that must not be read. :func:`html_to_text` renders the
visible text roughly the way a browser's ``innerText`` does, and remembers where every character came
from; :func:`extract_html` reads the figures in that text and reports them at their place in the markup.

>>> markup = "<p>Trade with Armenia exceeded <strong>$8.3&nbsp;billion</strong> in H1 2024.</p>"
>>> df = extract_html(markup, published="2024-11-25")
>>> df[["quote", "start", "end", "text_start", "text_end", "period"]].values.tolist()
[['$8.3&nbsp;billion', 39, 56, 28, 40, '2024H1']]
>>> markup[39:56]
'$8.3&nbsp;billion'
>>> df.attrs["offsets"]
'html'

The parsing is the standard library's :class:`html.parser.HTMLParser` (tolerant of broken markup) and
:func:`html.unescape` (the browsers' rules for entities, malformed ones included); what is written here
is only the rendering: which elements are hidden, where lines break, how whitespace collapses.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from html import unescape
from html.entities import html5
from html.parser import HTMLParser

import pandas as pd

from .extract import extract

__all__ = ["CleanText", "extract_html", "html_to_text"]

# Elements whose content is never shown. <head> holds the page's metadata; <title>, <iframe> and <svg>
# hold a tab title, fallback text and chart labels ("$5bn" on an axis is not a sentence).
_HIDDEN = frozenset(["head", "script", "style", "noscript", "template", "title", "iframe", "svg"])
# What may stand in <head>; any other start tag (or visible text) closes it, as browsers do when a
# fragment forgets </head>.
_IN_HEAD = frozenset(
    ["base", "basefont", "bgsound", "link", "meta", "noscript", "script", "style", "template", "title"]
)
# Block elements start and end a paragraph: a blank line, which the sentence splitter always respects
# (a headline or a table row seldom ends with a full stop). <br> is a single line break.
_BLOCKS = frozenset(
    [
        "address", "article", "aside", "blockquote", "caption", "center", "dd", "details", "dialog",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
        "h5", "h6", "header", "hgroup", "hr", "legend", "li", "main", "nav", "ol", "p", "pre", "section",
        "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
    ]
)  # fmt: skip
_CELLS = frozenset(["td", "th"])  # cells of a row are separated by a tab, as innerText does
_PREFORMATTED = frozenset(["pre", "textarea", "listing", "xmp"])
_PARAGRAPH, _LINE = 2, 1  # newlines for a block boundary and for <br>

# ASCII whitespace collapses; U+00A0 (&nbsp;) and other Unicode spaces do not, as in CSS.
_COLLAPSIBLE = " \t\n\r\f"
_WS_RUN = re.compile(r"[ \t\n\r\f]+")
_CR = re.compile(r"\r\n?")
# html.unescape's own pattern for a character reference, so that each one can be decoded on its own.
_CHARREF = re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")

_LITERAL, _ATOMIC = 0, 1


@dataclass(frozen=True)
class CleanText:
    """Visible text of a piece of markup, with the markup span each character came from.

    The map is run-length: one segment per run of characters copied as they are (each maps to its own
    markup character) and one per entity, collapsed whitespace run or inserted break (all its characters
    map to the whole entity or run, or to the empty span at the tag that made the break).

    >>> clean = html_to_text("<p>Exports rose to&nbsp;<b>&euro;2.1bn</b>.</p><p>Imports fell.</p>")
    >>> clean.text
    'Exports rose to\\xa0€2.1bn.\\n\\nImports fell.'
    >>> clean.to_markup(16, 22)  # '€2.1bn'
    (27, 38)
    >>> clean.to_markup(15, 16)  # the no-break space: the whole entity
    (18, 24)
    >>> clean.to_markup(23, 25)  # the paragraph break: where </p> stands
    (43, 43)
    """

    text: str
    _clean: array[int] = field(repr=False, hash=False)  # clean offset where each segment starts
    _src_start: array[int] = field(repr=False, hash=False)
    _src_end: array[int] = field(repr=False, hash=False)
    _kind: array[int] = field(repr=False, hash=False)  # _LITERAL or _ATOMIC

    def _span(self, i: int) -> tuple[int, int]:
        k = bisect_right(self._clean, i) - 1
        if self._kind[k] == _LITERAL:
            at = self._src_start[k] + i - self._clean[k]
            return at, at + 1
        return self._src_start[k], self._src_end[k]

    def to_markup(self, start: int, end: int) -> tuple[int, int]:
        """The span of the markup that produced ``text[start:end]``; an empty span maps to a point.

        >>> clean = html_to_text("a &amp; b")
        >>> clean.text, clean.to_markup(2, 3), clean.to_markup(0, 5), clean.to_markup(5, 5)
        ('a & b', (2, 7), (0, 9), (9, 9))
        """
        n = len(self.text)
        if not 0 <= start <= end <= n:
            raise ValueError(f"span ({start}, {end}) is not within the text (length {n})")
        if start < end:
            return self._span(start)[0], self._span(end - 1)[1]
        # an empty span is a point: before the character at ``start``, or just past the last one
        at = self._span(start)[0] if start < n else (self._span(n - 1)[1] if n else 0)
        return at, at


class _Renderer(HTMLParser):
    """Receives the parser's events and builds the visible text and its segments."""

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.markup = markup
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", markup)]
        self.at_eof = False
        self.hidden: list[str] = []  # open hidden elements, innermost last
        self.pre = 0  # depth of open preformatted elements
        self.pre_start = -1  # just after the last <pre> tag: a newline there is not shown
        self.parts: list[str] = []
        self.length = 0
        self.last = ""  # last character written
        self.clean = array("q")
        self.src_start = array("q")
        self.src_end = array("q")
        self.kind = array("b")
        self.breaks = 0  # newlines owed before the next visible character
        self.break_at = 0
        self.gap: tuple[str, int, int] | None = None  # a space or tab owed: (char, markup span)

    # -- positions and output

    def _pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _write(self, s: str, start: int, end: int, kind: int) -> None:
        if not s:
            return
        if kind == _LITERAL and self.kind and self.kind[-1] == _LITERAL and self.src_end[-1] == start:
            self.src_end[-1] = end
        else:
            self.clean.append(self.length)
            self.src_start.append(start)
            self.src_end.append(end)
            self.kind.append(kind)
        self.parts.append(s)
        self.length += len(s)
        self.last = s[-1]

    def _before_visible(self) -> None:
        """Pay what is owed (a break, else a space or tab) before a visible character."""
        if self.breaks:
            if self.length:
                self._write("\n" * self.breaks, self.break_at, self.break_at, _ATOMIC)
        elif self.gap is not None:
            char, start, end = self.gap
            self._write(char, start, end, _LITERAL if self.markup[start:end] == char else _ATOMIC)
        self.breaks, self.gap = 0, None

    def _block(self, newlines: int, at: int) -> None:
        if self.hidden:
            return
        self.gap = None  # whitespace at the end of a line is not shown
        if not self.breaks:
            self.break_at = at  # the breaks map to the tag that ended the line
        self.breaks = max(self.breaks, newlines)

    def _whitespace(self, start: int, end: int) -> None:
        if self.breaks or not self.length or self.last == "\n":
            return  # at the start of a line
        if self.gap is None:
            self.gap = (" ", start, end)
        elif self.gap[0] == " " and self.gap[2] == start:
            self.gap = (" ", self.gap[1], end)  # one run of whitespace: the space maps to all of it

    def _visible(self, s: str, start: int, end: int, kind: int) -> None:
        if not s:
            return
        self._before_visible()
        self._write(s, start, end, kind)

    def _text(self, raw_start: int, decoded: str) -> None:
        """Render one text chunk that the parser decoded to ``decoded``, found at ``raw_start``."""
        if self.hidden and self.hidden[-1] == "head" and decoded.strip(_COLLAPSIBLE):
            self.hidden.pop()  # text in <head>: the page forgot </head>
        if self.hidden:
            return
        pieces = list(_decode(self.markup, raw_start, len(decoded)))
        if "".join(p[0] for p in pieces) != decoded:
            # The parser passed the chunk through undecoded (raw text elements in some Python versions).
            end = raw_start + len(decoded)
            pieces = [(decoded, raw_start, end, _LITERAL)] if self.markup[raw_start:end] == decoded else []
        if self.pre and pieces and pieces[0][1] == self.pre_start and pieces[0][3] == _LITERAL:
            s, start, end, kind = pieces[0]
            skip = len(s) - len(s.removeprefix("\r").removeprefix("\n"))
            pieces[0] = (s[skip:], start + skip, end, kind)
        for s, start, end, kind in pieces:
            if self.pre:  # kept as it stands, but a CR or CRLF is a newline, as in a browser
                at = 0
                for m in _CR.finditer(s) if kind == _LITERAL else ():
                    self._visible(s[at : m.start()], start + at, start + m.start(), _LITERAL)
                    self._visible("\n", start + m.start(), start + m.end(), _ATOMIC)
                    at = m.end()
                self._visible(s[at:], start + at, end, kind)
            elif kind == _ATOMIC:
                if s.strip(_COLLAPSIBLE):
                    self._visible(s, start, end, kind)
                else:
                    self._whitespace(start, end)
            else:
                at = 0
                for m in _WS_RUN.finditer(s):
                    if m.start() > at:
                        self._visible(s[at : m.start()], start + at, start + m.start(), _LITERAL)
                    self._whitespace(start + m.start(), start + m.end())
                    at = m.end()
                if at < len(s):
                    self._visible(s[at:], start + at, end, _LITERAL)

    # -- parser events

    def handle_data(self, data: str) -> None:
        self._text(self._pos(), data)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        at = self._pos()
        if self.hidden == ["head"] and tag not in _IN_HEAD:
            self.hidden.pop()  # <body>, <p>…: the head is over
        if tag == "head" and (self.length or "head" in self.hidden):
            pass  # a <head> after visible text is ignored, as browsers do
        elif tag in _HIDDEN:
            self.hidden.append(tag)
        elif tag == "br":
            if not self.hidden and self.length:
                self.gap = None
                if not self.breaks:
                    self.break_at = at
                self.breaks += _LINE
        elif tag in _BLOCKS:
            self._block(_PARAGRAPH, at)
        elif tag in _CELLS and not self.hidden and self.length and self.last != "\n" and not self.breaks:
            self.gap = ("\t", at, at)
        if tag in _PREFORMATTED and not self.hidden:
            self.pre += 1
            self.pre_start = at + len(self.get_starttag_text() or "")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <br/>, <p/>, and <script/> (which HTMLParser, unlike a browser, reads as empty)
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.hidden:
            del self.hidden[len(self.hidden) - 1 - self.hidden[::-1].index(tag) :]
            return
        if self.hidden:
            return
        if tag in _BLOCKS:
            self._block(_PARAGRAPH, self._pos())
        if tag in _PREFORMATTED and self.pre:
            self.pre -= 1

    def parse_comment(self, i: int, report: bool = True) -> int:
        # A comment left open runs to the end of the document in a browser; HTMLParser would show it.
        j: int = super().parse_comment(i, report)
        if j < 0 and self.at_eof:
            return len(self.rawdata)
        return j

    def parse_html_declaration(self, i: int) -> int:
        # <!DOCTYPE …>, <![CDATA[…]]>, <![if …]>: browsers read any <!…> that is not a comment as a
        # comment up to the next ">". (The base class raises AssertionError on some of them.)
        if self.rawdata.startswith("<!--", i):
            return self.parse_comment(i)
        j = self.rawdata.find(">", i + 2)
        return j + 1 if j >= 0 else (len(self.rawdata) if self.at_eof else -1)

    def render(self) -> CleanText:
        self.feed(self.markup)
        self.at_eof = True
        self.close()
        return CleanText("".join(self.parts), self.clean, self.src_start, self.src_end, self.kind)


def _decode(markup: str, start: int, length: int) -> Iterator[tuple[str, int, int, int]]:
    """Decode the markup from ``start`` until ``length`` characters are made, as html.unescape does:
    (piece, markup start, markup end, kind), a literal run or one character reference."""
    at, made = start, 0
    while made < length and at < len(markup):
        amp = markup.find("&", at, at + (length - made))
        if amp < 0:
            yield markup[at : at + length - made], at, at + length - made, _LITERAL
            return
        if amp > at:
            yield markup[at:amp], at, amp, _LITERAL
            made += amp - at
        m = _CHARREF.match(markup, amp)
        name = m.group(1) if m else ""
        if m is None or name.startswith("#") or name in html5:
            raw = m.group(0) if m else "&"
            decoded = unescape(raw)
            yield decoded, amp, amp + len(raw), _LITERAL if decoded == raw else _ATOMIC
            at, made = amp + len(raw), made + len(decoded)
            continue
        # html.unescape's rule for a name it does not know: the longest known prefix ("&notit;" is "¬"
        # then "it;"), else the text as it stands.
        x = next((x for x in range(len(name) - 1, 1, -1) if name[:x] in html5), 0)
        if x:
            value = html5[name[:x]]
            yield value, amp, amp + 1 + x, _ATOMIC
            yield name[x:], amp + 1 + x, m.end(), _LITERAL
            made += len(value) + len(name) - x
        else:
            yield m.group(0), amp, m.end(), _LITERAL
            made += m.end() - amp
        at = m.end()


def html_to_text(markup: str) -> CleanText:
    """The text a reader sees in ``markup``, with a map from each character back to the markup.

    Tags and comments go, and so does everything inside ``<head>``, ``<script>``, ``<style>``,
    ``<noscript>``, ``<template>``, ``<title>``, ``<iframe>`` and ``<svg>``. Entities are decoded
    (``&nbsp;`` stays U+00A0). Block elements (``p``, ``div``, ``li``, ``h1``–``h6``, ``tr``, ``table``…)
    make a paragraph break (a blank line), ``<br>`` a line break, table cells a tab. Runs of spaces,
    tabs and newlines collapse to one space and vanish at line ends, except inside ``<pre>``.
    Any ``str`` is accepted; broken markup is read the way the parser recovers from it.

    >>> clean = html_to_text('''<h1>Trade record</h1>
    ...   <p>Exports   rose to <a href="/x">&#8364;2.1bn</a>.<br>Imports fell.</p>
    ...   <script>var x = "$5 billion";</script><!-- $9 billion -->
    ...   <table><tr><td>2023</td> <td>$7.4 billion</td></tr></table>''')
    >>> clean.text.split("\\n")
    ['Trade record', '', 'Exports rose to €2.1bn.', 'Imports fell.', '', '2023\\t$7.4 billion']
    >>> html_to_text("AT&T &amp stray & <3 &notit; &#x110000;").text
    'AT&T & stray & <3 ¬it; �'
    """
    return _Renderer(markup).render()


def extract_html(
    markup: str,
    *,
    published: str | date | pd.Timestamp | None = None,
    source: str | None = None,
    include_other: bool = False,
) -> pd.DataFrame:
    """:func:`tradefigures.extract` on the visible text of ``markup``, with spans in the markup.

    The columns are those of ``extract``, with ``start`` and ``end`` the offsets in ``markup`` and
    ``quote`` the markup between them (``markup[start:end] == quote``; it may hold tags or entities,
    as in ``$8.3&nbsp;billion``), then two more: ``text_start`` and ``text_end``, the figure's offsets
    in :func:`html_to_text` ``(markup).text``. ``sentence`` is the sentence of that clean text.
    ``df.attrs["offsets"]`` is ``"html"``: the offsets refer to the original markup.

    >>> markup = "<p>Russia's exports to China hit <b>$129&#160;bn</b> in 2023.</p><p>No more.</p>"
    >>> df = extract_html(markup, published="2024-03-01")
    >>> df[["quote", "start", "end", "text_start", "text_end", "sentence"]].values.tolist()
    [['$129&#160;bn', 36, 48, 30, 37, "Russia's exports to China hit $129\\xa0bn in 2023."]]
    """
    clean = html_to_text(markup)
    df = extract(clean.text, published=published, source=source, include_other=include_other)
    text_start, text_end = df["start"].copy(), df["end"].copy()
    spans = [clean.to_markup(int(s), int(e)) for s, e in zip(text_start, text_end, strict=True)]
    df["start"] = pd.array([s for s, _ in spans], dtype="Int64")
    df["end"] = pd.array([e for _, e in spans], dtype="Int64")
    df["quote"] = pd.array([markup[s:e] for s, e in spans], dtype="string")
    df["text_start"], df["text_end"] = text_start, text_end
    df.attrs["offsets"] = "html"
    return df
