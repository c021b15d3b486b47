"""The functional core: plain Python, no Django, no I/O.

- `calendar`: zones, countries, public holidays and business days, shared by the packages below.
- `timing`: the timing policy (when each step is due, and why).
- `timeline`: reading the timeline an interviewer gave ("by the end of next week") as a date.
- `writing`: drafting the notes and reviewing any draft.
"""
