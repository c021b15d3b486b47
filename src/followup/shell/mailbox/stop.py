"""A clean stop on SIGTERM or Ctrl-C: the worker finishes the message in hand, then exits.

Also when the process that started it is gone: `followup serve` runs the worker beside the web
UI, and a server killed outright (kill -9, out of memory) cannot stop it. Left running, that
orphan would send beside the worker the next `followup serve` starts, and nothing would show it.

No Django here, so the command can install the handlers before Django and the migrations start.
"""

from __future__ import annotations

import os
import signal

# Set by the process that starts a worker it is responsible for (`followup serve`): its pid.
PARENT_ENV = "FOLLOWUP_WORKER_PARENT"


class Stop:
    def __init__(self) -> None:
        self._requested = False
        self.parent = _parent_from_environment()
        signal.signal(signal.SIGTERM, self._stop)
        signal.signal(signal.SIGINT, self._stop)

    def _stop(self, *_args) -> None:
        self._requested = True

    @property
    def requested(self) -> bool:
        # An orphan is re-parented (to init or a subreaper): its parent's pid changes.
        return self._requested or (self.parent is not None and os.getppid() != self.parent)


def _parent_from_environment() -> int | None:
    value = os.environ.get(PARENT_ENV, "")
    return int(value) if value.isdigit() else None
