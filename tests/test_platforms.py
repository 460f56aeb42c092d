"""Length counting per platform, checked against the reference implementations and the spec's figures."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from twitter_text import parse_tweet

from bedside.platforms import PLATFORMS, get_spec
from bedside.platforms.counting import (
    bluesky_length,
    mastodon_length,
    threads_length,
    x_weighted_length,
)
from bedside.platforms.threading import split_thread


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hello", 5),
        ("english text 日本語 😷 https://example.com", 46),
        ("👨‍👩‍👧‍👦", 2),
        ("🇺🇸🇬🇧", 4),
        ("see example.com/abc and https://t.co/x", 4 + 23 + 5 + 23),
        ("café", 4),
        ("“quoted” — dash…", 17),
    ],
)
def test_x_weighted_length(text: str, expected: int) -> None:
    assert x_weighted_length(text) == expected


_ALPHABET = st.sampled_from(
    [
        *list("abc XYZ.,:/-#@\n\r\t0123"),
        "é",
        "ß",
        "—",
        "’",
        "“",
        "…",
        "日",
        "한",
        "😷",
        "👍🏽",
        "🇫🇷",
        "©",
        "‼",
        "\u200d",
        "https://a.co/x ",
        "www.nih.gov ",
        "*\ufe0f\u20e3",
        "#\u20e3",
        "7\ufe0f",
        "❤\ufe0f",
        "👨\u200d👩\u200d👧",
        "🏳\ufe0f\u200d🌈",
        "🅰",
        "🙏",
        "\ufe0f",
    ]
)


@settings(max_examples=600, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_x_counting_equals_twitter_text(text: str) -> None:
    assert x_weighted_length(text) == parse_tweet(text).weightedLength


def test_every_emoji_start_below_u2030_is_a_candidate() -> None:
    """bedside tries twitter-text's emoji pattern only where ``_EMOJI_START`` says an emoji can start."""
    from twitter_text.regexp.emoji import emoji

    from bedside.platforms.counting import _EMOJI_START

    for code in range(0x2030):
        for tail in ("", "\ufe0f", "\u20e3", "\ufe0f\u20e3", "\u200d", "\U0001f3fb"):
            m = emoji.match(chr(code) + tail)
            if m is not None and m.end() > 0:
                assert _EMOJI_START.match(chr(code) + tail), hex(code)


_FAST_ALPHABET = st.sampled_from(
    [
        *"abc XYZ.,:/-#@\n\r\t0123",
        "é",
        "ß",
        "—",
        "’",
        "“",
        "…",
        "https://a.co/x ",
        "www.nih.gov ",
        "e.g. ",
        "t.co",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_FAST_ALPHABET, max_size=40).map("".join))
def test_x_fast_path_equals_twitter_text(text: str) -> None:
    """Text with no emoji candidate takes bedside's own path, which must agree with the library."""
    from bedside.platforms.counting import _MAYBE_EMOJI

    assert _MAYBE_EMOJI.search(text) is None
    assert x_weighted_length(text) == parse_tweet(text).weightedLength


@pytest.mark.parametrize(
    ("text", "expected"),
    [("नमस्ते", 3), ("👨‍👩‍👧", 1), ("🇫🇷", 1), ("a\r\nb", 3), ("e\u0301", 1), ("👍🏽", 1)],
)
def test_bluesky_counts_graphemes(text: str, expected: int) -> None:
    assert bluesky_length(text) == expected


def test_bluesky_byte_limit() -> None:
    spec = get_spec("bluesky")
    text = "𝔸" * 290  # 290 graphemes, 1,160 bytes: under both
    assert not spec.measure(text).over
    heavy = "👨‍👩‍👧‍👦" * 121  # 121 graphemes but 3,025 bytes
    report = spec.measure(heavy)
    assert report.count == 121
    assert report.over


def test_mastodon_urls_and_remote_mentions() -> None:
    assert mastodon_length("https://example.com/" + "a" * 100) == 23
    assert mastodon_length("@alice@mastodon.social hi") == len("@alice hi")
    assert mastodon_length("example.com/abc") == len("example.com/abc")  # no scheme: counted as typed


def test_threads_counts_emoji_bytes() -> None:
    assert threads_length("hi 👍") == 3 + 4
    assert threads_length("👨‍👩‍👧") == len("👨‍👩‍👧".encode())


def test_unknown_platform_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unknown platform 'myspace'"):
        get_spec("myspace")


@pytest.mark.parametrize("platform", ["x", "bluesky", "mastodon", "threads"])
def test_thread_split_parts_fit(platform: str) -> None:
    spec = get_spec(platform)
    text = " ".join(f"Sentence number {i} about adjuvant therapy and its caveats." for i in range(40))
    parts = split_thread(text, spec.limit, spec.counter)
    assert len(parts) > 1
    for i, part in enumerate(parts, 1):
        assert spec.counter(part) <= spec.limit
        assert part.endswith(f"{i}/{len(parts)}")
    assert " ".join(p.rsplit(" ", 1)[0] for p in parts).split() == text.split()


def test_thread_split_handles_one_giant_word() -> None:
    spec = get_spec("x")
    parts = split_thread("x" * 1000, spec.limit, spec.counter)
    assert all(spec.counter(p) <= spec.limit for p in parts)
    assert "".join(p.rsplit(" ", 1)[0] for p in parts) == "x" * 1000


@pytest.mark.parametrize(
    ("platform", "limit"),
    [
        ("x", 280),
        ("bluesky", 300),
        ("mastodon", 500),
        ("threads", 500),
        ("linkedin", 3000),
        ("instagram", 2200),
        ("facebook", 63206),
        ("tiktok", 2200),
    ],
)
def test_limits(platform: str, limit: int) -> None:
    assert get_spec(platform).limit == limit


def test_thread_split_keeps_punctuation_and_graphemes() -> None:
    spec = get_spec("bluesky")
    text = "Wait for it...\n...and then the scan was clean?? Why. " + "👨‍👩‍👧" * 400
    parts = split_thread(text, spec.limit, spec.counter)
    body = "".join(p.rsplit(" ", 1)[0] for p in parts)
    assert "...and then" in body
    assert "??" in body
    assert all(spec.counter(p) <= spec.limit for p in parts)
    for part in parts:  # no family emoji cut in half
        assert "\u200d" not in (part[0], part.rsplit(" ", 1)[0][-1])


def test_thread_split_gives_up_when_the_limit_is_tiny() -> None:
    assert split_thread("word " * 50, 3, len) == []


_CEILING_ALPHABET = st.sampled_from(
    [
        *"abc XYZ.,:/-#@\n\r\t0123",
        "é",
        "e\u0301",
        "\u0958",
        "\ufb2c",
        "日",
        "😷",
        "👨\u200d👩\u200d👧",
        "🇫🇷",
        "https://a.co/x ",
        "t.co",
        "@ann@x.social ",
        "©",
        "®",
        "‼",
        "#\ufe0f\u20e3",
        "\r\n",
        "한",
        "\u200d",
        "\ufe0f",
        "ß",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_CEILING_ALPHABET, max_size=80).map("".join))
def test_a_ceiling_is_never_below_the_count(text: str) -> None:
    """``within`` trusts a ceiling without counting: it must never be smaller than the real count."""
    from bedside.platforms.counting import CEILINGS

    for spec in PLATFORMS.values():
        assert CEILINGS[spec.counter](text) >= spec.counter(text), spec.platform
        for limit in (5, 40, 280):
            assert spec.within(text, limit) == (not spec.measure(text, limit).over), (spec.platform, limit)
