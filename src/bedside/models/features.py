"""Text to n-gram features, shared by training (training/train_*.py) and inference, so both see the same.

Words and their pairs, and character 2-5-grams inside word boundaries (like scikit-learn's ``char_wb``),
over a normalised text: lower case, user mentions and links replaced by placeholders, letters repeated
more than twice cut to two ("soooo" -> "soo").
"""

from __future__ import annotations

import functools
import itertools
from collections import Counter

import regex

_URL = regex.compile(r"https?://\S+|www\.\S+")
_MENTION = regex.compile(r"@\w+")
_REPEAT = regex.compile(r"(.)\1{2,}")
_TOKEN = regex.compile(r"[\p{L}\p{N}_']+|[^\s\p{L}\p{N}_']")
_LETTER = regex.compile(r"\p{L}")


def normalise(text: str) -> str:
    out = _URL.sub(" http ", text.lower())
    out = _MENTION.sub(" @user ", out)
    return _REPEAT.sub(r"\1\1", out)


def words(text: str) -> list[str]:
    """Word unigrams and bigrams of the normalised text."""
    tokens = _TOKEN.findall(normalise(text))
    return tokens + [f"{a} {b}" for a, b in itertools.pairwise(tokens)]


def chars(text: str, low: int = 2, high: int = 5) -> list[str]:
    """Character n-grams inside word boundaries, each word padded with one space on both sides."""
    grams: list[str] = []
    for word in normalise(text).split():
        padded = f" {word} "
        n_max = min(high, len(padded))
        for n in range(low, n_max + 1):
            grams.extend(padded[i : i + n] for i in range(len(padded) - n + 1))
    return grams


def word_counts(norm: str) -> Counter[str]:
    """Word unigram and bigram counts of an already normalised text."""
    tokens = _TOKEN.findall(norm)
    found = Counter(tokens)
    found.update(f"{a} {b}" for a, b in itertools.pairwise(tokens))
    return found


@functools.lru_cache(maxsize=32)
def normalised(text: str) -> str:
    """``normalise``, kept for the last few texts: several models read the same text in a row."""
    return normalise(text)


@functools.lru_cache(maxsize=32)
def words_of(text: str) -> Counter[str]:
    """Word unigram and bigram counts of a text (kept for the last few texts; callers never change them)."""
    return word_counts(normalised(text))


@functools.lru_cache(maxsize=32)
def counts(text: str) -> tuple[Counter[str], Counter[str]]:
    """Word and character n-gram counts (the same n-grams as ``words`` and ``chars``, normalised once).

    Several models read the same text in a row (PHI009 and TON004 the whole draft; triage's tone, threat,
    doxxing, harassment and reply models each reply), so the last few texts' counts are kept: callers read
    them and never change them."""
    grams: list[str] = []
    for word in normalised(text).split():
        padded = f" {word} "
        grams += map(padded.__getitem__, slices(len(padded)))
    return words_of(text), Counter(grams)  # one count over a list: far faster than many small updates


@functools.lru_cache(maxsize=256)
def slices(size: int) -> tuple[slice, ...]:
    """The 2- to 5-character windows of a padded word of ``size`` characters, in ``chars``' order."""
    return tuple(slice(i, i + n) for n in range(2, min(5, size) + 1) for i in range(size - n + 1))


def known_words(text: str, word_index: dict[str, int], char_index: dict[str, int]) -> tuple[int, int]:
    """How many of the text's words a model has seen (as a word, or by one of its 3- to 5-character n-grams), and how
    many words it has.

    A model reads a text in a script it never saw (Greek, Cyrillic, Hebrew ...) by its punctuation alone, and the
    L2 norm then gives a lone "." the weight of the whole text: the reply model read a Greek thank-you as incivility
    (0.84, "driven by '.'")."""
    tokens = [t for t in _TOKEN.findall(normalised(text)) if _LETTER.search(t)]
    known = 0
    for token in tokens:
        padded = f" {token} "
        if token in word_index or any(
            padded[s] in char_index for s in slices(len(padded)) if s.stop - s.start >= 3
        ):
            known += 1
    return known, len(tokens)
