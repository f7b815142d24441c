"""Many documents → one figures table: lists, Series, DataFrames, folders of .txt files, JSON Lines,
CSV, TSV and Parquet files.

Documents are read lazily and processed in chunks, locally in one process or in ``jobs`` worker
processes, always in document order. A document that cannot be read goes to the errors table
(``doc_id``, ``reason``) and the rest are still processed.

>>> df = extract_many(["Exports to China hit $5bn in 2023.", "No money.", b"\\xff\\xfe bytes"])
>>> df[["doc_id", "quote", "period"]].values.tolist()
[[0, '$5bn', '2023']]
>>> df.attrs["errors"]
[{'doc_id': 2, 'reason': 'not text: bytes; decode it first or pass a file path'}]
"""

from __future__ import annotations

import codecs
import csv
import itertools
import json
import math
import os
import re
import signal
import sys
import threading
import time
import warnings
from collections import deque
from collections.abc import Generator, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

import pandas as pd

from ._lexicon import LEXICONS
from .extract import extract_rows, parse_published
from .frame import SCHEMA, empty_frame, frame_from_rows

__all__ = [
    "DEFAULT_MAX_CHARS",
    "Batch",
    "Document",
    "decode_bytes",
    "extract_many",
    "iter_extract",
    "read_documents",
    "read_paths",
]

DEFAULT_MAX_CHARS = 10_000_000  # a news article is ~5–50k characters; larger is likely not one
ERRORS_DTYPES: dict[str, Any] = {"doc_id": "object", "reason": pd.StringDtype("python")}


@dataclass(frozen=True, slots=True)
class Document:
    """One document to read: its id, its text (or why it has none), its date and its source."""

    doc_id: Any
    text: str | None
    published: Any = None
    source: str | None = None
    error: str | None = None


@dataclass(frozen=True)
class Batch:
    """The figures and the errors of one chunk of documents."""

    figures: pd.DataFrame
    errors: pd.DataFrame
    documents: int
    chars: int


def _empty_errors() -> pd.DataFrame:
    frame: pd.DataFrame = pd.DataFrame({k: pd.Series(dtype=v) for k, v in ERRORS_DTYPES.items()})
    return frame


_PREFERRED = {"cp1251": 0, "koi8_r": 1, "cp1252": 2, "iso8859_5": 3, "cp866": 4, "latin_1": 5}


def decode_bytes(raw: bytes, name: str = "the text") -> tuple[str | None, str]:
    """Bytes of a file → (text, encoding), or (None, why not).

    UTF-8 (with or without BOM) and UTF-16 with a BOM are read as such; anything else is detected
    with charset-normalizer (legacy single-byte encodings such as cp1251 are common in the region).
    UTF-16/32 without a BOM is never guessed: short Cyrillic texts look like it to a detector.

    >>> decode_bytes("Товарооборот превысил 8,3 млрд долларов".encode("cp1251"))
    ('Товарооборот превысил 8,3 млрд долларов', 'cp1251')
    >>> decode_bytes(bytes(range(256)) * 4)[0] is None
    True
    """
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            return None, "not readable as UTF-16 although it starts with a UTF-16 byte-order mark"
    if b"\x00" in raw[:4096]:
        return None, "not text (binary data)"
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = f"{exc.reason} at byte {exc.start}"
    from charset_normalizer import from_bytes  # only for files that are not UTF-8

    matches = [m for m in from_bytes(raw) if not m.encoding.startswith(("utf_16", "utf_32"))]
    if matches:
        # among the least chaotic readings, prefer the encodings common in the region's news:
        # charset-normalizer alone reads short cp1251 text as mac_cyrillic (seen in the tests)
        least = min(m.chaos for m in matches)
        best = min((m for m in matches if m.chaos == least), key=lambda m: _PREFERRED.get(m.encoding, 99))
        return str(best), best.encoding
    return None, (
        f"not UTF-8 ({utf8_error}) and no other encoding fits; convert it first, "
        f"e.g. iconv -f cp1251 -t utf-8 {name}"
    )


