"""Throughput and memory of tradefigures on generated news, against baselines measured in the same run.

Run: python benchmarks/throughput.py [--mb 20] [--runs 3] [--quantulum-kb 200] [--json PATH] [--quick]

Measures, on one core and one process unless stated:

- ``extract_many(jobs=1)`` characters per second over ``--mb`` MB of generated articles (median of runs);
  the regex baseline, jobs=1 and jobs=2 run in turn within each round, and each ratio below is the
  median of the rounds' own ratios, so a machine whose speed drifts during the run affects both sides;
- the speed limit of a regex pass in Python: ONE compiled money regex run with ``finditer`` over the
  same articles (median of runs), and the ratio extract_many / baseline;
- quantulum3 ``parser.parse`` on the first ``--quantulum-kb`` KB of the same articles, and the
  ratio extract_many / quantulum3;
- the speed-up of ``extract_many(jobs=2)`` over jobs=1 on the same articles (two worker processes);
- peak memory of the streaming path (peak RSS of a fresh child process: VmHWM from /proc/self/status,
  as ru_maxrss would inherit the parent's peak), ``iter_extract`` over articles generated lazily and
  written batch by batch to a null sink, at 1× and 4× the corpus size;
  the two children run side by side (one process each) when there are two cores or more.

Every number is a median measured in this run; nothing here is a timed assertion in the tests.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import platform
import re
import resource
import statistics
import subprocess
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

import newsgen
import tradefigures

MONEY = re.compile(
    r"(?:[$€£¥]\s?\d[\d,.]*(?:\s?(?:billion|million|bn|mln|trillion))?"
    r"|\d[\d,.]*\s?(?:billion|million|trillion)?\s?(?:dollars|euros|rubles|yuan))",
    re.IGNORECASE,
)

TARGET_CHARS_PER_S = 3_000_000
TARGET_VS_QUANTULUM = 100.0
TARGET_VS_REGEX = 0.3
TARGET_JOBS2 = 1.7
TARGET_MEMORY_RATIO = 1.10


# ---------------------------------------------------------------- measurements


def _median_rate(work: Callable[[], Any], chars: int, runs: int, label: str) -> tuple[float, list[float], Any]:
    """Median characters per second of ``work()`` over ``runs`` runs, the runs, and the last result."""
    rates, result = [], None
    for i in range(runs):
        result = None
        gc.collect()
        t0 = time.perf_counter()
        result = work()
        seconds = time.perf_counter() - t0
        rates.append(chars / seconds)
        _log(f"  {label} run {i + 1}/{runs}: {seconds:.2f} s, {chars / seconds:,.0f} chars/s")
    return statistics.median(rates), rates, result


def _interleaved(work: dict[str, Callable[[], Any]], chars: int, runs: int) -> dict[str, tuple[list[float], Any]]:
    """Each work's characters per second in every round, and its last result: the works run in turn
    within each round (regex, jobs=1, jobs=2, regex, …), so that drift in the machine's speed,
    which on a shared VM reaches ±30% within minutes, falls on all of them alike."""
    out: dict[str, tuple[list[float], Any]] = {name: ([], None) for name in work}
    for i in range(runs):
        for name, fn in work.items():
            gc.collect()
            t0 = time.perf_counter()
            result = fn()
            seconds = time.perf_counter() - t0
            out[name][0].append(chars / seconds)
            out[name] = (out[name][0], result)
            _log(f"  round {i + 1}/{runs} {name}: {seconds:.2f} s, {chars / seconds:,.0f} chars/s")
    return out


def _regex_pass(docs: list[str]) -> int:
    finditer = MONEY.finditer
    n = 0
    for d in docs:
        for _ in finditer(d):
            n += 1
    return n


def _quantulum(docs: list[str], kb: int, runs: int) -> dict[str, Any]:
    """quantulum3 chars/s on the first ``kb`` KB of the articles (whole articles), median of runs."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser as qparser
    except ImportError:
        return {"error": "quantulum3 is not installed (python -m pip install quantulum3)"}
    sample, size = [], 0
    for d in docs:
        if size >= kb * 1000:
            break
        sample.append(d)
        size += len(d)

    def work() -> int:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return sum(len(qparser.parse(d)) for d in sample)

    with warnings.catch_warnings():  # the first call loads its unit tables: keep it out of the timing
        warnings.simplefilter("ignore")
        qparser.parse("Exports rose to $8.3 billion in 2023.")
    rate, rates, quantities = _median_rate(work, size, runs, "quantulum3")
    return {"chars": size, "documents": len(sample), "chars_per_s": rate, "runs": rates, "quantities": quantities}


