"""Split an over-long post into a numbered thread, each part within the platform's limit."""

from __future__ import annotations

from collections.abc import Callable

import regex

# Split after sentence punctuation or at line breaks; every character of a sentence stays in it
# ("...and then" and "?? Why" keep their punctuation).
_SENTENCE_BREAK = regex.compile(r"(?<=[.!?…])\s+|\s*\n+\s*")
_GRAPHEME = regex.compile(r"\X")


def _pieces(text: str) -> list[str]:
    return [p for p in _SENTENCE_BREAK.split(text.strip()) if p] or [text]


def _cut(word: str, fits: Callable[[str], bool]) -> list[str]:
    """A word too long for one part, cut between graphemes (never inside an emoji or an accent)."""
    clusters = _GRAPHEME.findall(word)
    parts: list[str] = []
    while clusters:
        lo, hi = 1, len(clusters)
        while lo < hi:  # the largest prefix that fits
            mid = (lo + hi + 1) // 2
            if fits("".join(clusters[:mid])):
                lo = mid
            else:
                hi = mid - 1
        parts.append("".join(clusters[:lo]))
        clusters = clusters[lo:]
    return parts


def _pack(pieces: list[str], fits: Callable[[str], bool]) -> list[str]:
    """Greedy packing: sentences while they fit, then the words of a sentence too long for one part,
    then the graphemes of a word too long for one part."""
    parts: list[str] = []
    current = ""
    for piece in pieces:
        candidate = f"{current} {piece}" if current else piece
        if fits(candidate):
            current = candidate
            continue
        if current:
            parts.append(current)
        if fits(piece):
            current = piece
            continue
        words = piece.split()
        *whole, current = _pack(words, fits) if len(words) > 1 else _cut(piece, fits)
        parts.extend(whole)
    if current:
        parts.append(current)
    return parts


def split_thread(text: str, limit: int, count: Callable[[str], int]) -> list[str]:
    """Numbered parts ``"... 1/3"`` whose every part counts at most ``limit`` on the platform.

    Returns no parts when the limit is too small to hold even one character and its number.
    """
    total_guess = 9
    parts: list[str] = []
    for _ in range(5):
        suffix = f" {total_guess}/{total_guess}"
        budget = limit - count(suffix)
        if budget < 1:
            return []

        def fits(part: str, budget: int = budget) -> bool:
            return count(part) <= budget

        parts = _pack(_pieces(text), fits)
        if len(str(len(parts))) <= len(str(total_guess)):
            break
        total_guess = 10 ** len(str(len(parts))) - 1
    n = len(parts)
    return [f"{part} {i}/{n}" for i, part in enumerate(parts, 1)]
