"""A/B speed of ``extract_many``: this working tree against another revision, in one process.

    .venv/bin/python benchmarks/compare.py                 # against HEAD
    .venv/bin/python benchmarks/compare.py --base main~3 --mb 3 --runs 7

The base revision is checked out into a temporary git worktree; both versions of the package are
imported side by side and timed in alternation on the same generated articles, so a busy or
throttled machine slows both alike. It prints the median characters per second of each and their
ratio, and checks that both give the same rows. A ratio, not a timing, is what carries over from
one machine to another.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

import newsgen  # noqa: E402


def _load(src: Path) -> Callable[..., pd.DataFrame]:
    """``extract_many`` of the package under ``src``, imported apart from any other version."""
    for name in [n for n in sys.modules if n == "tradefigures" or n.startswith("tradefigures.")]:
        del sys.modules[name]
    sys.path.insert(0, str(src))
    try:
        module: Any = importlib.import_module("tradefigures")
    finally:
        sys.path.remove(str(src))
    extract_many: Callable[..., pd.DataFrame] = module.extract_many
    return extract_many


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", default="HEAD", help="git revision to compare against (default: HEAD)")
    parser.add_argument("--mb", type=float, default=3.0, help="megabytes of generated articles (default: 3)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each version (default: 5)")
    args = parser.parse_args(argv)

    docs = list(newsgen.documents(n_chars=int(args.mb * 1_000_000), seed=0))
    chars = sum(map(len, docs))
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "base"
        git = ["git", "-C", str(ROOT), "worktree"]
        subprocess.run([*git, "add", "--detach", "-q", str(tree), args.base], check=True)
        try:
            base = _load(tree / "src")
            new = _load(ROOT / "src")
            same = base(docs).equals(new(docs))  # also warms both up (patterns compiled once)
            rates: dict[str, list[float]] = {"base": [], "new": []}
            for _ in range(args.runs):
                for name, fn in (("base", base), ("new", new)):
                    gc.collect()
                    t0 = time.perf_counter()
                    fn(docs)
                    rates[name].append(chars / (time.perf_counter() - t0))
        finally:
            subprocess.run([*git, "remove", "--force", str(tree)], check=True)
    b, n = statistics.median(rates["base"]), statistics.median(rates["new"])
    print(f"{chars:,} characters, {len(docs):,} documents, median of {args.runs} runs each")
    print(f"base ({args.base}): {b:,.0f} chars/s")
    print(f"working tree:      {n:,.0f} chars/s")
    print(f"working tree / base: {n / b:.3f}x")
    print("same rows" if same else "ROWS DIFFER: the change alters the output")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
