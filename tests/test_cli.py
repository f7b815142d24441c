"""The command line, run in-process through main() and once as a real subprocess."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from tradefigures.cli import main
from tradefigures.frame import read_figures


def test_default_is_the_embedded_article_as_a_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract"]) == 0
    out = capsys.readouterr().out
    assert "$14 billion to $16 billon" in out
    assert "2024H1" in out
    assert "at_least" in out
    assert len(out.strip().splitlines()) == 5  # header + four figures


def test_csv_output_file_reads_back(tmp_path: Path) -> None:
    target = tmp_path / "out" / "figures.csv"
    assert main(["extract", "--output", str(target)]) == 0
    df = pd.read_csv(target)
    assert df["quote"].tolist()[1] == "$8.3 billion"
    assert df["period"].tolist() == ["2024", "2024H1", "2023", "2024"]


def test_json_lines_from_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "news.txt"
    f.write_text("India's imports from Russia rose to $60 billion last year.", encoding="utf-8")
    assert main(["extract", str(f), "--published", "2024-03-01", "--format", "json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["quote"], r["period"], r["reporter"], r["partner"]) for r in rows] == [
        ("$60 billion", "2023", "IND", "RUS")
    ]
    assert rows[0]["source"] == str(f)


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("Exports to China hit $5bn in 2023."))
    assert main(["extract", "-", "--format", "csv"]) == 0
    assert "$5bn" in capsys.readouterr().out


def test_utf16_and_bom_files_are_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f16 = tmp_path / "a.txt"
    f16.write_text("Exports to China hit $5bn in 2023.", encoding="utf-16")
    fbom = tmp_path / "b.txt"
    fbom.write_text("Exports to India hit $6bn in 2023.", encoding="utf-8-sig")
    assert main(["extract", str(f16), str(fbom), "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert "$5bn" in out
    assert "$6bn" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["extract", "missing.txt"], "missing.txt: no such file"),
        (["extract", "--published", "2024-13-45"], "is not a date"),
        (["charts", "--published", "01/02/2023", "--output", "unused"],
         "published='01/02/2023' is not a date written YYYY-MM-DD; write it as YYYY-MM-DD"),
    ],
)
def test_bad_input_is_a_message_and_exit_2(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(args) == 2
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err


def test_cp1251_file_is_detected_and_said(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "cp1251.txt"
    text = "Товарооборот между Россией и Арменией растёт: exports to Armenia reached $8.3 billion in 2023."
    f.write_bytes(text.encode("cp1251"))
    assert main(["extract", str(f), "--format", "csv"]) == 0
    captured = capsys.readouterr()
    assert "$8.3 billion" in captured.out
    assert "Россией" in captured.out  # the sentence column: decoded right, not just decodable
    assert f"read {f} as cp1251 (detected; not UTF-8)" in captured.err


def test_binary_file_names_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "image.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert main(["extract", str(f)]) == 2
    err = capsys.readouterr().err
    assert f"{f}: not text (binary data)" in err
    assert "Traceback" not in err


def test_help_has_examples(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["extract", "--help"])
    assert exc.value.code == 0
    assert "examples:" in capsys.readouterr().out


def test_python_dash_m_runs_as_a_subprocess() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tradefigures", "extract", "--format", "csv"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("\n") >= 5


def test_committed_figures_table_is_fresh(root: Path, tmp_path: Path) -> None:
    """data/processed/figures.csv is what `make` writes; rebuild it and compare."""
    fresh = tmp_path / "figures.csv"
    assert main(["extract", "--output", str(fresh)]) == 0
    committed = root / "data" / "processed" / "figures.csv"
    assert fresh.read_bytes() == committed.read_bytes(), "run `make` and commit data/processed/"


def test_csv_neutralises_formulas_unless_asked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "evil.txt"
    f.write_text('=HYPERLINK("http://x") exports to China hit $5bn in 2023.', encoding="utf-8")
    assert main(["extract", str(f), "--format", "csv"]) == 0
    safe = pd.read_csv(io.StringIO(capsys.readouterr().out))
    assert safe["sentence"][0].startswith("'=HYPERLINK")
    assert main(["extract", str(f), "--format", "csv", "--keep-formulas"]) == 0
    raw = pd.read_csv(io.StringIO(capsys.readouterr().out))
    assert raw["sentence"][0].startswith("=HYPERLINK")


def test_written_tables_read_back_and_bad_ones_are_named(tmp_path: Path) -> None:


    for name in ("f.csv", "f.jsonl", "f.parquet"):
        assert main(["extract", "--output", str(tmp_path / name)]) == 0
        back = read_figures(tmp_path / name)
        assert back["quote"].tolist()[1] == "$8.3 billion"
        assert str(back["period_start"].dtype) == "datetime64[ns]"
        assert back["bound"].dtype == "category"
    bad = pd.read_csv(tmp_path / "f.csv")
    bad.loc[0, "bound"] = "roughly"
    bad.to_csv(tmp_path / "bad.csv", index=False)
    with pytest.raises(ValueError, match="column 'bound' does not fit the schema"):
        read_figures(tmp_path / "bad.csv")
    bad.drop(columns=["quote"]).to_csv(tmp_path / "short.csv", index=False)
    with pytest.raises(ValueError, match="no column 'quote'"):
        read_figures(tmp_path / "short.csv")
    bad = pd.read_csv(tmp_path / "f.csv", dtype=str)
    bad.loc[0, "low"] = "lots"
    bad.to_csv(tmp_path / "nan.csv", index=False)
    with pytest.raises(ValueError, match="column 'low'"):
        read_figures(tmp_path / "nan.csv")


def test_outputs_are_written_atomically(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A crash while writing leaves the old file whole and no temporary file behind."""
    from tradefigures import frame

    target = tmp_path / "figures.csv"
    target.write_text("old", encoding="utf-8")

    def crash(src: object, dst: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(frame.os, "replace", crash)
    with pytest.raises(KeyboardInterrupt):
        frame.write_atomic(target, b"new contents")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["figures.csv"]


def test_a_lone_surrogate_is_replaced_not_a_crash(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A JSON string with a lone surrogate (issue 13): the row is written, the surrogate as U+FFFD."""
    path = tmp_path / "s.jsonl"
    path.write_text('{"text": "Exports to China hit $5 million in 2023 \\ud83d."}\n', encoding="utf-8")
    for fmt in ("csv", "json"):
        assert main(["extract", str(path), "--format", fmt]) == 0
        out = capsys.readouterr().out
        assert "$5 million" in out
        assert "\ufffd" in out


def test_parquet_takes_document_ids_of_mixed_types(tmp_path: Path) -> None:
    """One line gives its id, the next is left to its line number (issue 13): both are text."""
    path = tmp_path / "m.jsonl"
    path.write_text('{"doc_id": "a", "text": "Exports to China hit $1 million in 2023."}\n'
                    '{"text": "Exports to China hit $2 million in 2023."}\n', encoding="utf-8")
    assert main(["extract", str(path), "--output", str(tmp_path / "m.parquet")]) == 0
    assert pd.read_parquet(tmp_path / "m.parquet")["doc_id"].tolist() == ["a", "2"]


def test_a_bare_carriage_return_in_a_cell_reads_back(tmp_path: Path) -> None:
    """Old Mac line ends in the input (issue 13): the CSV output still reads back, row for row."""
    (tmp_path / "mac.txt").write_bytes(b"Exports to China hit $5 billion\rin 2023.\r")
    assert main(["extract", str(tmp_path / "mac.txt"), "--output", str(tmp_path / "mac.csv")]) == 0
    back = read_figures(tmp_path / "mac.csv")
    assert back["quote"].tolist() == ["$5 billion"]
    assert back["sentence"].tolist() == ["Exports to China hit $5 billion\nin 2023."]


def test_two_runs_writing_one_output_use_temporary_files_of_their_own(tmp_path: Path) -> None:
    """The temporary name was fixed (issue 13): two runs writing the same output shared it."""
    from tradefigures.frame import temporary_beside

    a, b = temporary_beside(tmp_path / "f.csv"), temporary_beside(tmp_path / "f.csv")
    assert a != b
    assert a.parent == b.parent == tmp_path
    assert a.name.startswith(".f.csv.")
    assert a.name.endswith(".partial")
    (tmp_path / "plain").write_text("")  # the permissions any new file gets here
    assert a.stat().st_mode & 0o777 == (tmp_path / "plain").stat().st_mode & 0o777


def test_an_output_that_cannot_be_written_is_refused_before_reading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder, a link or an input as --output (issue 13): a one-line error first, not at the end."""
    news = tmp_path / "news.txt"
    news.write_text("Exports to China hit $5 billion in 2023.", encoding="utf-8")
    (tmp_path / "link.csv").symlink_to(news)
    for output, said in ((tmp_path, "is a folder"), (tmp_path / "link.csv", "is not a regular file"),
                         (news, "is also an input")):
        assert main(["extract", str(news), "--output", str(output)]) == 2
        assert said in capsys.readouterr().err
    assert news.read_text(encoding="utf-8") == "Exports to China hit $5 billion in 2023."
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.csv", "news.txt"]
