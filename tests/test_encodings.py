"""Encodings: files as they come from real archives are read, or refused with a message.

Each case is a text in the shape of a real page and the encoding such archives use for it; the
file's bytes must come back as the same text, through the corpus reader and the command line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tradefigures import extract_many
from tradefigures.cli import main
from tradefigures.corpus import decode_bytes

RU = (
    "ЕРЕВАН, 25 ноября. Товарооборот между Россией и Арменией в первом полугодии 2024 года "
    "превысил $8,3 млрд, сообщил посол. Exports to Armenia reached $8.3 billion in the first half."
)
EN = "Armenia's imports from Russia reached $7.1 billion in January-August 2024, Armstat said — a record."
FR = "Les échanges entre la France et l’Arménie ont atteint 120 millions d’euros. Trade hit €120 million."
DE = "Der Handel Deutschlands mit Armenien erreichte 2023 rund 300 Mio. Euro (Schätzung). Exports: EUR 300m."

CASES = [
    ("utf-8", EN, "utf-8"),
    ("utf-8-sig", EN, "utf-8"),  # with a byte-order mark, as Windows tools write it
    ("utf-16", RU, "utf-16"),  # with a BOM, as Excel's "Unicode text" writes it
    ("utf-16-be", None, None),  # filled below: a BE BOM plus the text
    ("cp1251", RU, "cp1251"),  # Russian and Armenian archives before UTF-8
    ("koi8-r", RU, "koi8_r"),
    ("cp1252", FR, None),  # Western European pages; the detector may name a close cousin
    ("latin-1", DE, None),
]


def _encode(name: str, text: str) -> bytes:
    if name == "utf-16-be":
        return b"\xfe\xff" + RU.encode("utf-16-be")
    return text.encode(name)


@pytest.mark.parametrize(("encoding", "text", "named"), CASES, ids=[c[0] for c in CASES])
def test_bytes_come_back_as_the_same_text(encoding: str, text: str | None, named: str | None) -> None:
    text = text or RU
    decoded, how = decode_bytes(_encode(encoding, text))
    assert decoded == text
    if named is not None:
        assert how == named


def test_a_folder_of_mixed_encodings_is_read(tmp_path: Path) -> None:
    for i, (encoding, text, _) in enumerate(CASES):
        (tmp_path / f"{i}-{encoding}.txt").write_bytes(_encode(encoding, text or RU))
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    with pytest.warns(UserWarning, match="not UTF-8, read as") as said:  # each guess said
        df = extract_many(tmp_path, published="2024-11-25")
    guessed = {Path(str(w.message).split(": ")[0]).name for w in said}
    assert guessed == {"4-cp1251.txt", "5-koi8-r.txt", "6-cp1252.txt", "7-latin-1.txt"}  # not UTF-8/16
    assert {e["doc_id"] for e in df.attrs["errors"]} == {"binary.txt"}
    assert len(set(df["doc_id"])) == len(CASES)  # every text file gave its figure


def test_the_command_line_names_a_file_it_cannot_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "scan.txt"
    f.write_bytes(b"%PDF-1.7\n\x00\x00binary")
    assert main(["extract", str(f)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"tradefigures: error: {f}: not text")
    assert "Traceback" not in err
