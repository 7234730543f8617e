"""Grammar.tokens gives the sentence's own tokens (made once, `words`), the words the
characters' span holds; a mention's root is remembered."""

from tests.nlp.parsed import at, grammar_of

TEXT = "Gunmen opened fire on a minibus near the market on Tuesday. Two people were hurt."


def test_tokens_are_the_sentences_own_words():
    grammar = grammar_of(TEXT)
    start, end = at(TEXT, "a minibus near")
    tokens = grammar.tokens(start, end)
    assert [t.text for t in tokens] == ["a", "minibus", "near"]
    assert all(any(t is w for w in grammar.words) for t in tokens)


def test_tokens_of_a_partial_word_expand_to_it():
    grammar = grammar_of(TEXT)
    start, end = at(TEXT, "inibus")
    assert [t.text for t in grammar.tokens(start, end)] == ["minibus"]


def test_a_root_is_remembered():
    grammar = grammar_of(TEXT)
    start, end = at(TEXT, "Tuesday")
    assert grammar.root(start, end).text == "Tuesday"
    assert grammar.root(start, end) is grammar.root(start, end)