def _decode_damaged(raw: bytes, name: str) -> tuple[str | None, str]:
    """A line or a cell that is not UTF-8, from a file that should be → (text, how it was read), or
    (None, why not).

    Mostly UTF-8 with a few bad bytes (a character cut in two) stays UTF-8, the bad bytes replaced
    by U+FFFD: a detector would read the whole line as mojibake. With more bad bytes than UTF-8
    characters it is in a legacy encoding, detected as a text file's is (:func:`decode_bytes`).
    """
    text = raw.decode("utf-8", "replace")
    replaced = text.count("\ufffd") - raw.count("\ufffd".encode())
    if len(text) - len(text.encode("ascii", "ignore")) - replaced > replaced:
        return text, f"UTF-8 with {replaced} bad byte sequence{'s' if replaced > 1 else ''} replaced by U+FFFD"
    return decode_bytes(raw, name)


def _say_read_as(path: Path, read_as: list[str]) -> None:
    """Warn, once per file, of the lines that were not UTF-8 and how each was read."""
    if read_as:
        shown = ", ".join(read_as[:5]) + (f" and {len(read_as) - 5} more" if len(read_as) > 5 else "")
        warnings.warn(
            f"{path}: {len(read_as)} line{'s' if len(read_as) > 1 else ''} not UTF-8, read as detected "
            f"({shown}); check the figures there, or convert the file to UTF-8 first", stacklevel=3,
        )


def _folder(path: Path, metadata: Path | None) -> Iterator[Document]:
    meta: dict[str, Mapping[str, Any]] = {}
    if metadata is not None:
        if metadata.suffix.lower() == ".json":
            data = json.loads(metadata.read_text(encoding="utf-8"))
            rows = data if isinstance(data, list) else [{"file": k, **v} for k, v in data.items()]
        else:
            rows = pd.read_csv(metadata, dtype=str).to_dict("records")
        meta = {str(r.get("file")): r for r in rows}
    files, unreadable = _text_files(path)
    for where, why in unreadable:
        yield Document(where.relative_to(path).as_posix() or ".", None, error=why)
    for f in files:
        rel = f.relative_to(path).as_posix()
        m = meta.get(rel, meta.get(f.name, {}))
        text, error = _read_text_file(f, rel)
        yield Document(rel, text, m.get("published"), m.get("source", rel), error)


def _text_files(path: Path) -> tuple[list[Path], list[tuple[Path, str]]]:
    """The .txt files under ``path``, in path order, and what could not be looked into or read
    there (a folder without permission, a link to nothing), each with why: never skipped unsaid."""
    unreadable: list[tuple[Path, str]] = []

    def note(exc: OSError) -> None:
        unreadable.append((Path(exc.filename or path), f"cannot be read: {exc.strerror or exc}"))

    files, seen = [], {os.path.realpath(path)}
    for folder, folders, names in os.walk(path, onerror=note, followlinks=True):
        keep = []
        for sub in sorted(folders):  # a link back to a folder already read is a loop: said, not followed
            real = os.path.realpath(os.path.join(folder, sub))
            if real in seen:
                unreadable.append((Path(folder) / sub, "a link to a folder already read (a loop of links)"))
            else:
                seen.add(real)
                keep.append(sub)
        folders[:] = keep
        for name in names:
            f = Path(folder) / name
            if not name.lower().endswith(".txt"):
                continue
            if f.is_symlink() and not f.exists():
                unreadable.append((f, "a link to a file that does not exist (or a loop of links)"))
            elif f.is_file():
                files.append(f)
    return sorted(files), sorted(unreadable)


def _read_text_file(f: Path, name: str) -> tuple[str | None, str | None]:
    """A text file's text, or None and why it cannot be read (no permission, gone, a device error)."""
    try:
        raw = f.read_bytes()
    except OSError as exc:
        return None, f"cannot be read: {exc.strerror or exc}"
    text, how = decode_bytes(raw, name)
    if text is None:
        return None, how
    if how not in ("utf-8", "utf-16"):  # a guess of charset-normalizer's: said, once per file
        warnings.warn(
            f"{f}: not UTF-8, read as {how} (detected); check its figures, or convert the file to UTF-8 first",
            stacklevel=2,
        )
    return text, None


