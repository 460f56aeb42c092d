"""Every shipped resource loads through importlib.resources (so it reaches the wheel)."""

from __future__ import annotations

import csv
import io
from importlib import resources

import pytest

DATA = [
    ("bedside.rules.hashtags.data", "ontology.csv", {"tag", "disease", "example_terms", "confidence"}),
    ("bedside.rules.hashtags.data", "vocabulary.csv", {"tag", "term", "kind", "match", "weight"}),
    ("bedside.rules.disclosure.data", "drugs.csv", {"generic", "brands", "companies"}),
    ("bedside.rules.disclosure.data", "companies.csv", {"company", "aliases"}),
    ("bedside.rules.privacy.data", "not_names.csv", {"term", "kind", "source"}),
    ("bedside.rules.privacy.data", "first_names.csv", {"name", "frequency_per_100k", "word_like"}),
    ("bedside.rules.privacy.data", "last_names.csv", {"name", "frequency_per_100k"}),
    ("bedside.rules.privacy.data", "places.csv", {"name", "state", "population", "word_like"}),
    ("bedside.rules.privacy.data", "us_states.csv", {"code", "name"}),
]


@pytest.mark.parametrize(("package", "name", "columns"), DATA)
def test_data_file_loads(package: str, name: str, columns: set[str]) -> None:
    text = resources.files(package).joinpath(name).read_text("utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows
    assert columns <= set(rows[0])


def test_drug_table_covers_at_least_150_drugs() -> None:
    text = resources.files("bedside.rules.disclosure.data").joinpath("drugs.csv").read_text("utf-8")
    generics = {row["generic"] for row in csv.DictReader(io.StringIO(text))}
    assert len(generics) >= 150


def test_every_drug_company_is_known() -> None:
    pkg = resources.files("bedside.rules.disclosure.data")
    companies = {
        r["company"] for r in csv.DictReader(io.StringIO(pkg.joinpath("companies.csv").read_text("utf-8")))
    }
    for row in csv.DictReader(io.StringIO(pkg.joinpath("drugs.csv").read_text("utf-8"))):
        for c in filter(None, (c.strip() for c in row["companies"].split(";"))):
            assert c in companies, f"{row['generic']}: {c} is not in companies.csv"


def test_vocabulary_tags_are_in_the_ontology() -> None:
    pkg = resources.files("bedside.rules.hashtags.data")
    tags = {r["tag"] for r in csv.DictReader(io.StringIO(pkg.joinpath("ontology.csv").read_text("utf-8")))}
    for row in csv.DictReader(io.StringIO(pkg.joinpath("vocabulary.csv").read_text("utf-8"))):
        assert row["tag"] in tags
        assert row["match"] in {"ci", "cs"}
        assert 0 < float(row["weight"]) <= 1


def test_json_schema_ships() -> None:
    assert resources.files("bedside").joinpath("schemas/check-1.schema.json").is_file()
