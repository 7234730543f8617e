"""Every sentence inside one quotation is the speaker's the quotation names once (texts written
for these tests)."""

from datetime import date

import pytest

from khaldun import extract
from khaldun.claims.quotations import quotations, voices
from khaldun.nlp.segment import split_sentences


def sources(text: str) -> dict[str, set[str]]:
    """The sources of each claim, by the first words of the sentence that makes it."""
    out: dict[str, set[str]] = {}
    for event in extract(text, published=date(2020, 3, 5)):
        for claim in event.claims:
            out.setdefault(claim.quote.strip('"“ ')[:20], set()).add(claim.source)
    return out


@pytest.mark.parametrize("text", [
    'Gunmen raided Dogon Kawo in Zamfara state on Tuesday.\n\n"The gunmen came at night. '
    'They shot 12 people they found in the market," said Amina Yusuf, a resident.',
    'Gunmen raided Dogon Kawo in Zamfara state on Tuesday, police said.\n\nAmina Yusuf, a '
    'resident, said: "The gunmen came at night. They shot 12 people they found in the market."',
    'Gunmen raided Dogon Kawo in Zamfara state on Tuesday, police said.\n\nAmina Yusuf, a '
    'resident, said: "The gunmen came at night.\n\n"They burned 30 houses. They shot 12 people '
    'in the market."',
])
def test_each_sentence_of_a_quotation_is_its_speakers(text):
    said = sources(text)
    assert said["They shot 12 people "] == {"residents"}
    assert said.get("The gunmen came at n", {"residents"}) == {"residents"}


def test_a_quotation_in_curly_marks_with_its_speaker_last():
    text = (
        "Houthi rebels shelled Taiz on Thursday, medics said.\n\n“The shells hit the old city. "
        "Five children were killed in one house,” said Fatima Saleh, a teacher who lives nearby."
    )
    assert sources(text)["Five children were k"] == {"residents"}
    assert sources(text)["The shells hit the o"] == {"residents"}


def test_a_quotation_runs_on_into_a_paragraph_that_opens_on_a_quote_mark():
    text = 'Ali said: "We ran.\n\n"They followed. Then it rained."\n\nLater the rain stopped.'
    found = quotations(text, split_sentences(text))
    assert [text[s:e] for s, e in found] == [
        '"We ran.\n\n"They followed. Then it rained."']


def test_an_unclosed_quotation_ends_with_its_paragraph():
    text = 'Ali said: "We ran.\n\nLater the rain stopped. Nobody came.'
    found = quotations(text, split_sentences(text))
    assert [text[s:e] for s, e in found] == ['"We ran.']


def test_the_speaker_of_a_quotation_is_named_outside_its_marks():
    text = '"We ran. They followed," said Ali. "Then it rained." The road was shut.'
    sentences = split_sentences(text)
    spoken = {s.text: v.text for s, v in ((s, voices(text, sentences).get(s.start))
                                          for s in sentences) if v}
    assert spoken == {
        '"We ran.': 'They followed," said Ali.',
        '"Then it rained."': 'They followed," said Ali.',
    }
