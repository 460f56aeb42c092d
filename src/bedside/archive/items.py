"""What an importer yields: one item per post, reply, direct message or profile, with where it came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


class ArchiveError(ValueError):
    """An archive bedside cannot read, naming the file (and line) and what to do."""


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
            "created_at": self.created_at.isoformat().replace("+00:00", "Z") if self.created_at else None,
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
