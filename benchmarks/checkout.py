"""The checkout a benchmark measures: this one, or the one that BENCHMARK_CHECKOUT names,
so that two versions of the bot run the same benchmark (see alternate.py).

Importing it puts that checkout first on the import path: `bot` and `tests` come
from there.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(os.environ.get("BENCHMARK_CHECKOUT") or Path(__file__).resolve().parent.parent).resolve()
sys.path.insert(0, str(ROOT))
