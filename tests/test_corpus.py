"""Many documents: every input form, document order, jobs, errors, streaming, and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

import tradefigures
from tradefigures import extract, extract_many, iter_extract, load_article
from tradefigures.cli import main
from tradefigures.corpus import read_documents, read_paths

TEXTS = [
    "Trade between Russia and Armenia exceeded $8.3 billion in the first half of 2024.",
    "No money in this one.",
    "China's exports to Russia rose to $111 billion in 2023, up from $76 billion a year earlier.",
    load_article().text,
    "India's imports from Russia reached about $60 billion last year.",
]


def _expected(texts: list[str], published: str | None = None) -> pd.DataFrame:
    frames = []
    for i, t in enumerate(texts):
        df = extract(t, published=published)
        df.insert(0, "doc_id", [i] * len(df))
        frames.append(df)
    return pd.concat(frames, ignore_index=True)


def _drop_attrs(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    out.attrs = {}
    return out


def test_list_of_strings_equals_extract_document_by_document() -> None:
    got = extract_many(TEXTS, published="2024-11-25")
    want = _expected(TEXTS, published="2024-11-25")
    pd.testing.assert_frame_equal(_drop_attrs(got), _drop_attrs(want), check_dtype=False)
    assert got.columns[0] == "doc_id"
    assert got.attrs["documents"] == len(TEXTS)
    assert got.attrs["chars"] == sum(map(len, TEXTS))
    assert got.attrs["errors"] == []


def test_jobs_two_gives_the_same_rows_in_document_order() -> None:
    docs = TEXTS * 30
    one = extract_many(docs, published="2024-11-25", chunk_size=7)
    two = extract_many(docs, published="2024-11-25", jobs=2, chunk_size=7)
    pd.testing.assert_frame_equal(one, two)
    assert one["doc_id"].is_monotonic_increasing


def test_series_keeps_its_index_as_doc_id() -> None:
    s = pd.Series(TEXTS[:3], index=["a", "b", "c"])
    df = extract_many(s, published="2024-11-25")
    assert df["doc_id"].tolist() == ["a", "c", "c"]


def test_dataframe_with_dates_and_sources() -> None:
    frame = pd.DataFrame(
        {
            "body": ["Exports to China hit $5bn last year.", "Exports to India hit $6bn last year."],
            "published": ["2024-03-01", "2021-06-30"],
            "source": ["wire-1", "wire-2"],
        }
    )
    df = extract_many(frame, text_column="body")
    assert df["period"].tolist() == ["2023", "2020"]
    assert df["source"].tolist() == ["wire-1", "wire-2"]
    with pytest.raises(ValueError, match="no 'text' column; name the text column with text_column="):
        extract_many(frame)


def test_folder_with_metadata_and_a_bad_file(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("Exports to China hit $5bn last year.", encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text("Imports from Iran hit $2bn in 2023.", encoding="utf-16")
    (tmp_path / "c.txt").write_bytes("Товарооборот $8,3 млрд".encode("cp1251"))
    (tmp_path / "d.txt").write_bytes(b"\x00\x01binary\x00")
    meta = tmp_path / "meta.csv"
    meta.write_text("file,published,source\na.txt,2024-03-01,Reuters\n", encoding="utf-8")
    (tmp_path / "e.txt").write_bytes("Exports to Iran hit $3bn in 2023, «рекорд».".encode("cp1251"))
    with pytest.warns(UserWarning, match="not UTF-8, read as") as said:
        df = extract_many(tmp_path, metadata=meta)
    assert sorted(Path(str(w.message).split(":")[0]).name for w in said) == ["c.txt", "e.txt"]
    # cp1251 is detected and read (c.txt is Russian, read as Russian: a trade figure, no period)
    assert df["doc_id"].tolist() == ["a.txt", "c.txt", "e.txt", "sub/b.txt"]
    assert df["quote"].tolist()[1] == "$8,3 млрд"
    assert df["period"].fillna("none").tolist() == ["2023", "none", "2023", "2023"]
    assert df["source"].tolist() == ["Reuters", "c.txt", "e.txt", "sub/b.txt"]
    errors = {e["doc_id"]: e["reason"] for e in df.attrs["errors"]}
    assert set(errors) == {"d.txt"}
    assert "binary" in errors["d.txt"]


def test_json_lines_with_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    lines = [
        json.dumps({"doc_id": "x1", "text": TEXTS[0], "published": "2024-11-25"}),
        "{not json",
        json.dumps({"doc_id": "x3", "body": "no text field"}),
        "",
        json.dumps({"doc_id": "x5", "text": TEXTS[4], "published": "2024-11-25"}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    df = extract_many(path)
    assert df["doc_id"].tolist() == ["x1", "x5"]
    assert [e["doc_id"] for e in df.attrs["errors"]] == [2, "x3"]


def test_non_text_items_are_reported_and_the_rest_processed() -> None:
    df = extract_many([TEXTS[0], None, 42, b"bytes", TEXTS[4]], published="2024-11-25")
    assert df["doc_id"].tolist() == [0, 4]
    assert [e["doc_id"] for e in df.attrs["errors"]] == [1, 2, 3]


def test_too_large_documents_are_reported() -> None:
    df = extract_many([TEXTS[0], "x" * 101], max_chars=100)
    assert df.attrs["errors"] == [{"doc_id": 1, "reason": "too large: 101 characters (limit 100)"}]


def test_streaming_batches_cover_every_document() -> None:
    batches = list(iter_extract(TEXTS * 10, chunk_size=4, published="2024-11-25"))
    assert len(batches) == 13
    assert sum(b.documents for b in batches) == 50
    assert max(len(b.figures) for b in batches) <= 4 * 4  # a batch holds only its own documents


def test_one_string_is_refused_with_a_hint() -> None:
    with pytest.raises(TypeError, match="for one text, use extract"):
        extract_many("Trade hit $5bn.")
    with pytest.raises(ValueError, match="jobs must be 1 or more"):
        extract_many(TEXTS, jobs=0)


def test_two_results_concatenate() -> None:
    a = extract_many(TEXTS[:2], published="2024-11-25")
    b = extract_many(TEXTS[2:], published="2024-11-25")
    assert len(pd.concat([a, b])) == len(a) + len(b)


def test_read_documents_is_lazy() -> None:
    def endless():  # type: ignore[no-untyped-def]
        while True:
            yield "Exports hit $1bn."

    docs = read_documents(endless())
    assert next(docs).text == "Exports hit $1bn."


def test_cli_folder_to_csv_with_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "in").mkdir()
    for i, t in enumerate(TEXTS):
        (tmp_path / "in" / f"{i}.txt").write_text(t, encoding="utf-8")
    (tmp_path / "in" / "bad.txt").write_bytes(b"\xff\xfe\x00")
    out, errs = tmp_path / "figures.csv", tmp_path / "errors.csv"
    args = ["extract", str(tmp_path / "in"), "--jobs", "2", "--published", "2024-11-25"]
    assert main([*args, "--output", str(out), "--errors", str(errs)]) == 0
    df = pd.read_csv(out)
    assert sorted(set(df["doc_id"])) == ["0.txt", "2.txt", "3.txt", "4.txt"]
    assert len(df) == len(extract_many(TEXTS, published="2024-11-25"))
    assert "bad.txt" in errs.read_text()
    err = capsys.readouterr().err
    assert "1 document could not be read" in err
    assert "Traceback" not in err


def test_cli_jsonl_to_parquet_and_json(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(json.dumps({"text": t}) for t in TEXTS), encoding="utf-8")
    assert main(["extract", str(path), "--published", "2024-11-25", "--output", str(tmp_path / "f.parquet")]) == 0
    df = pd.read_parquet(tmp_path / "f.parquet")
    assert len(df) == len(extract_many(TEXTS, published="2024-11-25"))
    assert main(["extract", str(path), "--published", "2024-11-25", "--output", str(tmp_path / "f.jsonl")]) == 0
    rows = [json.loads(x) for x in (tmp_path / "f.jsonl").read_text().splitlines()]
    assert len(rows) == len(df)
    assert not list(tmp_path.glob(".*partial"))


def _without_pyarrow(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make imports of pyarrow fail, as on an install without the parquet extra."""
    import builtins

    real_import = builtins.__import__

    def fake_import(name: str, *args: object, **kwargs: object) -> object:
        if name.startswith("pyarrow"):
            raise ImportError("no pyarrow")
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", fake_import)


