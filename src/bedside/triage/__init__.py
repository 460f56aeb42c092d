"""Triage of incoming replies (#6; G16-G21): a label with its reasons, thread risk, the 5 R's, evidence.

``triage(replies, ...)`` is a pure function over records (no I/O): classification, thread risk per
thread (replies grouped by ``in_reply_to``), a recommended action with its rationale and, for replies
that deserve an answer, a draft that is itself checked by bedside's engine.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from bedside.triage.actions import Recommendation, recommend, steps_for
from bedside.triage.classify import Classification, ToneScorer, classify, handle_key, keyed_hash
from bedside.triage.labels import LABELS
from bedside.triage.menace import ReplyModels
from bedside.triage.reply import Author, Reply, ReplyError, reply_from_dict
from bedside.triage.thread import ThreadRisk, thread_risk

SCHEMA = "bedside.triage/1"
DraftChecker = Callable[[str], dict[str, Any]]

__all__ = [
    "LABELS",
    "SCHEMA",
    "Author",
    "Reply",
    "ReplyError",
    "ReplyModels",
    "TriageResult",
    "handle_key",
    "keyed_hash",
    "reply_from_dict",
    "triage",
]


@dataclass(frozen=True, slots=True)
class TriageResult:
    reply: Reply
    classification: Classification
    recommendation: Recommendation
    thread: ThreadRisk | None
    steps: dict[str, str]
    draft_check: dict[str, Any] | None

    def to_dict(self) -> dict[str, Any]:
        c, r = self.classification, self.recommendation
        out: dict[str, Any] = {
            "schema": SCHEMA,
            "id": self.reply.id,
            "label": c.label,
            "action": r.action,
            "also": list(r.also),
            "reasons": list(c.reasons),
            "rationale": r.rationale,
            "urgency": c.urgency,
            "patient_question": c.patient_question,
            "own_patient": c.own_patient,
            "log_evidence": r.log_evidence,
            "author": {"handle": self.reply.author.handle, "display_name": self.reply.author.display_name},
            "author_signals": list(c.signals.reasons),
            "text": self.reply.text,
            "created_at": self.reply.created_at.isoformat().replace("+00:00", "Z")
            if self.reply.created_at
            else None,
            "url": self.reply.url,
            "steps": self.steps,
        }
        if r.draft is not None:
            out["draft"] = r.draft
            if self.draft_check is not None:
                errors = [f for f in self.draft_check.get("findings", []) if f.get("severity") == "error"]
                out["draft_check"] = {
                    "ready": not errors,
                    "findings": [f"{f['code']} {f['message']}" for f in self.draft_check.get("findings", [])],
                }
        if self.thread is not None:
            out["thread_risk"] = self.thread.to_dict()
        return out


def triage(
    replies: Sequence[Reply],
    *,
    platform: str = "x",
    tone: ToneScorer | None = None,
    is_own_patient: Callable[[str], bool] | None = None,
    check_draft: DraftChecker | None = None,
    menace: ReplyModels | None = None,
) -> list[TriageResult]:
    """Triage ``replies`` (in input order); a thread's risk is attached to each of its replies. ``menace``
    (``ReplyModels.load()``, the shipped threat and doxxing models) finds what the patterns miss."""
    classified = [(r, classify(r, tone, is_own_patient, menace)) for r in replies]
    threads: dict[str, list[tuple[Reply, Classification]]] = defaultdict(list)
    for r, c in classified:
        if r.in_reply_to:
            threads[r.in_reply_to].append((r, c))
    risks = {t: thread_risk(t, items) for t, items in threads.items()}
    drafts: dict[str, dict[str, Any]] = {}
    out = []
    for r, c in classified:
        rec = recommend(c)
        checked = None
        if rec.draft is not None and check_draft is not None:
            checked = drafts.get(rec.draft) or drafts.setdefault(rec.draft, check_draft(rec.draft))
        risk = risks.get(r.in_reply_to) if r.in_reply_to else None
        out.append(TriageResult(r, c, rec, risk, steps_for(platform, rec.action, rec.also), checked))
    return out


def by_urgency(results: Sequence[TriageResult]) -> list[TriageResult]:
    """Most urgent first: threats, doxxing, harassment, your own patients and patients' questions, ..."""
    return sorted(
        results,
        key=lambda t: (t.classification.urgency, -(t.thread.score if t.thread else 0.0)),
    )
