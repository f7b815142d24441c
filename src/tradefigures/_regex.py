"""Regex helpers shared by the readers.

>>> import re
>>> p = re.compile(alternation(["billion", "bn", "b", "million"]))
>>> [m.group(0) for m in p.finditer("8 billion, 9bn, 1b, 2 million")]
['billion', 'bn', 'b', 'million']
>>> p = re.compile(alternation(["товарооборот*", "торговл*"]))   # "*": any word ending (stems)
>>> [m.group(0) for m in p.finditer("товарооборотом и торговли")]
['товарооборотом', 'торговли']
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import TypeVar

__all__ = ["Stems", "alternation", "final_words", "lookup", "may_end_with", "stem_patterns"]

_V = TypeVar("_V")


def alternation(words: Iterable[str], space: str = r"\s+", dot_end: str = "") -> str:
    """A regex matching any of ``words``, longest first, written as a trie.

    Python's re tries the branches of a flat alternation one by one at every position; sharing
    prefixes ("b(?:illion|n)?") makes the country and flow-word scans 4-6x faster (measured on
    benchmarks/newsgen.py text: 1.2 → 6.7 M chars/s for the country names). A space in a word
    matches ``space``; a ``*`` matches any word ending (Russian stems: "товарооборот*"). A word
    ending in "." ("млрд.") keeps its dot only where ``dot_end`` (a lookahead) allows, so that an
    abbreviation at the end of a sentence leaves the full stop to the sentence.
    """
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in set(words):
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def piece(ch: str) -> str:
        return space if ch == " " else r"\w*" if ch == "*" else re.escape(ch)

    def build(node: dict, prev: str) -> str:  # type: ignore[type-arg]
        branches = [piece(ch) + build(child, ch) for ch, child in sorted(node.items()) if ch]
        guard = dot_end if prev == "." else ""
        if not branches:
            return guard
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" not in node:
            return body
        return f"(?:{body}|{guard})" if guard else f"(?:{body})?"

    return build(root, "")


Stems = tuple[re.Pattern[str] | None, tuple[str, ...]]


def stem_patterns(table: Iterable[str]) -> Stems:
    """The ``*`` entries of a word table as one full-match pattern (a group per entry, longest
    first) and the entries in group order, for ``lookup``: one match instead of one per stem."""
    stems = tuple(sorted({w for w in table if "*" in w}, key=lambda w: (-len(w), w)))
    if not stems:
        return None, ()
    parts = (
        rf"(?P<s{i}>" + r"\s+".join(re.escape(p).replace(r"\*", r"\w*") for p in w.split()) + ")"
        for i, w in enumerate(stems)
    )
    return re.compile("|".join(parts)), stems


def lookup(table: Mapping[str, _V], stems: Stems, matched: str) -> _V | None:
    """The value of a matched word: an exact entry first, else the first stem entry it fits.

    >>> t = {"экспорт*": "exports", "ввп": "other"}
    >>> lookup(t, stem_patterns(t), "Экспорта"), lookup(t, stem_patterns(t), "ВВП")
    ('exports', 'other')
    """
    key = " ".join(matched.lower().split())
    if key in table:
        return table[key]
    pattern, words = stems
    m = pattern.fullmatch(key) if pattern is not None else None
    if m is None or m.lastgroup is None:
        return None
    return table.get(words[int(m.lastgroup[1:])])  # None: a word of another table ("other")


def final_words(*phrase_lists: Iterable[str]) -> frozenset[str] | None:
    """The last words (lower case) that the phrases can end with, for :func:`may_end_with`; None
    when one ends in a stem ("выросл*"), which no fixed word stands for."""
    last = {p.split()[-1].lower() for phrases in phrase_lists for p in phrases if p.split()}
    return None if any("*" in w for w in last) else frozenset(last)


def may_end_with(text: str, words: frozenset[str] | None) -> bool:
    """Whether ``text`` may end with one of ``words`` (past trailing white space; the word may be
    glued to what precedes it by a non-word character, as in "(about" or "well-over"): a necessary
    condition for a pattern of those phrases anchored at the end (``…\\s*$``), several times
    cheaper than its search, which re tries at every position of the text.

    >>> w = final_words(["more than", "about", "~"])
    >>> [may_end_with(t, w) for t in ("of more than ", "of (about", "(~", "well-about", "trade")]
    [True, True, True, True, False]
    """
    if words is None:
        return True
    parts = text.rsplit(None, 1)
    if not parts:
        return False
    token = parts[-1].lower()
    if token in words:
        return True
    if token.isalnum():
        return False  # a plain word, the common case: no glued word to look for
    return any(
        not ch.isalnum() and (token[i + 1 :] in words or token[i:] in words) for i, ch in enumerate(token)
    )
