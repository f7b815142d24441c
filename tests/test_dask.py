"""The Dask path on a real two-process local cluster: the same table as extract_many, row for row."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import dask
import dask.bag as db
import dask.dataframe as dd
import pandas as pd
import pytest
from distributed import Client, LocalCluster

import tradefigures
import tradefigures.dask as tfd

SENTENCES = [
    "Exports to China hit $5bn in 2023.",
    "Trade between Armenia and Russia reached $7.3 billion in 2023.",
    "Imports from Germany fell to €12 billion in the first half of 2024.",
    "Bilateral trade is expected to exceed $10 billion by 2030.",
    "India's exports to the United States rose to about $78 billion last year.",
    "No money was mentioned here.",
    "Russian exports to Turkey were worth $40 billion to $45 billion in 2022.",
    "Mutual trade turnover grew by 15% to $2.1 billion in January-September 2024.",
    "The company opened a new office in Yerevan.",
    "Imports of Chinese cars reached nearly 30 billion dollars in 2023.",
    "Japan's exports to South Korea totalled more than $50 billion in 2021.",
    "Trade with Kazakhstan could reach $30 billion by 2026, the minister said.",
]


def _documents() -> list[object]:
    article = tradefigures.load_article().text
    texts: list[object] = []
    for i in range(36):
        texts.append(SENTENCES[i % len(SENTENCES)])
        if i == 5:
            texts.append(article)
        if i == 17:
            texts.append("")
        if i == 25:
            texts.append(None)
    return texts  # 39 documents


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (
        LocalCluster(
            n_workers=2,
            processes=True,
            threads_per_worker=1,
            host="127.0.0.1",
            dashboard_address=None,
            # Even without a dashboard the scheduler serves HTTP (health, metrics), on port 8787 unless told
            # otherwise; when another cluster or test run holds 8787, distributed warns and leaks a socket.
            # A free loopback port avoids both.
            scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
        ) as cluster,
        Client(cluster) as c,
    ):
        yield c


@pytest.fixture(scope="module")
def frame() -> pd.DataFrame:
    texts = _documents()
    published = ["2024-11-25" if i % 3 == 0 else None for i in range(len(texts))]
    return pd.DataFrame({"text": texts, "published": published, "source": "test"})


def _compare(actual: pd.DataFrame, expected: pd.DataFrame) -> None:
    expected = expected.copy()
    expected.attrs = {}  # extract_many's counts and errors; the Dask path gives errors() instead
    pd.testing.assert_frame_equal(actual.reset_index(drop=True), expected.reset_index(drop=True))


def test_dataframe_matches_extract_many(client: Client, frame: pd.DataFrame) -> None:
    ddf = dd.from_pandas(frame, npartitions=4)
    assert ddf.npartitions == 4
    expected = tradefigures.extract_many(frame)
    assert len(expected) > 20
    _compare(tfd.extract(ddf).compute(), expected)
    errors = tfd.errors(ddf).compute()
    missing = [{"doc_id": 28, "reason": "no text (missing value)"}]  # the None, as the pandas path says
    assert errors.to_dict("records") == expected.attrs["errors"] == missing


def test_bag_matches_extract_many(client: Client) -> None:
    texts = _documents()
    bag = db.from_sequence(texts, npartitions=4)
    _compare(tfd.extract(bag).compute(), tradefigures.extract_many(texts))
    dated = tfd.extract(bag, published="2024-11-25").compute()
    _compare(dated, tradefigures.extract_many(texts, published="2024-11-25"))


def test_an_id_column_names_the_documents(client: Client, frame: pd.DataFrame) -> None:
    named = frame.assign(doc_id=[f"doc-{i:02d}" for i in range(len(frame))])
    result = tfd.extract(dd.from_pandas(named, npartitions=4)).compute()
    _compare(result, tradefigures.extract_many(named))
    assert result["doc_id"].iloc[0] == "doc-00"


def test_meta_is_the_shape_of_extract_many() -> None:
    figures = tradefigures.extract_many(pd.DataFrame({"text": SENTENCES, "doc_id": ["a", 1] * 6}))
    assert len(figures) > 0
    assert tfd.meta().dtypes.to_dict() == figures.dtypes.to_dict()
    assert list(tfd.meta().columns) == list(figures.columns)
    pd.testing.assert_frame_equal(tfd.meta(), tradefigures.extract_many([]), check_index_type=False)


def test_declared_dtypes_are_the_computed_ones(client: Client, frame: pd.DataFrame) -> None:
    lazy = tfd.extract(dd.from_pandas(frame, npartitions=4))
    assert lazy.dtypes.to_dict() == lazy.compute().dtypes.to_dict()


def test_errors_are_reported(client: Client) -> None:
    texts = ["Exports to China hit $5bn in 2023.", b"\xff bytes", None, 5, "", "No money."] * 2
    expected = pd.DataFrame(tradefigures.extract_many(texts).attrs["errors"])
    errors = tfd.errors(db.from_sequence(texts, npartitions=3)).compute().reset_index(drop=True)
    assert errors["doc_id"].tolist() == [1, 2, 3, 7, 8, 9]
    assert errors["reason"].tolist() == expected["reason"].tolist()
    assert errors["reason"].tolist()[:3] == [
        "not text: bytes; decode it first or pass a file path",
        "no text (missing value)",
        "not text: int",
    ]


def test_dataframe_errors_with_plain_objects(client: Client) -> None:
    pdf = pd.DataFrame({"text": pd.Series(["Exports to China hit $5bn in 2023.", b"x", None, 5.5], dtype=object)})
    with dask.config.set({"dataframe.convert-string": False}):  # keep bytes and numbers as they are
        ddf = dd.from_pandas(pdf, npartitions=2)
    errors = tfd.errors(ddf).compute().reset_index(drop=True)
    expected = pd.DataFrame(tradefigures.extract_many(pdf).attrs["errors"])
    assert errors["doc_id"].tolist() == expected["doc_id"].tolist() == [1, 2, 3]
    assert errors["reason"].tolist() == expected["reason"].tolist()


def test_bad_arguments_fail_before_compute(frame: pd.DataFrame) -> None:
    ddf = dd.from_pandas(frame, npartitions=2)
    with pytest.raises(ValueError, match="no 'body' column"):
        tfd.extract(ddf, text_column="body")
    with pytest.raises(TypeError, match="use extract_many"):
        tfd.extract(frame)
    with pytest.raises(TypeError, match="unexpected keyword argument"):
        tfd.errors(ddf, jobs=2)


def test_import_tradefigures_does_not_load_dask() -> None:
    code = "import sys, tradefigures; print('dask' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


BLOCK_DASK = """
import sys

class BlockDask:
    def find_spec(self, name, path=None, target=None):
        if name == "dask" or name.startswith("dask."):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None

sys.meta_path.insert(0, BlockDask())
import tradefigures.dask
"""


def test_missing_extra_says_how_to_install_it() -> None:
    done = subprocess.run([sys.executable, "-c", BLOCK_DASK], capture_output=True, text=True, check=False)
    assert done.returncode == 1
    assert "ImportError: tradefigures.dask needs Dask; install it with: pip install 'tradefigures[dask]'" in (
        done.stderr
    )
