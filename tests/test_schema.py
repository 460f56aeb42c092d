"""Every JSON result validates against the shipped JSON Schema."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import jsonschema
import pytest

from tests.conftest import Checker

SCHEMA: dict[str, Any] = json.loads(
    resources.files("bedside").joinpath("schemas/check-1.schema.json").read_text()
)

SAMPLES = [
    ("Mrs. Delgado finished her last cycle today!", "x", False, ()),
    (
        "Saw a 34-year-old kindergarten teacher from Stowe this morning with Merkel cell carcinoma.",
        "x",
        False,
        (),
    ),
    ("Great data for osimertinib in EGFR+ NSCLC", "bluesky", False, ("AstraZeneca",)),
    ("@jen You should stop the letrozole.", "mastodon", True, ()),
    ("word " * 800, "threads", False, ()),
    ("", "linkedin", False, ()),
]


@pytest.mark.parametrize(("text", "platform", "reply", "conflicts"), SAMPLES)
def test_results_validate(
    check: Checker, text: str, platform: str, reply: bool, conflicts: tuple[str, ...]
) -> None:
    jsonschema.validate(check(text, platform, reply, conflicts).to_dict(), SCHEMA)


def test_schema_rejects_a_wrong_result() -> None:
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"schema": "bedside.check/1", "id": None, "platform": "x"}, SCHEMA)
