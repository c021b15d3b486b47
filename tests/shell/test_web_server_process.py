"""`followup serve` as users run it: SIGTERM lets requests in progress finish first."""

from __future__ import annotations

import os
import shutil
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


def start_server(tmp_path, *extra: str):
    port = free_port()
    env = {**os.environ, "FOLLOWUP_HOME": str(tmp_path)}
    env.pop("DATABASE_URL", None)  # its own SQLite database in its own data folder
    process = subprocess.Popen(
        [sys.executable, "-m", "followup.cli.main", "serve", "--port", str(port), *extra],
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
    return process, port


@pytest.fixture
def server(tmp_path):
    process, port = start_server(tmp_path, "--no-worker")
    yield process, port
    if process.poll() is None:
        process.kill()
        process.wait()


def worker_children(parent: int) -> list[int]:
    found = subprocess.run(
        ["pgrep", "-P", str(parent), "-f", "followup.cli.main worker"],
        capture_output=True,
        text=True,
    )
    return [int(pid) for pid in found.stdout.split()]


def started_workers(parent: int) -> list[int]:
    """The server's worker processes, once it has started one (within 30 s)."""
    deadline = time.monotonic() + 30
    while not (found := worker_children(parent)):
        assert time.monotonic() < deadline, "no worker was started"
        time.sleep(0.2)
    return found


@pytest.mark.timed_waits
@pytest.mark.skipif(not shutil.which("pgrep"), reason="needs pgrep (procps) to find the worker")
def test_a_killed_mail_worker_is_started_again(tmp_path):
    process, _ = start_server(tmp_path)
    try:
        first = started_workers(process.pid)
        os.kill(first[0], signal.SIGKILL)
        deadline = time.monotonic() + 30
        while not (again := [pid for pid in worker_children(process.pid) if pid != first[0]]):
            assert time.monotonic() < deadline, "the killed worker was not started again"
            time.sleep(0.2)
        assert again
        process.send_signal(signal.SIGTERM)
        output, _ = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert "The mail worker stopped (exit code -9); starting it again." in output
    assert process.returncode == 0, output
    assert not worker_children(process.pid)


def gone(pid: int) -> bool:
    """Exited: no such process, or a zombie waiting for its new parent to reap it."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] in ("Z", "X")
    except FileNotFoundError:
        return True


@pytest.mark.timed_waits
@pytest.mark.skipif(not shutil.which("pgrep"), reason="needs pgrep (procps) to find the worker")
@pytest.mark.skipif(not os.path.isdir("/proc"), reason="reads /proc to see the worker exit")
def test_a_server_killed_outright_leaves_no_worker_behind(tmp_path):
    """kill -9 gives the server no chance to stop its worker: the worker sees its parent gone
    and stops itself, so the next `followup serve` does not run a second one beside it."""
    process, _ = start_server(tmp_path)
    try:
        workers = started_workers(process.pid)
        process.kill()
        process.wait()
        deadline = time.monotonic() + 30
        while not gone(workers[0]):
            if time.monotonic() > deadline:
                os.kill(workers[0], signal.SIGKILL)
                pytest.fail("the worker outlived the server killed outright")
            time.sleep(0.2)
    finally:
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


@pytest.mark.timed_waits
def test_a_second_start_on_a_busy_port_says_only_that_it_cannot_listen(tmp_path):
    # (Found by stop 51's fresh-clone check: it said "Followup is running" first.)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = {**os.environ, "FOLLOWUP_HOME": str(tmp_path)}
        env.pop("DATABASE_URL", None)
        process = subprocess.Popen(
            [sys.executable, "-m", "followup.cli.main", "serve", "--port", str(port)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        output, _ = process.communicate(timeout=60)
    assert process.returncode == 1
    assert f"cannot listen on 127.0.0.1:{port}" in output
    assert "is running" not in output
    assert "worker" not in output.lower()
