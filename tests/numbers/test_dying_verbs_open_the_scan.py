"""Every word a victim's own death is told by is found, whatever letter it opens on: the scan's
first-letter shortcut is read from the word lists, not typed beside them."""

from datetime import date

from khaldun import extract
from khaldun.numbers.lexicon import _openers


def test_a_list_of_victims_that_perished_is_counted():
    (event,) = extract("Two soldiers and a civilian perished when a roadside bomb hit their car "
                       "near Kirkuk on Monday, police said.", published=date(2016, 5, 3))
    assert (event.fatalities.low, event.fatalities.high) == (3, 3)


def test_the_letters_a_pattern_opens_on():
    assert _openers(r"(?:the\s+)?(?:dead\s+|lifeless\s+)?body\s+of") == {"t", "d", "l", "b"}
    assert _openers(r"(?:killing|murder)\s+of") == {"k", "m"}
    assert _openers(r"\d+ dead") is None
