"""A claim's kind follows what its own sentence tells (texts written for these tests)."""

from datetime import date

from khaldun import extract


def test_a_sentence_telling_a_side_leaving_the_place_claims_ground():
    # gunmen leaving the village they held is ground changing hands (codebook §8.2)
    text = (
        "Troops recaptured the village of Kafr Sajna on Sunday.\n\n"
        "The last gunmen left Kafr Sajna under an evacuation deal, activists said."
    )
    (event,) = extract(text, published=date(2018, 4, 9))
    kinds = {c.source: c.kind for c in event.claims}
    assert kinds == {"reporter": "territory", "opposition activists": "territory"}, kinds


def test_a_sentence_telling_a_territorial_event_otherwise_claims_that_it_occurred():
    # a leaving told of no place is no ground told
    text = (
        "Troops recaptured the village of Kafr Sajna on Sunday under an evacuation deal.\n\n"
        "Most of them left Saturday, but the last buses were delayed, activists said."
    )
    (event,) = extract(text, published=date(2018, 4, 9))
    kinds = {c.source: c.kind for c in event.claims}
    assert kinds.get("opposition activists") == "occurred", kinds


def test_a_clash_told_again_as_a_place_purified_carries_a_territory_claim():
    # a state outlet's words for a gain during a battle are a territory claim (§8.2)
    text = (
        "Troops battled rebels in the town of Kafr Dumma on Monday, activists said.\n\n"
        "State television said Kafr Dumma was being purified of terrorist remnants."
    )
    found = extract(text, published=date(2018, 4, 9))
    claims = {(c.source, c.kind) for e in found for c in e.claims}
    assert ("state television", "territory") in claims, claims


def test_a_toll_told_risen_in_a_place_is_a_fatalities_claim():
    # "the toll in <town> had risen to N": no "death" before the toll, a place after it
    text = (
        "Warplanes struck the town of Kafr Dumma on Monday, killing at least nine civilians, "
        "activists said. The monitoring group said the toll in Kafr Dumma had risen to 15, "
        "and the tally of wounded rose to 30."
    )
    (event,) = extract(text, published=date(2018, 4, 9))
    claims = {(c.source, c.kind, c.value) for c in event.claims}
    assert ("Syrian Observatory for Human Rights", "fatalities", 15) in claims, claims
