"""A literal prefilter for word-list patterns: skip the regex when none of its required words is present.

Most rule patterns are long lists of words (``\\b(?:teacher|firefighter|...)\\b``). The ``regex`` engine
tries every position of the text against such a list, which costs tens of microseconds per post even when
nothing matches, and nothing matches in most posts. ``required_literals`` reads a pattern's syntax tree
and returns a set of strings one of which occurs (lower-cased) in every possible match; ``Gated`` checks
for them with one Aho-Corasick pass and runs the pattern only when one is there. The set is a necessary
condition, so a gated pattern finds exactly what the pattern finds (a property test checks this on every
gated pattern); when no useful set can be derived the pattern simply runs ungated.

The syntax tree comes from the standard library's regular expression parser (``re._parser``; it reads
the subset of ``regex`` syntax our patterns use). If it cannot read a pattern, there is no gate.

Texts are compared in ``gate_text`` form: lower-cased, with the three non-ASCII characters that a
case-insensitive ``regex`` pattern matches to an ASCII letter (İ, the Kelvin sign, long s) mapped to that
letter. Literals with other cased non-ASCII characters give no gate, so the gate never misses a match.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from typing import Any

import ahocorasick
import regex

MIN_LITERAL = 2  # single characters are in nearly every post: no use as a gate

_parser: Any
_constants: Any
try:  # pragma: no branch - present on every CPython bedside supports (3.11+)
    _parser = importlib.import_module("re._parser")
    _constants = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover
    _parser = _constants = None

# Syntax only the `regex` module knows, which the stdlib parser may read as literals.
_REGEX_ONLY = re.compile(
    r"\{[eisd]\s*[<=]|\{e\}|\\[pPX]|\(\?[rV]|\(\?\||\\[mM]\b|\[\[|\[:\^?\w+:\]|\(\?\(DEFINE|\(\?[a-zA-Z-]*f"
)
_RE_FLAGS = {regex.IGNORECASE: 2, regex.MULTILINE: 8, regex.DOTALL: 16, regex.VERBOSE: 64}


def _best(candidates: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective set: the longest shortest literal, then the fewest literals."""
    useful = [c for c in candidates if c and min(len(s) for s in c) >= MIN_LITERAL]
    if not useful:
        return None
    return max(useful, key=lambda c: (min(len(s) for s in c), -len(c)))


def _sequence(items: Any) -> frozenset[str] | None:
    c = _constants
    candidates: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            candidates.append(frozenset({"".join(run)}))
            run.clear()

    for op, av in items:
        if op is c.LITERAL:
            run.append(chr(av))
            continue
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero-width: "ab\bcd" still contains "abcd"
        flush()
        found: frozenset[str] | None = None
        if op is c.SUBPATTERN:
            found = _sequence(av[-1])
        elif op is c.ATOMIC_GROUP:
            found = _sequence(av)
        elif op is c.BRANCH:
            sets = [_sequence(branch) for branch in av[1]]
            if all(s is not None for s in sets):
                found = frozenset().union(*(s for s in sets if s is not None))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, _high, sub = av
            if low >= 1:
                found = _sequence(sub)
        if found is not None:
            candidates.append(found)
    flush()
    return _best(candidates)


# "\\b(?:teacher)\\b", "\\b(?:patients?)\\b": a word-list branch (fastregex) read without the parser
_PLAIN_WORD = re.compile(r"\\b\(\?:([A-Za-z0-9' ]{2,})(?:e?s\?)?\)\\b")


def required_literals(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Lower-cased strings one of which is in every match of ``pattern``; None when none can be derived."""
    plain = _PLAIN_WORD.fullmatch(pattern.strip())
    if plain is not None and not (flags & regex.VERBOSE and " " in plain.group(1)):
        return frozenset({plain.group(1).lower()})
    if _parser is None:  # pragma: no cover
        return None
    if _REGEX_ONLY.search(pattern):
        return None  # fuzzy matching, \p{..}, \X, ...: the stdlib parser would misread them
    re_flags = sum(v for k, v in _RE_FLAGS.items() if flags & k)
    try:
        tree = _parser.parse(pattern, re_flags)
    except Exception:
        return None
    found = _sequence(tree.data)
    if found is None:
        return None
    if any(not c.isascii() and c.lower() != c.upper() for literal in found for c in literal):
        return None  # "Σ", "É": their case variants are not all str.lower() of each other
    return frozenset(s.lower() for s in found)


# Non-ASCII characters a case-insensitive `regex` pattern matches to an ASCII letter (a test scans every code
# point to keep this complete): they become that letter before the text is lower-cased.
_TO_ASCII = str.maketrans({"\u0130": "i", "\u212a": "k", "\u017f": "s"})
_LAST_GATE_TEXT: list[tuple[str, str]] = [("", "")]


def gate_text(string: str) -> str:
    """``string`` as gates compare it (remembered for the last string: every gate asks for the same post)."""
    last = _LAST_GATE_TEXT[0]
    if last[0] is string:
        return last[1]
    folded = string.lower() if string.isascii() else string.translate(_TO_ASCII).lower()
    _LAST_GATE_TEXT[0] = (string, folded)
    return folded


class Gated:
    """A compiled pattern that runs only when one of its required literals is in the text."""

    def __init__(self, compiled: regex.Pattern[str], literals: frozenset[str]) -> None:
        self.compiled = compiled
        self.pattern = compiled.pattern
        self.literals = literals
        self._automaton: Any = ahocorasick.Automaton()
        for word in literals:
            self._automaton.add_word(word, word)
        self._automaton.make_automaton()
        self._last: str | None = None
        self._last_present = False

    def present(self, string: str) -> bool:
        if string is self._last:
            return self._last_present  # the same post, searched again sentence by sentence
        found = next(iter(self._automaton.iter(gate_text(string))), None) is not None
        self._last, self._last_present = string, found
        return found

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        if not self.present(string):
            return None
        return self.compiled.search(string, pos, len(string) if endpos is None else endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None) -> Iterator[regex.Match[str]]:
        if not self.present(string):
            return iter(())
        return self.compiled.finditer(string, pos, len(string) if endpos is None else endpos)


def gate(compiled: regex.Pattern[str]) -> regex.Pattern[str] | Gated:
    """``compiled`` behind its literal prefilter, or ``compiled`` itself when no prefilter is derived."""
    literals = required_literals(compiled.pattern, compiled.flags)
    return compiled if literals is None else Gated(compiled, literals)
