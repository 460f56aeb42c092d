"""What an importer yields: one item per post, reply, direct message or profile, with where it came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any


class ArchiveError(ValueError):
    """An archive bedside cannot read, naming the file (and line) and what to do."""


def parse_iso(value: Any) -> datetime | None:
    """An ISO 8601 time from an export ("...Z" or an offset); one without a zone is UTC; junk is None."""
    try:
        stamp = datetime.fromisoformat(str(value).replace("Z", "+00:00")) if value else None
    except ValueError:
        return None
    return stamp.replace(tzinfo=UTC) if stamp is not None and stamp.tzinfo is None else stamp


def _utc(when: datetime | None) -> str | None:
    """ISO 8601 in UTC ("...Z"); a time without a zone is taken as UTC."""
    if when is None:
        return None
    stamp = when if when.tzinfo else when.replace(tzinfo=UTC)
    return stamp.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True, slots=True)
class ArchiveItem:
    id: str
    platform: str
    kind: str  # post | reply | dm | profile
    text: str
    created_at: datetime | None = None
    url: str | None = None
    deleted: bool = False
    extra: tuple[str, ...] = ()  # alt texts and expanded links, audited with the text

    def record(self) -> dict[str, Any]:
        """The item as a plain record (what the batch step takes)."""
        return {
            "id": self.id,
            "platform": self.platform,
            "kind": self.kind,
            "text": self.text,
            "created_at": _utc(self.created_at),
            "url": self.url,
            "deleted": self.deleted,
            "extra": list(self.extra),
        }


@dataclass
class ArchiveSource:
    platform: str
    handle: str = ""
    display_name: str = ""
    bio: str = ""
    items: int = 0
    notes: list[str] = field(default_factory=list)  # files skipped, with why
    # about how many items the archive holds, when its reader can tell before reading them all (the X
    # manifest's counts, Mastodon's totalItems, a Bluesky repository's tree): the progress bar's ETA
    expected: int | None = None
