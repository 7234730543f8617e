"""Where actors fight: the country votes of a text's actors and side descriptors."""

from __future__ import annotations

from datetime import date

from khaldun.actors.resolve import find_actors, home_countries
from khaldun.actors.theatres import theatres


def _countries(pairs: tuple[tuple[str, float], ...]) -> set[str]:
    return {country for country, _ in pairs}


def test_the_mined_file_holds_shares_that_sum_to_about_one():
    known = theatres()
    assert known.actors and known.descriptors
    for shares in [*known.actors.values(), *(s for _, s in known.descriptors.values())]:
        assert 0.9 <= sum(shares.values()) <= 1.01


def test_a_side_descriptor_votes_for_its_conflict_once():
    homes = home_countries("Regime forces shelled the village and regime tanks moved in.")
    assert homes.theatres == tuple(theatres().descriptors["regime"][1].items())
    assert not homes.states and not homes.armed_groups


def test_an_actor_named_as_an_adjective_still_votes():
    homes = home_countries("Jets struck the YPG-held village at dawn.")
    assert "SY" in _countries(homes.theatres)


def test_a_world_wide_movement_votes_its_theatre_once():
    homes = home_countries("Islamic State fighters attacked a checkpoint, and Islamic State "
                           "later claimed the attack.")
    assert homes.theatres == tuple(theatres().actors["Islamic State"].items())
    assert not homes.armed_groups


def test_al_qaeda_alone_is_no_iraqi_group():
    text = "Al Qaida militants attacked a checkpoint."
    when = date(2018, 1, 30)
    assert [m.actor.name for m in find_actors(text, None, when)][0] == "Al Qaeda"
    assert [m.actor.name for m in find_actors(text, "YE", when)][0] == (
        "AQAP: Al Qaeda in the Arabian Peninsula")
    assert "IQ" not in _countries(home_countries(text, when).theatres)


def test_forces_that_fight_abroad_vote_where_they_fight():
    homes = home_countries("Israeli soldiers raided the village overnight.")
    shares = dict(homes.theatres)
    assert max(shares, key=shares.get) == "PS"
    assert "IL" not in homes.states  # the theatre replaces the weak home vote


def test_a_state_votes_once_an_armed_group_per_mention():
    state = home_countries("Syrian army troops advanced. The Syrian army shelled the town.")
    assert [c for c, _ in state.theatres].count("SY") == 1
    group = home_countries("YPG fighters advanced. YPG fighters held the town.")
    assert [c for c, _ in group.theatres].count("SY") == 2


def test_a_descriptor_counts_only_when_it_opens_the_side():
    assert theatres().descriptor("Coalition airstrikes") == "coalition"
    assert theatres().descriptor("the international coalition") is None


def test_an_actors_own_words_can_name_another_theatre():
    def top(text: str) -> str:
        shares = dict(home_countries(text).theatres)
        return max(shares, key=shares.get)

    # One actor to the resolver, two wars: the border shelling and the air campaign.
    assert top("Saudi forces shelled the village.") == "SA"
    assert top("The Saudi-led coalition struck the village.") == "YE"


def test_a_state_s_forces_firing_from_afar_vote_only_for_where_they_fight_abroad():
    standing = home_countries("Saudi soldiers patrolled the village.")
    assert "SA" in _countries(standing.theatres)
    for text in ("Mortar rounds launched by Saudi gunners landed in the hamlet.",
                 "Saudi artillery hit the village.",
                 "Saudi soldiers lobbed mortars into the hamlet."):
        homes = home_countries(text)
        assert "SA" not in _countries(homes.theatres) and "SA" not in homes.states, text


def test_an_actor_bombed_from_the_air_is_where_it_is_bombed():
    known = theatres()
    pkk = "PKK: Kurdistan Workers Party"
    assert known.airborne[pkk] != known.actors[pkk]
    bombed = home_countries("Jets struck PKK shelters in the mountains.")
    assert dict(bombed.theatres) == known.airborne[pkk]
    fought = home_countries("PKK militants attacked a police post.")
    assert dict(fought.theatres) == known.actors[pkk]


def test_an_unnamed_group_known_by_a_demonym_is_no_group_at_home():
    # the demonym votes for its country once, as a demonym; the fighter may be abroad
    homes = home_countries("The bomber who struck the market was a Chadian militant.")
    assert not homes.armed_groups


def test_a_side_descriptor_holding_a_place_votes_for_its_conflict():
    # "the regime-held town": who holds the town is the side of a war, as "regime forces"
    homes = home_countries("Shells fell on the regime-held village of Tell Kurum.")
    assert homes.theatres == tuple(theatres().descriptors["regime"][1].items())
    homes = home_countries("Rebels shelled regime-controlled areas and regime tanks moved in.")
    assert homes.theatres == tuple(theatres().descriptors["regime"][1].items())


def test_al_qaedas_affiliate_is_the_one_of_the_story_country():
    text = "An al Qaeda affiliate claimed responsibility for the attack."
    when = date(2024, 9, 19)
    found = {c: [m.actor.name for m in find_actors(text, c, when)] for c in ("ML", "SO", "YE")}
    assert found == {"ML": ["JNIM: Jamaah Nusrat al-Islam wal-Muslimin"], "SO": ["Al Shabaab"],
                     "YE": ["AQAP: Al Qaeda in the Arabian Peninsula"]}
    assert [m.actor.name for m in find_actors(text, "SY", date(2015, 5, 1))] == [
        "Jabhat al-Nusra"]
