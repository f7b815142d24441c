"""The embedded article, the second worked example, and the reference statistics that ship with tradefigures.

>>> article = load_article()
>>> article.metadata["interview_published"], article.text[:6]
('2024-11-25', 'Russia')
>>> example = load_article("china-russia-2024")  # written by the project from cited facts
>>> example.published, len(example.metadata["sources"])
('2024-07-20', 8)
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["Article", "load_article"]

ARTICLE = "kopyrkin-izvestia-2024"


@dataclass(frozen=True)
class Article:
    """An article's text and its metadata (title, speaker, outlet, publication date, notes)."""

    text: str
    metadata: dict[str, Any]

    @property
    def citation(self) -> str:
        """Who said it, where and when: the ``source`` given to ``extract`` for this article.

        >>> load_article("china-russia-2024").citation
        'China and Russia keep trade near its record as growth slows, tradefigures worked example, 2024-07-20'
        """
        m = self.metadata
        if "speaker" not in m:  # a text the project wrote: its title and where it is published
            return f"{m['title']}, {m['outlet']}, {self.published}"
        return (
            f"{m['speaker']} ({m['speaker_role']}), {m['outlet']} interview, "
            f"{self.published} ({m.get('form', 'reprint').split(' of ')[0]})"
        )

    @property
    def published(self) -> str:
        """The reference date for relative periods, as an ISO date."""
        return str(self.metadata.get("interview_published", self.metadata.get("published")))


def _raw_dir() -> Path:
    """data/raw inside the installed wheel, else the repository's data/raw (editable install)."""
    packaged = Path(__file__).parent / "_data" / "raw"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "data" / "raw"


def load_article(name: str = ARTICLE) -> Article:
    """An article shipped with tradefigures, by name (default: the embedded article, Russia's ambassador to
    Armenia in Izvestia, 25 November 2024; "china-russia-2024" is the China–Russia worked example,
    written by the project from the facts its metadata cites)."""
    folder = _raw_dir()
    meta_path = folder / f"{name}.json"
    if not meta_path.is_file():
        known = sorted(p.stem for p in folder.glob("*.json"))
        raise FileNotFoundError(f"no embedded article named {name!r}; known: {', '.join(known)}")
    metadata = json.loads(meta_path.read_text(encoding="utf-8"))
    raw = (folder / metadata["file"]).read_bytes()
    if hashlib.sha256(raw).hexdigest() != metadata["sha256"]:
        raise ValueError(f"{metadata['file']} does not match the checksum in {meta_path.name}")
    return Article(raw.decode("utf-8"), metadata)
