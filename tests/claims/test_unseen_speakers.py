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
    assert "reporter" not in sources and len(sources) == 2, sources
