"""Casualty and arrest counts: which numbers in a text count killed, wounded, arrested people.

Choices (see tests/numbers): years, dates, times, ages ("a 12-year-old", "aged 12"),
percentages, distances, calibres, money and unit-bearing numbers are never counts;
"one of the ..." is no count (it points into another group) unless a killing verb tells it
("killing one of them"); "one person was killed" is.
Vague plurals ("dozens killed") are counts with vague=True and ACLED's floor as value.
A count inside "including ..." / "among them ..." / "... of them" is a subset of the
count before it (subset=True): the extractor must not add it to the total.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from khaldun.claims.lexicon import alternation as claims_alternation
from khaldun.claims.lexicon import speech_after
from khaldun.numbers.lexicon import KINDS, alternation, lexicon, zero_kinds
from khaldun.numbers.words import NumberSpan, find_numbers

_LEFT_WINDOW = 200  # left context for "killing at least ...", "the toll from ... rose to"
_RIGHT_WINDOW = 120  # characters of right context for "... people were reportedly killed"
_LONG_WINDOW = 200  # "16 residents of <a long place phrase> were killed"
_LIST_GAP_TOKENS = 10  # "46 civilians in Daraya, 25 in Douma": max words between list items
_MONTHS = rf"(?:{alternation('month_stems')})[a-z]*\.?"
_DATE_BEFORE = re.compile(rf"(?<![\w-]){_MONTHS}\s*$", re.IGNORECASE)
_DATE_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}(?!\w)", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"[A-Z][\w'’-]+(?:,\s*|\s*\()$")
_AGE_AFTER = re.compile(r"^\s*[,)]")
_ONE_OF = re.compile(rf"^\s+of\s+(?:{alternation('one_of_determiners')})\b", re.I)
# up to four words after a number, not across a function word: "Sudanese health ministry workers"
# (a word may open a quotation: killed 30 "terrorists", the speaker's word for them)
_HEAD_WORDS = re.compile(
    rf"^(?:\s+of\s+(?:them|whom|those))?(?:\s+(?:{alternation('more_words')}))?"
    rf"(?:\s+[\"“‘]?(?!(?:{alternation('head_stop')})\b)[A-Za-z][\w'’-]*){{1,4}}",
    re.IGNORECASE,
)
# "eight people died and nine people survived": a list item with a verb of its own
_OWN_VERB = re.compile(rf"\s+(?:{alternation('own_verbs')})\b", re.IGNORECASE)
_WOUNDED_BEFORE_HEAD = re.compile(
    rf"\s+(?:{alternation('wounded_adjectives')})\s+[A-Za-z]", re.IGNORECASE)
_FAMILY_OF = re.compile(r"\bfamily\s+of\s+$", re.IGNORECASE)  # "a family of five"
# "killing 13 of them": after a verb, "of them" names whom the toll counts, not a subset
_VERB_OF_THEM = re.compile(
    rf"\b(?:{alternation('them_verbs')})(?:\s+(?:{alternation('them_qualifiers')}))*\s*$",
    re.IGNORECASE,
)
_THEM_DIED = re.compile(rf"\s+(?:{alternation('them_died_after')})\b", re.IGNORECASE)
_OR_MORE = re.compile(r"^(?:\s+or\s+more|\s*\+|-plus)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?;]\s|\n")
# "between 7 and 10", "8 to 30", "4, possibly 5", "20 or 30": one count with a range
_RANGE_GAP = re.compile(
    rf"\s*(?:-|–|to|or|,?\s*(?:{alternation('range_hedges')})\s*,?)\s*", re.I
)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
# "three gunmen shot dead Somali cleric X": a capitalised object that is not a date word
_NAMED_OBJECT = re.compile(rf"^\s+(?!(?:{alternation('not_object_words')})\w*\b)[A-Z]")
_PASSIVE = re.compile(rf"\b(?:{alternation('be_forms')})\b", re.IGNORECASE)
_LIST_TAIL = re.compile(rf"\s+(?:{alternation('list_tail_words')})\b|\s*[,.;:)]|\s*$")
_COORDINATION = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s*(?:,\s*and|,|and)\s+")
_VERB_LIKE = re.compile(r"\b(?!including\b)[a-z]{3,}(?:ed|ing)\b")
# "according to" or a speech verb: a statement, another clause
_SPEECH = re.compile(
    rf"\b(?:{claims_alternation('cue_phrases')}|{speech_after(plural=True)})\b", re.IGNORECASE
)
# "..., two residents said", "three witnesses and a medic told AFP": a number that counts the
# speakers of the statement, not its dead
_SPOKEN_BY = re.compile(
    r"(?:\s+(?:and|or)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?"
    rf"\s+(?:{speech_after(plural=True)})\b",
    re.IGNORECASE,
)
_NEW_CLAUSE = re.compile(rf"\b(?:{alternation('clause_openers')})\b", re.IGNORECASE)
_ZERO = re.compile(
    # ("no one was killed"; "no policemen were killed": none of the people a count names)
    rf"(?<![\w-])(?P<no>{alternation('no_one')}"
    rf"|(?:{alternation('zero_determiners')})\s+(?:{alternation('person_heads')}))"
    rf"(?:\s+(?:else|other))?"
    rf"(?:\s+(?:{alternation('zero_auxiliaries')}))*\s+"
    rf"(?P<kw>{alternation('zero_verbs')})\b"
    rf"|(?<![\w-])(?:there\s+were\s+)?(?P<no2>{alternation('zero_determiners')})\s+"
    rf"(?P<soon>immediate\s+)?(?P<unsure>(?:{alternation('zero_report_nouns')})\s+(?:of|on|about)\s+)?"
    rf"(?P<kw2>{alternation('zero_nouns')})\b"
    rf"(?!\s+(?:{alternation('zero_not_after')}))",
    re.IGNORECASE,
)
# "the army lost 20 men", "lost about 20 of their fighters": a toll if people are counted
_LOSS_BEFORE = re.compile(
    rf"(?<![\w-])(?:{alternation('loss_verbs')})"
    rf"(?:\s+(?:{alternation('them_qualifiers')}))*\s+$",
    re.IGNORECASE,
)
_LOSS_OWNER = re.compile(rf"\s+of\s+(?:{alternation('loss_owners')})(?=\s)", re.IGNORECASE)
_YEAR_COUNT = re.compile(rf"^\s+(?:{alternation('year_count_heads')})\b", re.IGNORECASE)


@dataclass
class Count:
    """A number in text that counts people killed, wounded, arrested or missing."""

    start: int
    end: int
    surface: str
    value: int
    kind: str  # one of KINDS
    at_least: bool = False
    approximate: bool = False
    head: str | None = None  # the counted noun: "civilians", "people", "soldiers"
    subset: bool = False  # part of the previous count ("including two children")
    vague: bool = False  # a plural quantifier ("dozens"); value is a floor
    # continues a list begun by the previous count, same kind: "seven women and five men",
    # "46 in Daraya, 25 in Douma"; whether to add them up depends on the event (one place?)
    continues: bool = False
    high: int | None = None  # upper bound of a range: "between 7 and 10", "4, possibly 5"
    loss: bool = False  # a side's own dead ("the army lost 20 men"): the subject's side
    side: str | None = None  # victim class of the dead where the parse tells whose they are


def is_excluded(text: str, num: NumberSpan) -> bool:
    """True for numbers that are measurements, dates, ages or labels rather than counts."""
    lex = lexicon()
    left, right = text[max(0, num.start - 30):num.start], text[num.end:num.end + 30]
    if lex.unit_after.match(right) or lex.not_count_before.search(left) or (
            lex.animal_after.match(right)):
        return True
    if re.match(r"^-[a-z]", right, re.IGNORECASE):
        return True  # a compound adjective: "12-year-old", "three-day", "five-storey"
    if _DATE_BEFORE.search(left) or _DATE_AFTER.match(right):
        return True
    if _AGE_BEFORE.search(left) and _AGE_AFTER.match(right):
        return True  # an age after a name: "Sofia Haddad, 46, a teacher"; "Omar (12)"
    if lexicon().member_of.search(left) and not (num.value > 1 and _FAMILY_OF.search(left)):
        return True  # "ten members of one family": the number is not the count
    if num.value == 1 and re.search(r"\bno\s+$", left, re.I):
        return True
    if num.value == 1 and _ONE_OF.match(right) and not _VERB_OF_THEM.search(left):
        return True  # "one of the wounded": into another group ("killing one of them" counts)
    digits = text[num.start:num.end]
    if digits.isdigit() and len(digits) == 4 and 1900 <= num.value <= 2100:
        return not _YEAR_COUNT.match(right)
    return False


def _earliest_kind(
    patterns: dict[str, re.Pattern[str]], window: str
) -> tuple[int, int, str, re.Match[str]] | None:
    """The kind whose word comes first after the number (longest on a tie)."""
    best: tuple[int, int, str, re.Match[str]] | None = None
    for kind in KINDS:
        m = patterns[kind].match(window)
        if m and (best is None or (m.start("kw"), -len(m.group("kw"))) < best[:2]):
            best = (m.start("kw"), -len(m.group("kw")), kind, m)
    return best


def _right_kind(text: str, num: NumberSpan) -> tuple[str, int] | None:
    """Kind and end of the kind word from the words after the number ("13 were killed")."""
    lex = lexicon()
    window = text[num.end:num.end + _RIGHT_WINDOW]
    shift = 0  # characters dropped from the front of window
    if num.vague:
        shift = len(window)
        window = re.sub(r"^\s+of(?=\s)", "", window, flags=re.IGNORECASE)
        shift -= len(window)
    best = _earliest_kind(lex.after, window)
    if best is None and _head_span(text, num):
        window, shift = text[num.end:num.end + _LONG_WINDOW], 0
        best = _earliest_kind(lex.long_after, window)
    if best is None:
        return None
    kind, m = best[2], best[3]
    kw_at = num.end + shift + m.start("kw")
    if any(num.end <= other.start and other.end <= kw_at and _head_after(text, other)
           and not is_subset(text, other, num.end) for other in find_numbers(text)):
        # "arrested 23 people over the killing of seven people who were burnt to death": the
        # kind word after a later count of people is that count's (not after a part of them:
        # "left eight villagers, among them four children, dead")
        return None
    # "3 gunmen killed 12 civilians": the number is the agent of an active verb
    passive = _PASSIVE.search(m.group("aux"))
    after = window[m.end():]
    if not passive and (lex.agent_object.match(after) or _NAMED_OBJECT.match(after)):
        return None
    return kind, num.end + shift + m.end()


def _head_after(text: str, num: NumberSpan) -> str | None:
    """The noun right after a number, if it names people ("13 civilians")."""
    n = _head_span(text, num)
    return re.findall(r"[A-Za-z][\w'’-]*", text[num.end:num.end + n])[-1].lower() if n else None


def _head_span(text: str, num: NumberSpan) -> int:
    """Length of the people noun phrase right after a number (0 if none)."""
    m = _HEAD_WORDS.match(text[num.end:num.end + 60])
    if not m:
        return 0
    words = list(re.finditer(r"[A-Za-z][\w'’-]*", m.group(0)))
    for word in reversed(words):
        if word.group(0).lower() in lexicon().person_heads:
            return word.end()
    return 0


def _counts_speakers(text: str, num: NumberSpan) -> bool:
    """True for "two residents said", "three witnesses and a hospital official told AFP":
    the people the number counts are those who speak."""
    m = _HEAD_WORDS.match(text[num.end:num.end + 60])
    return bool(m) and any(_SPOKEN_BY.match(text, num.end + word.end())
                           for word in re.finditer(r"[A-Za-z][\w'’-]*", m.group(0)))


def _left_kind(text: str, num: NumberSpan) -> str | None:
    """Kind from the words before the number ("killing at least 13", "toll rose to 20")."""
    window = text[max(0, num.start - _LEFT_WINDOW):num.start]
    best: tuple[int, str] | None = None
    for kind, pattern in lexicon().before.items():
        m = pattern.search(window)
        if m and (best is None or m.start("kw") > best[0]):
            best = (m.start("kw"), kind)
    return best[1] if best else None


def _lost_people(text: str, num: NumberSpan) -> bool:
    """ "lost 20 men", "lost three of its fighters": a loss verb before the number and a people
    noun after it (not "lost 20 vehicles")."""
    if not _LOSS_BEFORE.search(text, max(0, num.start - 40), num.start):
        return False
    owner = _LOSS_OWNER.match(text, num.end)
    after = NumberSpan(owner.end(), owner.end(), num.value) if owner else num
    return bool(_head_span(text, after))


def qualifiers(text: str, num: NumberSpan) -> tuple[bool, bool]:
    """(at_least, approximate) from "more than", "about", "or more" around the number."""
    lex = lexicon()
    left = text[max(0, num.start - 30):num.start]
    at_least = bool(lex.at_least.search(left) or _OR_MORE.match(text[num.end:num.end + 12]))
    return at_least, bool(lex.approximate.search(left)) or num.vague


def _in_one_clause(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is a short stretch of a list with no kind word or sentence end."""
    gap = text[start:end]
    if _SENTENCE_END.search(gap) or _NEW_CLAUSE.search(gap) or lexicon().any_kind.search(gap):
        return False
    if _VERB_LIKE.search(gap):
        return False  # "killed three sheikhs and raped ten women": a new verb, a new count
    return len(gap.split()) <= _LIST_GAP_TOKENS and bool(re.search(r",|\band\b|\bor\b", gap))


