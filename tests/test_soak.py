"""benchmarks/soak.py's corpus builder and checker, at a tiny size (the soak itself is run by hand)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pandas as pd

from tradefigures.cli import main


def _soak() -> ModuleType:
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "soak.py"
    spec = importlib.util.spec_from_file_location("soak", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["soak"] = module  # its dataclass looks its module up
    spec.loader.exec_module(module)
    return module


def test_the_soak_corpus_has_every_fault_and_its_checker_finds_a_lost_figure_or_error(tmp_path: Path) -> None:
    soak = _soak()
    corpus = soak.build_corpus(tmp_path / "c", docs=30)
    reasons = {str(i): why for i, why in corpus.unreadable}
    assert {"gone.txt", "binary.txt"} <= set(reasons)
    assert sorted(reasons.values()).count("not JSON") == 1
    assert sorted(reasons.values()).count("not closed") == 1
    texts = [t for _, t, _ in corpus.readable]
    assert any("\r" in t and "\n" not in t for t in texts)  # old Mac line ends
    assert any(len(t) > 200_000 and ". " not in t for t in texts)  # no full stop
    assert any("\ud83d" in t for t in texts)
    assert {type(i) for i, _, _ in corpus.readable} == {int, str}
    expected = soak.reference(corpus)
    out, err = tmp_path / "out.csv", tmp_path / "err.csv"
    argv = ["extract", *map(str, corpus.inputs), "--output", str(out), "--errors", str(err)]
    assert main(argv) == 0
    assert soak.check(corpus, out, err, expected) == []
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    (tmp_path / "short.csv").write_text("".join(lines[:-1]), encoding="utf-8")
    assert soak.check(corpus, tmp_path / "short.csv", err, expected)[0].endswith("expected")
    table = pd.read_csv(err, dtype=str)
    table.iloc[1:].to_csv(tmp_path / "err1.csv", index=False)
    assert soak.check(corpus, out, tmp_path / "err1.csv", expected)[0].startswith("errors: extra {}, missing")
