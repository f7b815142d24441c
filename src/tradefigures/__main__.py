"""``python -m tradefigures`` runs the command line."""

from __future__ import annotations

import sys

from ._console import main

sys.exit(main())
