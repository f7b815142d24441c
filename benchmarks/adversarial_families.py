"""Families of hostile inputs for the timing benchmarks: each a function ``n_chars -> str``.

``FAMILIES`` holds the families of ``adversarial.py`` and newer ones (near-miss amounts, nested
ranges, number-word runs, many periods, HTML-like markup, NUL-laden text, invisible characters).
Every family returns exactly ``n_chars`` characters and is deterministic: the same ``n`` gives
the same string, so timings at 1x, 2x, 4x, 8x compare like with like.

>>> all(len(make(1_000)) == 1_000 for make in FAMILIES.values())
True
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from itertools import count

__all__ = ["FAMILIES", "NEW_FAMILIES", "ORIGINAL_FAMILIES"]


def _repeat(unit: str, n: int) -> str:
    """``unit`` repeated to exactly ``n`` characters."""
    if n <= 0:
        return ""
    return (unit * (n // len(unit) + 1))[:n]


def _join(parts: Iterator[str], n: int, sep: str = " ") -> str:
    """Parts joined with ``sep`` until there are ``n`` characters, cut to exactly ``n``."""
    out: list[str] = []
    size = 0
    for p in parts:
        if size >= n:
            break
        out.append(p)
        size += len(p) + len(sep)
    return sep.join(out)[:n].ljust(n)


# --- the families of adversarial.py -------------------------------------------------------------


def long_digit_run(n: int) -> str:
    return "1" * n


def digits_with_commas(n: int) -> str:
    return _repeat("1,", n)


def thousands_of_dollar_signs(n: int) -> str:
    return "$" * n


def dollar_and_digits(n: int) -> str:
    return _repeat("$1 ", n)


def repeated_scale_words(n: int) -> str:
    return _repeat("billion ", n)


def number_words_no_currency(n: int) -> str:
    return _repeat("one ", n)


def no_spaces(n: int) -> str:
    return "a" * n


def amounts_without_end(n: int) -> str:
    return _repeat("$8.3 billion and ", n)


def ranges_chained(n: int) -> str:
    return _repeat("$1 to $2 to ", n)


def years_and_months(n: int) -> str:
    return _repeat("January 2024 H1 2023 Q3 ", n)


def trade_sentence(n: int) -> str:
    return _repeat("In the first half of 2024, trade between Russia and Armenia exceeded $8.3 billion. ", n)


ORIGINAL_FAMILIES: dict[str, Callable[[int], str]] = {
    "long digit run": long_digit_run,
    "digits with commas": digits_with_commas,
    "thousands of $": thousands_of_dollar_signs,
    "$ and digits": dollar_and_digits,
    "repeated scale words": repeated_scale_words,
    "number words, no currency": number_words_no_currency,
    "no spaces": no_spaces,
    "amounts without end": amounts_without_end,
    "ranges chained": ranges_chained,
    "years and months": years_and_months,
    "trade sentence": trade_sentence,
}

# --- new families -------------------------------------------------------------------------------

_NEAR_MISS_PIECES = [
    "$", "US$", "€", "£", "¥", "₽", "₹", "USD", "EUR", "RUB", "dollars", "rubles", "yuan",
    "billion", "billon", "bn", "mln", "m", "trillion", "тыс", "млрд",
    ",", ".", " ", "\u00a0", "\u202f", "\u2009", "-", "–", "—", "−", "to", "and", "between",
    "one", "ten", "half", "a", "\u00ad", "\u200b", "８", "３", "“", "”", "trade", "exports", "in 2023",
]  # fmt: skip


def near_miss_amounts(n: int) -> str:
    """Pieces of amounts (signs, digits, separators, scale words, dashes, invisibles) in a seeded
    random order: almost-amounts everywhere, in sentences of about 200 characters."""
    rnd = random.Random(n)

    def parts() -> Iterator[str]:
        for i in count(1):
            k = rnd.randint(1, 6)
            piece = "".join(rnd.choice(_NEAR_MISS_PIECES) if rnd.random() < 0.6 else str(rnd.randint(0, 10**6))
                            for _ in range(k))
            yield piece + (". " if i % 25 == 0 else "")

    return _join(parts(), n)


def nested_ranges(n: int) -> str:
    """"$1 to $2 to $3 …" with growing numbers, never a sentence end."""
    return _join((f"${i} to" for i in count(1)), n)


def number_word_runs(n: int) -> str:
    """"one and one and …" ending in a currency word far away."""
    tail = "one dollars"
    if n < len(tail):
        return _repeat("one and ", n)
    body = "one and " * ((n - len(tail)) // len("one and "))
    return body.ljust(n - len(tail)) + tail


def many_periods(n: int) -> str:
    """"H1 2024 Q3 2023 …": period words with one amount per ~1,000 characters."""

    def parts() -> Iterator[str]:
        for i in count():
            year = 2000 + i % 30
            yield f"H{i % 2 + 1} {year} Q{i % 4 + 1} {year - 1} {('first half of', 'January–March', 'FY')[i % 3]}"
            if i % 50 == 49:
                yield "trade $1 billion"

    return _join(parts(), n)


def html_like(n: int) -> str:
    """``"<p>$1</p>" * n``, with attributes and entities now and then."""

    def parts() -> Iterator[str]:
        for i in count(1):
            if i % 7 == 0:
                yield f'<td class="x" data-v="${i}">&nbsp;${i}&#160;bn</td>'
            else:
                yield f"<p>${i}</p>"

    return _join(parts(), n, sep="")


def nul_laden(n: int) -> str:
    """A trade sentence with NUL characters between the words and inside the amounts."""
    return _repeat("In\x00 2023\x00 trade\x00 reached\x00 $8\x00.3\x00 billion\x00.\x00 \x00$\x00 5 bn\x00 ", n)


def invisible_separators(n: int) -> str:
    """Amounts whose digits are grouped by no-break, narrow and thin spaces, soft hyphens and
    zero-width spaces, with full-width digits and smart quotes."""
    return _repeat(
        "“$1\u00a0250\u202f000\u2009000” \u00adUS$\u200b8.3\u00adbn ８.３ billion dollars €1\u2009000,5 ", n
    )


def no_sentence_end_many_amounts(n: int) -> str:
    """Many amounts in one endless sentence: each figure's sentence is the whole text."""
    return _join((f"exports ${i % 97 + 1}.5 billion," for i in count()), n)


def digits_between_space_runs(n: int) -> str:
    """"1" and four no-break spaces, over and over: each digit starts a number that a pattern
    scanning digits and spaces could follow to the end of the text (issue 13: 9 s for 10k characters)."""
    return _repeat("1\u00a0\u00a0\u00a0\u00a0", n)


NEW_FAMILIES: dict[str, Callable[[int], str]] = {
    "near-miss amounts": near_miss_amounts,
    "nested ranges": nested_ranges,
    "number-word runs": number_word_runs,
    "many periods": many_periods,
    "HTML-like": html_like,
    "NUL-laden": nul_laden,
    "invisible separators": invisible_separators,
    "one endless sentence": no_sentence_end_many_amounts,
    "digits between space runs": digits_between_space_runs,
}

FAMILIES: dict[str, Callable[[int], str]] = {**ORIGINAL_FAMILIES, **NEW_FAMILIES}


if __name__ == "__main__":
    for name, make in FAMILIES.items():
        print(f"{name:28} {make(80)!r}")
