"""Term tables as data, matched in one pass with Aho-Corasick on word boundaries.

Used by every family that looks for known terms (hashtag vocabulary, drug and company names, ...).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from typing import Any

import ahocorasick


def read_csv(package: str, name: str) -> list[dict[str, str]]:
    """Rows of a CSV file shipped as package data."""
    text = resources.files(package).joinpath(name).read_text("utf-8")
    rows = csv.reader(io.StringIO(text))
    header = [h.strip() for h in next(rows)]
    width = len(header)
    out = []
    for row in rows:
        if not any(cell.strip() for cell in row):
            continue
        cells = [cell.strip() for cell in row] + [""] * (width - len(row))
        out.append(dict(zip(header, cells[:width], strict=True)))
    return out


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int
    term: str
    value: Any


class TermMatcher:
    """Finds whole-word occurrences of many terms at once.

    Terms marked case-sensitive match the text as written; the others match its lower-cased form.
    Several values may share one term (e.g. a brand co-marketed by two companies).
    """

    def __init__(self, entries: Iterable[tuple[str, Any, bool]]) -> None:
        self._ci: Any = ahocorasick.Automaton()
        self._cs: Any = ahocorasick.Automaton()
        ci: dict[str, list[Any]] = {}
        cs: dict[str, list[Any]] = {}
        for raw, value, case_sensitive in entries:
            term = raw.strip()
            if not term:
                continue
            if case_sensitive:
                cs.setdefault(term, []).append(value)
            else:
                ci.setdefault(term.lower(), []).append(value)
        for table, automaton in ((ci, self._ci), (cs, self._cs)):
            for key, values in table.items():
                automaton.add_word(key, (key, tuple(values)))
            if table:
                automaton.make_automaton()
        self._has_ci = bool(ci)
        self._has_cs = bool(cs)

    def _scan(self, automaton: Any, haystack: str, original: str) -> Iterator[Match]:
        n = len(original)
        for end_index, (key, values) in automaton.iter(haystack):
            start = end_index - len(key) + 1
            end = end_index + 1
            if start > 0 and _is_word_char(original[start - 1]) and _is_word_char(key[0]):
                continue
            if end < n and _is_word_char(original[end]) and _is_word_char(key[-1]):
                continue
            for value in values:
                yield Match(start, end, original[start:end], value)

    def find(self, text: str, folded: str) -> list[Match]:
        """All whole-word matches; ``folded`` is ``text`` lower-cased with the same offsets."""
        out: list[Match] = []
        if self._has_ci:
            out.extend(self._scan(self._ci, folded, text))
        if self._has_cs:
            out.extend(self._scan(self._cs, text, text))
        out.sort(key=lambda m: (m.start, -(m.end - m.start)))
        return out


def longest_non_overlapping(matches: Iterable[Match]) -> list[Match]:
    """Keep the longest match where matches overlap ("trastuzumab deruxtecan" over "trastuzumab")."""
    kept: list[Match] = []
    for m in sorted(matches, key=lambda m: (m.start, -(m.end - m.start))):
        if kept and m.start < kept[-1].end:
            if m.start == kept[-1].start and m.end == kept[-1].end:
                kept.append(m)
            continue
        kept.append(m)
    return kept
