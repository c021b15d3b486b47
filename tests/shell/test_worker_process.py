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
        started = ""
        while "started" not in started:  # its first log line, once the loop runs
            line = worker.stdout.readline()
            assert line, "the worker exited before starting"
            started += line
        time.sleep(0.5)  # into its pass or its wait: either way it must stop cleanly
        worker.send_signal(signal.SIGTERM)
        output, _ = worker.communicate(timeout=15)
        output = started + output
    finally:
        if worker.poll() is None:
            worker.kill()
    assert worker.returncode == 0, output
    assert "Traceback" not in output
    assert "stopped" in output
