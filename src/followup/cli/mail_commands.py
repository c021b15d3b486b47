"""Mail commands: account, keys, send, outbox, worker."""

from __future__ import annotations

import argparse
import getpass
import sys

from followup.cli.common import CliError, add_command, add_json_flag, print_json
from followup.cli.django_env import add_user_option, current_user, setup


def register(commands: argparse._SubParsersAction) -> None:
    p = add_command(
        commands,
        "account",
        cmd_account,
        help="connect your mailbox: add, signin, test, list, resume, remove",
        example="followup account add --provider gmail --email sam@gmail.com --password-stdin",
    )
    p.add_argument("action", choices=["add", "signin", "test", "list", "resume", "remove"])
    p.add_argument("--email", help="the account's address (add; or which one to act on)")
    p.add_argument(
        "--provider",
        default="custom",
        help="gmail, outlook, fastmail, icloud, yahoo, or custom (default)",
    )
    p.add_argument("--username", default="", help="login name, if not the address")
    p.add_argument("--name", default="", help="the name your notes come from")
    for kind in ("smtp", "imap"):
        p.add_argument(f"--{kind}-host", default="")
        p.add_argument(f"--{kind}-port", type=int)
        p.add_argument(f"--{kind}-security", choices=["tls", "starttls"], default="")
    p.add_argument(
        "--cafile",
        default="",
        metavar="FILE",
        help="your private server's CA certificate (PEM); its text is stored, not the path",
    )
    p.add_argument(
        "--delivery",
        choices=["draft", "send"],
        default="draft",
        help="draft (default): put notes in Drafts; send: send at the planned moment",
    )
    p.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    flow = p.add_mutually_exclusive_group()
    flow.add_argument(
        "--device",
        dest="device",
        action="store_const",
        const=True,
        help="signin: sign in with a code on another device (the default where offered)",
    )
    flow.add_argument(
        "--browser",
        dest="device",
        action="store_const",
        const=False,
        help="signin: sign in in a browser on this computer",
    )
    p.add_argument(
        "--no-test",
        action="store_true",
        help="save without signing in; it stays paused until `followup account test` passes",
    )
    p.add_argument(
        "--save-unverified",
        action="store_true",
        help="save even when the sign-in check fails; it stays paused until a test passes",
    )
    add_user_option(p)
    add_json_flag(p)

    p = add_command(
        commands,
        "keys",
        cmd_keys,
        help="re-encrypt stored passwords with a new key",
        example="followup keys rotate",
    )
    p.add_argument("action", choices=["rotate"])
    add_json_flag(p)

    p = add_command(
        commands,
        "send",
        cmd_send,
        help="queue a step's note: sent by the worker, or put in Drafts",
        example="followup send 12 --drafts",
    )
    p.add_argument("step", type=int, metavar="STEP_ID")
    p.add_argument("--drafts", action="store_true", help="put it in Drafts instead of sending")
    add_user_option(p)
    add_json_flag(p)

    p = add_command(
        commands,
        "outbox",
        cmd_outbox,
        help="what is queued, sent, failed or unconfirmed; resolve an unconfirmed send",
        example="followup outbox --resolve 7 --sent",
    )
    p.add_argument(
        "--resolve",
        type=int,
        metavar="OUTBOX_ID",
        help="an unconfirmed message to settle with --sent or --resend",
    )
    answer = p.add_mutually_exclusive_group()
    answer.add_argument("--sent", action="store_true", help="it did arrive: mark it sent")
    answer.add_argument("--resend", action="store_true", help="it did not arrive: send again")
    add_user_option(p)
    add_json_flag(p)

    p = add_command(
        commands,
        "worker",
        cmd_worker,
        help="send due notes and watch the inbox for replies",
        example="followup worker --once",
    )
    p.add_argument("--once", action="store_true", help="one pass, then exit (for cron)")
    p.add_argument(
        "--interval",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help="time between passes (default 60)",
    )
    add_json_flag(p)


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    if sys.stdin.isatty():
        return getpass.getpass("Mail password (an app password for Gmail, iCloud, Yahoo): ")
    raise CliError("no password: pass --password-stdin and pipe it in, or run in a terminal.")


