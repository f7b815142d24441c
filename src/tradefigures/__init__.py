"""tradefigures: trade claims in news text → a typed pandas DataFrame.

>>> import tradefigures
>>> tradefigures.extract("Exports to China hit $5 billion in 2023.", published="2024-02-01").shape
(1, 17)
"""

from __future__ import annotations

import importlib as _importlib
import sys as _sys
import types as _types
import typing as _typing

if _typing.TYPE_CHECKING:
    from .comtrade import load_comtrade
    from .corpus import extract_many, iter_extract
    from .datasets import load_article
    from .explain import explain
    from .extract import extract
    from .frame import SCHEMA, TradeFigure, empty_frame
    from .highlight import highlight
    from .statistics import STATISTICS_COLUMNS, read_statements, read_statistics

# where each public name lives: imported on first use (PEP 562), so that importing the package is
# instant and the command line can catch a Ctrl-C while pandas loads
_HOME = {
    "SCHEMA": "frame",
    "STATISTICS_COLUMNS": "statistics",
    "TradeFigure": "frame",
    "empty_frame": "frame",
    "explain": "explain",
    "extract": "extract",
    "extract_many": "corpus",
    "highlight": "highlight",
    "iter_extract": "corpus",
    "load_article": "datasets",
    "load_comtrade": "comtrade",
    "read_statements": "statistics",
    "read_statistics": "statistics",
}
__all__ = [
    "SCHEMA",
    "STATISTICS_COLUMNS",
    "TradeFigure",
    "empty_frame",
    "explain",
    "extract",
    "extract_many",
    "highlight",
    "iter_extract",
    "load_article",
    "load_comtrade",
    "read_statements",
    "read_statistics",
]
assert sorted(_HOME) == __all__
__version__ = "0.1.0"


def __getattr__(name: str) -> _typing.Any:
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_importlib.import_module(f".{_HOME[name]}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_HOME])


class _Package(_types.ModuleType):
    """The package, whose ``extract``, ``explain`` and ``highlight`` stay the functions: importing a
    submodule of the same name would otherwise bind the module to the name."""

    def __setattr__(self, name: str, value: _typing.Any) -> None:
        if name in _HOME and isinstance(value, _types.ModuleType):
            return
        super().__setattr__(name, value)


_sys.modules[__name__].__class__ = _Package
