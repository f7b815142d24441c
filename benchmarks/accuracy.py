"""Accuracy of the extractor on the hand-labelled passages of real reporting (``benchmarks/realnews``).

    .venv/bin/python benchmarks/accuracy.py                  # the table, per language and split
    .venv/bin/python benchmarks/accuracy.py --errors dev     # and every wrong column of the dev split
    .venv/bin/python benchmarks/accuracy.py --json out.json  # the table as JSON too

For each language and split it prints: passages, expected and found figures; precision, recall and F1
of values (a found figure matches an expected one when their spans overlap and low, high and currency
agree); among matched figures the share right of each column (period as first and last day, kind,
bound, metric, parties: unordered for trade); and the share of expected figures right in every column.
The held-out split is scored but never listed figure by figure unless asked (``--errors heldout``):
it is the split no fix is made against. See ``benchmarks/realnews/README.md``.
"""

from __future__ import annotations

import argparse
import fnmatch
import hashlib
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "realnews"
COLUMNS = ("period", "kind", "bound", "metric", "parties")


@dataclass
class Tally:
    passages: int = 0
    expected: int = 0
    found: int = 0
    matched: int = 0
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COLUMNS, 0))
    all_right: int = 0

    def row(self) -> dict[str, float | int]:
        p = self.matched / self.found if self.found else 0.0
        r = self.matched / self.expected if self.expected else 0.0
        out: dict[str, float | int] = {
            "passages": self.passages, "expected": self.expected, "found": self.found,
            "precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
        }
        for col in COLUMNS:
            out[col] = self.right[col] / self.matched if self.matched else 0.0
        out["every_column"] = self.all_right / self.expected if self.expected else 0.0
        return out


def split_of(case_id: str) -> str:
    """The split a passage was drawn into once, from a hash of its id: a third held out."""
    return "heldout" if int(hashlib.sha256(case_id.encode()).hexdigest(), 16) % 3 == 0 else "dev"


def load_cases(data: Path = DATA) -> list[dict[str, Any]]:
    """Every passage of every file, each with its file's name under ``file``."""
    cases = []
    for path in sorted(data.glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8"))["cases"]:
            cases.append({"split": split_of(case["id"]), **case, "file": path.name})
    return cases


def _span(text: str, quote: str, occurrence: int) -> tuple[int, int]:
    at = -1
    for _ in range(occurrence):
        at = text.index(quote, at + 1)
    return at, at + len(quote)


def _date(value: Any) -> str | None:
    return None if value is None or pd.isna(value) else pd.Timestamp(value).date().isoformat()


def _side(value: Any) -> str | None:
    return None if value is None or pd.isna(value) else str(value)


def column_errors(want: dict[str, Any], got: pd.Series) -> dict[str, tuple[Any, Any]]:
    """The columns of a matched figure that are wrong: {column: (got, want)}."""
    bad: dict[str, tuple[Any, Any]] = {}
    period_got = (_date(got["period_start"]), _date(got["period_end"]))
    period_want = (want["period_start"], want["period_end"])
    if period_got != period_want:
        bad["period"] = (period_got, period_want)
    for col in ("kind", "bound", "metric"):
        if str(got[col]) != want[col]:
            bad[col] = (str(got[col]), want[col])
    sides_got = (_side(got["reporter"]), _side(got["partner"]))
    sides_want = (want["reporter"], want["partner"])
    same = (
        sorted(sides_got, key=str) == sorted(sides_want, key=str)
        if want["metric"] == "trade"
        else sides_got == sides_want
    )
    if not same:
        bad["parties"] = (sides_got, sides_want)
    return bad


def _value_agrees(want: dict[str, Any], got: pd.Series) -> bool:
    def close(a: float, b: float) -> bool:
        return abs(a - b) <= 1e-6 * max(abs(a), abs(b), 1.0)

    return (
        close(float(got["low"]), float(want["low"]))
        and close(float(got["high"]), float(want["high"]))
        and str(got["currency"]) == want["currency"]
    )


def score_case(case: dict[str, Any], extract: Any) -> tuple[Tally, list[str]]:
    """The tally of one passage and a line for each miss, extra or wrong column."""
    text = case["text"]
    df = extract(text, published=case["published"])
    tally = Tally(passages=1, expected=len(case["expect"]), found=len(df))
    lines: list[str] = []
    used: set[int] = set()
    for want in case["expect"]:
        start, end = _span(text, want["quote"], want.get("occurrence", 1))
        hit = None
        for k, got in df.iterrows():
            if k not in used and got["start"] < end and start < got["end"] and _value_agrees(want, got):
                hit = k
                break
        if hit is None:
            lines.append(f"  MISS  {want['quote']!r}")
            continue
        used.add(hit)
        tally.matched += 1
        bad = column_errors(want, df.loc[hit])
        for col in COLUMNS:
            tally.right[col] += col not in bad
        tally.all_right += not bad
        for col, (g, w) in bad.items():
            lines.append(f"  {col:<8}{want['quote']!r}: got {g}, want {w}")
    for k, got in df.iterrows():
        if k not in used:
            lines.append(f"  EXTRA {got['quote']!r} ({got['metric']}, {got['low']:g} {got['currency']})")
    return tally, lines


def score(cases: list[dict[str, Any]], extract: Any) -> tuple[dict[tuple[str, str], Tally], dict[str, list[str]]]:
    tallies: dict[tuple[str, str], Tally] = defaultdict(Tally)
    details: dict[str, list[str]] = {}
    for case in cases:
        tally, lines = score_case(case, extract)
        for key in ((case["lang"], case["split"]), (case["lang"], "all")):
            t = tallies[key]
            t.passages += tally.passages
            t.expected += tally.expected
            t.found += tally.found
            t.matched += tally.matched
            t.all_right += tally.all_right
            for col in COLUMNS:
                t.right[col] += tally.right[col]
        if lines:
            details[case["id"]] = lines
    return dict(tallies), details


def table(tallies: dict[tuple[str, str], Tally]) -> str:
    head = ("lang", "split", "pass.", "exp.", "found", "P", "R", "F1", *COLUMNS, "every col.")
    rows = [head]
    for (lang, split), t in sorted(tallies.items()):
        r = t.row()
        rows.append((
            lang, split, str(r["passages"]), str(r["expected"]), str(r["found"]),
            *(f"{r[k]:.3f}" for k in ("precision", "recall", "f1", *COLUMNS, "every_column")),
        ))
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    return "\n".join("  ".join(c.rjust(w) for c, w in zip(row, widths, strict=True)) for row in rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--errors", choices=("dev", "heldout", "all"), help="list the wrong figures of a split")
    parser.add_argument("--lang", choices=("en", "ru"), help="only this language")
    parser.add_argument("--file", help="only the passage files whose name matches this pattern (e.g. 'ru-dev3*')")
    parser.add_argument("--json", type=Path, help="write the table as JSON to this file too")
    parser.add_argument("--src", type=Path, default=ROOT / "src", help="the package to score (default: ./src)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(args.src))
    from tradefigures import extract

    cases = [
        c for c in load_cases()
        if args.lang in (None, c["lang"]) and (args.file is None or fnmatch.fnmatch(c["file"], args.file))
    ]
    tallies, details = score(cases, extract)
    print(table(tallies))
    if args.errors:
        for case in cases:
            if case["id"] in details and args.errors in ("all", case["split"]):
                print(f"\n{case['id']} ({case['split']}, published {case['published']})")
                print("\n".join(details[case["id"]]))
    if args.json:
        args.json.write_text(json.dumps({f"{k[0]}/{k[1]}": t.row() for k, t in tallies.items()}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
