"""The test stack itself: it starts fast, stops completely and leaves nothing behind."""

from __future__ import annotations

import os
import time

from followup.mail import send
from followup.testing.mailstack import MailStack, outgoing_message


def live_processes(pgid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        # fields[0] is the state, fields[2] the process group; zombies do not count.
        if fields[0] != "Z" and int(fields[2]) == pgid:
            found.append(int(entry))
    return found


def test_a_second_stack_starts_sends_and_stops_without_leftovers(mail_stack):
    started = time.monotonic()
    stack = MailStack(users=("solo",), save_sent=True).start()
    startup = time.monotonic() - started
    pgid = stack.proc.pid
    root = stack.root
    try:
        assert stack.imap_port != mail_stack.imap_port
        message = outgoing_message("solo", sender="solo")
        send(stack.account("solo"), message)
        assert len(stack.find("solo", message["Message-ID"])) == 1
        assert len(stack.find("solo", message["Message-ID"], folder="Sent")) == 1
    finally:
        stack.stop()
    assert startup < 2
    assert live_processes(pgid) == []
    assert not os.path.exists(root)
