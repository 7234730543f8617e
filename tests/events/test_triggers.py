import pytest

from khaldun.events.triggers import compile_lexicon, find_triggers


def subs(text):
    return [(t.surface.lower(), t.sub_event_type, t.role) for t in find_triggers(text)]


def test_instruments_fix_sub_types():
    found = subs("Heavy artillery and warplanes pounded the towns.")
    assert ("artillery", "Shelling/artillery/missile attack", "instrument") in found
    assert ("warplanes", "Air/drone strike", "instrument") in found
    assert ("pounded", None, "generic") in found


def test_longest_match_wins():
    found = subs("A suicide car bomb went off.")
    assert found[0] == ("suicide car bomb", "Suicide bomb", "instrument")


def test_word_boundaries():
    assert subs("The shellfish market and the armyworm outbreak") == []


def test_acts_and_kills():
    found = subs("Clashes broke out and troops arrested 30; gunmen killed two.")
    assert ("clashes", "Armed clash", "act") in found
    assert ("arrested", "Arrests", "act") in found
    assert ("killed", "Attack", "kill") in found


def test_lexicon_errors_name_the_problem():
    with pytest.raises(ValueError, match="unknown role"):
        compile_lexicon([{"sub": "Armed clash", "role": "verb", "patterns": ["clash"]}])
    # a YAML pattern with ": " left unquoted loads as a mapping
    with pytest.raises(ValueError, match="not a string"):
        compile_lexicon([{"sub": "Armed clash", "role": "act", "patterns": [{"a(?": "b)"}]}])


@pytest.fixture
def words_file(monkeypatch):
    """event_words.yaml replaced by the given mapping, the word-class cache cleared around it."""
    from khaldun.events import triggers

    def use(data):
        triggers.word_class.cache_clear()
        monkeypatch.setattr(triggers, "_words", lambda: data)

    yield use
    triggers.word_class.cache_clear()


def test_a_malformed_word_class_is_an_error_naming_the_file_and_list(words_file):
    from khaldun.events.triggers import alternation

    # an unquoted YAML `on` loads as a boolean, not a word
    words_file({"capital_prepositions": ["in", True]})
    with pytest.raises(ValueError, match=r"event_words\.yaml: bad capital_prepositions pattern"):
        alternation("capital_prepositions")
    words_file({"forecast_cues": ["plans? to", "vow(?:s"]})
    with pytest.raises(ValueError, match=r"event_words\.yaml: bad forecast_cues pattern"):
        alternation("forecast_cues")
    words_file({})
    with pytest.raises(ValueError, match=r"event_words\.yaml: no 'title_verbs' patterns"):
        alternation("title_verbs")
    words_file({"title_verbs": ["entitled", "dubbed"]})
    assert alternation("title_verbs") == "(?:entitled)|(?:dubbed)"


def test_the_run_up_of_an_event_is_no_event_of_its_own():
    from khaldun.events.triggers import RUN_UP, find_triggers

    found = find_triggers("Troops captured the town after days of heavy bombardment.")
    assert [t.surface for t in found if t.role != RUN_UP] == ["captured"]
    assert [(t.surface, t.sub_event_type) for t in found if t.role == RUN_UP] == [
        ("bombardment", None)]
    assert [t.surface for t in find_triggers("Days of clashes killed 40.")] == [
        "clashes", "killed"]


def test_a_bomber_who_is_a_person_is_a_suicide_bombing_not_an_air_strike():
    from datetime import date

    from khaldun import extract
    for text in ("Two female bombers killed 15 people at a market in Maiduguri on Sunday.",
                 "A bomber rammed a truck packed with explosives into a police base in Ghazni."):
        assert [e.sub_event_type for e in extract(text, published=date(2022, 10, 3))] == [
            "Suicide bomb"]


def test_a_vehicle_packed_with_explosives_driven_into_its_target_is_a_suicide_bombing():
    from datetime import date

    from khaldun import extract
    text = ("A car packed with explosives rammed two military vehicles in Kabul on Saturday, "
            "killing 16 people, officials said.")
    [event] = extract(text, published=date(2015, 5, 17))
    assert event.sub_event_type == "Suicide bomb" and event.actor1.inter != 8


def test_the_aim_of_an_offensive_is_no_capture():
    from datetime import date

    from khaldun import extract
    text = ("Troops pressed an offensive to retake the city of Tikrit on Tuesday, "
            "police said.")
    subs = {e.sub_event_type for e in extract(text, published=date(2015, 3, 4))}
    assert "Government regains territory" not in subs


def test_a_capture_a_week_before_the_one_reported_is_its_run_up():
    from datetime import date

    from khaldun import extract
    text = ("Militia fighters seized the hamlet of Tall Sabir on Friday after two weeks of "
            "capturing the town of Qarmal, residents said.")
    events = extract(text, published=date(2019, 1, 3))
    assert [e.location.name for e in events] == ["Tall Sabir"]


def test_launching_an_attack_of_a_named_weapon_is_that_weapons_attack():
    drone = {s for _, s, _ in subs("Rebels launched a drone attack on the base.")}
    assert "Armed clash" not in drone and "Air/drone strike" in drone
    assert "Armed clash" in {s for _, s, _ in subs("Rebels launched a fierce attack on the base.")}


def test_parties_that_agreed_on_a_day_to_a_truce_made_an_agreement():
    text = ("The government and the rebels agreed on Sunday to exchange hundreds of prisoners "
            "and to a ceasefire in the port city of Hodeidah, the United Nations envoy said.")
    assert "Agreement" in {t.sub_event_type for t in find_triggers(text, frozenset())}


def test_a_noun_after_to_be_makes_no_forecast():
    text = "Gunmen thought to be herdsmen killed nine farmers in Benue state on Sunday."
    assert "killed" in [t.surface for t in find_triggers(text)]
    assert not [t for t in find_triggers("Two prisoners are to be executed on Friday.")
                if t.role == "kill"]


def test_a_text_searched_again_is_matched_once(monkeypatch):
    """A sentence is searched for triggers twice (its predecessor's protest check, then its
    own analysis): the lexicon's patterns run over it once, to the same triggers."""
    from khaldun.events import triggers

    calls = []
    patterns = triggers._lexicon()[1]
    real = type(patterns).matches

    def counted(self, text):
        calls.append(text)
        return real(self, text)

    monkeypatch.setattr(type(patterns), "matches", counted)
    monkeypatch.setattr(triggers, "_matched", {}, raising=False)
    text = "Gunmen stormed the market of Qarvella and shot two guards dead."
    first = find_triggers(text)
    again = find_triggers(text, frozenset({"Peaceful protest"}))
    assert calls == [text]
    assert [(t.start, t.end, t.sub_event_type, t.role) for t in first] == [
        (t.start, t.end, t.sub_event_type, t.role) for t in again]