_TABLE_SUFFIXES = (".csv", ".tsv", ".parquet")
CORPUS_SUFFIXES = (".jsonl", ".ndjson", *_TABLE_SUFFIXES)  # files that hold many documents
_TABLE_ROWS = 2_000  # rows read at a time from a CSV or Parquet file: memory stays flat


@dataclass(frozen=True)
class _Columns:
    text: str
    published: str
    source: str
    id: str


def _frame_documents(df: pd.DataFrame, cols: _Columns, ids: Iterable[Any]) -> Iterator[Document]:
    """The documents of a DataFrame's rows; ``ids`` when it has no id column."""
    ids = df.get(cols.id, ids)
    pub = df[cols.published] if cols.published in df else [None] * len(df)
    src = df[cols.source] if cols.source in df else [None] * len(df)
    for i, t, p, s in zip(ids, df[cols.text], pub, src, strict=True):
        yield _document(i, t, None if pd.isna(p) else p, None if pd.isna(s) else str(s))


def _no_text_column(where: str, cols: _Columns, columns: Iterable[Any]) -> ValueError:
    return ValueError(
        f"{where} has no {cols.text!r} column; name the text column with text_column= "
        f"(--text-column on the command line); its columns: {', '.join(map(str, columns))}"
    )


_CSV_FIELD_LIMIT = 2**31 - 1  # the largest the csv module takes on every platform (a C long)


_ESCAPED = re.compile("[\udc00\udc80-\udcff]")  # bytes that are not UTF-8 kept by surrogateescape; NUL (3.10)
_NUL = "\udc00"
_kept_bytes = [0]  # how many such bytes the handler below has kept, in every file read so far


def _keep_bytes(exc: UnicodeError) -> tuple[str, int]:
    """errors="surrogateescape" that counts: rows are searched for kept bytes only once there are some."""
    _kept_bytes[0] += 1
    text, end = _SURROGATEESCAPE(exc)
    return str(text), end


_SURROGATEESCAPE = codecs.lookup_error("surrogateescape")
codecs.register_error("tradefigures.keep", _keep_bytes)


def _open_csv(path: Path) -> TextIO:
    return path.open(encoding="utf-8-sig", errors="tradefigures.keep", newline="")


class _Again:
    """Lines of a CSV file read a second time, forward only, when a record must be read again: the
    csv module reads the file itself, at C speed, and a record that fails leaves no lines behind."""

    def __init__(self, path: Path) -> None:
        self._path, self._n = path, 0
        self._f: TextIO | None = None
        self._lines: deque[tuple[int, str]] = deque()

    def get(self, first: int, last: int) -> list[tuple[int, str]]:
        """The lines ``first`` to ``last`` (from 1); ``first`` never goes back past an earlier one."""
        if self._f is None:
            self._f = _open_csv(self._path)
        while self._lines and self._lines[0][0] < first:
            self._lines.popleft()
        for _ in itertools.islice(self._f, max(0, first - self._n - 1)):
            self._n += 1
        while self._n < last and (line := self._f.readline()):
            self._n += 1
            self._lines.append((self._n, line))
        return [(n, line) for n, line in self._lines if first <= n <= last]

    def close(self) -> None:
        if self._f is not None:
            self._f.close()


