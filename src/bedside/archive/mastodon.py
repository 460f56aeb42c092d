"""The Mastodon archive (platforms.md section 2): outbox.json and actor.json, from a zip or a tar.gz.

Content is HTML (turned into text with the standard library's parser); the content warning is audited with
the post; visibility comes from ``to``/``cc`` (direct messages are in the outbox and count as DMs).
"""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser
from typing import Any

from bedside.archive.items import ArchiveError, ArchiveItem, ArchiveSource, parse_iso
from bedside.archive.safety import Archive, read_json

PUBLIC = "https://www.w3.org/ns/activitystreams#Public"


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "p") and self.parts:
            self.parts.append("\n")
        if tag == "span" and ("class", "invisible") in attrs:
            self._hidden += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "span" and self._hidden:
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    parser = _Text()
    parser.feed(markup)
    parser.close()
    return "".join(parser.parts).strip()


def _stream_items(archive: Archive, name: str) -> Iterator[Any]:
    """The outbox's activities one at a time (ijson), so a 100,000-post outbox never sits in memory whole.
    Real files repeat the ``orderedItems`` key (first empty): both are streamed, so nothing is lost."""
    import ijson

    stream = archive.open(name)
    try:
        yield from ijson.items(stream, "orderedItems.item", use_float=True)
    except ijson.JSONError as exc:
        raise ArchiveError(f"{name}: not JSON ({exc}); use the archive as Mastodon produced it") from None
    except UnicodeDecodeError as exc:
        raise ArchiveError(f"{name}: not UTF-8 (byte {exc.start})") from None
    finally:
        stream.close()


def _total_items(archive: Archive, name: str) -> int | None:
    """The outbox's ``totalItems``, read from its head (it comes before ``orderedItems`` in the files Mastodon
    writes); None when the items come first or the head is not readable."""
    import ijson

    stream = archive.open(name, again=True)
    try:
        for prefix, event, value in ijson.parse(stream):
            if prefix == "totalItems" and event == "number":
                return int(value)
            if prefix == "orderedItems":
                return None
    except (ijson.JSONError, UnicodeDecodeError, ValueError):
        return None  # the items' own pass says what is wrong
    finally:
        stream.close()
    return None


def visibility(activity: dict[str, Any], actor: str) -> str:
    to, cc = activity.get("to") or [], activity.get("cc") or []
    if PUBLIC in to:
        return "public"
    if PUBLIC in cc:
        return "unlisted"
    if f"{actor}/followers" in to or any(str(t).endswith("/followers") for t in to):
        return "followers"
    return "direct"


def read_mastodon(archive: Archive, source: ArchiveSource) -> Iterator[ArchiveItem]:
    names = archive.names()
    outbox = next((n for n in names if n.endswith("outbox.json")), None)
    if outbox is None:
        raise ArchiveError(f"{archive.path.name}: no outbox.json: not a Mastodon archive")
    actor_name = next((n for n in names if n.endswith("actor.json")), None)
    actor_id = ""
    if actor_name is not None:
        actor = read_json(archive, actor_name)
        if isinstance(actor, dict):
            source.handle = str(actor.get("preferredUsername", ""))
            source.display_name = str(actor.get("name", ""))
            source.bio = html_to_text(str(actor.get("summary") or ""))
            actor_id = str(actor.get("id", ""))
            if source.bio:
                yield ArchiveItem("mastodon:profile", "mastodon", "profile", source.bio, url=actor.get("url"))
    source.expected = _total_items(archive, outbox)
    for activity in _stream_items(archive, outbox):
        if not isinstance(activity, dict) or activity.get("type") != "Create":
            continue  # boosts are someone else's words
        note = activity.get("object")
        if not isinstance(note, dict):
            continue
        text = html_to_text(str(note.get("content") or ""))
        warning = note.get("summary")
        if isinstance(warning, str) and warning.strip():
            text = f"{warning.strip()}\n\n{text}"
        alts = tuple(
            str(a["name"])
            for a in note.get("attachment") or []
            if isinstance(a, dict) and isinstance(a.get("name"), str)
        )
        vis = visibility(
            note if note.get("to") is not None else activity, actor_id or str(activity.get("actor", ""))
        )
        kind = "dm" if vis == "direct" else ("reply" if note.get("inReplyTo") else "post")
        yield ArchiveItem(
            id=f"mastodon:{note.get('id', '')}",
            platform="mastodon",
            kind=kind,
            text=text,
            created_at=parse_iso(note.get("published") or activity.get("published")),
            url=note.get("url") if isinstance(note.get("url"), str) else None,
            extra=alts,
        )
