"""A sentence that says no one claimed the act names the groups behind other acts of the kind
("... but the area has seen raids by X") as a guess: the perpetrator stays unidentified
(codebook §3); an act's noun naming its agent still names the suspect elsewhere."""

from datetime import date

from khaldun import extract

UNCLAIMED = ("Gunmen attacked a police post near the town of Baiji in Salahuddin province on "
             "Tuesday, killing two policemen, an official said. No group claimed responsibility, "
             "but the province has seen repeated raids by Islamic State cells.")
CLAIMED = ("Gunmen attacked a police post near the town of Baiji in Salahuddin province on "
           "Tuesday, killing two policemen, an official said. The raid by Islamic State cells "
           "was the third this month.")


def _actor1(text: str) -> str:
    (event,) = extract(text, published=date(2018, 3, 8))
    return event.actor1.name


def test_a_group_named_beside_no_claim_is_no_perpetrator():
    assert _actor1(UNCLAIMED).startswith("Unidentified Armed Group")


def test_the_acts_agent_still_names_the_perpetrator():
    assert _actor1(CLAIMED) == "Islamic State"
