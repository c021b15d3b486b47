"""Getting data in and out: calendar invitations, tracker spreadsheets, Followup's own JSON
export, the calendar feed, and the SQLite backup.

Readers (`ics_reader`, `csv_reader`, `json_backup.read`) turn a file into `Incoming` records
without touching the database; `importer.run` applies them, or previews them by applying inside
a transaction it then rolls back, so the preview is exactly what an import would do.
"""
