"""claims stage."""

import khaldun.nlp  # noqa: F401  (spaCy imported the way khaldun.nlp imports it)
