""""The group said" right after an organisation named by its own name spoke stands for that
organisation, though the sources list lacks it, not for the armed group the article made a
side (texts written for these tests)."""

from datetime import date

import pytest

from khaldun import extract

_TEXT = (
    "Fighters of the Rapid Support Forces attacked the village of Tawila in North Darfur on "
    "Monday, burning homes and shooting residents, the Kordofan Lawyers Union said.\n\n"
    "The group said the dead included women and children.\n"
)


def _sources_of(found, quote):
    return {c.source for e in found for c in e.claims if c.quote == quote}


def test_the_group_is_the_organisation_that_spoke_before():
    found = extract(_TEXT, published=date(2024, 5, 8))
    sources = _sources_of(found, "The group said the dead included women and children.")
    assert sources == {"Kordofan Lawyers Union"}


@pytest.mark.parametrize("speaker", ["the Tawila Brigades", "a rights group"])
def test_an_armed_body_or_a_described_one_is_not_such_an_organisation(speaker):
    found = extract(_TEXT.replace("the Kordofan Lawyers Union", speaker),
                    published=date(2024, 5, 8))
    sources = _sources_of(found, "The group said the dead included women and children.")
    assert sources == {"RSF"}


def test_the_paramilitary_group_is_the_armed_group_named_before():
    text = ("Fighters of the Rapid Support Forces stormed the village of Tawila in North Darfur "
            "on Monday, killing 20 people, medics said.\n\n"
            "The paramilitary group said its fighters had been attacked first.\n")
    found = extract(text, published=date(2024, 5, 8))
    sources = _sources_of(found, "The paramilitary group said its fighters had been attacked "
                                 "first.")
    assert sources == {"RSF"}
