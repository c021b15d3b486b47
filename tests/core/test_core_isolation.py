"""The functional core stays plain Python, and its commands never start Django."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

CORE = Path(__file__).resolve().parents[2] / "src" / "followup" / "core"
FORBIDDEN = (
    "django",
    "followup.shell",
    "followup.cli",
    "socket",
    "smtplib",
    "imaplib",
    "urllib.request",
    "requests",
    "sqlite3",
)


def test_no_core_module_imports_django_or_does_io():
    offenders = []
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [
                f"{path.relative_to(CORE)}: {name}"
                for name in names
                if name.split(".")[0] in FORBIDDEN or name.startswith(FORBIDDEN)
            ]
    assert not offenders


@pytest.mark.parametrize(
    "argv",
    [
        [
            "timeline",
            "We will decide by Friday",
            "--now",
            "2026-11-26T15:30",
            "--tz",
            "America/New_York",
            "--json",
        ],
        ["review", "-", "--kind", "thank_you", "--json"],
        ["classify", "-", "--subject", "Re: Thanks", "--json"],
    ],
)
def test_the_timeline_and_review_commands_run_without_django(argv):
    probe = (
        "import sys, io\n"
        "sys.stdin = io.StringIO('Thank you for your time today.')\n"
        "from followup.cli.main import main\n"
        f"code = main({argv!r})\n"
        "loaded = sorted(m for m in sys.modules if m == 'django' or m.startswith('django.'))\n"
        "print('DJANGO', loaded, file=sys.stderr)\n"
        "sys.exit(code)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "DJANGO []" in done.stderr
    assert json.loads(done.stdout)


def test_the_plan_command_runs_without_django(tmp_path):
    scenario = {
        "id": "p1",
        "interview": {
            "start": "2026-12-01T14:00:00-05:00",
            "end": "2026-12-01T15:00:00-05:00",
            "tz": "America/New_York",
        },
        "interviewers": [{"name": "Dana Reyes", "tz": "America/Chicago", "country": "US"}],
        "stated_deadline": None,
    }
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps(scenario) + "\n")
    probe = (
        "import sys\n"
        "from followup.cli.main import main\n"
        f"code = main(['plan', '--batch', {str(path)!r}])\n"
        "loaded = sorted(m for m in sys.modules if m == 'django' or m.startswith('django.'))\n"
        "print('DJANGO', loaded, file=sys.stderr)\n"
        "sys.exit(code)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "DJANGO []" in done.stderr
    assert json.loads(done.stdout.splitlines()[0])["id"] == "p1"