def _status_kib(field: str) -> int | None:
    """A ``kB`` field of /proc/self/status (VmHWM: peak resident set of this process's own memory)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return None


def _peak_kib() -> tuple[int, str]:
    """Peak RSS of this process in KiB, and how it was read.

    ``ru_maxrss`` is not used when /proc is there: on Linux a child started by fork + exec inherits
    the parent's peak RSS in it (a trivial child of a 300 MB parent reports 300 MB), so it would
    measure the benchmark's parent, not the child. VmHWM belongs to the child's own address space.
    """
    hwm = _status_kib("VmHWM")
    if hwm is not None:
        return hwm, "VmHWM"
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "ru_maxrss"  # KiB on Linux


def _memory_child(mb: float, seed: int) -> None:
    """In a fresh process: stream lazily generated articles through iter_extract; print peak RSS as JSON."""
    rss_start = _status_kib("VmRSS") or 0
    n_chars = int(mb * 1_000_000)
    figures = batches = documents = chars = 0
    t0 = time.perf_counter()
    with open(os.devnull, "w", encoding="utf-8") as sink:
        docs = newsgen.documents(n_chars=n_chars, seed=seed)
        for batch in tradefigures.iter_extract(docs, jobs=1):
            batch.figures.to_csv(sink, header=batches == 0, index=False)  # as a CLI writing chunks would
            figures += len(batch.figures)
            documents += batch.documents
            chars += batch.chars
            batches += 1
            del batch
    seconds = time.perf_counter() - t0
    peak, how = _peak_kib()
    print(json.dumps({
        "mb": mb, "chars": chars, "documents": documents, "batches": batches, "figures": figures,
        "seconds": seconds, "peak_rss_mib": peak / 1024, "peak_from": how,
        "rss_after_imports_mib": rss_start / 1024,
        "ru_maxrss_mib_inherited_from_parent": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }))


def _memory(mb: float, seed: int, parallel: bool) -> list[dict[str, Any]]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--memory-child", "--seed", str(seed), "--mb"]
    sizes = [mb, 4 * mb]
    results: list[dict[str, Any]] = []
    if parallel:
        procs = [subprocess.Popen([*cmd, str(m)], stdout=subprocess.PIPE, text=True) for m in sizes]
        outs = [p.communicate()[0] for p in procs]
        codes = [p.returncode for p in procs]
    else:
        done = [subprocess.run([*cmd, str(m)], stdout=subprocess.PIPE, text=True, check=False) for m in sizes]
        outs, codes = [d.stdout for d in done], [d.returncode for d in done]
    for m, out, code in zip(sizes, outs, codes, strict=True):
        if code != 0:
            raise RuntimeError(f"memory child for {m} MB failed with exit code {code}")
        results.append(json.loads(out.strip().splitlines()[-1]))
        r = results[-1]
        _log(f"  iter_extract {m:g} MB: peak RSS {r['peak_rss_mib']:.1f} MiB ({r['peak_from']}), "
             f"{r['rss_after_imports_mib']:.1f} MiB after imports, {r['seconds']:.1f} s")
    return results


def _machine() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "pandas": pd.__version__,
        "tradefigures": getattr(tradefigures, "__version__", "?"),
        "platform": platform.platform(),
    }


# ---------------------------------------------------------------- report


def _log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def _verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("PASS" if ok else "MISS")


def _table(res: dict[str, Any]) -> str:
    m, c = res["machine"], res["corpus"]
    peak_from = res["memory"][0]["peak_from"] if res["memory"] else "not measured"
    rows: list[tuple[str, str, str, str]] = []

    def row(name: str, value: str, target: str = "", ok: bool | None = None, show: bool = False) -> None:
        rows.append((name, value, target, _verdict(ok) if (target or show) else ""))

    ex = res["extract_many"]
    row("extract_many jobs=1 (chars/s, 1 core)", f"{ex['chars_per_s']:,.0f}", f"≥ {TARGET_CHARS_PER_S:,}",
        ex["chars_per_s"] >= TARGET_CHARS_PER_S)
    rx = res["regex_baseline"]
    row("single money regex, finditer (chars/s)", f"{rx['chars_per_s']:,.0f}")
    row("  extract_many / regex baseline", f"{res['ratio_vs_regex']:.3f}×", f"≥ {TARGET_VS_REGEX:.1f}×",
        res["ratio_vs_regex"] >= TARGET_VS_REGEX)
    q = res["quantulum3"]
    if "error" in q:
        row("quantulum3", q["error"], f"≥ {TARGET_VS_QUANTULUM:.0f}×", None, show=True)
    else:
        row(f"quantulum3 on {q['chars'] / 1000:,.0f} KB (chars/s)", f"{q['chars_per_s']:,.0f}")
        row("  extract_many / quantulum3", f"{res['ratio_vs_quantulum']:,.1f}×", f"≥ {TARGET_VS_QUANTULUM:.0f}×",
            res["ratio_vs_quantulum"] >= TARGET_VS_QUANTULUM)
    j2 = res["extract_many_jobs2"]
    if j2 is None:
        row("extract_many jobs=2", "skipped (fewer than 2 cores)", f"≥ {TARGET_JOBS2:.1f}×", None, show=True)
    else:
        row("extract_many jobs=2 (chars/s, 2 processes)", f"{j2['chars_per_s']:,.0f}")
        row("  speed-up jobs=2 / jobs=1", f"{res['speedup_jobs2']:.2f}×", f"≥ {TARGET_JOBS2:.1f}×",
            res["speedup_jobs2"] >= TARGET_JOBS2)
    mem = res["memory"]
    if mem:
        for r in mem:
            row(f"iter_extract peak RSS at {r['mb']:g} MB (MiB)", f"{r['peak_rss_mib']:,.1f}")
        row("  (RSS after imports, before any text)", f"{mem[0]['rss_after_imports_mib']:,.1f}")
        row("  peak RSS 4× / 1×", f"{res['memory_ratio']:.3f}", f"≤ {TARGET_MEMORY_RATIO:.2f}",
            res["memory_ratio"] <= TARGET_MEMORY_RATIO)

    w = [max(len(r[i]) for r in [("measure", "median", "target", "result"), *rows]) for i in range(4)]
    lines = [
        f"tradefigures throughput, {res['started']} (took {res['seconds']:.0f} s)",
        f"machine: {m['cpu']}, {m['cores']} cores; Python {m['python']}, pandas {m['pandas']}, "
        f"tradefigures {m['tradefigures']}",
        f"corpus: newsgen seed {c['seed']}, {c['chars'] / 1e6:.1f} M chars, {c['documents']:,} articles, "
        f"{c['figures']:,} trade figures extracted (1 per {c['chars'] / max(c['figures'], 1):,.0f} chars), "
        f"{c['regex_matches']:,} baseline regex matches",
        f"medians of {res['runs']} run(s); memory = peak RSS ({peak_from}) of a fresh child process, whole "
        "process: interpreter, pandas and imports included",
        "",
        "  ".join(h.ljust(w[i]) if i == 0 else h.rjust(w[i]) for i, h in
                  enumerate(("measure", "median", "target", "result"))),
        "  ".join("-" * x for x in w),
    ]
    for r in rows:
        lines.append("  ".join(v.ljust(w[i]) if i == 0 else v.rjust(w[i]) for i, v in enumerate(r)))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=20.0, help="corpus size in MB (10**6 characters); default 20")
    ap.add_argument("--runs", type=int, default=3, help="timed runs per measure; the median is reported")
    ap.add_argument("--quantulum-kb", type=int, default=200, help="KB of the corpus given to quantulum3")
    ap.add_argument("--seed", type=int, default=0, help="newsgen seed")
    ap.add_argument("--json", type=Path, help="also write the results as JSON to this path")
    ap.add_argument("--quick", action="store_true", help="smoke run: 2 MB, 1 run, 50 KB for quantulum3")
    ap.add_argument("--skip-memory", action="store_true", help="leave out the memory measurement")
    ap.add_argument("--memory-child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.memory_child:
        _memory_child(args.mb, args.seed)
        return 0
    if args.quick:
        args.mb, args.runs, args.quantulum_kb = 2.0, 1, 50
    started = dt.datetime.now(dt.timezone.utc)
    t_start = time.perf_counter()
    res: dict[str, Any] = {"started": started.strftime("%Y-%m-%d %H:%M UTC"), "runs": args.runs,
                           "machine": _machine()}

    _log(f"generating {args.mb:g} MB of articles (seed {args.seed}) ...")
    docs = list(newsgen.documents(n_chars=int(args.mb * 1_000_000), seed=args.seed))
    chars = sum(map(len, docs))

    two_cores = (os.cpu_count() or 1) >= 2
    tradefigures.extract("Warm-up: exports reached $1 billion in 2023.")
    work: dict[str, Callable[[], Any]] = {
        "regex": lambda: _regex_pass(docs),
        "extract_many jobs=1": lambda: len(tradefigures.extract_many(docs, jobs=1)),
    }
    if two_cores:
        work["extract_many jobs=2"] = lambda: len(tradefigures.extract_many(docs, jobs=2))
    _log(f"{', '.join(work)}: in turn, {args.runs} round(s) ...")
    rounds = _interleaved(work, chars, args.runs)
    rx_runs, ex_runs = rounds["regex"][0], rounds["extract_many jobs=1"][0]
    rx_rate, ex_rate = statistics.median(rx_runs), statistics.median(ex_runs)
    matches, figures = rounds["regex"][1], rounds["extract_many jobs=1"][1]
    res["regex_baseline"] = {"pattern": MONEY.pattern, "chars_per_s": rx_rate, "runs": rx_runs, "matches": matches}
    res["extract_many"] = {"chars_per_s": ex_rate, "runs": ex_runs, "figures": figures}
    # the median of each round's own ratio: a machine that slows down mid-run slows both sides alike
    res["ratio_vs_regex"] = statistics.median(e / r for e, r in zip(ex_runs, rx_runs, strict=True))
    res["corpus"] = {"seed": args.seed, "chars": chars, "documents": len(docs), "regex_matches": matches,
                     "figures": figures}

    _log(f"quantulum3 on {args.quantulum_kb} KB ...")
    res["quantulum3"] = _quantulum(docs, args.quantulum_kb, args.runs)
    if "chars_per_s" in res["quantulum3"]:
        res["ratio_vs_quantulum"] = ex_rate / res["quantulum3"]["chars_per_s"]

    if two_cores:
        j2_runs, j2_figures = rounds["extract_many jobs=2"]
        res["extract_many_jobs2"] = {"chars_per_s": statistics.median(j2_runs), "runs": j2_runs,
                                     "figures": j2_figures, "same_figures_as_jobs1": j2_figures == figures}
        res["speedup_jobs2"] = statistics.median(j / e for j, e in zip(j2_runs, ex_runs, strict=True))
    else:
        res["extract_many_jobs2"] = None
    gc.collect()

    res["memory"] = []
    if not args.skip_memory:
        parallel = (os.cpu_count() or 1) >= 2
        _log(f"iter_extract peak memory at {args.mb:g} and {4 * args.mb:g} MB "
             f"({'side by side' if parallel else 'one after the other'}) ...")
        res["memory"] = _memory(args.mb, args.seed, parallel)
        res["memory_ratio"] = res["memory"][1]["peak_rss_mib"] / res["memory"][0]["peak_rss_mib"]

    res["seconds"] = time.perf_counter() - t_start
    ok = {
        "chars_per_s": ex_rate >= TARGET_CHARS_PER_S,
        "vs_regex": res["ratio_vs_regex"] >= TARGET_VS_REGEX,
        "vs_quantulum": res.get("ratio_vs_quantulum", 0) >= TARGET_VS_QUANTULUM if "ratio_vs_quantulum" in res
        else None,
        "jobs2": res["speedup_jobs2"] >= TARGET_JOBS2 if "speedup_jobs2" in res else None,
        "memory": res["memory_ratio"] <= TARGET_MEMORY_RATIO if "memory_ratio" in res else None,
    }
    res["targets"] = {
        "chars_per_s": TARGET_CHARS_PER_S, "vs_quantulum": TARGET_VS_QUANTULUM, "vs_regex": TARGET_VS_REGEX,
        "jobs2": TARGET_JOBS2, "memory_ratio_max": TARGET_MEMORY_RATIO,
    }
    res["pass"] = ok
    print(_table(res))
    if args.json:
        args.json.write_text(json.dumps(res, indent=2, default=str) + "\n", encoding="utf-8")
        _log(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
