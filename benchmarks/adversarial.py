"""Time extract() on hostile inputs at 1x, 2x and 4x size: the time must grow linearly.

Run: python benchmarks/adversarial.py [--base-chars N] [--repeat R]

For each family, prints the median time per size and the ratio to the 1x time; a linear
extractor shows ratios near 2 and 4. A family whose 4x ratio passes 6 is flagged.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

from tradefigures import extract

FAMILIES: dict[str, Callable[[int], str]] = {
    "long digit run": lambda n: "1" * n,
    "digits with commas": lambda n: ("1," * (n // 2))[:n],
    "thousands of $": lambda n: "$" * n,
    "$ and digits": lambda n: ("$1 " * (n // 3))[:n],
    "repeated scale words": lambda n: ("billion " * (n // 8))[:n],
    "number words, no currency": lambda n: ("one " * (n // 4))[:n],
    "no spaces": lambda n: "a" * n,
    "amounts without end": lambda n: ("$8.3 billion and " * (n // 17))[:n],
    "ranges chained": lambda n: ("$1 to $2 to " * (n // 12))[:n],
    "years and months": lambda n: ("January 2024 H1 2023 Q3 " * (n // 25))[:n],
    "trade sentence": lambda n: (
        "In the first half of 2024, trade between Russia and Armenia exceeded $8.3 billion. "
        * (n // 84)
    )[:n],
}


def _time(text: str, repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        extract(text, published="2024-11-25", include_other=True)
        runs.append(time.perf_counter() - t0)
    return statistics.median(runs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-chars", type=int, default=100_000, help="size of the 1x input")
    parser.add_argument("--repeat", type=int, default=3, help="runs per size; the median is shown")
    args = parser.parse_args()
    n = args.base_chars
    print(f"{'family':28} {'1x (s)':>9} {'2x (s)':>9} {'4x (s)':>9} {'2x/1x':>6} {'4x/1x':>6}")
    worst = 0.0
    for name, make in FAMILIES.items():
        times = [_time(make(n * k), args.repeat) for k in (1, 2, 4)]
        r2, r4 = times[1] / times[0], times[2] / times[0]
        worst = max(worst, r4)
        flag = "  <- not linear" if r4 > 6 else ""
        print(
            f"{name:28} {times[0]:9.4f} {times[1]:9.4f} {times[2]:9.4f} {r2:6.2f} {r4:6.2f}{flag}"
        )
    print(f"\n1x = {n:,} characters; median of {args.repeat} runs; worst 4x/1x ratio {worst:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
