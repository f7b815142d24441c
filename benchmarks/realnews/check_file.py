"""Check one hand-labelled passage file against the rules in README.md (shape only, no extractor)."""

from __future__ import annotations

import json
import sys
from datetime import date

FIELDS = {"quote", "low", "high", "currency", "bound", "kind", "metric", "period_start", "period_end",
          "reporter", "partner"}
BOUNDS = {"exact", "at_least", "at_most", "approx", "range"}
GROUPS = {"EU", "EAEU", "CIS", "ASEAN", "GCC", "BRICS", "SCO", "MERCOSUR", "AU"}


def problems(path: str) -> list[str]:
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    out: list[str] = []
    ids = set()
    for case in data["cases"]:
        cid = case.get("id", "?")
        if cid in ids:
            out.append(f"{cid}: duplicate id")
        ids.add(cid)
        for key in ("id", "lang", "modelled_on", "published", "text", "expect"):
            if key not in case:
                out.append(f"{cid}: no {key}")
        text = case.get("text", "")
        date.fromisoformat(case.get("published", "2000-01-01"))
        for item in case.get("expect", []):
            missing = FIELDS - set(item)
            if missing:
                out.append(f"{cid}: {item.get('quote')}: missing {sorted(missing)}")
            quote = item.get("quote", "")
            if text.count(quote) < item.get("occurrence", 1):
                out.append(f"{cid}: quote {quote!r} not in text (occurrence {item.get('occurrence', 1)})")
            if item.get("bound") not in BOUNDS:
                out.append(f"{cid}: {quote}: bad bound {item.get('bound')}")
            if item.get("kind") not in {"actual", "projection"}:
                out.append(f"{cid}: {quote}: bad kind")
            if item.get("metric") not in {"trade", "exports", "imports"}:
                out.append(f"{cid}: {quote}: bad metric")
            for side in ("reporter", "partner"):
                code = item.get(side)
                if code is not None and not (code in GROUPS or (len(code) == 3 and code.isupper())):
                    out.append(f"{cid}: {quote}: bad {side} {code}")
            start, end = item.get("period_start"), item.get("period_end")
            if (start is None) != (end is None):
                out.append(f"{cid}: {quote}: period_start and period_end must both be null or both dates")
            elif start is not None and date.fromisoformat(start) > date.fromisoformat(end):
                out.append(f"{cid}: {quote}: period_start after period_end")
            if not (isinstance(item.get("low"), (int, float)) and isinstance(item.get("high"), (int, float))):
                out.append(f"{cid}: {quote}: low/high must be numbers")
            elif item["low"] > item["high"]:
                out.append(f"{cid}: {quote}: low > high")
    return out


if __name__ == "__main__":
    bad = [p for path in sys.argv[1:] for p in problems(path)]
    print("\n".join(bad) or "ok")
    sys.exit(1 if bad else 0)
