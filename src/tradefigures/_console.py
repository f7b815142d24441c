"""The ``tradefigures`` command's entry point: light, so that a Ctrl-C while pandas and the
lexicons load (a second or two) ends the command with one line and exit code 130, not a traceback."""

from __future__ import annotations

import sys


def main() -> int:
    """Load the command line and run it; 130 when interrupted while loading."""
    try:
        from .cli import main as run
    except KeyboardInterrupt:
        print("tradefigures: interrupted", file=sys.stderr)
        return 130
    return run()
