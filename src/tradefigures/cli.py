"""The command line: ``tradefigures extract``; ``main()`` returns the exit code."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from .datasets import load_article
from .extract import _parse_published, extract

__all__ = ["main"]

EXAMPLES = """\
examples:
  tradefigures extract                          the embedded article (Izvestia, 25 Nov 2024)
  tradefigures extract news.txt --published 2024-11-25
  tradefigures extract a.txt b.txt --format csv --output figures.csv
  cat news.txt | tradefigures extract - --published 2025-03-01 --format json
"""

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
    """A readable table: one line a figure, values shortened, with the reference date."""
    if df.empty:
        return "no trade figures found"
    show = df.assign(
        value=[
            f"{c} {_short(lo)}" if lo == hi else f"{c} {_short(lo)}–{_short(hi)}"
            for c, lo, hi in zip(df["currency"], df["low"], df["high"], strict=True)
        ],
        quote=[q.replace("\n", " ") for q in df["quote"]],
    )[_TABLE_COLUMNS].fillna("")
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
    raw = p.read_bytes()
    for encoding in (
        ("utf-8-sig", "utf-16") if raw[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8-sig",)
    ):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UsageError(
        f"{path}: not readable as UTF-8 text; convert it first, "
        f"e.g. iconv -f cp1251 -t utf-8 {path} > {p.stem}.utf8{p.suffix}"
    )


def _cmd_extract(args: argparse.Namespace) -> int:
    published = args.published
    if published is not None:
        try:
            _parse_published(published)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
    frames = []
    if not args.files:
        article = load_article()
        frames.append(
            extract(
                article.text,
                published=published or article.published,
                source=f"embedded:{article.metadata['file']}",
                include_other=args.include_other,
            )
        )
    for path in args.files:
        text = _read_text(path)
        frames.append(
            extract(
                text,
                published=published,
                source=("stdin" if path == "-" else path),
                include_other=args.include_other,
            )
        )
    df = frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)
    fmt = args.format
    if fmt is None:
        suffix = Path(args.output).suffix.lower() if args.output else ""
        fmt = {".csv": "csv", ".json": "json", ".jsonl": "json"}.get(suffix, "table")
    if fmt == "table":
        out = format_table(df) + "\n"
        if len(frames) == 1 and df.attrs.get("reference_date_source", "given") != "given":
            out += f"reference date: {df.attrs['reference_date']} ({df.attrs['reference_date_source']})\n"
    elif fmt == "csv":
        out = df.to_csv(index=False, date_format="%Y-%m-%d")
    else:
        out = df.to_json(orient="records", lines=True, date_format="iso", force_ascii=False)
    if args.output:
        target = Path(args.output)
        if target.parent and not target.parent.exists():
            target.parent.mkdir(parents=True)
        target.write_text(out, encoding="utf-8")
        n = len(df)
        print(f"wrote {n} figure{'s' if n != 1 else ''} to {target}", file=sys.stderr)
    else:
        sys.stdout.write(out)
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tradefigures",
        description="Turn trade claims in news text into a table of figures.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    ex = sub.add_parser(
        "extract",
        help="read trade figures from text files (default: the embedded article)",
        description="Read every trade figure in the given text files, or in the embedded "
        "article when none is given, and print them as a table, CSV or JSON Lines.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ex.add_argument(
        "files", nargs="*", metavar="FILE", help="UTF-8 text files; - reads standard input"
    )
    ex.add_argument(
        "--published",
        metavar="DATE",
        help="publication date (YYYY-MM-DD) for 'last year', 'this year'; "
        "default: the article's own date, or the latest year the text speaks of",
    )
    ex.add_argument(
        "--format",
        choices=["table", "csv", "json"],
        help="default: table, or from --output's suffix",
    )
    ex.add_argument("--output", metavar="PATH", help="write to PATH instead of standard output")
    ex.add_argument(
        "--include-other", action="store_true", help="also list money that is not a trade flow"
    )
    ex.set_defaults(func=_cmd_extract)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 2 bad input)."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        return int(args.func(args))
    except UsageError as exc:
        print(f"tradefigures: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("tradefigures: interrupted", file=sys.stderr)
        return 130