def _records(path: Path, sep: str) -> Iterator[tuple[int, list[str], str | None]]:
    """(first line, fields, None) for each record of a CSV file, or (first line, fields of that line
    alone, why) for a record whose quote is never closed.

    Read strictly, so that a quote the file never closes shows: at the end of the file, or where
    the quote it ran into is followed by text. When the lines it ran over each look like a row (as
    many fields as the header), they were rows: the record is reported and they are read on.
    Otherwise ('"abc"def', or a quote not doubled in a cell of many lines) the record is read
    leniently, as pandas reads it."""
    again = _Again(path)
    with _open_csv(path) as f:
        src: Iterator[str] = iter(f) if sys.version_info >= (3, 11) else _without_nul(f)
        reader, base, width = csv.reader(src, delimiter=sep, strict=True), 0, 0
        try:
            while True:
                done = reader.line_num
                try:
                    fields = next(reader)
                except StopIteration:
                    return
                except csv.Error as exc:
                    first = base + done + 1
                    kept = again.get(first, base + reader.line_num)
                    at_end = "unexpected end of data" in str(exc)  # the csv module's words for it
                    src, base, fields, why = _broken_quote(src, kept, sep, width, at_end)
                    if why is not None or fields:
                        yield first, fields, why
                    reader = csv.reader(src, delimiter=sep, strict=True)
                    continue
                if fields:
                    width = width or len(fields)
                    yield base + done + 1, fields, None
        finally:
            again.close()


def _without_nul(lines: Iterable[str]) -> Iterator[str]:
    """Lines with NUL held as a code surrogateescape never makes (put back before a record's bytes
    are decoded): Python 3.10's csv module refuses a line holding NUL ("line contains NUL"), where
    3.11 and later read it as any other character."""
    for line in lines:
        yield line.replace("\x00", _NUL) if "\x00" in line else line


def _broken_quote(
    src: Iterator[str], kept: list[tuple[int, str]], sep: str, width: int, at_end: bool
) -> tuple[Iterator[str], int, list[str], str | None]:
    """A record the strict reader refused (its lines ``kept``; ``at_end`` when the file ended inside
    its quote) → (the lines to read on, the number of the line before them, the record's fields,
    why it is not read or None)."""
    start, last = kept[0][0], kept[-1][0]
    rest = [line for _, line in kept[1:]]
    k = _rows_from(rest, sep, width, at_end)
    if not at_end and k is None:
        src = itertools.chain([line for _, line in kept], src)
        lenient = csv.reader(src, delimiter=sep)
        fields = next(lenient)
        return src, start - 1 + lenient.line_num, fields, None
    until = "the end of the file" if at_end else f"line {last}, where a quote is followed by text"
    after = "" if k is None else f"; read on from line {kept[k + 1][0]} as rows"
    fields = next(csv.reader([kept[0][1]], delimiter=sep), [])
    why = f"a quote opened on this line is not closed before {until}{after}"
    if k is not None:
        return itertools.chain(rest[k:], src), kept[k][0], fields, why
    return src, last, fields, why


def _rows_from(rest: list[str], sep: str, width: int, at_end: bool) -> int | None:
    """Where the lines a broken quote ran over start to read as rows of ``width`` fields up to their
    end (where the last may run on, unless the file ended), or None: they were a cell's text."""
    tried = 0
    for k, line in enumerate(rest):
        if tried == 3:  # each try reads to the end: a few, not one for each line
            return None
        if not width or len(next(csv.reader([line], delimiter=sep), [])) != width:
            continue
        tried += 1
        try:
            if all(len(r) == width for r in csv.reader(rest[k:], delimiter=sep, strict=True) if r):
                return k
        except csv.Error as exc:  # the records before were rows; the last may go on past these lines
            if not at_end and "unexpected end of data" in str(exc):
                return k
    return None


