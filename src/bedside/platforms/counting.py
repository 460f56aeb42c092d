"""How each platform counts the length of a post (see shared/spec/platforms.md, section 0).

- X: twitter-text config v3 (weighted; any URL = 23; every emoji = 2), via twitter-text-parser, with a
  fast path for text that cannot hold an emoji (proved equal to the library by a property test).
- Bluesky and Mastodon: extended grapheme clusters (UAX #29) through ``regex``'s ``\\X``.
- Threads: graphemes, except that an emoji counts as its UTF-8 byte length.
- LinkedIn, Facebook, Instagram, TikTok: plain characters (code points).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

import regex

X_URL_LENGTH = 23
MASTODON_URL_LENGTH = 23

_GRAPHEME = regex.compile(r"\X")
# A character that may belong to an emoji (twitter-text's emoji pattern starts only with these: a test tries
# every code point below U+2030 as a start; keycaps start with # * or a digit, followed by VS16 or U+20E3).
_MAYBE_EMOJI = regex.compile(r"[\u00a9\u00ae\u203c\u2049\u2030-\U0010ffff]")
_EMOJI_START = regex.compile(r"[#*0-9](?=[\ufe0f\u20e3])|[\u00a9\u00ae\u203c\u2049\u2030-\U0010ffff]")
_LINE_ENDINGS = regex.compile(r"\r\n|\r")
_EMOJI_CLUSTER = regex.compile(r"\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3")
_MASTODON_MENTION = regex.compile(r"(?<![\w@/])@(\w+(?:[.-]\w+)*)@[\w.-]+\.\w+", regex.ASCII)
_X_INVALID = frozenset("\ufffe\ufeff\uffff")
# twitter-text finds a URL only where a dot is followed by a top-level domain; without one, there is none
# to find, and its (slow to import) parser is not loaded at all.
_MAYBE_URL = regex.compile(r"\.(?:[^\W\d_]{2}|xn--)")


def grapheme_count(text: str) -> int:
    return len(_GRAPHEME.findall(text))


# twitter-text v3: code points in these ranges weigh 1, every other code point 2.
_X_HEAVY = regex.compile(r"[^\u0000-\u10ff\u2000-\u200d\u2010-\u201f\u2032-\u2037]")


def _x_segment_weight(segment: str) -> int:
    return len(segment) + len(_X_HEAVY.findall(segment))


def _x_emoji_ends(normalized: str) -> dict[int, int]:
    """twitter-text's emoji matches as {start: end}: its own pattern, tried only where an emoji can start
    (what ``finditer`` over the whole text finds, without scanning every position with a 90 kB pattern)."""
    from twitter_text.regexp.emoji import emoji

    ends: dict[int, int] = {}
    last = 0
    for candidate in _EMOJI_START.finditer(normalized):
        start = candidate.start()
        if start < last:
            continue
        m = emoji.match(normalized, start)
        if m is not None and m.end() > start:
            ends[start] = last = m.end()
    return ends


def x_weighted_length(text: str) -> int:
    """X's weighted length (twitter-text config v3): the library's algorithm (``parse_tweet``), with its URL
    and emoji patterns, computed segment by segment (a property test keeps it equal to the library)."""
    normalized = _LINE_ENDINGS.sub("\n", unicodedata.normalize("NFC", text))
    entities: dict[int, tuple[int, int]] = {}
    if _MAYBE_EMOJI.search(normalized):
        entities = {
            start: (start + len(normalized[start:end]), 2) for start, end in _x_emoji_ends(normalized).items()
        }
    for start, _end, url in urls_with_indices(normalized):
        entities[start] = (start + len(url), X_URL_LENGTH)  # a URL is counted before an emoji at its start
    total = 0
    pos = 0
    for start in sorted(entities):
        if start < pos:
            continue  # inside an entity already counted
        end, weight = entities[start]
        total += _x_segment_weight(normalized[pos:start]) + weight
        pos = max(end, start + 1)
    return total + _x_segment_weight(normalized[pos:])


def x_invalid_characters(text: str) -> list[int]:
    """Offsets of the characters twitter-text marks invalid (U+FFFE, U+FEFF, U+FFFF)."""
    return [i for i, c in enumerate(text) if c in _X_INVALID]


def urls_with_indices(text: str) -> list[tuple[int, int, str]]:
    """URLs as twitter-text finds them (with or without a scheme): (start, end, url)."""
    if not _MAYBE_URL.search(text):
        return []
    from twitter_text import extract_urls_with_indices

    return [(e["indices"][0], e["indices"][1], e["url"]) for e in extract_urls_with_indices(text)]


def mastodon_length(text: str, url_length: int = MASTODON_URL_LENGTH) -> int:
    """Mastodon's StatusLengthValidator: URLs with a scheme = 23, ``@user@domain`` = ``@user``."""
    pieces: list[str] = []
    pos = 0
    for start, end, url in urls_with_indices(text):
        if not url.lower().startswith(("http://", "https://")):
            continue
        pieces.append(_MASTODON_MENTION.sub(r"@\1", text[pos:start]))
        pieces.append("x" * url_length)
        pos = end
    pieces.append(_MASTODON_MENTION.sub(r"@\1", text[pos:]))
    return grapheme_count("".join(pieces))


def threads_length(text: str) -> int:
    """Threads: characters, with each emoji counted as its UTF-8 byte length (Meta's API doc)."""
    total = 0
    for cluster in _GRAPHEME.findall(text):
        if _EMOJI_CLUSTER.search(cluster):
            total += len(cluster.encode("utf-8"))
        else:
            total += 1
    return total


def bluesky_length(text: str) -> int:
    return grapheme_count(text)


def utf8_length(text: str) -> int:
    return len(text.encode("utf-8", "surrogatepass"))


def plain_length(text: str) -> int:
    return len(text)


Counter = Callable[[str], int]


# Ceilings: numbers no smaller than a counter's count, computed without counting. A link needs a dot, so a
# text holds at most as many links as dots; the ceiling of a text not in NFC is not taken (NFC can lengthen).
def x_ceiling(text: str) -> int:
    """Every code point at its weight (an emoji of several code points weighs at least 2 that way; © and ®
    alone weigh 1 but count 2 as emoji), plus 23 for each possible link."""
    if not unicodedata.is_normalized("NFC", text):
        return len(text) * 6 + X_URL_LENGTH * text.count(".")  # NFC expands a code point to at most 3
    emoji_one = text.count("\u00a9") + text.count("\u00ae")
    return _x_segment_weight(text) + emoji_one + X_URL_LENGTH * text.count(".")


def mastodon_ceiling(text: str) -> int:
    return len(text) + MASTODON_URL_LENGTH * text.count(".")


def threads_ceiling(text: str) -> int:
    return 4 * len(text)  # an emoji counts its UTF-8 bytes, at most 4 per code point


CEILINGS: dict[Counter, Counter] = {
    x_weighted_length: x_ceiling,
    mastodon_length: mastodon_ceiling,
    threads_length: threads_ceiling,
    bluesky_length: len,
    plain_length: len,
}


@dataclass(frozen=True, slots=True)
class LengthReport:
    count: int
    limit: int
    byte_count: int | None = None
    byte_limit: int | None = None

    @property
    def over(self) -> bool:
        return self.count > self.limit or (
            self.byte_limit is not None and self.byte_count is not None and self.byte_count > self.byte_limit
        )
