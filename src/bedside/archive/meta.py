"""Facebook and Instagram ("Download your information", JSON) and LinkedIn (Shares.csv) exports.

Meta writes UTF-8 bytes as if they were Latin-1 escapes ("\\u00e2\\u0080\\u0099" for an apostrophe): each
string is repaired with ``encode("latin-1").decode("utf-8")`` where that round trip works.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from bedside.archive.items import ArchiveError, ArchiveItem, ArchiveSource
from bedside.archive.safety import Archive, read_json, text_of


def repair(text: str) -> str:
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def _stamp(value: Any) -> datetime | None:
    return datetime.fromtimestamp(value, UTC) if isinstance(value, int | float) and value > 0 else None


def read_facebook(archive: Archive, source: ArchiveSource) -> Iterator[ArchiveItem]:
    names = [n for n in archive.names() if "/posts/" in f"/{n}" and n.endswith(".json") and "your_posts" in n]
    comments = [n for n in archive.names() if n.endswith("comments.json")]
    for name in sorted(names):
        data = read_json(archive, name)
        for n, post in enumerate(data if isinstance(data, list) else []):
            texts = [
                repair(str(d["post"])) for d in post.get("data", []) if isinstance(d, dict) and d.get("post")
            ]
            if texts:
                yield ArchiveItem(
                    f"facebook:{name}:{n}",
                    "facebook",
                    "post",
                    "\n".join(texts),
                    _stamp(post.get("timestamp")),
                )
    for name in comments:
        data = read_json(archive, name)
        rows = data.get("comments_v2", []) if isinstance(data, dict) else data
        for n, row in enumerate(rows if isinstance(rows, list) else []):
            for d in row.get("data", []) if isinstance(row, dict) else []:
                comment = d.get("comment", {}) if isinstance(d, dict) else {}
                if isinstance(comment.get("comment"), str):
                    yield ArchiveItem(
                        f"facebook:{name}:comment:{n}",
                        "facebook",
                        "reply",
                        repair(comment["comment"]),
                        _stamp(comment.get("timestamp")),
                    )


def read_instagram(archive: Archive, source: ArchiveSource) -> Iterator[ArchiveItem]:
    names = [n for n in archive.names() if n.endswith(".json") and ("posts_" in n or "post_comments" in n)]
    for name in sorted(names):
        data = read_json(archive, name)
        for n, post in enumerate(data if isinstance(data, list) else []):
            if not isinstance(post, dict):
                continue
            media = post.get("media") or [{}]
            first = media[0] if isinstance(media, list) and media and isinstance(media[0], dict) else {}
            caption = post.get("title") or first.get("title") or ""
            when = post.get("creation_timestamp") or first.get("creation_timestamp")
            if "post_comments" in name:
                values = post.get("string_map_data", {})
                caption = (values.get("Comment") or {}).get("value", caption)
                when = (values.get("Time") or {}).get("timestamp", when)
            if caption:
                kind = "reply" if "post_comments" in name else "post"
                yield ArchiveItem(
                    f"instagram:{name}:{n}", "instagram", kind, repair(str(caption)), _stamp(when)
                )


def read_linkedin(archive: Archive, source: ArchiveSource) -> Iterator[ArchiveItem]:
    names = [
        n
        for n in archive.names()
        if n.rsplit("/", 1)[-1].startswith(("Shares", "Comments")) and n.endswith(".csv")
    ]
    if not names:
        raise ArchiveError(f"{archive.path.name}: no Shares.csv: not a LinkedIn export")
    for name in sorted(names):
        rows = csv.DictReader(io.StringIO(text_of(archive.read(name), name)))
        comments = name.rsplit("/", 1)[-1].startswith("Comments")
        for n, row in enumerate(rows, 2):
            text = row.get("Message" if comments else "ShareCommentary") or ""
            if not text.strip():
                continue
            try:
                when = datetime.strptime(row.get("Date", "")[:19], "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
            except ValueError:
                when = None
            yield ArchiveItem(
                f"linkedin:{name}:{n}",
                "linkedin",
                "reply" if comments else "post",
                text.replace('""', '"'),
                when,
                url=(row.get("Link") if comments else row.get("ShareLink")) or None,
            )
