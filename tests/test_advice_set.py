"""The project's own 260 clinician replies (#4): ADV001 flags specific advice and passes general answers."""

from __future__ import annotations

import json
from pathlib import Path

from bedside.draft import Draft
from bedside.engine import Engine

SET = Path(__file__).parent / "data" / "advice_replies.jsonl"


def test_advice_to_strangers_is_caught_without_flagging_general_answers(engine: Engine) -> None:
    rows = [json.loads(line) for line in SET.read_text("utf-8").splitlines() if line.strip()]
    assert len(rows) >= 200
    outcomes = []
    for row in rows:
        result = engine.check(Draft(row["text"], row["platform"], reply=True))
        flagged = any(f.category.value == "advice" and f.severity.value != "info" for f in result.findings)
        outcomes.append((row["label"] == "advice", flagged, row["text"]))
    false_alarms = [t for advice, hit, t in outcomes if hit and not advice]
    caught = sum(1 for advice, hit, _ in outcomes if advice and hit)
    advice_total = sum(1 for advice, _, _ in outcomes if advice)
    assert len(false_alarms) <= 3, false_alarms  # a general answer must not read as advice (measured 0/130)
    precision = caught / (caught + len(false_alarms))
    recall = caught / advice_total
    assert (
        2 * precision * recall / (precision + recall) >= 0.90
    )  # the target; measured 0.98 (125/130)
