"""Victim lists: "a pastor, a teacher and 18 other persons" counts 20.

A victim list is items joined by commas, "and", "along with": a number and a people noun
("18 other persons"), a singular person ("a pastor", "his son", "the head of the council",
"principal of a school", "journalist Ali Musa"), a name ("Ali Musa"; "Ali Musa, a teacher,"
is one person) or a pronoun ("him"). The list counts the sum of its items. The attacker's
own death is not a victim: in "killing himself, two other bombers and six people" only the
six count, and "a suicide bomber" listed among the dead is left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from khaldun.claims.lexicon import speaks_next
from khaldun.numbers.lexicon import alternation, lexicon
from khaldun.numbers.words import parse_number

_NAME_LINK = rf"(?:{alternation('name_links')})"
_NAME = rf"(?-i:[A-Z][\w'’.-]*(?:\s+(?:{_NAME_LINK}[\s-]+)?[A-Z][\w'’-]*){{1,5}})"
_NAME_TAIL = r"(?:\s+(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,4}))?"
# Words that end a noun phrase: a victim item never runs over them.
_STOP = alternation("item_stop")
_WORD = rf"(?!(?:{_STOP})\b)[\w'’/.-]+"
# "of the Christian Association of Nigeria", "of a high school"
# a bare noun phrase ("top legal official") does not run over a verb: "wounded another woman"
_NOT_BARE = alternation("not_bare")
_COMPLEMENT = (
    rf"(?:\s+(?:of|for|at)\s+(?:(?:the|a|an|his|her|their)\s+)?{_WORD}"
    rf"(?:\s+(?:of\s+(?:the\s+)?)?{_WORD}){{0,9}})?"
)
_SEP = re.compile(
    r"\s*,\s*(?:and\s+|as\s+well\s+as\s+|along\s+with\s+)?"  # "a, b, and c"
    rf"|\s+(?:{alternation('list_links')})\s+",
    re.IGNORECASE,
)
# What may follow a list read after an active verb: punctuation, a preposition, a time word,
# a conjunction, a capitalised word; never a verb ("a spokesman said") or another noun.
_TAIL = re.compile(
    rf"\s*(?:[,.;:)(\[\]\"'“”’–—-]|$)|\s+(?:{alternation('list_tail')}|\d+|(?-i:[A-Z][\w'’-]*))\b",
    re.IGNORECASE,
)
_ATTACKERS = alternation("attackers")
# a perpetrator in a victim list: "six passengers and a suicide bomber were killed"
_ATTACKER_ITEM = re.compile(
    rf"\b(?:suicide\s+(?:{alternation('suicide_perpetrators')})s?"
    rf"|(?:{alternation('perpetrator_nouns')})s?)$",
    re.IGNORECASE,
)
_SPEECH = speaks_next()
# "..., the Syrian Observatory for Human Rights said": the rest of a speaker's name, then speech
_NAMED_SPEECH = re.compile(
    r"\s+(?:for|of)\s+(?:the\s+)?(?-i:[A-Z][\w'’-]*)(?:\s+(?:(?-i:[A-Z][\w'’-]*)|for|of|and))*"
    + _SPEECH.pattern,
    re.IGNORECASE,
)
# "... and a security source said": a few words of a speaker no victim list reads, then speech
_SPEAKER_AHEAD = re.compile(r"(?:\s*[\w'’-]+){1,4}?" + _SPEECH.pattern, re.IGNORECASE)
# "..., a police officer who asked not to be named said": a speaker told by a relative clause
_SPEAKER_WHO = re.compile(
    rf"\s*,?\s+(?:{alternation('speaker_relatives')})\b(?:\s+[\w'’-]+){{1,8}}?"
    + _SPEECH.pattern + r"(?:\s+[\w'’-]+){0,3}?\s*(?:[,.;]|$)",
    re.IGNORECASE,
)
# Capitalised words that begin a phrase, not a name: "On Saturday", "In Cameroon"
_NOT_NAME = re.compile(rf"(?:{alternation('not_name')})$")


@dataclass
class Victims:
    """A victim list: span of the items, their count, and the first item's noun."""

    start: int
    end: int
    value: int
    items: int
    head: str | None


