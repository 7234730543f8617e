"""A group's own outlet that says its fighters did the act names the group as the perpetrator
(sources.yaml voice; codebook §3), and the armed body a speaker belongs to is none, on texts
written for these tests."""

from datetime import date

import pytest

from khaldun import extract

PUBLISHED = date(2018, 3, 5)


@pytest.mark.parametrize(
    "claim",
    [
        "The group's Amaq news agency said its fighters killed five soldiers in the attack.",
        "Amaq reported that its fighters had ambushed the soldiers.",
    ],
)
def test_a_groups_news_agency_claiming_the_act_names_the_group(claim):
    (event,) = extract(f"Gunmen attacked an army checkpoint near Baiji on Sunday. {claim}",
                       published=PUBLISHED)
    assert event.actor1 is not None and event.actor1.name == "Islamic State"


def test_a_groups_radio_claiming_the_act_names_the_group():
    (event,) = extract("Gunmen attacked a military base near the town of Afgoye on Monday. "
                       "Radio Andalus said its fighters killed six soldiers.", published=PUBLISHED)
    assert event.actor1 is not None and event.actor1.name == "Al Shabaab"


def test_an_outlet_that_speaks_for_no_armed_group_names_no_perpetrator():
    (event,) = extract("Gunmen attacked an army checkpoint near Baiji on Sunday. Reuters said "
                       "its reporters saw five bodies.", published=PUBLISHED)
    assert event.actor1 is not None and event.actor1.name.startswith("Unidentified")


@pytest.mark.parametrize(
    "speaker",
    [
        "said Musa Ali, a member of the Civilian Joint Task Force",
        "according to Musa Ali, a local leader of the Civilian Joint Task Force",
    ],
)
def test_the_armed_body_a_speaker_belongs_to_is_no_perpetrator(speaker):
    (event,) = extract("Three farmers were killed in an attack on the village of Kolofa in "
                       f"Borno state on Tuesday, {speaker}.", published=PUBLISHED)
    assert event.actor1 is not None and event.actor1.name != "Civilian JTF"
