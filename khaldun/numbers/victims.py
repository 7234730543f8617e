"""Victim phrases: who a killing verb names, counted ("killed a pastor and 18 others": 19).

A victim list is items joined by commas, "and", "along with": a number and a people noun
("18 other persons"), a singular person ("a pastor", "his son", "the head of the council",
"principal of a school", "journalist Ali Musa"), a name ("Ali Musa"; "Ali Musa, a teacher,"
is one person) or a pronoun ("him"). The list counts the sum of its items. It is read after
an active verb ("gunmen killed ..."), around a split verb ("shot ... dead", "left ... dead")
and before a passive one ("... and his driver were shot dead", "... died"); "was killed"
with a singular subject the list cannot read still counts 1, unless the subject is "no one",
"anyone" or a relative pronoun (a victim of an earlier event). The attacker's own death is
not a victim: in "killing himself, two other bombers and six people" only the six count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from khaldun.numbers.lexicon import lexicon
from khaldun.numbers.words import parse_number

_NAME_LINK = r"(?:al|el|bin|ibn|abu|de|da|dos|van|von|wa|ul|ud|la|le|du)"
_NAME = rf"(?-i:[A-Z][\w'’.-]*(?:\s+(?:{_NAME_LINK}[\s-]+)?[A-Z][\w'’-]*){{1,5}})"
_NAME_TAIL = r"(?:\s+(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,4}))?"
# Words that end a noun phrase: a victim item never runs over them.
_STOP = (
    r"and|or|of|in|on|at|with|who|whom|whose|which|that|while|as|by|when|after|before|"
    r"during|were|was|have|has|had|is|are|be|been|near|killing|wounding|injuring|for|from|"
    r"to|said|says|told|but|than|into|outside|inside|since|amid|over|under|a|an|the|"
    r"his|her|their|its|along|alongside|together|plus|including|yesterday|today|last|this"
)
_WORD = rf"(?!(?:{_STOP})\b)[\w'’/.-]+"
# "of the Christian Association of Nigeria", "of a high school"
# a bare noun phrase ("top legal official") does not run over a verb: "wounded another woman"
_NOT_BARE = r"wounded|injured|hurt|killed|abducted|kidnapped|arrested|another|other"
_COMPLEMENT = (
    rf"(?:\s+(?:of|for|at)\s+(?:(?:the|a|an|his|her|their)\s+)?{_WORD}"
    rf"(?:\s+(?:of\s+(?:the\s+)?)?{_WORD}){{0,9}})?"
)
_SEP = re.compile(
    r"\s*,\s*(?:and\s+|as\s+well\s+as\s+|along\s+with\s+)?"  # "a, b, and c"
    r"|\s+(?:and(?:\s+also)?|as\s+well\s+as|along\s+with|alongside|together\s+with|plus)\s+",
    re.IGNORECASE,
)
# What may follow a list read after an active verb: punctuation, a preposition, a time word,
# a conjunction, a capitalised word; never a verb ("a spokesman said") or another noun.
_TAIL = re.compile(
    r"\s*(?:[,.;:)(\[\]\"'“”’–—-]|$)|\s+(?:and|or|as|in|on|at|near|inside|outside|during|when|"
    r"while|after|before|with|without|from|for|by|since|last|this|early|late|overnight|amid|"
    r"amidst|around|among|between|besides|beside|behind|outside|opposite|out|off|away|"
    r"yesterday|today|tonight|who|whom|whose|which|that|because|over|amid|following|under|"
    r"to|into|across|along|alongside|according|earlier|later|shortly|just|allegedly|"
    r"reportedly|apparently|then|only|execution-style|point-blank|some|about|nearly|"
    r"[a-z]+ing|[a-z]+ly|suspected|believed|accused|identified|named|known|called|thought|"
    r"alleged|described|dressed|armed|employed|based|stationed|attached|held|seized|"
    r"\d+|(?-i:[A-Z][\w'’-]*))\b",
    re.IGNORECASE,
)
_ATTACKERS = r"bombers?|attackers?|assailants?|gunmen|militants?|suicide\s+bombers?"
# a perpetrator in a victim list: "six passengers and a suicide bomber were killed"
_ATTACKER_ITEM = re.compile(
    r"\b(?:suicide\s+(?:bomber|attacker)s?|(?:bomber|attacker|assailant|gunman|gunmen)s?)$",
    re.IGNORECASE,
)
_SPEECH = re.compile(r"\s+(?:said|says|told|reported|added|stated)\b", re.IGNORECASE)
_WHEN = (
    r"(?:\w+ly|also|all|both|later|reportedly|on|late|early|last|yesterday|today|overnight|"
    r"morning|afternoon|evening|night|at|the|weekend|week|this|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|again|reported|in|\[[^\]]{0,30}\]|\([^)]{0,30}\))"
)
_TO_DEATH = (
    r"hacked|stabbed|beaten|beat|burned|burnt|shot|clubbed|bludgeoned|strangled|tortured|"
    r"suffocated|axed|kicked|stoned|starved|choked|knifed|macheted|battered|crushed|lynched"
)
_KILL_PASSIVE = (
    r"killed|murdered|assassinated|slain|executed|beheaded|lynched|slaughtered|massacred|"
    r"decapitated|wiped\s+out|shot\s+dead|gunned\s+down|left\s+dead|"
    r"found\s+(?:dead|killed|murdered|beheaded|decapitated|(?:stabbed|shot|beaten|hacked|"
    r"strangled|burned|burnt)(?:\s+to\s+death|\s+dead)?)|"
    r"fatally\s+(?:shot|stabbed|wounded|injured)|burnt\s+alive|burned\s+alive|"
    rf"(?:{_TO_DEATH})\s+to\s+death|"
    r"(?:attacked|ambushed|abducted|kidnapped|kidnaped|stabbed|shot|seized|captured)\s+and\s+"
    r"(?:then\s+)?(?:killed|murdered|beheaded|executed|shot\s+dead)"
)
_KILL_ACTIVE = (
    r"(?:the\s+)?(?:decapitated\s+|bullet-riddled\s+|dead\s+|lifeless\s+)?body\s+of|"
    r"(?:killing|murder|assassination|death|beheading)\s+of|"
    r"killed|killing|kills|kill|murdered|murdering|murders|assassinated|assassinating|"
    r"executed|executing|beheaded|beheading|beheads|slaughtered|slaughtering|lynched|lynching|"
    r"decapitated|shot\s+dead|shooting\s+dead|shoot\s+dead|gunned\s+down|gunning\s+down|"
    r"(?:shot|shooting|stabbed|stabbing|attacked|attacking|ambushed|ambushing|abducted|"
    r"abducting|kidnapped|kidnapping|seized|seizing|captured|capturing)\s+and\s+"
    r"(?:then\s+)?(?:killed|killing)|"
    rf"(?:{_TO_DEATH}|stabbing|hacking|beating|burning|clubbing)\s+to\s+death|"
    r"claimed\s+the\s+lives?\s+of|claiming\s+the\s+lives?\s+of"
)
_SPLIT_VERB = r"shot|shooting|shoots|hacked|hacking|stabbed|stabbing|beat|beating|burned|burnt|" \
    r"clubbed|left|leaving|leaves"
_PASSIVE_AUX = re.compile(r"\b(?:is|was|has)\b", re.IGNORECASE)  # "had been": either
_NOT_SUBJECT = re.compile(
    r"(?:\b(?:no\s+one|no-one|nobody|none|anyone|anybody|who|whom|which|that|it|this|what|"
    r"whoever|whether|if|each|neither|either)|[^\w\s,'’)\]-])\s*$",
    re.IGNORECASE,
)


# Capitalised words that begin a phrase, not a name: "On Saturday", "In Cameroon"
_NOT_NAME = re.compile(
    r"(?:on|in|at|by|from|during|after|before|since|near|for|with|as|when|while|but|and|the|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|"
    r"may|june|july|august|september|october|november|december|according|police|officials)$"
)
# a subject does not follow a preposition: "the press service of the Health Ministry"
_AFTER_PREPOSITION = re.compile(
    r"\b(?:in|on|of|at|from|near|by|for|with|to|into|across|outside|inside|under|against|"
    r"about|since|during|after|before|between|through)\s+(?:the\s+)?(?:\[[^\]]*\]\s+)?$",
    re.IGNORECASE,
)


# "a young man was injured when he was shot": the shooting wounded
_HURT_BEFORE = re.compile(r"\b(?:injured|wounded|hurt)\b[^.;]*$", re.IGNORECASE)
_IN_NAME = re.compile(r"(?-i:[A-Z][\w'’.-]*)\s+$")


@dataclass
class Victims:
    """A victim list: span of the items, their count, and the first item's noun."""

    start: int
    end: int
    value: int
    items: int
    head: str | None


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    lex = lexicon()
    plural = "|".join(sorted(lex.person_heads, key=len, reverse=True))
    single = "|".join(sorted(lex.singular_heads, key=len, reverse=True))
    numbers = "|".join(sorted([*lex.units, *lex.tens, "hundred", "thousand", "dozen"],
                              key=len, reverse=True))
    num = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|(?:{numbers})(?:[\s-]+(?:{numbers}))*)"
    item = (
        rf"(?:(?:at\s+least|more\s+than|about|some|nearly|around|over|up\s+to|another|"
        rf"a\s+further|his|her|their)\s+)?(?P<num>{num})(?:\s+of\s+(?:his|her|their|its|the))?"
        rf"(?:\s+{_WORD}){{0,4}}\s+"
        rf"(?P<nhead>{plural}|others|(?!(?:{_STOP})\b)[a-z][\w'’-]{{2,}}s)\b(?![\w-])"
        rf"(?:\s+(?:of|from)\s+(?:(?:the|a|an|his|her|their|one)\s+)?(?:family|household|clan))?"
        rf"|(?P<det>an?|the|one|another|his|her|their|its)\s+(?:{_WORD}\s+){{0,5}}"
        rf"(?:[\w'’/]+-)?(?P<shead>{single})\b(?![\w-]|['’]s){_COMPLEMENT}(?P<ntail>{_NAME_TAIL})"
        rf"|(?P<dname>(?:the|an?)\s+(?:{_WORD}\s+){{0,3}}{_NAME})(?![\w-])"
        rf"|(?P<couple>(?:a|the)\s+couple)\b"
        rf"|(?P<pron>him|her|himself|herself|themselves)\b(?![\w-])"
        rf"|(?P<name>{_NAME})(?![\w-])"
        rf"|(?P<bare>(?:(?!(?:{_NOT_BARE})\b){_WORD}\s+){{0,4}}(?:[\w'’/]+-)?(?P<bhead>{single}))"
        rf"\b(?![\w-]|['’]s)"
        rf"{_COMPLEMENT}(?P<btail>{_NAME_TAIL})"
    )
    flags = re.IGNORECASE
    return {
        "item": re.compile(item, flags),
        # a first-letter lookahead keeps the scan cheap on the many positions that fail
        "active": re.compile(
            rf"(?=[tdblkmaesgch])(?<![\w-])(?P<v>{_KILL_ACTIVE}|(?P<shot>shot|shooting)(?!\s+down))"
            rf"\s+",
            flags,
        ),
        # where a subject may begin: a determiner, a number, a capital
        "start": re.compile(
            rf"(?<![\w'’-])(?:(?:an?|the|one|another|his|her|their|its|{numbers})\b|\d|"
            rf"(?-i:[A-Z]))",
            flags,
        ),
        "split": re.compile(rf"(?=[shbcl])(?<![\w-])(?P<v>{_SPLIT_VERB})\s+", flags),
        "split_end": re.compile(r"\s+(?:dead|to\s+death)\b", flags),
        "passive": re.compile(
            rf"(?=[waihdlb])(?<![\w-])(?:(?P<aux>(?:were|was|are|is)(?:\s+(?:feared|believed|"
            rf"reported|said|confirmed|thought)(?:\s+to\s+have\s+been)?)?"
            rf"|(?:have|has|had)(?:\s+\w+ly)?\s+been)"
            rf"(?:\s+{_WHEN})*\s+(?P<v>{_KILL_PASSIVE}|shot(?!\s+down))"
            rf"|(?P<died>died|lost\s+(?:his|her)\s+life)"
            # "his dead body has been found": one victim
            rf"|(?P<body>(?<=\b(?:his|her)\s)(?:dead\s+|lifeless\s+|decapitated\s+)?body"
            rf"\s+(?:was|has\s+been|had\s+been)\s+(?:found|discovered|recovered|dumped)))(?![\w-])",
            flags,
        ),
        "filler": re.compile(
            rf"(?:\s*\([^)]{{0,40}}\))?(?:\s*,\s*\d{{1,3}}\s*,)?(?:\s*,[^,;.]{{1,90}},){{0,2}}"
            # "..., members of the party committee were", "... who were kidnapped last week were"
            rf"(?:\s*,\s*(?:members?|all|both|residents?)\s+of\s[^;.]{{1,90}}?"
            rf"|\s+(?:who|that)\s+(?:were|was|had\s+been|have\s+been)\s[^;.]{{1,120}}?)?"
            rf"(?:\s*(?:--|–|—)[^;.]{{1,120}}?(?:--|–|—))?"  # "An elder -- a village leader --"
            # "Four people, including the district director of X," / "... helping to vaccinate"
            rf"(?:\s*,?\s+(?:including|among\s+them|\w+ing\s+(?:to|for|in|at|on|with))\s"
            rf"(?:(?!\b(?:said|says|told|that|reported|were|was|are|is|have|has|had)\b)[^;.])"
            rf"{{1,120}}?)?"
            rf"(?:\s+{_WHEN})*\s*,?\s*$",
            flags,
        ),
        "attacker": re.compile(rf"\bother\s+(?:{_ATTACKERS})$", flags),
        "shot_hurt": re.compile(
            r"\s*(?:at|in\s+the\s+(?:leg|arm|foot|hand|stomach|shoulder|back|thigh|head))\b|"
            r"[^.;]{0,80}\b(?:wounded|injured|hurt|survived|hospitali[sz]ed|critical|"
            r"condition|treatment|recovering|injuries|unclear|whether)\b",
            flags,
        ),
    }


