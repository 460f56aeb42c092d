"""Split an over-long post into a numbered thread, each part within the platform's limit."""

from __future__ import annotations

from collections.abc import Callable

import regex

_SENTENCE = regex.compile(r"[^.!?…\n]+(?:[.!?…]+[\"')\]]*|\n+|$)\s*")
_WORDS = regex.compile(r"\S+\s*")


def _pieces(text: str) -> list[str]:
    sentences = [m.group(0) for m in _SENTENCE.finditer(text) if m.group(0)]
    return sentences or [text]


def _pack(pieces: list[str], fits: Callable[[str], bool]) -> list[str]:
    parts: list[str] = []
    current = ""
    for piece in pieces:
        candidate = current + piece
        if fits(candidate.strip()):
            current = candidate
            continue
        if current.strip():
            parts.append(current.strip())
        current = ""
        if fits(piece.strip()):
            current = piece
            continue
        # A sentence too long for one part: go word by word, then character by character.
        for token in _WORDS.findall(piece):
            word = token
            candidate = current + word
            if fits(candidate.strip()):
                current = candidate
                continue
            if current.strip():
                parts.append(current.strip())
            current = ""
            while not fits(word.strip()) and len(word) > 1:
                cut = len(word)
                while cut > 1 and not fits(word[:cut]):
                    cut = cut * 3 // 4
                parts.append(word[:cut])
                word = word[cut:]
            current = word
    if current.strip():
        parts.append(current.strip())
    return parts


def split_thread(text: str, limit: int, count: Callable[[str], int]) -> list[str]:
    """Numbered parts ``"… 1/3"`` whose every part counts at most ``limit`` on the platform."""
    pieces = _pieces(text)
    total_guess = 2
    for _ in range(5):
        suffix_len = len(f" {total_guess}/{total_guess}") + 1

        def fits(part: str, budget: int = limit - suffix_len) -> bool:
            return count(part) <= budget

        parts = _pack(pieces, fits)
        if len(str(len(parts))) <= len(str(total_guess)):
            break
        total_guess = len(parts)
    n = len(parts)
    return [f"{part} {i}/{n}" for i, part in enumerate(parts, 1)]
