"""Victims of killing verbs: who "killed", "was shot dead", "died" name, counted.

A victim list (khaldun/numbers/victim_list.py) is read after an active verb ("gunmen killed
..."), around a split verb ("shot ... dead", "left ... dead") and before a passive one ("...
and his driver were shot dead", "... died"). "was killed" with a singular subject the list
cannot read still counts 1, unless the subject is "no one", "anyone" or a relative pronoun
(a victim of an earlier event).
"""

from __future__ import annotations

import re
from functools import lru_cache

from khaldun.numbers.lexicon import alternation, first_letters
from khaldun.numbers.victim_list import Victims, item_patterns, parse_list

_WHEN = rf"(?:{alternation('when_words')}|\[[^\]]{{0,30}}\]|\([^)]{{0,30}}\))"
_TO_DEATH = alternation("to_death_verbs")
_KILL_PASSIVE = (
    rf"{alternation('kill_passive')}|(?:{_TO_DEATH})\s+to\s+death|"
    rf"(?:{alternation('seize_passive')})\s+and\s+(?:then\s+)?(?:{alternation('then_killed')})"
)
_KILL_ACTIVE = (
    rf"{alternation('kill_active')}|"
    rf"(?:{alternation('seize_active')})\s+and\s+(?:then\s+)?(?:killed|killing)|"
    rf"(?:{_TO_DEATH}|{alternation('to_death_gerunds')})\s+to\s+death|"
    rf"{alternation('claimed_lives')}"
)
_ACTIVE_LISTS = ("kill_active", "seize_active", "to_death_verbs", "to_death_gerunds",
                 "claimed_lives")
