"""Publication dates from the text: datelines, date lines, year context."""

from __future__ import annotations

from datetime import date

import pytest

from khaldun.dates.dateline import date_from_text, year_hint
from khaldun.ingest.html import clean_lines


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        ("BEIRUT, April 14 (Reuters) - Jets struck.", 2012, (date(2012, 4, 14), "dateline")),
        (
            "DAMASCUS, Syria, March 5, 2012 (AP) — Shells fell.",
            None,
            (date(2012, 3, 5), "dateline"),
        ),
        ("AMMAN, Jan. 3 (Reuters) - Talks.", 2014, (date(2014, 1, 3), "dateline")),
        ("Homs, 5 March /SANA/ Troops advanced.", 2012, (date(2012, 3, 5), "dateline")),
        ("BAGHDAD, Sept 30 - A car bomb.", 2016, (date(2016, 9, 30), "dateline")),
        ("Headline\nMonday 5 March 2012\nBody.", None, (date(2012, 3, 5), "text")),
        ("Headline\nPublished: March 5, 2012 10:32 GMT\nBody.", None, (date(2012, 3, 5), "text")),
        ("Headline\n2012-03-05\nBody.", None, (date(2012, 3, 5), "text")),
        ("BEIRUT, April 14 (Reuters) - no year known.", None, None),
        ("BEIRUT, February 30 (Reuters) - no such day.", 2012, None),
        ("On Sunday, April 14 - prose, not a dateline.", 2012, None),
        ("Jets struck Homs on March 5, 2012, activists said.", None, None),
    ],
)
def test_date_from_text(text, hint, expected):
    assert date_from_text(text, hint) == expected


def test_dateline_deep_in_text_is_ignored():
    text = "x" * 700 + "\nBEIRUT, April 14 (Reuters) - late."
    assert date_from_text(text, 2012) is None


def test_year_hint_order():
    text = "Fighting since 2011 went on. On March 4, 2013, jets struck."
    others = [date(2010, 1, 1), date(2011, 1, 1), date(2010, 5, 1)]
    assert year_hint(others, None, text) == date(2010, 5, 1)
    assert year_hint([], date(2015, 1, 1), text) == date(2015, 1, 1)
    assert year_hint([], None, text) == 2013
    assert year_hint([], None, "Since 2011 and in 2012.") == 2012
    assert year_hint([], None, "No years.") is None


def test_clean_lines_keeps_prose_drops_template():
    text = "\n".join(
        [
            "Jets strike Homs",
            "By Jane Writer",
            "3 min read",
            "Share on Facebook",
            "Updated: March 5, 2012 10:00",
            "By Sunday, the army took Homs.",
            "Fighting continued.",
            "Advertisement",
            "Fighting continued.",
            "Photo: AFP",
            "(Reporting by Sam Writer in Beirut and Dan Roe in Amman; Writing by Ann Poe; "
            "Editing by Tom Fell)",
            "Editing by Tom Fell",
            "Reporting by the observatory could not be verified independently because access to "
            "the area is restricted by all sides.",
        ]
    )
    assert clean_lines(text, title="Jets strike Homs").splitlines() == [
        "By Sunday, the army took Homs.",
        "Fighting continued.",
        "Reporting by the observatory could not be verified independently because access to the "
        "area is restricted by all sides.",
    ]


def test_nearest_year_around_new_year():
    assert date_from_text("BEIRUT, Dec 31 (AP) - x", date(2013, 1, 2))[0] == date(2012, 12, 31)
    assert date_from_text("BEIRUT, Jan 2 (AP) - x", date(2012, 12, 30))[0] == date(2013, 1, 2)
    assert date_from_text("BEIRUT, June 2 (AP) - x", date(2012, 6, 3))[0] == date(2012, 6, 2)
    assert date_from_text("BEIRUT, Feb 30 (AP) - x", date(2013, 3, 1)) is None
