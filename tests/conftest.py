"""Test-wide set-up: every run gets its own data folder, never the user's."""

import os
import tempfile

os.environ.setdefault("FOLLOWUP_HOME", tempfile.mkdtemp(prefix="followup-test-"))
