"""The new text of a reply: HTML made plain, quoted history, forwards and signatures set apart.

Pure functions on strings. A reply's meaning is in what its writer typed now; the quoted
history below it often holds the candidate's own words ("I'd love a next round"), which must
never decide anything.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser

from followup.core.wrapping import MAIL_FIELD_WORDS, MAIL_FROM_WORDS

_BLOCK_TAGS = {
    *"p div br li tr td th table h1 h2 h3 h4 h5 ul ol hr dt dd".split(),
}
_SKIP_TAGS = {"style", "script", "head", "title"}


class _Plain(HTMLParser):
    """Text of an HTML body: blocks become lines, quoted blocks become "> " lines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.divs = 0  # open <div>s, to know where a quoting <div> ends
        self.quote_ends: list[tuple[str, int]] = []  # (tag, depth) of each open quote

    @property
    def quoting(self) -> bool:
        return bool(self.quote_ends)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self.skip += 1
        if tag == "div":
            self.divs += 1
        classes = " ".join(value or "" for name, value in attrs if name in ("class", "id"))
        if tag == "blockquote" or (
            tag == "div" and ("gmail_quote" in classes or "divRplyFwdMsg" in classes)
        ):
            self.quote_ends.append((tag, self.divs))
        if tag in _BLOCK_TAGS or tag == "blockquote":
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS and self.skip:
            self.skip -= 1
        if self.quote_ends:
            open_tag, depth = self.quote_ends[-1]
            if tag == open_tag == "blockquote" or (tag == open_tag == "div" and self.divs == depth):
                self.quote_ends.pop()
        if tag == "div":
            self.divs = max(0, self.divs - 1)
        if tag in _BLOCK_TAGS or tag == "blockquote":
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.quoting:
            data = "\n".join("> " + line for line in data.split("\n"))
        self.parts.append(data)


# Python's HTMLParser is slow on some malformed input (worse than linear before 3.11.13), and
# the answer is at the top: styles and scripts are cut out in one pass, and at most this much
# of what is left is parsed.
HTML_PARSE_LIMIT = 20_000


def _without_blocks(source: str) -> str:
    """The HTML without <head>, <style> and <script> blocks, in one linear pass."""
    lowered = source.lower()
    out: list[str] = []
    at = 0
    while True:
        starts = [
            i for i in (lowered.find(f"<{t}", at) for t in ("style", "script", "head")) if i >= 0
        ]
        if not starts:
            out.append(source[at:])
            return "".join(out)
        start = min(starts)
        tag = next(t for t in ("style", "script", "head") if lowered.startswith(f"<{t}", start))
        out.append(source[at:start])
        end = lowered.find(f"</{tag}", start)
        if end < 0:
            return "".join(out)  # never closed: the rest is that block
        close = lowered.find(">", end)
        at = len(source) if close < 0 else close + 1


def html_to_text(source: str) -> str:
    parser = _Plain()
    source = _without_blocks(source)[:HTML_PARSE_LIMIT]
    try:
        parser.feed(source)
        parser.close()
    except Exception:  # noqa: BLE001 - broken HTML: fall back to dropping the tags
        return html.unescape(re.sub(r"<[^>]{0,2000}>", " ", source))
    text = "".join(parser.parts).replace("\xa0", " ")
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def looks_like_html(body: str, content_type: str = "") -> bool:
    if "html" in content_type.lower():
        return True
    head = body.lstrip()[:200].lower()
    return head.startswith(("<html", "<!doctype", "<div", "<p>", "<p ", "<table", "<body"))


# --- quoted history ---------------------------------------------------------------------------

