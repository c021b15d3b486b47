"""The web server, with a graceful stop: SIGTERM (or Ctrl-C) finishes what is in progress.

Waitress on its own stops its event loop at once on a signal, so a request being uploaded or
answered is cut off: a debrief the user just saved is lost without a word. Here the signal only
closes the listening socket; the loop then keeps running until every request received or being
received is answered and sent (at most GRACE seconds), and only then the process exits.
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from collections.abc import Callable
from typing import Any

from waitress import create_server, wasyncore
from waitress.server import BaseWSGIServer

log = logging.getLogger("followup.web")

GRACE = 30.0  # seconds a stop waits for requests in progress
_TICK = 0.2


def serve(
    app: Any,
    *,
    host: str,
    port: int,
    threads: int = 8,
    grace: float = GRACE,
    listening: Callable[[], None] | None = None,
) -> bool:
    """Serve `app` until SIGTERM or Ctrl-C, then drain. True if every request in progress was
    answered before the grace period ran out. OSError if it cannot listen; `listening` is
    called once it can (so nothing says it is running before the port is its own)."""
    server = create_server(app, host=host, port=port, threads=threads, ident="followup")
    if listening is not None:
        listening()
    stop = threading.Event()
    previous = signal.signal(signal.SIGTERM, lambda *_: stop.set())
    socket_map = getattr(server, "map", None) or server._map  # one address, or several
    try:
        try:
            while not stop.is_set():
                server.asyncore.loop(timeout=_TICK, map=socket_map, count=1)
        except KeyboardInterrupt:
            pass  # Ctrl-C: drain like SIGTERM
        return _drain(server, socket_map, grace)
    finally:
        signal.signal(signal.SIGTERM, previous)


def _drain(server: Any, socket_map: dict, grace: float) -> bool:
    for channel in list(socket_map.values()):
        if isinstance(channel, BaseWSGIServer):
            # No new connections from here on. The plain dispatcher close: waitress's own also
            # closes the trigger that request threads still use to hand back their answers.
            wasyncore.dispatcher.close(channel)
    deadline = time.monotonic() + grace
    while _busy(server, socket_map) and time.monotonic() < deadline:
        try:
            server.asyncore.loop(timeout=_TICK, map=socket_map, count=1)
        except KeyboardInterrupt:
            break  # a second Ctrl-C: stop now
    drained = not _busy(server, socket_map)
    if not drained:
        log.warning("stopped with requests still in progress after %.0f s", grace)
    server.task_dispatcher.shutdown(timeout=1)
    wasyncore.close_all(socket_map)
    return drained


def _busy(server: Any, socket_map: dict) -> bool:
    dispatcher = server.task_dispatcher
    if dispatcher.active_count or dispatcher.queue:
        return True
    for channel in list(socket_map.values()):
        if isinstance(channel, BaseWSGIServer):
            continue
        receiving = getattr(channel, "request", None) is not None
        if (
            receiving
            or getattr(channel, "requests", None)
            or getattr(channel, "total_outbufs_len", 0)
        ):
            return True
    return False
