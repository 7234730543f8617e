"""A quote that tells, by a pronoun, how the act just told was carried out ("'They rammed a car
bomb into the gate,' an officer said") is that act, not one of its own; a quote that names a
place of its own still may be (texts written for these tests)."""

from datetime import date

import pytest

from khaldun import extract

_LEAD = ("KISMAYO (Reuters) - Militants attacked an army base near the town of Jilib on "
         "Wednesday, sparking a gunbattle that lasted hours, a military officer said.\n\n")


@pytest.mark.parametrize("quote", [
    '"They first rammed a car bomb into the gate and then stormed in," the officer said.',
    '"They set off a roadside bomb by the wall before opening fire," a resident said.',
    '"He blew himself up at the gate and the rest ran inside," the officer told Reuters.',
])
def test_a_quoted_step_of_the_act_is_the_act(quote):
    found = extract(_LEAD + quote, published=date(2019, 6, 13))
    assert len(found) == 1
    assert found[0].sub_event_type == "Armed clash"
    assert quote in [c.quote for c in found[0].claims]


def test_a_quoted_act_at_a_place_of_its_own_stays_apart():
    quote = ('"They also set off a car bomb in the town of Baidoa on Wednesday," '
             'the officer said.')
    found = extract(_LEAD + quote, published=date(2019, 6, 13))
    assert len(found) == 2


def test_a_speaker_after_the_quote_names_no_side_of_it():
    lead = ("BAGHDAD (Reuters) - Islamic State militants attacked an army outpost near the town "
            "of Tuz Khurmatu on Thursday, killing three soldiers, security sources said.\n\n")
    quote = '"They used mortars first, then they attacked with machine guns," an army officer said.'
    found = extract(lead + quote, published=date(2018, 3, 10))
    assert len(found) == 1
    assert quote in [c.quote for c in found[0].claims]
