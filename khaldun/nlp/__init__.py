"""nlp stage.

spaCy is imported here, before any module of the stage uses it, without its command-line
package: `import spacy` imports `spacy.cli` only for `spacy.info`, and with it every spaCy
command and what they import (requests, weasel, pydantic models): a tenth of a CPU-second
of every process's start-up that extraction never uses. `spacy.cli` is imported as usual
when asked for, and `spacy.info` imports it when called.

numpy, imported with it, loads OpenBLAS with one thread unless the environment says
otherwise: its extra threads would spin for a few hundredths of a CPU-second after they
start, only to be held to one thread when the model loads (khaldun.nlp.parse).
"""

import os
import sys
import types

BLAS_THREADS = "OPENBLAS_NUM_THREADS"


def _info(*args, **kwargs):
    """spacy.info, its command-line package imported on first call."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def _import_spacy() -> None:
    if "spacy" in sys.modules:
        return
    stubs = {"spacy.cli": types.ModuleType("spacy.cli"),
             "spacy.cli.info": types.ModuleType("spacy.cli.info")}
    stubs["spacy.cli.info"].info = _info
    sys.modules.update(stubs)
    one_blas_thread = "numpy" not in sys.modules and BLAS_THREADS not in os.environ
    if one_blas_thread:
        os.environ[BLAS_THREADS] = "1"  # read once, as numpy loads OpenBLAS
    try:
        import spacy  # noqa: F401
    finally:
        if one_blas_thread:
            del os.environ[BLAS_THREADS]
        for name in stubs:
            del sys.modules[name]
        if "spacy" in sys.modules:
            sys.modules["spacy"].__dict__.pop("cli", None)


_import_spacy()
