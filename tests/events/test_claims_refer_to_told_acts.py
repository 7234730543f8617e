"""Sentences that refer to an act already told (a claim of responsibility, a reaction) join
that act: they neither start an event nor move another's place or day (texts written for these
tests, with invented places where the gazetteer is not involved)."""

from datetime import date

from khaldun import extract

_TWO_ACTS = (
    "MAIDUGURI, Nigeria (AP) - Gunmen killed seven farmers in Gwoza district on Saturday, "
    "residents said.\n\n"
    "Separately, soldiers clashed with militants near the border, leaving four militants "
    "dead, the army said.\n\n{}"
)


def _claimed(found, quote):
    return [e for e in found if quote in [c.quote for c in e.claims]]


def test_a_claim_naming_the_acts_place_joins_the_act_there_not_a_later_unplaced_one():
    claim = "Boko Haram later claimed responsibility for the Gwoza attack."
    found = extract(_TWO_ACTS.format(claim), published=date(2018, 3, 5))
    assert [e.sub_event_type for e in _claimed(found, claim)] == ["Attack"]


def test_the_day_a_video_of_the_claim_came_out_is_the_statements_not_the_acts():
    claim = "Boko Haram claimed responsibility for the Gwoza attack in a video released on Sunday."
    found = extract(_TWO_ACTS.format(claim), published=date(2018, 3, 5))
    attack = next(e for e in found if e.sub_event_type == "Attack")
    assert claim in [c.quote for c in attack.claims]
    assert attack.date_start == date(2018, 3, 3)
    clash = next(e for e in found if e.sub_event_type == "Armed clash")
    assert claim not in [c.quote for c in clash.claims]
    assert clash.date_start != date(2018, 3, 4)


_CLASH_THEN_BOMB = (
    "MOGADISHU, Somalia (Reuters) - Clan militias fought over grazing land in Galkayo on "
    "Monday, killing five people, elders said.\n\n"
    "In a separate incident, a roadside bomb hit a convoy of government officials in Afgoye "
    "on Tuesday, killing three, police said.\n\n{}"
)


def test_a_bare_attack_whose_kind_only_its_sides_guess_joins_the_act_told_last():
    claim = (
        "Al Shabaab said it carried out the attack, saying it had targeted government officials.")
    found = extract(_CLASH_THEN_BOMB.format(claim), published=date(2018, 3, 7))
    assert [e.sub_event_type for e in _claimed(found, claim)] == [
        "Remote explosive/landmine/IED"]
    clash = next(e for e in found if e.sub_event_type == "Armed clash")
    assert clash.actor1.name.startswith("Unidentified Clan Militia")


def test_what_a_claim_says_its_fighters_did_is_the_claimed_act_not_another():
    text = (
        "ADEN (Reuters) - Suspected Al Qaeda militants ambushed a military convoy in Abyan "
        "province on Monday, killing six soldiers, security officials said.\n\n"
        "Elsewhere, Houthi rebels shelled residential areas of Taiz, killing two children, "
        "medics said.\n\n"
        "Al Qaeda in the Arabian Peninsula claimed responsibility for the ambush, saying its "
        "fighters had attacked forces loyal to the Saudi-led coalition."
    )
    found = extract(text, published=date(2018, 3, 7))
    claim = text.rsplit("\n\n", 1)[1]
    assert [e.sub_event_type for e in _claimed(found, claim)] == ["Armed clash"]
    shelling = next(e for e in found if e.sub_event_type == "Shelling/artillery/missile attack")
    assert shelling.status == "single"


def test_killings_named_by_their_day_are_the_act_told_before():
    text = (
        "KIRKUK, Iraq (AP) - Islamic State militants shot dead three shepherds near Hawija on "
        "Sunday, local officials said.\n\n"
        "On Monday, federal police clashed with militants in the Hamrin mountains, the ministry "
        "said.\n\n"
        "The Islamic State group claimed Sunday's killings in Hawija, saying the men were spies."
    )
    found = extract(text, published=date(2018, 3, 8))
    claim = text.rsplit("\n\n", 1)[1]
    assert [e.sub_event_type for e in _claimed(found, claim)] == ["Attack"]
    assert len(found) == 2
