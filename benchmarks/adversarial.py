"""Time extract() on hostile inputs at 1x, 2x, 4x and 8x size: the time must grow linearly.

Run: python benchmarks/adversarial.py [--base-chars N] [--repeat R]

For each family of benchmarks/adversarial_families.py, prints the median time per size, the ratio
of the 8x time to the 1x time (linear: about 8), and the peak memory that tracemalloc sees for the
8x input divided by the input's size. A family whose 8x ratio passes 12 is flagged.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from adversarial_families import FAMILIES
from tradefigures import extract

SIZES = (1, 2, 4, 8)


def _time(text: str, repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        extract(text, published="2024-11-25", include_other=True)
        runs.append(time.perf_counter() - t0)
    return statistics.median(runs)


def _peak_bytes(text: str) -> int:
    tracemalloc.start()
    extract(text, published="2024-11-25", include_other=True)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--base-chars", type=int, default=50_000, help="size of the 1x input")
    parser.add_argument("--repeat", type=int, default=3, help="runs per size; the median is shown")
    args = parser.parse_args()
    n = args.base_chars
    head = "".join(f"{f'{k}x (s)':>9}" for k in SIZES)
    print(f"{'family':32} {head} {'8x/1x':>6} {'mem/char':>9}")
    worst = 0.0
    for name, make in FAMILIES.items():
        times = [_time(make(n * k), args.repeat) for k in SIZES]
        ratio = times[-1] / max(times[0], 1e-9)
        worst = max(worst, ratio)
        mem = _peak_bytes(make(n * SIZES[-1])) / (n * SIZES[-1])
        flag = "  <- not linear" if ratio > 12 else ""
        cols = "".join(f"{t:9.4f}" for t in times)
        print(f"{name:32} {cols} {ratio:6.2f} {mem:8.1f}B{flag}")
    print(
        f"\n1x = {n:,} characters; median of {args.repeat} runs; worst 8x/1x ratio {worst:.2f} "
        "(linear is 8); mem/char = tracemalloc peak at 8x / characters"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
