"""An incoming reply and its author, parsed from the triage input (``bedside.triage`` JSONL, #6)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

MAX_REPLY_CHARS = 20_000


class ReplyError(ValueError):
    """A reply line that cannot be triaged, with the reason."""


@dataclass(frozen=True, slots=True)
class Author:
    handle: str = ""
    display_name: str = ""
    bio: str = ""
    followers: int | None = None
    default_avatar: bool | None = None
    account_age_days: int | None = None


@dataclass(frozen=True, slots=True)
class Reply:
    id: str
    text: str
    author: Author = field(default_factory=Author)
    created_at: datetime | None = None
    in_reply_to: str | None = None
    url: str | None = None


def _when(value: Any, where: str) -> datetime | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ReplyError(f"{where}: created_at must be an ISO 8601 string")
    try:
        stamp = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ReplyError(f"{where}: created_at {value[:40]!r} is not an ISO 8601 time") from None
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)


def _int(value: Any, name: str, where: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise ReplyError(f"{where}: author.{name} must be a number >= 0")
    return int(value)


def reply_from_dict(data: Any, where: str = "reply") -> Reply:
    """Validate one input object; anything malformed is a ReplyError naming the field."""
    if not isinstance(data, dict):
        raise ReplyError(f"{where}: expected an object with at least an id and a text")
    text = data.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ReplyError(f"{where}: text must be a non-empty string")
    if len(text) > MAX_REPLY_CHARS:
        raise ReplyError(f"{where}: text is over {MAX_REPLY_CHARS:,} characters")
    raw_id = data.get("id", "")
    if not isinstance(raw_id, str | int) or isinstance(raw_id, bool):
        raise ReplyError(f"{where}: id must be a string or a number")
    author = data.get("author") or {}
    if not isinstance(author, dict):
        raise ReplyError(f"{where}: author must be an object")
    strings = {k: author.get(k, "") or "" for k in ("handle", "display_name", "bio")}
    if not all(isinstance(v, str) for v in strings.values()):
        raise ReplyError(f"{where}: author handle, display_name and bio must be strings")
    avatar = author.get("default_avatar")
    if avatar is not None and not isinstance(avatar, bool):
        raise ReplyError(f"{where}: author.default_avatar must be true or false")
    parent = data.get("in_reply_to")
    url = data.get("url")
    return Reply(
        id=str(raw_id),
        text=text,
        author=Author(
            handle=strings["handle"][:400],
            display_name=strings["display_name"][:400],
            bio=strings["bio"][:2_000],
            followers=_int(author.get("followers"), "followers", where),
            default_avatar=avatar,
            account_age_days=_int(author.get("account_age_days"), "account_age_days", where),
        ),
        created_at=_when(data.get("created_at"), where),
        in_reply_to=str(parent) if isinstance(parent, str | int) and not isinstance(parent, bool) else None,
        url=url if isinstance(url, str) and url.startswith(("https://", "http://")) else None,
    )