_QUOTE_HEADER = re.compile(
    r"""^\s*(
        (on|le|am|el|em|op|il|w\sdniu)\s.{0,200}?(wrote|a\sécrit|schrieb|escribió|escreveu|
            schreef|ha\sscritto|napisał)\s?:?$        # Gmail / Apple: "On <date>, <who> wrote:"
      | .{0,250}(wrote|a\sécrit|schrieb|escribió|escreveu|schreef|ha\sscritto|napisał|pisze|
            님이\s?작성|写道|寫道|kirjoitti|skrev|yazdı|написал|написала)\s?[:：]$
                                                        # the same, in other clients' languages
      | am\s.{0,200}\sschrieb\s.{0,150}:$                # German: "Am <date> schrieb <who>:"
      | -{2,}\s*original\s+message\s*-{2,}              # Outlook (old)
      | _{10,}                                          # Outlook's separator line
      | ("""
    + MAIL_FROM_WORDS
    + r""")\s*[:：]\s.+  # Outlook header block (checked below)
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_OUTLOOK_FIELDS = re.compile(rf"^\s*({MAIL_FIELD_WORDS})\s*[:：]", re.I)
_FORWARD = re.compile(
    r"^\s*(-{3,}\s*forwarded message\s*-{3,}|begin forwarded message:|-{3,}\s*(mensaje|message)"
    r" (reenviado|transféré)\s*-{3,}|fw(d)?:\s*$)",
    re.IGNORECASE,
)
_SIGN_OFF = re.compile(
    r"^\s*(sent from my (iphone|ipad|android|samsung|phone|mobile)|get outlook for|"
    r"sent from (outlook|mail|yahoo)|--\s*$|this (e-?mail|message)( and any attachments)? "
    r"(is|may be|contains?|are) .{0,40}(confidential|privileged|intended)|confidentiality notice|"
    r"disclaimer:|the information (contained )?in this (e-?mail|message))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Parts:
    new: str  # what the writer typed now, without signature or history
    forwarded: str  # a forwarded message's text (a recruiter passing on the client's words)


def split_reply(body: str) -> Parts:
    """The writer's new words, and a forwarded message below them if there is one."""
    lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    new: list[str] = []
    forwarded: list[str] = []
    target = new
    index = 0
    while index < len(lines):
        line = lines[index]
        stripped = line.strip()
        if _FORWARD.match(stripped):
            if target is forwarded:
                break  # a forward inside the forward: older history
            target = forwarded
            index += 1
            continue
        if stripped.startswith(">"):
            if target is new and not new_has_text(new):
                index += 1
                continue  # a reply that only quotes: keep looking for new text
            break
        if _is_quote_header(lines, index):
            if target is forwarded:
                if not new_has_text(forwarded):
                    index += 1  # the forwarded message's own From/Date/Subject lines
                    continue
                break
            if not new_has_text(new) and target is new:
                index += 1
                continue
            if _points_below(new):
                # "See below - good news!" over a message passed on: that message is the news.
                target = forwarded
                index += 1
                continue
            break
        if _SIGN_OFF.match(stripped):
            if target is new and new_has_text(new):
                # The rest may still hold a forwarded message: look for one, else stop.
                rest = lines[index + 1 :]
                at = next(
                    (
                        n
                        for n, x in enumerate(rest)
                        if _FORWARD.match(x.strip())
                        or (_points_below(new) and _is_quote_header(rest, n))
                    ),
                    None,
                )
                if at is None:
                    break
                index = index + 1 + at
                continue
            if target is forwarded and forwarded:
                break
        target.append(line)
        index += 1
    forwarded_text = "\n".join(_drop_forward_headers(forwarded)).strip()
    return Parts(new="\n".join(new).strip(), forwarded=forwarded_text)


_POINTER = re.compile(
    r"\b(see below|see (the )?(thread|email|message|note) below|below from|fyi|forwarding|"
    r"passing (this|it) on|see (the )?trail|read below|\+ ?adding|see attached below|"
    r"good news below|details below)\b",
    re.IGNORECASE,
)


def _points_below(lines: list[str]) -> bool:
    """A short note whose point is the message under it ("FYI", "see below - good news!")."""
    text = "\n".join(lines).strip()
    return len(text) <= 300 and bool(_POINTER.search(text))


def new_has_text(lines: list[str]) -> bool:
    return any(line.strip() for line in lines)


def _is_quote_header(lines: list[str], index: int) -> bool:
    line = lines[index].strip()
    if not line:
        return False
    match = _QUOTE_HEADER.match(line)
    if match is None:
        # Gmail wraps a long "On ... wrote:" line in two.
        if re.match(r"^(on|le|am|el)\s", line, re.I) and index + 1 < len(lines):
            joined = f"{line} {lines[index + 1].strip()}"
            return bool(
                re.match(r"^(on|le|am|el)\s.{0,240}(wrote|a écrit|schrieb):\s*$", joined, re.I)
            )
        return False
    if re.match(r"^\s*(from|von|de|van|da|od|från|fra)\s*:", line, re.I):
        # "From:" starts a quoted header block only when Sent/To/Subject lines follow.
        following = lines[index + 1 : index + 5]
        return sum(bool(_OUTLOOK_FIELDS.match(x)) for x in following) >= 2
    return True


def _drop_forward_headers(lines: list[str]) -> list[str]:
    out = []
    for line in lines:
        if re.match(r"^\s*(from|date|sent|to|cc|subject)\s*:", line, re.I) and len(out) < 8:
            continue
        out.append(line)
    return out