def _item(text: str, pos: int, title_case: bool) -> tuple[int, int, int, str | None, str] | None:
    """(start, end, value, head, type) of one victim item at pos, or None."""
    m = _patterns()["item"].match(text, pos)
    if m is None:
        return None
    if m.group("num"):
        value = parse_number(m.group("num"))
        after = text[m.end("num"):m.end("num") + 30]
        if value is None or lexicon().unit_after.match(after) or lexicon().unit_after.match(
                " " + m.group("nhead")):
            return None  # "two days later", "five times"
        head = m.group("nhead").lower()
        # a plural noun not known to name people ("rustlers", "targets") stands alone
        kind = "num" if head in lexicon().person_heads or head == "others" else "numg"
        return m.start(), m.end(), value, head, kind
    if m.group("couple"):
        return m.start(), m.end(), 2, "couple", "couple"
    if m.group("pron"):
        pron = m.group("pron").lower()
        kind = "self" if pron in ("himself", "herself", "themselves") else "pron"
        return m.start(), m.end(), 0 if kind == "self" else 1, None, kind
    if m.group("name") or m.group("dname"):
        words = (m.group("name") or m.group("dname")).lower().split()[
            0 if m.group("name") else 1:]
        lex = lexicon()
        if title_case or _NOT_NAME.match(words[0]) or any(
                w in lex.person_heads or w in lex.vague or parse_number(w) is not None
                for w in words):
            return None  # "Syrian Soldiers", "Dozens In Aleppo": a headline, not a name
        return m.start(), m.end(), 1, None, "name"
    head = (m.group("shead") or m.group("bhead")).lower()
    if m.group("ntail") or m.group("btail"):
        return m.start(), m.end(), 1, head, "name"  # "the Colonel Ali Musa": named
    return m.start(), m.end(), 1, head, "det" if m.group("det") else "bare"


