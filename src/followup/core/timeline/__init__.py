"""Read the timeline an interviewer gave ("we'll decide by the end of next week") as a date.

    from followup.core.timeline import read_timeline, read_return_date, Reading

Pure Python, no I/O. `read_timeline(text, now, tz, country=None)` returns the latest date by
which the writer said they would respond, with the words it was read from and the kind of
expression, or None when they gave no timeline. `read_return_date` reads the day someone is
back from an out-of-office reply.

Conventions (PRODUCT.md, "Reading a stated timeline", made exact):

- "Today" is the local date of `now` in `tz`. The country (given, else the zone's) decides
  public holidays and whether "12/5" means 5 December (US, Canada, Philippines; and when the
  country is unknown) or 12 May (everywhere else). An impossible reading falls back to the other.
- Weeks run Monday to Sunday.
- "Friday", "by Friday", "on Friday": the first Friday strictly after today, so said on a Friday
  it is the Friday a week later. "this Friday": today if today is Friday, else the coming one.
  "coming Friday": the first after today. "next Friday": the Friday of next week ("next Tues"
  said on Thu 26 Nov is Tue 1 Dec; "next Friday" said on a Monday is 11 days away).
- "Monday week" and "a week on Monday": the first Monday after today, plus 7 days;
  "Monday fortnight": plus 14. "the Friday after next": the coming Friday plus 7.
  "next week Monday" / "Monday next week": Monday of next week.
- "end of the week", "EOW", "this week", "later this week": this week's Friday (next week's
  if this week's has gone, as at the weekend). "end of next week", "next week": next week's
  Friday. "the week after next", "next to next week": the Friday two weeks on. "early next
  week": Monday (its start, as "early the following" is); "mid next week", "midweek":
  Wednesday; "late next week": Friday.
  "the week of the 14th": that week's Friday. "by the weekend": Sunday; "before the weekend":
  Friday. Said on a Sunday, "next week" is the week starting tomorrow.
- "today", "EOD", "COB": today; "tomorrow": today + 1; "the day after tomorrow": + 2.
- "within/in N days/weeks/months", "a fortnight", "two weeks from today": today + N (months
  by calendar month, clamped). "within 48 hours": the date of now + 48 hours. "N business
  (working) days": counted from the day after today, skipping weekends and the country's public
  holidays (followup.core.calendar). Ranges take the upper end: "2-3 weeks" is 3 weeks, "a week
  or two" 2 weeks, "7-10 business days" 10. "a couple" is 2, "a few" 3, "several" 4.
  "this time next week": today + 7. "in the next few days": today + 3.
- Month parts: "early X" the 10th, "mid X" the 15th, "late X" / "end of X" / "X end" the last
  day; "first/second/third week of X" the 7th/14th/21st; "in X", "sometime in X" the last day;
  "by X" the 1st; "before X" the day before the 1st. A month without a year is this year's
  unless it has gone, then next year's. "end of the month", "EOM", "month end": this month's
  last day; "next month": the last day of next month.
- Quarters and years: "end of Q1", "in Q1", "by Q1", "EOQ" the quarter's last day (the next
  such quarter not yet over); "early Q2" the end of its first month; "end of the year",
  "EOY", "year end" 31 December; "EOFY" the country's financial year end (30 June in Australia,
  31 March in India, the UK and Canada, else 31 December); "early next year" 31 January;
  "early in the new year" (early January) the 10th.
- Explicit dates ("12/5", "Dec 5th", "5th December", "Friday the 4th", "2026-12-04",
  "15/03/2026"): with no year, the coming one, except a date up to 90 days past, which stays in
  the past (an event that happened, never a deadline). "the 3rd" (only with "the" or "by"/"on"):
  the next 3rd strictly after today; with a weekday ("Friday the 4th") the next month where the
  4th is a Friday. A range "Dec 10-12" takes the 12th.
- Holidays come from the `holidays` package for the country (national list, then the regional
  list most people keep there, e.g. Ontario's Thanksgiving in Canada, then the holiday's home
  country: Thanksgiving elsewhere is the American one). "after X", "post X", "not until after X",
  "in the new year": the Friday of the week that holds the first business day after X (the
  last day of a multi-day holiday, or of a closure given with its dates: "closed December 24
  through January 2 ... in the new year"), as PRODUCT.md has it ("after Christmas" 2026 in
  Britain is Friday 1 January 2027, the week of Tuesday 29 December). "after the holidays" is
  after New Year's Day; "before/by X": the last business day before X; "around X": X; "the
  week of X": its Friday; "after the bank holiday" / "the long weekend": the next Monday or
  Friday holiday. A date that is a public holiday there reads the same: "after the 14 July
  holiday" in France.
  Month names left in French, German, Spanish or Italian ("le 14 juillet") are read as English.
- Relative to an event: "within a week of the onsite on 3/10", "3 business days after the
  panel on Monday": the event's date plus the duration (kept even if already past). An event
  that is the start date, joining or onboarding never anchors a timeline.
- Which date is the timeline: every expression is judged by the nearest cue word in its
  sentence (before it, else after it). A commitment cue (decide, decision, hear back, get back
  to you, let you know, update, feedback, next steps, revert, wrap up...) makes it a candidate;
  a distractor cue (interview, start date, joining, office closed, sent:, please send, let us
  know, sprint, every, notice, contract...) rules it out. With no cue, only expressions that are
  deadlines by shape count ("by Friday", "end of next week", "within 5 days", not "on Monday").
  Dates already past, dates in e-mail header lines and numbers that are not dates (phone
  numbers, "24/7", "two-week sprints", "4 weeks of leave") are never the answer. Among the
  candidates, the latest date wins ("Friday, Monday at the latest" is Monday), and the newest
  message of a pasted thread over the older ones quoted below it. In a quoted or forwarded
  message with its date ("Date: Thu, Apr 2, 2026", "On 2 Oct 2026 ... wrote:"), "by next
  Wednesday", "within a week" and the like count from that date, even if it has gone by.
- "ASAP", "soon", "shortly", "we'll be in touch", "no timeline yet": no date, so no timeline
  ("in the coming weeks" is 3 weeks, PRODUCT.md's vague amounts).
- How long silence takes to mean no ("if you have not heard from us by 23 January, assume
  ...") is the date when the text gives no other; a promise besides it wins, and a newer "no
  timeline for you at the moment" leaves none.
- A date said as the latest ("in August, by 15.8. at the latest") narrows a wider one in its
  sentence, unless the two are alternatives ("by Friday at the latest, or early next week").
- Time words left in another language ("do piątku", "después de Semana Santa", "Ende nächster
  Woche") read as their English (core/timeline/foreign.py); any public holiday of the
  country by its own name ("after Songkran"); a pasted chat's line stamps date its messages;
  ISO week numbers ("by the end of week 12") where weeks go by them (the Nordics, Germany...).
- Out-of-office replies (read_return_date): "until X", "back on X", "returning X" give X;
  "through X", "X inclusive" and the end of a range "away 21-24 Dec" give the next business
  day after X; "back next week" gives next Monday; "back after the holidays" the first business
  day after New Year's Day; "back in January" its first business day.
"""

from followup.core.timeline.reader import read_return_date, read_timeline
from followup.core.timeline.reading import Reading

__all__ = ["Reading", "read_return_date", "read_timeline"]
