"""Folding, alias expansion and whole-word longest matching."""

from khaldun.actors.phrases import PhraseIndex, cased_spans, expand, fold


def test_fold_keeps_length_and_plain_forms():
    text = "Al-Nusra\u2019s fighters \u2014 Ḥayʼat"
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded.startswith("al nusra's fighters")
    assert "hay'at" in folded


def test_expand_braces_including_empty_option():
    assert expand("{the |}syrian {army|troops}") == [
        "the syrian army",
        "the syrian troops",
        "syrian army",
        "syrian troops",
    ]


def test_cased_spans_find_acronyms_only():
    assert [t for _, _, t in cased_spans("US led coalition")] == ["US"]
    assert [t for _, _, t in cased_spans("U.S. troops")] == ["U.S."]
    assert cased_spans("regime forces") == ()


def test_word_boundaries_and_longest_match():
    index: PhraseIndex[str] = PhraseIndex()
    index.add_all(["army", "free syrian army", "syrian army"], "x")
    hits = index.find("The Free Syrian Army fought; armyworm spread; the army left.")
    assert [h.surface for h in hits] == ["Free Syrian Army", "army"]


def test_acronym_alias_needs_its_case():
    index: PhraseIndex[str] = PhraseIndex()
    index.add_all(["IS"], "islamic state")
    assert index.find("This is fine") == []
    assert [h.surface for h in index.find("IS fighters attacked")] == ["IS"]


def test_offsets_point_into_original_text():
    index: PhraseIndex[str] = PhraseIndex()
    index.add("jaish al islam", "x")
    text = "Fighters of Jaish\u2011al\u2011Islam withdrew"
    (hit,) = index.find(text)
    assert text[hit.start : hit.end] == "Jaish\u2011al\u2011Islam"


def test_find_again_after_adding_an_alias():
    index: PhraseIndex[str] = PhraseIndex()
    index.add("river guards", "guards")
    text = "River guards and hill scouts met"
    first = index.find(text)
    first.clear()  # a caller's list is its own
    assert [h.surface for h in index.find(text)] == ["River guards"]
    index.add("hill scouts", "scouts")
    assert [h.surface for h in index.find(text)] == ["River guards", "hill scouts"]
