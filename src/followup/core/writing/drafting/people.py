"""How to address people: the greeting name, the sign-off name, words that are just names."""

from __future__ import annotations

import re

from .context import Person

_HONORIFICS = {"dr", "mr", "mrs", "ms", "mx", "miss", "prof", "professor", "sir", "madam"}


def _tokens(name: str) -> list[str]:
    name = re.sub(r"\(.*?\)|\[.*?\]|<.*?>", " ", name)  # "(she/her)", "<dana@x.com>"
    name = " ".join(name.split()).strip(" ,;:.\"'")
    if "," in name:
        # "Nair, Priya" is a surname-first listing; anything after a second comma is a suffix.
        last, _, rest = name.partition(",")
        rest = rest.split(",")[0].strip()
        name = f"{rest} {last}".strip() if rest else last
    return [t for t in name.split() if "@" not in t and re.search(r"[^\W\d_]", t)]


def _capitalise(word: str) -> str:
    # Users type names in lower case in a hurry; "mary-kate o'neil" -> "Mary-Kate O'Neil".
    if word != word.lower():
        return word
    return re.sub(r"(^|[-'’])(\w)", lambda m: m.group(1) + m.group(2).upper(), word)


def greeting_name(person: Person) -> str:
    """ "Dana" for Dana Smith, "Dr. Nair" for Dr. Priya Nair, "" when there is no usable name."""
    tokens = _tokens(person.name)
    if not tokens:
        return ""
    title = tokens[0].lower().rstrip(".")
    if title in _HONORIFICS and len(tokens) > 1:
        honorific = tokens[0].rstrip(".").capitalize()
        dot = "" if honorific.lower() in {"miss", "professor", "sir", "madam"} else "."
        return f"{honorific}{dot} {_capitalise(tokens[-1])}"
    return _capitalise(tokens[0])


def full_name(name: str) -> str:
    """A name as typed, on one line, with words typed in lower case capitalised."""
    return " ".join(_capitalise(word) for word in name.split())


def first_name(name: str) -> str:
    tokens = [t for t in _tokens(name) if t.lower().rstrip(".") not in _HONORIFICS]
    return _capitalise(tokens[0]) if tokens else ""


def name_variants(person: Person) -> tuple[str, ...]:
    """Ways the notes may refer to the recipient: full name, first name, greeting name."""
    tokens = _tokens(person.name)
    variants = {" ".join(tokens), greeting_name(person)}
    variants.update(t for t in tokens if t.lower().rstrip(".") not in _HONORIFICS)
    return tuple(sorted((v for v in variants if v), key=len, reverse=True))


def name_words(*names: str) -> frozenset[str]:
    """Lower-cased words of names, which never make a point specific on their own."""
    return frozenset(w.lower().strip(".,'’") for n in names for w in n.split() if w)
