"""The user's mailbox: accounts, the outbox, and the ledger of messages already read."""

from __future__ import annotations

import secrets

from django.db import models

from followup.shell.models.owned import Owned, OwnedQuerySet
from followup.shell.models.pipeline import Opportunity
from followup.shell.models.steps import Step

# How the reason of an account saved without a passing sign-in check begins.
NOT_VERIFIED = "Not verified: "


def _vault_id() -> str:
    return secrets.token_hex(16)


class _PrivateToOwner(OwnedQuerySet):
    # A mailbox's settings and credentials are its owner's alone: no recruiter reads them.
    private_to_owner = True


class _ActiveAccounts(models.Manager.from_queryset(_PrivateToOwner)):
    def get_queryset(self):
        return super().get_queryset().filter(removed_at__isnull=True)


class MailAccount(Owned):
    class Security(models.TextChoices):
        TLS = "tls", "TLS (implicit)"
        STARTTLS = "starttls", "STARTTLS"

    class Auth(models.TextChoices):
        PASSWORD = "password", "Password (or app password)"
        OAUTH2 = "oauth2", "Sign-in with the provider (OAuth 2.0)"

    class Delivery(models.TextChoices):
        DRAFT = "draft", "Put each note in my Drafts folder when it is due"
        SEND = "send", "Send each note at its planned moment"

    vault_id = models.CharField(max_length=32, default=_vault_id, unique=True, editable=False)
    email = models.EmailField()
    display_name = models.CharField(max_length=200, blank=True)
    provider = models.CharField(max_length=20, default="custom")
    username = models.CharField(max_length=254)
    # The sealed secret (vault): the password, or for an OAuth account its token set as JSON.
    # One field, so key rotation, removal and "encrypted at rest" cover both alike.
    password_token = models.TextField(editable=False)
    auth_method = models.CharField(max_length=10, choices=Auth.choices, default=Auth.PASSWORD)
    oauth_provider = models.CharField(max_length=20, blank=True)  # google, microsoft, other
    # When the access token expires (not secret): the worker refreshes the ones due, unsealed.
    oauth_expires_at = models.DateTimeField(null=True, blank=True)
    # Held while one process renews the tokens (`oauth_accounts.refresh`).
    oauth_refresh_lease = models.DateTimeField(null=True, blank=True)
    smtp_host = models.CharField(max_length=253)
    smtp_port = models.PositiveIntegerField()
    smtp_security = models.CharField(max_length=10, choices=Security.choices)
    imap_host = models.CharField(max_length=253)
    imap_port = models.PositiveIntegerField()
    imap_security = models.CharField(max_length=10, choices=Security.choices)
    cafile = models.CharField(
        max_length=500,
        blank=True,
        help_text="Extra CA certificate file, for a private server (before 0.1: now stored in "
        "ca_certificate).",
    )
    ca_certificate = models.TextField(
        blank=True, help_text="A private server's CA certificate (PEM), stored itself."
    )
    delivery = models.CharField(max_length=10, choices=Delivery.choices, default=Delivery.DRAFT)
    paused_at = models.DateTimeField(null=True, blank=True)
    pause_reason = models.CharField(max_length=500, blank=True)
    last_synced_at = models.DateTimeField(null=True, blank=True)
    removed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    # Removing an account keeps its row (without the password), so its outbox history and the
    # ledger of messages already read survive; adding the address again picks them up.
    objects = _ActiveAccounts()
    all_objects = _PrivateToOwner.as_manager()

    class Meta:
        base_manager_name = "all_objects"
        constraints = [
            models.UniqueConstraint(fields=["owner", "email"], name="mail_account_unique_email")
        ]

    def __str__(self) -> str:
        return self.email

    @property
    def is_unverified(self) -> bool:
        """Saved although its sign-in check failed (or was skipped): paused until a test passes."""
        return bool(self.paused_at) and self.pause_reason.startswith(NOT_VERIFIED)

    # The vault (and the cryptography package) load on first use, not with every command.
    def set_password(self, password: str) -> None:
        from followup.shell import vault

        self.password_token = vault.encrypt(password, self.vault_id)

    def get_password(self) -> str:
        from followup.shell import vault

        return vault.decrypt(self.password_token, self.vault_id)

    @property
    def uses_oauth(self) -> bool:
        return self.auth_method == self.Auth.OAUTH2

    @property
    def oauth_label(self) -> str:
        from followup.shell import config

        names = {"google": "Google", "microsoft": "Microsoft"}
        other = config.get("FOLLOWUP_OAUTH_NAME").strip() or "your provider"
        return names.get(self.oauth_provider, other)

    def set_tokens(self, tokens) -> None:
        """Seal an OAuth token set (followup.mail.oauth.Tokens) in place of a password."""
        from followup.shell import vault

        self.password_token = vault.encrypt(tokens.to_json(), self.vault_id)
        self.oauth_expires_at = tokens.expires_at

    def get_tokens(self):
        from followup.mail.oauth import Tokens

        return Tokens.from_json(self.get_password())

    def settings(self):
        """What the mail adapters need to connect; MailError(kind="key") when the stored
        password cannot be decrypted, so delivery and sync decide about it as about any other
        mail error (the account pauses; queued notes wait)."""
        from followup.mail import AccountSettings, MailError, ServerSettings
        from followup.shell.vault import VaultError

        try:
            if self.uses_oauth:
                from followup.shell.mailbox.oauth_accounts import access_token

                password = access_token(self)
            else:
                password = self.get_password()
        except VaultError as exc:
            raise MailError(
                "key", f"Followup cannot read the stored mail password: {exc}"
            ) from None
        common = {
            "cafile": self.cafile or None,
            "cadata": self.ca_certificate or None,
            "auth": self.auth_method,
        }
        return AccountSettings(
            email=self.email,
            display_name=self.display_name,
            smtp=ServerSettings(
                self.smtp_host,
                self.smtp_port,
                self.smtp_security,
                self.username,
                password,
                **common,
            ),
            imap=ServerSettings(
                self.imap_host,
                self.imap_port,
                self.imap_security,
                self.username,
                password,
                **common,
            ),
        )