def _account_input(args: argparse.Namespace, password: str):
    """The account the options describe (`add` with a password, `signin` without)."""
    from followup.shell.mailbox.accounts import AccountInput

    return AccountInput(
        email=args.email,
        password=password,
        provider=args.provider,
        username=args.username,
        display_name=args.name,
        smtp_host=args.smtp_host,
        smtp_port=args.smtp_port,
        smtp_security=args.smtp_security,
        imap_host=args.imap_host,
        imap_port=args.imap_port,
        imap_security=args.imap_security,
        delivery=args.delivery,
        cafile=args.cafile,
    )


def _account(user, email: str | None):
    from followup.shell.models import MailAccount

    accounts = MailAccount.objects.for_user(user)
    if email:
        account = accounts.filter(email__iexact=email).first()
        if account is None:
            raise CliError(f"no mail account {email!r}; see `followup account list`.")
        return account
    found = list(accounts[:2])
    if not found:
        raise CliError("no mail account yet; add one with `followup account add`.")
    if len(found) > 1:
        raise CliError("several mail accounts: say which with --email.")
    return found[0]


def _account_dict(account) -> dict:
    return {
        "email": account.email,
        "provider": account.provider,
        "sign_in": account.auth_method,
        "delivery": account.delivery,
        "smtp": f"{account.smtp_host}:{account.smtp_port} ({account.smtp_security})",
        "imap": f"{account.imap_host}:{account.imap_port} ({account.imap_security})",
        "verified": not account.is_unverified,
        "paused": account.pause_reason or None,
        "last_synced_at": account.last_synced_at.isoformat() if account.last_synced_at else None,
    }


def cmd_account(args: argparse.Namespace) -> int:
    setup()
    from followup.shell.mailbox.accounts import (
        AccountCheckFailed,
        AccountError,
        add_account,
        verify,
    )

    user = current_user(args)
    if args.action == "list":
        from followup.shell.models import MailAccount

        accounts = [_account_dict(a) for a in MailAccount.objects.for_user(user)]
        if args.json:
            print_json(accounts)
        elif not accounts:
            print("No mail account. Add one with `followup account add --help`.")
        for a in [] if args.json else accounts:
            paused = f"  PAUSED: {a['paused']}" if a["paused"] else ""
            print(f"{a['email']}  ({a['delivery']})  smtp {a['smtp']}  imap {a['imap']}{paused}")
        return 0
    if args.action == "add":
        if not args.email:
            raise CliError("give the address with --email.")
        data = _account_input(args, _password(args))
        try:
            account, results = add_account(
                user, data, save_unverified=args.save_unverified, check=not args.no_test
            )
        except AccountCheckFailed as exc:
            _print_checks(args, None, exc.results)
            raise CliError(
                "the sign-in check failed, so nothing was saved: fix what it says and run the "
                "command again (or add --save-unverified to keep it paused until a test passes)."
            ) from None
        except AccountError as exc:
            raise CliError(str(exc)) from None
        _print_checks(args, account, results or [])
        if not args.json:
            if account.paused_at:
                print(f"Saved {account.email}, paused: {account.pause_reason}")
            else:
                where = "Drafts folder" if account.delivery == "draft" else "recipients"
                print(f"Saved {account.email}. Notes go to your {where} when due.")
        return 0 if account.paused_at is None or args.no_test else 1
    if args.action == "signin":
        return _sign_in(args, user)
    account = _account(user, args.email)
    if args.action == "remove":
        from followup.shell.mailbox.accounts import remove
        from followup.shell.mailbox.oauth_accounts import revoke_at_provider

        if account.uses_oauth:
            revoke_at_provider(account)
        remove(account)
        if account.uses_oauth:
            print(f"Removed {account.email}; its sign-in is revoked and forgotten.")
        else:
            print(f"Removed {account.email}; its password is deleted.")
        return 0
    # test and resume: both sign in for real; only a pass makes the account active again.
    results = verify(account)
    _print_checks(args, account, results)
    if all(r.ok for r in results):
        if args.action == "resume" and not args.json:
            print(f"{account.email} is active again.")
        return 0
    if args.action == "resume":
        raise CliError(f"{account.email} stays paused: the sign-in check failed.")
    return 1


