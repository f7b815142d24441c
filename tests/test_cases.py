"""Data-driven cases: tests/cases/<lang>/*.json, one sentence (or article) and its expected figures.

Each file says where its sentences come from. Expected rows give only the columns they check;
the quote is searched for in the text, so files carry no offsets.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from case_check import same
from tradefigures import extract

CASES_DIR = Path(__file__).parent / "cases"


def _load() -> list[Any]:
    params = []
    for path in sorted(CASES_DIR.glob("*/*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        assert doc.get("origin"), f"{path} must say where its sentences come from"
        for case in doc["cases"]:
            marks = (
                [pytest.mark.xfail(reason=case["xfail"], strict=True)] if case.get("xfail") else []
            )
            params.append(pytest.param(case, id=f"{path.parent.name}/{case['id']}", marks=marks))
    return params


CASES = _load()


def test_there_are_enough_cases() -> None:
    assert len(CASES) >= 80
    ids = [p.id for p in CASES]
    assert len(ids) == len(set(ids))
    negatives = [p for p in CASES if not p.values[0]["expect"]]
    assert len(negatives) >= 20


@pytest.mark.parametrize("case", CASES)
def test_case(case: dict[str, Any]) -> None:
    text = case["text"]
    df = extract(
        text, published=case.get("published"), include_other=case.get("include_other", False)
    )
    got_quotes = df["quote"].tolist()
    want_quotes = [row["quote"] for row in case["expect"]]
    assert got_quotes == want_quotes, f"rows differ\n{df.drop(columns=['sentence']).to_string()}"
    pos = 0
    for row, (_, got) in zip(case["expect"], df.iterrows(), strict=True):
        start = text.index(row["quote"], pos)
        pos = start + len(row["quote"])
        assert (got["start"], got["end"]) == (start, pos)
        bad = {k: (got[k], v) for k, v in row.items() if k != "quote" and not same(got[k], v)}
        assert not bad, f"{row['quote']!r}: (got, want) {bad}"
