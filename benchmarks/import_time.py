#!/usr/bin/env python3
"""How long `import servicepsych` takes, against `import pandas` and `import matplotlib.pyplot`.

Each import is timed in a fresh interpreter (median of several runs), so caches of
the parent process do not help. Prints the measured times and ratios.

    .venv/bin/python benchmarks/import_time.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys

RUNS = 7
STATEMENTS = {
    "python (no import)": "pass",
    "import servicepsych": "import servicepsych",
    "import servicepsych.prospect, .peak_end, .anchoring": "import servicepsych.prospect, servicepsych.peak_end, servicepsych.anchoring",
    "import numpy": "import numpy",
    "import pandas": "import pandas",
    "import matplotlib.pyplot": "import matplotlib.pyplot",
}


def time_import(stmt: str) -> float:
    code = f"import time; t = time.perf_counter(); {stmt}; print(time.perf_counter() - t)"
    out = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
           for _ in range(RUNS)]
    return statistics.median(out)


def main() -> None:
    times = {label: time_import(stmt) for label, stmt in STATEMENTS.items()}
    base = times["import servicepsych"]
    print(f"{'statement':58s} {'median ms':>10s} {'x servicepsych':>15s}")
    for label, t in times.items():
        print(f"{label:58s} {t * 1000:10.1f} {t / base if base else float('nan'):15.1f}")
    print(f"\nimport servicepsych is {times['import pandas'] / base:.0f}x faster than import pandas "
          f"and {times['import matplotlib.pyplot'] / base:.0f}x faster than import matplotlib.pyplot")


if __name__ == "__main__":
    main()
