"""Each platform's limits and conventions, as values (Table 1 of the paper; platforms.md)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bedside.platforms import counting
from bedside.platforms.counting import Counter, LengthReport


class Platform(StrEnum):
    X = "x"
    BLUESKY = "bluesky"
    MASTODON = "mastodon"
    THREADS = "threads"
    LINKEDIN = "linkedin"
    FACEBOOK = "facebook"
    INSTAGRAM = "instagram"
    TIKTOK = "tiktok"


class UnknownPlatformError(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class PlatformSpec:
    platform: Platform
    display: str
    limit: int
    counter: Counter
    counting: str
    has_threads: bool
    byte_limit: int | None = None
    max_links: int | None = None
    max_hashtags: int | None = None
    links_clickable: bool = True

    def within(self, text: str, limit: int | None = None) -> bool:
        """Whether ``text`` is within the limits; counted only when a quick ceiling does not already say so
        (checking whether each fix still fits would otherwise count every post once per fix)."""
        ceiling = counting.CEILINGS.get(self.counter)
        if (
            ceiling is not None
            and ceiling(text) <= (limit or self.limit)
            and (self.byte_limit is None or 4 * len(text) <= self.byte_limit)
        ):
            return True
        return not self.measure(text, limit).over

    def measure(self, text: str, limit: int | None = None) -> LengthReport:
        return LengthReport(
            count=self.counter(text),
            limit=limit or self.limit,
            byte_count=counting.utf8_length(text) if self.byte_limit else None,
            byte_limit=self.byte_limit,
        )


PLATFORMS: dict[Platform, PlatformSpec] = {
    Platform.X: PlatformSpec(
        Platform.X,
        "X",
        280,
        counting.x_weighted_length,
        "weighted characters: a link counts 23, an emoji 2, CJK characters 2",
        True,
    ),
    Platform.BLUESKY: PlatformSpec(
        Platform.BLUESKY,
        "Bluesky",
        300,
        counting.bluesky_length,
        "graphemes (what you see as one character), at most 3,000 bytes",
        True,
        byte_limit=3000,
    ),
    Platform.MASTODON: PlatformSpec(
        Platform.MASTODON,
        "Mastodon",
        500,
        counting.mastodon_length,
        "graphemes; a link counts 23; @user@server counts as @user; each server sets its own limit",
        True,
    ),
    Platform.THREADS: PlatformSpec(
        Platform.THREADS,
        "Threads",
        500,
        counting.threads_length,
        "characters, with each emoji counted as its UTF-8 byte length; at most 5 links",
        True,
        max_links=5,
    ),
    Platform.LINKEDIN: PlatformSpec(
        Platform.LINKEDIN,
        "LinkedIn",
        3000,
        counting.plain_length,
        "characters",
        False,
    ),
    Platform.FACEBOOK: PlatformSpec(
        Platform.FACEBOOK,
        "Facebook",
        63206,
        counting.plain_length,
        "characters",
        False,
    ),
    Platform.INSTAGRAM: PlatformSpec(
        Platform.INSTAGRAM,
        "Instagram",
        2200,
        counting.plain_length,
        "characters; at most 5 hashtags; links in captions are not clickable",
        False,
        max_hashtags=5,
        links_clickable=False,
    ),
    Platform.TIKTOK: PlatformSpec(
        Platform.TIKTOK,
        "TikTok",
        2200,
        counting.plain_length,
        "characters (video caption through the API); at most 5 hashtags (reported)",
        False,
        max_hashtags=5,
    ),
}


def get_spec(name: str | Platform) -> PlatformSpec:
    try:
        return PLATFORMS[Platform(str(name).lower().strip())]
    except ValueError:
        names = ", ".join(p.value for p in Platform)
        raise UnknownPlatformError(f"unknown platform {name!r} (choose one of: {names})") from None
