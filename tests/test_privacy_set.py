"""The project's own privacy set (#3): 260 realistic posts on all eight platforms, written for bedside.

140 risky (names, dates, places, records, images, consent, quasi-identifier combinations) and 120 safe
pearls that look risky (eponyms, trials, conferences, public figures, the author's own details). The issue
asks that at least 90% of risky posts be flagged and at most 10% of safe ones.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bedside.draft import Draft
from bedside.engine import Engine

SET = Path(__file__).parent / "data" / "privacy_posts.jsonl"


def _rows() -> list[dict[str, object]]:
    return [json.loads(line) for line in SET.read_text("utf-8").splitlines() if line.strip()]


def _flagged(engine: Engine, row: dict[str, object]) -> bool:
    result = engine.check(Draft(str(row["text"]), str(row["platform"]), bool(row["reply"])))
    return any(f.category.value == "privacy" and f.severity.value != "info" for f in result.findings)


def test_the_set_is_well_formed() -> None:
    rows = _rows()
    assert len(rows) >= 200
    assert {r["platform"] for r in rows} == {
        "x", "bluesky", "mastodon", "threads", "linkedin", "facebook", "instagram", "tiktok"
    }  # fmt: skip
    assert any(r["reply"] for r in rows)
    for row in rows:
        for value in row["identifiers"]:  # type: ignore[attr-defined]
            assert value in row["text"]  # type: ignore[operator]


@pytest.fixture(scope="module")
def outcomes(engine: Engine) -> list[tuple[dict[str, object], bool]]:
    return [(row, _flagged(engine, row)) for row in _rows()]


def test_at_least_90_percent_of_risky_posts_are_flagged(
    outcomes: list[tuple[dict[str, object], bool]],
) -> None:
    risky = [(row, hit) for row, hit in outcomes if row["risky"]]
    missed = [row["text"] for row, hit in risky if not hit]
    assert len(missed) <= len(risky) * 0.10, missed


def test_at_most_10_percent_of_safe_posts_are_flagged(outcomes: list[tuple[dict[str, object], bool]]) -> None:
    safe = [(row, hit) for row, hit in outcomes if not row["risky"]]
    flagged = [row["text"] for row, hit in safe if hit]
    assert len(flagged) <= len(safe) * 0.10, flagged


@pytest.mark.parametrize("kind", ["name", "date", "age>89", "record", "consent-name"])
def test_every_direct_identifier_of_these_kinds_is_flagged(
    outcomes: list[tuple[dict[str, object], bool]], kind: str
) -> None:
    missed = [row["text"] for row, hit in outcomes if row["kind"] == kind and not hit]
    assert len(missed) <= 2, missed  # a missed patient identifier is the worst failure
