"""docs/schema.md documents every column, and is what the code generates today."""

from pathlib import Path

from khaldun.export.schema_doc import columns, render, undocumented

SCHEMA_MD = Path(__file__).parents[2] / "docs" / "schema.md"


def test_every_column_is_documented():
    assert undocumented() == []
    assert len(columns()["ucdp"]) == 49


def test_schema_md_is_up_to_date():
    assert SCHEMA_MD.read_text(encoding="utf-8") == render(), (
        "regenerate: python -m khaldun.export.schema_doc > docs/schema.md"
    )
