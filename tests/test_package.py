"""Packaging: the light import, the embedded article in the wheel, the lexicon's codes, the README."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pycountry
import pytest

from tradefigures._lexicon import GROUPS, LEXICONS
from tradefigures.frame import schema_markdown


def test_import_does_not_load_matplotlib() -> None:
    code = "import sys, tradefigures; print('matplotlib' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


@pytest.mark.parametrize("lang", sorted(LEXICONS))
def test_country_codes_are_iso_alpha3(lang: str) -> None:
    codes = set(LEXICONS[lang].countries.values())
    # XKX: Kosovo, which ISO 3166 does not list; the European Commission and the IMF use this code
    unknown = {c for c in codes if pycountry.countries.get(alpha_3=c) is None and c not in GROUPS} - {"XKX"}
    assert not unknown


def test_currency_codes_are_iso_4217_or_documented() -> None:
    lex = LEXICONS["en"]
    known = {c.alpha_3 for c in pycountry.currencies}
    # historic codes (FIM, NLG, ESP, DEM, FRF, BEF; BGN, the lev, replaced by the euro in 2026 and gone
    # from pycountry, but the currency of Bulgaria's figures before) and XBT (bitcoin, no ISO code)
    historic = {"FIM", "NLG", "ESP", "DEM", "FRF", "BEF", "BGN", "XBT"}
    used = set(lex.currency_words.values()) | set(lex.prefix_currencies.values())
    used |= set(lex.qualified_currencies.values()) | {c for c, _ in lex.minor_units.values()}
    assert used - known <= historic


def test_readme_column_table_is_generated_from_the_schema(root: Path) -> None:
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert schema_markdown() in readme


def test_wheel_carries_the_article(root: Path, tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(root),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    (wheel,) = tmp_path.glob("tradefigures-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "tradefigures/_data/raw/kopyrkin-izvestia-2024.txt" in names
    assert "tradefigures/_data/raw/kopyrkin-izvestia-2024.json" in names
    assert "tradefigures/py.typed" in names
    assert "tradefigures/tradefigures.mplstyle" in names
    for pair in ("armenia-russia", "china-russia"):  # read_statistics() reads every bundled pair
        assert f"tradefigures/_data/reference/{pair}-statistics.csv" in names
        assert f"tradefigures/_data/reference/{pair}-statements.csv" in names
    assert not [n for n in names if re.search(r"tests/|\.ipynb$", n)]
