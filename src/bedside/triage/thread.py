"""Thread risk (G17): is this conversation turning bad, and is it time to step away?

From a thread's replies in time order: a negative opening tone, growing length and engagement, replies
less than 5 minutes apart, the share of anonymous-looking accounts, and escalation (more hostility in the
second half than the first). A score in [0, 1] with its reasons, and the advice to step away when high.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from bedside.triage.classify import HOSTILE, Classification
from bedside.triage.reply import Reply

FAST_SECONDS = 300
STEP_AWAY = 0.6


@dataclass(frozen=True, slots=True)
class ThreadRisk:
    thread: str
    replies: int
    score: float
    level: str
    reasons: tuple[str, ...]
    advice: str

    def to_dict(self) -> dict[str, object]:
        return {
            "thread": self.thread,
            "replies": self.replies,
            "score": round(self.score, 2),
            "level": self.level,
            "reasons": list(self.reasons),
            "advice": self.advice,
        }


def thread_risk(thread: str, items: Sequence[tuple[Reply, Classification]]) -> ThreadRisk:
    ordered = sorted(items, key=lambda rc: (rc[0].created_at is None, rc[0].created_at or 0))
    n = len(ordered)
    reasons: list[str] = []
    score = 0.0
    hostile = [rc[1].label in HOSTILE for rc in ordered]
    if n and (hostile[0] or ordered[0][1].tone >= 0.5):
        score += 0.15
        reasons.append(f"it opened on a negative note ({ordered[0][1].label})")
    share = sum(hostile) / n if n else 0.0
    if share:
        score += 0.35 * share
        reasons.append(f"{sum(hostile)} of {n} replies are hostile")
    if any(rc[1].label in ("threat", "doxxing") for rc in ordered):
        score += 0.3
        reasons.append("it contains a threat or your private information")
    if n >= 4:
        half = n // 2
        first, second = sum(hostile[:half]) / half, sum(hostile[half:]) / (n - half)
        if second > first:
            score += 0.15
            reasons.append(
                f"it is escalating: hostile replies {first:.0%} in the first half, {second:.0%} in the second"
            )
        lengths = [len(rc[0].text) for rc in ordered]
        if sum(lengths[half:]) / (n - half) > 1.3 * sum(lengths[:half]) / half:
            score += 0.05
            reasons.append("replies are getting longer")
    if n >= 10:
        score += 0.1
        reasons.append(f"{n} replies: engagement is growing")
    stamps = [rc[0].created_at for rc in ordered if rc[0].created_at is not None]
    gaps = [(b - a).total_seconds() for a, b in itertools.pairwise(stamps)]
    if gaps:
        fast = sum(g < FAST_SECONDS for g in gaps) / len(gaps)
        if fast >= 0.5 and len(gaps) >= 2:
            score += 0.15 * fast
            reasons.append(f"{fast:.0%} of replies came less than 5 minutes apart")
    anonymous = sum(rc[1].signals.anonymous for rc in ordered) / n if n else 0.0
    if anonymous >= 0.3 and n >= 3:
        score += 0.15 * anonymous
        reasons.append(f"{anonymous:.0%} of the accounts look anonymous or new")
    score = min(1.0, score)
    level = "high" if score >= STEP_AWAY else "medium" if score >= 0.3 else "low"
    advice = {
        "high": "Step away: do not reply in this thread now. Mute it, log what matters, and come back later if at all "
        "(G17, G23).",
        "medium": "Resist a quick response: re-read in context before you reply, and reply once, for the onlookers (G19).",
        "low": "A normal conversation.",
    }[level]
    return ThreadRisk(thread, n, score, level, tuple(reasons), advice)
