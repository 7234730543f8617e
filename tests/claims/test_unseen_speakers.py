"""Who speaks in short wire stories written for these tests: tolls stated by a body the
dictionaries lack, a speaker named again in other words, and the status that follows."""

from datetime import date

from khaldun import extract

PUBLISHED = date(2024, 5, 7)


def claims_of(text: str) -> list[tuple[str, str, object]]:
    events = extract(text, published=PUBLISHED)
    return [(c.source, c.kind, c.value) for e in events for c in e.claims]


def test_who_puts_the_toll_at_a_figure_is_its_source():
    text = (
        "DODOMA (AP) - Clashes between two clans near the village of Kibaigwa killed at least "
        "18 people on Sunday, police said.\n\n"
        "The Tanzania Relief Society put the death toll at 25 and said dozens were hurt."
    )
    assert ("Tanzania Relief Society", "fatalities", 25) in claims_of(text)


def test_the_army_putting_the_toll_at_a_figure_speaks_as_the_army():
    text = (
        "NIAMEY (AFP) - Gunmen killed about 30 villagers in an attack on the village of "
        "Tinkim in western Niger on Friday, a local official said.\n\n"
        "The army put the toll at 11 in a statement on Saturday."
    )
    sources = {s for s, kind, _ in claims_of(text) if kind == "fatalities"}
    # the same source as "the army said": one army is not two sources
    assert sources == {"local officials", "army"}, sources


def test_the_spokesman_set_beside_a_name_is_the_spokesman_named_before():
    text = (
        "SANAA (Reuters) - A landmine hit a bus near the town of Haradh on Monday, killing "
        "four passengers, a police spokesman said.\n\n"
        "Colonel Saleh Nasser, the spokesman, said the mine had been laid by Houthi fighters."
    )
    assert {s for s, _, _ in claims_of(text)} == {"police"}


def test_a_title_before_a_name_teaches_the_name():
    text = (
        "NAIROBI (Reuters) - Gunmen killed five travellers on the road near the town of "
        "Mandera on Tuesday, police said.\n\n"
        "Regional police chief Amos Kibet said the attackers fled toward the border. "
        '"We are pursuing them," Kibet said.'
    )
    sources = {s for s, _, _ in claims_of(text)}
    assert "Kibet" not in sources and sources == {"police"}, sources


def test_an_armed_group_named_before_its_spokesman_speaks():
    text = (
        "BUNIA, Congo (AFP) - Militiamen attacked a camp for displaced people near Beni on "
        "Sunday, killing 14 civilians, the army said.\n\n"
        "ADF spokesman Jean Ngabu denied the group was behind the attack."
    )
    assert any(kind == "denial" and s.startswith("ADF") for s, kind, _ in claims_of(text))


def test_a_speaker_saying_an_act_did_not_happen_denies_it():
    text = (
        "ADDIS ABABA (Reuters) - Rebel fighters seized the town of Debre Sina on Wednesday "
        "after heavy fighting, residents said.\n\n"
        "A government spokesman, Lemma Tadesse, said the rebels had not entered the town."
    )
    (event,) = extract(text, published=PUBLISHED)
    assert event.status == "contested"
    assert any(c.kind == "denial" and c.quote.startswith("A government") for c in event.claims)


def test_a_denier_who_gives_a_toll_of_its_own_counts_in_the_range():
    text = (
        "KABUL (AFP) - Taliban fighters attacked an army post in the Andar district of Ghazni "
        "province on Monday, killing six soldiers, the defence ministry said.\n\n"
        "A Taliban spokesman denied that any fighters were lost and said 25 soldiers were "
        "killed."
    )
    (event,) = extract(text, published=PUBLISHED)
    assert (event.fatalities.low, event.fatalities.high) == (6, 25)
    assert event.status == "contested"
