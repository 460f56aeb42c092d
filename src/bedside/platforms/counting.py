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
# A character that may belong to an emoji (twitter-text's emoji pattern starts only with these).
_MAYBE_EMOJI = regex.compile(r"[\u00a9\u00ae\u203c\u2049\u2030-\U0010ffff]")
_LINE_ENDINGS = regex.compile(r"\r\n|\r")
_EMOJI_CLUSTER = regex.compile(r"\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3")
_MASTODON_MENTION = regex.compile(r"(?<![\w@/])@(\w+(?:[.-]\w+)*)@[\w.-]+\.\w+", regex.ASCII)
_X_INVALID = frozenset("\ufffe\ufeff\uffff")
# twitter-text finds a URL only where a dot is followed by a top-level domain; without one, there is none
# to find, and its (slow to import) parser is not loaded at all.
_MAYBE_URL = regex.compile(r"\.(?:[^\W\d_]{2}|xn--)")


def grapheme_count(text: str) -> int:
    return len(_GRAPHEME.findall(text))


def _x_char_weight(cp: int) -> int:
    if cp <= 0x10FF or 0x2000 <= cp <= 0x200D or 0x2010 <= cp <= 0x201F or 0x2032 <= cp <= 0x2037:
        return 1
    return 2


def x_weighted_length(text: str) -> int:
    """X's weighted length (twitter-text config v3)."""
    normalized = unicodedata.normalize("NFC", text)
    if _MAYBE_EMOJI.search(normalized):
        from twitter_text import parse_tweet

        return int(parse_tweet(text).weightedLength)
    normalized = _LINE_ENDINGS.sub("\n", normalized)
    total = 0
    pos = 0
    for start, end, _ in urls_with_indices(normalized):
        total += sum(_x_char_weight(ord(c)) for c in normalized[pos:start]) + X_URL_LENGTH
        pos = end
    total += sum(_x_char_weight(ord(c)) for c in normalized[pos:])
    return total


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