def is_subset(text: str, num: NumberSpan, floor: int) -> bool:
    """True for "including two children", "among them 4 women", "two of them children"."""
    lex = lexicon()
    part = lex.subset_after.match(text[num.end:num.end + 60])
    if part:
        return not (_VERB_OF_THEM.search(text, max(0, num.start - 40), num.start)
                    or _THEM_DIED.match(text, num.end + part.end()))
    gap = text[max(floor, num.start - 60):num.start]
    cues = list(lex.subset_before.finditer(gap))
    if not cues:
        return False
    rest = gap[cues[-1].end():]
    if _SENTENCE_END.search(rest) or lex.any_kind.search(rest) or _SPEECH.search(rest):
        return False  # "attacks, including car bombs, killed 51": the cue is in another clause
    return len(rest.split()) <= 6


def zero_counts(text: str) -> list[Count]:
    """"no one was killed", "no casualties": counts with value 0."""
    out = []
    for m in _ZERO.finditer(text):
        if m.group("unsure") and (m.group("soon") or not m.group("unsure").lower().startswith(
                "report")):
            # "there was no word on casualties", "no immediate reports of casualties": the
            # toll is unknown (as yet), not none
            continue
        group = "no" if m.group("no") else "no2"
        kw = (m.group("kw") or m.group("kw2")).lower()
        kind = zero_kinds().get(kw.split()[0], "killed")
        # "no reports of casualties" is a zero the source could not confirm: approximate
        out.append(Count(m.start(group), m.end(group), m.group(group), 0, kind,
                         approximate=bool(m.group("unsure"))))
    return out