def test_parquet_without_pyarrow_says_how_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _without_pyarrow(monkeypatch)
    assert main(["extract", "--output", str(tmp_path / "f.parquet")]) == 2
    assert "pip install pyarrow" in capsys.readouterr().err


def test_extract_many_is_public() -> None:
    assert {"extract_many", "iter_extract"} <= set(tradefigures.__all__)


def test_ctrl_c_keeps_what_was_finished(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import tradefigures.corpus as corpus

    real = corpus.iter_extract
    expected = len(extract_many(TEXTS[:2], published="2024-11-25"))

    def interrupted(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        batches = real(*args, chunk_size=2, **kwargs)  # type: ignore[arg-type]
        yield next(batches)
        raise KeyboardInterrupt

    monkeypatch.setattr(corpus, "iter_extract", interrupted)
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(json.dumps({"text": t}) for t in TEXTS), encoding="utf-8")
    out = tmp_path / "figures.csv"
    assert main(["extract", str(path), "--published", "2024-11-25", "--output", str(out)]) == 130
    kept = pd.read_csv(out)
    assert len(kept) == expected
    assert "interrupted after 2 documents; kept their 1 figures" in capsys.readouterr().err
    assert not list(tmp_path.glob(".*partial"))


def _table(ids: bool = True) -> pd.DataFrame:
    df = pd.DataFrame({"text": TEXTS, "published": ["2024-11-25"] * len(TEXTS), "source": "wire"})
    if ids:
        df.insert(0, "doc_id", [f"a{i}" for i in range(len(TEXTS))])
    return df


@pytest.mark.parametrize("suffix", [".csv", ".tsv", ".parquet"])
def test_table_files_give_what_the_dataframe_gives(tmp_path: Path, suffix: str) -> None:
    df = _table()
    path = tmp_path / f"news{suffix}"
    if suffix == ".parquet":
        df.to_parquet(path, index=False)
    else:
        df.to_csv(path, index=False, sep="\t" if suffix == ".tsv" else ",")
    got = extract_many(path)
    assert len(got) > 5
    pd.testing.assert_frame_equal(_drop_attrs(got), _drop_attrs(extract_many(df)))
    assert got.attrs["errors"] == []


def test_csv_rows_are_numbered_and_bad_rows_reported(tmp_path: Path) -> None:
    path = tmp_path / "articles.csv"
    lines = [
        "body,published",
        f'"{TEXTS[0]}",2024-11-25',
        "one,two,three,four",  # a malformed line: four fields where the header has two
        ",2024-11-25",  # no text
        f'"{TEXTS[4]}",not a date',
        f'"{TEXTS[2]}",2024-11-25',
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    df = extract_many(path, text_column="body")
    assert sorted(set(df["doc_id"])) == [1, 4]  # data rows counted from 1, the malformed line skipped
    errors = {str(e["doc_id"]): e["reason"] for e in df.attrs["errors"]}
    assert errors["articles.csv: malformed line"].startswith("line 3: 4 fields where the header has 2")
    assert errors["2"] == "no text (missing value)"
    assert "not a date" in errors["3"]


def test_csv_edge_rows(tmp_path: Path) -> None:
    """A malformed first row is reported too (pandas' own reader cut it to the header's width
    without a word); a BOM, blank lines, a quoted line break and a short row are read as pandas
    reads them."""
    path = tmp_path / "edge.csv"
    lines = [
        "\ufeffbody,published,source",
        f'"{TEXTS[0]}",2024-11-25,a,extra',  # four fields where the header has three
        "",
        f'"{TEXTS[2]}\nsecond line",2024-11-25,b',
        f'"{TEXTS[4]}",2024-11-25',  # no source: missing, not an error
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    df = extract_many(path, text_column="body")
    errors = {str(e["doc_id"]): e["reason"] for e in df.attrs["errors"]}
    assert list(errors) == ["edge.csv: malformed line"]
    assert errors["edge.csv: malformed line"].startswith("line 2: 4 fields where the header has 3")
    assert sorted(set(df["doc_id"])) == [1, 2]
    assert df.loc[df["doc_id"] == 1, "source"].eq("b").all()
    assert df.loc[df["doc_id"] == 2, "source"].isna().all()


def test_csv_cell_over_128_kb_is_read(tmp_path: Path) -> None:
    """The csv module's default limit on a cell is 128 KB; a long article in a cell is read, and
    one over max_chars is reported, not a crash."""
    path = tmp_path / "long.csv"
    long = TEXTS[0] + " " + "filler " * 30_000  # ~210,000 characters
    pd.DataFrame({"text": [long, TEXTS[2]]}).to_csv(path, index=False)
    df = extract_many(path)
    assert sorted(set(df["doc_id"])) == [1, 2]
    small = extract_many(path, max_chars=100_000)
    assert sorted(set(small["doc_id"])) == [2]
    assert [e["doc_id"] for e in small.attrs["errors"]] == [1]


def test_table_file_without_its_text_column_says_what_it_has(tmp_path: Path) -> None:
    path = tmp_path / "articles.csv"
    _table().rename(columns={"text": "body"}).to_csv(path, index=False)
    with pytest.raises(ValueError, match=r"no 'text' column; name the text column with text_column=.*body"):
        extract_many(path)


def test_cli_reads_a_csv_with_named_columns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "articles.csv"
    _table().rename(columns={"text": "body", "doc_id": "url"}).to_csv(path, index=False)
    out = tmp_path / "figures.csv"
    args = ["extract", str(path), "--text-column", "body", "--id-column", "url", "--output", str(out)]
    assert main(args) == 0
    got = pd.read_csv(out)
    assert got["doc_id"].tolist() == extract_many(_table())["doc_id"].tolist()
    # the wrong column name: reported as that file's error, not a traceback
    assert main(["extract", str(path), "--output", str(tmp_path / "none.csv")]) == 0
    err = capsys.readouterr().err
    assert "no 'text' column" in err
    assert "--text-column" in err
    assert "Traceback" not in err


def test_a_failure_while_writing_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import tradefigures.cli as cli

    def broken(df: pd.DataFrame, *, formulas: bool = False) -> pd.DataFrame:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cli, "csv_ready", broken)
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps({"text": TEXTS[0]}), encoding="utf-8")
    assert main(["extract", str(path), "--output", str(tmp_path / "figures.csv")]) == 1
    assert list(tmp_path.iterdir()) == [path]  # no figures.csv, no .figures.csv.partial
    err = capsys.readouterr().err
    assert "No space left on device" in err
    assert "Traceback" not in err


def test_reading_parquet_without_pyarrow_says_how_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "news.parquet"
    _table().to_parquet(path, index=False)
    _without_pyarrow(monkeypatch)
    with pytest.raises(ValueError, match=r"reading Parquet needs pyarrow: pip install 'tradefigures\[parquet\]'"):
        extract_many(path)


def test_a_folder_run_reports_what_it_cannot_read_and_reads_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An unreadable file, a link to nothing and a loop of links (issue 13): each reported with
    where it was, the other documents still read (the run used to stop at the first)."""
    (tmp_path / "a.txt").write_text("Exports to China hit $5 billion in 2023.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Exports to China hit $6 billion in 2024.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "e.txt").write_text("Imports from China hit $3 billion in 2022.", encoding="utf-8")
    (tmp_path / "c.txt").symlink_to(tmp_path / "nothing.txt")
    (tmp_path / "sub" / "loop").symlink_to(tmp_path)
    read_bytes = Path.read_bytes

    def no_permission(self: Path) -> bytes:
        if self.name == "b.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", no_permission)
    docs = {d.doc_id: d for d in read_paths([tmp_path])}
    assert docs["b.txt"].error == "cannot be read: Permission denied"
    assert "does not exist" in str(docs["c.txt"].error)
    assert "loop" in str(docs["sub/loop"].error)
    assert docs["a.txt"].text is not None
    assert docs["sub/e.txt"].text is not None
    assert extract_many(tmp_path)["doc_id"].tolist() == ["a.txt", "sub/e.txt"]


def _exports(k: int) -> str:
    return f"Exports to China hit ${k} million in 2023."


def _credited(df: pd.DataFrame) -> dict[object, list[float]]:
    """Each document's figures, by id: which document a figure was credited to."""
    return {i: sorted(g["low"].tolist()) for i, g in df.groupby("doc_id", sort=False)}


RU_CP1251 = "Экспорт в Китай составил $7 млн в 2023 году."
RU_CUT = "Экспорт в Китай составил $4 млн в 2023 году, сообщил министр".encode()[:-1]  # a character cut in two


def test_jsonl_reads_every_line_a_bad_line_cannot_stop(tmp_path: Path) -> None:
    """Issue 13, defect 7: bytes that are not UTF-8 on one line stopped the file there (every later
    line lost, no line number). Now a line in another encoding is read and said, a line with a cut
    character keeps its UTF-8, and what cannot be read is reported with its file and line."""
    path = tmp_path / "news.jsonl"
    lines = [
        json.dumps({"text": _exports(1)}).encode(),
        json.dumps({"text": RU_CP1251}, ensure_ascii=False).encode("cp1251"),
        b'{"text": "\x00\xff\xfe binary"}',
        b'{"text": "' + RU_CUT + b'"}',
        b'{"text": "not closed',
        b"",
        b'{"body": "no text field"}',
        json.dumps({"text": _exports(8)}).encode(),
    ]
    path.write_bytes(b"\n".join(lines) + b"\n")
    with pytest.warns(UserWarning, match=r"news.jsonl: 2 lines not UTF-8, read as detected \(line 2 as cp1251, "
                      r"line 4 as UTF-8 with 1 bad byte sequence replaced by U\+FFFD\)"):
        df = extract_many(path)
    assert _credited(df) == {1: [1e6], 2: [7e6], 4: [4e6], 8: [8e6]}
    assert df.attrs["errors"] == [
        {"doc_id": 3, "reason": "news.jsonl, line 3: not text (binary data)"},
        {"doc_id": 5, "reason": "news.jsonl, line 5: not JSON (Invalid control character at)"},
        {"doc_id": 7, "reason": "news.jsonl, line 7: no string field 'text'"},
    ]


def test_csv_bad_bytes_lose_only_their_row(tmp_path: Path) -> None:
    """Issue 13, defect 7: bytes that are not UTF-8 lost the CSV's whole batch and every row after
    it. Now only a row that cannot be decoded is lost, reported with its line."""
    path = tmp_path / "articles.csv"
    rows = [b"doc_id,text", f"a,{_exports(1)}".encode(), f'b,"{RU_CP1251}"'.encode("cp1251"),
            b'c,"\x00\xff binary"', b'd,"' + RU_CUT + b'"', f"e,{_exports(5)}".encode()]
    path.write_bytes(b"\r\n".join(rows) + b"\r\n")
    with pytest.warns(UserWarning, match=r"articles.csv: 2 lines not UTF-8, read as detected \(line 3 as cp1251, "
                      r"line 5 as UTF-8 with 1 bad byte sequence replaced by U\+FFFD\)"):
        df = extract_many(path)
    assert _credited(df) == {"a": [1e6], "b": [7e6], "d": [4e6], "e": [5e6]}
    assert df.attrs["errors"] == [{"doc_id": "c", "reason": "articles.csv, line 4: not text (binary data)"}]
    whole = tmp_path / "cp1251.csv"  # a whole file in cp1251 is read as such, and said
    whole.write_bytes(f'text\n"{RU_CP1251}"\n"{RU_CP1251.replace("7", "9")}"\n'.encode("cp1251"))
    with pytest.warns(UserWarning, match=r"cp1251.csv: 2 lines not UTF-8.*line 2 as cp1251, line 3 as cp1251"):
        assert _credited(extract_many(whole)) == {1: [7e6], 2: [9e6]}


def test_csv_unclosed_quote_is_reported_and_the_rows_it_ran_over_are_read(tmp_path: Path) -> None:
    """Issue 13, defect 8: a quote never closed made one cell of the rows after it, so their figures
    were credited to the row with the quote. Now that row is reported with the line of its quote,
    and the rows it ran over are read as rows."""
    path = tmp_path / "articles.csv"
    path.write_text(
        f'doc_id,text\na,{_exports(1)}\nb,"{_exports(2)}\nc,{_exports(3)}\nd,"{_exports(4)}"\ne,{_exports(5)}\n'
        f'f,"{_exports(6)}\n\nIts second paragraph.\ng,"{_exports(7)}, a record"\n', encoding="utf-8",
    )
    df = extract_many(path)
    assert _credited(df) == {"a": [1e6], "c": [3e6], "d": [4e6], "e": [5e6], "g": [7e6]}
    assert df.attrs["errors"] == [
        {"doc_id": "b", "reason": "articles.csv, line 3: a quote opened on this line is not closed before line 5, "
                                  "where a quote is followed by text; read on from line 4 as rows"},
        {"doc_id": "f", "reason": "articles.csv, line 7: a quote opened on this line is not closed before "
                                  "line 10, where a quote is followed by text; read on from line 10 as rows"},
    ]


def test_csv_quotes_a_cell_may_hold_are_still_read(tmp_path: Path) -> None:
    """Not every broken quote is an unclosed one: a quote not doubled inside a cell of several
    paragraphs, or text after a closing quote, is read as pandas reads it; a truncated last row is
    reported, not read as if whole."""
    path = tmp_path / "articles.csv"
    path.write_text(
        f'doc_id,text\na,"First paragraph.\nHe said "{_exports(1)}" today."\nb,"{_exports(2)}"x\n'
        f'c,"{_exports(3)}\n\nSecond paragraph, with a comma."\nd,"{_exports(4)}\n', encoding="utf-8",
    )
    docs = {d.doc_id: d for d in read_documents(path)}
    assert docs["a"].text == f'First paragraph.\nHe said {_exports(1)}" today."'
    assert docs["b"].text == f"{_exports(2)}x"
    assert docs["c"].text == f"{_exports(3)}\n\nSecond paragraph, with a comma."
    assert docs["d"].error == (
        "articles.csv, line 8: a quote opened on this line is not closed before the end of the file"
    )


def test_cli_reports_each_bad_line_on_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "news.jsonl"
    path.write_bytes(b"\n".join([json.dumps({"text": _exports(1)}).encode(), b'{"text": "\x00\xff"}',
                                 json.dumps({"text": RU_CP1251}, ensure_ascii=False).encode("cp1251"),
                                 b"{oops", json.dumps({"text": _exports(5)}).encode()]))
    out = tmp_path / "o.csv"
    assert main(["extract", str(path), "--output", str(out)]) == 0
    assert sorted(pd.read_csv(out)["low"]) == [1e6, 5e6, 7e6]
    assert capsys.readouterr().err.splitlines() == [
        "2 documents could not be read:",
        "  2: news.jsonl, line 2: not text (binary data)",
        "  4: news.jsonl, line 4: not JSON (Expecting property name enclosed in double quotes)",
        f"tradefigures: note: {path}: 1 line not UTF-8, read as detected (line 3 as cp1251); "
        "check the figures there, or convert the file to UTF-8 first",
        f"read 5 documents, 3 figures to {out}",
    ]