def _appositive(prev_type: str, text: str, pos: int, title_case: bool) -> int | None:
    """End of ", a teacher," after a name or ", Ali Musa," after a noun: the same person."""
    m = re.match(r"\s*,\s*", text[pos:pos + 4])
    if not m or prev_type not in ("name", "det", "bare"):
        return None
    nxt = _item(text, pos + m.end(), title_case)
    if nxt is None:
        return None
    if prev_type == "name" and nxt[4] in ("bare",) or (
        prev_type == "name" and nxt[4] == "det"
        and re.match(r"(?:an?|the)\b", text[nxt[0]:nxt[0] + 4], re.IGNORECASE)
    ):
        return nxt[1]
    if prev_type in ("det", "bare", "name") and nxt[4] == "name":
        return nxt[1]
    return None


def parse_list(text: str, pos: int, title_case: bool = False,
               tail: bool = True) -> Victims | None:
    """The victim list starting at pos; with tail, what follows must end a noun phrase."""
    items: list[tuple[int, int, int, str | None, str]] = []
    after_comma = 0  # items read since the last comma: a speaker may begin there
    while True:
        item = _item(text, pos, title_case)
        if item is None or (items and items[-1][4] == "name" and item[4] in ("num", "numg")
                            and "," in text[items[-1][1]:pos]):
            break  # "in South Kordofan, five people were killed": a place, then the count
        end = item[1]
        age = re.match(r"\s*,\s*\d{1,3}\s*(?=,)", text[end:end + 8])  # "Ali Musa, 46,"
        if age:
            end += age.end()
        appos = _appositive(item[4], text, end, title_case)
        if appos is not None:
            end = appos
            # "a student leader, Ali Musa, a law student of the polytechnic,"
            again = _appositive("name", text, end, title_case) if item[4] != "name" else None
            end = again if again is not None else end
            # "X, a member of parliament and opposition figure, was found dead"
            more = re.match(r"\s+and\s+", text[end:end + 6])
            nxt = _item(text, end + more.end(), title_case) if more else None
            if nxt is not None and nxt[4] == "bare" and re.match(r"\s*,", text[nxt[1]:]):
                end = nxt[1]
        if tail and not _TAIL.match(text, end):
            if _SPEECH.match(text, end) and after_comma:
                del items[-after_comma:]  # "killing five people, a policeman and witness said"
            break
        items.append((item[0], end, item[2], item[3], item[4]))
        after_comma += 1
        sep = _SEP.match(text, end)
        if sep is None:
            break
        if item[4] == "det" and re.fullmatch(r"\s+and\s+", sep.group(0)) and re.match(
                r"(?:an?|the)\s", text[item[0]:item[0] + 4], re.IGNORECASE):
            nxt = _item(text, sep.end(), title_case)
            if (nxt is not None and nxt[4] == "bare" and nxt[3] not in lexicon().distinct_heads
                    and (not tail or _TAIL.match(text, nxt[1]))):
                # "a journalist and activist": one person with two roles
                items[-1] = (item[0], nxt[1], 1, item[3], "det")
                sep = _SEP.match(text, nxt[1])
                if sep is None:
                    break
        if "," in sep.group(0):
            after_comma = 0
        pos = sep.end()
    if len(items) > 1 and any(i[4] == "numg" for i in items):
        items = items[:[i[4] for i in items].index("numg")] or items[:1]
    if not items:
        return None
    value = _victims_value(text, items)
    return Victims(items[0][0], items[-1][1], value, len(items), items[0][3])


