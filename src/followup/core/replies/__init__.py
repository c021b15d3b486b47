"""Read what a company's reply means (next round, rejection, offer, request, out-of-office,
other), from its new text only. Pure Python, no I/O.

    from followup.core.replies import read_reply, ReplyReading
"""

from followup.core.replies.reader import KINDS, ReplyReading, read_reply

__all__ = ["KINDS", "ReplyReading", "read_reply"]