@lru_cache(maxsize=1)
def item_patterns() -> dict[str, re.Pattern[str]]:
    """The victim item, where a list may begin, and a fellow attacker (cached)."""
    lex = lexicon()
    plural = "|".join(sorted(lex.person_heads, key=len, reverse=True))
    single = "|".join(sorted(lex.singular_heads, key=len, reverse=True))
    numbers = "|".join(sorted([*lex.units, *lex.tens, "hundred", "thousand", "dozen"],
                              key=len, reverse=True))
    num = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|(?:{numbers})(?:[\s-]+(?:{numbers}))*)"
    item = (
        rf"(?:(?:{alternation('item_qualifiers')})\s+)?(?P<num>{num})(?:\s+of\s+(?:his|her|their|its|the))?"
        rf"(?:\s+{_WORD}){{0,4}}\s+"
        rf"(?P<nhead>{plural}|others|(?!(?:{_STOP})\b)[a-z][\w'’-]{{2,}}s)\b(?![\w-])"
        rf"(?:\s+(?:of|from)\s+(?:(?:the|a|an|his|her|their|one)\s+)?(?:{alternation('kin_groups')}))?"
        rf"|(?P<det>an?|the|one|another|his|her|their|its)\s+(?:{_WORD}\s+){{0,5}}"
        rf"(?:[\w'’/]+-)?(?P<shead>{single})\b(?![\w-]|['’]s){_COMPLEMENT}(?P<ntail>{_NAME_TAIL})"
        rf"|(?P<dname>(?:the|an?)\s+(?:{_WORD}\s+){{0,3}}{_NAME})(?![\w-])"
        rf"|(?P<couple>(?:a|the)\s+couple)\b"
        rf"|(?P<pron>him|her|himself|herself|themselves)\b(?![\w-])"
        rf"|(?P<name>{_NAME})(?![\w-])"
        rf"|(?P<bare>(?:(?!(?:{_NOT_BARE})\b){_WORD}\s+){{0,4}}(?:[\w'’/]+-)?(?P<bhead>{single}))"
        rf"\b(?![\w-]|['’]s)"
        rf"{_COMPLEMENT}(?P<btail>{_NAME_TAIL})"
        # "14 regime and 9 rebel fighters", "6 HTS and 4 IS fighters": the first item's
        # people noun left out, shared with the numbered item after "and"
        rf"|(?P<enum>{num})(?:\s+{_WORD}){{1,2}}(?=\s+and\s+(?:{num})(?:\s+{_WORD}){{0,3}}?"
        rf"\s+(?P<ehead>{plural})\b(?![\w-]))"
    )
    flags = re.IGNORECASE
    return {
        "item": re.compile(item, flags),
        # where a subject may begin: a determiner, a number, a capital
        "start": re.compile(
            rf"(?<![\w'’-])(?:(?:an?|the|one|another|his|her|their|its|{numbers})\b|\d|"
            rf"(?-i:[A-Z]))",
            flags,
        ),
        "attacker": re.compile(rf"\bother\s+(?:{_ATTACKERS})$", flags),
    }


