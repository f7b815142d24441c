r"""Segmenting: a text's paragraphs and sentences, and the language of each.

>>> t = "Trade with the U.S. grew. Exports rose to $5.2 bn.\n\nImports fell."
>>> [(t[s.start:s.end], s.paragraph) for s in sentences(t)]
[('Trade with the U.S. grew.', 0), ('Exports rose to $5.2 bn.', 0), ('Imports fell.', 52)]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from ._lexicon import LEXICONS
from .numbers import Amount

__all__ = [
    "CYRILLIC", "Sentence", "detect_language", "has_cyrillic", "join_split_amounts", "sentences", "sentences_near",
    "split_sentences"]

# Sentences are split before their language is known: the abbreviations of every language count.
_ABBREVIATIONS = frozenset(w for lex in LEXICONS.values() for w in lex.abbreviations)
# A sentence ends at . ! ? or … (and any closing quotes), before a space and a capital, digit or
# quote; a paragraph at a blank line. Written as one first character, then what may follow it, so
# that re skips ahead to that character: the plain alternation ("[.!?…]…|\n…", a test checks they
# agree) is tried at every position (14 -> 8 ms a MB of benchmarks/newsgen.py text).
_BOUNDARY = re.compile(
    r"[.!?…\n](?:(?<=[.!?…])[\"'”’»)\]]*(\s+)(?=[\"'“‘«(\[]?[A-Z0-9\u0400-\u042f$€£])|(?<=\n)[ \t]*\n\s*)"
)


class Sentence(NamedTuple):  # a NamedTuple: made once per sentence of every document, cheaply
    start: int
    end: int
    paragraph: int  # where the sentence's paragraph starts: equal for sentences of one paragraph


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: at . ! ? followed by a capital, and at blank lines; abbreviations kept.

    >>> t = "Trade with the U.S. grew. Exports rose to $5.2 bn. Imports fell."
    >>> [t[a:b] for a, b in split_sentences(t)]
    ['Trade with the U.S. grew.', 'Exports rose to $5.2 bn.', 'Imports fell.']
    """
    return [(s.start, s.end) for s in sentences(text)]


_NOT_SPACE = re.compile(r"\S")


def sentences(text: str, lo: int = 0, hi: int | None = None) -> list[Sentence]:
    """The sentences of ``text[lo:hi]``; a line break after a sentence's end starts a paragraph."""
    out: list[Sentence] = []
    hi = len(text) if hi is None else hi
    start = paragraph = lo
    for m in _BOUNDARY.finditer(text, lo, hi):
        if m.group(1) is not None:
            # the word before the stop ("U.S", "Mr", "Jan"): an abbreviation does not end a sentence
            j = m.start()
            i, lo = j, max(start, j - 16)
            while i > lo and not text[i - 1].isspace():
                i -= 1
            token = text[i:j].lower().rstrip(".")
            if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
                continue
            cut = m.start(1)
        else:
            cut = _rstrip(text, start, m.start())
        if _NOT_SPACE.search(text, start, cut):
            out.extend(_bounded(text, Sentence(start, cut, paragraph)))
        if "\n" in m.group(0):
            paragraph = m.end()
        start = m.end()
    if _NOT_SPACE.search(text, start, hi):
        out.extend(_bounded(text, Sentence(start, _rstrip(text, start, hi), paragraph)))
    return out


# A "sentence" longer than this is not one (a list of figures one per line, with no full stops):
# it is cut at its line breaks, and a line longer than _LONGEST at white space. Every row carries
# its sentence, so an unbounded one made the output grow with the square of the input (issue 13).
_LONG = 1_000
_LONGEST = 2_000


def _bounded(text: str, s: Sentence) -> list[Sentence]:
    r"""``s``, or its lines (and pieces of over-long lines) when it is longer than ``_LONG``.

    >>> t = "".join(f"Exports in {2000 + i}: ${i}.5 billion\n" for i in range(60))
    >>> [t[x.start:x.end] for x in sentences(t)][:2]
    ['Exports in 2000: $0.5 billion', 'Exports in 2001: $1.5 billion']
    """
    if s.end - s.start <= _LONG:
        return [s]
    out: list[Sentence] = []
    lo = s.start
    while lo < s.end:
        cut = text.find("\n", lo, s.end)
        cut = s.end if cut < 0 else cut
        if cut - lo > _LONGEST:  # no line break in reach: the last white space before the limit
            space = max(text.rfind(" ", lo, lo + _LONGEST), text.rfind("\t", lo, lo + _LONGEST))
            cut = space if space > lo else lo + _LONGEST
        end = _rstrip(text, lo, cut)
        if _NOT_SPACE.search(text, lo, end):
            out.append(Sentence(lo, end, s.paragraph))
        lo = cut + 1
        while lo < s.end and text[lo].isspace():
            lo += 1
    return out