def _csv(path: Path, cols: _Columns) -> Iterator[Document]:
    """The rows of a CSV or TSV file with a header, a chunk at a time; ids are row numbers (from 1)
    unless there is an id column. A malformed line, a row with an unclosed quote and a row that
    cannot be decoded go to the errors table with their line, and the rest is read.

    Split by the csv module (as pandas' python engine does) and checked here: pandas 2 skips its
    bad-line check under ``index_col=False`` and, without it, reads a long line as an index."""
    sep = "\t" if path.suffix.lower() == ".tsv" else ","
    # the csv module refuses cells over 128 KB; a long article is a document like any other (and
    # one over max_chars goes to the errors table later, by its size)
    if csv.field_size_limit() < _CSV_FIELD_LIMIT:
        csv.field_size_limit(_CSV_FIELD_LIMIT)
    read_as: list[str] = []
    # bytes that are not UTF-8 are kept (as surrogates) and decoded row by row, not a block's end
    kept_before = _kept_bytes[0]
    records = _records(path, sep)
    header = _csv_header(path, cols, next(records, None), read_as)
    if header is not None:
        width, row = len(header), 0
        while batch := list(itertools.islice(records, _TABLE_ROWS)):
            good, ids, bad = [], [], []
            for line, fields, why in batch:
                if why is None and _kept_bytes[0] != kept_before and _ESCAPED.search("".join(fields)):
                    fields, why = _decode_cells(fields, path.name, f"line {line}", read_as)
                if len(fields) > width:
                    bad.append(Document(f"{path.name}: malformed line", None,
                                        error=f"line {line}: {_too_wide(fields, width)}"))
                    continue
                row += 1
                if why is not None:
                    given = fields[header.index(cols.id)] if cols.id in header[:len(fields)] else ""
                    given = "" if _ESCAPED.search(given) else given
                    bad.append(Document(given or row, None, error=f"{path.name}, line {line}: {why}"))
                    continue
                good.append([v if v else math.nan for v in fields] + [math.nan] * (width - len(fields)))
                ids.append(row)
            chunk = pd.DataFrame(good, columns=header, dtype=object)
            yield from _frame_documents(chunk, cols, ids)
            yield from bad
    _say_read_as(path, read_as)


def _csv_header(
    path: Path, cols: _Columns, first: tuple[int, list[str], str | None] | None, read_as: list[str]
) -> list[str] | None:
    """The header of a CSV file, repeated names numbered as pandas numbers them (.1, .2, …)."""
    if first is None:
        return None
    line, header, why = first
    if why is None and _ESCAPED.search("".join(header)):
        header, why = _decode_cells(header, path.name, f"line {line}", read_as)
    if why is not None:
        raise ValueError(f"{path}: line {line}, the header: {why}")
    if cols.text not in header:
        raise _no_text_column(str(path), cols, header)
    seen: dict[str, int] = {}
    for i, name in enumerate(header):
        seen[name] = n = seen.get(name, -1) + 1
        header[i] = f"{name}.{n}" if n else name
    return header


def _decode_cells(fields: list[str], name: str, where: str, read_as: list[str]) -> tuple[list[str], str | None]:
    """A record's cells that hold bytes that are not UTF-8, decoded together as one guess; or why not."""
    raw = [v.replace(_NUL, "\x00").encode("utf-8", "surrogateescape") if _ESCAPED.search(v) else None
           for v in fields]
    text, how = _decode_damaged(b"\n".join(r for r in raw if r is not None), name)
    if text is None:
        return fields, how
    read_as.append(f"{where} as {how}")
    codec = "utf-8" if how.startswith("UTF-8") else how
    return [v if r is None else r.decode(codec, "replace") for v, r in zip(fields, raw, strict=True)], None


def _too_wide(fields: list[str], width: int) -> str:
    shown = _ESCAPED.sub("\ufffd", ",".join(fields))
    shown = shown if len(shown) <= 60 else shown[:57] + "..."
    return f"{len(fields)} fields where the header has {width}: {shown}"


def _parquet(path: Path, cols: _Columns) -> Iterator[Document]:
    """The rows of a Parquet file, a batch at a time (pyarrow); ids as for CSV."""
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise ValueError(
            f"{path}: reading Parquet needs pyarrow: pip install 'tradefigures[parquet]'"
        ) from None
    pf = pq.ParquetFile(path)
    names = pf.schema_arrow.names
    if cols.text not in names:
        raise _no_text_column(str(path), cols, names)
    wanted = [c for c in (cols.id, cols.text, cols.published, cols.source) if c in names]
    row = 0
    for batch in pf.iter_batches(batch_size=_TABLE_ROWS, columns=wanted):
        chunk = batch.to_pandas()
        yield from _frame_documents(chunk, cols, range(row + 1, row + len(chunk) + 1))
        row += len(chunk)