def _sign_in(args: argparse.Namespace, user) -> int:
    """`account signin`: OAuth 2.0 instead of a password (new account, or signing in again)."""
    from followup.cli.oauth_login import sign_in
    from followup.mail import MailError
    from followup.shell.mailbox.accounts import (
        AccountError,
        prepare_account,
        sign_in_check,
        store,
    )
    from followup.shell.mailbox.oauth_accounts import OTHER, PROVIDER_FOR_PRESET, client

    if not args.email:
        raise CliError("give the address to sign in as with --email.")
    key = PROVIDER_FOR_PRESET.get(args.provider, OTHER if args.provider == "custom" else "")
    if not key:
        raise CliError(
            f"{args.provider} has no OAuth sign-in in Followup: use `followup account add` with "
            "an app password (OAuth: --provider gmail, outlook, or custom with FOLLOWUP_OAUTH_*)."
        )
    configured = client(key)
    if configured is None:
        names = {"google": "FOLLOWUP_GOOGLE_CLIENT_ID", "microsoft": "FOLLOWUP_MICROSOFT_CLIENT_ID"}
        raise CliError(
            f"this install has no OAuth client for {args.provider}: set "
            f"{names.get(key, 'the FOLLOWUP_OAUTH_* settings')} first (README: Sign in with "
            "Google or Microsoft)."
        )
    try:
        tokens = sign_in(
            configured,
            args.email,
            device=args.device,
            say=(lambda text: print(text, file=sys.stderr)) if args.json else print,
        )
    except MailError as exc:
        raise CliError(f"{exc.message} Nothing was saved.") from None
    data = _account_input(args, "")
    try:
        account = prepare_account(user, data, tokens=tokens, oauth_provider=key)
    except AccountError as exc:
        raise CliError(str(exc)) from None
    results = sign_in_check(account)
    _print_checks(args, account, results)
    if not all(r.ok for r in results):
        raise CliError(
            f"the servers did not accept the sign-in for {args.email}, so nothing was saved: "
            "check that you signed in as that address."
        )
    account = store(account, results)
    if not args.json:
        print(f"Signed in {account.email} with {configured.provider.label}; no password is kept.")
    return 0


def _print_checks(args: argparse.Namespace, account, results) -> None:
    if args.json:
        print_json(
            {
                "account": _account_dict(account) if account else None,
                "checks": [{"server": r.server, "ok": r.ok, "message": r.message} for r in results],
            }
        )
        return
    for r in results:
        print(f"{'ok  ' if r.ok else 'FAIL'}  {r.server.upper()}: {r.message}")


