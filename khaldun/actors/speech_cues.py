"""Where a source named in a text speaks: the speech cues around a mention ("X said",
"according to X", "said Ali Nur, a resident") and an office speaking through its named holder
("regional governor X said"). Words: khaldun/data/attribution.yaml."""

from __future__ import annotations

import re

from khaldun.claims.lexicon import alternation as speech_alternation

# How far before a mention (characters) a cue or an aside is looked for.
WINDOW = 60
_VERBS = f"{speech_alternation('speech_verbs')}|{speech_alternation('source_verbs')}"
# a verb of saying that charges those it follows ("men accused of spying") is no cue
_NOT_CHARGED = rf"(?!\s+(?:{speech_alternation('charge_preps')})\b)"
_ASIDES = speech_alternation("aside_openers")
_ADVERBS = speech_alternation("aside_adverbs")
_RANKS = speech_alternation("ranks")
# The cue may follow within a few words, with no clause break: "residents who fled said",
# "military officer Capt. Ahmed Ali told" (the holder's ranks before them: "police chief
# Brigadier General Ali Kamal said").
_CUE_AFTER = re.compile(
    rf"(?:['\u2019]s)?(?:\s+(?-i:{_RANKS})\.?)*\s+(?:[\w'\u2019-]+\.?\s+){{0,3}}?(?:[\w'\u2019-]+,\s+)?(?:{_VERBS})\b{_NOT_CHARGED}"
    # "the health ministry of the Tripoli-based government said": an owner between
    rf"|\s+(?:of|in|for)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){{1,3}}?(?:{_VERBS})\b"
    # "witnesses and a resistance group said": two speakers of one statement (the other one
    # may be named in full: "residents and the Syrian Observatory for Human Rights said")
    rf"|\s+and\s+(?:an?\s+|the\s+)?(?:[\w'\u2019-]+\s+){{1,6}}?(?:{_VERBS})\b"
    # "state television, citing a hospital official, said": a source relaying another
    rf"|\s*,\s*(?:{speech_alternation('relay_cues')})\b"
    # "the police commissioner, Ali Nur, said", "a witness, who asked not to be named, said",
    # "a witness who asked not to be named said": the speaker's name or an aside between
    rf"|\s*,\s+(?-i:(?:[A-Z][\w'\u2019.-]*\s+){{0,3}}[A-Z][\w'\u2019-]*),\s+(?:{_VERBS})\b"
    # "the opposition website X, however, said": a sentence adverb set off before the verb
    rf"|(?:\s+(?:[\w'\u2019-]+\s+){{0,3}}?[\w'\u2019-]+)?\s*,\s+(?:{_ADVERBS}),\s+(?:{_VERBS})\b"
    # ("a shopkeeper, who gave only his first name, Ahmed, said": the name the aside gives)
    rf"|,?\s+(?:{_ASIDES})\s+[^,.;\"]{{1,60}}?"
    rf"(?:,\s+(?-i:[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){{0,3}}))?,?\s+(?:{_VERBS})\b",
    re.I,
)
_CUE_BEFORE = re.compile(
    rf"(?:{speech_alternation('source_cues_before')})\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){{0,2}}\Z",
    re.I,
)
# "said Abu Mohammad, a media activist": the source the named speaker is set beside (the
# article may open the alias: "said Ali Nur, a resident")
_APPOSED_SPEAKER = re.compile(
    rf"\b(?:{_VERBS})\s+[A-Z][^,.;\"]{{2,40}},\s+"
    # "said Ali Nur, a resident", "said Ali Nur, a member of the provincial council"
    r"(?:(?:a|an|the)\s+(?:[\w'\u2019-]+\s+){0,2}(?:of\s+(?:the\s+|a\s+)?)?)?\Z"
)
# "Ali Nur, a member of the provincial council, said": the source a named speaker is set
# beside, in an aside closed right before the cue
_APPOSED_BEFORE = re.compile(
    # (the alias may hold the article: "Ali Nur, a doctor, said")
    r"[A-Z][\w'\u2019-]+,\s+(?:(?:a|an|the)\s+)?(?:[\w'\u2019-]+\s+){0,2}"
    r"(?:of\s+(?:the\s+|a\s+)?)?\Z"
)
_ASIDE_CLOSED = re.compile(rf",\s+(?:{_VERBS})\b", re.I)
def speaks(text: str, start: int, end: int) -> bool:
    """A speech cue next to the mention at start..end: "X said", "according to X", "said Ali
    Nur, a resident", "Ali Nur, a member of the council, said"."""
    if _CUE_AFTER.match(text, end):
        return True
    window = max(0, start - WINDOW)
    if _ASIDE_CLOSED.match(text, end) and _APPOSED_BEFORE.search(text, window, start):
        return True
    return bool(
        (_CUE_BEFORE.search(text, window, start) and not _REPORTED_SUBJECT.match(text, end))
        or _APPOSED_SPEAKER.search(text, window, start)
    )


# "said 20 fighters on both sides were killed": the mention opens the words reported
_REPORTED_SUBJECT = re.compile(
    rf"(?:\s+(?:{speech_alternation('reported_subject_preps')})(?:\s+[\w'\u2019-]+){{1,3}}?)?"
    rf"\s+(?:{speech_alternation('reported_subject_verbs')})\b",
    re.I,
)


# a preposition governing the title ("against President X", "loyal to Governor X")
_GOVERNED = re.compile(
    rf"\b(?:{speech_alternation('governing_preps')})\s+(?:the\s+)?(?:[\w-]+\s+)?\Z", re.I
)
# the name after a title ("governor Serhiy Lysak")
_NAME_AFTER_TITLE = re.compile(r"(?:\s+(?:[A-Z][\w'\u2019.-]*|al-\w+|bin|ibn)){1,4}")


def titled_speaker(text: str, start: int, end: int) -> bool:
    """ "regional governor X said", "said Governor X": the office at start..end speaks through
    its holder."""
    named = _NAME_AFTER_TITLE.match(text, end)
    if named is None or any(w.isupper() and len(w) > 1 for w in named.group(0).split()):
        return False  # ("the official SANA news agency": an adjective before an acronym)
    window = max(0, start - WINDOW)
    if _CUE_BEFORE.search(text, window, start):
        return True
    # ("the revolt against President X said ...": the holder is not who speaks)
    return not _GOVERNED.search(text, window, start) and bool(
        _CUE_AFTER.match(text, named.end()))
