"""`followup worker` as users run it: a long-running process that stops cleanly on SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time


def test_the_worker_stops_cleanly_on_sigterm(tmp_path):
    env = {**os.environ, "FOLLOWUP_HOME": str(tmp_path)}
    env.pop("DATABASE_URL", None)  # its own SQLite database in its own data folder
    worker = subprocess.Popen(
        [sys.executable, "-m", "followup.cli.main", "worker", "--interval", "30"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while not (tmp_path / "followup.sqlite3").exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(1.0)  # into its wait between passes
        worker.send_signal(signal.SIGTERM)
        output, _ = worker.communicate(timeout=10)
    finally:
        if worker.poll() is None:
            worker.kill()
    assert worker.returncode == 0, output
    assert "Traceback" not in output
    assert "stopped" in output
