"""A denial that names the town of an event told earlier denies that event, not the one told
last (texts written for these tests)."""

from datetime import date

from khaldun import extract

_TWO_ACTS = (
    "Coalition aircraft struck a wedding party in the village of Bani Qais on Monday, killing "
    "20 people, Al Masirah TV said.\n\n"
    "On Wednesday, Houthi fighters fired a missile at the city of Jizan, killing one man, the "
    "Saudi civil defence said.\n\n{}"
)


def _denials(events):
    return {e.location.name: [c.source for c in e.claims if c.kind == "denial"] for e in events}


def test_a_denial_naming_the_first_town_denies_the_first_act():
    denial = "The coalition denied targeting civilians in Bani Qais."
    found = _denials(extract(_TWO_ACTS.format(denial), published=date(2019, 4, 3)))
    assert found["Bani Qais"] and not found["Jizan"]


def test_a_denial_naming_a_town_found_no_place_of_its_own_denies_its_act():
    # "losing X": X is found as a place only in the sentence that told the capture
    text = ("Rebels said they captured the village of Kafr Nabuda on Thursday after heavy "
            "fighting with government forces.\n\nSeparately, government helicopters dropped "
            "barrel bombs on the town of Khan Sheikhoun on Friday, killing seven people, "
            "activists said.\n\nThe army denied losing Kafr Nabuda.")
    found = _denials(extract(text, published=date(2019, 4, 3)))
    assert found["Kafr Nabuda"] and not found["Khan Sheikhoun"]


def test_a_denial_naming_no_town_still_denies_the_last_act():
    denial = "The Houthis denied targeting civilians."
    found = _denials(extract(_TWO_ACTS.format(denial), published=date(2019, 4, 3)))
    assert found["Jizan"]


def test_a_denial_naming_the_province_of_an_act_denies_that_act():
    text = ("Taliban fighters attacked a police post in Ghazni province on Sunday, killing 11 "
            "policemen, a provincial official said.\n\nIn a separate incident on Monday, a US "
            "drone strike killed six militants in the Achin district of Nangarhar province, the "
            "governor's spokesman said.\n\nThe Taliban denied that any of their fighters were "
            "killed in Nangarhar.")
    found = {e.location.name: [c.source for c in e.claims if c.kind == "denial"]
             for e in extract(text, published=date(2019, 4, 3))}
    assert found["Achin"] == ["Taliban"]
    assert found["Ghazni"] == []
