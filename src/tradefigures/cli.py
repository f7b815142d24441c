"""The command line: ``tradefigures extract`` and ``tradefigures charts``; ``main()`` returns the exit code."""

from __future__ import annotations

import argparse
import io
import os
import signal
import sys
import threading
import time
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from ._lexicon import LEXICONS
from .datasets import load_article
from .extract import extract, parse_published
from .frame import csv_ready, empty_frame, output_errors, table_csv, temporary_beside, write_atomic

__all__ = ["main"]

EXAMPLES = """\
examples:
  tradefigures extract                          the embedded article (Izvestia, 25 Nov 2024)
  tradefigures extract news.txt --published 2024-11-25
  tradefigures extract novosti.txt --lang ru     Russian text (the language is detected without --lang)
  tradefigures extract a.txt b.txt --format csv --output figures.csv
  cat news.txt | tradefigures extract - --published 2025-03-01 --format json
  tradefigures extract archive/ --metadata dates.csv --jobs 2 --output figures.parquet
  tradefigures extract news.jsonl --format csv --output figures.csv --errors unreadable.csv
  tradefigures extract articles.csv --text-column body --id-column url --output figures.csv
  tradefigures charts                           every chart of the embedded article
  tradefigures charts --input news.txt --published 2024-11-25     charts and tables in news-charts/
  tradefigures charts --input news.txt --pair CHN-KAZ --output out/ --format png
  tradefigures charts --input news.txt --statistics kaz-chn.csv   your own official statistics
"""
# what a note about a pair without statistics asks for, on the command line
_ASK_FOR_STATISTICS = ("pass --statistics FILE with figures for this pair (a CSV in the columns of "
                       "tradefigures.STATISTICS_COLUMNS; see 'Bring your own statistics' in the README)")

_TABLE_COLUMNS = ["quote", "metric", "value", "bound", "kind", "period", "reporter", "partner"]
_SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k"))


class UsageError(Exception):
    """Bad input on the command line: the message says what was wrong and what to do."""


def _short(value: float) -> str:
    """8.3e9 → '8.3bn'."""
    for size, suffix in _SCALES:
        if abs(value) >= size:
            return f"{value / size:.4g}{suffix}"
    return f"{value:.4g}"


def format_table(df: pd.DataFrame) -> str:
    """A readable table: one line a figure, values shortened."""
    if df.empty:
        return "no trade figures found"
    show = df.assign(
        value=[
            f"{c} {_short(lo)}" if lo == hi else f"{c} {_short(lo)}–{_short(hi)}"
            for c, lo, hi in zip(df["currency"], df["low"], df["high"], strict=True)
        ],
        quote=[q.replace("\n", " ") for q in df["quote"]],
    )[_TABLE_COLUMNS].astype(object).fillna("")  # object: pandas 2 will not fill "" into a categorical
    if df["source"].notna().any() and df["source"].nunique() > 1:
        show.insert(0, "source", df["source"].fillna(""))
    return str(show.to_string(index=False))


def _read_text(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    p = Path(path)
    if not p.exists():
        raise UsageError(f"{path}: no such file")
    if p.is_dir():
        raise UsageError(f"{path}: is a folder; give text files")
    from .corpus import decode_bytes

    text, how = decode_bytes(p.read_bytes(), path)
    if text is None:
        raise UsageError(f"{path}: {how}")
    if how not in ("utf-8", "utf-16"):
        print(f"tradefigures: read {path} as {how} (detected; not UTF-8)", file=sys.stderr)
    return text


def _check_published(published: str | None) -> None:
    if published is not None:
        try:
            parse_published(published)
        except ValueError as exc:
            raise UsageError(str(exc)) from None


def _figures(
    files: Sequence[str], published: str | None, include_other: bool, lang: str | None = None
) -> pd.DataFrame:
    """The figures of the given files, or of the embedded article when there are none."""
    _check_published(published)
    frames = []
    if not files:
        article = load_article()
        frames.append(
            extract(
                article.text,
                published=published or article.published,
                source=article.citation,
                include_other=include_other,
                lang=lang,
            )
        )
    for path in files:
        frames.append(
            extract(
                _read_text(path),
                published=published,
                source=("stdin" if path == "-" else path),
                include_other=include_other,
                lang=lang,
            )
        )
    return frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)


