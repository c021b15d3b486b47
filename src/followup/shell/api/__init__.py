"""The JSON API (django-ninja): `app.api` is mounted at /api/v1/ in `followup.shell.urls`."""
