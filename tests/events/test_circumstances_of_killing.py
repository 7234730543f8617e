"""Deaths told with the act they happened in ("killed in X during clashes between ...", "shot
dead in X after police fired on marchers"): one event, typed by that act, though a place
comes between the killing and the act."""

from datetime import date

from khaldun.pipeline import extract_article
from khaldun.records import Article

DAY = date(2018, 2, 10)


def subs(text: str) -> list[str]:
    found = extract_article(Article(text=text, doc_id="t", published=DAY)).events
    return [e.sub_event_type for e in found]


def test_deaths_during_a_clash_are_the_clash():
    assert subs("Four civilians were killed in Marib on Thursday during clashes between tribal "
                "fighters and the army, a local official said.") == ["Armed clash"]
    assert subs("Four civilians were killed in Marib on Thursday as tribal fighters battled the "
                "army, a local official said.") == ["Armed clash"]


def test_deaths_during_a_march_are_force_used_on_it():
    assert subs("Three men were shot dead in Gedaref on Thursday during a march over the "
                "price of fuel, a doctors' union said.") == ["Excessive force against protesters"]


def test_deaths_after_fire_on_marchers_or_a_shell_are_that_act():
    assert subs("Three men were killed in Gedaref on Thursday after troops fired on "
                "marchers, a doctors' union said.") == ["Excessive force against protesters"]
    assert subs("Two girls were killed in Sarpol on Thursday after a shell struck their house, a "
                "governor's aide said.") == ["Shelling/artillery/missile attack"]


def test_a_weapon_the_killers_used_after_a_place_is_the_act():
    assert subs("Eight villagers were killed in Sarpol on Thursday by mortar fire, a "
                "governor's aide said.") == ["Shelling/artillery/missile attack"]
    assert subs("Gunmen killed nine traders at a market in Sarpol on Thursday after "
                "detonating a car bomb at its gate.") == ["Remote explosive/landmine/IED"]
    assert subs("Six farmers were killed in Sarpol on Thursday by army shelling, a "
                "governor's aide said.") == ["Shelling/artillery/missile attack"]


def test_fire_opened_on_marchers_with_a_weapon_between_is_force_used_on_them():
    assert subs("Two people were killed in Gedaref on Thursday when police opened fire with "
                "live rounds on protesters.") == ["Excessive force against protesters"]


def test_deaths_at_a_rally_are_force_used_on_it():
    assert subs("Three men were killed in Gedaref on Thursday at a rally against the "
                "governor.") == ["Excessive force against protesters"]


def test_deaths_when_police_dispersed_a_crowd_are_force_used_on_it():
    assert subs("A teacher was shot dead in Gedaref on Thursday as police used live "
                "ammunition to disperse crowds.") == ["Excessive force against protesters"]
    assert subs("Two men were killed in Gedaref on Thursday when soldiers fired live rounds "
                "to disperse a gathering outside the town hall.") == [
        "Excessive force against protesters"]
    assert subs("A boy was killed in Gedaref on Thursday when police fired tear gas at a "
                "crowd.") == ["Excessive force against protesters"]


def test_what_led_to_a_killing_by_its_own_means_is_another_act():
    assert "Attack" in subs("Two farmers were killed by army fire in Sarpol on Thursday after "
                            "soldiers were wounded by a roadside bomb near the town.")


def test_a_weapon_naming_the_attack_the_dead_were_killed_in_is_its_type():
    assert subs("Ten villagers were killed on Thursday in Sarpol in a rocket attack, a "
                "governor's aide said.") == ["Shelling/artillery/missile attack"]


def test_deaths_during_a_stretch_of_clashes_at_a_protest_are_that_riot():
    # "killed and N injured": the phrases hang on the participle; "a day of": the stretch
    assert subs("Three students were killed and 40 injured in Zahedan on Friday during a day "
                "of fierce clashes with security forces, the committee organising the "
                "protests said.") == ["Violent demonstration"]


def test_fire_on_agitators_is_force_used_on_protesters():
    assert subs("Two people were killed in Multan when police opened fire on agitators who "
                "defied a ban on gatherings.") == ["Excessive force against protesters"]


def test_deaths_since_strikes_began_are_the_strikes():
    assert subs("Twelve people have been killed in Sarpol since air strikes began on "
                "Saturday, a governor's aide said.") == ["Air/drone strike"]


def test_deaths_since_a_day_or_a_background_capture_are_no_strike():
    assert "Air/drone strike" not in subs("Twelve people have been killed in Sarpol since "
                                          "the army retook the town last month.")
