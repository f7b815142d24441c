"""Notebooks: committed thin and without outputs, and each runs top to bottom in a fresh kernel."""

from __future__ import annotations

import ast
import json
from pathlib import Path
from typing import Any

import nbclient
import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS_DIR = ROOT / "notebooks"
NOTEBOOKS = sorted(NOTEBOOKS_DIR.glob("*.ipynb"))
EXPECTED = ["01-extract-figures.ipynb", "02-growth.ipynb", "03-projections.ipynb", "04-another-pair.ipynb"]
ALLOWED_IMPORTS = {"tradefigures", "pandas"}  # the public API, plus pandas for display
# The charts are drawn without pyplot, so IPython shows a Figure only once its inline display is switched on.
ALLOWED_MAGICS: set[str] = set()  # charts display through ChartFigure._repr_png_, no magic needed
# Where a notebook run could leave files: its working directory, and the folders the project writes.
WATCHED = [NOTEBOOKS_DIR, ROOT / "reports", ROOT / "data"]


def _load(path: Path) -> dict[str, Any]:
    notebook: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return notebook


def _source(cell: dict[str, Any]) -> str:
    src = cell["source"]
    return "".join(src) if isinstance(src, list) else str(src)


def _snapshot() -> dict[str, tuple[int, int]]:
    """Every file under the watched folders, with its size and modification time."""
    files = {}
    for folder in WATCHED:
        for p in folder.rglob("*") if folder.is_dir() else []:
            if p.is_file():
                st = p.stat()
                files[str(p.relative_to(ROOT))] = (st.st_size, st.st_mtime_ns)
    return files


def test_the_notebooks_are_there() -> None:
    assert [p.name for p in NOTEBOOKS] == EXPECTED


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_is_committed_without_outputs(path: Path) -> None:
    notebook = _load(path)
    assert notebook["nbformat"] == 4
    assert notebook["metadata"]["kernelspec"]["name"] == "python3"
    for cell in notebook["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [], _source(cell)
            assert cell["execution_count"] is None, _source(cell)
        assert "attachments" not in cell


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_is_thin(path: Path) -> None:
    for cell in _load(path)["cells"]:
        if cell["cell_type"] != "code":
            continue
        src = _source(cell)
        assert "def " not in src, src
        assert "class " not in src, src
        magics = [line.strip() for line in src.splitlines() if line.lstrip().startswith("%")]
        assert set(magics) <= ALLOWED_MAGICS, magics
        python = "\n".join("" if line.strip() in ALLOWED_MAGICS else line for line in src.splitlines())
        tree = ast.parse(python)  # fails on any other magic or shell escape: plain Python only
        for node in ast.walk(tree):
            assert not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)), src
            if isinstance(node, ast.Import):
                roots = {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom):
                roots = {(node.module or "").split(".")[0]} if node.level == 0 else {"<relative>"}
            else:
                continue
            assert roots <= ALLOWED_IMPORTS, src


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_opens_with_its_question_and_closes_with_what_we_found(path: Path) -> None:
    cells = _load(path)["cells"]
    assert cells[0]["cell_type"] == "markdown"
    assert "Question" in _source(cells[0])
    assert cells[-1]["cell_type"] == "markdown"
    assert "What we found" in _source(cells[-1])


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs_top_to_bottom(path: Path) -> None:
    before = _snapshot()
    notebook = nbformat.read(path, as_version=4)  # executed in memory; the file is never written
    client = nbclient.NotebookClient(
        notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOKS_DIR)}}
    )
    client.execute()  # raises CellExecutionError, naming the cell, on the first error
    outputs = [o for c in notebook.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    stderr = [o.text for o in outputs if o.output_type == "stream" and o.name == "stderr"]
    assert not stderr, stderr  # warnings raised in the kernel land here
    shown = [o.data for o in outputs if o.output_type == "execute_result"]
    charts = [d for d in shown if "Figure" in d.get("text/plain", "")]
    assert len(charts) == sum(_source(c).rstrip().endswith("ax.figure") for c in notebook.cells)
    assert all("image/png" in d for d in charts), "a chart was shown as text, not drawn"
    assert _snapshot() == before
