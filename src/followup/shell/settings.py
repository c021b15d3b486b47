"""Django settings. Every value comes from `followup.shell.config` (documented environment)."""

from __future__ import annotations

import datetime as dt
import os
import secrets
from pathlib import Path

import dj_database_url

from followup.shell import config, private_files

HOME = config.home()
private_files.make_folder(HOME)
BASE_DIR = Path(__file__).resolve().parent


def _secret_key() -> str:
    explicit = os.environ.get("FOLLOWUP_SECRET_KEY")
    if explicit:
        return explicit
    path = HOME / "secret_key"
    try:
        return path.read_text().strip()
    except FileNotFoundError:
        pass
    key = secrets.token_urlsafe(50)
    # O_EXCL: two processes starting at once must not each write a different key.
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text().strip()
    with os.fdopen(fd, "w") as handle:
        handle.write(key)
    return key


def _csv(name: str) -> list[str]:
    return [item.strip() for item in config.get(name).split(",") if item.strip()]


SECRET_KEY = _secret_key()
DEBUG = config.get("FOLLOWUP_DEBUG") == "1"
ALLOWED_HOSTS = _csv("FOLLOWUP_ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = _csv("FOLLOWUP_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "axes",
    # django-ninja (the JSON API): listed so its docs page is served from our own static files,
    # which the Content-Security-Policy allows, instead of a CDN, which it does not.
    "ninja",
    "followup.shell",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "followup.shell.security_headers.SecurityHeadersMiddleware",
    # A blank 405 (a GET to a form-only address) as a page that says what to do.
    "followup.shell.method_not_allowed.MethodNotAllowedPageMiddleware",
    # The audit log says whether an action came through the web or the API.
    "followup.shell.team.audit.ChannelMiddleware",
    # Last, as django-axes asks: it turns a locked-out sign-in into our lockout page.
    "axes.middleware.AxesMiddleware",
]

# Sign-in throttling (django-axes): after 10 failures for one user name from one address, that
# pair is locked out for 15 minutes; other users and other addresses are not affected.
# `followup unlock USER` lifts it at once.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 10
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_COOLOFF_TIME = dt.timedelta(minutes=15)
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "followup.shell.views.setup.locked_out"
AXES_VERBOSE = False

ROOT_URLCONF = "followup.shell.urls"
WSGI_APPLICATION = "followup.shell.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "followup.shell.team.context.membership",
            ],
        },
    },
]

_default_db = f"sqlite:///{HOME / 'followup.sqlite3'}"
DATABASES = {"default": dj_database_url.parse(config.get("DATABASE_URL") or _default_db)}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        # WAL lets the web server read while the worker writes; IMMEDIATE takes the write lock
        # at BEGIN so two writers queue up instead of failing with "database is locked".
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
    if not config.get("DATABASE_URL"):
        private_files.make_file(HOME / "followup.sqlite3")
    # Tests use a file too (not Django's in-memory default), so they run in WAL mode like users.
    DATABASES["default"]["TEST"] = {"NAME": str(HOME / "test-followup.sqlite3")}
else:
    DATABASES["default"]["CONN_MAX_AGE"] = 60
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# One request carries at most this much form data; more is refused before it is read, with
# views.errors.bad_request's page. A debrief keeps up to a million characters, and a browser's
# form sends one as up to 12 bytes (an emoji: four UTF-8 bytes, each written "%F0"), hence the
# margin: a million emoji are a debrief, not a refusal (found in stop 51's fresh-clone check).
DATA_UPLOAD_MAX_MEMORY_SIZE = 12_500_000

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "followup.shell.password_validation.UserNameInPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "dashboard"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = False
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = HOME / "static"
STATIC_ROOT.mkdir(exist_ok=True)  # WhiteNoise warns on every start when it is missing
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Serve from the package folders directly: no collectstatic step for a desktop install.
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
# A refused form gets a page in the app's own words, saying what to do (not Django's).
CSRF_FAILURE_VIEW = "followup.shell.views.errors.csrf_failure"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# Behind a TLS proxy (FOLLOWUP_BEHIND_TLS=1): cookies only over https, HSTS, and the proxy's
# word for the scheme. Off by default: the single-user install serves http on 127.0.0.1.
if config.get("FOLLOWUP_BEHIND_TLS") == "1":
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = 31_536_000
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")


def _one_line(record) -> bool:
    """A refused over-size request is the user's paste, not a bug: one log line, no traceback."""
    record.exc_info = None
    record.exc_text = None
    return True


LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"one_line": {"()": "django.utils.log.CallbackFilter", "callback": _one_line}},
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "console_one_line": {"class": "logging.StreamHandler", "filters": ["one_line"]},
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "followup": {"level": "INFO"},
        "django.security.RequestDataTooBig": {
            "handlers": ["console_one_line"],
            "level": "WARNING",
            "propagate": False,
        },
    },
}
