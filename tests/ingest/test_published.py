"""Publication dates in any common form, and khaldun.extract dating a text like the CLI."""

from __future__ import annotations

from datetime import date

import pytest

import khaldun
from khaldun.ingest.files import article_from_text
from khaldun.ingest.published import parse_published


@pytest.mark.parametrize(
    "value", ["2016-03-12", "12 March 2016", "March 12, 2016", "12/03/2016", "2016-03-12T08:00Z"]
)
def test_common_forms(value):
    assert parse_published(value) == date(2016, 3, 12)


@pytest.mark.parametrize("value", ["banana", "March 12", ""])
def test_not_a_date_is_a_clear_error(value):
    with pytest.raises(ValueError, match="is not a date"):
        parse_published(value)


def test_the_dateline_wins_over_published():
    text = "ALEPPO, March 11, 2016 - A car bomb exploded on Thursday near a bakery in Aleppo."
    article = article_from_text(text, published="20 March 2016")
    assert (article.published, article.published_from) == (date(2016, 3, 11), "dateline")
    undated = article_from_text("A car bomb exploded near a bakery.", published="20 March 2016")
    assert (undated.published, undated.published_from) == (date(2016, 3, 20), "flag")


def test_extract_uses_the_dateline():
    text = "ALEPPO, March 11, 2016 - A car bomb exploded on Thursday in Aleppo, killing five."
    (event,) = khaldun.extract(text)
    assert event.date_start == date(2016, 3, 10)
    with pytest.raises(ValueError, match="not a date"):
        khaldun.extract(text, published="soon")
