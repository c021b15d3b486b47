"""thanks: gratitude for the interview, their time, a tour, their consideration.

Not thanks: a bare sign-off ("Thanks,"), thanks in advance, "thanks to my training" (a cause),
"Happy Thanksgiving", and pleasantries such as "lovely to meet you".
"""

from __future__ import annotations

import re

from .text import Email, Sentence

_GRATITUDE = re.compile(
    r"\b(?:thank you|thanks|thank|cheers for|many thanks|grateful|gratitude|appreciated?|"
    r"appreciating|appreciation"
    # ... in the writer's own language: "Aaj ke time ke liye bohot shukriya", "Salamat po sa
    # oras ninyo".
    r"|shukriya|dhanyavaad|dhanyavad|dhanyabad|salamat po|maraming salamat"
    # "merci beaucoup pour votre temps", "vielen Dank für das Gespräch", "muchas gracias por la
    # entrevista", "grazie mille", "dziękuję za rozmowę", "Mahalo for meeting with me",
    # "arigatou gozaimashita", "obrigado pela entrevista", "asante sana", "shukran".
    r"|merci|obrigad[oa]|danke|vielen dank|herzlichen dank|dank je|dank u|gracias|grazie"
    # ("asante" alone is also a surname: "my interview with Mr Asante")
    r"|dzi[eę]kuj[eę]|mahalo|arigat(?:ou|o)|asante sana|asante(?= for)|kiitos|takk|tusen takk"
    r"|terima kasih"
    r"|c[aả]m [oơ]n|xie ?xie|shukran|spasibo|[gk]amsahamnida|toda raba|murakoze)\b"
)
# Gratitude that is really a request or a cause, never thanks for the interview.
_NOT_GRATITUDE = re.compile(
    r"\b(?:thank you|thanks|thank)(?: you)? (?:so much |very much |a lot )?in advance\b"
    r"|\bthanks to\b(?! (?:you|your|all of you|the team for|everyone))"
    r"|\bno thanks\b"
    r"|\b(?:would|'d|will|i'll|should) (?:be )?(?:really |very |so |truly |most )?"
    r"(?:appreciate|grateful|thankful)"
    r"|\b(?:grateful|thankful) (?:if|for any (?:update|news|sense|word|information))"
    r"|\bappreciate (?:any|an?) (?:update|response|reply|answer|decision|news|word)"
    r"|\bappreciate (?:it|your help) if\b"
    # "I appreciate that this role involves a lot of driving": understanding, not thanks;
    # "I appreciate if you inform me the result": a request.
    r"|\bappreciate (?:that )?(?:this|the) (?:role|job|position|post|work)\b"
    r"|\bappreciate if\b"
    r"|\bpass (?:my|our) thanks\b|\b(?:tell|thank) (?:\w+ ){0,2}thanks\b"
    # A request in the passive ("your feedback would be greatly appreciated") and an
    # acknowledgement ("I appreciate you may be busy") are no thanks (PRODUCT.md, issue 9).
    r"|\b(?:would|will|'d) be (?:greatly |much |very much |really |most |hugely |so )?"
    r"appreciated\b"
    r"|\bappreciate (?:that )?(?:you|things|it|this|everyone)(?:'re| are| may| might| must| could"
    r"| have|'ve| get| will)\b"
)
_BARE = re.compile(
    r"^(?:and )?(?:thanks|thank you|thank u|many thanks|cheers|appreciate it)"
    r"(?: again| so much| very much| a lot| a bunch| once again)*[\s!.,]*$"
)


def _is_gratitude(sentence: Sentence, opening: bool) -> bool:
    norm = sentence.norm
    # "Thanks again." opening the note thanks them; the same words closing it are a sign-off.
    if not _GRATITUDE.search(norm) or (_BARE.match(norm) and not opening):
        return False
    stripped = _NOT_GRATITUDE.sub(" ", norm)
    return bool(_GRATITUDE.search(stripped))


def find_thanks(email: Email) -> str | None:
    for index, sentence in enumerate(email.sentences):
        if _is_gratitude(sentence, opening=index == 0 and len(email.sentences) > 1):
            return sentence.text
    return None
