from khaldun.nlp.segment import SENTENCE_MAX_CHARS, split_sentences


def test_offsets_point_into_text():
    text = "Jets struck Idlib on Monday, activists said. The U.S. said nothing.\n\nA new paragraph."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Jets struck Idlib on Monday, activists said.",
        "The U.S. said nothing.",
        "A new paragraph.",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert [s.paragraph for s in sentences] == [0, 0, 1]


def test_closing_quote_stays_with_its_sentence():
    sentences = split_sentences('"The rockets keep falling." He spoke by phone.')
    assert sentences[0].text == '"The rockets keep falling."'


def test_title_line_is_flagged():
    text = "Shelling kills five in Douma\nRegime forces shelled Douma on Monday."
    sentences = split_sentences(text, title="Shelling kills five in Douma")
    assert sentences[0].is_title and not sentences[1].is_title


def test_abbreviations_do_not_split():
    sentences = split_sentences("Gen. Hassan said Lt. Col. Ali was killed. Nothing else.")
    assert len(sentences) == 2


def test_an_unpunctuated_first_line_is_the_headline_without_a_title():
    text = "Car bomb kills nine in Baghdad\n\nA car bomb exploded in Baghdad on Monday."
    assert split_sentences(text)[0].is_title
    body = "A car bomb exploded in Baghdad on Monday.\n\nPolice said nine were killed."
    assert not split_sentences(body)[0].is_title


def test_over_long_sentence_is_cut_at_clause_breaks():
    clause = "rebels attacked army posts near Idlib and Hama, "
    text = "Jets struck Homs, " + clause * 200 + "activists said."
    sentences = split_sentences(text)
    assert len(sentences) > 1
    assert all(len(s.text) <= SENTENCE_MAX_CHARS for s in sentences)
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert all(s.text.endswith(",") for s in sentences[:-1])  # cut after a comma
    assert "".join(s.text for s in sentences).replace(" ", "") == text.replace(" ", "")
