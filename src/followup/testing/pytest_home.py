"""A pytest plugin (loaded with `-p` in pyproject.toml) that gives every test run its own data
folder before Django reads its settings, so tests never touch the user's own data.

It must be a `-p` plugin rather than conftest.py: pytest-django configures Django while pytest
loads the initial conftests, and that order is not guaranteed.
"""

import atexit
import os
import shutil
import tempfile

_home = tempfile.mkdtemp(prefix="followup-test-")
os.environ["FOLLOWUP_HOME"] = _home
os.environ.pop("FOLLOWUP_SECRET_KEY", None)
os.environ.pop("FOLLOWUP_ENCRYPTION_KEYS", None)
atexit.register(shutil.rmtree, _home, ignore_errors=True)
