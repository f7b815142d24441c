"""Soak: a corpus run with every fault of issue 13 mixed in, killed and rerun, loses and corrupts nothing.

Builds a corpus of many thousands of short documents (a folder of .txt files, a JSON Lines file and
a CSV file) with faults mixed in: a file that cannot be read (chmod 000 when not root; a link to
nothing in any case), a binary file, a file in cp1251, a line with a bad byte, lone surrogates, an
unterminated CSV quote, a line that is not JSON, a line with no text, a 200 KB document with no full
stop, document ids of mixed types, old Mac line ends (bare CR). Then runs

    python -m tradefigures extract FOLDER news.jsonl news.csv --jobs 2 --output out.csv --errors err.csv

in a subprocess, kills it (SIGKILL, SIGTERM) at random points, once more after a complete run, and
reruns it to completion. Checks after each kill: the command's process group is gone (no orphaned
worker), SIGTERM left no temporary file, and out.csv is absent or byte for byte the last complete
one. At the end: out.csv holds exactly the figures of a single-process ``extract_many`` reference
run on the readable documents only, and err.csv exactly the unreadable ones.

    .venv/bin/python benchmarks/soak.py                 # 15,000 documents, ~2 min
    .venv/bin/python benchmarks/soak.py --docs 20000 --kills 8 --seed 3
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

import newsgen

LONG_LINE = "Exports to China in {year}: ${whole}.{tenth} billion\n"  # issue 13, defect 1


@dataclass
class Corpus:
    """What was written, and what a correct run must give: the readable documents (id, text as the
    reader decodes it) in document order, and the ids of the unreadable ones with a word of why."""

    inputs: list[Path]
    readable: list[tuple[Any, str, str | None]] = field(default_factory=list)  # id, text, source
    unreadable: list[tuple[Any, str]] = field(default_factory=list)


def _short_docs(n: int, seed: int) -> list[str]:
    """``n`` short news documents: the first paragraphs of newsgen articles, up to ~600 characters."""
    out = []
    for doc in newsgen.documents(n, seed=seed):
        paragraphs = doc.split("\n\n")
        text = paragraphs[0]
        for p in paragraphs[1:]:
            if len(text) + len(p) > 600:
                break
            text += "\n\n" + p
        out.append(text)
    return out


def build_corpus(root: Path, docs: int, seed: int = 0) -> Corpus:
    """Write ``docs`` documents (a third each: folder, JSON Lines, CSV) with every fault mixed in."""
    from tradefigures.corpus import decode_bytes

    rng = random.Random(seed)
    texts = _short_docs(docs, seed)
    third = max(1, len(texts) // 3)
    folder, jsonl, csv = root / "folder", root / "news.jsonl", root / "news.csv"
    folder.mkdir(parents=True)
    corpus = Corpus([folder, jsonl, csv])
    _folder(folder, texts[:third], rng, corpus, decode_bytes)
    _jsonl(jsonl, texts[third : 2 * third], rng, corpus)
    _csv(csv, texts[2 * third :], rng, corpus)
    return corpus


def _folder(folder: Path, texts: list[str], rng: random.Random, corpus: Corpus, decode: Any) -> None:
    files: dict[str, bytes] = {f"doc{i:06d}.txt": t.encode("utf-8") for i, t in enumerate(texts)}
    long = "".join(
        LONG_LINE.format(year=2000 + i % 24, whole=i % 97 + 1, tenth=i % 10) for i in range(5200)
    )
    files["long.txt"] = long.encode("utf-8")  # 200 KB, no full stop
    files["mac.txt"] = b"Exports to China hit $5 billion\rin 2023.\rImports fell to $2 billion.\r"
    files["legacy.txt"] = "Товарооборот России и Китая превысил 8,3 млрд долларов в 2023 году.".encode("cp1251")
    unreadable = {"binary.txt": "not text"}
    files["binary.txt"] = b"\x00\x01\x02PK\x03\x04" * 100
    for name, data in files.items():
        (folder / name).write_bytes(data)
    (folder / "gone.txt").symlink_to(folder / "nowhere.txt")  # a link to nothing
    unreadable["gone.txt"] = "does not exist"
    if os.geteuid() != 0:  # root reads a chmod 000 file
        (folder / "locked.txt").write_text(texts[0], encoding="utf-8")
        (folder / "locked.txt").chmod(0)
        unreadable["locked.txt"] = "cannot be read"
    for name in sorted([*files, "gone.txt", *(["locked.txt"] if "locked.txt" in unreadable else [])]):
        if name in unreadable:
            corpus.unreadable.append((name, unreadable[name]))
        else:
            corpus.readable.append((name, decode(files[name])[0], name))


def _jsonl(path: Path, texts: list[str], rng: random.Random, corpus: Corpus) -> None:
    """Mixed ids (given text ids, or none: the line number), a bad byte, a lone surrogate, a line
    that is not JSON and one with no text, each at a random place."""
    lines: list[bytes] = []
    faults = dict.fromkeys(rng.sample(range(len(texts)), k=min(4, len(texts))))
    kinds = ["bad byte", "surrogate", "not json", "no text"]
    for i, kind in zip(list(faults), kinds, strict=False):
        faults[i] = kind
    for i, text in enumerate(texts):
        n = len(lines) + 1
        given = f"j{i}" if i % 3 else None  # a third without an id: their line number
        record: dict[str, Any] = {"text": text} if given is None else {"doc_id": given, "text": text}
        doc_id: Any = n if given is None else given
        fault = faults.get(i)
        if fault == "not json":
            lines.append(b'{"doc_id": "broken", "text": "Exports hit $5bn in 2023.\n')
            corpus.unreadable.append((n, "not JSON"))
            continue
        if fault == "no text":
            lines.append(json.dumps({"doc_id": doc_id, "text": None}).encode() + b"\n")
            corpus.unreadable.append((doc_id, "text"))
            continue
        line = json.dumps(record, ensure_ascii=False).encode("utf-8")
        if fault == "surrogate":
            line = line.replace(b'"text": "', b'"text": "\\ud83d ', 1)
        elif fault == "bad byte":
            line = line.replace(b'"text": "', b'"text": "\xff ', 1)
        lines.append(line + b"\n")
        # a line with a bad byte is read by the reader's documented rule (UTF-8 with U+FFFD, or a
        # legacy encoding when it has as many bad bytes as UTF-8 characters)
        text = _decode_damaged(line, path.name)[0] if fault == "bad byte" else line.decode("utf-8")
        corpus.readable.append((doc_id, json.loads(text or "")["text"], None))
    path.write_bytes(b"".join(lines))


def _decode_damaged(raw: bytes, name: str) -> tuple[str | None, str]:
    from tradefigures.corpus import _decode_damaged as decode

    return decode(raw, name)


def _csv(path: Path, texts: list[str], rng: random.Random, corpus: Corpus) -> None:
    """Given text ids, every cell quoted; one row whose quote is never closed, the rows after it
    read on (each holds as many fields as the header)."""
    broken = rng.randrange(len(texts))
    rows = ["doc_id,text\n"]
    for i, text in enumerate(texts):
        doc_id = f"c{i}"
        if i == broken:
            rows.append(f'{doc_id},"Exports to China hit $9 billion in 2023.\n')
            corpus.unreadable.append((doc_id, "not closed"))  # reported with its id and line
            continue
        rows.append(f'{doc_id},"{text.replace(chr(34), chr(34) * 2)}"\n')
        corpus.readable.append((doc_id, text, None))
    path.write_text("".join(rows), encoding="utf-8")


_SURROGATE = re.compile("[\ud800-\udfff]")


def _normalised(df: pd.DataFrame) -> pd.DataFrame:
    """A figures table as CSV keeps it: lone surrogates are U+FFFD, a carriage return a line feed,
    ids as text (an id of digits and the same number are one id)."""
    out = df.reset_index(drop=True).astype(object)
    for name in out.columns:
        out[name] = out[name].map(_cell)
    out["doc_id"] = out["doc_id"].map(str)
    return out


def _cell(v: Any) -> Any:
    if isinstance(v, str):
        return _SURROGATE.sub("\ufffd", v).replace("\r", "\n")
    return None if pd.isna(v) else v


def reference(corpus: Corpus) -> pd.DataFrame:
    """The figures of the readable documents, extracted in one process."""
    from tradefigures.corpus import extract_many

    # object columns: pandas would infer Arrow strings, which cannot hold a lone surrogate
    docs = pd.DataFrame(
        {
            "doc_id": pd.Series([d[0] for d in corpus.readable], dtype=object),
            "text": pd.Series([d[1] for d in corpus.readable], dtype=object),
            "source": pd.Series([d[2] for d in corpus.readable], dtype=object),
        }
    )
    return extract_many(docs)


def check(corpus: Corpus, out: Path, errors: Path, expected: pd.DataFrame) -> list[str]:
    """What is wrong with a finished run's outputs (nothing: an empty list)."""
    from tradefigures.frame import read_figures

    problems = []
    got = _normalised(read_figures(out))
    want = _normalised(expected)
    if len(got) != len(want):
        problems.append(f"{len(got)} figures written, {len(want)} expected")
    elif not got.equals(want):
        diff = (got.astype(str) != want.astype(str)).any(axis=1)
        first = int(diff.idxmax())
        problems.append(f"{int(diff.sum())} rows differ from the reference, the first: row {first}")
    table = pd.read_csv(errors, dtype=str, keep_default_na=False)
    got_errors = Counter(table["doc_id"])
    want_errors = Counter(str(i) for i, _ in corpus.unreadable)
    if got_errors != want_errors:
        extra, missing = dict(got_errors - want_errors), dict(want_errors - got_errors)
        problems.append(f"errors: extra {extra}, missing {missing}")
    reasons = dict(zip(table["doc_id"], table["reason"], strict=True))
    for doc_id, why in corpus.unreadable:
        if str(doc_id) in reasons and why not in reasons[str(doc_id)] and got_errors[str(doc_id)] == 1:
            problems.append(f"error {doc_id}: {reasons[str(doc_id)]!r} does not say {why!r}")
    return problems


