"""Rival accounts of the perpetrator make an event contested (codebook §6)."""

from datetime import date

from khaldun import extract

SUNDAY = date(2021, 1, 10)


def test_a_source_accusing_another_side_contests_who_did_it():
    text = (
        "Houthi fighters shelled a market in Taiz on Sunday, killing five civilians, a local "
        "official said.\n\nThe Houthi-run Saba news agency accused government forces of "
        "shelling the market."
    )
    (shelling,) = extract(text, published=SUNDAY)
    assert shelling.status == "contested"
    assert any(c.kind == "denial" for c in shelling.claims)


def test_a_source_accusing_the_same_side_does_not():
    text = (
        "Houthi fighters shelled a market in Taiz on Sunday, killing five civilians, a local "
        "official said.\n\nThe governor accused the Houthis of shelling the market."
    )
    (shelling,) = extract(text, published=SUNDAY)
    assert shelling.status != "contested"


def test_the_side_claiming_the_act_is_not_the_one_accusing_another():
    text = (
        "A car bomb exploded at an army checkpoint in Tarvel in Deir ez-Zor on Sunday, killing "
        "six soldiers, a war monitor said.\n\nThe Islamic State group claimed responsibility "
        "for the attack, but the Free Syrian Army denied that and blamed government forces."
    )
    (bombing,) = extract(text, published=SUNDAY)
    kinds = {(c.source, c.kind) for c in bombing.claims}
    assert ("Islamic State", "occurred") in kinds, kinds
    assert bombing.status == "contested"


def test_another_side_claiming_the_act_too_contests_who_did_it():
    text = (
        "A car bomb exploded at an army checkpoint in Tarvel in Deir ez-Zor on Sunday, killing "
        "six soldiers, a war monitor said.\n\nAhrar al-Sham claimed responsibility for the "
        "attack. The Islamic State group also claimed responsibility for the bombing."
    )
    (bombing,) = extract(text, published=SUNDAY)
    assert bombing.status == "contested"
    assert any(c.kind == "denial" and c.source == "Islamic State" for c in bombing.claims)


def test_the_perpetrator_claiming_its_own_act_contests_nothing():
    text = (
        "Ahrar al-Sham fighters attacked an army checkpoint in Tarvel in Deir ez-Zor on Sunday, "
        "killing six soldiers, a war monitor said.\n\nAhrar al-Sham claimed responsibility "
        "for the attack."
    )
    (attack,) = extract(text, published=SUNDAY)
    assert attack.status != "contested"
