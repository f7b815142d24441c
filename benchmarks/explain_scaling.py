"""Time explain() against extract() on texts of growing size: both must grow linearly.

Run: python benchmarks/explain_scaling.py [--sizes 50000 200000 1000000] [--repeat 3] [--text NAME ...]

For each text and size prints the median time of extract() (with ``include_other``, so that both
read every amount) and of explain() on the same text, their ratio, and how each grew against the
smallest size (linear: as the size). The texts are news-like copy from benchmarks/newsgen.py
("news", seed 0) and the hostile families of benchmarks/adversarial_families.py by name.
explain() reads the text with extract()'s stages, then looks for the candidates they set aside:
its ratio to extract() should stay about constant.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from adversarial_families import FAMILIES
from newsgen import generate
from tradefigures import explain, extract

TEXTS: dict[str, Callable[[int], str]] = {"news": lambda n: generate(n, seed=0), **FAMILIES}


def _median(work: Callable[[], object], repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        work()
        runs.append(time.perf_counter() - t0)
    return statistics.median(runs)


def _rows(name: str, sizes: list[int], repeat: int) -> None:
    first: tuple[float, float] | None = None
    for n in sizes:
        text = TEXTS[name](n)
        t_extract = _median(lambda t=text: extract(t, published="2024-11-25", include_other=True), repeat)
        t_explain = _median(lambda t=text: explain(t, published="2024-11-25"), repeat)
        first = first or (t_extract, t_explain)
        print(f"{name:16} {n:>9} {t_extract:12.3f} {t_explain:12.3f} {t_explain / t_extract:9.2f} "
              f"{t_extract / first[0]:9.1f} {t_explain / first[1]:9.1f}", flush=True)  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[50_000, 200_000, 1_000_000])
    parser.add_argument("--repeat", type=int, default=3, help="runs per size and function; the median is shown")
    parser.add_argument(
        "--text", nargs="+", choices=list(TEXTS), default=["news", "$ and digits", "long digit run"]
    )
    args = parser.parse_args()
    explain("Exports reached $5 billion in 2023.", published="2024-11-25")  # imports and caches, not timed
    print(f"{'text':16} {'chars':>9} {'extract (s)':>12} {'explain (s)':>12} {'ratio':>9} "
          f"{'extract×':>9} {'explain×':>9}")  # fmt: skip
    for name in args.text:
        _rows(name, args.sizes, args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
