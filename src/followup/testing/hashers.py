"""A password hasher for the test suite only: the same PBKDF2 format Followup stores, with
1,000 iterations instead of a million, so creating a test account takes a millisecond instead
of 0.6 s (the suite creates hundreds). A server process started by a test still verifies these
hashes: the iteration count travels inside the hash."""

from django.contrib.auth.hashers import PBKDF2PasswordHasher


class QuickPBKDF2(PBKDF2PasswordHasher):
    iterations = 1_000
