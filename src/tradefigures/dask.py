"""Many documents on Dask: the pandas path (:func:`tradefigures.extract_many`) run on every partition.

Optional: it needs the ``dask`` extra (``pip install 'tradefigures[dask]'``), and ``import tradefigures``
never imports it. Each partition is extracted by ``extract_many(partition, jobs=1)``, so a Dask result
holds the same rows, dtypes and order as ``extract_many`` on the same documents; only the index differs
(it restarts in each partition; ``reset_index(drop=True)`` after ``compute()`` gives ``extract_many``'s).

>>> import dask.bag as db
>>> texts = db.from_sequence(["Exports to China hit $5bn in 2023.", "No money.", b"\\xff bytes"], npartitions=2)
>>> extract(texts).compute()[["doc_id", "quote", "period"]].values.tolist()
[[0, '$5bn', '2023']]
>>> errors(texts).compute().values.tolist()
[[2, 'not text: bytes; decode it first or pass a file path']]
"""

from __future__ import annotations

from typing import Any

import pandas as pd

try:
    import dask.bag as db
    import dask.dataframe as dd
except ImportError as exc:  # the extra is optional: say how to get it, keep the cause for a broken install
    raise ImportError("tradefigures.dask needs Dask; install it with: pip install 'tradefigures[dask]'") from exc

from .corpus import extract_many
from .frame import empty_frame

__all__ = ["errors", "extract", "meta"]


def meta(doc_id_dtype: Any = "object") -> pd.DataFrame:
    """The empty, typed figures table of :func:`extract_many`: ``doc_id`` first, then the SCHEMA columns.

    ``doc_id`` is ``object``, as in ``extract_many``: ids may be positions, strings or both.

    >>> list(meta().columns[:3]), str(meta().dtypes["doc_id"])
    (['doc_id', 'metric', 'low'], 'object')
    """
    frame = empty_frame()
    frame.insert(0, "doc_id", pd.Series(dtype=doc_id_dtype))
    return frame


def _meta_errors(doc_id_dtype: Any = "object") -> pd.DataFrame:
    table: pd.DataFrame = pd.DataFrame(
        {"doc_id": pd.Series(dtype=doc_id_dtype), "reason": pd.Series(dtype=pd.StringDtype("python"))}
    )
    return table


def extract(
    data: Any,
    *,
    text_column: str = "text",
    published_column: str = "published",
    source_column: str = "source",
    id_column: str = "doc_id",
    published: Any = None,
    include_other: bool = False,
) -> dd.DataFrame:
    """Every trade figure in a Dask DataFrame or Bag of texts, lazily: a Dask DataFrame shaped like :func:`meta`.

    ``data`` is a Dask DataFrame with a text column (and optional published, source and id columns;
    without an id column the index is the document id) or a Dask Bag of texts (ids are the global
    positions 0, 1, …). Documents that cannot be read are in :func:`errors`, called with the same
    arguments. Dask turns text columns into strings by default (``dataframe.convert-string``), so a
    non-text value in a DataFrame (bytes, a number) is read as its string; a Bag keeps it as it is.
    """
    frame, prepared = _prepare(
        data, text_column, published_column, source_column, id_column, published, include_other
    )
    result: dd.DataFrame = frame.map_partitions(  # type: ignore[no-untyped-call]
        _figures_partition, meta=meta(prepared["doc_id_dtype"]), **prepared
    )
    return result


def errors(
    data: Any,
    *,
    text_column: str = "text",
    published_column: str = "published",
    source_column: str = "source",
    id_column: str = "doc_id",
    published: Any = None,
    include_other: bool = False,
) -> dd.DataFrame:
    """The documents :func:`extract` could not read, as a Dask DataFrame of (``doc_id``, ``reason``).

    Same arguments as :func:`extract`; the rows of ``extract_many``'s ``attrs["errors"]``, in document
    order. It runs the extraction again, since a document can also fail during it (e.g. too large).
    """
    frame, prepared = _prepare(
        data, text_column, published_column, source_column, id_column, published, include_other
    )
    result: dd.DataFrame = frame.map_partitions(  # type: ignore[no-untyped-call]
        _errors_partition, meta=_meta_errors(prepared["doc_id_dtype"]), **prepared
    )
    return result


def _prepare(
    data: Any,
    text_column: str,
    published_column: str,
    source_column: str,
    id_column: str,
    published: Any,
    include_other: bool,
) -> tuple[dd.DataFrame, dict[str, Any]]:
    """Check the arguments now (not at compute time) and give the frame to map over and the partition options."""
    extract_many([], published=published)  # raises now, not on a worker, if the date cannot be read
    if isinstance(data, db.Bag):
        empty = pd.DataFrame({"text": pd.Series(dtype="object")})
        texts = data.to_dataframe(meta=empty)  # type: ignore[no-untyped-call]
        ones = texts["text"].map(lambda _: 1, meta=("doc_id", "int64"))
        data = texts.assign(doc_id=ones.cumsum() - 1)  # the global position, across partitions
        text_column, id_column = "text", "doc_id"
    elif not isinstance(data, dd.DataFrame):
        raise TypeError(f"give a Dask DataFrame or Bag, not {type(data).__name__} (for pandas, use extract_many)")
    if text_column not in data.columns:
        raise ValueError(
            f"the DataFrame has no {text_column!r} column; name it with text_column= "
            f"(columns: {', '.join(map(str, data.columns))})"
        )
    options = {
        "text_column": text_column,
        "published_column": published_column,
        "source_column": source_column,
        "id_column": id_column,
        "published": published,
        "include_other": include_other,
        "doc_id_dtype": "object",  # as extract_many: ids may be ints, strings or both
    }
    return data, options


def _run(part: pd.DataFrame, text_column: str, options: dict[str, Any]) -> pd.DataFrame:
    column = part[text_column]
    if isinstance(column.dtype, pd.StringDtype) and column.hasnans:
        # Dask's string columns hold pd.NA; give extract_many the None it reads as a missing text
        part = part.assign(**{text_column: column.astype("object").mask(column.isna(), None)})
    return extract_many(part, jobs=1, text_column=text_column, **options)


def _figures_partition(
    part: pd.DataFrame, *, text_column: str, doc_id_dtype: Any, **options: Any
) -> pd.DataFrame:
    figures = _run(part, text_column, options)
    figures.attrs = {}
    typed: pd.DataFrame = figures.astype({"doc_id": doc_id_dtype})
    return typed


def _errors_partition(part: pd.DataFrame, *, text_column: str, doc_id_dtype: Any, **options: Any) -> pd.DataFrame:
    records = _run(part, text_column, options).attrs["errors"]
    table = pd.DataFrame(records, columns=["doc_id", "reason"]) if records else _meta_errors()
    typed: pd.DataFrame = table.astype(_meta_errors(doc_id_dtype).dtypes.to_dict())
    return typed
