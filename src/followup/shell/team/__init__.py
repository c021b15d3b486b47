"""The agency install: members and roles, coaching, and the audit log."""
