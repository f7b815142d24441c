"""tradefigures: trade claims in news text → a typed pandas DataFrame.

>>> import tradefigures
>>> tradefigures.extract("Exports to China hit $5 billion in 2023.", published="2024-02-01").shape
(1, 17)
"""

from __future__ import annotations

from .comtrade import load_comtrade
from .corpus import extract_many, iter_extract
from .datasets import load_article
from .explain import explain
from .extract import extract
from .frame import SCHEMA, TradeFigure, empty_frame
from .highlight import highlight
from .statistics import STATISTICS_COLUMNS, read_statements, read_statistics

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
__version__ = "0.1.0"
