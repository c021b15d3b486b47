"""Application trackers pasted from a spreadsheet: which cells hold no employer's promise.

A candidate pastes the rows of their tracker ("Company<TAB>Role<TAB>Applied<TAB>Interview<TAB>
Status<TAB>Next step<TAB>Follow-up date"). The dates in some columns are never an answer due:
when they applied, when they were interviewed, when they mean to chase, when they last heard.
The promise, if any, is in a notes or next-step cell ("Tom: decision by Fri 14th"). This module
finds the header row and returns the spans of the cells under those columns, for the reader to
skip as it skips a note's lines about other employers.
"""

from __future__ import annotations

import re

# A tracker's columns whose dates are the candidate's own or already gone.
_OWN_COLUMN = re.compile(
    r"(?:date )?(?:applied|application date|interviews?|interview date|interviewed|last contact"
    r"|contact date|follow[- ]?ups?(?: date| on)?|f/?u|my follow[- ]?up|next follow[- ]?up"
    r"|chase(?: date)?|reminder|start(?: date)?)",
    re.IGNORECASE,
)
# A header names the things a tracker tracks.
_TRACKER_WORD = re.compile(
    r"(?:company|employer|firm|co\.?|role|position|job|applied|status|stage|next step|notes?"
    r"|interviews?|recruiter|follow[- ]?up|f/?u)",
    re.IGNORECASE,
)
_SEPARATORS = ("\t", "|", ",")
_SOMEONES_WORDS = re.compile(
    r"(?:^|(?<=[\t|,]))[ \t\"]*[A-Z][a-z]+(?: \([^)]{1,20}\))?:"
    r"|\b(?:said|says|told|they'll|they will|we'll|we will|she'll|he'll)\b"
)
_LONGEST_HEADER_CELL = 40


def cell_spans(line: str, separator: str) -> list[tuple[int, int]]:
    """Where each cell of a row starts and ends in `line` (a comma inside quotes, as a
    spreadsheet writes "9/30 screen, 10/8 portfolio", is the cell's own)."""
    spans: list[tuple[int, int]] = []
    start, quoted = 0, False
    for at, char in enumerate(line):
        if char == '"' and separator == ",":
            quoted = not quoted
        elif char == separator and not quoted:
            spans.append((start, at))
            start = at + 1
    spans.append((start, len(line)))
    return spans


def _header(line: str) -> tuple[str, list[int]] | None:
    """The separator and the own-date columns of a tracker's header row, or None."""
    for separator in _SEPARATORS:
        if line.count(separator) < 3:
            continue  # fewer than four cells (a line of prose, mostly: each is asked)
        cells = [line[a:b].strip() for a, b in cell_spans(line, separator)]
        if len(cells) < 4 or any(len(c) > _LONGEST_HEADER_CELL for c in cells):
            continue
        if any(ch.isdigit() for c in cells for ch in c):
            continue  # a row of data, not of names
        named = [c for c in cells if _TRACKER_WORD.fullmatch(c)]
        own = [i for i, c in enumerate(cells) if _OWN_COLUMN.fullmatch(c)]
        if len(named) >= 2 and own:
            return separator, own
    return None


def own_date_cells(text: str) -> list[tuple[int, int]]:
    """Spans of the cells under a tracker's own-date columns, in text order."""
    spans: list[tuple[int, int]] = []
    position = 0
    header: tuple[str, list[int]] | None = None
    width = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if header is None:
            header = _header(body) if len(body) < 400 else None
            if header is not None:
                width = len(cell_spans(body, header[0]))
        else:
            separator, own = header
            cells = cell_spans(body, separator)
            if len(cells) < max(3, width - 2):
                header = None  # the table has ended
            else:
                # (Not a cell that gives someone's words: "Tom: they'll decide by Fri 20th".)
                spans += [
                    (position + cells[i][0], position + cells[i][1])
                    for i in own
                    if i < len(cells) and not _SOMEONES_WORDS.search(body, *cells[i])
                ]
        position += len(line)
    return spans
