"""Goals to a first plan (#5, G1): Table 2's four goals, Table 1's platforms, and observing first.

Beltrán Ponce et al., Future Oncology 2022, "Building a professional identity", Tables 1 and 2.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bedside.platforms import Platform


@dataclass(frozen=True, slots=True)
class Goal:
    key: str
    title: str
    platforms: tuple[Platform, ...]
    follow: tuple[str, ...]
    first_steps: tuple[str, ...]


GOALS: dict[str, Goal] = {
    g.key: g
    for g in (
        Goal(
            "learn_from_patients",
            "Learn from patients and advocates",
            (Platform.X, Platform.BLUESKY, Platform.INSTAGRAM, Platform.FACEBOOK),
            (
                "disease-specific tweet chats: #BCSM (breast), #LCSM (lung), #BTSM (brain), #GYNCSM "
                "(gynaecologic), #MMSM (myeloma), #AYACSM (adolescents and young adults)",
                "patient advocacy organisations in your disease area",
            ),
            (
                "Observe for a few weeks before posting: read how patients talk about their care.",
                "Join closed patient groups only when the administrator invites you, and say who you are.",
            ),
        ),
        Goal(
            "learn_from_peers",
            "Learn from peers and keep up with the evidence",
            (Platform.X, Platform.BLUESKY, Platform.MASTODON, Platform.LINKEDIN),
            (
                "journals and societies in your field (ASCO, ESMO, ONS, ASTRO, HOPA)",
                "conference hashtags (#ASCO26, #ESMO26, #SABCS26) and journal clubs",
            ),
            ("Follow the accounts your colleagues recommend; read threads on new trials before replying.",),
        ),
        Goal(
            "find_collaborators",
            "Find networks and collaborators",
            (Platform.X, Platform.BLUESKY, Platform.LINKEDIN),
            (
                "trainee and early-career networks in your specialty",
                "researchers whose papers you cite, and the trial groups you work with",
            ),
            ("Share your own work with a plain-language summary; credit co-authors by handle.",),
        ),
        Goal(
            "build_practice",
            "Build or promote a brand or practice",
            (Platform.LINKEDIN, Platform.INSTAGRAM, Platform.FACEBOOK, Platform.TIKTOK),
            (
                "your institution's communications team and its accounts",
                "patient education sources to link to (Cancer.Net, NCCN patient guides, NCI, ACS)",
            ),
            (
                "Ask your institution's communications office about its social-media policy first.",
                "Post education, not advice; never a patient without written consent through your institution.",
            ),
        ),
    )
}


def plan_for(goals: list[str]) -> dict[str, Any]:
    """A short plan for the chosen goals: which platforms, whom to follow, what to do first."""
    chosen = [GOALS[g] for g in goals if g in GOALS]
    platforms: dict[Platform, int] = {}
    for goal in chosen:
        for rank, p in enumerate(goal.platforms):
            platforms[p] = platforms.get(p, 0) + (len(goal.platforms) - rank)
    ranked = sorted(platforms, key=lambda p: -platforms[p])
    steps = ['Spend the first weeks observing ("lurking"): follow, read, and learn each community\'s norms.']
    for goal in chosen:
        steps.extend(s for s in goal.first_steps if s not in steps)
    return {
        "goals": [g.key for g in chosen],
        "platforms": [p.value for p in ranked[:3]],
        "follow": [f for g in chosen for f in g.follow],
        "first_steps": steps,
        "source": "G1; Beltrán Ponce et al., Future Oncology 2022, Tables 1 and 2",
    }
