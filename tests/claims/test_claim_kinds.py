"""A claim's kind follows what its own sentence tells (texts written for these tests)."""

from datetime import date

from khaldun import extract


def test_a_sentence_telling_a_capture_otherwise_claims_that_it_occurred():
    text = (
        "Troops recaptured the village of Kafr Sajna on Sunday.\n\n"
        "The last gunmen left Kafr Sajna under an evacuation deal, activists said."
    )
    (event,) = extract(text, published=date(2018, 4, 9))
    kinds = {c.source: c.kind for c in event.claims}
    assert kinds == {"reporter": "territory", "opposition activists": "occurred"}, kinds


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
