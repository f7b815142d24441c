"""The lexicons: one module per language, every field given by each, nothing inherited."""

from __future__ import annotations

import dataclasses

import pytest

from tradefigures._lexicon import LEXICONS, Lexicon, en, ru


def test_lexicon_has_no_defaults() -> None:
    # a default would be one language's words silently inherited by another
    defaulted = [
        f.name
        for f in dataclasses.fields(Lexicon)
        if f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING
    ]
    assert defaulted == []


@pytest.mark.parametrize("module", [en, ru])
def test_every_field_given(module: object) -> None:
    lex = module.LEXICON  # type: ignore[attr-defined]
    assert isinstance(lex, Lexicon)
    missing = [f.name for f in dataclasses.fields(Lexicon) if not hasattr(lex, f.name)]
    assert missing == []


def test_lexicons_table() -> None:
    assert LEXICONS == {"en": en.LEXICON, "ru": ru.LEXICON}
