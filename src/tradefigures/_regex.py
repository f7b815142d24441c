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

__all__ = ["Stems", "alternation", "lookup", "stem_patterns"]

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
