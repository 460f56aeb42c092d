"""The X/Twitter archive (platforms.md section 1): tweets, long posts, deleted tweets, direct messages, profile.

Each ``data/*.js`` file is ``window.YTD.<type>.partN = [ ... ]``: the JSON after the first ``=`` is read
(never evaluated). Files re-formatted by a tool (prettier: unquoted keys, trailing commas) are not JSON and
are reported with their name and line. Parts are read one at a time, so memory follows the largest part,
not the archive.
"""

from __future__ import annotations

import html
import io
import json
import re
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from typing import IO, Any

from bedside.archive.items import ArchiveError, ArchiveItem, ArchiveSource
from bedside.archive.safety import Archive, text_of

_PART = re.compile(
    r"(?:^|/)data/(tweets?|note-tweet|deleted-tweets|direct-messages(?:-group)?)(?:-part(\d+))?\.js$"
)


_HEADER_MOST = 4_096  # "window.YTD.tweets.part0 = " is short; no '=' in the first 4 kB is no X data file
_TRAILING = b"; \t\r\n"


class _ArrayBody(io.RawIOBase):
    """The JSON array of an X data file as a byte stream: the ``window.YTD... =`` header skipped, the closing
    ``;`` held back (ijson reads JSON only)."""

    def __init__(self, stream: IO[bytes], name: str) -> None:
        self._stream = stream
        head = stream.read(_HEADER_MOST)
        at = head.find(b"=")
        if at < 0:
            raise ArchiveError(f"{name}: not an X archive data file (no 'window.YTD... =' line)")
        self._pending = head[at + 1 :].lstrip()
        while not self._pending and (more := stream.read(_HEADER_MOST)):
            self._pending = more.lstrip()
        if self._pending[:1] != b"[":
            # ijson would find no "item" in an object and yield nothing: say so instead of auditing nothing
            raise ArchiveError(f"{name}: expected a list of records after 'window.YTD... ='")
        self._done = False

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        if size == 0:
            return b""  # ijson asks for nothing first, to see whether the stream gives bytes or text
        while not self._done:
            chunk = self._stream.read(1 << 16)
            if not chunk:
                self._done = True
                break
            data = self._pending + chunk
            kept = data.rstrip(_TRAILING)
            self._pending = data[len(kept) :]  # maybe the file's end: kept until more comes
            if kept:
                return kept
        out, self._pending = self._pending.rstrip(_TRAILING), b""
        return out

    def readinto(self, buffer: Any) -> int:  # pragma: no cover - ijson calls read()
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _records(archive: Archive, name: str) -> Iterator[Any]:
    """The records of an X data file one at a time (ijson), so a 100,000-tweet part never sits in memory
    whole. A file ijson cannot read is read again whole, for the message that names the line."""
    import ijson

    stream = archive.open(name)
    try:
        yield from ijson.items(_ArrayBody(stream, name), "item", use_float=True)
    except (ijson.JSONError, UnicodeDecodeError):
        _payload(archive, name)  # raises the ArchiveError with the line
        # Python's json reads what strict JSON forbids (NaN, Infinity): X never writes it
        raise ArchiveError(
            f"{name}: not strict JSON (NaN, Infinity or another value X never writes); "
            "use the archive exactly as X produced it"
        ) from None
    finally:
        stream.close()


def _payload(archive: Archive, name: str) -> list[Any]:
    raw = text_of(archive.read(name), name)
    start = raw.find("=")
    if start < 0:
        raise ArchiveError(f"{name}: not an X archive data file (no 'window.YTD... =' line)")
    body = raw[start + 1 :].strip().rstrip(";").strip()
    try:
        data = json.loads(body)
    except json.JSONDecodeError as exc:
        line = raw[: start + 1].count("\n") + exc.lineno
        raise ArchiveError(
            f"{name}: line {line}: not JSON ({exc.msg}); was the file re-formatted by another tool? "
            "Use the archive exactly as X produced it"
        ) from None
    if not isinstance(data, list):
        raise ArchiveError(f"{name}: expected a list of records")
    return data