class OutboxMessage(Owned):
    """One note on its way out. The Message-ID is fixed here, before the first attempt."""

    class Mode(models.TextChoices):
        DRAFT = "draft", "To Drafts"
        SEND = "send", "Send"

    class State(models.TextChoices):
        QUEUED = "queued", "Queued"
        SENDING = "sending", "Being delivered"
        DONE = "done", "Delivered"
        FAILED = "failed", "Failed"
        UNCERTAIN = "uncertain", "Unconfirmed"
        CANCELLED = "cancelled", "Cancelled"

    class Stage(models.TextChoices):
        # How far an attempt got, saved before each step: a crash before DATA cannot have
        # delivered anything, so such an attempt is safe to retry.
        NONE = "", "Not started"
        CONNECTING = "connecting", "Connecting"
        DATA = "data", "Handing over the message"

    account = models.ForeignKey(MailAccount, on_delete=models.CASCADE, related_name="outbox")
    step = models.ForeignKey(Step, on_delete=models.SET_NULL, null=True, related_name="outbox")
    message_id = models.CharField(max_length=255, unique=True)
    to_addr = models.EmailField()
    to_name = models.CharField(max_length=200, blank=True)
    subject = models.CharField(max_length=300)
    body = models.TextField()
    in_reply_to = models.CharField(max_length=255, blank=True)
    references = models.TextField(blank=True)
    mode = models.CharField(max_length=10, choices=Mode.choices)
    state = models.CharField(max_length=10, choices=State.choices, default=State.QUEUED)
    stage = models.CharField(max_length=12, choices=Stage.choices, default=Stage.NONE, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField()
    lease_until = models.DateTimeField(null=True, blank=True)
    claimed_by = models.CharField(max_length=100, blank=True)
    last_error = models.TextField(blank=True)
    done_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    LIVE_STATES = ("queued", "sending", "uncertain", "done")

    class Meta:
        ordering = ["next_attempt_at", "pk"]
        constraints = [
            # Two workers queuing the same due step at once: the second insert fails here.
            models.UniqueConstraint(
                fields=["step", "mode"],
                condition=models.Q(state__in=("queued", "sending", "uncertain", "done")),
                name="outbox_one_live_per_step",
            )
        ]
        indexes = [
            # Serves the worker's "queued and due before now?"
            models.Index(
                fields=["next_attempt_at"],
                name="outbox_queued_due",
                condition=models.Q(state="queued"),
            ),
            # Serves "attempts whose worker died" (lease expired while sending).
            models.Index(
                fields=["lease_until"],
                name="outbox_sending_lease",
                condition=models.Q(state="sending"),
            ),
            # Serves the dashboard's "notes that need you" (newest uncertain or failed).
            models.Index(fields=["owner", "state", "created_at"], name="outbox_owner_state_at"),
        ]

    def __str__(self) -> str:
        return f"{self.get_mode_display()}: {self.subject} to {self.to_addr}"


class MailboxState(models.Model):
    """Where the last sync of one folder stopped."""

    account = models.ForeignKey(MailAccount, on_delete=models.CASCADE, related_name="folders")
    folder = models.CharField(max_length=255)
    uidvalidity = models.BigIntegerField(null=True)
    last_uid = models.BigIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["account", "folder"], name="mailbox_state_unique")
        ]

    def __str__(self) -> str:
        return f"{self.account} {self.folder} (uid {self.last_uid})"


