"""The Bluesky repository export (repo.car, platforms.md section 4): walk the MST from the signed commit
to every record; posts, replies, image alt text and the profile. Decoding is libipld's (DAG-CBOR, CAR v1)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import IO, Any

from bedside.archive.items import ArchiveError, ArchiveItem, ArchiveSource, parse_iso

MAX_DEPTH = 64


def _cid_key(value: Any) -> bytes | None:
    """libipld hands CID links back as bytes (inside blocks) and keys blocks by CID bytes."""
    if isinstance(value, bytes | bytearray):
        return bytes(value)
    return None


def walk_mst(blocks: Any, root: bytes) -> Iterator[tuple[str, bytes]]:
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


def _alts(embed: Any) -> tuple[str, ...]:
    if not isinstance(embed, dict):
        return ()
    images = embed.get("images") or (embed.get("media") or {}).get("images") or []
    alts = [str(i.get("alt")) for i in images if isinstance(i, dict) and i.get("alt")]
    video = embed.get("alt") if isinstance(embed.get("alt"), str) else None
    return tuple(alts + ([video] if video else []))


def _varint(fh: IO[bytes]) -> int | None:
    shift = value = 0
    while True:
        byte = fh.read(1)
        if not byte:
            return None if shift == 0 else -1
        value |= (byte[0] & 0x7F) << shift
        if not byte[0] & 0x80:
            return value
        shift += 7
        if shift > 63:
            return -1


def _cid_length(head: bytes) -> int:
    """The byte length of the CID at the start of ``head`` (v0: 34 bytes; v1: version, codec, multihash)."""
    if head[:2] == b"\x12\x20":
        return 34
    pos = 0
    for _ in range(3):  # version, codec, hash function
        while pos < len(head) and head[pos] & 0x80:
            pos += 1
        pos += 1
    size = 0
    shift = 0
    while pos < len(head):
        byte = head[pos]
        size |= (byte & 0x7F) << shift
        pos += 1
        if not byte & 0x80:
            break
        shift += 7
    return pos + size


class CarIndex:
    """Where each block of a CAR v1 file is, so blocks are decoded one at a time, when the walk needs them
    (memory follows the tree's size, not the file's)."""

    def __init__(self, fh: IO[bytes], name: str) -> None:
        import libipld

        self.fh, self.name = fh, name
        length = _varint(fh)
        if length is None or length <= 0 or length > MAX_BLOCK:
            raise ArchiveError(f"{name}: not a CAR file (no header); export it again from Bluesky")
        try:
            self.header = libipld.decode_dag_cbor(fh.read(length))
        except (ValueError, TypeError) as exc:
            raise ArchiveError(f"{name}: not a CAR file ({exc})") from None
        self.offsets: dict[bytes, tuple[int, int]] = {}
        while True:
            size = _varint(fh)
            if size is None:
                break
            if size <= 0 or size > MAX_BLOCK:
                raise ArchiveError(
                    f"{name}: a block of {size} bytes at byte {fh.tell()}: truncated or damaged"
                )
            start = fh.tell()
            head = fh.read(min(size, 80))
            cid_len = _cid_length(head)
            if cid_len <= 0 or cid_len > size:
                raise ArchiveError(f"{name}: a malformed block at byte {start}")
            self.offsets[head[:cid_len]] = (start + cid_len, size - cid_len)
            fh.seek(start + size)
            if len(self.offsets) > MAX_BLOCKS:
                raise ArchiveError(f"{name}: more than {MAX_BLOCKS:,} blocks; refusing it")

    def get(self, cid: bytes) -> Any:
        import libipld

        where = self.offsets.get(cid)
        if where is None:
            return None
        self.fh.seek(where[0])
        data = self.fh.read(where[1])
        try:
            return libipld.decode_dag_cbor(data)
        except (ValueError, TypeError):
            return None


MAX_BLOCK = 8 * 1024 * 1024  # far above any record or tree node Bluesky writes
MAX_BLOCKS = 20_000_000


def read_car(data: bytes | IO[bytes], source: ArchiveSource, name: str = "repo.car") -> Iterator[ArchiveItem]:
    """Every post, reply, alt text and the profile in a repository export (a file, or bytes from a zip)."""
    fh: IO[bytes] = io.BytesIO(data) if isinstance(data, bytes | bytearray) else data
    try:
        index = CarIndex(fh, name)
    except ImportError as exc:  # a dependency: only a broken install lacks it
        raise ArchiveError("reading Bluesky exports needs libipld (pip install libipld)") from exc
    roots = index.header.get("roots") if isinstance(index.header, dict) else None
    root = _cid_key(roots[0]) if isinstance(roots, list) and roots else None
    commit = index.get(root) if root else None
    if not isinstance(commit, dict) or _cid_key(commit.get("data")) is None:
        raise ArchiveError(f"{name}: no signed commit at the root; not a Bluesky repository export")
    did = str(commit.get("did", ""))
    source.handle = source.handle or did
    entries = list(walk_mst(index, _cid_key(commit["data"]) or b""))  # keys and links only: small
    source.expected = sum(
        key.startswith(("app.bsky.feed.post/", "app.bsky.actor.profile/")) for key, _ in entries
    )
    for key, cid in entries:
        collection, _, rkey = key.partition("/")
        record = index.get(cid)
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
                created_at=parse_iso(record.get("createdAt")),
                url=f"https://bsky.app/profile/{did}/post/{rkey}",
                extra=_alts(record.get("embed")),
            )
