"""The side an attack was aimed at when its victims are named only as people (codebook §3),
on short texts written for these tests."""

from datetime import date

import pytest

from khaldun import extract

PUBLISHED = date(2018, 3, 5)


@pytest.mark.parametrize(
    "text",
    [
        "A bomb exploded near a police checkpoint in Baghdad on Tuesday, killing three people "
        "and wounding ten.",
        "A car bomb exploded outside a police college in Sanaa on Monday, killing 30 people.",
    ],
)
def test_forces_the_blast_was_aimed_at_are_acted_on(text):
    (event,) = extract(text, published=PUBLISHED)
    assert event.actor2 is not None and event.actor2.inter == 1


def test_forces_named_inside_another_noun_are_not_the_target():
    (event,) = extract(
        "A suicide bombing tore through the funeral of a police official in Quetta on Monday, "
        "killing 20 people.",
        published=PUBLISHED,
    )
    assert event.actor2 is not None and event.actor2.inter == 7
