"""Comparison of an expected value from a case file with a value of the figures table."""

from __future__ import annotations

import math
from typing import Any

import pandas as pd


def same(got: Any, want: Any) -> bool:
    """Case files write None for NA, numbers as JSON numbers and dates as ISO strings."""
    if want is None:
        return bool(pd.isna(got))
    if isinstance(want, float | int) and not isinstance(want, bool):
        return not pd.isna(got) and math.isclose(float(got), float(want), rel_tol=1e-9)
    if isinstance(got, pd.Timestamp):
        return got.date().isoformat() == want
    if got is None or got is pd.NA:
        return False  # an expected value, and none found
    return bool(got == want)
