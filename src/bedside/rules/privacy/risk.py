"""How many people match the details in a post: the quasi-identifier risk behind PHI008 (#3, G5).

The estimate is the expected number of people who share every detail: the population of the place named
(or, when none is, the author's region) times the probability of each detail. Probabilities come from
public tables shipped as data (data/SOURCES-risk.md): new US cases a year per cancer type with the
median age at diagnosis (SEER, CDC USCS, ACS), and the number of people per occupation or public role
(BLS and official counts). Fewer than 11 expected matches is a "small cell" (the suppression threshold
CMS and CDC apply to published counts); fewer than one means the post most likely describes one person.

The figures are rounded, order-of-magnitude estimates for a warning, not epidemiology.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from bedside.rules.terms import Match, TermMatcher, longest_non_overlapping, read_csv

_DATA = "bedside.rules.privacy.data"

US_POPULATION = 335_000_000
# No place named: those who could recognise the patient live in the author's region, which followers can
# read off the author's profile; a cancer centre draws on about two million people.
DEFAULT_CATCHMENT = 2_000_000
SMALL_COMMUNITY = 5_000  # "our little town", "the same church", "one of our own nurses"
SMALL_CELL = 11  # CMS / CDC cell-size suppression threshold
UNIQUE = 1.0

AGE_SPREAD = 15.0  # years: the spread of ages at diagnosis around a cancer's median
ANY_AGE = 1 / 80  # one year of age among adults, when no diagnosis narrows it
RECENT = 1 / 4  # "this morning", "today": a recent diagnosis or visit, about a season of the year's cases
FAMILY_EVENT = 0.05  # "her daughter's wedding next month"
SEX = 0.5
UNLISTED_OCCUPATION = 300_000  # a job the table does not list: a mid-sized occupation
UNLISTED_PUBLIC_ROLE = 5_000
UNLISTED_RARE = 1_000  # "a rare tumour", a named rarity the table lacks: ~1,000 new US cases a year


@dataclass(frozen=True, slots=True)
class Cancer:
    site: str
    cases: int
    median_age: int


@dataclass(frozen=True, slots=True)
class RiskTables:
    cancers: TermMatcher
    occupations: TermMatcher


def load_risk_tables() -> RiskTables:
    cancers = TermMatcher(
        (row["term"], Cancer(row["site"], int(row["annual_us_cases"]), int(row["median_age"])), False)
        for row in read_csv(_DATA, "incidence.csv")
    )
    occupations = TermMatcher(
        (row["term"], int(row["us_count"]), False) for row in read_csv(_DATA, "occupations.csv")
    )
    return RiskTables(cancers, occupations)


def most_specific(matches: Iterable[Match]) -> Match | None:
    """The rarest of the longest matches: "male breast cancer" over "breast cancer", a mayor over a teacher."""
    kept = longest_non_overlapping(matches)
    if not kept:
        return None
    return min(kept, key=lambda m: m.value.cases if isinstance(m.value, Cancer) else int(m.value))


def age_probability(age: int, cancer: Cancer | None) -> float:
    """P(a patient is exactly this age): around the cancer's median age at diagnosis, else any adult age."""
    if cancer is None:
        return ANY_AGE
    z = (age - cancer.median_age) / AGE_SPREAD
    density = math.exp(-0.5 * z * z) / (AGE_SPREAD * math.sqrt(2 * math.pi))
    return max(density, 1e-4)


@dataclass(frozen=True, slots=True)
class Estimate:
    """The expected number of people who match, and how it was reached (for the finding's message)."""

    population: int
    where: str
    factors: tuple[tuple[str, float], ...]
    cap: float | None = None  # "the only patient ...": the author's own word caps the count at one

    @property
    def expected(self) -> float:
        value = float(self.population)
        for _, p in self.factors:
            value *= p
        return value if self.cap is None else min(value, self.cap)

    def describe(self) -> str:
        k = self.expected
        if k < 1:
            count = "fewer than one person"
        elif k < 2:
            count = "about one person"
        else:
            count = f"about {round(k):,} people"
        return f"{count} in {self.where}"


def audience(labels: Iterable[str]) -> str:
    """Who could recognise the patient, from the kinds of detail given."""
    who: list[str] = []
    table = (
        ("known to staff or community", "your own colleagues"),
        ("occupation or role", "their co-workers and the people they serve"),
        ("public profile", "the public and the local press"),
        ("place", "their neighbours"),
        ("small community", "their whole community"),
        ("community", "their whole community"),
        ("family event", "their family and everyone at the event"),
        ("uniqueness", "anyone who has heard of the case"),
    )
    present = set(labels)
    for label, people in table:
        if label in present and people not in who:
            who.append(people)
    who.append("the patient themself")
    if len(who) == 1:
        return who[0]
    return ", ".join(who[:-1]) + " and " + who[-1]
