"""The Finding value and its wire form (schema ``bedside.check/1``).

Findings are immutable: a rule builds one, nothing changes it afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 0, "warning": 1, "info": 2}[self.value]


class Category(StrEnum):
    PRIVACY = "privacy"
    ADVICE = "advice"
    EVIDENCE = "evidence"
    DISCLOSURE = "disclosure"
    TONE = "tone"
    SELF_EXPOSURE = "self_exposure"
    PLATFORM = "platform"
    HASHTAG = "hashtag"


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` with ``replacement`` (an insertion when start == end)."""

    start: int
    end: int
    replacement: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "replacement": self.replacement}


_LEAD_IN = ("in ", "at ", "on ", "from ", "to ", "via ", "of ", ": ", "is ", "- ")


def removal(text: str, start: int, end: int) -> Edit:
    """An edit that deletes text[start:end] cleanly: with the word that led into it ("in room 412",
    "email it to x@y.org") and one of the spaces around it, so no double space or dangling word is left."""
    lead = text[:start]
    for word in _LEAD_IN:
        if lead.endswith(word) and (len(lead) == len(word) or not lead[-len(word) - 1].isalnum()):
            start -= len(word)
            break
    if start > 0 and text[start - 1] == " ":
        start -= 1
    elif end < len(text) and text[end] == " ":
        end += 1
    return Edit(start, end, "")


@dataclass(frozen=True, slots=True)
class Fix:
    """A one-click fix: a title and the edits that apply it."""

    title: str
    edits: tuple[Edit, ...]

    def apply(self, text: str) -> str:
        out = text
        for edit in sorted(self.edits, key=lambda e: e.start, reverse=True):
            out = out[: edit.start] + edit.replacement + out[edit.end :]
        return out

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "edits": [e.to_dict() for e in self.edits]}


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem in a draft, located by character offsets into the draft's text."""

    code: str
    name: str
    category: Category
    severity: Severity
    start: int
    end: int
    message: str
    requirement: str
    suggestion: str | None = None
    fix: Fix | None = None
    evidence: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "category": self.category.value,
            "severity": self.severity.value,
            "start": self.start,
            "end": self.end,
            "message": self.message,
            "suggestion": self.suggestion,
            "requirement": self.requirement,
            "fix": self.fix.to_dict() if self.fix else None,
            "evidence": list(self.evidence),
        }


SCHEMA_CHECK = "bedside.check/1"


@dataclass(frozen=True, slots=True)
class CheckResult:
    """Everything ``bedside check`` reports about one draft."""

    id: str | None
    platform: str
    count: int
    limit: int
    findings: tuple[Finding, ...]
    suggested_hashtags: tuple[str, ...]

    @property
    def has_error(self) -> bool:
        return any(f.severity is Severity.ERROR for f in self.findings)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA_CHECK,
            "id": self.id,
            "platform": self.platform,
            "length": {"count": self.count, "limit": self.limit},
            "findings": [f.to_dict() for f in self.findings],
            "suggested_hashtags": list(self.suggested_hashtags),
        }
