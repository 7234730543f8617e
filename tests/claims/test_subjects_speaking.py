"""A source the outlet told of as a subject in its own voice, then a stand-in for it before a
speech verb: "Police gave details of the attack. They said ..." (texts written for these
tests)."""

from datetime import date

import pytest

from khaldun import extract

PUBLISHED = date(2018, 3, 5)


def sources_of(text: str) -> set[tuple[str, str]]:
    return {(c.source, c.quote) for e in extract(text, published=PUBLISHED) for c in e.claims}


@pytest.mark.parametrize("lead, again, source", [
    ("Police in Dravenna gave details of the attack on Monday.",
     "They said gunmen stormed a checkpoint on Sunday night and killed five soldiers.",
     "police"),
    ("The interior ministry issued a statement on Monday about the bombing in Dravenna.",
     "Gunmen detonated a car bomb outside a police station in Dravenna, killing eight "
     "policemen, the statement said.", "interior ministry"),
])
def test_a_stand_in_speaks_for_the_subject_told_of_before(lead, again, source):
    said = {s for s, q in sources_of(f"{lead} {again}") if q == again}
    assert said == {source}, said


def test_he_stands_for_no_body_told_of_before():
    text = ("Police in Dravenna gave details of the attack on Monday. He said gunmen stormed a "
            "checkpoint on Sunday night and killed five soldiers.")
    said = {s for s, q in sources_of(text) if q.startswith("He said")}
    assert "police" not in said, said


def test_a_speaker_named_since_keeps_the_stand_in():
    text = ("Police in Dravenna gave details of the attack on Monday. Gunmen stormed a "
            "checkpoint on Sunday night, the Syrian Observatory said. They said five soldiers "
            "were killed.")
    said = {s for s, q in sources_of(text) if q.startswith("They said")}
    assert said == {"Syrian Observatory for Human Rights"}, said
