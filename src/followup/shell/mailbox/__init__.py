"""The Django side of mail: accounts, the outbox and its worker, and reading replies.

The network I/O lives in `followup.mail` (no Django); this package decides what to send, records
every attempt, and turns what arrives into changes to the user's plan.
"""
