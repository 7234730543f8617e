"""An act a sentence tells as what came before its act ("clashes erupted after a man was shot
dead") is an event of its own, not part of the one the sentence's act joins; the tolls told
after it are the later act's, not the occasion's (codebook §1, §8.1)."""

from datetime import date

from khaldun import extract

TEXT = ("Fighting between two clans in the town of Ghat has killed eight people since Friday, a "
        "hospital official said on Sunday. The clashes erupted after a clan elder was shot dead "
        "at a livestock market on Friday, residents said. A doctor at the town's hospital said "
        "it had received eight bodies.")


def test_the_killing_before_the_clashes_is_its_own_event():
    events = {e.sub_event_type: e for e in extract(TEXT, published=date(2018, 2, 25))}
    assert set(events) == {"Armed clash", "Attack"}
    assert events["Attack"].fatalities.to_dict() == {"low": 1, "high": 1}
    assert events["Armed clash"].fatalities.to_dict() == {"low": 8, "high": 8}