# the words the passive pattern opens on besides its lists ("were killed", "his body was")
_PASSIVE_OPENERS = "were was are is have has had body"
_SPLIT_VERB = alternation("split_verbs")
_PASSIVE_AUX = re.compile(r"\b(?:is|was|has)\b", re.IGNORECASE)  # "had been": either
_NOT_SUBJECT = re.compile(
    rf"(?:\b(?:{alternation('not_subject_words')})|[^\w\s,'’)\]-])\s*$",
    re.IGNORECASE,
)
# a subject does not follow a preposition: "the press service of the Health Ministry"
_AFTER_PREPOSITION = re.compile(
    rf"\b(?:{alternation('prepositions')})\s+(?:the\s+)?(?:\[[^\]]*\]\s+)?$",
    re.IGNORECASE,
)
# "a young man was injured when he was shot": the shooting wounded
_HURT_BEFORE = re.compile(rf"\b(?:{alternation('hurt_words')})\b[^.;]*$", re.IGNORECASE)
_IN_NAME = re.compile(r"(?-i:[A-Z][\w'’.-]*)\s+$")
# a time phrase between a verb and its object: "shot dead on Monday a politician"
_TIME = re.compile(
    rf"(?:(?:on\s+)?(?:{alternation('weekdays')})(?:\s+(?:{alternation('day_parts')}))?\s+"
    rf"|(?:{alternation('this_day')})\s+)?",
    re.IGNORECASE,
)
_AUX_BEFORE = re.compile(
    rf"\b(?:{alternation('aux_before_verb')})(?:\s+\w+ly)?\s*$",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[.;:!?\n](?=\s)|[.;:!?\n]$")
_COMPANION = re.compile(
    rf"\s*,?\s+(?:with|{alternation('companion_links')})\s+"
    rf"|[^,.;:]{{0,60}}?\s(?:{alternation('companion_links')})\s+",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    """The verb patterns (cached)."""
    flags = re.IGNORECASE
    return {
        # a first-letter lookahead keeps the scan cheap on the many positions that fail
        "active": re.compile(
            rf"{first_letters(*_ACTIVE_LISTS, also='shot shooting')}"
            rf"(?<![\w-])(?P<v>{_KILL_ACTIVE}|(?P<shot>shot|shooting)(?!\s+down))"
            rf"\s+",
            flags,
        ),
        "split": re.compile(
            rf"{first_letters('split_verbs')}(?<![\w-])(?P<v>{_SPLIT_VERB})\s+", flags),
        "split_end": re.compile(r"\s+(?:dead|to\s+death)\b", flags),
        "passive": re.compile(
            rf"{first_letters('dying_verbs', 'body_adjectives', also=_PASSIVE_OPENERS)}"
            rf"(?<![\w-])(?:(?P<aux>(?:were|was|are|is)"
            rf"(?:\s+(?:{alternation('hedge_verbs')})(?:\s+to\s+have\s+been)?)?"
            rf"|(?:have|has|had)(?:\s+\w+ly)?\s+been)"
            rf"(?:\s+{_WHEN})*\s+(?P<v>{_KILL_PASSIVE}|shot(?!\s+down))"
            rf"|(?P<died>{alternation('dying_verbs')})"
            # "his dead body has been found": one victim
            rf"|(?P<body>(?<=\b(?:his|her)\s)(?:(?:{alternation('body_adjectives')})\s+)?body"
            rf"\s+(?:was|has\s+been|had\s+been)\s+(?:{alternation('body_found_verbs')})))"
            rf"(?![\w-])",
            flags,
        ),
        "filler": re.compile(
            rf"(?:\s*\([^)]{{0,40}}\))?(?:\s*,\s*\d{{1,3}}\s*,)?(?:\s*,[^,;.]{{1,90}},){{0,2}}"
            # "..., members of the party committee were", "... who were kidnapped last week were"
            rf"(?:\s*,\s*(?:members?|all|both|residents?)\s+of\s[^;.]{{1,90}}?"
            rf"|\s+(?:who|that)\s[^;.]{{1,120}}?)?"
            rf"(?:\s*(?:--|–|—)[^;.]{{1,120}}?(?:--|–|—))?"  # "An elder -- a village leader --"
            # "Four people, including the district director of X," / "... helping to vaccinate"
            rf"(?:\s*,?\s+(?:including|among\s+them|\w+ing\s+(?:to|for|in|at|on|with))\s"
            rf"(?:(?!\b(?:said|says|told|that|reported|were|was|are|is|have|has|had)\b)[^;.])"
            rf"{{1,120}}?)?"
            rf"(?:\s+{_WHEN})*\s*,?\s*$",
            flags,
        ),
        "shot_hurt": re.compile(
            rf"\s*(?:at|in\s+(?:the|his|her|their)\s+(?:(?:left|right)\s+)?"
            rf"(?:{alternation('body_parts')}))\b|"
            rf"[^.;]{{0,80}}\b(?:{alternation('survival_words')})\b",
            flags,
        ),
    }


def _active(text: str, title_case: bool) -> list[Victims]:
    """Lists after an active killing verb ("gunmen killed a pastor and his son")."""
    out = []
    pats = _patterns()
    for m in pats["active"].finditer(text):
        noun = m.group("v").lower().endswith("of")  # "the body of", "the killing of"
        if not noun and _AUX_BEFORE.search(text, max(0, m.start() - 25), m.start()):
            continue  # "was killed a day later", "threatened to kill": not an active killing
        pos = m.end() + len(_TIME.match(text, m.end()).group(0))
        found = parse_list(text, pos, title_case, tail=not noun)
        if found is None:
            continue
        if m.group("shot") and (found.value != found.items or pats["shot_hurt"].match(
                text, found.end, found.end + 100)):
            continue  # "shot a man in the leg", "shot 3 young men and one of them was killed"
        out.append(found)
    for m in pats["split"].finditer(text):
        if _AUX_BEFORE.search(text, max(0, m.start() - 25), m.start()):
            continue
        found = parse_list(text, m.end(), title_case, tail=False)
        if found is not None and pats["split_end"].match(text, found.end):
            out.append(found)
    return out


def _subject(text: str, start: int, end: int, title_case: bool) -> Victims | None:
    """The longest victim list in text[start:end] that runs up to end (a verb's subject)."""
    filler = _patterns()["filler"]
    # the clause's first word may begin a bare subject: "Senior journalist X was killed"
    lead = start + len(text[start:end]) - len(text[start:end].lstrip())
    begins = item_patterns()["start"].finditer(text, start, end)
    starts = sorted({lead, *(w.start() for w in begins)})
    for pos in starts:
        if _AFTER_PREPOSITION.search(text, max(start, pos - 30), pos) or (
                text[pos].isupper() and _IN_NAME.search(text, max(start, pos - 30), pos)):
            continue  # an object of "in", or the middle of a name
        found = parse_list(text, pos, title_case, tail=False)
        if found is not None and found.end <= end and filler.match(text, found.end, end):
            return found
    return None


def list_before(text: str, start: int, end: int) -> Victims | None:
    """The first list of two or more victims in text[start:end] ("dragged X and his son out
    ... and killed them")."""
    title_case = _title_case(text)
    for w in item_patterns()["start"].finditer(text, start, end):
        found = parse_list(text, w.start(), title_case)
        if found is not None and (found.items >= 2 or found.value >= 2) and found.end <= end:
            return found
    return None


def _passive(text: str, title_case: bool) -> list[Victims]:
    """Subjects of passive killing verbs ("X and his driver were shot dead", "X died")."""
    out = []
    pats = _patterns()
    for m in pats["passive"].finditer(text):
        if m.group("body"):
            out.append(Victims(m.start(), m.end(), 1, 0, None))
            continue
        verb = (m.group("v") or "").lower()
        if verb == "shot" and (pats["shot_hurt"].match(text, m.end(), m.end() + 100)
                               or not _PASSIVE_AUX.match(m.group("aux"))
                               or _HURT_BEFORE.search(text, max(0, m.start() - 100), m.start())):
            continue  # "was shot in the leg", "were shot and wounded": not a death
        bounds = [b.end() for b in _CLAUSE_END.finditer(text, max(0, m.start() - 200), m.start())]
        start = bounds[-1] if bounds else max(0, m.start() - 200)
        found = _subject(text, start, m.start(), title_case)
        aux = (m.group("aux") or "").lower()
        singular = bool(m.group("died")) or bool(_PASSIVE_AUX.match(aux))
        plural = bool(re.match(r"(?:were|are|have)\b", aux))
        if found is not None and found.value == 1 and found.items == 1 and plural:
            found = None  # "his son were killed": the subject is longer than what was read
        if found is None and m.group("aux") and singular and verb != "shot" or (
                found is None and verb == "shot" and singular):
            if _NOT_SUBJECT.search(text, start, m.start()) or not text[start:m.start()].strip():
                continue
            found = Victims(m.start(), m.end(), 1, 0, None)  # items 0: no subject read
        elif found is None and m.group("died") and (
                # ("lost his life": one; "who lost their lives": a plural read elsewhere)
                re.match(r"lost\s+(?:his|her)\b", m.group("died"), re.IGNORECASE)
                or re.search(r"\bhas\s+$", text[max(0, m.start() - 5):m.start()])):
            found = Victims(m.start(), m.end(), 1, 0, None)
        if found is None:
            continue
        out.append(_with_companions(text, found, m.end(), title_case))
    return out


def _with_companions(text: str, found: Victims, verb_end: int, title_case: bool) -> Victims:
    """Add "with his wife and two children" after "was killed" to the victim count."""
    m = _COMPANION.match(text, verb_end)
    if m is None:
        return found
    more = parse_list(text, m.end(), title_case)
    if more is None or more.value == 0:
        return found
    return Victims(found.start, more.end, found.value + more.value, found.items + more.items,
                   found.head)


def find_victims(text: str) -> list[Victims]:
    """Victim lists of a text, in text order (they may overlap numeric counts)."""
    title_case = _title_case(text)
    found = _active(text, title_case) + _passive(text, title_case)
    return sorted(found, key=lambda v: (v.start, -v.end))


def _title_case(text: str) -> bool:
    """True for a headline in title case, where capitals do not mark names."""
    words = re.findall(r"\b[a-zA-Z][a-z]{3,}\b", text)
    lower = sum(w[0].islower() for w in words)
    # names crowd news sentences too; a headline has almost no lowercase content word
    return len(words) >= 3 and lower <= max(1, len(words) // 10)
