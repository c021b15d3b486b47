"""A TCP proxy that can cut connections on demand, to test what a client does when one breaks."""

from __future__ import annotations

import contextlib
import socket
import struct
import threading


def _cut(sock: socket.socket, rst: bool = False) -> None:
    # shutdown() first: close() alone leaves the other pump thread blocked in recv() and the
    # client waiting forever.
    with contextlib.suppress(OSError):
        if rst:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        sock.close()


class FaultProxy:
    """Forward 127.0.0.1:``port`` to ``target_port``; cut connections at will.

    - ``cut_after_server_bytes=N``: each connection is cut once N bytes came from the server
      (e.g. in the middle of a FETCH);
    - ``refuse=True``: accept, then close at once;
    - ``cut_all(rst=False)``: cut every open connection now (e.g. during IDLE).
    Use as a context manager, or call ``close()``.
    """

    def __init__(
        self,
        target_port: int,
        target_host: str = "127.0.0.1",
        *,
        cut_after_server_bytes: int | None = None,
        refuse: bool = False,
    ) -> None:
        self.target = (target_host, target_port)
        self.cut_after_server_bytes = cut_after_server_bytes
        self.refuse = refuse
        self.accepted = 0
        self._pairs: list[tuple[socket.socket, socket.socket]] = []
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self.port: int = self._listener.getsockname()[1]
        self._closed = threading.Event()
        self._thread = threading.Thread(target=self._accept_loop, name="fault-proxy", daemon=True)
        self._thread.start()

    def __enter__(self) -> FaultProxy:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _accept_loop(self) -> None:
        while not self._closed.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.accepted += 1
            if self.refuse:
                _cut(client)
                continue
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                _cut(client)
                continue
            upstream.settimeout(None)
            client.settimeout(None)
            with self._lock:
                self._pairs.append((client, upstream))
            threading.Thread(target=self._pump, args=(client, upstream, False), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client, True), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket, from_server: bool) -> None:
        sent = 0
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                limit = self.cut_after_server_bytes if from_server else None
                if limit is not None and sent + len(data) >= limit:
                    sink.sendall(data[: max(0, limit - sent)])
                    break
                sink.sendall(data)
                sent += len(data)
        except OSError:
            pass
        _cut(source)
        _cut(sink)

    def cut_all(self, rst: bool = False) -> None:
        with self._lock:
            pairs, self._pairs = self._pairs, []
        for client, upstream in pairs:
            _cut(client, rst)
            _cut(upstream, rst)

    def close(self) -> None:
        self._closed.set()
        self.cut_all()
        with contextlib.suppress(OSError):
            self._listener.close()
        self._thread.join(timeout=1)
