"""Score tradefigures against the Recognizers-Text currency suite (tests/peer/).

Run directly to list every miss: ``python tests/peer_score.py``.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

import tradefigures

SUITE = Path(__file__).parent / "peer" / "recognizers-currency-en.json"

# The suite names units; these are the ISO codes (and divisors for minor units) tradefigures gives.
UNITS: dict[str, tuple[set[str], float]] = {
    "Dollar": ({"USD"}, 1),
    "Pound": ({"GBP"}, 1),
    "Cent": ({"USD", "EUR"}, 100),
    "Pence": ({"GBP"}, 100),
    "Penny": ({"GBP"}, 100),
    "Franc": ({"CHF", "FRF", "BEF"}, 1),
    "Rupee": ({"INR"}, 1),
    "Peseta": ({"ESP"}, 1),
    "Netherlands guilder": ({"NLG"}, 1),
    "Finnish markka": ({"FIM"}, 1),
    "Bitcoin": ({"XBT"}, 1),
    "Satoshi": ({"XBT"}, 1e8),
    "Sen": (set(), 1),  # no currency can be named from "sen" alone
}


@dataclass(frozen=True)
class Miss:
    text: str
    expected: str
    value: float
    unit: str
    found: list[tuple[str, float, str]]


def load() -> list[dict[str, object]]:
    return list(json.loads(SUITE.read_text(encoding="utf-8")))


def score() -> tuple[int, int, list[Miss]]:
    """(amounts found with the right value and currency, amounts expected, the misses)."""
    hits = total = 0
    misses: list[Miss] = []
    for case in load():
        text = str(case["Input"])
        df = tradefigures.extract(text, include_other=True)
        rows = list(zip(df["quote"], df["low"], df["high"], df["currency"], df["start"], df["end"], strict=False))
        for result in case["Results"]:  # type: ignore[attr-defined]
            res = result["Resolution"]
            if res.get("value") is None:
                continue  # a bare currency name with no amount: not a figure
            total += 1
            value = float(res["value"])
            iso = res.get("isoCurrency")
            codes, divisor = ({iso}, 1.0) if iso else UNITS.get(res["unit"], (set(), 1.0))
            want = value / divisor
            at = text.lower().find(str(result["Text"]).lower())
            ok = any(
                math.isclose(lo, want, rel_tol=1e-9)
                and cur in codes
                and (at < 0 or (s < at + len(str(result["Text"])) and at < e))
                for _, lo, hi, cur, s, e in rows
            )
            if ok:
                hits += 1
            else:
                misses.append(
                    Miss(
                        text,
                        str(result["Text"]),
                        value,
                        str(res["unit"]),
                        [(q, lo, c) for q, lo, _, c, _, _ in rows],
                    )
                )
    return hits, total, misses


if __name__ == "__main__":
    h, t, ms = score()
    print(f"{h}/{t} = {h / t:.1%}")
    for m in ms:
        print(
            f"- expected {m.expected!r} = {m.value} {m.unit}; found {m.found}\n    in {m.text[:140]!r}"
        )