_MONTHS = {
    m: i
    for i, m in enumerate(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1
    )
}
# X's own time format, "Fri Mar 03 10:00:00 +0000 2023" (strptime is the slowest step of reading a tweet)
_X_TIME = re.compile(
    r"[A-Z][a-z]{2} ([A-Z][a-z]{2}) (\d{2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})"
)


def _when(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    m = _X_TIME.fullmatch(value)
    if m is not None and m.group(1) in _MONTHS:
        month, day, hour, minute, second, sign, oh, om, year = m.groups()
        offset = timedelta(hours=int(oh), minutes=int(om)) * (-1 if sign == "-" else 1)
        try:
            return datetime(
                int(year),
                _MONTHS[month],
                int(day),
                int(hour),
                int(minute),
                int(second),
                tzinfo=timezone(offset),
            )
        except ValueError:
            return None  # "Feb 30"
    for fmt in ("%a %b %d %H:%M:%S %z %Y", "%Y-%m-%dT%H:%M:%S.%f%z", "%Y-%m-%dT%H:%M:%S%z"):
        try:
            return datetime.strptime(value.replace("Z", "+0000"), fmt)
        except ValueError:
            continue
    return None


def _files(archive: Archive, names: list[str]) -> dict[str, list[str]]:
    found: dict[str, list[tuple[int, str]]] = {}
    for name in names:
        m = _PART.search(name)
        if m:
            kind = "tweets" if m.group(1) in ("tweet", "tweets") else m.group(1)
            found.setdefault(kind, []).append((int(m.group(2) or 0), name))
    return {k: [n for _, n in sorted(v)] for k, v in found.items()}


def _account(archive: Archive, names: set[str], source: ArchiveSource) -> str:
    account_id = ""
    for name in ("data/account.js", "data/profile.js", "data/manifest.js"):
        match = next((n for n in names if n.endswith(name)), None)
        if match is None:
            continue
        if name.endswith("manifest.js"):
            raw = text_of(archive.read(match), match)
            try:
                info = json.loads(raw[raw.find("=") + 1 :].strip().rstrip(";")).get("userInfo", {})
            except (json.JSONDecodeError, AttributeError):
                source.notes.append(f"{match}: not readable; the account name comes from elsewhere")
                continue
            source.expected = _manifest_count(raw)
            source.handle = source.handle or str(info.get("userName", ""))
            source.display_name = source.display_name or str(info.get("displayName", ""))
            account_id = account_id or str(info.get("accountId", ""))
            continue
        for record in _payload(archive, match):
            if "account" in record:
                acc = record["account"]
                source.handle = str(acc.get("username", source.handle))
                source.display_name = str(acc.get("accountDisplayName", source.display_name))
                account_id = str(acc.get("accountId", account_id))
            if "profile" in record:
                source.bio = html.unescape(str(record["profile"].get("description", {}).get("bio", "")))
    return account_id


def _manifest_count(raw: str) -> int | None:
    """The tweets, deleted tweets and note tweets the manifest says the archive holds (X writes a count for
    each data file); None when it says nothing."""
    try:
        types = json.loads(raw[raw.find("=") + 1 :].strip().rstrip(";")).get("dataTypes", {})
        total = 0
        for kind in ("tweets", "deletedTweets"):
            for f in (types.get(kind) or {}).get("files") or []:
                total += int(f.get("count", 0))
    except (json.JSONDecodeError, AttributeError, TypeError, ValueError):
        return None
    return total or None


def _prefix(text: str) -> str:
    return " ".join(text.split())[:60]


def _tweet_item(tweet: dict[str, Any], handle: str, notes: dict[str, Any], deleted: bool) -> ArchiveItem:
    tid = str(tweet.get("id_str") or tweet.get("id") or "")
    text = html.unescape(str(tweet.get("full_text") or tweet.get("text") or ""))
    urls = tweet.get("entities", {}).get("urls", []) or []
    expanded: list[str] = []
    for u in urls:
        short, long = u.get("url"), u.get("expanded_url")
        if isinstance(short, str) and isinstance(long, str):
            text = text.replace(short, long)
            expanded.append(long)
    media = (tweet.get("extended_entities") or tweet.get("entities") or {}).get("media", []) or []
    for m in media:
        if isinstance(m.get("url"), str):
            text = text.replace(m["url"], "").rstrip()
    alts = tuple(
        str(m["ext_alt_text"]) for m in media if isinstance(m.get("ext_alt_text"), str) and m["ext_alt_text"]
    )
    created = str(tweet.get("created_at") or "")
    truncated = text.rstrip().endswith(("…", "...")) or len(text) >= 270
    full = notes.get(tid)
    if full is None and truncated:  # tweets.js holds the first 280 characters of a long post's text
        candidates = notes.get(_prefix(text), [])
        when = _when(created)
        timed = [
            t
            for w, t in candidates
            if when is not None and w is not None and abs((w - when).total_seconds()) < 120
        ]
        full = timed[0] if len(timed) == 1 else (candidates[0][1] if len(candidates) == 1 else None)
    if isinstance(full, str):
        text = full
    reply = bool(
        tweet.get("in_reply_to_status_id_str")
        or tweet.get("in_reply_to_user_id_str")
        or tweet.get("in_reply_to_screen_name")
    )
    url = f"https://x.com/{handle or 'i'}/status/{tid}" if tid else None
    return ArchiveItem(
        id=f"x:{tid}",
        platform="x",
        kind="reply" if reply else "post",
        text=text,
        created_at=_when(tweet.get("created_at")),
        url=url,
        deleted=deleted,
        extra=alts,
    )


def read_x(archive: Archive, source: ArchiveSource) -> Iterator[ArchiveItem]:
    names = archive.names()
    files = _files(archive, names)
    if not files and not any(n.endswith("data/manifest.js") for n in names):
        raise ArchiveError(f"{archive.path.name}: no data/tweets.js or data/manifest.js: not an X archive")
    account_id = _account(archive, set(names), source)
    notes: dict[str, Any] = {}  # note id -> text; text prefix -> [(created, text)]
    for name in files.get("note-tweet", []):
        for record in _payload(archive, name):
            note = record.get("noteTweet", {})
            text = note.get("core", {}).get("text")
            if isinstance(text, str):
                full = html.unescape(text)
                notes[str(note.get("noteTweetId", ""))] = full
                notes.setdefault(_prefix(full), []).append((_when(note.get("createdAt")), full))
    if source.bio:
        yield ArchiveItem(
            "x:profile",
            "x",
            "profile",
            source.bio,
            url=f"https://x.com/{source.handle}" if source.handle else None,
        )
    for kind, deleted in (("tweets", False), ("deleted-tweets", True)):
        for name in files.get(kind, []):
            for record in _records(archive, name):
                tweet = record.get("tweet", record) if isinstance(record, dict) else None
                if not isinstance(tweet, dict):
                    continue
                if str(tweet.get("full_text", "")).startswith("RT @"):
                    continue  # a retweet is someone else's words
                yield _tweet_item(tweet, source.handle, notes, deleted)
    for kind in ("direct-messages", "direct-messages-group"):
        for name in files.get(kind, []):
            for record in _payload(archive, name):
                conversation = record.get("dmConversation", {}) if isinstance(record, dict) else {}
                for message in conversation.get("messages", []) or []:
                    create = message.get("messageCreate") if isinstance(message, dict) else None
                    if not isinstance(create, dict):
                        continue
                    if not account_id:
                        source.notes.append(
                            f"{name}: direct messages skipped (the account id is not in the archive)"
                        )
                        break
                    if str(create.get("senderId", "")) != account_id:
                        continue  # only what the user wrote is theirs to audit
                    yield ArchiveItem(
                        id=f"x:dm:{create.get('id', '')}",
                        platform="x",
                        kind="dm",
                        text=html.unescape(str(create.get("text", ""))),
                        created_at=_when(create.get("createdAt")),
                        url=f"https://x.com/messages/{conversation.get('conversationId', '')}",
                    )
