"""Small synthetic archives for the importer tests (#7): written by the project, never real people's data."""

from __future__ import annotations

import hashlib
import io
import json
import struct
import tarfile
import zipfile
from pathlib import Path
from typing import Any

TWEETS: list[dict[str, Any]] = [
    {
        "tweet": {
            "id_str": "1001",
            "created_at": "Tue Oct 25 12:08:42 +0000 2022",
            "full_text": "Mrs. Delgado in room 412 rang the bell today &amp; we cried https://t.co/abc",
            "entities": {"urls": [{"url": "https://t.co/abc", "expanded_url": "https://example.org/bell"}]},
        }
    },
    {
        "tweet": {
            "id_str": "1002",
            "created_at": "Wed Jan 04 09:00:00 +0000 2023",
            "full_text": "@jen_k You should stop the letrozole for a few weeks and see if the joint pain goes away.",
            "in_reply_to_status_id_str": "999",
            "in_reply_to_screen_name": "jen_k",
            "entities": {"urls": []},
        }
    },
    {
        "tweet": {
            "id_str": "1003",
            "created_at": "Thu Feb 02 10:00:00 +0000 2023",
            "full_text": "RT @someone: not mine",
        }
    },
    {
        "tweet": {
            "id_str": "1004",
            "created_at": "Fri Mar 03 10:00:00 +0000 2023",
            "full_text": "Pearl: check a TSH before every cycle of pembrolizumab.",
            "entities": {"urls": []},
        }
    },
]


def js(global_name: str, records: Any) -> str:
    return f"window.YTD.{global_name}.part0 = {json.dumps(records, indent=2)}"


def x_archive(
    path: Path, tweets: list[dict[str, Any]] | None = None, extra: dict[str, str] | None = None
) -> Path:
    manifest = {
        "userInfo": {"accountId": "42", "userName": "drjane", "displayName": "Jane Smith, MD"},
        "dataTypes": {
            "tweets": {
                "files": [
                    {
                        "fileName": "data/tweets.js",
                        "globalName": "YTD.tweets.part0",
                        "count": str(len(TWEETS if tweets is None else tweets)),
                    }
                ]
            }
        },
    }
    files = {
        "data/manifest.js": "window.__THAR_CONFIG = " + json.dumps(manifest),
        "data/tweets.js": js("tweets", TWEETS if tweets is None else tweets),
        "data/account.js": js(
            "account",
            [{"account": {"username": "drjane", "accountId": "42", "accountDisplayName": "Jane Smith, MD"}}],
        ),
        "data/profile.js": js("profile", [{"profile": {"description": {"bio": "Oncologist &amp; runner"}}}]),
        "data/direct-messages.js": js(
            "direct_messages",
            [
                {
                    "dmConversation": {
                        "conversationId": "42-77",
                        "messages": [
                            {
                                "messageCreate": {
                                    "id": "m1",
                                    "senderId": "42",
                                    "recipientId": "77",
                                    "text": "Your CT from 3/14/2023 shows the tumour shrank, Mr. Okafor",
                                    "createdAt": "2023-03-15T10:00:00.000Z",
                                }
                            },
                            {
                                "messageCreate": {
                                    "id": "m2",
                                    "senderId": "77",
                                    "recipientId": "42",
                                    "text": "Thanks doc",
                                    "createdAt": "2023-03-15T10:05:00.000Z",
                                }
                            },
                        ],
                    }
                }
            ],
        ),
    }
    files.update(extra or {})
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in files.items():
            z.writestr(f"twitter-2026/{name}", body)
    return path


def mastodon_outbox(items: list[dict[str, Any]]) -> str:
    # real files repeat the orderedItems key: the last one wins
    body = json.dumps(
        {
            "@context": [],
            "id": "outbox.json",
            "type": "OrderedCollection",
            "totalItems": len(items),
            "orderedItems": items,
        }
    )
    return body.replace('"orderedItems":', '"orderedItems": [], "orderedItems":', 1)


ACTOR = "https://med.social/users/drjane"
PUBLIC = "https://www.w3.org/ns/activitystreams#Public"
MASTODON_ITEMS: list[dict[str, Any]] = [
    {
        "type": "Create",
        "actor": ACTOR,
        "published": "2023-05-01T10:00:00Z",
        "to": [PUBLIC],
        "cc": [f"{ACTOR}/followers"],
        "object": {
            "id": f"{ACTOR}/statuses/1",
            "type": "Note",
            "summary": "patient story",
            "content": "<p>Saw a 34-year-old kindergarten teacher from Stowe this morning with Merkel cell carcinoma.</p>",
            "published": "2023-05-01T10:00:00Z",
            "url": "https://med.social/@drjane/1",
            "to": [PUBLIC],
            "cc": [f"{ACTOR}/followers"],
            "attachment": [{"type": "Document", "name": "X-ray of the left hand, MRN 00123456"}],
        },
    },
    {
        "type": "Create",
        "actor": ACTOR,
        "published": "2023-06-01T10:00:00Z",
        "to": ["https://other.social/users/pat"],
        "cc": [],
        "object": {
            "id": f"{ACTOR}/statuses/2",
            "type": "Note",
            "content": '<p><span class="h-card"><a href="https://other.social/@pat">@<span>pat</span></a></span> your PSA means it&#39;s back, sorry</p>',
            "published": "2023-06-01T10:00:00Z",
            "url": "https://med.social/@drjane/2",
            "to": ["https://other.social/users/pat"],
            "cc": [],
        },
    },
    {"type": "Announce", "actor": ACTOR, "object": "https://x.social/users/y/statuses/9"},
]


