"""A claim of responsibility told paragraphs after its act, other incidents told in between,
names who did that act (codebook §3; texts written for these tests)."""

from datetime import date

from khaldun import extract

RAIDS = (
        'MAIDUGURI, Nigeria (Reuters) - Gunmen on motorcycles stormed the village of '
        'Kawuri in Borno state on Saturday, shooting residents and burning houses, '
        'killing at least 15 people, local officials said.\n\n'
        '"They came at dusk and opened fire on people returning from the market," said '
        'Bulama Kyari, a community leader who fled to the state capital Maiduguri. He '
        'said the attackers set fire to more than 40 homes before leaving towards the '
        'Sambisa forest.\n\n'
        'No group has claimed the raid, but the area has been the scene of frequent '
        'attacks by Islamist militants fighting to carve out a caliphate in the '
        'northeast.\n\n'
        'In a separate incident on Sunday, a woman wearing an explosive vest set it off at a '
        'crowded bus station in the town of Potiskum in neighbouring Yobe state, killing '
        'eight people and wounding 20 others, police spokesman Toyin Gbadegesin said.\n\n'
        'Nigerian troops backed by Chadian soldiers repelled an attack by Boko Haram '
        'fighters on the town of Gamboru on Sunday, killing dozens of the militants, army '
        'spokesman Chris Olukolade said in a statement. Two soldiers were killed in the '
        'fighting, he said.\n\n'
        'Nigerian air force jets bombed militant camps near the border town of Bama on '
        'Monday, the military said, without giving a toll.\n\n'
        'Members of the Civilian Joint Task Force, a vigilante group that has been '
        'fighting alongside the army, arrested four suspected militants in Maiduguri on '
        'Monday, a spokesman for the group said.\n\n'
        'Boko Haram leader Abubakar Shekau later claimed responsibility for the Kawuri '
        'attack in a video posted online, saying his fighters would continue to target '
        'villages that support the government.'
)

BOMBING = (
        "MOGADISHU (Reuters) - A car bomb exploded near a busy checkpoint in Somalia's "
        'capital Mogadishu on Wednesday, killing at least 12 people, most of them '
        'civilians, police said.\n\n'
        '"The car was packed with explosives and the driver rammed it into the checkpoint '
        'near the ministry," police officer Mohamed Hussein told Reuters. Several '
        'minibuses were destroyed.\n\n'
        'Hours later, African Union peacekeepers clashed with militants in the town of '
        'Afgoye, about 30 km northwest of the capital, a Somali military officer said. '
        'Three soldiers of the AMISOM force were wounded in the fighting, he said.\n\n'
        'In the southern region of Lower Juba, a U.S. drone strike killed four militants '
        'near the town of Jilib on Tuesday, the U.S. Africa Command said in a '
        'statement.\n\n'
        'Separately, clan militias fought over grazing land in the village of Bacaadweyn '
        'in Mudug region on Tuesday, killing seven people, elders said.\n\n'
        'Somali security forces arrested five men suspected of helping to plan the '
        'Mogadishu bombing, the security minister told reporters on Wednesday evening.\n\n'
        'Al Shabaab, which has waged an insurgency against the Western-backed government '
        'for a decade, claimed responsibility for the car bombing in a statement on its '
        'Andalus radio station, saying it had targeted government officials.'
)


def test_a_claim_naming_the_place_of_an_earlier_raid_names_its_perpetrator():
    found = extract(RAIDS, published=date(2015, 3, 2))
    raid = next(e for e in found if e.location.name == "Kawuri")
    assert raid.actor1.name.startswith("Boko Haram")


def test_a_claim_naming_the_only_act_of_its_kind_and_an_aside_on_its_claimant():
    found = extract(BOMBING, published=date(2017, 6, 14))
    bomb = next(e for e in found if e.sub_event_type == "Remote explosive/landmine/IED")
    assert bomb.actor1.name == "Al Shabaab"
