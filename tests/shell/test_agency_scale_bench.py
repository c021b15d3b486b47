"""bench/agency_scale.py still runs: its SQLite part at a tiny size (a few seconds).

The figures themselves come from the full run (README, "Running an agency install"); this only
catches a bench broken by a change to the models or the pages it measures.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench" / "agency_scale.py"


def test_the_agency_scale_bench_runs_its_sqlite_part(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "FOLLOWUP_HOME")}
    env["TMPDIR"] = str(tmp_path)  # its scratch data folder, removed by the bench anyway
    done = subprocess.run(
        [sys.executable, str(BENCH), "--only", "sqlite", "--sqlite-sizes", "200"]
        + ["--repetitions", "2", "--sqlite-current", "1"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "SQLite dashboard, one user, 200 interviews" in done.stdout