def _command(corpus: Corpus, root: Path) -> list[str]:
    inputs = [str(p) for p in corpus.inputs]
    return [
        sys.executable, "-m", "tradefigures", "extract", *inputs, "--jobs", "2",
        "--output", str(root / "out.csv"), "--errors", str(root / "err.csv"),
    ]


def _gone(pgid: int, within: float) -> bool:
    """Whether every process of the group has ended within ``within`` seconds."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


def _run(cmd: list[str], env: dict[str, str], log: Path, kill: tuple[int, float] | None) -> tuple[int, bool]:
    """Run the command; with ``kill`` (signal, after seconds) send it then. (exit code, group gone)."""
    with log.open("ab") as err:
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=err, start_new_session=True)
        if kill is None:
            return proc.wait(), True
        sig, after = kill
        try:
            code = proc.wait(timeout=after)
            return code, True  # finished before the kill
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, sig)
        code = proc.wait()
        return code, _gone(proc.pid, within=5.0)


def soak(root: Path, docs: int, kills: int, seed: int) -> int:
    rng = random.Random(seed)
    t0 = time.monotonic()
    corpus = build_corpus(root, docs, seed)
    expected = reference(corpus)
    t_ref = time.monotonic() - t0
    print(
        f"corpus: {len(corpus.readable) + len(corpus.unreadable):,} documents "
        f"({len(corpus.readable):,} readable, {len(corpus.unreadable)} unreadable), "
        f"{len(expected):,} figures in the reference run ({t_ref:.1f} s, one process)"
    )
    src = Path(__file__).resolve().parents[1] / "src"
    env = {**os.environ, "PYTHONPATH": str(src)}
    cmd, out, log = _command(corpus, root), root / "out.csv", root / "stderr.log"
    problems: list[str] = []
    last: bytes | None = None
    plan = [signal.SIGKILL if k % 2 == 0 else signal.SIGTERM for k in range(kills)]
    complete_after = max(1, kills // 2)  # one complete run in the middle: later kills must keep it
    runs, took = 0, 0.4 * t_ref  # a run with two workers takes about half the reference's time: before its end
    for k, sig in enumerate(plan):
        if k == complete_after:
            runs += 1
            t1 = time.monotonic()
            code, _ = _run(cmd, env, log, None)
            took, last = time.monotonic() - t1, out.read_bytes()
            print(f"run {runs}: complete (exit {code}, {took:.1f} s)")
        after = rng.uniform(0.05 * took, 0.95 * took)  # from start-up to the last batches
        runs += 1
        code, gone = _run(cmd, env, log, (sig, after))
        partial = sorted(root.glob(".out.csv.*"))
        what = "finished before it" if code == 0 else f"exit {code}"
        print(f"run {runs}: {sig.name} after {after:.1f} s: {what}, workers gone: {gone}, "
              f"temporary files left: {len(partial)}")
        if not gone:
            problems.append(f"{sig.name}: processes of the command still running 5 s after it ended")
        if sig == signal.SIGTERM and partial:
            problems.append(f"SIGTERM left {[p.name for p in partial]}")
        now = out.read_bytes() if out.exists() else None
        if code == 0:
            last = now
        elif now != last:
            problems.append(f"{sig.name} after {after:.1f} s changed out.csv (not the last complete one)")
        for p in partial:  # SIGKILL cannot clean up: documented, deleted by hand
            p.unlink()
    code, _ = _run(cmd, env, log, None)
    print(f"final run: exit {code}")
    problems += check(corpus, out, root / "err.csv", expected)
    got = pd.read_csv(root / "err.csv", dtype=str)
    print(f"out.csv: {len(pd.read_csv(out, dtype=str)):,} figures; err.csv: {len(got)} documents; "
          f"total {time.monotonic() - t0:.0f} s")
    for p in problems:
        print(f"FAIL: {p}")
    print("PASS" if not problems else f"{len(problems)} problem(s); stderr of the runs: {log}")
    return 0 if not problems else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=15_000, help="documents in the corpus (default 15000)")
    parser.add_argument("--kills", type=int, default=4, help="runs killed at random points (default 4)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", type=Path, help="build the corpus in this folder and keep it")
    args = parser.parse_args(argv)
    if args.keep:
        return soak(args.keep, args.docs, args.kills, args.seed)
    with tempfile.TemporaryDirectory(prefix="soak-") as tmp:
        return soak(Path(tmp), args.docs, args.kills, args.seed)


if __name__ == "__main__":
    sys.exit(main())
