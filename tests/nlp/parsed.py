"""Helpers of the grammar tests: the parse of a test sentence, and a word's offsets in it."""

from khaldun.nlp.grammar import Grammar
from khaldun.nlp.parse import parse, sentence_span
from khaldun.nlp.segment import split_sentences


def grammar_of(text: str) -> Grammar:
    """The grammar of the text's first sentence."""
    sentences = split_sentences(text)
    doc = parse(text, sentences)
    return Grammar(sentence_span(doc, sentences[0]), sentences[0].start)


def at(text: str, word: str) -> tuple[int, int]:
    """The offsets of the word's first occurrence in the text."""
    start = text.index(word)
    return start, start + len(word)
