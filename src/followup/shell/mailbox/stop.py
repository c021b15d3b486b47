"""A clean stop on SIGTERM or Ctrl-C: the worker finishes the message in hand, then exits.

No Django here, so the command can install the handlers before Django and the migrations start.
"""

import signal


class Stop:
    def __init__(self) -> None:
        self.requested = False
        signal.signal(signal.SIGTERM, self._stop)
        signal.signal(signal.SIGINT, self._stop)

    def _stop(self, *_args) -> None:
        self.requested = True