def _victims_value(text: str, items: list[tuple[int, int, int, str | None, str]]) -> int:
    """Sum of the items; with the attacker's own death in the list ("himself"), his fellow
    attackers ("two other bombers") are not victims either."""
    if items[0][4] in ("num", "numg") and sum(i[2] for i in items[1:]) == items[0][2]:
        return items[0][2]  # "five members of one family, a mother and four children"
    if not any(kind == "self" for *_, kind in items):
        return sum(value for start, end, value, _, _ in items
                   if len(items) == 1 or not _ATTACKER_ITEM.search(text[start:end]))
    attacker = _patterns()["attacker"]
    return sum(value for start, end, value, _, kind in items
               if kind != "self" and not attacker.search(text[start:end]))


# a time phrase between a verb and its object: "shot dead on Monday a politician"
_TIME = re.compile(
    r"(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+|(?:yesterday|today|tonight|last\s+night)\s+)?",
    re.IGNORECASE,
)
_AUX_BEFORE = re.compile(
    r"\b(?:was|were|been|is|are|be|being|to|will|would|could|not|never)(?:\s+\w+ly)?\s*$",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[.;:!?\n](?=\s)|[.;:!?\n]$")
_COMPANION = re.compile(
    r"\s*,?\s+(?:with|along\s*with|alongside|together\s+with)\s+"
    r"|[^,.;:]{0,60}?\s(?:along\s*with|alongside|together\s+with)\s+",
    re.IGNORECASE,
)


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
    starts = sorted({lead, *(w.start() for w in _patterns()["start"].finditer(text, start, end))})
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
    for w in _patterns()["start"].finditer(text, start, end):
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
                m.group("died").lower().startswith("lost")
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
