"""Outputs and readings that no input breaks: the smaller defects of issue 13."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import tradefigures as tf
from tradefigures.cli import main
from tradefigures.corpus import extract_many
from tradefigures.explain import explain
from tradefigures.frame import read_figures

TEXT = "Exports to China hit $5 billion in 2023."


def test_errors_file_is_rewritten_when_a_rerun_has_no_errors(tmp_path: Path) -> None:
    news, errs = tmp_path / "news.jsonl", tmp_path / "errors.csv"
    news.write_text(json.dumps({"text": TEXT}) + "\n{not json\n", encoding="utf-8")
    args = ["extract", str(news), "--output", str(tmp_path / "f.csv"), "--errors", str(errs)]
    assert main(args) == 0
    assert len(pd.read_csv(errs)) == 1
    news.write_text(json.dumps({"text": TEXT}) + "\n", encoding="utf-8")
    assert main(args) == 0
    assert errs.read_text(encoding="utf-8") == "doc_id,reason\n"


def test_a_run_with_no_figures_writes_a_csv_that_reads_back(tmp_path: Path) -> None:
    news = tmp_path / "news.jsonl"
    news.write_text(json.dumps({"text": "Nothing to see here."}) + "\n", encoding="utf-8")
    for name in ("f.csv", "f.jsonl"):
        assert main(["extract", str(news), "--output", str(tmp_path / name)]) == 0
        back = read_figures(tmp_path / name)
        assert len(back) == 0
        assert list(back.columns)[-len(tf.SCHEMA):] == list(tf.SCHEMA)


def test_csv_round_trip_gives_the_frame_back(tmp_path: Path) -> None:
    texts = {
        "a.txt": "=HYPERLINK exports to China hit $5 billion in 2023.",
        "'=b": "Exports to China hit $6 billion in 2023.",
        "-c": "+Exports to China hit $7 billion in 2023.",
    }
    given = pd.DataFrame({"doc_id": list(texts), "text": list(texts.values())})
    many = pd.concat([extract_many(list(texts.values())), extract_many(given)], ignore_index=True)
    assert {type(i) for i in many["doc_id"]} == {int, str}
    news = tmp_path / "news.jsonl"
    news.write_text(
        "".join(json.dumps({"text": t}) + "\n" for t in texts.values())
        + "".join(json.dumps({"doc_id": i, "text": t}) + "\n" for i, t in texts.items()),
        encoding="utf-8",
    )
    assert main(["extract", str(news), "--output", str(tmp_path / "f.csv")]) == 0
    back = read_figures(tmp_path / "f.csv")
    expected = read_figures_ready(many)
    pd.testing.assert_frame_equal(back, expected)
    assert "'" not in "".join(back["sentence"])


def read_figures_ready(df: pd.DataFrame) -> pd.DataFrame:
    """extract_many's table, the line numbers of a JSON Lines file as ids (1, 2, 3)."""
    out = df.copy()
    out["doc_id"] = [i + 1 if isinstance(i, int) else i for i in out["doc_id"]]
    return out


def test_a_positive_amount_with_many_decimals_is_never_zero() -> None:
    df = tf.extract("Exports to China hit $0.1234567890 million in 2023.")
    assert df["low"].tolist() == [pytest.approx(123456.789)]
    longer = tf.extract("Exports to China hit $0.1234567890123456789012 million in 2023.")
    assert (longer["low"] > 0).all()


@pytest.mark.parametrize("mark", ["\u200e", "\u200f", "\u202a", "\u202e", "\u2066", "\u2069"])
def test_a_direction_mark_inside_an_amount_keeps_the_figure(mark: str) -> None:
    text = f"Exports to China hit ${mark}5{mark} billion in 2023."
    df = tf.extract(text)
    assert df["low"].tolist() == [5e9]
    start, end = df["start"][0], df["end"][0]
    assert text[start:end] == df["quote"][0] == f"${mark}5{mark} billion"
    assert explain(text)["quote"].tolist() == [f"${mark}5{mark} billion"]


def test_a_folder_run_says_which_encoding_it_guessed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "in").mkdir()
    ru = "Товарооборот России и Китая превысил 8,3 млрд долларов в 2023 году."
    (tmp_path / "in" / "ru.txt").write_bytes(ru.encode("cp1251"))
    (tmp_path / "in" / "en.txt").write_text(TEXT, encoding="utf-8")
    with pytest.warns(UserWarning, match=r"ru\.txt: not UTF-8, read as cp1251") as said:
        extract_many(tmp_path / "in")
    assert len(said) == 1
    assert main(["extract", str(tmp_path / "in"), "--output", str(tmp_path / "f.csv")]) == 0
    notes = [x for x in capsys.readouterr().err.splitlines() if "not UTF-8" in x]
    assert len(notes) == 1
    assert notes[0].startswith("tradefigures: note:")


def test_messages_name_the_output_not_the_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import tradefigures.frame as frame

    def refuse(src: str, dst: str) -> None:
        raise PermissionError(13, "Permission denied", src, dst)

    monkeypatch.setattr(frame.os, "replace", refuse)
    import tradefigures.cli as cli

    monkeypatch.setattr(cli.os, "replace", refuse)
    news = tmp_path / "news.jsonl"
    news.write_text(json.dumps({"text": TEXT}) + "\n", encoding="utf-8")
    out = tmp_path / "f.csv"
    (tmp_path / "x.txt").write_text(TEXT, encoding="utf-8")
    for source in (news, tmp_path / "x.txt"):  # a corpus run and a single text
        assert main(["extract", str(source), "--output", str(out)]) == 1
        err = capsys.readouterr().err
        assert f"cannot write {out}: Permission denied" in err
        assert ".f.csv." not in err


_STOP_AT_PANDAS = """\
import sys
class Stop:
    def find_spec(self, name, path=None, target=None):
        if name == "pandas":
            raise KeyboardInterrupt  # Ctrl-C while pandas loads
sys.meta_path.insert(0, Stop())
sys.argv = ["tradefigures", "extract"]
"""


@pytest.mark.parametrize(
    "start",
    [
        "from tradefigures._console import main; sys.exit(main())",  # the console script
        "import runpy; runpy.run_module('tradefigures', run_name='__main__')",  # python -m tradefigures
    ],
)
def test_ctrl_c_while_loading_ends_with_one_line_and_130(start: str) -> None:
    done = subprocess.run([sys.executable, "-c", _STOP_AT_PANDAS + start], capture_output=True, text=True)
    assert (done.returncode, done.stderr) == (130, "tradefigures: interrupted\n")


def test_the_console_script_is_the_light_entry_point(root: Path) -> None:
    assert 'tradefigures = "tradefigures._console:main"' in (root / "pyproject.toml").read_text(encoding="utf-8")


def test_a_sentence_without_end_is_cut_even_where_each_cut_would_fall_inside_an_amount() -> None:
    # each piece cut at white space ended inside "$5.5 billion" at the same place, and joining the
    # pieces back gave every row the whole text
    text = "".join(f"exports ${i % 97 + 1}.5 billion, " for i in range(5000))
    df = tf.extract(text, include_other=True)
    assert len(df) == 5000
    assert df["sentence"].str.len().max() <= 4_200
    assert all(text[s:e] == q for s, e, q in zip(df["start"], df["end"], df["quote"], strict=True))
