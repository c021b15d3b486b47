"""The mail worker that `followup serve` runs beside the web UI, kept alive.

A worker that dies (killed, out of memory, a bug) would otherwise leave notes quietly unsent
while the web UI looks fine. The supervisor notices within seconds, says so on the console and
starts it again; if it keeps dying (5 times in 10 minutes) it stops trying and says how to see
why.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections import deque

from followup.shell.mailbox.stop import PARENT_ENV

CHECK_EVERY = 2.0  # seconds
RESTART_LIMIT = 5
RESTART_WINDOW = 600.0  # seconds


class SupervisedWorker:
    def __init__(self, argv: list[str] | None = None) -> None:
        self.argv = argv or [sys.executable, "-m", "followup.cli.main", "worker"]
        self.process: subprocess.Popen | None = None
        self._stop = threading.Event()
        self._lock = threading.Lock()  # one of stop() and a restart at a time
        self._restarts: deque[float] = deque()
        self._thread = threading.Thread(target=self._watch, name="worker-supervisor", daemon=True)

    def _spawn(self) -> subprocess.Popen:
        # Its own session: a Ctrl-C in the terminal reaches the server, which then stops the
        # worker itself, instead of both racing to exit. And told who its parent is: a server
        # killed outright cannot stop it, so it stops itself when this process is gone.
        env = {**os.environ, PARENT_ENV: str(os.getpid())}
        return subprocess.Popen(self.argv, start_new_session=True, env=env)

    def start(self) -> None:
        self.process = self._spawn()
        self._thread.start()

    def _watch(self) -> None:
        while not self._stop.wait(CHECK_EVERY):
            process = self.process
            # poll() also reaps it (no zombie); no process: a restart failed, try again.
            code = -1 if process is None else process.poll()
            if code is None or self._stop.is_set():
                continue
            now = time.monotonic()
            while self._restarts and now - self._restarts[0] > RESTART_WINDOW:
                self._restarts.popleft()
            if len(self._restarts) >= RESTART_LIMIT:
                print(
                    f"The mail worker keeps stopping (exit code {code}); no more restarts. "
                    "Run `followup worker` on its own to see why; notes wait in the outbox.",
                    flush=True,
                )
                return
            with self._lock:
                if self._stop.is_set():
                    return
                self._restarts.append(now)
                print(f"The mail worker stopped (exit code {code}); starting it again.", flush=True)
                try:
                    self.process = self._spawn()
                except OSError as exc:
                    print(f"The mail worker could not be started again ({exc}).", flush=True)
                    self.process = None

    def stop(self, timeout: float = 15.0) -> None:
        with self._lock:
            self._stop.set()  # no restart can begin after this
        if self._thread.is_alive():
            self._thread.join(timeout=CHECK_EVERY * 2)
        process = self.process
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
