"""`followup serve` as users run it: SIGTERM lets requests in progress finish first."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time

import pytest


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    port = free_port()
    env = {**os.environ, "FOLLOWUP_HOME": str(tmp_path)}
    env.pop("DATABASE_URL", None)  # its own SQLite database in its own data folder
    process = subprocess.Popen(
        [sys.executable, "-m", "followup.cli.main", "serve", "--no-worker", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    deadline = time.monotonic() + 60
    while True:
        assert process.poll() is None, process.stdout.read()
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.2)
    yield process, port
    if process.poll() is None:
        process.kill()
        process.wait()


def test_sigterm_finishes_a_request_in_progress_then_exits(server):
    process, port = server
    body = b"username=sam&password=" + b"x" * 2000
    client = socket.create_connection(("127.0.0.1", port), timeout=20)
    client.sendall(
        b"POST /login/ HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        b"Content-Type: application/x-www-form-urlencoded\r\n"
        + f"Content-Length: {len(body)}\r\n\r\n".encode()
        + body[:100]
    )
    time.sleep(0.5)  # the server is receiving this request now
    process.send_signal(signal.SIGTERM)
    time.sleep(1.0)

    assert process.poll() is None, "the server quit with a request half received"
    with pytest.raises(OSError):  # no new connections once stopping
        socket.create_connection(("127.0.0.1", port), timeout=2).close()

    client.sendall(body[100:])
    response = b""
    while chunk := client.recv(65536):
        response += chunk
        if b"\r\n\r\n" in response:
            break
    client.close()
    assert response.startswith(b"HTTP/1.1 "), response[:200]
    assert int(response.split()[1]) < 500

    output, _ = process.communicate(timeout=15)
    assert process.returncode == 0, output
    assert "Traceback" not in output, output
    assert "every request in progress was answered first" in output
