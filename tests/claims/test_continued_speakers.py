"""A statement carried on in the next sentences: "the same source said", "the source added"
after a relayed speaker, "they also reported ..." (texts written for these tests)."""

from datetime import date

import pytest

from khaldun import extract
from khaldun.actors import find_sources
from khaldun.claims.attribution import attribute

PUBLISHED = date(2013, 6, 5)


def _after(lead: str, again: str) -> list[str]:
    first = attribute(lead, "SY", [], find_sources(lead, "SY"), None)
    return [a.source for a in attribute(again, "SY", first, find_sources(again, "SY"), None)]


@pytest.mark.parametrize("again", [
    "In Aleppo, the same source said, troops killed 12 gunmen in the Salaheddin district.",
    "The same source added that troops killed 12 gunmen in the Salaheddin district.",
    "According to the same source, troops killed 12 gunmen in the Salaheddin district.",
])
def test_the_same_source_is_the_speaker_before(again):
    lead = "Shelling hit a market in Qudsaya, killing six people, the Syrian Observatory said."
    assert _after(lead, again) == ["Syrian Observatory for Human Rights"]


def sources_of(text: str) -> list[tuple[str, str]]:
    return [(c.source, c.quote) for e in extract(text, published=PUBLISHED) for c in e.claims]


def test_the_source_a_relaying_agency_quotes_speaks_on():
    text = (
        "DAMASCUS (AFP) - The army pounded rebel positions in Zabadani on Tuesday, the state "
        "news agency SANA reported, quoting a military source.\n\n"
        "The source said dozens of gunmen were killed in the operation."
    )
    said = {s for s, q in sources_of(text) if q.startswith("The source said")}
    assert said == {"a military source"}, said


def test_they_reported_names_no_source_in_what_they_reported():
    lead = "Activists said government forces executed seven men in Tal Rifaat."
    again = "They also reported heavy shelling of Azaz."
    assert _after(lead, again) == ["opposition activists"]


@pytest.mark.parametrize("again", [
    "He also said troops shelled Harasta, killing two children.",
    "It later added that five rebels died in clashes in Harasta.",
    "The monitor also said troops shelled Harasta.",
])
def test_an_adverb_before_the_verb_keeps_the_speaker(again):
    lead = "Shelling hit a market in Qudsaya, killing six people, the Syrian Observatory said."
    assert _after(lead, again) == ["Syrian Observatory for Human Rights"]


def test_who_reports_what_a_source_says_by_according_to_relays_it():
    text = (
        "DAMASCUS (AP) - Al-Ikhbariya TV reported that, according to a military source, the "
        "army destroyed a rebel convoy near Talkalakh on Monday, killing 15 fighters."
    )
    assert {s for s, _ in sources_of(text)} == {"a military source"}


def test_who_speaks_according_to_an_agency_is_still_the_speaker():
    lead = ("The interior ministry said, according to the Pajhwok news agency, that gunmen "
            "killed four police officers in Ghazni.")
    first = attribute(lead, "AF", [], find_sources(lead, "AF"), None)
    assert [a.source for a in first] == ["interior ministry"]


@pytest.mark.parametrize("lead, again, source", [
    ("The United Nations said in a report that air strikes on Maaret Harma killed 30 civilians.",
     "The report added that a market in Kafr Sajna was hit.", "United Nations"),
    ("The Syrian Observatory said in a communique that troops killed 25 rebels in Qaboun.",
     "The communique said the fighting went on in Barzeh.",
     "Syrian Observatory for Human Rights"),
])
def test_the_report_told_before_speaks_for_who_issued_it(lead, again, source):
    first = attribute(lead, "SY", [], find_sources(lead, "SY"), None)
    assert [a.source for a in attribute(again, "SY", first, find_sources(again, "SY"), None)] == [
        source]
