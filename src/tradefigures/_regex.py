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

import importlib
import re
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any, TypeVar

__all__ = [
    "Pieces", "Stems", "alternation", "final_words", "first_chars", "lookup", "lower_alternation", "may_end_with",
    "may_hold", "pieces", "plain_lower", "stem_patterns",
]

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


# Letters whose lower case re's IGNORECASE reads as str.lower() does (checked letter by letter in
# tests/test_properties.py): ASCII, Latin-1 and basic Cyrillic; any other character must have no case.
_ASCII_BYTES = bytes(range(128))


@cache
def _caseless(ch: str) -> bool:
    return ch.lower() == ch == ch.upper()


@cache
def _plain(ch: str) -> bool:
    return 0xC0 <= ord(ch) <= 0xFF or 0x400 <= ord(ch) <= 0x45F or _caseless(ch)


def plain_lower(text: str) -> str | None:
    """``text`` in lower case when every character in it is plain (an ASCII, Latin-1 or basic
    Cyrillic letter, or a character without case), else None. On such text a case-sensitive
    pattern of lower-cased words (:func:`lower_alternation`) finds at the same places what the
    case-insensitive pattern finds in ``text``: re's case-insensitive matching costs 2-2.5x the
    instructions (the country and flow-word scans of benchmarks/newsgen.py sentences).

    >>> plain_lower("Exports to China, €5bn"), plain_lower("ſ"), plain_lower("İ")
    ('exports to china, €5bn', None, None)
    """
    if text.isascii():
        return text.lower()
    # the characters past ASCII, from the UTF-8 bytes: ~5x fewer instructions than a regex or set()
    data = text.encode("utf-8", "surrogatepass")
    others = set(data.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass"))
    if all(_caseless(ch) for ch in others):
        return data.lower().decode("utf-8", "surrogatepass")  # only ASCII letters have case
    return text.lower() if all(_plain(ch) for ch in others) else None


def lower_alternation(words: Iterable[object]) -> str | None:
    """:func:`alternation` of the lower-cased words, to match lower-cased plain text as the
    alternation of ``words`` matches the text ignoring case; None when a word is not plain or when
    two words differ only in case up to some point (their branches would merge and be tried in
    another order).

    >>> lower_alternation(["China", "Chile"]), lower_alternation(["US", "Us"]), lower_alternation(["Σ"])
    ('chi(?:le|na)', None, None)
    """
    texts = [str(w) for w in words]
    prefixes = {w[:i] for w in texts for i in range(1, len(w) + 1)}
    if plain_lower("".join(texts)) is None or len({p.lower() for p in prefixes}) != len(prefixes):
        return None
    return alternation(w.lower() for w in texts)


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


Pieces = tuple[tuple[str, ...], ...] | None


def pieces(words: Iterable[str]) -> Pieces:
    """Each of ``words`` as the lower-case pieces that every match of its :func:`alternation` holds
    (its words, a stem "экспорт*" without its ending, a final dot left out), for :func:`may_hold`;
    None when a word leaves nothing to look for."""
    out = []
    for word in words:
        parts = tuple(p.split("*")[0].rstrip(".") for p in word.lower().split())
        if not parts or not all(parts):
            return None
        out.append(parts)
    return tuple(out)


def may_hold(low: str | None, found: Pieces) -> bool:
    """Whether ``low`` (plain text lower-cased, see :func:`plain_lower`; None: not plain) may hold
    a match of the words of ``found`` ignoring case: each word's pieces all in it, or not plain.
    A few ``in`` tests, where a search of a whole-word pattern ignoring case costs ~50 ns a character.

    >>> may_hold("sales to the bloc rose", pieces(["the bloc"])), may_hold("trade rose", pieces(["the bloc"]))
    (True, False)
    """
    if low is None or found is None:
        return True
    for parts in found:  # loops, not any(all(...)): ~2 -> 0.4 µs a call, one per sentence with figures
        for piece in parts:
            if piece not in low:
                break
        else:
            return True
    return False


def _parser() -> Any:
    """The standard library's regex parser (``re._parser``; ``sre_parse`` before Python 3.11)."""
    try:
        return importlib.import_module("re._parser")
    except ImportError:  # Python 3.10
        return importlib.import_module("sre_parse")


def _first(items: Any, icase: bool) -> tuple[set[str], set[str], bool] | None:
    """What a parsed sequence can start with, as class items matched as written and class items
    matched ignoring case, and whether it can match the empty string; None when that cannot be
    said simply."""
    exact: set[str] = set()
    folded: set[str] = set()
    for op, av in items:
        name = str(op)
        into = folded if icase else exact
        if name == "LITERAL":
            into.add(re.escape(chr(av)))
            return exact, folded, False
        if name == "IN":
            for o, a in av:
                kind = str(o)
                if kind == "LITERAL":
                    into.add(re.escape(chr(a)))
                elif kind == "RANGE":
                    into.add(f"{re.escape(chr(a[0]))}-{re.escape(chr(a[1]))}")
                elif kind == "CATEGORY" and str(a) in _CATEGORIES:
                    into.add(_CATEGORIES[str(a)])
                else:
                    return None
            return exact, folded, False
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # zero-width: the next item starts the match
        if name == "SUBPATTERN":
            _, add, remove, sub = av
            found = _first(sub, (icase or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE)
        elif name == "BRANCH":
            parts = [_first(alt, icase) for alt in av[1]]
            found = None
            if all(p is not None for p in parts):
                found = (
                    set().union(*(p[0] for p in parts if p)),
                    set().union(*(p[1] for p in parts if p)),
                    any(p[2] for p in parts if p),
                )
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            sub_found = _first(av[2], icase)
            found = None if sub_found is None else (sub_found[0], sub_found[1], sub_found[2] or av[0] == 0)
        else:
            return None
        if found is None:
            return None
        exact |= found[0]
        folded |= found[1]
        if not found[2]:
            return exact, folded, False
    return exact, folded, True


_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_WORD": r"\w", "CATEGORY_SPACE": r"\s"}


def first_chars(source: str, flags: int = 0) -> str | None:
    r"""A pattern for one character that every match of ``source`` starts with, or None when that
    cannot be worked out (the pattern can match nothing, or starts with something unusual).

    >>> first_chars(r"(?:the\s+)?(?:first|second)\s+half"), first_chars(r"(?P<y>(?:19|20)\d\d)")
    ('[fst]', '[12]')
    >>> first_chars(r"x?") is None
    True
    >>> cased = first_chars(r"Q[1-4]|(?i:usd)"), first_chars("half", re.IGNORECASE)
    >>> cased in [("(?-i:[QUu])", "(?-i:[Hh])"), ("(?:[Q]|(?i:[u]))", "(?i:[h])")]  # the second on Python 3.10
    True
    """
    try:
        found = _first(_parser().parse(source, flags), bool(flags & re.IGNORECASE))
    except Exception:  # a pattern this analysis does not know: no class, no harm
        return None
    if found is None or found[2] or not (found[0] or found[1]):
        return None
    cased = _cased(found[1]) if found[1] else None
    if cased is not None:  # one class matched as written: re tests it faster than one ignoring case
        return "(?-i:[" + "".join(sorted(found[0] | cased)) + "])"
    exact, folded = ("[" + "".join(sorted(x)) + "]" if x else "" for x in found[:2])
    if not folded:
        return exact
    return f"(?i:{folded})" if not exact else f"(?:{exact}|(?i:{folded}))"


@cache
def _case_table() -> tuple[dict[int, set[int]], dict[int, tuple[int, ...]]] | None:
    """How re matches a letter ignoring case: the code points of the Basic Multilingual Plane whose
    lower case (as re reads it) is each one, and re's extra equivalents ("ſ" for "s"); None where
    this Python keeps them elsewhere."""
    try:
        lower = importlib.import_module("_sre").unicode_tolower
        extra: dict[int, tuple[int, ...]] = importlib.import_module("re._casefix")._EXTRA_CASES
    except (ImportError, AttributeError):  # Python 3.10: the guards keep ignoring case
        return None
    upper: dict[int, set[int]] = {}
    for cp in range(0x10000):
        if (lo := lower(cp)) != cp:
            upper.setdefault(lo, set()).add(cp)
    return upper, extra


_ESCAPED = re.compile(r"(\\?.)(?:-(\\?.))?", re.DOTALL)


def _cased(items: set[str]) -> set[str] | None:
    """Class items matched ignoring case (escaped characters, ranges "a-z", categories) as items
    matched as written: each letter with every character re takes for it ignoring case (a test
    checks them against every code point); None where that cannot be said simply."""
    table = _case_table()
    if table is None:
        return None
    upper, extra = table
    lower = importlib.import_module("_sre").unicode_tolower
    out: set[str] = set()
    for item in items:
        if item in _CATEGORIES.values():
            out.add(item)
            continue
        m = _ESCAPED.fullmatch(item)
        if m is None:
            return None
        first, last = ord(m.group(1)[-1]), ord((m.group(2) or m.group(1))[-1])
        if last - first > 64:
            return None
        for cp in range(first, last + 1):
            for lo in (lower(cp), *extra.get(lower(cp), ())):
                out.update(re.escape(chr(c)) for c in (lo, *upper.get(lo, ())))
    return out


def _alternatives(source: str, open_at: int, verbose: bool) -> tuple[list[str], int]:
    """The top-level alternatives of the group whose "(" is at ``open_at``, and where it closes."""
    depth, i, in_class, cut = 0, open_at, False, open_at + 3  # past "(?:"
    parts: list[str] = []
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if verbose and not in_class and ch == "#":  # a comment, to the end of the line
            end = source.find("\n", i)
            i = len(source) if end < 0 else end
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if source[i + 1 : i + 2] == "]":  # "[]...]": a leading "]" is literal
                i += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                parts.append(source[cut:i])
                return parts, i
        elif ch == "|" and depth == 1:
            parts.append(source[cut:i])
            cut = i + 1
        i += 1
    raise ValueError("unbalanced parentheses")


def guard_alternatives(source: str, group: str, flags: int = 0, block: int = 6) -> str:
    """``source`` with each alternative of the non-capturing group that follows ``group`` (its first
    occurrence) prefixed by a lookahead for the characters it can start with; more than ``block``
    alternatives are also grouped, ``block`` at a time in their order, behind a lookahead for the
    characters any of the group can start with.

    Python's re tries every alternative at every position; a one-character lookahead turns most of
    those tries into a single class test (the period pattern: 0.6 of the time on newsgen sentences),
    and one for a group of six most of those tests (the period pattern's 22 shapes: 76 -> 64 ms on
    the 3,900 sentences of 1 MB of newsgen text). An alternative whose first characters cannot be
    worked out is left as it is.

    >>> guard_alternatives(r"\\b(?:the\\s+end|Q[1-4]|x?)", r"\\b")
    '\\\\b(?:(?=[t])the\\\\s+end|(?=[Q])Q[1-4]|x?)'
    >>> guard_alternatives(r"\\b(?:a|b|c)", r"\\b", block=2)
    '\\\\b(?:(?=[ab])(?:(?=[a])a|(?=[b])b)|(?=[c])c)'
    """
    open_at = source.index(group) + len(group)
    if not source.startswith("(?:", open_at):
        raise ValueError(f"no (?: group after {group!r}")
    parts, close = _alternatives(source, open_at, bool(flags & re.VERBOSE))
    guarded = []
    for part in parts:
        first = first_chars(part, flags)
        guarded.append(f"(?={first}){part}" if first else part)
    if len(parts) > block:
        blocks = []
        for k in range(0, len(parts), block):
            inner, chunk = "|".join(guarded[k : k + block]), parts[k : k + block]
            first = first_chars("(?:" + "|".join(chunk) + ")", flags) if len(chunk) > 1 else None
            blocks.append(f"(?={first})(?:{inner})" if first else inner)
        guarded = blocks
    return source[: open_at + 3] + "|".join(guarded) + source[close:]
