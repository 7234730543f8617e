"""Event types ACLED and PITF showed confused: who an ambush fell on, whose strike it was,
who set a device off, what foiling an attack is."""

from datetime import date

from khaldun.pipeline import extract_article
from khaldun.records import Article

DAY = date(2015, 3, 5)


def subs(text: str) -> list[str]:
    return [e.sub_event_type for e in extract_article(
        Article(text=text, doc_id="t", published=DAY)).events]


def test_an_ambush_on_civilians_is_an_attack():
    assert subs("Gunmen lay in wait for a local judge near Kasala on Tuesday and ambushed him, "
                "killing him.") == [
        "Attack"]
    assert subs("A village headman and his two nephews were killed in an ambush on a hill road "
                "near Zhob on Wednesday.") == ["Attack"]
    assert subs("Suspected bandits ambushed a bus carrying traders near Gusau on Monday, "
                "killing nine passengers.") == ["Attack"]


def test_an_ambush_on_soldiers_is_a_clash():
    assert subs("Rebels ambushed an army convoy near Daraa on Tuesday, killing four "
                "soldiers.") == ["Armed clash"]
    assert subs("Militants killed five policemen in an ambush near Kasala on Tuesday.") == [
        "Armed clash"]


def test_a_strike_named_after_an_air_power_is_an_air_strike():
    assert subs("The rebels' television said a coalition strike hit a fuel depot near the "
                "town of Hayfan.") == ["Air/drone strike"]


def test_devices_the_police_set_off_or_dismantle_are_disrupted():
    assert subs("Police detonated two roadside bombs found near the market in Tarmiyah "
                "on Monday.") == ["Disrupted weapons use"]
    assert subs("Police dismantled 40 IEDs in the area of Tarmiyah on Monday.") == [
        "Disrupted weapons use"]
    # what the police blew up was no device
    assert subs("Police blew up a bridge near Tarmiyah on Monday.") != [
        "Disrupted weapons use"]
    # set off by militants, the bomb is an attack
    assert subs("Militants detonated a roadside bomb near a police patrol in Tarmiyah on "
                "Monday.") == ["Remote explosive/landmine/IED"]


def test_a_device_safely_detonated_is_disrupted():
    assert subs("Bomb squads safely detonated a car bomb near the market in Tarmiyah on "
                "Monday.") == ["Disrupted weapons use"]
    assert subs("The gendarmerie detonated an explosive device found near a school in Lice "
                "on Monday.") == ["Disrupted weapons use"]


def test_an_attack_foiled_is_fought():
    assert subs("Tribal fighters foiled an IS attack on the village of Hajj Ali south of "
                "Mosul on Monday; six IS militants were killed.") == ["Armed clash"]


def test_people_a_participle_says_were_seized_somewhere_are_no_ground_taken():
    text = ("Kidnappers released 15 travellers seized on a road in Niger state last week, "
            "police said on Sunday.")
    assert not [s for s in subs(text) if "territory" in s]


def test_civilians_seized_by_gunmen_are_abducted():
    assert subs("Gunmen seized twelve farmers on a road near Gusau on Sunday.") == [
        "Abduction/forced disappearance"]



def test_an_attack_on_foreign_forces_killing_a_bare_number_is_a_battle():
    for text in (
        "Al-Shabaab militants ambushed Kenyan troops in the Lower Juba region on Tuesday, "
        "killing four, the group said.",
        "Gunmen attacked a convoy of UN peacekeepers near Kidal on Tuesday, killing two.",
        "Unknown attackers ambushed Ethiopian troops near Baidoa on Tuesday, killing five.",
    ):
        (event,) = extract_article(Article(text=text, doc_id="t", published=DAY)).events
        assert (event.event_type, event.actor2.inter) == ("Battles", 8), text


def test_an_attack_on_wards_of_a_local_government_is_on_civilians():
    text = ("Gunmen attacked two wards of the local government in Borno on Monday, killing 27 "
            "people, officials said.")
    events = extract_article(Article(text=text, doc_id="t", published=DAY)).events
    assert [e.event_type for e in events] == ["Violence against civilians"]
