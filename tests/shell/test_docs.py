"""Documentation that cannot drift: settings, commands and the README's quick start."""

from __future__ import annotations

import re
from pathlib import Path

from followup.cli.main import build_parser
from followup.shell import config

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "src" / "followup"


def test_the_settings_page_is_generated_from_the_code():
    assert (ROOT / "docs" / "settings.md").read_text() == config.markdown(), (
        "docs/settings.md is stale: run `python -m followup.shell.config > docs/settings.md`"
    )


def test_every_environment_variable_read_is_a_documented_setting():
    read = set()
    for path in SOURCE.rglob("*.py"):
        if "testing" in path.relative_to(SOURCE).parts:
            continue  # the test mail stack's switches are for developers, documented there
        text = path.read_text()
        read |= set(re.findall(r"""environ(?:\.get)?[\[(]\s*["']([A-Z_]+)["']""", text))
        read |= set(re.findall(r"""config\.get\(\s*["']([A-Z_]+)["']""", text))
    read.discard("DJANGO_SETTINGS_MODULE")  # Django's own, set by us, not by the user
    read.discard("TZ")  # the machine's zone, a hint for `followup init`
    undocumented = read - set(config.BY_NAME)
    assert not undocumented, f"add these to followup/shell/config.py: {sorted(undocumented)}"
    assert {"FOLLOWUP_HOME", "DATABASE_URL", "FOLLOWUP_SECRET_KEY"} <= read


def test_every_command_has_help_with_an_example():
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices
    assert {
        "init",
        "add",
        "list",
        "show",
        "debrief",
        "due",
        "done",
        "outcome",
        "demo",
        "serve",
        "doctor",
        "plan",
    } <= set(commands)
    for name, sub in commands.items():
        example = sub.format_help().split("Example:\n", 1)[-1]
        assert f"followup {name}" in example, f"`followup {name} --help` has no example"


def test_the_readme_quick_start_is_two_commands_and_ci_runs_the_second():
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## Quick start", 1)[1]
    block = section.split("```", 2)[1]
    commands = [line for line in block.splitlines()[1:] if line.strip()]
    assert len(commands) == 2, commands
    assert commands[1] in (ROOT / ".ci" / "run").read_text()


def test_every_model_change_has_its_migration(db):
    from django.core.management import call_command

    call_command("makemigrations", "--check", "--dry-run", verbosity=0)
