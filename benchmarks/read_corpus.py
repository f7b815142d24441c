"""A/B speed of reading a corpus file: this working tree's ``read_documents`` against another revision's.

    .venv/bin/python benchmarks/read_corpus.py                    # 50 MB, against HEAD
    .venv/bin/python benchmarks/read_corpus.py --base main --mb 20 --runs 7

Only the reading is timed (every document of a JSON Lines and of a CSV file of generated articles,
valid UTF-8, consumed one by one), not the extraction, which takes some hundred times longer and
would hide it. The base revision's ``src`` is unpacked with ``git archive`` into a temporary folder,
both versions are imported side by side and timed in alternation, so a busy machine slows both
alike. It prints the median megabytes per second of each and their ratio, and checks that both read
the same documents.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import io
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

import newsgen  # noqa: E402


def _load(src: Path) -> Callable[..., Iterator[Any]]:
    """``read_documents`` of the package under ``src``, imported apart from any other version."""
    for name in [n for n in sys.modules if n == "tradefigures" or n.startswith("tradefigures.")]:
        del sys.modules[name]
    sys.path.insert(0, str(src))
    try:
        module: Any = importlib.import_module("tradefigures.corpus")
    finally:
        sys.path.remove(str(src))
    read: Callable[..., Iterator[Any]] = module.read_documents
    return read


def _unpack(revision: str, into: Path) -> Path:
    """The ``src`` folder of ``revision``, unpacked under ``into`` (the repository is not touched)."""
    tar = subprocess.run(["git", "-C", str(ROOT), "archive", revision, "src"], check=True, capture_output=True)
    with tarfile.open(fileobj=io.BytesIO(tar.stdout)) as t:
        t.extractall(into, filter="data")
    return into / "src"


def _read(read: Callable[..., Iterator[Any]], path: Path) -> list[tuple[Any, int]]:
    return [(d.doc_id, len(d.text or "")) for d in read(path)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", default="HEAD", help="git revision to compare against (default: HEAD)")
    parser.add_argument("--mb", type=float, default=50.0, help="megabytes of generated articles (default: 50)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each version (default: 5)")
    args = parser.parse_args(argv)

    texts = list(newsgen.documents(n_chars=int(args.mb * 1_000_000), seed=0))
    with tempfile.TemporaryDirectory() as tmp:
        frame = pd.DataFrame({"doc_id": range(len(texts)), "text": texts})
        files = {"jsonl": Path(tmp) / "news.jsonl", "csv": Path(tmp) / "news.csv"}
        frame.to_json(files["jsonl"], orient="records", lines=True, force_ascii=False)
        frame.to_csv(files["csv"], index=False)
        versions = {"base": _load(_unpack(args.base, Path(tmp))), "new": _load(ROOT / "src")}
        print(f"{len(texts):,} documents, median of {args.runs} runs each; MB/s of the file read")
        for kind, path in files.items():
            size = path.stat().st_size / 1e6
            same = _read(versions["base"], path) == _read(versions["new"], path)  # and a warm-up
            rates: dict[str, list[float]] = {"base": [], "new": []}
            for _ in range(args.runs):
                for name, read in versions.items():
                    gc.collect()
                    t0 = time.perf_counter()
                    _read(read, path)
                    rates[name].append(size / (time.perf_counter() - t0))
            b, n = statistics.median(rates["base"]), statistics.median(rates["new"])
            print(f"{kind:5} {size:6.1f} MB  base ({args.base}) {b:7.1f}  working tree {n:7.1f}  "
                  f"ratio {n / b:.3f}x  {'same documents' if same else 'DOCUMENTS DIFFER'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