_PAIR = re.compile(
    rf"(?:^|[\s,])(?P<np>(?:a|an|one)\s+(?:[a-z]+\s+)?(?:{alternation('companion_heads')})"
    r"\s+and\s+(?:his|her|their)\s+"
    r"|(?:him|her)\s+and\s+(?:(?:his|her)\s+)?|(?P<couple>(?:a|the)\s+couple\s+and\s+their\s+))$",
    re.IGNORECASE,
)


def _add_companion(text: str, count: Count) -> Count:
    """"a woman and her two children were killed" counts the woman too."""
    m = _PAIR.search(text[max(0, count.start - 50):count.start])
    if not m or count.subset:
        return count
    start = count.start - len(m.group("np"))
    extra = 2 if m.group("couple") else 1
    return Count(start, count.end, text[start:count.end], count.value + extra, count.kind,
                 count.at_least, count.approximate, count.head, count.subset, count.vague,
                 count.continues)


def _coordinated(text: str, first: NumberSpan, second: NumberSpan) -> bool:
    """True for "four civilians and three agents": first shares the verb of second."""
    gap = text[first.end:second.start]
    if _RANGE_GAP.fullmatch(gap):
        return True  # "8 to 30 persons were killed": a range, folded by _join_ranges
    return bool(_COORDINATION.fullmatch(gap)) and not lexicon().any_kind.search(gap)