def cmd_keys(args: argparse.Namespace) -> int:
    setup()
    from django.db import transaction

    from followup.shell import vault
    from followup.shell.models import MailAccount, Profile

    accounts = list(MailAccount.all_objects.exclude(password_token=""))
    # The calendar-feed keys are sealed with the same keys: re-encrypted alongside.
    feeds = list(Profile.objects.exclude(feed_key_sealed=""))
    try:
        tokens = vault.rotate(
            [a.password_token for a in accounts] + [p.feed_key_sealed for p in feeds]
        )
    except vault.VaultError as exc:
        raise CliError(str(exc)) from None
    changed_meanwhile = 0
    with transaction.atomic():
        for account, token in zip(accounts, tokens[: len(accounts)], strict=True):
            # Compare-and-set: a password saved while we worked keeps its new token.
            changed_meanwhile += 1 - MailAccount.objects.filter(
                pk=account.pk, password_token=account.password_token
            ).update(password_token=token)
        for profile, token in zip(feeds, tokens[len(accounts) :], strict=True):
            changed_meanwhile += 1 - Profile.objects.filter(
                pk=profile.pk, feed_key_sealed=profile.feed_key_sealed
            ).update(feed_key_sealed=token)
    if changed_meanwhile:
        raise CliError(
            f"{changed_meanwhile} password(s) changed while rotating; nothing was retired. "
            "Run `followup keys rotate` again."
        )
    retired = vault.retire_old_keys()
    if args.json:
        print_json({"re_encrypted": len(accounts), "retired_keys": retired})
    else:
        print(
            f"Re-encrypted {len(accounts)} password(s) with a new key; "
            f"retired {retired} old key(s)."
        )
    return 0


def cmd_send(args: argparse.Namespace) -> int:
    setup()
    from followup.shell.mailbox.outbox import OutboxError, enqueue
    from followup.shell.models import OutboxMessage, Step

    user = current_user(args)
    step = Step.objects.for_user(user).filter(pk=args.step).first()
    if step is None:
        raise CliError(f"no step #{args.step}; see `followup due`.")
    mode = OutboxMessage.Mode.DRAFT if args.drafts else OutboxMessage.Mode.SEND
    try:
        message = enqueue(step, mode)
    except OutboxError as exc:
        raise CliError(str(exc)) from None
    if args.json:
        print_json({"outbox": message.pk, "message_id": message.message_id, "mode": mode})
    else:
        where = "put in your Drafts folder" if args.drafts else "sent"
        print(f"Queued: it will be {where} by the worker (`followup worker --once` does it now).")
    return 0


def cmd_outbox(args: argparse.Namespace) -> int:
    setup()
    from followup.shell.mailbox.outbox import resolve_by_user
    from followup.shell.models import OutboxMessage

    user = current_user(args)
    if args.resolve is not None:
        message = OutboxMessage.objects.for_user(user).filter(pk=args.resolve).first()
        if message is None:
            raise CliError(f"no outbox message #{args.resolve}; see `followup outbox`.")
        if not (args.sent or args.resend):
            raise CliError("say what happened: --sent (it arrived) or --resend (it did not).")
        try:
            resolve_by_user(message, sent=args.sent)
        except ValueError as exc:
            raise CliError(str(exc)) from None
        print("Marked as sent." if args.sent else "Queued to send again.")
        return 0
    rows = [
        {
            "id": m.pk,
            "message_id": m.message_id,
            "step": m.step_id,
            "state": m.state,
            "mode": m.mode,
            "to": m.to_addr,
            "subject": m.subject,
            "attempts": m.attempts,
            "next_attempt_at": m.next_attempt_at.isoformat() if m.state == "queued" else None,
            "error": m.last_error or None,
            "done_at": m.done_at.isoformat() if m.done_at else None,
        }
        for m in OutboxMessage.objects.for_user(user).order_by("-created_at")[:100]
    ]
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("The outbox is empty.")
    for row in rows:
        print(f"#{row['id']:<4} {row['state']:<9} {row['mode']:<5} {row['to']}: {row['subject']}")
        print(f"       {row['message_id']}")
        if row["error"] and row["state"] in ("failed", "uncertain", "queued", "cancelled"):
            print(f"       {row['error']}")
    return 0


def cmd_worker(args: argparse.Namespace) -> int:
    from followup.shell.mailbox.stop import Stop

    stop = None if args.once else Stop()  # before start-up, so an early SIGTERM is clean too
    setup()
    from followup.shell.mailbox.worker import run_forever, run_once

    if args.once:
        counts = run_once()
        if args.json:
            print_json(counts)
        else:
            print(", ".join(f"{k}: {v}" for k, v in counts.items()))
        return 0
    if stop.requested:
        return 0
    run_forever(args.interval, stop)
    return 0
