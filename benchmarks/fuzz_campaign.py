"""The long fuzz campaign: the strategies of tests/test_fuzz.py, many more examples, by hand.

Run: python benchmarks/fuzz_campaign.py [--examples N] [--seconds S] [--batch B] [--min-chars C]

Runs ``extract(text, include_other=True)`` on generated near-miss texts (and the same pieces
shuffled character by character) and checks each table as the test suite does. Hypothesis runs
in batches of ``--batch`` examples with fresh random seeds until ``--examples`` are run or
``--seconds`` have passed; a failing batch is shrunk to its minimal input.

Prints the number of examples run, each distinct failure with its minimal failing input, and
the slowest inputs (top 5 by time per character, among inputs of ``--min-chars`` or more; the
50 slowest of one run are timed again and ranked by their best of three).
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import sys
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st
from hypothesis.errors import UnsatisfiedAssumption

from tradefigures import extract

ROOT = Path(__file__).resolve().parents[1]


def _load_fuzz_module() -> ModuleType:
    """tests/test_fuzz.py, imported by path (tests/ is not a package)."""
    path = ROOT / "tests" / "test_fuzz.py"
    spec = importlib.util.spec_from_file_location("_tradefigures_test_fuzz", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass
class Campaign:
    deadline: float
    min_chars: int
    examples: int = 0
    times: dict[str, float] = field(default_factory=dict)  # input → its slowest time (s)
    failures: dict[str, tuple[str, str]] = field(default_factory=dict)  # signature → (input, error)
    last_failing: str | None = None

    def out_of_time(self) -> bool:
        return time.monotonic() >= self.deadline

    def record_time(self, text: str, seconds: float) -> None:
        if len(text) < self.min_chars:
            return
        self.times[text] = max(seconds, self.times.get(text, 0.0))

    def slowest(self, k: int = 5, candidates: int = 50, repeat: int = 3) -> list[tuple[float, float, str]]:
        """The ``k`` inputs with the most time per character: (s/char, s, text). One timing is noisy
        (garbage collection, other processes), so the ``candidates`` slowest are timed again and
        ranked by their best of ``repeat`` runs."""
        first = sorted(self.times, key=lambda t: self.times[t] / len(t), reverse=True)[:candidates]
        best: list[tuple[float, float, str]] = []
        for text in first:
            runs = []
            for _ in range(repeat):
                t0 = time.perf_counter()
                extract(text, include_other=True)
                runs.append(time.perf_counter() - t0)
            best.append((min(runs) / len(text), min(runs), text))
        return sorted(best, reverse=True)[:k]


def _run_one(fz: ModuleType, camp: Campaign, text: str) -> None:
    """One example: extract, time it, check it."""
    t0 = time.perf_counter()
    try:
        df = extract(text, include_other=True)
    except BaseException:
        camp.last_failing = text
        raise
    camp.record_time(text, time.perf_counter() - t0)
    try:
        fz.check_table(text, df)
    except BaseException:
        camp.last_failing = text
        raise


def _signature(exc: BaseException) -> str:
    """Where the error was raised and its type: one entry per distinct bug."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = next(
        (f"{Path(f.filename).name}:{f.lineno}" for f in reversed(frames) if "hypothesis" not in f.filename),
        "?",
    )
    return f"{type(exc).__name__} at {where}"


def _batch(fz: ModuleType, camp: Campaign, strategy: Any, n: int, shuffle: bool) -> None:
    fresh = random.SystemRandom().randrange(2**63)

    @seed(fresh)
    @settings(
        max_examples=n,
        deadline=None,
        database=None,
        derandomize=False,
        report_multiple_bugs=False,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.filter_too_much,
            HealthCheck.data_too_large,
            HealthCheck.large_base_example,
        ],
        print_blob=False,
    )
    @given(strategy)
    def run(value: Any) -> None:
        if camp.out_of_time():
            return
        camp.examples += 1
        if shuffle:
            amounts, rnd_seed = value
            chars = list(" ".join(amounts))
            random.Random(rnd_seed).shuffle(chars)
            text = "".join(chars)
        else:
            text = value
        _run_one(fz, camp, text)

    camp.last_failing = None
    try:
        run()
    except UnsatisfiedAssumption:
        pass
    except Exception as exc:  # the minimal failing example is the last one replayed
        sig = _signature(exc)
        if sig not in camp.failures and camp.last_failing is not None:
            camp.failures[sig] = (camp.last_failing, f"{type(exc).__name__}: {str(exc).splitlines()[0][:300]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=20_000, help="examples to run in all")
    parser.add_argument("--seconds", type=float, default=3_600.0, help="stop after this many seconds")
    parser.add_argument("--batch", type=int, default=500, help="examples per Hypothesis run")
    parser.add_argument("--min-chars", type=int, default=32, help="shortest input ranked as slow")
    args = parser.parse_args()

    fz = _load_fuzz_module()
    camp = Campaign(deadline=time.monotonic() + args.seconds, min_chars=args.min_chars)
    strategies = [
        (fz.NEAR_MISS_TEXTS, False),
        (st.tuples(st.lists(fz.near_miss_amount(), min_size=1, max_size=6), st.integers(0, 2**32)), True),
    ]
    t0 = time.monotonic()
    i = 0
    while camp.examples < args.examples and not camp.out_of_time():
        strategy, shuffle = strategies[i % len(strategies)]
        before = camp.examples
        _batch(fz, camp, strategy, min(args.batch, args.examples - camp.examples), shuffle)
        i += 1
        if camp.examples == before and camp.out_of_time():
            break
        print(f"\r{camp.examples:,} examples, {len(camp.failures)} failures", end="", file=sys.stderr, flush=True)
    elapsed = time.monotonic() - t0
    print(file=sys.stderr)

    print(
        f"examples run: {camp.examples:,} in {elapsed:.1f} s "
        f"({args.examples:,} asked, {args.seconds:g} s limit; shrinking steps count as examples)"
    )
    print(f"failures found: {len(camp.failures)}")
    for sig, (text, error) in camp.failures.items():
        print(f"  {sig}\n    minimal input: {text!r}\n    {error}")
    print("slowest inputs (time per character, best of 3 runs):")
    for per_char, seconds, text in camp.slowest():
        shown = text if len(text) <= 120 else text[:117] + "..."
        print(f"  {per_char * 1e6:9.1f} µs/char  {seconds * 1e3:8.2f} ms  {len(text):5} chars  {shown!r}")
    return 1 if camp.failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
