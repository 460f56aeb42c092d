"""What every rule sees: the draft, shared analyses of its text, and the loaded resources.

Analyses are computed on first use and shared by all rules for one draft. Resources (term tables,
automatons) are loaded on first use and shared by every draft an engine checks.
"""

from __future__ import annotations

import bisect
import functools
import threading
from collections.abc import Callable
from typing import Any, TypeVar, cast

import regex

from bedside.draft import Draft
from bedside.findings import Fix
from bedside.platforms import counting

T = TypeVar("T")

# A sentence ends at . ! ? or … followed by space, but not after a title, an initial or a common abbreviation.
_SENTENCE_END = regex.compile(
    r"(?<!\b(?:Dr|Mr|Mrs|Ms|Mx|St|Mt|Ft|Prof|Sr|Jr|vs|etc|e\.g|i\.e|approx|No|Fig|al|[A-Z])\.)"
    r"(?<=[.!?…])[\"')\]]*\s+|\n+"
)
_HASHTAG = regex.compile(r"(?<![\w#&])#(\w*[^\W\d_]\w*)")
_MENTION = regex.compile(r"(?<![\w@])@\w+(?:@[\w.-]+\w)?")
_WORD = regex.compile(r"\w+(?:['’]\w+)*")


class Resources:
    """A thread-safe, per-engine cache of loaded data, keyed by the function that loads it."""

    def __init__(self) -> None:
        self._cache: dict[Callable[[], Any], Any] = {}
        self._lock = threading.Lock()

    def get(self, loader: Callable[[], T]) -> T:
        try:
            return cast(T, self._cache[loader])
        except KeyError:
            pass
        with self._lock:
            if loader not in self._cache:
                self._cache[loader] = loader()
            return cast(T, self._cache[loader])


def fold(text: str) -> str:
    """Lower-case ``text`` keeping every offset (characters whose lower case is longer stay as they are)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


class Context:
    def __init__(self, draft: Draft, resources: Resources) -> None:
        self.draft = draft
        self.text = draft.text
        self.resources = resources
        self.spec = draft.spec
        self.limit = draft.limit
        self.memo: dict[object, object] = {}

    @functools.cached_property
    def folded(self) -> str:
        return fold(self.text)

    @functools.cached_property
    def sentences(self) -> tuple[tuple[int, int], ...]:
        spans: list[tuple[int, int]] = []
        pos = 0
        for m in _SENTENCE_END.finditer(self.text):
            if m.start() > pos:
                spans.append((pos, m.start()))
            pos = m.end()
        if pos < len(self.text):
            spans.append((pos, len(self.text)))
        return tuple(spans)

    @functools.cached_property
    def _sentence_starts(self) -> list[int]:
        return [start for start, _ in self.sentences]

    def sentence_at(self, offset: int) -> tuple[int, int]:
        """The sentence holding ``offset`` (binary search: rules call this once per match)."""
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0:
            start, end = self.sentences[i]
            if start <= offset < end:
                return start, end
        return 0, len(self.text)

    def once(self, key: object, compute: Callable[[], T]) -> T:
        """``compute()`` the first time ``key`` is asked for in this draft; the remembered value after."""
        try:
            return cast(T, self.memo[key])
        except KeyError:
            value = self.memo[key] = compute()
            return value

    def fits(self, fix: Fix) -> bool:
        """Whether the draft, with ``fix`` applied, is still within the platform's limit."""
        return self.spec.within(fix.apply(self.text), self.limit)

    def sentence_search(self, pattern: Any, offset: int) -> bool:
        """Whether the sentence holding ``offset`` matches ``pattern``, computed once per sentence."""
        start, end = self.sentence_at(offset)
        key = ("sentence", id(pattern), start)
        hit = self.memo.get(key)
        if hit is None:
            hit = self.memo[key] = pattern.search(self.text, start, end) is not None
        return bool(hit)

    def sentence_spans(self, pattern: Any, offset: int) -> tuple[tuple[int, int], ...]:
        """The spans ``pattern`` matches in the sentence holding ``offset``, computed once per sentence."""
        start, end = self.sentence_at(offset)
        key = ("spans", id(pattern), start)
        spans = self.memo.get(key)
        if not isinstance(spans, tuple):
            spans = self.memo[key] = tuple(m.span() for m in pattern.finditer(self.text, start, end))
        return spans

    @functools.cached_property
    def urls(self) -> tuple[tuple[int, int, str], ...]:
        return tuple(counting.urls_with_indices(self.text))

    @functools.cached_property
    def hashtags(self) -> tuple[tuple[int, int, str], ...]:
        return tuple((m.start(), m.end(), m.group(1)) for m in _HASHTAG.finditer(self.text))

    @functools.cached_property
    def hashtag_set(self) -> frozenset[str]:
        return frozenset(tag.casefold() for _, _, tag in self.hashtags)

    @functools.cached_property
    def mentions(self) -> tuple[tuple[int, int, str], ...]:
        return tuple((m.start(), m.end(), m.group(0)) for m in _MENTION.finditer(self.text))

    @functools.cached_property
    def words(self) -> frozenset[str]:
        return frozenset(_WORD.findall(self.folded))

    def in_url(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e, _ in self.urls)
