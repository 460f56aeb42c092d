"""The audit's batch step and ranking (#7): a pure function over records, run on every core.

``audit_records(records)`` takes plain item records (``ArchiveItem.record()``) and returns them with their
findings and a risk score. It holds no state between calls beyond the engine each worker process builds
once, so a distributed engine can run the same function over a corpus. Platform-length and hashtag
findings are left out: an old post's length or tags do not put anyone at risk.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from typing import Any

from bedside import __version__
from bedside.draft import MAX_TEXT_CHARS, Draft, DraftError
from bedside.engine import Engine
from bedside.profile.audit import ProfileCheck
from bedside.rules import Registry
from bedside.rules.base import RuleDocs
from bedside.rules.privacy.model import load_privacy_model
from bedside.settings import Settings

SKIPPED_CATEGORIES = ("platform", "hashtag")
# TON004 reads each whole post with a second tone model: 20% more time on a 100,000-post audit, for the
# least urgent category of an old post (TON001-TON003 still run). PHI009 stays: privacy comes first.
SKIPPED_RULES = ("TON004",)
_SEVERITY = {"error": 10.0, "warning": 3.0, "info": 0.0}
_CATEGORY = {
    "privacy": 3.0,
    "self_exposure": 2.0,
    "advice": 2.0,
    "disclosure": 1.5,
    "tone": 1.5,
    "evidence": 1.0,
}
_KIND = {"dm": 2.0, "reply": 1.2, "post": 1.0, "profile": 1.0}
# One audited item as the store keeps it and the JSON report gives it (bedside.audit/1). Changing it changes
# RESULT_FORMAT, so results stored in the older shape are audited again.
ITEM_KEYS = ("id", "platform", "kind", "created_at", "url", "text", "deleted", "risk", "findings")
RESULT_FORMAT = "2"
# The audit's own finding, for an item it could not check: documented like a rule (`bedside rule AUD001`).
UNREADABLE = ProfileCheck(
    code="AUD001",
    name="unreadable",
    missing=None,
    severity="warning",
    requirement="G22",
    summary="An archive item bedside could not check (too long, control characters, broken text).",
    docs=RuleDocs(
        what=(
            "Marks an item of an archive that no rule could read: longer than 100,000 characters, holding "
            "control characters or lone surrogates. The message says which. It is ranked with the privacy "
            "findings, so it is read, not skipped."
        ),
        why=(
            "Everything posted online should be considered permanent (G4, G22): an item bedside cannot read "
            "is one it cannot vouch for, so you read it yourself."
        ),
        example="A 2014 post of 120,000 characters pasted from a document.",
        use_instead="Open the item from the report's link and read it; delete it if it names a patient.",
        source=(
            "G22 (audit your history: everything posted is permanent); Beltrán Ponce et al., Future Oncology "
            "2022, doi:10.2217/fon-2021-1366"
        ),
    ),
    category="audit",
)
AUDIT_CHECKS = (UNREADABLE,)
_WORKER: list[tuple[Engine, Settings]] = []  # one per worker process, built by init_worker (never at import)


def audit_registry() -> Registry:
    chosen = Registry.default().select(ignore=SKIPPED_CATEGORIES)
    return Registry(tuple(r for r in chosen if r.code not in SKIPPED_RULES))


def rule_version(registry: Registry, settings: Settings | None = None) -> str:
    """Changes whenever bedside, its rule set or the settings that change findings (conflicts, the author)
    change: a re-run re-audits only then."""
    digest = hashlib.sha256(f"{__version__}/{RESULT_FORMAT}".encode())
    if settings is not None:
        digest.update(repr((settings.author, settings.conflicts, settings.limits)).encode())
    for r in registry:
        digest.update(f"{r.code}:{r.since}:{r.status};".encode())
    return digest.hexdigest()[:12]


def init_worker(settings: Settings | None = None) -> None:
    engine = Engine(audit_registry())
    engine.warm()
    _WORKER[:] = [(engine, settings or Settings())]


def risk(kind: str, findings: Sequence[dict[str, Any]]) -> float:
    """Higher first: identifiable patients and direct messages lead (an error in privacy counts most)."""
    score = sum(_SEVERITY.get(f["severity"], 0.0) * _CATEGORY.get(f["category"], 1.0) for f in findings)
    if any(f["category"] == "privacy" and f["severity"] == "error" for f in findings):
        score += 50.0
    return round(score * _KIND.get(kind, 1.0), 1)


def _body(record: dict[str, Any]) -> str:
    text = str(record.get("text", ""))
    extra = [t for t in record.get("extra", []) if isinstance(t, str)]
    return "\n\n".join([text, *extra])[:MAX_TEXT_CHARS]


def audit_records(
    records: Iterable[dict[str, Any]], engine: Engine | None = None, settings: Settings | None = None
) -> list[dict[str, Any]]:
    """Each record with ``findings`` (the shape of ``bedside check``, with the user's settings: their
    conflicts, their own name and employer) and ``risk``."""
    if engine is None:
        if not _WORKER:
            init_worker(settings)
        engine, worker_settings = _WORKER[0]
        settings = settings or worker_settings
    settings = settings or Settings()
    records = list(records)
    # PHI009's drafts model scores the whole batch at once (numpy); each post's score is then a lookup
    bodies = [_body(r) for r in records]
    engine.resources.get(load_privacy_model).prime(bodies)
    out = []
    for record, body in zip(records, bodies, strict=True):
        platform = str(record.get("platform", "x"))
        findings: list[dict[str, Any]] = []
        if body.strip():
            try:
                found = engine.findings(
                    Draft(body, platform, record.get("kind") in ("reply", "dm"), settings)
                )
                findings = [f.to_dict() for f in found if f.category.value not in SKIPPED_CATEGORIES]
            except DraftError as exc:
                findings = [
                    {
                        "code": UNREADABLE.code,
                        "name": UNREADABLE.name,
                        "category": "privacy",
                        "severity": UNREADABLE.severity,
                        "start": 0,
                        "end": 0,
                        "message": f"bedside could not check this item: {exc}",
                        "suggestion": None,
                        "requirement": UNREADABLE.requirement,
                        "fix": None,
                        "evidence": [],
                    }
                ]
        out.append({**record, "findings": findings, "risk": risk(str(record.get("kind", "post")), findings)})
    return out


def item_of(record: dict[str, Any]) -> dict[str, Any]:
    """An audited record in the report's item shape (``ITEM_KEYS``)."""
    return {k: record.get(k) for k in ITEM_KEYS}
