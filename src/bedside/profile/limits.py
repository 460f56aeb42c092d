"""Each platform's profile limits (display name and bio), counted in graphemes (#5, G25).

Figures from the platforms' own help pages and lexicons as of 2026 (platforms.md for Bluesky's lexicon):
LinkedIn's "bio" here is the headline, the line shown under the name everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from bedside.platforms import Platform

_GRAPHEME = regex.compile(r"\X")


@dataclass(frozen=True, slots=True)
class ProfileLimits:
    display_name: int
    bio: int
    bio_label: str = "bio"


PROFILE_LIMITS: dict[Platform, ProfileLimits] = {
    Platform.X: ProfileLimits(50, 160),
    Platform.BLUESKY: ProfileLimits(64, 256, "description"),
    Platform.MASTODON: ProfileLimits(30, 500),
    Platform.THREADS: ProfileLimits(30, 150),
    Platform.LINKEDIN: ProfileLimits(60, 220, "headline"),
    Platform.FACEBOOK: ProfileLimits(50, 101, "intro"),
    Platform.INSTAGRAM: ProfileLimits(30, 150),
    Platform.TIKTOK: ProfileLimits(30, 80),
}


def graphemes(text: str) -> int:
    """What a reader sees as characters ("👩🏽‍⚕️" is one)."""
    return len(_GRAPHEME.findall(text))