def _jsonl(path: Path, cols: _Columns) -> Iterator[Document]:
    """The objects of a JSON Lines file, a line at a time. A line that is not JSON, has no text or
    cannot be decoded goes to the errors table with its line number, and the other lines are read;
    a line that is not UTF-8 but can be decoded is read, and said (a warning at the end)."""
    read_as: list[str] = []
    with path.open("rb") as f:
        for n, raw in enumerate(f, start=1):
            if not raw.strip():
                continue
            where = f"{path.name}, line {n}"
            try:
                row, how = _json_line(raw, path.name)
            except ValueError as exc:
                yield Document(n, None, error=f"{where}: {exc}")
                continue
            if how is not None:
                read_as.append(f"line {n} as {how}")
            if not isinstance(row, dict) or not isinstance(row.get(cols.text), str):
                yield Document(row.get(cols.id, n) if isinstance(row, dict) else n, None,
                               error=f"{where}: no string field {cols.text!r}")
                continue
            yield Document(row.get(cols.id, n), row[cols.text], row.get(cols.published), row.get(cols.source))
    _say_read_as(path, read_as)


def _json_line(raw: bytes, name: str) -> tuple[Any, str | None]:
    """One line of JSON Lines → (its value, how it was decoded if not as UTF-8); ValueError says why not."""
    how = None
    try:
        try:
            return json.loads(raw), None
        except UnicodeDecodeError:
            text, how = _decode_damaged(raw, name)
            if text is None:
                raise ValueError(how) from None
            return json.loads(text), how
    except json.JSONDecodeError as exc:
        raise ValueError(f"not JSON ({exc.msg}{f'; read as {how}' if how else ''})") from None
    except RecursionError:  # '[[[[…' a million deep: the parser's stack, not a document
        raise ValueError("not JSON (nested too deeply)") from None


def read_documents(
    docs: Any,
    *,
    text_column: str = "text",
    published_column: str = "published",
    source_column: str = "source",
    id_column: str = "doc_id",
    metadata: str | os.PathLike[str] | None = None,
) -> Iterator[Document]:
    """The documents of any accepted input, lazily, with their ids.

    Accepted: an iterable of strings (ids 0, 1, …); a pandas Series (ids from its index); a
    DataFrame with a text column and optional published/source/id columns; a folder of .txt files
    (ids are the file paths, with an optional metadata CSV or JSON giving ``file``, ``published``
    and ``source``); a JSON Lines file (one object per line with a text field; ids are line numbers
    unless there is an id field); a CSV, TSV or Parquet file with a header and the same columns as
    a DataFrame (ids are row numbers from 1 unless there is an id column), read a chunk at a time.
    """
    cols = _Columns(text_column, published_column, source_column, id_column)
    if isinstance(docs, os.PathLike) or (isinstance(docs, str) and _is_path(docs)):
        path = Path(docs)
        if path.is_dir():
            yield from _folder(path, Path(metadata) if metadata else None)
            return
        suffix = path.suffix.lower()
        if suffix in (".jsonl", ".ndjson"):
            yield from _jsonl(path, cols)
        elif suffix in (".csv", ".tsv"):
            yield from _csv(path, cols)
        elif suffix == ".parquet":
            yield from _parquet(path, cols)
        else:
            raise ValueError(f"{path}: give a folder of .txt files, or a .jsonl, .csv, .tsv or .parquet file")
        return
    if isinstance(docs, str):
        raise TypeError(
            "give a list of texts, a folder or a .jsonl file, not one string "
            "(for one text, use extract(); a path that does not exist is read as a text)"
        )
    if isinstance(docs, pd.DataFrame):
        if text_column not in docs:
            raise _no_text_column("the DataFrame", cols, docs.columns)
        yield from _frame_documents(docs, cols, docs.index)
        return
    if isinstance(docs, pd.Series):
        for i, t in docs.items():
            yield _document(i, t, None, None)
        return
    for i, t in enumerate(docs):
        yield t if isinstance(t, Document) else _document(i, t, None, None)


