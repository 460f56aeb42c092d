"""Large alternations, searched as separate, prefiltered patterns.

The ``regex`` engine optimises a pattern that starts with a literal or a small set of words, but not a
long top-level alternation of such branches: searching each branch on its own is several times faster
than searching their union (measured in ``benchmarks/``). ``fast_compile`` splits a pattern at its
top-level ``|`` and gives back an object with the ``search`` and ``finditer`` of the union. Each branch
is also gated by the words one of which every match of it contains (``prefilter.required_literals``):
one Aho-Corasick pass over a post tells which branches can match at all, and only those are searched.
A pattern with fewer branches is gated as a whole (``prefilter.gate``).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any, Protocol

import ahocorasick
import regex

from bedside.rules.prefilter import gate, gate_text, required_literals

MIN_BRANCHES = 4


class Matcher(Protocol):
    @property
    def pattern(self) -> str: ...

    def search(self, string: str, pos: int = ..., endpos: int | None = ...) -> regex.Match[str] | None: ...

    def finditer(
        self, string: str, pos: int = ..., endpos: int | None = ...
    ) -> Iterator[regex.Match[str]]: ...


def _syntax(pattern: str, start: int = 0) -> Iterator[int]:
    """The indices of the characters that are syntax: not escaped, and outside character classes (a class's
    leading ``]`` or ``^]`` is a literal ``]``)."""
    i, n = start, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i += 1
            if pattern[i : i + 1] == "^":
                i += 1
            if pattern[i : i + 1] == "]":
                i += 1
            while i < n and pattern[i] != "]":
                if pattern.startswith("[:", i) and (close := pattern.find(":]", i + 2)) >= 0:
                    i = close + 2  # a POSIX class ("[[:digit:]]") inside the class
                    continue
                i += 2 if pattern[i] == "\\" else 1
            i += 1
            continue
        yield i
        i += 1


def split_branches(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern (outside groups and character classes)."""
    cuts = [-1]
    depth = 0
    for i in _syntax(pattern):
        ch = pattern[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            cuts.append(i)
    cuts.append(len(pattern))
    return [pattern[a + 1 : b] for a, b in itertools.pairwise(cuts)]


class Alternation:
    """The union of several branches, with the leftmost-first semantics of ``a|b|c``.

    A branch with required literals is searched only in a post that holds one of them. Nothing is compiled
    when the pattern is defined: the gates are built on first use, and each branch is compiled the first
    time a post can match it (most branches of a long word list are never needed in a short session).
    """

    def __init__(self, pattern: str, sources: list[str], flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self.sources = sources
        self._compiled: list[regex.Pattern[str] | None] = [None] * len(sources)
        self._numbered = _numbered(sources)
        self._always = 0
        self._all = (1 << len(sources)) - 1
        self._automaton: Any = None
        self._lists: dict[int, list[regex.Pattern[str]]] = {}  # a mask -> its branches, in pattern order
        self._last: tuple[str, list[regex.Pattern[str]]] | None = None

    @property
    def branches(self) -> list[regex.Pattern[str]]:
        """Every branch, compiled."""
        return [self._branch(i) for i in range(len(self.sources))]

    def _branch(self, i: int) -> regex.Pattern[str]:
        compiled = self._compiled[i]
        if compiled is None:
            compiled = self._compiled[i] = regex.compile(self._numbered[i], self.flags)
        return compiled

    def _gates(self) -> Any:
        automaton = self._automaton
        if automaton is not None:
            return automaton
        always = 0
        owners: dict[str, int] = {}  # a literal -> the bit mask of the branches that need it
        for i, source in enumerate(self.sources):
            literals = required_literals(source, self.flags)
            if literals is None:
                always |= 1 << i
            else:
                for word in literals:
                    owners[word] = owners.get(word, 0) | 1 << i
        automaton = ahocorasick.Automaton()
        for word, mask in owners.items():
            automaton.add_word(word, mask)
        if owners:
            automaton.make_automaton()
        self._always = always
        self._automaton = automaton
        return automaton

    def active(self, string: str) -> list[regex.Pattern[str]]:
        """The branches that can match in ``string``, in pattern order (remembered for the last string)."""
        last = self._last
        if last is not None and last[0] is string:
            return last[1]
        automaton = self._gates()
        mask = self._always
        if mask != self._all:
            every = self._all
            for _, bits in automaton.iter(gate_text(string)):
                mask |= bits
                if mask == every:
                    break
        branches = self._lists.get(mask)
        if branches is None:
            branches = [self._branch(i) for i in range(len(self.sources)) if mask >> i & 1]
            if len(self._lists) < 4_096:  # the masks seen are few; a bound all the same
                self._lists[mask] = branches
        self._last = (string, branches)
        return branches

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        end = len(string) if endpos is None else endpos
        best: regex.Match[str] | None = None
        for branch in self.active(string):
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
        branches = self.active(string)
        upcoming: list[regex.Match[str] | None] = [b.search(string, pos, end) for b in branches]
        while pos <= end:
            best: regex.Match[str] | None = None
            for i, branch in enumerate(branches):
                m = upcoming[i]
                if m is not None and m.start() < pos:
                    m = upcoming[i] = branch.search(string, pos, end)
                if m is not None and (best is None or m.start() < best.start()):
                    best = m
            if best is None:
                return
            yield best
            pos = best.end() if best.end() > best.start() else best.end() + 1


def _closing(pattern: str, start: int) -> int:
    """The index of the ``)`` that closes the group opened at ``pattern[start]``, or -1."""
    depth = 0
    for i in _syntax(pattern, start):
        if pattern[i] == "(":
            depth += 1
        elif pattern[i] == ")":
            depth -= 1
            if depth == 0:
                return i
    return -1


def _word_list_branches(branch: str, verbose: bool = False) -> list[str]:
    """``\\b(?:a|b|c)\\b`` as ``\\ba\\b``, ``\\bb\\b``, ``\\bc\\b`` (the same matches, in the same order of
    preference: the word boundary before the group is zero-width, so nothing is tried differently), so that
    each word is gated on its own; any other branch as it is."""
    core = branch.strip() if verbose else branch  # outside a verbose pattern, spaces are part of it
    if not core.startswith("\\b(?:") or _closing(core, 2) != len(core) - 3 or not core.endswith(")\\b"):
        return [branch]
    words = split_branches(core[5:-3])
    return [f"\\b(?:{w})\\b" for w in words] if len(words) > 1 else [branch]


# What a branch cannot carry on its own: a global inline flag ("(?i)" applies to every branch, but would
# stay in the first), a named group or a back-reference (may point into another branch), a comment
_WHOLE_ONLY = regex.compile(r"\(\?[a-zA-Z0-9-]+\)|\(\?P?<[A-Za-z_]|\(\?P[=>]|\\[1-9]|\\g<|\(\?#")
# full case folding ("ß" matches "ss") is beyond the gates' folding
_WHOLE_FLAGS = regex.FULLCASE | regex.V1


def _verbose_comment(pattern: str) -> bool:
    """Whether a verbose pattern has a ``#`` comment (outside a class, unescaped): a ``|`` or ``(`` in it would
    be read as syntax when the pattern is split."""
    return any(pattern[i] == "#" for i in _syntax(pattern))


def fast_compile(pattern: str, flags: int = 0) -> Matcher:
    """``pattern`` as an ``Alternation`` of gated branches, or (few branches, or syntax a branch cannot carry
    alone) gated as a whole."""
    if (
        flags & _WHOLE_FLAGS
        or _WHOLE_ONLY.search(pattern)
        or (flags & regex.VERBOSE and _verbose_comment(pattern))
    ):
        return gate(regex.compile(pattern, flags))
    verbose = bool(flags & regex.VERBOSE)
    branches = [word for branch in split_branches(pattern) for word in _word_list_branches(branch, verbose)]
    if len(branches) < MIN_BRANCHES:
        return gate(regex.compile(pattern, flags))
    return Alternation(pattern, branches, flags)


def _count_groups(source: str) -> int:
    """The capturing groups in a pattern: ``(`` not followed by ``?``, and named groups (``(?P<x>``, ``(?<x>``)."""
    count = 0
    for i in _syntax(source):
        if source[i] == "(":
            rest = source[i + 1 : i + 4]
            if (
                not rest.startswith("?")
                or rest.startswith("?P<")
                or (rest[:2] == "?<" and rest[2:3] not in "=!")
            ):
                count += 1
    return count


def _numbered(sources: list[str]) -> list[str]:
    """Each branch with the group numbers it has in the union: the groups of the branches before it and after
    it are there as empty groups that never take part (``(){0}``), so ``m.group(3)`` and ``m.lastindex`` mean
    what they mean in the whole pattern."""
    counts = [_count_groups(b) for b in sources]
    total = sum(counts)
    numbered: list[str] = []
    before = 0
    for branch, n in zip(sources, counts, strict=True):
        numbered.append("(){0}" * before + f"(?:{branch})" + "(){0}" * (total - before - n))
        before += n
    return numbered
