"""The privacy detectors one by one: each identifier shape it must find, and the look-alike it must pass (#3)."""

from __future__ import annotations

import pytest

from bedside.draft import Draft
from bedside.engine import Engine
from bedside.settings import Author, Settings
from tests.conftest import Checker


def spans(check: Checker, text: str, code: str) -> list[str]:
    return [text[f.start : f.end] for f in check(text).findings if f.code == code]


@pytest.mark.parametrize(
    ("text", "code", "value"),
    [
        # named hospitals from the gazetteer, misspelt as clinicians misspell them
        (
            "Our 52-year-old patient, Lisa K., had her biopsy at Johns Hopkins last spring.",
            "PHI006",
            "Johns Hopkins",
        ),
        ("Jane R. was admitted to Cedar Sinai with febrile neutropenia.", "PHI006", "Cedar Sinai"),
        ("My patient transferred to Duke for the trial, fingers crossed for him.", "PHI006", "Duke"),
        # a city as the site of a clinic, and city nicknames
        ("Mary S., 70, was seen at our New York clinic for her second opinion.", "PHI006", "New York"),
        ("Pt is Jack W. from NYC, glioma, started TMZ.", "PHI006", "NYC"),
        ("A 58-year-old man who lives in the Milwaukee area, new myeloma.", "PHI006", "Milwaukee"),
        # the clinician who saw the patient
        (
            "A 62-year-old man with glioblastoma, seen by Dr. Priya Nair at the county hospital.",
            "PHI001",
            "Dr. Priya Nair",
        ),
        ("Robert G seen at clinic with CHF on amlodipine.", "PHI001", "Robert G"),
        (
            "Best practices for post-op care in a 65-year-old male, Mr. Anderson, after his Whipple.",
            "PHI001",
            "Mr. Anderson",
        ),
        # dates: ISO, month-day-year with dashes, month and year beside one patient
        ("Michael H. was seen on 2023-11-14 after his lobectomy.", "PHI002", "2023-11-14"),
        ("Pt 54yo treated on 02-22-2024 for neutropenic fever.", "PHI002", "02-22-2024"),
        (
            "Our 72yo patient, Mr. D. Jones, had his stroke in July 2021 during induction.",
            "PHI002",
            "July 2021",
        ),
        # health plan and record numbers by their labels
        ("Robert Smith, 55, on anticoagulation (HICN: B123456789).", "PHI004", "HICN: B123456789"),
        ("Carla M. admitted with CHF, MedRec# CM-112233.", "PHI004", "MedRec# CM-112233"),
        ("Any insurance issues with HMO-234567 for her?", "PHI004", "HMO-234567"),
        # a hashtag-like record number does not make a sentence an event
        ("Michael S. seen at Mount Sinai on May 4th, 2024 (Patient ID: #MS-334455).", "PHI002", "May 4th"),
    ],
)
def test_finds(check: Checker, text: str, code: str, value: str) -> None:
    found = spans(check, text, code)
    assert any(value in s or s in value for s in found), (found, check(text).findings)


@pytest.mark.parametrize(
    "text",
    [
        "R-CHOP remains the backbone for DLBCL; polatuzumab joined it after POLARIX.",
        "Duke Ellington on the radio during infusion rounds, pure joy.",
        "Pembrolizumab was approved for this cancer in April 2023.",
        "Great talk by Dr. Ana Li on CAR-T toxicity at #ASH25.",
        "Congrats to Dr. Sam Ortiz on joining Johns Hopkins as faculty!",
        "Hodgkin lymphoma cure rates in 2024 are above 85% for early stage disease.",
    ],
)
def test_passes(check: Checker, text: str) -> None:
    assert check.categories(text) & {"privacy"} == set(), check(text).findings


def test_month_and_year_is_a_warning_not_an_error(check: Checker) -> None:
    text = "A 30-year-old woman with epilepsy, evaluated in April 2022, asked about pregnancy."
    dates = [f for f in check(text).findings if f.code == "PHI002"]
    assert dates
    assert all(f.severity.value == "warning" for f in dates)


def test_treating_clinician_is_a_warning(check: Checker) -> None:
    text = "A 62-year-old man with glioblastoma, seen by Dr. Priya Nair at the county hospital."
    doctors = [f for f in check(text).findings if f.code == "PHI001"]
    assert doctors
    assert doctors[0].severity.value == "warning"
    assert "clinician" in doctors[0].message


def test_the_author_naming_themself_as_the_treating_clinician_is_not_flagged(engine: Engine) -> None:
    text = "A 62-year-old man with glioblastoma, seen by Dr. Priya Nair at the county hospital."
    settings = Settings(author=Author(name="Priya Nair"))
    found = [f for f in engine.check(Draft(text, "x", False, settings)).findings if f.code == "PHI001"]
    assert found == []


@pytest.mark.parametrize(
    ("text", "code", "value"),
    [
        # a thread number at the end of the post no longer hides the dates before it (review)
        ("Admitted her on 3/14 with cord compression from breast cancer. 1/3", "PHI002", "3/14"),
        ("Admitted Mrs. Delgado 3/14, surgery 3/16", "PHI002", "3/16"),
        # names with apostrophes and letters beyond ASCII
        ("Mrs. O'Brien finished her last cycle today.", "PHI001", "Mrs. O'Brien"),
        ("Mrs. Núñez finished her last cycle of FOLFOX today!", "PHI001", "Mrs. Núñez"),
        ("My patient José rang the bell this morning.", "PHI001", "José"),
        ("Zoë, age 7, rang the bell after her last chemo.", "PHI001", "Zoë"),
    ],
)
def test_finds_after_review(check: Checker, text: str, code: str, value: str) -> None:
    found = spans(check, text, code)
    assert value in found or any(value in s for s in found), (found, check(text).findings)


@pytest.mark.parametrize(
    "text",
    [
        "Our updated febrile neutropenia pathway, reviewed by Dr. Smith, goes live Monday.",
        "Dr. Lee's clinic is hiring an oncology NP.",
        "My co-fellow just matched at Mayo. So proud of her!",
        "He did his residency at Northwestern and fellowship at Dana-Farber.",
    ],
)
def test_passes_after_review(check: Checker, text: str) -> None:
    assert check.categories(text) & {"privacy"} == set(), check(text).findings


def test_a_place_is_reported_once(check: Checker) -> None:
    text = "My patient was treated at Fox Chase in 2014 and is still NED."
    places = [f for f in check(text).findings if f.code == "PHI006"]
    assert len(places) == 1


@pytest.mark.parametrize("word", ["Chioma", "Roma", "diploma", "aroma", "Oklahoma", "Tacoma"])
def test_a_name_or_word_ending_in_oma_is_no_tumour(word: str) -> None:
    from bedside.rules.patterns import CLINICAL

    assert CLINICAL.search(f"{word} was there") is None


@pytest.mark.parametrize(
    "word", ["carcinoma", "glioblastoma", "mesothelioma", "astrocytoma", "craniopharyngioma"]
)
def test_a_tumour_by_its_stem_is_clinical(word: str) -> None:
    from bedside.rules.patterns import CLINICAL

    assert CLINICAL.search(f"a {word} again") is not None