def _make(text: str, num: NumberSpan, kind: str, floor: int, continues: bool,
          prev: Count | None) -> Count:
    """A Count for num, with qualifiers, subset flag and a companion ("a woman and her ...")."""
    subset = is_subset(text, num, floor) or (continues and prev is not None and prev.subset)
    at_least, approximate = qualifiers(text, num)
    count = Count(num.start, num.end, text[num.start:num.end], num.value, kind, at_least,
                  approximate, _head_after(text, num), subset, num.vague, continues)
    return _add_companion(text, count)


def _join_ranges(text: str, counts: list[Count]) -> list[Count]:
    """Fold the upper bound of a range into the lower count (value low, high upper)."""
    out: list[Count] = []
    for count in counts:
        low = out[-1] if out else None
        if low is not None and low.kind == count.kind and count.value > low.value:
            gap = text[low.end:count.start]
            between = _BETWEEN.search(text, max(0, low.start - 12), low.start)
            if _RANGE_GAP.fullmatch(gap) or (between and re.fullmatch(r"\s+and\s+", gap)):
                low.high, low.approximate = count.value, True
                continue
        out.append(count)
    return out


def numeric_counts(text: str) -> list[Count]:
    """Counts written as numbers (digits, words, "dozens"), in text order."""
    counts: list[Count] = []
    prev: Count | None = None
    prev_end = 0  # end of the previous count's phrase (number, noun, kind word)
    pending: NumberSpan | None = None  # a kindless "four civilians" that may share a verb
    for num in find_numbers(text):
        if is_excluded(text, num):
            continue
        right = _right_kind(text, num)
        if right is None and _counts_speakers(text, num):
            pending = None
            continue
        kind, phrase_end = right if right else (_left_kind(text, num), num.end)
        loss = kind is None and _lost_people(text, num)
        kind = "killed" if loss else kind
        if right and kind in ("missing", "arrested") and _left_kind(text, num) == "killed":
            kind = "killed"  # "the bodies of five aid workers ... abducted weeks ago"
        continues = False
        if kind is None and prev is not None and _in_one_clause(text, prev_end, num.start):
            own_verb = _OWN_VERB.match(text, num.end + _head_span(text, num))
            if _WOUNDED_BEFORE_HEAD.match(text, num.end) and _head_after(text, num):
                kind = "wounded"  # "three deaths and 30 injured civilians"
            elif not own_verb and (_head_after(text, num) or _LIST_TAIL.match(text, num.end)):
                kind, continues = prev.kind, True
        if kind is None:
            pending = num if (_head_after(text, num) or _RANGE_GAP.match(text, num.end)
                              or _BETWEEN.search(text, max(0, num.start - 12), num.start)) else None
            continue
        if right and pending is not None and _coordinated(text, pending, num):
            prev = _make(text, pending, kind, prev_end, False, prev)
            counts.append(prev)
            continues = True
        pending = None
        # subset cues sit between the two numbers even when the previous phrase ran past this
        # one ("45 people, including 12 children, were killed")
        floor = prev.end if prev is not None and num.start < prev_end else prev_end
        count = _make(text, num, kind, floor, continues, prev)
        count.loss = loss
        counts.append(count)
        prev = count
        prev_end = max(phrase_end, num.end + _head_span(text, num))
    return _join_ranges(text, counts)