def _rstrip(text: str, start: int, end: int) -> int:
    """``end`` moved back over trailing white space (a sentence ends at its last mark)."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")


def sentences_near(text: str, amounts: list[Amount]) -> list[Sentence]:
    """The sentences of the paragraphs that hold an amount, in order: only there is the context
    read, and an amount never spans a blank line. Splitting only these paragraphs saves ~half the
    splitting time on news copy (most paragraphs hold no amount)."""
    out: list[Sentence] = []
    k, n, lo = 0, len(amounts), 0
    for m in _BLANK_LINE.finditer(text):
        if amounts[k].start < m.start():
            out.extend(sentences(text, lo, m.start()))
            while k < n and amounts[k].start < m.start():
                k += 1
            if k == n:
                return out
        lo = m.end()
    out.extend(sentences(text, lo))
    return out


def join_split_amounts(
    spans: list[Sentence], langs: list[str], amounts: list[Amount]
) -> tuple[list[Sentence], list[str]]:
    """Join sentences that an amount runs across: a sentence boundary never falls inside an amount
    (a full stop the splitter took for an end, as in "$8,3 млрд. долл.", is part of the amount).

    A join that would pass ``_LONGEST`` moves the boundary to the amount's end instead: pieces of an
    over-long sentence cut at white space ("… exports $5.5 | billion, exports …" at the same place
    in each piece) were joined back into one, and every row carried it (issue 13).

    >>> from tradefigures.numbers import find_amounts
    >>> t = "exports $5.5 billion, " * 400
    >>> amounts = find_amounts(t)
    >>> spans, _ = join_split_amounts(sentences(t), ["en"] * len(sentences(t)), amounts)
    >>> max(x.end - x.start for x in spans) <= 2 * _LONGEST
    True
    """
    starts = [x.start for x in spans]
    joins: dict[int, int] = {}  # sentence to join to the one before -> where the amounts into it end
    for a in amounts:
        first = bisect_right(starts, a.start) - 1
        last = bisect_right(starts, a.end - 1) - 1
        for k in range(max(first, 0) + 1, last + 1):
            joins[k] = max(joins.get(k, 0), a.end)
    if not joins:
        return spans, langs
    out: list[Sentence] = []
    out_langs: list[str] = []
    for k, (x, lang) in enumerate(zip(spans, langs, strict=True)):
        if k in joins and out and x.end - out[-1].start <= 2 * _LONGEST:
            out[-1] = out[-1]._replace(end=x.end)
        elif k in joins and out:  # too long to join: the boundary moves past the amount
            cut = joins[k]
            out[-1] = out[-1]._replace(end=max(out[-1].end, min(cut, x.end)))
            if cut < x.end:
                out.append(x._replace(start=cut))
                out_langs.append(lang)
        else:
            out.append(x)
            out_langs.append(lang)
    return out, out_langs


CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# the UTF-8 lead bytes of U+0400..U+04FF, exactly: D0 (U+0400..043F) to D3 (U+04C0..04FF)
_CYRILLIC_LEADS = (b"\xd0", b"\xd1", b"\xd2", b"\xd3")


def has_cyrillic(text: str) -> bool:
    """Whether ``text`` holds a Cyrillic letter (U+0400..U+04FF), as ``CYRILLIC.search`` tells:
    looked for in its UTF-8 bytes, ~7x faster than the regex on news copy (5.4 -> 0.8 ms a MB).

    >>> has_cyrillic("Trade hit $5bn"), has_cyrillic("€5 bn, 2024–25"), has_cyrillic("рост на 5%")
    (False, False, True)
    """
    if text.isascii():
        return False
    data = text.encode("utf-8", "surrogatepass")
    return any(lead in data for lead in _CYRILLIC_LEADS)
_LETTER = re.compile(r"[^\W\d_]")


def detect_language(text: str) -> str:
    """"ru" when at least half of the letters are Cyrillic, else "en".

    >>> detect_language("Товарооборот превысил $8,3 млрд"), detect_language("Trade hit $5bn")
    ('ru', 'en')
    """
    cyrillic = len(CYRILLIC.findall(text))
    if not cyrillic:
        return "en"
    return "ru" if 2 * cyrillic >= len(_LETTER.findall(text)) else "en"