class SeenMessage(Owned):
    """The ledger: each message read once, keyed by folder, UIDVALIDITY and UID."""

    class Kind(models.TextChoices):
        REPLY = "reply", "Reply"
        OUT_OF_OFFICE = "ooo", "Out of office"
        OTHER = "other", "Not about an interview"

    class Category(models.TextChoices):
        NEXT_ROUND = "next_round", "Next round"
        REJECTION = "rejection", "Rejection"
        OFFER = "offer", "Offer"
        REQUEST = "request", "Request for information"
        OTHER = "other", "Other"

    account = models.ForeignKey(MailAccount, on_delete=models.CASCADE, related_name="seen")
    folder = models.CharField(max_length=255)
    uidvalidity = models.BigIntegerField()
    uid = models.BigIntegerField()
    message_id = models.CharField(max_length=255, blank=True)
    from_addr = models.CharField(max_length=254, blank=True)
    subject = models.CharField(max_length=300, blank=True)
    received_at = models.DateTimeField(null=True)
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.OTHER)
    category = models.CharField(max_length=12, choices=Category.choices, blank=True)
    why = models.CharField(max_length=300, blank=True)
    evidence = models.CharField(
        max_length=300, blank=True, help_text="The reply's words its meaning was read from."
    )
    corrected = models.BooleanField(
        default=False, help_text="The user corrected the meaning; a re-read never changes it."
    )
    opportunity = models.ForeignKey(
        Opportunity, on_delete=models.SET_NULL, null=True, related_name="messages"
    )
    return_date = models.DateField(null=True, blank=True)
    # A request ("send two references") is a task on the dashboard until the user marks it done.
    ask_done_at = models.DateTimeField(null=True, blank=True)
    seen_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["account", "folder", "uidvalidity", "uid"], name="seen_message_unique_uid"
            )
        ]
        ordering = ["-received_at"]
        # Serves the dashboard's "what came back lately" without scanning the user's history.
        indexes = [models.Index(fields=["owner", "seen_at"], name="seen_owner_seen_at")]


class FoundInvitation(Owned):
    """An interview invitation noticed in the inbox: offered to the user, never added silently.

    An update or a cancellation of an interview already added from an invitation is applied
    at once and kept here so the dashboard can say what changed.
    """

    class State(models.TextChoices):
        OFFERED = "offered", "Offered"
        ADDED = "added", "Added"
        IGNORED = "ignored", "Ignored"
        APPLIED = "applied", "Applied"  # an update or cancellation of an added interview

    seen = models.ForeignKey(
        SeenMessage, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    key = models.CharField(max_length=300)  # Interview.import_key it would have
    sequence = models.IntegerField(null=True, blank=True)
    state = models.CharField(max_length=10, choices=State.choices, default=State.OFFERED)
    summary = models.CharField(max_length=500)  # the interview in words, for the dashboard
    note = models.CharField(max_length=500, blank=True)  # what was done, or why not
    calendar = models.TextField()  # the invitation's calendar data, read again on "Add"
    interview = models.ForeignKey(
        "followup.Interview", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["owner", "state"], name="invitation_owner_state")]

    def __str__(self) -> str:
        return self.summary


class WorkerBeat(models.Model):
    """A mail worker's latest pass: the web UI says so when none has run for a while, since
    notes not sent and replies not read look the same as a quiet day."""

    name = models.CharField(max_length=255, unique=True)  # host:pid:thread (`worker_name`)
    seen_at = models.DateTimeField(db_index=True)
    # Seconds between its passes (`followup worker --interval`); None for one pass (cron).
    every = models.PositiveIntegerField(null=True)

    def __str__(self) -> str:
        return f"{self.name} at {self.seen_at:%Y-%m-%d %H:%M}"
