"""A corpus run with --jobs 2 stopped by SIGTERM, Ctrl-C or SIGKILL leaves no worker behind (issue 13).

Each test starts ``python -m tradefigures extract`` on a corpus that takes far longer to read than
the test waits, signals it once its workers are busy, and polls for what must follow. The deadlines
only bound a wait on a busy machine; no test asserts how fast anything is.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import tradefigures

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc (Linux)")

ARTICLE = (
    "In the first half of 2024, trade between Russia and Armenia exceeded $8.3 billion, against "
    "$7.4 billion a year earlier. Exports to China reached $5 billion in 2023. "
) * 40
DEADLINE = 60.0  # seconds: a bound on waiting, not a measure of speed


def _ppid(pid: int) -> int | None:
    """The parent of a live process; None when it is gone or a zombie (ended, not yet reaped)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    state, ppid = stat.rsplit(")", 1)[1].split()[:2]
    return None if state in ("Z", "X") else int(ppid)


def _children(pid: int) -> list[int]:
    return [int(p.name) for p in Path("/proc").iterdir() if p.name.isdigit() and _ppid(int(p.name)) == pid]


def _wait_for(condition: Callable[[], object], what: str) -> None:
    end = time.monotonic() + DEADLINE
    while not condition():
        assert time.monotonic() < end, f"{what}: still not so after {DEADLINE:.0f} s"
        time.sleep(0.1)


@pytest.fixture
def running(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], list[int], Path]]:
    """The command at work on a big corpus, over an older output, with its two workers busy."""
    corpus = tmp_path / "news.jsonl"
    with corpus.open("w", encoding="utf-8") as f:
        for i in range(10_000):  # ~60 MB of text: minutes of work, stopped after a few seconds
            f.write(json.dumps({"doc_id": i, "text": ARTICLE}) + "\n")
    out = tmp_path / "figures.csv"
    out.write_text("old output\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(tradefigures.__file__).parents[1])}
    cmd = [sys.executable, "-m", "tradefigures", "extract", str(corpus), "--jobs", "2",
           "--published", "2024-11-25", "--output", str(out)]  # fmt: skip
    proc = subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE, text=True, start_new_session=True)
    workers: list[int] = []
    try:
        _wait_for(lambda: len(_children(proc.pid)) >= 2 or proc.poll() is not None, "two workers started")
        _wait_for(lambda: list(tmp_path.glob(".figures.csv.*.partial")), "a temporary output file")
        time.sleep(1.0)  # into the work
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        workers = _children(proc.pid)
        yield proc, workers, out
    finally:
        for pid in [proc.pid, *workers]:  # whatever a failed test left running
            if _ppid(pid) is not None:
                os.kill(pid, signal.SIGKILL)
        proc.wait()
        if proc.stderr:
            proc.stderr.close()


def _gone(pids: list[int]) -> Callable[[], bool]:
    return lambda: all(_ppid(p) is None for p in pids)


def test_sigterm_stops_the_workers_and_leaves_the_output_as_it_was(
    running: tuple[subprocess.Popen[str], list[int], Path],
) -> None:
    proc, workers, out = running
    assert len(workers) >= 2
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=DEADLINE)
    assert proc.returncode == 143
    assert err.strip().splitlines() == ["tradefigures: stopped by SIGTERM; outputs not finished were not written"]
    assert _gone(workers)()  # ended and reaped before the command exited
    assert out.read_text(encoding="utf-8") == "old output\n"
    assert sorted(p.name for p in out.parent.iterdir()) == ["figures.csv", "news.jsonl"]


def test_ctrl_c_stops_the_workers_and_keeps_what_was_finished(
    running: tuple[subprocess.Popen[str], list[int], Path],
) -> None:
    proc, workers, out = running
    os.killpg(proc.pid, signal.SIGINT)  # as a terminal does: the command and its workers
    _, err = proc.communicate(timeout=DEADLINE)
    assert proc.returncode == 130
    assert len(err.strip().splitlines()) == 1
    assert "tradefigures: interrupted after" in err
    assert _gone(workers)()
    kept = out.read_text(encoding="utf-8")  # the figures of the chunks finished, maybe none yet
    assert kept == "" or kept.startswith("doc_id,")
    assert sorted(p.name for p in out.parent.iterdir()) == ["figures.csv", "news.jsonl"]


def test_sigkill_of_the_command_ends_its_workers(running: tuple[subprocess.Popen[str], list[int], Path]) -> None:
    proc, workers, out = running
    proc.kill()
    proc.wait(timeout=DEADLINE)
    _wait_for(_gone(workers), "the workers of a killed command ended")
    assert out.read_text(encoding="utf-8") == "old output\n"
    # the killed command could not remove its temporary file: hidden, beside the output, named after it
    assert [p.name.startswith(".figures.csv.") for p in out.parent.glob(".*.partial")] == [True]
