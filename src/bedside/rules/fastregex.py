"""Large alternations, searched as separate patterns.

The ``regex`` engine optimises a pattern that starts with a literal or a small set of words, but not a
long top-level alternation of such branches: searching each branch on its own is several times faster
than searching their union (measured in ``benchmarks/``). ``fast_compile`` splits a pattern at its
top-level ``|`` and gives back an object with the ``search`` and ``finditer`` of the union.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

import regex

MIN_BRANCHES = 4


class Matcher(Protocol):
    @property
    def pattern(self) -> str: ...

    def search(self, string: str, pos: int = ..., endpos: int | None = ...) -> regex.Match[str] | None: ...

    def finditer(
        self, string: str, pos: int = ..., endpos: int | None = ...
    ) -> Iterator[regex.Match[str]]: ...


def split_branches(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern (outside groups and character classes)."""
    parts: list[str] = []
    current: list[str] = []
    depth = 0
    in_class = False
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            current.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":
                current.append("[]")
                i += 2
                continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append("".join(current))
            current = []
            i += 1
            continue
        current.append(ch)
        i += 1
    parts.append("".join(current))
    return parts


class Alternation:
    """The union of several compiled branches, with the leftmost-first semantics of ``a|b|c``."""

    def __init__(self, pattern: str, branches: list[regex.Pattern[str]]) -> None:
        self.pattern = pattern
        self.branches = branches

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        end = len(string) if endpos is None else endpos
        best: regex.Match[str] | None = None
        for branch in self.branches:
            m = branch.search(string, pos, end)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        return best

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None) -> Iterator[regex.Match[str]]:
        """Leftmost-first, non-overlapping matches, exactly as the union would give them.

        Each branch's next match is kept until the scan passes its start: a branch that matches far
        ahead (or never) is not searched again after every match, so the scan stays linear.
        """
        end = len(string) if endpos is None else endpos
        upcoming: list[regex.Match[str] | None] = [b.search(string, pos, end) for b in self.branches]
        while pos <= end:
            best: regex.Match[str] | None = None
            for i, branch in enumerate(self.branches):
                m = upcoming[i]
                if m is not None and m.start() < pos:
                    m = upcoming[i] = branch.search(string, pos, end)
                if m is not None and (best is None or m.start() < best.start()):
                    best = m
            if best is None:
                return
            yield best
            pos = best.end() if best.end() > best.start() else best.end() + 1


def fast_compile(pattern: str, flags: int = 0) -> Matcher:
    branches = split_branches(pattern)
    if len(branches) < MIN_BRANCHES:
        return regex.compile(pattern, flags)
    return Alternation(pattern, [regex.compile(b, flags) for b in branches])
