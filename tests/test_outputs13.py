"""Outputs and readings that no input breaks: the smaller defects of issue 13."""

from __future__ import annotations

import pytest

import tradefigures as tf
from tradefigures.explain import explain

TEXT = "Exports to China hit $5 billion in 2023."


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