def _reference_note(df: pd.DataFrame) -> str:
    if df.attrs.get("reference_date_source", "given") == "given":
        return ""
    return f"reference date: {df.attrs['reference_date']} ({df.attrs['reference_date_source']})\n"


def _is_corpus(files: Sequence[str]) -> bool:
    from .corpus import CORPUS_SUFFIXES

    return any(Path(f).is_dir() or f.lower().endswith(CORPUS_SUFFIXES) for f in files)


def _check_output(output: Path, inputs: list[Path]) -> None:
    """Refuse, before any document is read, an output that cannot be written as a new regular file
    or that is one of the inputs (issue 13): found at the end, the whole run was lost."""
    if output.is_dir():
        example = output / "figures.csv"
        raise UsageError(f"--output {output} is a folder; give a file name inside it, such as {example}")
    if output.is_symlink() or (output.exists() and not output.is_file()):
        raise UsageError(f"--output {output} is not a regular file (a link, a pipe or a device); give a file path")
    if output.exists() and any(p.exists() and output.samefile(p) for p in inputs):
        raise UsageError(f"--output {output} is also an input; write the figures to another file")


def _cmd_extract(args: argparse.Namespace) -> int:
    if args.jobs < 1:
        raise UsageError(f"--jobs must be 1 or more, not {args.jobs}")
    fmt = args.format
    if fmt is None:
        suffix = Path(args.output).suffix.lower() if args.output else ""
        fmt = {".csv": "csv", ".json": "json", ".jsonl": "json", ".parquet": "parquet"}.get(suffix, "table")
    if fmt == "parquet" and not args.output:
        raise UsageError("--format parquet needs --output PATH (Parquet is not written to a terminal)")
    if args.output:
        _check_output(Path(args.output), [Path(f) for f in args.files if f != "-"])
    if _is_corpus(args.files) or args.jobs > 1:
        return _extract_corpus(args, fmt)
    df = _figures(args.files, args.published, args.include_other, args.lang)
    if fmt == "table":
        out = (format_table(df) + "\n" + _reference_note(df)).encode("utf-8")
    elif fmt == "csv":
        out = table_csv(df, formulas=args.keep_formulas)
    elif fmt == "parquet":
        out = _parquet_bytes(df)
    else:
        out = df.to_json(orient="records", lines=True, date_format="iso", force_ascii=False).encode()
        out += b"\n" if out and not out.endswith(b"\n") else b""
    if args.output:
        write_atomic(args.output, out)
        n = len(df)
        print(f"wrote {n} figure{'s' if n != 1 else ''} to {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(out.decode("utf-8"))
    return 0


def _parquet_bytes(df: pd.DataFrame) -> bytes:
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        raise UsageError(
            "writing Parquet needs pyarrow: pip install pyarrow (or choose --format csv or json)"
        ) from None
    buf = io.BytesIO()
    _ids_as_text(df).to_parquet(buf, index=False)
    return buf.getvalue()


def _ids_as_text(df: pd.DataFrame) -> pd.DataFrame:
    """Document ids as text: a JSON Lines file may give some ("a") and leave others to their line
    number (3), and one Parquet column holds one type, the same in every batch."""
    if "doc_id" not in df.columns:
        return df
    ids = df["doc_id"].map(lambda v: None if pd.isna(v) else str(v)).astype("string")
    out: pd.DataFrame = df.assign(doc_id=ids)
    return out


def _extract_corpus(args: argparse.Namespace, fmt: str) -> int:
    """Many documents: stream batches to the output, report unreadable ones, survive Ctrl-C."""
    from tqdm import tqdm  # a progress bar on a terminal, silent otherwise

    from .corpus import iter_extract, read_paths

    _check_published(args.published)
    paths = [p for p in args.files if p != "-"]
    docs = read_paths(
        paths, metadata=args.metadata, text_column=args.text_column, id_column=args.id_column,
        published_column=args.published_column, source_column=args.source_column,
    )
    batches = iter_extract(
        docs, jobs=args.jobs, published=args.published, include_other=args.include_other, lang=args.lang
    )
    errors: list[pd.DataFrame] = []
    documents = figures = 0
    interrupted = False
    with output_errors(args.output):
        sink = _Sink(args.output, fmt, args.keep_formulas)
    bar = tqdm(unit="doc", disable=not sys.stderr.isatty(), file=sys.stderr, desc="documents")
    with warnings.catch_warnings(record=True) as said:  # lines read in a guessed encoding: one line each
        warnings.simplefilter("always", UserWarning)
        try:
            for batch in batches:
                documents += batch.documents
                figures += len(batch.figures)
                with output_errors(args.output):
                    sink.write(batch.figures)
                if len(batch.errors):
                    errors.append(batch.errors)
                bar.update(batch.documents)
        except KeyboardInterrupt:
            interrupted = True
        except BaseException:  # SIGTERM (Terminated) too: the output is left as it was
            sink.abort()
            raise
        finally:
            batches.close()  # ends the workers when the loop was left early
            bar.close()
    with output_errors(args.output):
        sink.close()
    _report_errors(errors, args)
    for note in dict.fromkeys(str(w.message) for w in said):
        print(f"tradefigures: note: {note}", file=sys.stderr)
    where = f" to {args.output}" if args.output else ""
    if interrupted:
        print(
            f"tradefigures: interrupted after {documents} documents; kept their {figures} figures{where}",
            file=sys.stderr,
        )
        return 130
    print(f"read {documents} documents, {figures} figures{where}", file=sys.stderr)
    return 0


def _report_errors(errors: list[pd.DataFrame], args: argparse.Namespace) -> None:
    """Say which documents could not be read; ``--errors`` is written on every run, with only its
    header when there were none (a rerun that read everything leaves no stale list behind)."""
    table = pd.concat(errors, ignore_index=True) if errors else pd.DataFrame({"doc_id": [], "reason": []})
    if len(table):
        print(f"{len(table)} document{'s' if len(table) != 1 else ''} could not be read:", file=sys.stderr)
        for r in table.head(20).itertuples():
            print(f"  {r.doc_id}: {r.reason}", file=sys.stderr)
        if len(table) > 20:
            print(f"  … and {len(table) - 20} more (--errors PATH writes them all)", file=sys.stderr)
    if args.errors:
        write_atomic(args.errors, table_csv(table, formulas=args.keep_formulas))


class _Sink:
    """Where corpus batches go: standard output, or a file written through a temporary file."""

    def __init__(self, output: str | None, fmt: str, formulas: bool = False) -> None:
        self.output, self.fmt, self.formulas = output, fmt, formulas
        self.parts: list[pd.DataFrame] = []
        self.header = True
        self.tmp: Path | None = None
        self.handle: Any = None
        self.parquet: Any = None
        if output and fmt in ("csv", "json"):
            self.tmp = temporary_beside(output)
            self.handle = self.tmp.open("wb")
        elif output and fmt == "parquet":
            _parquet_bytes(pd.DataFrame())  # fails early, with the install hint, when pyarrow is missing
            self.tmp = temporary_beside(output)

    def write(self, df: pd.DataFrame) -> None:
        if self.fmt in ("table", "parquet"):
            if self.fmt == "parquet" and len(df):
                import pyarrow as pa
                import pyarrow.parquet as pq

                table = pa.Table.from_pandas(_ids_as_text(df), preserve_index=False)
                if self.parquet is None:
                    self.parquet = pq.ParquetWriter(str(self.tmp), table.schema)
                self.parquet.write_table(table)
            elif self.fmt == "table":
                self.parts.append(df)
            return
        if self.fmt == "csv":
            safe = csv_ready(df, formulas=self.formulas)
            data = safe.to_csv(index=False, header=self.header, date_format="%Y-%m-%d", lineterminator="\n")
            self.header = False
        else:
            data = df.to_json(orient="records", lines=True, date_format="iso", force_ascii=False)
            data += "\n" if data and not data.endswith("\n") else ""
        if self.handle is not None:
            self.handle.write(data.encode("utf-8"))
        else:
            sys.stdout.write(data)

    def abort(self) -> None:
        """Give up: close and remove the temporary file; the output, if it existed, is untouched."""
        if self.parquet is not None:
            self.parquet.close()
        if self.handle is not None:
            self.handle.close()
        if self.tmp is not None:
            self.tmp.unlink(missing_ok=True)

    def close(self) -> None:
        if self.fmt == "table":
            df = pd.concat(self.parts, ignore_index=True) if self.parts else pd.DataFrame()
            text = format_table(df) if len(df) else "no trade figures found"
            if self.output:
                write_atomic(self.output, (text + "\n").encode("utf-8"))
            else:
                print(text)
            return
        if self.fmt == "csv" and self.header:  # no figures: the header row, so the file reads back
            self.write(empty_frame().assign(doc_id=pd.Series(dtype=object))[["doc_id", *empty_frame().columns]])
        if self.fmt == "parquet" and self.tmp is not None:
            if self.parquet is None:
                self.tmp.write_bytes(_parquet_bytes(pd.DataFrame()))
            else:
                self.parquet.close()
        if self.handle is not None:
            self.handle.close()
        if self.tmp is not None and self.output:
            os.replace(self.tmp, self.output)


_COMMITTED = ("reports/figures", "data/processed")  # the embedded article's charts and tables, as committed


def _dpi(text: str) -> int:
    """``--dpi``: a whole number from 10 to 1200."""
    if not text.isdigit() or not 10 <= int(text) <= 1200:
        raise argparse.ArgumentTypeError(f"{text!r} is not a resolution; give a whole number of dots per inch "
                                         "from 10 to 1200, such as 300")
    return int(text)


def _chart_folders(args: argparse.Namespace) -> tuple[Path, Path]:
    """Where the charts and the tables go. The committed folders of the embedded article are the
    default only for the embedded article itself with the bundled statistics (no --input, --pair or
    --statistics); any other run writes to a folder named after its input and is refused the committed
    ones."""
    own = args.input is None and args.pair is None and args.statistics is None
    if own and args.output is None and args.tables is None:
        return Path(_COMMITTED[0]), Path(_COMMITTED[1])
    stem = Path(args.input).stem if args.input else "article"
    default = Path(f"{stem}-{args.pair}-charts" if args.pair else f"{stem}-charts")
    out = Path(args.output) if args.output else default if not own else Path(_COMMITTED[0])
    tables = Path(args.tables) if args.tables else out
    if not own:
        root = Path(__file__).resolve().parents[2]  # the repository, when run from a checkout
        for given, flag in ((out, "--output"), (tables, "--tables")):
            if any(given.resolve() == (root / c).resolve() for c in _COMMITTED):
                raise UsageError(f"{flag} {given} holds the embedded article's committed outputs; "
                                 "choose another folder")
    return out, tables


def _chosen_pair(args: argparse.Namespace, figures: pd.DataFrame) -> tuple[str, str] | None:
    from .analysis import choose_pair
    from .statistics import country_name

    if args.pair is None:
        pair = choose_pair(figures)
        if pair is not None:
            name = "–".join(country_name(c) if c else "world" for c in pair)
            print(f"pair: {name} ({'-'.join(pair)}), the pair with the most trade figures; "
                  "--pair A-B chooses another")
        return pair
    parts = args.pair.split("-")
    if len(parts) != 2 or not all(p.isupper() and p.isalnum() for p in parts):
        raise UsageError(f"--pair takes two codes joined by '-', such as CHN-KAZ or CHN-EU, not {args.pair!r}")
    return parts[0], parts[1]


def _statistics(path: str | None) -> pd.DataFrame:
    """The official statistics the charts compare with: a CSV in the schema, else the bundled series."""
    from .statistics import read_statistics

    try:
        return read_statistics(path)
    except (ValueError, FileNotFoundError) as exc:  # the reader names the file, column and line
        raise UsageError(str(exc)) from None


def _cmd_charts(args: argparse.Namespace) -> int:
    formats = [f.strip().lower() for f in args.format.split(",") if f.strip()]
    bad = [f for f in formats if f not in ("svg", "png")]
    if bad or not formats:
        raise UsageError(f"--format takes svg, png or svg,png, not {args.format!r}")
    t0 = time.perf_counter()
    out, tables = _chart_folders(args)
    figures = _figures([args.input] if args.input else [], args.published, False)
    from . import charts  # matplotlib loads only for this command
    from ._official import ASK_FOR_STATISTICS

    statistics = _statistics(args.statistics)
    write_atomic(tables / "figures.csv", table_csv(figures))
    print(format_table(figures))
    if (note := _reference_note(figures)):
        print(note, end="")
    pair = _chosen_pair(args, figures)
    drawn = 0
    for name, chart in charts.CHARTS.items():
        with warnings.catch_warnings(record=True) as said:
            warnings.simplefilter("always", UserWarning)
            table = chart.table(figures, statistics, pair)
        for line in dict.fromkeys(str(w.message).replace(ASK_FOR_STATISTICS, _ASK_FOR_STATISTICS) for w in said):
            print(f"note ({name}): {line}", file=sys.stderr)
        write_atomic(tables / f"{name}.csv", table_csv(table))
        try:
            ax = chart.plot(table, pair=pair)
        except charts.NothingToDraw as why:
            print(f"skipped {why}")
            for fmt in formats:
                (out / f"{name}.{fmt}").unlink(missing_ok=True)  # no chart left from an earlier run
            continue
        drawn += 1
        for fmt in formats:
            drawing = charts.render(ax.figure, fmt, dpi=args.dpi, svg_text=args.svg_text)
            write_atomic(out / f"{name}.{fmt}", drawing)
    n = len(charts.CHARTS)
    print(
        f"\nwrote {drawn} chart{'s' if drawn != 1 else ''} ({', '.join(formats)}) to {out}/ and {n + 1} tables "
        f"to {tables}/ in {time.perf_counter() - t0:.1f} s",
        file=sys.stderr,
    )
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tradefigures",
        description="Turn trade claims in news text into a table of figures, and chart them.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    published_help = (
        "publication date (YYYY-MM-DD) for 'last year', 'this year'; "
        "default: the article's own date, or the latest year the text speaks of"
    )
    ex = sub.add_parser(
        "extract",
        help="read trade figures from text files (default: the embedded article)",
        description="Read every trade figure in the given text files, or in the embedded "
        "article when none is given, and print them as a table, CSV or JSON Lines.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ex.add_argument(
        "files", nargs="*", metavar="FILE",
        help="text files; folders of .txt files; .jsonl, .csv, .tsv or .parquet files of documents "
        "(one per line or row); - reads standard input",
    )
    ex.add_argument("--published", metavar="DATE", help=published_help)
    ex.add_argument(
        "--format", choices=["table", "csv", "json", "parquet"],
        help="json is JSON Lines; parquet needs pyarrow (default: table, or from --output's suffix)",
    )
    ex.add_argument("--jobs", type=int, default=1, metavar="N", help="worker processes (default: 1)")
    ex.add_argument(
        "--metadata", metavar="FILE",
        help="CSV or JSON giving file, published and source for the .txt files of a folder",
    )
    ex.add_argument("--errors", metavar="PATH", help="write the documents that could not be read as CSV")
    for column, default, what in (
        ("text", "text", "holding the text (in .jsonl, .csv, .tsv and .parquet files)"),
        ("id", "doc_id", "giving each document's id (without it: the line or row number)"),
        ("published", "published", "giving each document's publication date, if any"),
        ("source", "source", "naming each document's source, if any"),
    ):
        ex.add_argument(
            f"--{column}-column", default=default, metavar="NAME",
            help=f"the field {what} (default: %(default)s)",
        )
    ex.add_argument(
        "--keep-formulas", action="store_true",
        help="in CSV, leave text that starts with = + - @ as it is (by default it gets a leading ' so "
        "that a spreadsheet does not run it as a formula)",
    )
    ex.add_argument("--output", metavar="PATH", help="write to PATH instead of standard output")
    ex.add_argument("--include-other", action="store_true", help="also list money that is not a trade flow")
    ex.add_argument(
        "--lang",
        choices=sorted(LEXICONS),
        default=None,
        help="the language of the text (default: detected, sentence by sentence)",
    )
    ex.set_defaults(func=_cmd_extract)
    ch = sub.add_parser(
        "charts",
        help="write every chart and the tables behind them (default: the embedded article)",
        description="Read the figures of one text (default: the embedded article), print them, and "
        "write every chart and the table behind each. Running it twice gives identical files.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ch.add_argument("--input", metavar="FILE", help="a UTF-8 text file instead of the embedded article")
    ch.add_argument("--published", metavar="DATE", help=published_help)
    ch.add_argument(
        "--pair", metavar="A-B",
        help="the two sides to chart, as codes such as CHN-KAZ (default: the pair with the most trade figures)",
    )
    ch.add_argument(
        "--output", metavar="DIR",
        help="charts folder (default: INPUT-charts/ named after --input; reports/figures for the embedded "
        "article)",
    )
    ch.add_argument(
        "--tables", metavar="DIR",
        help="tables folder (default: the charts folder; data/processed for the embedded article)",
    )
    ch.add_argument(
        "--statistics", metavar="FILE",
        help="official statistics to set the claims beside: a CSV with the columns reporter, partner, flow, "
        "period_start, period_end, value, currency, reported_by, office, source (see tradefigures.statistics) "
        "(default: the series bundled with tradefigures, which tradefigures.read_statistics() returns)",
    )
    ch.add_argument("--format", default="svg,png", help="svg, png or svg,png (default: %(default)s)")
    ch.add_argument("--dpi", type=_dpi, metavar="N", help="PNG resolution in dots per inch (default: 150)")
    ch.add_argument(
        "--svg-text", action="store_true",
        help="write SVG text as text a vector editor can change (default: as paths, which look the same on "
        "every machine)",
    )
    ch.set_defaults(func=_cmd_charts)
    return parser


class Terminated(BaseException):
    """SIGTERM, raised where the command is, so that it stops its workers and removes its
    temporary files on the way out (a BaseException: no ``except Exception`` swallows it)."""


def _on_sigterm(signum: int, frame: object) -> None:
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a second SIGTERM ends the command at once
    raise Terminated


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 2 bad input, 130 Ctrl-C, 143 SIGTERM)."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    main_thread = threading.current_thread() is threading.main_thread()  # only it may set handlers
    previous = signal.signal(signal.SIGTERM, _on_sigterm) if main_thread else None
    try:
        return _run(args)
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _run(args: argparse.Namespace) -> int:
    try:
        return int(args.func(args))
    except UsageError as exc:
        print(f"tradefigures: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except OSError as exc:  # a file that cannot be written (disk full, no permission): no traceback
        print(f"tradefigures: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("tradefigures: interrupted", file=sys.stderr)
        return 130
    except Terminated:
        print("tradefigures: stopped by SIGTERM; outputs not finished were not written", file=sys.stderr)
        return 128 + signal.SIGTERM
