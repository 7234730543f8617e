"""Two speakers' tolls set against each other by "while"/"whereas" are each the toll of the
speaker of its own clause, not of the speaker named nearest to it (texts written for these
tests)."""

from datetime import date

from khaldun import extract


def test_each_speaker_of_a_while_clause_keeps_its_own_toll():
    text = (
        "Gunmen attacked a military school in Kati on Tuesday. A security source put the death "
        "toll at 77, while a hospital official said more than 50 bodies had been brought to "
        "the morgue."
    )
    (event,) = extract(text, published=date(2024, 9, 19))
    tolls = {c.source: c.value for c in event.claims if c.kind == "fatalities"}
    assert tolls == {"a security source": 77, "medical sources": 50}


def test_two_sources_reporting_the_dead_by_two_death_verbs_each_give_a_toll():
    # "X said six were killed, while Y said seven died": one act's toll in two accounts
    text = (
        "Government forces shelled the village of Kafr Dumma on Monday. The monitoring group "
        "said six people were killed in Kafr Dumma, while activists said seven died."
    )
    found = extract(text, published=date(2018, 3, 5))
    fatal = {(c.source, c.value) for e in found for c in e.claims if c.kind == "fatalities"}
    assert fatal == {("Syrian Observatory for Human Rights", 6),
                     ("opposition activists", 7)}, fatal


def test_a_side_counting_the_dead_by_its_own_pronoun_and_a_zero_told_against_it_are_a_range():
    # "X said they killed 30, but Y said no one was killed": 0 to 30, contested (codebook §6)
    text = (
        "The Taliban said they killed 25 policemen in an attack on a checkpoint in Ghazni on "
        "Monday, but officials said no one was killed."
    )
    (event,) = extract(text, published=date(2018, 3, 6))
    assert (event.fatalities.low, event.fatalities.high) == (0, 25)
    assert event.status == "contested"


def test_a_while_statement_the_parse_hangs_under_a_group_s_claim_keeps_its_speaker():
    # "the militants said they killed 40, while the army said six died": 6 to 40, contested
    text = (
        "Al Shabaab militants attacked an army base near Baidoa on Monday. The militants said "
        "they killed 35 soldiers, while the army said five of its soldiers died."
    )
    (event,) = extract(text, published=date(2018, 3, 6))
    assert (event.fatalities.low, event.fatalities.high) == (5, 35)
    assert event.status == "contested"
