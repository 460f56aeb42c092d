"""Companies, their aliases, and the oncology drugs each markets (``data/*.csv``)."""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from bedside.rules.terms import TermMatcher, read_csv

_DATA = "bedside.rules.disclosure.data"


@dataclass(frozen=True, slots=True)
class Mention:
    """What a matched term is: the company itself, or a drug (generic or brand) of that company."""

    company: str
    drug: str | None = None
    brand: str | None = None

    def describe(self, term: str) -> str:
        if self.drug is None:
            return term
        if self.brand and term.casefold() == self.brand.casefold():
            return f"{term} ({self.drug}, {self.company})"
        return f"{term} ({self.company})"


# Generic names shared by many makers (old generics, biosimilars) match only through their brands.
_BRAND_ONLY = regex.compile(r"match brand only|biosimilar", regex.IGNORECASE)


def _norm(name: str) -> str:
    return regex.sub(r"[\W_]+", " ", name.casefold()).strip()


# The words a company's legal name ends in; a post names the company without them ("Corvane's new SERD" for a
# declared "Corvane Therapeutics")
_CORPORATE = regex.compile(
    r"(?:\s+(?:Therapeutics|Oncology|Pharmaceuticals?|Pharma|Biopharma|Biosciences?|Biotech(?:nology)?|Biotherapeutics"
    r"|Bio|Labs?|Laboratories|Health(?:care)?|Medical|MedTech|Diagnostics|Sciences|Life\s+Sciences|Group|Holdings|Genomics"
    r"|Imaging|Nutrition|Devices|Technologies|Tech|Systems|Solutions|Instruments|Analytics|AI|Inc\.?|Ltd\.?"
    r"|Limited|LLC|plc|PLC|AG|SA|S\.A\.|GmbH|NV|N\.V\.|Corp\.?|Corporation|Co\.?|Company|&\s+Co\.?),?)+$",
    regex.IGNORECASE,
)


# Bare names that are ordinary words ("Relay for Life", "a compass for new fellows"): only the full name counts
_COMMON_WORDS = frozenset(
    [
        "relay",
        "compass",
        "summit",
        "bridge",
        "beacon",
        "horizon",
        "pioneer",
        "vision",
        "nova",
        "apex",
        "atlas",
        "arrow",
        "anchor",
        "harbor",
        "harbour",
        "legend",
        "genesis",
        "spark",
        "insight",
        "merit",
        "agenda",
        "clarity",
        "vital",
        "vantage",
        "keystone",
        "cornerstone",
        "signal",
        "pulse",
        "bright",
        "blue",
        "black",
        "white",
        "green",
        "red",
        "gold",
        "silver",
        "north",
        "south",
        "east",
        "west",
        "first",
        "prime",
        "core",
        "true",
        "clear",
        "open",
        "hope",
        "life",
        "care",
        "heart",
        "mind",
        "path",
        "way",
        "point",
        "line",
        "star",
        "sun",
        "moon",
        "sky",
        "sea",
        "ocean",
        "river",
        "stone",
        "rock",
        "tree",
        "leaf",
        "seed",
        "root",
        "kite",
        "sage",
        "echo",
        "iris",
        "aurora",
        "mosaic",
        "prism",
        "quest",
        "scholar",
        "shield",
        "sentinel",
        "tandem",
        "vector",
        "zenith",
        "ally",
        "arc",
    ]
)


def short_name(company: str) -> str | None:
    """The company's name without its legal and sector words, when that leaves a distinctive name."""
    short = _CORPORATE.sub("", company.strip())
    if short == company.strip() or len(short) < 4 or short.casefold() in _COMMON_WORDS:
        return None
    return short


class DisclosureIndex:
    def __init__(self) -> None:
        self.companies: dict[str, tuple[str, ...]] = {}
        self._lookup: dict[str, set[str]] = {}
        for row in read_csv(_DATA, "companies.csv"):
            aliases = tuple(a.strip() for a in row["aliases"].split(";") if a.strip())
            self.companies[row["company"]] = aliases
            for name in (row["company"], *aliases):
                self._lookup.setdefault(_norm(name), set()).add(row["company"])
        self.drugs: dict[str, list[tuple[str, str, str | None]]] = {}
        for row in read_csv(_DATA, "drugs.csv"):
            generic = row["generic"]
            brands = [b.strip() for b in row["brands"].split(";") if b.strip()]
            for company in (c.strip() for c in row["companies"].split(";") if c.strip()):
                entries = self.drugs.setdefault(company, [])
                if not _BRAND_ONLY.search(row.get("note", "")):
                    entries.append((generic, generic, None))
                entries.extend((brand, generic, brand) for brand in brands)
        self._known = {_norm(term) for entries in self.drugs.values() for term, _, _ in entries}

    def knows(self, term: str) -> bool:
        """Whether any company's table lists ``term`` (a generic or brand name)."""
        return _norm(term) in self._known

    def resolve(self, name: str) -> frozenset[str]:
        """The canonical companies a declared conflict names (itself when unknown)."""
        key = _norm(name)
        found = self._lookup.get(key)
        if found:
            return frozenset(found)
        # A leading word names every company it starts ("Merck" is Merck & Co. and Merck KGaA).
        prefixed = {c for c in self.companies if _norm(c).startswith(key + " ")} if len(key) >= 4 else set()
        return frozenset(prefixed) if prefixed else frozenset({name.strip()})

    @functools.lru_cache(maxsize=64)  # noqa: B019 - one index per engine, bounded
    def matcher_for(self, companies: frozenset[str]) -> TermMatcher:
        entries: list[tuple[str, Mention, bool]] = []
        for company in companies:
            known = self.companies.get(company)
            bare = short_name(company) if known is None else None  # known companies list their own aliases
            for name in (company, *(known or ()), *((bare,) if bare else ())):
                short = len(name) <= 4 and name.isupper()
                entries.append((name, Mention(company), short))
            for term, generic, brand in self.drugs.get(company, ()):
                entries.append((term, Mention(company, generic, brand), False))
        return TermMatcher(entries)


def load_index() -> DisclosureIndex:
    return DisclosureIndex()
