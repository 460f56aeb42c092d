"""The Bluesky repository export (repo.car, platforms.md section 4): walk the MST from the signed commit
to every record; posts, replies, image alt text and the profile. Decoding is libipld's (DAG-CBOR, CAR v1)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from bedside.archive.items import ArchiveError, ArchiveItem, ArchiveSource

MAX_DEPTH = 64


def _cid_key(value: Any) -> bytes | None:
    """libipld hands CID links back as bytes (inside blocks) and keys blocks by CID bytes."""
    if isinstance(value, bytes | bytearray):
        return bytes(value)
    return None


def walk_mst(blocks: dict[bytes, Any], root: bytes) -> Iterator[tuple[str, bytes]]:
    """(key, record CID) for every entry of the Merkle search tree under ``root``, in key order."""
    stack: list[tuple[bytes, int]] = [(root, 0)]
    seen: set[bytes] = set()
    out: list[tuple[str, bytes]] = []
    while stack:
        cid, depth = stack.pop()
        if cid in seen or depth > MAX_DEPTH:
            continue
        seen.add(cid)
        node = blocks.get(cid)
        if not isinstance(node, dict):
            continue
        left = _cid_key(node.get("l"))
        if left:
            stack.append((left, depth + 1))
        key = b""
        for entry in node.get("e") or []:
            if not isinstance(entry, dict):
                continue
            prefix = int(entry.get("p") or 0)
            suffix = entry.get("k") or b""
            key = key[:prefix] + (suffix if isinstance(suffix, bytes) else str(suffix).encode())
            value = _cid_key(entry.get("v"))
            if value:
                out.append((key.decode("utf-8", "replace"), value))
            right = _cid_key(entry.get("t"))
            if right:
                stack.append((right, depth + 1))
    yield from sorted(out)


def _when(value: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00")) if value else None
    except ValueError:
        return None


def _alts(embed: Any) -> tuple[str, ...]:
    if not isinstance(embed, dict):
        return ()
    images = embed.get("images") or (embed.get("media") or {}).get("images") or []
    alts = [str(i.get("alt")) for i in images if isinstance(i, dict) and i.get("alt")]
    video = embed.get("alt") if isinstance(embed.get("alt"), str) else None
    return tuple(alts + ([video] if video else []))


def read_car(data: bytes, source: ArchiveSource, name: str = "repo.car") -> Iterator[ArchiveItem]:
    try:
        import libipld
    except ImportError as exc:  # a dependency: only a broken install lacks it
        raise ArchiveError("reading Bluesky exports needs libipld (pip install libipld)") from exc
    try:
        header, raw_blocks = libipld.decode_car(data)
    except (ValueError, TypeError, KeyError, IndexError) as exc:
        raise ArchiveError(f"{name}: not a readable CAR file ({exc}); export it again from Bluesky") from None
    blocks = {bytes(k) if not isinstance(k, bytes) else k: v for k, v in raw_blocks.items()}
    roots = header.get("roots") if isinstance(header, dict) else None
    root = _cid_key(roots[0]) if isinstance(roots, list) and roots else None
    commit = blocks.get(root) if root else None
    if not isinstance(commit, dict) or _cid_key(commit.get("data")) is None:
        raise ArchiveError(f"{name}: no signed commit at the root; not a Bluesky repository export")
    did = str(commit.get("did", ""))
    source.handle = source.handle or did
    for key, cid in walk_mst(blocks, _cid_key(commit["data"]) or b""):
        collection, _, rkey = key.partition("/")
        record = blocks.get(cid)
        if not isinstance(record, dict):
            continue
        if collection == "app.bsky.actor.profile":
            source.display_name = str(record.get("displayName", ""))
            source.bio = str(record.get("description", ""))
            if source.bio:
                yield ArchiveItem(
                    "bluesky:profile", "bluesky", "profile", source.bio, url=f"https://bsky.app/profile/{did}"
                )
        elif collection == "app.bsky.feed.post":
            yield ArchiveItem(
                id=f"bluesky:{rkey}",
                platform="bluesky",
                kind="reply" if isinstance(record.get("reply"), dict) else "post",
                text=str(record.get("text", "")),
                created_at=_when(record.get("createdAt")),
                url=f"https://bsky.app/profile/{did}/post/{rkey}",
                extra=_alts(record.get("embed")),
            )
