"""An organisation the actor dictionary names by period speaks by its name on the event's
date: the African Union's mission in Somalia is AMISOM in 2017, not its later successor
(texts written for these tests)."""

from datetime import date

from khaldun import extract


def test_a_mission_speaks_by_its_name_on_the_event_date():
    text = ("Al Shabaab militants seized the town of Bulo Burde on Wednesday after African "
            "Union troops pulled out, residents said. A spokesman for the African Union "
            "mission said the troops withdrew to spare civilians.")
    found = extract(text, published=date(2017, 6, 10))
    sources = {c.source for e in found for c in e.claims}
    assert "AMISOM" in sources
    assert not any(s.startswith("AUSSOM") for s in sources)
