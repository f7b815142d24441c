"""Money amounts in text → values: "8.3 billion", "$14 to $16 billon", "ten and a half billion".

One compiled pattern per language finds every amount in a single pass; parsing the numbers is
done only on what it found.

>>> [(a.quote, a.low, a.high, a.currency) for a in find_amounts("exceeded $8.3 billion, against $7.4bn")]
[('$8.3 billion', 8300000000.0, 8300000000.0, 'USD'), ('$7.4bn', 7400000000.0, 7400000000.0, 'USD')]
>>> [(a.quote, a.low, a.high) for a in find_amounts("a record level of $14 to $16 billion")]
[('$14 to $16 billion', 14000000000.0, 16000000000.0)]
>>> [(a.quote, a.low, a.currency) for a in find_amounts("1.2 trillion rubles and 500 million drams")]
[('1.2 trillion rubles', 1200000000000.0, 'RUB'), ('500 million drams', 500000000.0, 'AMD')]
>>> find_amounts("on June 14, in 2020-2022, up 12%")
[]
>>> ru = "38 млрд 607,6 млн рублей и 7 363,2 млн долл. США"
>>> [(a.quote, a.low, a.currency) for a in find_amounts(ru, "ru")]
[('38 млрд 607,6 млн рублей', 38607600000.0, 'RUB'), ('7 363,2 млн долл. США', 7363200000.0, 'USD')]
>>> ru = "от 14 до 16 млрд долларов, около двух триллионов рублей"
>>> [(a.quote, a.low, a.high) for a in find_amounts(ru, "ru")][0]
('14 до 16 млрд долларов', 14000000000.0, 16000000000.0)
>>> [(a.quote, a.low) for a in find_amounts(ru, "ru")][1]
('двух триллионов рублей', 2000000000000.0)
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache

from ._lexicon import LEXICONS, Lexicon
from ._regex import _ASCII_BYTES, alternation, plain_lower

__all__ = ["Amount", "find_amounts", "money_matches", "parse_number", "parse_number_words"]

# Spaces that may sit inside an amount: ordinary whitespace (a line break included) and the
# no-break, narrow no-break and thin spaces that typesetters put between thousands.
# soft hyphen, zero-width characters and the marks of writing direction (left-to-right and
# right-to-left marks, embeddings, overrides, isolates) sit invisibly inside amounts copied from web pages
_INVISIBLE = (
    "\u00ad\u200b\u200c\u200d\u2060\ufeff"
    "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
# what may stand between number words and a sign after them ("TEN AND HALF\u00ad$"), as the money
# pattern allows it
_SIGN_GAP = frozenset(" \t\u00a0" + _INVISIBLE)
# one space inside an amount: a line break is one, but a blank line ends the amount
_SP = rf"(?:[ \t\f\v\u00a0\u202f\u2009{_INVISIBLE}]|\r?\n(?![ \t]*\r?\n)|\r(?!\n))"
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212"
_SPACES = re.compile(f"{_SP}+")
_WORD_SEPARATORS = re.compile(rf"(?:{_SP}|-)+")
_LEADING_SEPARATORS = re.compile(rf"^(?:{_SP}|-)+")
_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")
_MILLION_CODE = re.compile(r"M[A-Z]{3}")
_MILLION_CODES = tuple(f"M{c}" for c in ("USD", "EUR", "GBP", "AUD", "CAD", "CHF", "JPY", "CNY", "RUB"))


@dataclass(frozen=True, slots=True)
class Amount:
    """A money amount as found: value(s), currency and where each part sits in the text.

    A pair (``sep`` set) is two numbers joined by "to", "and" or a dash; the extractor decides from
    the words around it whether it is one range or two figures (always two when it falls in value:
    then ``high``, the second number, is below ``low``).
    """

    start: int
    end: int
    low: float
    high: float
    currency: str
    sep: str | None = None
    first_end: int = -1
    second_start: int = -1
    second_low: float = float("nan")
    quote: str = ""


def _alt(words: Iterable[object], dot_end: str = "") -> str:
    """Regex alternation of the words, longest first, so "billion" wins over "b"."""
    return alternation((str(w) for w in words), space=_SP + "+", dot_end=dot_end)


def _opt(words: Iterable[str], template: str) -> str:
    """``template`` with ``{}`` as the alternation of ``words``, or nothing when there are none."""
    words = list(words)
    return template.format(_alt(words)) if words else ""


# An abbreviation's full stop ("млрд.", "долл.") is its own unless the sentence ends there: not
# before a capital letter or the end of the text ("$7,4 млрд. Посол ..." leaves the stop).
_DOT_END = rf"(?!{_SP}*(?:(?-i:[A-ZА-ЯЁ])|$))"


@dataclass(frozen=True, eq=False)  # hashed by identity: a key of _currency_of's cache
class _Patterns:
    money: re.Pattern[str]
    lexicon: Lexicon
    prefix_lookup: dict[str, str]
    word_lookup: dict[str, str]
    minor_lookup: dict[str, tuple[str, float]]
    tail: re.Pattern[str]
    # "$1 млрд 486,2 млн": the rest of a sum written with no word between, after a sign (None
    # where the language does not write sums so)
    sum_tail: re.Pattern[str] | None
    # what an amount starting at a digit must have after the number: see _after_number; and the
    # same for lower-cased plain text (None where the words are not plain)
    after_number: re.Pattern[str]
    after_number_lowered: re.Pattern[str] | None


@cache
def _patterns(lang: str) -> _Patterns:
    lex = LEXICONS[lang]
    number_words = [w for w in lex.number_words if w not in lex.number_articles]
    touching = "".join(rf"|(?<={re.escape(w)})|(?<={re.escape(w)}\.)" for w in lex.touching_prefixes)
    digits = (
        # an upper-case code may touch the number (USD115), and so may "Rs" (Rs250, Rs.250)
        rf"(?:(?<![\d.,])(?<![a-z]){touching})(?:"
        r"\d{1,3}(?:,\d{2}){0,6}(?:,\d{3}){1,6}(?:\.\d{1,20})?(?![\d,]\d)"  # 8,300 / 12,34,567.89
        rf"|\d{{1,3}}(?:[{lex.thousands_spaces}]\d{{3}}){{1,6}}(?:[.,]\d{{1,20}})?"  # 8 300: no-break spaces
        r"|\d{1,20}(?:[.,]\d{1,20})?"  # 8.3 / 748,8 (decimal comma); longer runs are not money
        # never the whole part alone of a number with more decimals ("$0.1234567890123456789012"
        # is not "$0")
        r")(?![\d]|[.,]\d)"
    )
    nw = _alt(number_words)
    art = _opt(lex.number_articles, "(?:{})" + _SP + "{{1,3}}")  # "a ", "an "
    conj = _opt(lex.number_conjunctions, "(?:{})" + _SP + "{{1,3}}")  # "and "
    words = (
        rf"(?<![\w]){_opt(lex.number_articles, '(?:(?:{})' + _SP + '+)?')}(?:{nw})"
        rf"(?:(?:{_SP}{{1,3}}|-)(?:{conj})?(?:{art})?(?:{nw})){{0,8}}"  # bounded: linear time
        rf"{_opt(lex.number_articles, '(?:' + _SP + '{{1,3}}(?:{}))?')}(?![\w])"  # "half a billion"
    )
    num = rf"(?:{digits}|(?i:{words}))"
    long_scales = [s for s in lex.scales if len(s) > 1]
    scale = (
        rf"(?:(?:{_SP}{{0,3}}|-)(?i:{_alt(long_scales, _DOT_END)})(?![\w])"  # 8.3 billion, 450 mln, R21.6-billion
        r"|(?i:[mbkt])(?![\w]))"  # $5m, $8b, JPY 7.12T: a single letter only when attached
    )
    # signs ("$", "€", "元"), not the one-letter marks ("R", "N"), which are touching prefixes
    signs = [s for s in lex.prefix_currencies if len(s) == 1 and not (s.isascii() and s.isalpha())]
    symbols = "".join(re.escape(s) for s in signs)
    codes = _alt(lex.codes)
    dollar_marks = (
        rf"(?:(?<![\w.])(?:(?-i:{_alt(lex.dollar_marks_cased)})|(?i:{_alt(lex.dollar_marks)})){_SP}?\$"
        rf"|(?<![\w.])(?-i:{_alt(lex.dollar_marks_attached)})\$|\$)"
    )
    touching_prefix = _opt(lex.touching_prefixes, r"|(?<![\w])(?:{})\.?")  # "Rs", "Rs."
    mcodes = rf"(?-i:{'|'.join(_MILLION_CODES)})"  # MUSD = million USD (finance)
    prefix = (
        rf"(?:{dollar_marks}|[{symbols}]|(?<![\w])(?:(?-i:{codes})|{mcodes})(?![a-z])"
        # a code in lower case ("usd 5") only before digits: "usd five" is not how amounts are written
        rf"|(?<![\w])(?i:{_alt(lex.lower_case_codes)})(?![a-z])(?={_SP}{{0,3}}\d)"
        rf"{touching_prefix})"
    )
    qualified = _opt({q.rsplit(" ", 1)[0] for q in lex.qualified_currencies}, "(?:(?:{})" + _SP + "+)?")
    curword = rf"{qualified}(?:{_alt(lex.currency_words, _DOT_END)})(?![\w])"
    minor = rf"(?:{_alt(lex.minor_units)})(?![\w])"
    suffix = (
        rf"(?:(?:{_SP}{{0,3}}|-)(?i:{curword}|{minor})"
        rf"|{_SP}{{0,3}}(?:(?-i:{codes})|{mcodes})(?![\w])"
        # a sign after a number, "10 $"; but after a year it is the next amount's: "2023 $0.7 billion"
        rf"|(?:(?<!(?:19|20)\d\d)|(?!{_SP}{{0,3}}(?:[{symbols}]|\$){_SP}{{0,3}}\d)){_SP}{{0,3}}(?:[{symbols}]|\$))"
    )
    dashes = "".join(re.escape(d) for d in _DASHES)
    pair_words = _alt(pair_words_of(lex))
    sep = rf"(?P<sep>{_SP}{{0,3}}(?:[{dashes}]|(?i:{pair_words})(?![\w])){_SP}{{0,3}})"
    # "38 млрд 607,6 млн рублей": one sum with no word between, only after a scale word
    bare = rf"|(?(s3){_SP}{{1,3}}(?=\d)|(?!))" if "" in lex.sum_separators else ""
    money = re.compile(
        rf"""
        (?P<a>                                   # currency first: $8.3 billion, $14 to $16 billion
          (?P<pre1>{prefix}){_SP}{{0,3}}(?P<n1>{num})(?P<s1>{scale})?
          (?:{sep}(?P<pre2>{prefix})?{_SP}{{0,3}}(?P<n2>{num})(?P<s2>{scale})?)?
        )
        |
        (?P<b>                                   # currency last: 8.3 billion dollars, 14-16 bn yuan
          (?P<n3>{num})(?P<s3>{scale})?
          (?:(?P<sepb>{_SP}{{0,3}}(?:[{dashes}]|(?i:{pair_words})(?![\w])){_SP}{{0,3}}{bare})(?P<n4>{num})(?P<s4>{scale})?)?
          (?P<post>{suffix})(?P<s5>{scale})?      # 75 USD million
        )
        """,
        re.VERBOSE,
    )
    prefix_lookup = {k.lower().replace(" ", ""): v for k, v in lex.prefix_currencies.items()}
    word_lookup = {c.lower(): c for c in lex.codes}
    word_lookup.update({k.lower(): v for k, v in lex.currency_words.items()})
    word_lookup.update({k.lower(): v for k, v in lex.qualified_currencies.items()})
    follow = _opt(lex.tail_followers, "|" + _SP + r"+(?:{})\b")
    tail = re.compile(
        rf"{_SP}{{1,3}}(?:{conj})?(?P<n>\d{{1,2}}|(?i:{words}))"
        rf"(?:{_SP}{{0,3}}(?i:{_alt(lex.tail_minor)}))?(?=[.,;!?]|{_SP}*${follow})"
    )
    sum_tail = re.compile(rf"{_SP}{{1,3}}(?P<n>{digits})(?P<s>{scale})") if "" in lex.sum_separators else None
    follows = [*long_scales, *_LETTER_SCALES, *pair_words_of(lex), *lex.currency_words, *lex.qualified_currencies,
               *lex.minor_units, *lex.codes, *_MILLION_CODES]
    after_number = _after_number(lex, follows, symbols + dashes + r"\$")
    lowered = _after_number_lowered(lex, follows, symbols + dashes + r"\$")
    return _Patterns(
        money, lex, prefix_lookup, word_lookup, dict(lex.minor_units), tail, sum_tail, after_number, lowered
    )


def pair_words_of(lex: Lexicon) -> tuple[str, ...]:
    """The words joining the two numbers of a pair ("to", "and"; the empty one is no word)."""
    return lex.range_separators + tuple(w for w in lex.sum_separators if w)


def _after_number(lex: Lexicon, words: list[str], signs: str) -> re.Pattern[str]:
    """A number in digits, then spaces, then what may follow it in an amount that starts with it
    (currency last: "5 billion dollars", "5-6 bn yuan", "5 USD", "5 $"): a sign or dash, or the
    beginning of a scale, pair, currency, minor-unit or code word, in any case: its letters up to
    the first character that is no letter, not followed by a word character where the word has
    none there (the money pattern ends each of these words so). An amount starting at a digit
    matches it there (a test checks it); most digits are no amount ("in 2023, …", "5.2%",
    "2023 exports", "500 tonnes"), and this small pattern tells so at ~1/10 the instructions of
    the money pattern (_matches on 1 MB of newsgen text: 131 -> 118 ms)."""
    return re.compile(_after_number_source(lex, words, signs, "(?i:"))


def _after_number_lowered(lex: Lexicon, words: list[str], signs: str) -> re.Pattern[str] | None:
    """``_after_number`` for plain text lower-cased (see ``plain_lower``): the words in lower case,
    not ignoring case (only whether it matches counts, so their order need not be kept). It matches
    where the other does, in half the time (9.3 -> 4.3 ms a MB of newsgen text); None where the
    words are not plain."""
    if plain_lower("".join(words)) is None:
        return None
    return re.compile(_after_number_source(lex, sorted({w.lower() for w in words}), signs, "(?:"))


def _after_number_source(lex: Lexicon, words: list[str], signs: str, group: str) -> str:
    """The source of ``_after_number``, its words in a group opened by ``group``."""
    whole, heads = set(), set()  # "bn", "dollar" (of "dollars" or "dollar*"): the first as a word
    for w in words:
        head = re.match(r"[^\W\d_]*", w)
        h = head.group(0) if head else ""
        if not h:
            heads.add(w[:1])
        elif re.match(r"[\w*]", w[len(h) :]):  # a stem ("доллар*") or a word going on ("mn2")
            heads.add(h)
        else:
            whole.add(h)
    begins = "|".join(
        part for part in (
            f"(?:{alternation(sorted(whole))})(?![\\w])" if whole else "",
            alternation(sorted(t for t in heads if t)) if any(heads) else "",
        ) if part
    )
    # every end of the number, tried from the shortest; no further than the longest number the
    # money pattern reads (66 characters: "12,34,56,78,90,12,34,567,890,123,456,789,012.", 20
    # decimals), else a run of digits and spaces ("1    1    1 …") is scanned to its end from each digit
    digits = rf"[\d.,{lex.thousands_spaces}]{{0,80}}?\d(?![\d])"
    return rf"{digits}{_SP}*(?:[{signs}]|{group}{begins}))"




@lru_cache(maxsize=8192)  # numbers recur ("1", "2.5"): ~1 -> 0.1 µs a call
def parse_number(text: str, lang: str = "en") -> float:
    """The value of a number written in digits or words.

    A comma followed by exactly three digits separates thousands; followed by one or two digits
    it is a decimal comma, as in European and Russian copy.

    >>> parse_number("8,300")
    8300.0
    >>> parse_number("748,8")
    748.8
    >>> parse_number("12,34,567.89")
    1234567.89
    >>> parse_number("8\u00a0300")
    8300.0
    >>> parse_number("ten and a half")
    10.5
    """
    t = text.strip()
    if t[:1].isdigit():
        lex = LEXICONS[lang]
        for s in lex.thousands_spaces:
            t = t.replace(s, "")
        if lex.decimal_comma:
            return float(t.replace(",", "."))  # "1,125 млрд" is 1.125 billion
        if "," in t and "." not in t and _DECIMAL_COMMA.fullmatch(t):
            t = t.replace(",", ".")  # decimal comma
        elif "," in t and _DECIMAL_COMMA.fullmatch(t.split(".")[0]) is None:
            t = t.replace(",", "")
        else:
            t = t.replace(",", ".")
        return float(t)
    return parse_number_words(t, lang)


def parse_number_words(text: str, lang: str = "en") -> float:
    """The value of a number written in words.

    Written by hand: text2num and number-parser both read "ten and a half billion" as
    "10 and a half 1000000000" and neither knows "half a billion" (tried 2026-11).

    >>> parse_number_words("eight")
    8.0
    >>> parse_number_words("half a")
    0.5
    >>> parse_number_words("two hundred and fifty")
    250.0
    >>> parse_number_words("three quarters")
    0.75
    >>> parse_number_words("twenty-five")
    25.0
    """
    lex = LEXICONS[lang]
    values = lex.number_words
    total = 0.0
    after_and = False
    for word in _WORD_SEPARATORS.split(text.lower()):
        if not word:
            continue
        if word in lex.number_conjunctions:
            after_and = True
            continue
        if word in lex.number_articles:
            continue
        v = float(values[word])
        if v < 1:  # half, quarter
            if total == 0:
                total = v
            elif after_and:
                total += v
            else:
                total *= v
        elif word in lex.number_multipliers:  # "two hundred", "a dozen"
            total = (total or 1.0) * v
        else:
            total += v
        after_and = False
    return total


_EXPONENTS = {10.0**k: k for k in range(13)}  # every scale word is a power of ten (thousand … trillion)


@lru_cache(maxsize=8192)  # few distinct products: ~2 -> 0.1 µs a call
def _times(value: float, scale: float, divisor: float = 1.0) -> float:
    """value × scale ÷ divisor in decimal, so 8.3 × 1e9 is 8300000000.0, not …000001.

    >>> _times(8.3, 1e9), _times(0.1, 1e3), _times(7.4, 1e6, 100)
    (8300000000.0, 100.0, 74000.0)
    """
    k = _EXPONENTS.get(scale)
    if k is not None and divisor == 1.0:
        r = repr(value)
        if "e" not in r and "n" not in r:  # not 1e+16, inf, nan
            return float(f"{r}e{k}")  # the decimal product, rounded once: what Decimal gives, 3x faster
    return float(Decimal(repr(value)) * Decimal(repr(scale)) / Decimal(repr(divisor)))


# the one-letter scales the money pattern reads attached to a number in any language ("$5m", "$8b")
_LETTER_SCALES = {"k": 1e3, "m": 1e6, "b": 1e9, "t": 1e12}


def _scale(word: str | None, lex: Lexicon) -> float:
    if not word:
        return 1.0
    w = _SPACES.sub("", word).lower().lstrip("-")  # "R21.6-billion"
    if w in lex.scales:
        return float(lex.scales[w])
    if w in _LETTER_SCALES:
        return _LETTER_SCALES[w]
    return float({k.replace(" ", ""): v for k, v in lex.scales.items()}[w])  # "lakh crore"


def _currency(m: re.Match[str], pats: _Patterns, text: str) -> tuple[str, float]:
    """ISO code and divisor (100 for cents) of a match."""
    return _currency_of(m.group("pre1"), m.group("post"), pats)


@lru_cache(maxsize=4096)  # a few marks recur ("$", "млрд долларов"): ~3 -> 0.2 µs a call
def _currency_of(pre: str | None, post: str | None, pats: _Patterns) -> tuple[str, float]:
    if pre is not None:
        if _MILLION_CODE.fullmatch(pre) and pre[1:] in pats.lexicon.codes:
            return pre[1:], 1e-6
        key = _SPACES.sub("", pre).lower()
        if key.endswith("$") and len(key) > 1:
            return pats.prefix_lookup.get(key, "USD"), 1.0  # "C$", "HK$"; any other dollar is the US one
        if key in pats.prefix_lookup:
            return pats.prefix_lookup[key], 1.0
        return key.upper(), 1.0
    post = _LEADING_SEPARATORS.sub("", post or "")
    if _MILLION_CODE.fullmatch(post) and post[1:] in pats.lexicon.codes:
        return post[1:], 1e-6
    key = _SPACES.sub(" ", post).lower()
    if key in pats.minor_lookup:
        code, div = pats.minor_lookup[key]
        return code, div
    if key in pats.prefix_lookup:
        return pats.prefix_lookup[key], 1.0
    if key in pats.word_lookup:
        return pats.word_lookup[key], 1.0
    # "US dollars" → "us dollar"
    qual, _, base = key.rpartition(" ")
    for cand in (f"{qual} {base.rstrip('s')}", f"{qual} {base}"):
        if cand in pats.word_lookup:
            return pats.word_lookup[cand], 1.0
    return pats.word_lookup.get(base, base.upper()), 1.0


# Anchors: every amount written with digits holds a digit or a currency sign. A pattern that starts
# with a character class runs at ~50M chars/s (re skips ahead to the class), where the full money
# pattern, tried at every position, runs at ~1.3M (measured on benchmarks/newsgen.py text), so the
# full pattern is only tried where an anchor is.
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
# Runs of three or more capitals, where a code ("USD", "MUSD") may start: a class first, so fast.
_CAPITALS = re.compile(r"[A-Z][A-Z][A-Z]+")
_LOWER_ASCII = frozenset("abcdefghijklmnopqrstuvwxyz")
_WORD = re.compile(r"(?<![^\W_])[^\W\d_]+")  # a run of letters with no letter or digit before it


@cache
def _touching_pattern(lang: str) -> re.Pattern[str] | None:
    """The abbreviations that may touch a number ("Rs"): literal, which re finds as fast as str.find."""
    words = LEXICONS[lang].touching_prefixes
    return re.compile("|".join(re.escape(w) for w in words)) if words else None


@cache
def _anchor_pattern(lang: str, ascii_digits: bool = False) -> re.Pattern[str]:
    """A currency sign, or a run of digits (one anchor: its first digit); a one-letter mark ("R5bn")
    is found as a touching prefix, by its digit. With ``ascii_digits``, for a text whose digits are
    all ASCII: the same matches, found ~2x faster ([0-9] is a bitmap test, \\d a Unicode look-up
    per character: 57 -> 27 ms on 2 MB of benchmarks/newsgen.py text)."""
    symbols = "".join(
        re.escape(s) for s in LEXICONS[lang].prefix_currencies if len(s) == 1 and not (s.isascii() and s.isalpha())
    )
    if ascii_digits:
        return re.compile(rf"[0-9{symbols}](?:(?<=[0-9])[0-9.,]*)?")
    return re.compile(rf"[\d{symbols}](?:(?<=\d)[\d.,]*)?")


_DIGIT = re.compile(r"\d")
# the characters of _SP, a space inside an amount
_SP_CHARS = frozenset(" \t\f\v\n\r\u00a0\u202f\u2009" + _INVISIBLE)


@cache
def _signs(lang: str) -> frozenset[str]:
    """The signs that are anchors (see _anchor_pattern)."""
    signs = LEXICONS[lang].prefix_currencies
    return frozenset(s for s in signs if len(s) == 1 and not (s.isascii() and s.isalpha()))


def _lone_sign(text: str, p: int) -> bool:
    """Whether the sign at ``p`` can be in no amount. An amount holds a sign as the mark before its
    number ("$ 5", "US$5": a letter or digit follows, past at most three spaces) or after it ("5 $",
    "five $": a letter, a digit or an abbreviation's full stop comes before), so a sign with
    neither ("$$$", "($)") is passed over without trying the money pattern there ("$" * 400,000:
    4.3 -> 0.5 s)."""
    n, q = len(text), p + 1
    while q < n and q - p <= 7 and text[q] in _SP_CHARS:
        q += 1
    if q < n and (text[q].isalnum() or text[q] in _SP_CHARS):
        return False
    q = p - 1
    while q >= 0 and p - q <= 7 and text[q] in _SP_CHARS:
        q -= 1
    return not (q >= 0 and (text[q].isalnum() or text[q] == "." or text[q] in _SP_CHARS))


def _ascii_digits(text: str) -> bool:
    """Whether every digit (\\d: Unicode category Nd) in ``text`` is an ASCII one: looked for
    among the characters past ASCII only, from the UTF-8 bytes."""
    if text.isascii():
        return True
    others = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
    return _DIGIT.search(others) is None


def _code_starts(text: str, codes: frozenset[str]) -> list[int]:
    """Where a currency code starts ("USD", or "MUSD" for millions): codes are anchors too, for
    "USD eight billion". The same places as ``(?<![A-Za-z])M?(?:codes)(?![a-z])``."""
    out = []
    n = len(text)
    for m in _CAPITALS.finditer(text):
        s, e = m.span()  # a whole run: no capital before it
        if s and text[s - 1] in _LOWER_ASCII:
            continue
        run = m.group()
        for code_end, code in ((s + 3, run[:3]), (s + 4, run[1:4] if run[0] == "M" else "")):
            if code in codes and (code_end < e or code_end == n or text[code_end] not in _LOWER_ASCII):
                out.append(s)
                break
    return out


@cache
def _words_tail(lang: str) -> re.Pattern[str]:
    """Number words (and a scale word) ending just before a currency or scale mark."""
    lex = LEXICONS[lang]
    sep = rf"(?:{_SP}|-)+"
    first = _alt(lex.number_words)
    nw = _alt([*lex.number_words, *lex.number_conjunctions])
    return re.compile(
        rf"(?i)(?<![^\W\d_])(?:{first})(?:{sep}(?:{nw}))*(?:{sep}(?:{_alt(lex.scales)}))?(?:{sep})?$"
    )


_SEP_CHARS = frozenset(" \t\f\v\n\r\u00a0\u202f\u2009-" + _INVISIBLE)


def _number_word_before(low: str, j: int, lex: Lexicon) -> bool:
    """Whether a number word ends just before ``j``, or before a scale word there: a cheap test
    that spares the words-tail search at the many marks a digit or a plain word precedes
    ("7,3 млрд долларов", "per cent", "the euro")."""
    for _ in range(2):
        k = j
        while k > 0 and low[k - 1] in _SEP_CHARS:
            k -= 1
        w = k
        while w > 0 and low[w - 1].isalpha():
            w -= 1
        word = low[w:k]
        if word in lex.number_words or word in lex.number_conjunctions:  # the words the tail may end with
            return True
        if word not in lex.scales:
            return False
        j = w
    return False


def _word_starts(text: str, lang: str, low: str | None = None) -> list[int]:
    """Where an amount written in words may start: the first number word before a mark; ``low``
    is ``text.lower()`` if the caller has it (the document's ``plain_lower``)."""
    if low is None:
        low = text.lower()
    if len(low) != len(text):  # a few letters lower to two ("İ"); keep offsets: lower ASCII only
        low = text.translate(_ASCII_LOWER)
    tail = _words_tail(lang)
    starts = set()
    # Amounts written in words ("eight billion dollars", "двух триллионов рублей") hold one of the
    # lexicon's marks; str.find on them costs ~1 ms per MB each, far less than a regex
    # alternation of all number words.
    lex = LEXICONS[lang]
    for mark in lex.word_amount_marks:
        i = low.find(mark)
        while i != -1:
            if lex.word_amount_marks_start_words and i and low[i - 1].isalpha():
                i = low.find(mark, i + 1)
                continue  # "клиент" holds "иен" but names no yen
            j = i
            while j > 0 and low[j - 1].isalpha():
                j -= 1  # back to the start of the word holding the mark
            if not _number_word_before(low, j, lex):
                i = low.find(mark, i + 1)
                continue
            lo = max(0, j - 80)
            m = tail.search(low, lo, j)
            if m is not None:
                starts.add(m.start())
            i = low.find(mark, i + 1)
    return sorted(starts)


@cache
def _codes(lang: str) -> frozenset[str]:
    return frozenset(LEXICONS[lang].codes)


@cache
def _lead_words(lang: str) -> frozenset[str]:
    """Words that may stand in an amount just before its first digit: codes written in lower case
    ("usd 5"), "Rs", number words and scales ("five to 6 billion"), range and sum words."""
    lex = LEXICONS[lang]
    words = [*lex.number_words, *lex.scales, *lex.range_separators, *lex.sum_separators,
             *lex.number_conjunctions, *lex.number_articles, *lex.lower_case_codes, *lex.touching_prefixes]
    return frozenset(part for w in words for part in re.split(r"[\s.-]+", w.lower()) if part)


@cache
def _start_words(lang: str) -> frozenset[str]:
    """Words an amount may start with, before a sign or code: the lead words, the letters of the
    dollar marks ("US$", "U.S. $", "hk $", "C$", "MEX$") and every code, in lower case."""
    lex = LEXICONS[lang]
    marks = [
        part
        for w in (*lex.dollar_marks, *lex.dollar_marks_cased, *lex.dollar_marks_attached)
        for part in re.split(r"[\s.]+", w.lower())
        if part
    ]
    codes = [c.lower() for c in _codes(lang)]
    symbols = [c for c in lex.prefix_currencies if len(c) == 1]  # "元" is a letter too
    return _lead_words(lang) | {*marks, *codes, *("m" + c for c in codes), *symbols}


_LEAD_GAP = frozenset(" \t\f\v\n\r\u00a0\u202f\u2009." + _DASHES + _INVISIBLE)


def _may_lead(text: str, p: int, last_end: int, lead: frozenset[str]) -> bool:
    """Whether a match may start before the digit at ``p``: only when the word before it (past
    spaces, dashes and dots) is a lead word, or a letter touches the digit ("USD115", "Rs5")."""
    k = p
    while k > last_end and text[k - 1] in _LEAD_GAP:
        k -= 1
    if k == p:
        return k > last_end and text[k - 1].isalpha()
    w = k
    while w > last_end and text[w - 1].isalpha():
        w -= 1
    return w < k and text[w:k].lower() in lead


def _matches(
    text: str, pats: _Patterns, lang: str, missed: list[int] | None = None, low: str | None = None
) -> Iterator[re.Match[str]]:
    """The money pattern's matches, in order and not overlapping, tried only at anchors; the
    digits where no match starts are added to ``missed`` when it is given; ``low`` is
    ``plain_lower(text)`` if the caller has it (None: the text is not plain).

    Gives exactly what ``pats.money.finditer(text)`` gives (a test checks it), ~5x faster.
    """
    money = pats.money
    match = money.match
    after_number, after_in = pats.after_number.match, text
    if low is not None and pats.after_number_lowered is not None:
        after_number, after_in = pats.after_number_lowered.match, low  # half the time, see _after_number_lowered
    lead = _lead_words(lang)
    starts = _start_words(lang)
    signs = _signs(lang)
    candidates = [a.start() for a in _anchor_pattern(lang, _ascii_digits(text)).finditer(text)]
    extra = _code_starts(text, _codes(lang)) + _word_starts(text, lang, low)
    # "Rs five lakh": no digit, no code; a literal pattern, which re finds as fast as str.find
    touching = _touching_pattern(lang)
    if touching is not None:
        extra.extend(i for i in (m.start() for m in touching.finditer(text)) if not (i and text[i - 1].isalnum()))
    if extra:
        candidates = sorted({*candidates, *extra})
    last_end = 0
    for p in candidates:
        if p < last_end:
            continue
        if text[p].isdigit() and not _may_lead(text, p, last_end, lead):
            # most digits follow a plain word ("in 2019"): no earlier start to try
            may = after_number(after_in, p)
            m = match(text, p) if may else None
            if m is not None:
                last_end = m.end()
                yield m
            elif may and missed is not None:  # a scale may follow ("13 bn"): see _carried
                missed.append(p)
            continue
        if text[p] in signs and _lone_sign(text, p):
            continue
        # a match holding p starts at most a prefix ("U.S. $ ", "USD ", "hk $") before it: try
        # those word starts, leftmost first, as finditer would
        # (signs and digits before p are anchors of their own, already tried: only letters remain)
        tries = [w.start() for w in _WORD.finditer(text, max(last_end, p - 12), p) if w.group().lower() in starts]
        tries.append(p)
        k = p
        while k > last_end and text[k - 1] in _SIGN_GAP:
            k -= 1
        # number words before a sign ("ten $") end in a letter: only then look further left
        if not text[p].isalnum() and k > last_end and text[k - 1].isalpha():
            t = _words_tail(lang).search(text, max(last_end, p - 80), p)
            if t is not None and t.start() < tries[0]:
                tries.insert(0, t.start())
        for start in tries:
            m = money.match(text, start)
            if m is not None and m.end() > p:
                last_end = m.end()
                yield m
                break
        else:
            if missed is not None and text[p].isdigit():
                missed.append(p)


def _sum_rest(pats: _Patterns, text: str, end: int, scale: float, lang: str) -> tuple[float, float, int] | None:
    """The number, scale and end of the rest of a sum after ``end`` ("… 486,2 млн"), in a smaller
    scale than the first part's, where the language writes sums with no word between."""
    m = pats.sum_tail.match(text, end) if pats.sum_tail is not None else None
    if m is None:
        return None
    try:
        number, rest_scale = parse_number(m.group("n"), lang), _scale(m.group("s"), pats.lexicon)
    except (KeyError, ValueError):
        return None
    return (number, rest_scale, m.end()) if rest_scale < scale else None


@cache
def _bare_pattern(lang: str) -> re.Pattern[str]:
    """A number with a scale word and no currency ("13 bn", "27,03 миллиарда"), and the word
    after it, if any."""
    lex = LEXICONS[lang]
    scales = _alt([s for s in lex.scales if len(s) > 1 and lex.scales[s] >= 1e6], _DOT_END)
    return re.compile(
        rf"(?<![\w.,$€£¥])(?P<n>\d{{1,4}}(?:[.,]\d{{1,4}})?){_SP}{{0,2}}(?P<s>(?i:{scales}))(?![\w])"
        rf"(?P<after>{_SP}*[^\W\d_]+)?"
    )


def _carried(text: str, lang: str, amounts: list[Amount], missed: list[int]) -> list[Amount]:
    """The numbers with a scale word and no currency that take the currency of the amount before
    them in their paragraph ("rose to 21 billion euro in 2009 compared with 13 bn in 2000"), when
    nothing after them names what they count; ``amounts`` are the amounts found, in text order,
    and ``missed`` the digits where no amount starts (tried there only: a scan of the whole text
    cost ~3% of extract_many on benchmarks/newsgen.py text)."""
    if not amounts or not missed:
        return []
    lex, starts = LEXICONS[lang], [a.start for a in amounts]
    followers = frozenset(lex.bare_amount_followers)
    bare = _bare_pattern(lang)
    out = []
    for p in missed:
        if p < amounts[0].end or (m := bare.match(text, p)) is None:
            continue
        after = m.group("after")
        if after is not None and after.strip().lower() not in followers:
            continue  # "1.4 billion people"
        k = bisect_right(starts, m.start()) - 1
        if k < 0 or amounts[k].end > m.start():
            continue
        while k > 0 and "(" in text[max(0, amounts[k].start - 10) : amounts[k].start]:
            k -= 1  # "71,9 млрд юаней (около 10 млрд долларов США)": a conversion, not the currency in use
        if "\n\n" in text[amounts[k].end : m.start()]:
            continue
        try:
            value = parse_number(m.group("n"), lang) * _scale(m.group("s"), lex)
        except (KeyError, ValueError):
            continue
        end = m.end("s")
        out.append(Amount(m.start(), end, value, value, amounts[k].currency, quote=text[m.start() : end]))
    return out


@cache
def _percent_after(lang: str) -> re.Pattern[str]:
    """A percent sign or word just after an amount: "USD 5%", "USD 5 per cent"."""
    words = alternation(LEXICONS[lang].percent_words, space=r"\s?")
    return re.compile(rf"[\s\u00a0]{{0,2}}(?:%|(?:{words})\b)" if words else r"[\s\u00a0]{0,2}%", re.IGNORECASE)


_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")


@cache
def _year_word(lang: str) -> re.Pattern[str] | None:
    words = LEXICONS[lang].year_prepositions
    return re.compile(rf"(?i)(?<![\w])(?:{'|'.join(map(re.escape, words))})\s+$") if words else None


def _after_year_word(text: str, at: int, lang: str) -> bool:
    """Whether the number at ``at`` follows a word that makes it a year ("in 1993 to 436 million")."""
    pattern = _year_word(lang)
    return pattern is not None and pattern.search(text, max(0, at - 10), at) is not None


def money_matches(text: str, lang: str = "en") -> Iterator[re.Match[str]]:
    """The money pattern's raw matches in ``text``, before any is read as an amount (for
    :func:`tradefigures.explain`, to list those set aside)."""
    return _matches(text, _patterns(lang), lang)


def find_amounts(text: str, lang: str = "en", lowered: str | None = None) -> list[Amount]:
    """Every money amount in ``text``, in order, with spans into ``text``; ``lowered`` is
    ``plain_lower(text)`` if the caller has it (spares lower-casing the text again; None: the text
    is not plain)."""
    pats = _patterns(lang)
    lex = pats.lexicon
    out: list[Amount] = []
    skip_until = -1
    percent_after = _percent_after(lang)
    missed: list[int] | None = [] if lex.bare_amount_followers else None
    for m in _matches(text, pats, lang, missed, lowered):
        if m.start() < skip_until:
            continue
        if percent_after.match(text, m.end()):
            continue  # "USD 5%" is a share, not money
        form_a = m.group("a") is not None
        pre = m.group("pre1") if form_a else None
        if pre in lex.attached_prefixes and not text[m.end("pre1") : m.end("pre1") + 1].isdigit():
            continue  # "SR 2 road": an abbreviation read as money only against its number
        if pre is not None and len(pre) == 1 and pre.isalpha() and not m.group("s1"):
            continue  # "N95", "R2": a one-letter mark ("N642.8 billion", "R6.3bn") only with its scale
        n1, s1, n2, s2 = ("n1", "s1", "n2", "s2") if form_a else ("n3", "s3", "n4", "s4")
        sep_group = "sep" if form_a else "sepb"
        try:
            v1 = parse_number(m.group(n1), lang)
            scale1 = _scale(m.group(s1) or (None if form_a else m.group("s5")), lex)
            currency, divisor = _currency(m, pats, text)
        except (KeyError, ValueError):
            continue
        start, end = m.span()
        if m.group(n2) is None:
            value = _times(v1, scale1, divisor)
            rest = _sum_rest(pats, text, end, scale1, lang) if form_a and m.group(s1) else None
            if rest is not None:  # "$1 млрд 486,2 млн": one sum with no word between
                value += _times(rest[0], rest[1], divisor)
                end = skip_until = rest[2]
            t = (
                pats.tail.match(text, end)
                if scale1 == 1 and float(v1).is_integer() and divisor == 1
                else None
            )
            if t is not None:  # "3 dollars 50 cents", "15 USD 50": the minor unit follows
                value += parse_number(t.group("n"), lang) / 100
                end = skip_until = t.end()
            out.append(Amount(start, end, value, value, currency, quote=text[start:end]))
            continue
        try:
            v2 = parse_number(m.group(n2), lang)
        except (KeyError, ValueError):
            continue
        try:
            scale2 = _scale(m.group(s2), lex)
        except KeyError:
            continue
        sep_word = m.group(sep_group).strip().lower()
        first_end = m.end(s1) if m.group(s1) is not None else m.end(n1)
        if (
            sep_word in lex.sum_separators
            and m.group(s1)
            and m.group(s2)
            and scale2 < scale1
            and not (form_a and m.group("pre2"))
        ):  # "1 billion and 750 million USD" is one sum
            value = _times(v1, scale1, divisor) + _times(v2, scale2, divisor)
            out.append(Amount(start, end, value, value, currency, quote=text[start:end]))
            continue
        if not sep_word:  # two amounts side by side that are not one sum: keep the first
            low = _times(v1, scale1, divisor)
            out.append(Amount(start, first_end, low, low, currency, quote=text[start:first_end]))
            continue
        if not form_a and m.group(s1) is None and _YEAR_LIKE.fullmatch(m.group(n1)) and (
            v1 > 10 * v2 or _after_year_word(text, m.start(n1), lang)
        ):
            # "grew from 556.3 billion yuan in 2013 to 1.74 trillion yuan": a year, then the amount
            second = m.start(n2)
            value = _times(v2, scale2, divisor)
            out.append(Amount(second, end, value, value, currency, quote=text[second:end]))
            continue
        if m.group(s1) is None and v1 <= 10 * v2:
            scale1 = scale2  # "$14 to $16 billion": the scale word serves both numbers
        low, high = _times(v1, scale1, divisor), _times(v2, scale2, divisor)
        second_start = m.start("pre2") if form_a and m.group("pre2") else m.start(n2)
        if high < low and form_a and not m.group("pre2"):
            # "$200 million to 300 companies": the second number is not money
            out.append(Amount(start, first_end, low, low, currency, quote=text[start:first_end]))
            continue
        # a pair falling in value ("from €26.1bn to €24.3bn", "$8.9bn and $4.8bn") is two amounts, never a range
        out.append(
            Amount(
                start,
                end,
                low,
                high,
                currency,
                sep=sep_word or "-",
                first_end=first_end,
                second_start=second_start,
                second_low=high,
                quote=text[start:end],
            )
        )
    carried = _carried(text, lang, out, missed) if missed else []
    return sorted([*out, *carried], key=lambda a: a.start) if carried else out