def read_paths(
    paths: Iterable[str | os.PathLike[str]],
    *,
    metadata: str | os.PathLike[str] | None = None,
    **columns: str,
) -> Iterator[Document]:
    """The documents of several paths in turn: folders of .txt files; .jsonl, .csv, .tsv and .parquet
    files of documents (``columns``: text_column=, id_column=… as for :func:`read_documents`); and
    plain text files, one document each."""
    for path in map(Path, paths):
        if path.is_dir() or path.suffix.lower() in CORPUS_SUFFIXES:
            try:
                yield from read_documents(path, metadata=metadata, **columns)
            except ValueError as exc:  # a file that cannot be read, or read on: reported, the next read
                yield Document(str(path), None, error=str(exc))
        elif path.is_file():
            text, error = _read_text_file(path, str(path))
            yield Document(str(path), text, None, str(path), error)
        else:
            yield Document(str(path), None, error="no such file or folder")


def _is_path(s: str) -> bool:
    return "\n" not in s and len(s) < 4096 and Path(s).exists()


def _document(doc_id: Any, text: Any, published: Any, source: str | None) -> Document:
    if isinstance(text, str):
        return Document(doc_id, text, published, source)
    if isinstance(text, bytes):
        return Document(doc_id, None, error="not text: bytes; decode it first or pass a file path")
    if text is None or text is pd.NA or (isinstance(text, float) and pd.isna(text)):
        return Document(doc_id, None, error="no text (missing value)")
    return Document(doc_id, None, error=f"not text: {type(text).__name__}")


def _run_chunk(
    chunk: list[Document], published: Any, include_other: bool, max_chars: int, lang: str | None = None
) -> tuple[pd.DataFrame, list[tuple[Any, str]], int]:
    """Extract one chunk of documents (runs in a worker process when jobs > 1)."""
    rows: list[tuple[Any, ...]] = []
    errors: list[tuple[Any, str]] = []
    chars = 0
    for d in chunk:
        if d.error is not None or d.text is None:
            errors.append((d.doc_id, d.error or "no text"))
            continue
        if len(d.text) > max_chars:
            errors.append((d.doc_id, f"too large: {len(d.text):,} characters (limit {max_chars:,})"))
            continue
        try:
            figures, _ = extract_rows(
                d.text, published=d.published if d.published is not None else published,
                source=d.source, include_other=include_other, lang=lang,
            )
        except (ValueError, TypeError) as exc:
            errors.append((d.doc_id, str(exc)))
            continue
        chars += len(d.text)
        rows.extend((d.doc_id, *f) for f in figures)
    if not rows:
        return _empty_with_id(), errors, chars
    dtypes = {"doc_id": "object", **{name: col.dtype for name, col in SCHEMA.items()}}
    return frame_from_rows(rows, dtypes), errors, chars


def _empty_with_id() -> pd.DataFrame:
    df = empty_frame()
    df.insert(0, "doc_id", pd.Series(dtype="object"))
    return df