def public_note(
    n: int, content: str, published: str = "2023-05-01T10:00:00Z", **extra: Any
) -> dict[str, Any]:
    """A public post as the outbox holds it (a Create activity around a Note)."""
    note = {
        "id": f"{ACTOR}/statuses/{n}",
        "type": "Note",
        "content": content,
        "published": published,
        "to": [PUBLIC],
        "cc": [],
        **extra,
    }
    return {"type": "Create", "actor": ACTOR, "to": [PUBLIC], "cc": [], "object": note}


def mastodon_archive(path: Path, tar: bool = False) -> Path:
    files = {
        "outbox.json": mastodon_outbox(MASTODON_ITEMS),
        "actor.json": json.dumps(
            {
                "id": ACTOR,
                "preferredUsername": "drjane",
                "name": "Jane",
                "summary": "<p>Oncologist</p>",
                "url": "https://med.social/@drjane",
            }
        ),
    }
    if tar:
        with tarfile.open(path, "w:gz") as t:
            for name, body in files.items():
                data = body.encode()
                info = tarfile.TarInfo(name)
                info.size = len(data)
                t.addfile(info, io.BytesIO(data))
    else:
        with zipfile.ZipFile(path, "w") as z:
            for name, body in files.items():
                z.writestr(name, body)
    return path


# --- a minimal DAG-CBOR writer and CAR v1, to build Bluesky repositories in tests -----------------------


class Link(bytes):
    """A CID link (DAG-CBOR tag 42)."""


def _head(major: int, n: int) -> bytes:
    if n < 24:
        return bytes([major << 5 | n])
    if n < 256:
        return bytes([major << 5 | 24, n])
    if n < 65536:
        return bytes([major << 5 | 25]) + struct.pack(">H", n)
    return bytes([major << 5 | 26]) + struct.pack(">I", n)


def cbor(value: Any) -> bytes:
    if value is None:
        return b"\xf6"
    if isinstance(value, bool):
        return b"\xf5" if value else b"\xf4"
    if isinstance(value, int):
        return _head(0, value) if value >= 0 else _head(1, -1 - value)
    if isinstance(value, Link):
        return b"\xd8\x2a" + _head(2, len(value) + 1) + b"\x00" + bytes(value)
    if isinstance(value, bytes):
        return _head(2, len(value)) + value
    if isinstance(value, str):
        data = value.encode()
        return _head(3, len(data)) + data
    if isinstance(value, list):
        return _head(4, len(value)) + b"".join(cbor(v) for v in value)
    if isinstance(value, dict):
        keys = sorted(value, key=lambda k: (len(k.encode()), k.encode()))
        return _head(5, len(value)) + b"".join(cbor(k) + cbor(value[k]) for k in keys)
    raise TypeError(type(value))


def cid(data: bytes) -> Link:
    return Link(b"\x01\x71\x12\x20" + hashlib.sha256(data).digest())


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def bluesky_car(path: Path, posts: list[dict[str, Any]], profile: dict[str, Any] | None = None) -> Path:
    blocks: list[tuple[Link, bytes]] = []

    def put(value: Any) -> Link:
        data = cbor(value)
        link = cid(data)
        blocks.append((link, data))
        return link

    records = []
    if profile is not None:
        records.append(("app.bsky.actor.profile/self", put({"$type": "app.bsky.actor.profile", **profile})))
    for n, post in enumerate(posts):
        records.append((f"app.bsky.feed.post/3k{n:010d}", put({"$type": "app.bsky.feed.post", **post})))
    records.sort()
    # a two-level tree: the first half of the keys in a left subtree, to exercise the walk
    half = len(records) // 2

    def node(entries: list[tuple[str, Link]], left: Link | None) -> Link:
        out, previous = [], b""
        for key, value in entries:
            k = key.encode()
            shared = 0
            while shared < min(len(k), len(previous)) and k[shared] == previous[shared]:
                shared += 1
            out.append({"p": shared, "k": k[shared:], "v": value, "t": None})
            previous = k
        return put({"l": left, "e": out})

    left = node(records[:half], None) if half else None
    root = node(records[half:], left)
    commit = put(
        {
            "did": "did:plc:testjane",
            "version": 3,
            "data": root,
            "rev": "r1",
            "prev": None,
            "sig": b"\x00" * 64,
        }
    )
    header = cbor({"roots": [commit], "version": 1})
    with path.open("wb") as fh:
        fh.write(_varint(len(header)) + header)
        for link, data in [
            (
                commit,
                cbor(
                    {
                        "did": "did:plc:testjane",
                        "version": 3,
                        "data": root,
                        "rev": "r1",
                        "prev": None,
                        "sig": b"\x00" * 64,
                    }
                ),
            ),
            *blocks,
        ]:
            fh.write(_varint(len(link) + len(data)) + bytes(link) + data)
    return path
