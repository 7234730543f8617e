"""Broken dictionaries fail loudly, naming the file and the entry."""

import pytest

from khaldun.actors.dictionary import build
from khaldun.actors.source_lexicon import build_sources

COUNTRIES = {"SY": {"name": "Syria", "demonyms": ["Syrian"], "names": ["Syria"]}}
ROLES = {"state": {"inter": 1, "actor": "Military Forces of {of}", "aliases": ["troops"]}}


def test_duplicate_actor():
    docs = {"a.yaml": {"actors": [{"name": "X", "inter": 2}, {"name": "X", "inter": 3}]}}
    with pytest.raises(ValueError, match="a.yaml: duplicate actor 'X'"):
        build(docs, COUNTRIES, ROLES)


def test_unknown_successor():
    docs = {"a.yaml": {"actors": [{"name": "X", "inter": 2, "successor": "Y"}]}}
    with pytest.raises(ValueError, match="unknown successor 'Y'"):
        build(docs, COUNTRIES, ROLES)


def test_unknown_actor_in_role():
    roles = {"rebels": {"inter": 2, "actor": "Rebels ({country})", "by_country": {"SY": ["Z"]}}}
    with pytest.raises(ValueError, match=r"generic role 'rebels' \(SY\): unknown actor 'Z'"):
        build({}, COUNTRIES, roles)


def test_bare_role_of_an_unknown_country():
    roles = {"state": {"inter": 1, "actor": "Military Forces of {of}", "bare_of": {"SY": "XX"}}}
    with pytest.raises(ValueError, match=r"generic role 'state': bare_of names unknown country"):
        build({}, COUNTRIES, roles)


def test_small_dictionary_builds_and_indexes():
    docs = {"a.yaml": {"actors": [{"name": "Jaish X", "inter": 2, "aliases": ["{army|legion} x"]}]}}
    d = build(docs, COUNTRIES, ROLES)
    assert [e.target.actor for e in d.index.get("Legion X")] == ["Jaish X"]
    assert [e.target.role for e in d.index.get("troops")] == ["state"]


def test_duplicate_source_and_unknown_role_source():
    with pytest.raises(ValueError, match="duplicate source 'S'"):
        build_sources({"sources": [{"name": "S"}, {"name": "S"}]})
    bad_role = {"default": "agency", "by_country": {"SY": "Nope"}, "aliases": ["agency"]}
    with pytest.raises(ValueError, match=r"role 'agency' \(SY\): unknown source 'Nope'"):
        build_sources({"sources": [{"name": "S"}], "roles": {"agency": bad_role}})


def test_default_role_must_exist():
    with pytest.raises(ValueError, match="'Grenade' names unknown role 'bombers'"):
        build({}, COUNTRIES, ROLES, {"Grenade": "bombers"})
