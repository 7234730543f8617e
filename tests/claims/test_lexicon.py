"""The one list of speech after a name (attribution.yaml) and its builder."""

import re

from khaldun.claims.lexicon import speaks_next, speech_after


def _after(alternation: str, text: str) -> bool:
    return re.match(rf"\s+(?:{alternation})\b", text, re.IGNORECASE) is not None


def test_plain_speech_follows_any_name():
    said = speaks_next()
    assert said.match("the coast guard said", len("the coast guard"))
    assert said.match("a medic and a porter Stated", len("a medic and a porter"))
    assert not said.match("the coast guard saying", len("the coast guard"))


def test_plural_forms_only_when_asked():
    # "report" is a noun too: "the council report" names no speaker
    assert not _after(speech_after(), " report")
    assert _after(speech_after(plural=True), " report")
    assert _after(speech_after(plural=True), " say")


def test_role_verbs_only_when_asked():
    assert not _after(speech_after(plural=True), " recounted")
    assert _after(speech_after(plural=True, role=True), " recounted")
    # every narrower choice is part of the broader one
    broad = set(speech_after(plural=True, role=True).split("|"))
    assert set(speech_after().split("|")) <= set(speech_after(plural=True).split("|")) <= broad
