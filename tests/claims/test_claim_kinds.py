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
