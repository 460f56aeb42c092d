"""The quasi-identifier risk estimate behind PHI008 (#3): the tables, the arithmetic, and what it flags."""

from __future__ import annotations

import csv
from importlib import resources

import pytest

from bedside.rules.privacy import risk
from tests.conftest import Checker


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("bedside.rules.privacy.data").joinpath(name).read_text("utf-8")
    return list(csv.DictReader(text.splitlines()))


@pytest.mark.parametrize(
    ("name", "count"), [("incidence.csv", "annual_us_cases"), ("occupations.csv", "us_count")]
)
def test_tables_are_unique_lowercase_sourced_and_positive(name: str, count: str) -> None:
    rows = _rows(name)
    assert len(rows) > 100
    terms = [r["term"] for r in rows]
    assert len(terms) == len(set(terms))
    for row in rows:
        assert row["term"] == row["term"].lower().strip()
        assert int(row[count]) > 0
        assert row["source"].strip()


def test_most_specific_prefers_the_longest_then_the_rarest() -> None:
    tables = risk.load_risk_tables()
    text = "male breast cancer in a retired high school football coach"
    cancer = risk.most_specific(tables.cancers.find(text, text.lower()))
    job = risk.most_specific(tables.occupations.find(text, text.lower()))
    assert cancer is not None
    assert cancer.term == "male breast cancer"
    assert job is not None
    assert job.term == "high school football coach"


def test_age_is_likelier_near_the_median_age_at_diagnosis() -> None:
    prostate = risk.Cancer("prostate", 299_010, 67)
    assert risk.age_probability(67, prostate) > 10 * risk.age_probability(34, prostate)
    assert risk.age_probability(34, None) == risk.ANY_AGE


def test_estimate_multiplies_population_by_each_probability() -> None:
    estimate = risk.Estimate(10_000, "Stowe, VT", (("age", 0.01), ("teacher", 0.01), ("recent", 0.5)))
    assert estimate.expected == pytest.approx(0.5)
    assert estimate.describe() == "fewer than one person in Stowe, VT"
    assert risk.Estimate(1_000, "x", ()).describe() == "about 1,000 people in x"


def test_audience_names_who_could_recognise_the_patient() -> None:
    who = risk.audience(["occupation or role", "place"])
    assert who.startswith("their co-workers")
    assert "neighbours" in who
    assert who.endswith("the patient themself")


def test_rare_combination_is_an_error_with_the_count_and_the_audience(check: Checker) -> None:
    text = (
        "Saw a 34-year-old kindergarten teacher from Stowe this morning with Merkel cell carcinoma, "
        "only the second I've ever seen."
    )
    [finding] = [f for f in check(text).findings if f.code == "PHI008"]
    assert finding.severity.value == "error"
    assert "fewer than one person in Stowe" in finding.message
    assert "co-workers" in finding.message
    assert any(e.startswith("expected matches") for e in finding.evidence)


def test_a_small_cell_with_a_job_is_a_warning(check: Checker) -> None:
    text = "One of our pharmacy techs just found out her lump is cancer. We're all wrecked."
    found = [f for f in check(text).findings if f.code == "PHI008"]
    assert [f.severity.value for f in found] == ["warning"]


@pytest.mark.parametrize(
    "text",
    [
        "Saw a 45-year-old woman with breast cancer this morning: always ask about family history.",
        "A patient in her 40s taught me to always ask about fertility before chemo.",
        "I was diagnosed with thyroid cancer at 29 while in nursing school. Now I'm an oncology nurse.",
        "Anal cancer screening matters for people living with HIV (ANCHOR trial, NEJM 2022).",
    ],
)
def test_common_pearls_and_own_stories_pass(check: Checker, text: str) -> None:
    assert "PHI008" not in check.codes(text)


@pytest.mark.parametrize(
    ("text", "rewrite"),
    [
        (
            "Saw a 34-year-old kindergarten teacher from Stowe this morning with Merkel cell carcinoma, "
            "only the second I've ever seen.",
            "Saw a patient in their 30s with Merkel cell carcinoma.",
        ),
        (
            "One of our pharmacy techs just found out her lump is cancer. We're all wrecked.",
            "A patient just found out her lump is cancer. We're all wrecked.",
        ),
        (
            "The mayor's husband started chemo with us this week. Rooting for him.",
            "A patient started chemo with us. Rooting for him.",
        ),
    ],
)
def test_the_rewrite_keeps_the_lesson_and_drops_who_they_are(check: Checker, text: str, rewrite: str) -> None:
    [finding] = [f for f in check(text).findings if f.code == "PHI008"]
    assert finding.suggestion == rewrite
    assert finding.fix is not None
    assert finding.fix.apply(text) == rewrite


def test_uniqueness_caps_the_count_at_one_person() -> None:
    estimate = risk.Estimate(1_000_000, "Austin, TX", (("lawyer", 0.002),), cap=1.0)
    assert estimate.expected == 1.0
    assert estimate.describe() == "about one person in Austin, TX"


def test_sex_is_not_counted_twice_for_a_cancer_of_one_sex(check: Checker) -> None:
    with_sex = "A 34-year-old man from Chicago, a firefighter, with prostate cancer, seen today."
    without = "A 34-year-old from Chicago, a firefighter, with prostate cancer, seen today."
    a = [f for f in check(with_sex).findings if f.code == "PHI008"]
    b = [f for f in check(without).findings if f.code == "PHI008"]
    assert a
    assert b
    assert [e for e in a[0].evidence if e.startswith("expected")] == [
        e for e in b[0].evidence if e.startswith("expected")
    ]
