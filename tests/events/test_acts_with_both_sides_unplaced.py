"""An act of a violent type not told yet, its two sides named, told with no place of its own
after an event at a town, is an event at that town (the article's focus), not a restatement
dropped for want of a place (texts written for these tests)."""

from datetime import date

from khaldun import extract


def test_forces_repelling_the_attackers_fought_a_battle_there():
    text = (
        "CAIRO, June 3 (Reuters) - Sudan's paramilitary Rapid Support Forces attacked the city "
        "of El Fasher in North Darfur on Sunday, killing at least 30 civilians, a local "
        "resistance committee said on Monday.\n\n"
        "The army said its forces and allied armed groups repelled the assault and killed "
        "dozens of RSF fighters. The RSF said it had taken control of several army positions "
        "on the city's eastern edge, a claim the army denied.\n\n"
        "Fighting between the army and the RSF erupted in April last year and has killed tens "
        "of thousands of people across Sudan."
    )
    found = extract(text, published=date(2024, 6, 4))
    battles = [e for e in found if e.event_type == "Battles"]
    assert battles and battles[0].location.town == "El Fasher"
    assert battles[0].status == "contested"  # the claimed ground, denied (codebook §8.2)


def test_one_side_alone_telling_the_act_again_makes_no_battle():
    text = (
        "The Rapid Support Forces attacked the town of Tawila in North Darfur on Sunday, "
        "killing at least 20 civilians, a local aid group said.\n\n"
        "Residents said the fighters shot people in the streets."
    )
    found = extract(text, published=date(2024, 6, 4))
    assert not [e for e in found if e.event_type == "Battles"]