def _chunks(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    chunk: list[Document] = []
    for d in docs:
        chunk.append(d)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _batch(result: tuple[pd.DataFrame, list[tuple[Any, str]], int], n: int) -> Batch:
    figures, errors, chars = result
    err = pd.DataFrame(errors, columns=list(ERRORS_DTYPES)).astype(ERRORS_DTYPES) if errors else _empty_errors()
    return Batch(figures, err, n, chars)


def iter_extract(
    docs: Any,
    *,
    jobs: int = 1,
    published: Any = None,
    include_other: bool = False,
    lang: str | None = None,
    chunk_size: int = 200,
    max_chars: int = DEFAULT_MAX_CHARS,
    **read_options: Any,
) -> Generator[Batch, None, None]:
    """Extract documents chunk by chunk, in document order; memory stays flat however many there are.

    ``jobs`` > 1 runs the chunks in that many worker processes, with at most ``2 × jobs`` chunks
    in flight. ``published`` is the reference date for documents that bring none of their own;
    ``lang`` ("en", "ru" or None to detect) is passed to :func:`~tradefigures.extract`.
    """
    if jobs < 1:
        raise ValueError(f"jobs must be 1 or more, not {jobs}")
    if published is not None:
        parse_published(published)
    if lang is not None and lang not in LEXICONS:
        raise ValueError(f"lang must be one of {sorted(LEXICONS)} or None, not {lang!r}")
    documents = read_documents(docs, **read_options)
    chunks = _chunks(documents, chunk_size)
    if jobs == 1:
        for chunk in chunks:
            yield _batch(_run_chunk(chunk, published, include_other, max_chars, lang), len(chunk))
        return
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_worker_start, initargs=(os.getpid(),))
    try:
        pending: deque[tuple[Future[tuple[pd.DataFrame, list[tuple[Any, str]], int]], int]] = deque()
        for chunk in chunks:
            pending.append(
                (pool.submit(_run_chunk, chunk, published, include_other, max_chars, lang), len(chunk))
            )
            if len(pending) >= 2 * jobs:
                future, n = pending.popleft()
                yield _batch(future.result(), n)
        while pending:
            future, n = pending.popleft()
            yield _batch(future.result(), n)
    except BaseException:  # Ctrl-C, a signal turned into an exception, the caller closing the generator
        _stop(pool)
        raise
    pool.shutdown()


def _worker_start(parent: int) -> None:
    """In each worker: leave Ctrl-C to the parent (which stops the workers), and end when the
    parent is gone, even killed outright (SIGKILL), rather than live on computing for no one."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_watch_parent, args=(parent, os.getppid()), daemon=True).start()


def _watch_parent(parent: int, ppid: int) -> None:
    # by hand: the standard library has no "end with the parent" for pool workers, and Linux's
    # prctl(PR_SET_PDEATHSIG) neither exists elsewhere nor suits workers started by a thread
    while os.getppid() == ppid and (ppid == parent or _alive(parent)):
        time.sleep(0.5)
    os._exit(1)


def _alive(pid: int) -> bool:
    """Whether process ``pid`` still exists (a worker started by a fork server has it as grandparent)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _stop(pool: ProcessPoolExecutor) -> None:
    """Cancel the chunks not begun and end the workers now, not after the chunks they are on."""
    workers = list((getattr(pool, "_processes", None) or {}).values())  # shutdown() forgets them
    terminate = getattr(pool, "terminate_workers", None)  # Python 3.14; before it, no public way
    if terminate is not None:
        terminate()
    else:
        pool.shutdown(wait=False, cancel_futures=True)
        for w in workers:
            w.terminate()
    for w in workers:
        w.join(timeout=10)


def extract_many(docs: Any, *, jobs: int = 1, **options: Any) -> pd.DataFrame:
    """Every trade figure in many documents: the extractor's table with a ``doc_id`` column first.

    ``df.attrs["errors"]`` lists the documents that could not be read, as ``{"doc_id", "reason"}``
    records (``pd.DataFrame(df.attrs["errors"])`` is the errors table; plain records, so that
    ``pd.concat`` of two results still works); ``df.attrs["documents"]`` and ``df.attrs["chars"]``
    count the documents seen and the characters read.
    Options are those of :func:`iter_extract` and :func:`read_documents`.
    """
    figures, errors, documents, chars = [], [], 0, 0
    for batch in iter_extract(docs, jobs=jobs, **options):
        if len(batch.figures):
            figures.append(batch.figures)
        if len(batch.errors):
            errors.append(batch.errors)
        documents += batch.documents
        chars += batch.chars
    df: pd.DataFrame = pd.concat(figures, ignore_index=True) if figures else _empty_with_id()
    df = df.astype({name: col.dtype for name, col in SCHEMA.items()})
    df.attrs = {
        "errors": [
            {"doc_id": i, "reason": str(r)} for e in errors for i, r in zip(e["doc_id"], e["reason"], strict=True)
        ],
        "documents": documents,
        "chars": chars,
    }
    return df