def _item(text: str, pos: int, title_case: bool) -> tuple[int, int, int, str | None, str] | None:
    """(start, end, value, head, type) of one victim item at pos, or None."""
    m = item_patterns()["item"].match(text, pos)
    if m is None:
        return None
    if m.group("enum"):
        value = parse_number(m.group("enum"))
        return None if value is None else (m.start(), m.end(), value,
                                           m.group("ehead").lower(), "num")
    if m.group("num"):
        value = parse_number(m.group("num"))
        after = text[m.end("num"):m.end("num") + 30]
        if value is None or lexicon().unit_after.match(after) or lexicon().unit_after.match(
                " " + m.group("nhead")):
            return None  # "two days later", "five times"
        head = m.group("nhead").lower()
        # a plural noun not known to name people ("rustlers", "targets") stands alone; one
        # written with a capital names a people or a group's members ("13 Huthists")
        kind = "num" if head in lexicon().person_heads or head == "others" or (
            m.group("nhead")[0].isupper()) else "numg"
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
    if prev_type == "det" and nxt[4] == "bare" and " of " in text[nxt[0]:nxt[1]] and re.match(
            r"\s*,", text[nxt[1]:nxt[1] + 3]):
        return nxt[1]  # "a reporter, publisher of the Daily News, was killed"
    return None


def _with_apposition(text: str, item: tuple[int, int, int, str | None, str],
                     title_case: bool) -> int:
    """End of an item with its age and appositions: "Ali Musa, 46, a teacher,"."""
    end = item[1]
    age = re.match(r"\s*,\s*\d{1,3}\s*(?=,)", text[end:end + 8])  # "Ali Musa, 46,"
    if age:
        end += age.end()
    appos = _appositive(item[4], text, end, title_case)
    if appos is None or _SPEECH.match(text, appos):
        return end  # ("killing a member, Lebanon's National News Agency reported": who said)
    end = appos
    # "a student leader, Ali Musa, a law student of the polytechnic,"
    again = _appositive("name", text, end, title_case) if item[4] != "name" else None
    end = again if again is not None else end
    # "X, a member of parliament and opposition figure, was found dead"
    more = re.match(r"\s+and\s+", text[end:end + 6])
    nxt = _item(text, end + more.end(), title_case) if more else None
    if nxt is not None and nxt[4] == "bare" and re.match(r"\s*,", text[nxt[1]:]):
        end = nxt[1]
    return end


def parse_list(text: str, pos: int, title_case: bool = False,
               tail: bool = True) -> Victims | None:
    """The victim list starting at pos; with tail, what follows must end a noun phrase."""
    items: list[tuple[int, int, int, str | None, str]] = []
    after_comma = 0  # items read since the last comma: a speaker may begin there
    closed = 0  # items read between the last two commas
    while True:
        item = _item(text, pos, title_case)
        if item is None:
            if tail and after_comma and _SPEAKER_AHEAD.match(text, pos):
                del items[-after_comma:]  # "killing 12 people, an official and a source said"
            elif tail and closed and len(items) > closed and _SPEECH.match(
                    " " + text[pos:pos + 40]):
                del items[-closed:]  # "killing four, the governor of X, Ali Musa, told Y"
            break
        if items and items[-1][4] == "name" and item[4] in ("num", "numg") and (
                "," in text[items[-1][1]:pos]):
            break  # "in South Kordofan, five people were killed": a place, then the count
        end = _with_apposition(text, item, title_case)
        if tail and items and _SPEAKER_WHO.match(text, end):
            if after_comma:  # "killing three, a police officer who asked not to be named said"
                del items[-after_comma:]
            break
        if tail and items and after_comma == 0 and _SPEAKER_AHEAD.match(text, end):
            break  # "killed seven soldiers, a commander in Mogadishu said": the speaker
        if tail and _NAMED_SPEECH.match(text, end) and items:
            if after_comma:  # "killing five people, the Observatory for ... said"
                del items[-after_comma:]
            break
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
                end = _with_apposition(text, (nxt[0], nxt[1], 1, nxt[3], "det"), title_case)
                items[-1] = (item[0], end, 1, item[3], "det")
                sep = _SEP.match(text, end)
                if sep is None:
                    break
        if "," in sep.group(0):
            closed, after_comma = after_comma, 0
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
    attacker = item_patterns()["attacker"]
    return sum(value for start, end, value, _, kind in items
               if kind != "self" and not attacker.search(text[start:end]))
