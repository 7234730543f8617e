"""Rival accounts of the perpetrator make an event contested (codebook §6)."""

from datetime import date

from khaldun import extract
from khaldun.claims.rivals import told_perpetrator
from khaldun.records import Claim

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


def test_sources_stating_different_perpetrators_contest_who_did_it():
    text = (
        "A roadside bomb exploded near a checkpoint in Ramadi on Sunday, killing four "
        "soldiers.\n\nThe army blamed Islamic State militants, while local officials said a "
        "tribal militia planted the bomb."
    )
    (bombing,) = extract(text, published=SUNDAY)
    assert bombing.status == "contested"
    assert any(c.kind == "denial" and c.source == "local officials" for c in bombing.claims)


def test_a_side_saying_it_acted_rivals_another_claiming_it():
    text = (
        "A rocket fired from Gaza struck an open field near Sderot on Sunday, causing no "
        "injuries, the Israeli military said.\n\nHamas said it had fired the rocket. Islamic "
        "Jihad also claimed responsibility."
    )
    (rocket,) = extract(text, published=SUNDAY)
    assert rocket.status == "contested"


def test_unnamed_gunmen_are_no_rival_to_a_named_group():
    text = (
        "A bomb exploded at a market in Baqubah on Sunday, killing five people.\n\nPolice said "
        "gunmen planted the bomb. A local official said Islamic State militants carried out "
        "the bombing."
    )
    (bombing,) = extract(text, published=SUNDAY)
    assert bombing.status != "contested"


def test_each_side_of_a_battle_telling_its_own_attack_contests_nothing():
    text = (
        "Government troops clashed with Islamic State fighters near Hawija on Sunday.\n\nThe "
        "army said its soldiers killed twelve militants. The Islamic State group said its "
        "fighters attacked an army convoy and killed ten soldiers."
    )
    (clash,) = extract(text, published=SUNDAY)
    assert clash.status != "contested"


def test_a_source_telling_an_accident_rivals_one_telling_who_struck():
    text = (
        "An explosion tore through an arms depot in Khan Sheikhoun on Sunday, killing six "
        "people.\n\nState television said the blast was an accident caused by a technical "
        "fault. Opposition activists said a Russian air strike hit the depot."
    )
    (blast,) = extract(text, published=SUNDAY)
    assert blast.status == "contested"
    assert any(c.kind == "denial" and c.value == "tells an accident" for c in blast.claims)


def test_a_source_telling_the_perpetrator_in_the_passive_rivals_another():
    text = (
        "A roadside bomb exploded near a checkpoint in Ramadi on Sunday, killing four "
        "soldiers.\n\nThe army said Islamic State militants planted the device. Local "
        "officials said the bomb was planted by a tribal militia."
    )
    (bombing,) = extract(text, published=SUNDAY)
    assert bombing.status == "contested"


def test_a_source_counting_the_dead_tells_who_killed_them():
    text = (
        "Islamic State militants killed four soldiers with a roadside bomb near Ramadi on "
        "Sunday, the army said.\n\nLocal officials said a tribal militia planted the bomb."
    )
    (bombing,) = extract(text, published=SUNDAY)
    assert bombing.status == "contested"
    assert any(c.kind == "fatalities" and c.value == 4 for c in bombing.claims)


def test_a_side_killed_in_the_passive_is_not_told_as_the_perpetrator():
    quote = ("Local officials said the two were insurgents killed in fighting with the "
             "army.")
    claim = Claim("local officials", "occurred", None, quote)
    assert told_perpetrator(claim, "AF", SUNDAY) is None
