"""Test-wide set-up: every run gets its own data folder, never the user's."""

import atexit
import os
import shutil
import tempfile

# Always a fresh folder, even when the developer has FOLLOWUP_HOME set for their own data:
# tests create and delete databases and keys there.
_home = tempfile.mkdtemp(prefix="followup-test-")
os.environ["FOLLOWUP_HOME"] = _home
os.environ.pop("FOLLOWUP_SECRET_KEY", None)
os.environ.pop("FOLLOWUP_ENCRYPTION_KEYS", None)
atexit.register(shutil.rmtree, _home, ignore_errors=True)
