"""A linear classifier over word and character n-grams: weights in ``NAME.npz``, vocabulary and card in ``NAME.json``.

Scoring is the same sum that training fitted: for each block (words, characters) the sublinear term
frequency (1 + log tf) times the inverse document frequency, L2-normalised per block, dotted with the
weights, plus the bias, through a logistic function. Loading refuses anything but ``.npz`` arrays read
with ``allow_pickle=False`` and a JSON card whose sizes agree with them.
"""

from __future__ import annotations

import io
import json
import math
import zipfile
import zlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import TYPE_CHECKING, Any

from bedside.models import features

if TYPE_CHECKING:
    import regex

PACKAGE = "bedside.models.data"
SCHEMA = "bedside.model/1"
_WORDS_KEPT = 50_000  # distinct words whose character columns a model keeps (a few MB)
_CHUNK = 256  # texts per array pass in ``NgramModel.scores`` (measured: 2x faster than one 40,000-text pass)


class ModelError(ValueError):
    """A model file that is missing, of the wrong kind, or inconsistent."""


@dataclass(frozen=True, slots=True)
class Contribution:
    ngram: str
    weight: float


def read_card(name: str, card_json: bytes) -> tuple[dict[str, Any], list[str], list[str]]:
    """A model card (``bedside.model/1``) and its vocabulary (words, characters), checked."""
    try:
        card = json.loads(card_json.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(f"{name}.json is not valid JSON: {exc}") from exc
    if not isinstance(card, dict) or card.get("schema") != SCHEMA:
        raise ModelError(f"{name}.json is not a {SCHEMA} model card")
    vocab = card.get("vocabulary")
    if not isinstance(vocab, dict):
        raise ModelError(f"{name}.json: vocabulary must be an object")
    word_list, char_list = vocab.get("words"), vocab.get("chars")
    if not (
        isinstance(word_list, list)
        and isinstance(char_list, list)
        and all(isinstance(t, str) for t in (*word_list, *char_list))
    ):
        raise ModelError(f"{name}.json: vocabulary words and chars must be lists of strings")
    return card, word_list, char_list


def read_arrays(name: str, npz: bytes) -> dict[str, Any]:
    """``weights``, ``idf`` and ``bias`` from an .npz read with ``allow_pickle=False``; real numbers only."""
    import numpy as np

    with np.load(io.BytesIO(npz), allow_pickle=False) as arrays:
        raw = {k: arrays[k] for k in ("weights", "idf", "bias")}
    for key, array in raw.items():
        if array.dtype.kind not in "fiu":
            raise ModelError(f"{name}.npz: {key} must hold real numbers, not {array.dtype}")
    return raw


def load_files(name: str) -> tuple[bytes, bytes]:
    """The .npz and .json of a model shipped in the package."""
    root = resources.files(PACKAGE)
    try:
        return root.joinpath(f"{name}.npz").read_bytes(), root.joinpath(f"{name}.json").read_bytes()
    except FileNotFoundError as exc:
        raise ModelError(f"model {name!r} is not shipped (run the training script: see docs/models)") from exc


_MODEL_ERRORS = (
    ValueError,
    TypeError,
    KeyError,
    AttributeError,
    IndexError,
    RecursionError,
    OSError,
    zipfile.BadZipFile,
    zlib.error,  # a damaged deflate stream inside the .npz
)


@dataclass(frozen=True)
class NgramModel:
    name: str
    card: dict[str, Any]
    threshold: float
    bias: float
    word_index: dict[str, int]
    char_index: dict[str, int]
    weights: tuple[float, ...]  # words first, then characters
    idf: tuple[float, ...]
    _packed: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    _primed: dict[str, float] = field(default_factory=dict, repr=False, compare=False)
    _word_columns: dict[str, tuple[int, ...]] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_bytes(cls, name: str, npz: bytes, card_json: bytes) -> NgramModel:
        """Parse and check a model; anything malformed is a ModelError, never another exception."""
        try:
            return cls._parse(name, npz, card_json)
        except ModelError:
            raise
        except _MODEL_ERRORS as exc:
            raise ModelError(f"{name}: not a bedside model ({type(exc).__name__}: {exc})") from exc

    @classmethod
    def _parse(cls, name: str, npz: bytes, card_json: bytes) -> NgramModel:
        import numpy as np

        card, word_list, char_list = read_card(name, card_json)
        threshold = card.get("threshold")
        if isinstance(threshold, bool) or not isinstance(threshold, int | float) or not 0 < threshold < 1:
            raise ModelError(f"{name}.json: threshold must be a number between 0 and 1")
        raw = read_arrays(name, npz)
        weights, idf, bias_arr = (raw[k].astype(float).reshape(-1) for k in ("weights", "idf", "bias"))
        size = len(word_list) + len(char_list)
        if weights.shape != (size,) or idf.shape != (size,) or bias_arr.shape != (1,):
            raise ModelError(
                f"{name}: {size} vocabulary entries, {weights.size} weights, {bias_arr.size} bias values"
            )
        if not (np.isfinite(weights).all() and np.isfinite(idf).all() and np.isfinite(bias_arr).all()):
            raise ModelError(f"{name}.npz: weights must be finite numbers")
        return cls(
            name=name,
            card=card,
            threshold=float(threshold),
            bias=float(bias_arr[0]),
            word_index={w: i for i, w in enumerate(word_list)},
            char_index={c: i + len(word_list) for i, c in enumerate(char_list)},
            weights=tuple(weights.tolist()),
            idf=tuple(idf.tolist()),
        )

    @classmethod
    def load(cls, name: str) -> NgramModel:
        """The model shipped in the package as ``name.npz`` + ``name.json``."""
        npz, card = load_files(name)
        return cls.from_bytes(name, npz, card)

    def _block(self, grams: Counter[str], index: dict[str, int]) -> list[tuple[int, float]]:
        values = [
            (index[g], (1.0 + math.log(n)) * self.idf[index[g]]) for g, n in grams.items() if g in index
        ]
        norm = math.sqrt(sum(v * v for _, v in values)) or 1.0
        return [(i, v / norm) for i, v in values]

    def _features(self, text: str) -> list[tuple[int, float]]:
        word_counts, char_counts = features.counts(text)
        return self._block(word_counts, self.word_index) + self._block(char_counts, self.char_index)

    def _block_dot(self, grams: Counter[str], index: dict[str, int]) -> float:
        """weights . (tf-idf / norm) for one block, in one pass (the hot loop of every score)."""
        idf, weights, log = self.idf, self.weights, math.log
        dot = 0.0
        squares = 0.0
        for gram, n in grams.items():
            i = index.get(gram)
            if i is None:
                continue
            v = idf[i] if n == 1 else (1.0 + log(n)) * idf[i]
            dot += weights[i] * v
            squares += v * v
        return dot / math.sqrt(squares) if squares else 0.0

    def _columns(self, word: str) -> tuple[int, ...]:
        """The vocabulary columns of one word's character n-grams. Words recur from post to post, so each
        word's columns are kept (up to ``_WORDS_KEPT`` words): most of a post is then a few dictionary hits."""
        cached = self._word_columns.get(word)
        if cached is not None:
            return cached
        if len(self._word_columns) >= _WORDS_KEPT:
            self._word_columns.clear()
        padded = f" {word} "
        index = self.char_index
        columns = tuple(i for s in features.slices(len(padded)) if (i := index.get(padded[s])) is not None)
        self._word_columns[word] = columns
        return columns

    def _char_dot(self, text: str) -> float:
        """``_block_dot`` of the character block, from each word's cached columns (the same sum)."""
        columns: list[int] = []
        for word in features.normalised(text).split():
            columns += self._columns(word)
        idf, weights, log = self.idf, self.weights, math.log
        dot = 0.0
        squares = 0.0
        for i, n in Counter(columns).items():
            v = idf[i] if n == 1 else (1.0 + log(n)) * idf[i]
            dot += weights[i] * v
            squares += v * v
        return dot / math.sqrt(squares) if squares else 0.0

    def prime(self, texts: Sequence[str]) -> None:
        """Score a batch at once (``scores``, numpy) so that ``score`` on these texts is a lookup: the audit
        primes each batch of posts. Only the last batch is kept."""
        self._primed.clear()
        self._primed.update(zip(texts, self.scores(list(texts)), strict=True))

    def score(self, text: str) -> float:
        """The probability of the positive class."""
        primed = self._primed.get(text)
        if primed is not None:
            return primed
        z = self.bias + self._block_dot(features.words_of(text), self.word_index) + self._char_dot(text)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def scores(self, texts: Sequence[str]) -> list[float]:
        """Probabilities for many texts at once: the same numbers as ``score``, computed with numpy.

        The word block is summed per text as in ``score``; the character block, where nearly all the
        time goes, is done for the whole batch in a handful of array operations (``_char_dots``).
        """
        if not texts:
            return []
        import numpy as np

        packed = self._pack()
        if packed is None:  # an alphabet too large to pack into 64-bit keys: the per-text path
            return [self.score(t) for t in texts]
        normalised = [features.normalise(t) for t in texts]
        z = np.empty(len(texts))
        for i, norm in enumerate(normalised):
            word_counts = features.word_counts(norm)
            z[i] = self.bias + self._block_dot(word_counts, self.word_index)
        for i in range(0, len(normalised), _CHUNK):  # small chunks keep the arrays in cache
            z[i : i + _CHUNK] += _char_dots(packed, normalised[i : i + _CHUNK])
        probabilities: list[float] = (1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))).tolist()
        return probabilities

    def _pack(self) -> dict[str, Any] | None:
        """The character vocabulary as sorted 64-bit keys (computed once per model, on first batch)."""
        if "keys" in self._packed:
            return self._packed
        if self._packed.get("unpackable"):
            return None
        import numpy as np

        grams = sorted(self.char_index, key=self.char_index.__getitem__)
        alphabet = sorted({ord(c) for g in grams for c in g})
        bits = max(1, len(alphabet).bit_length())
        if bits * 5 > 63:
            self._packed["unpackable"] = True
            return None
        code = {cp: k + 1 for k, cp in enumerate(alphabet)}  # 0 means "not in the alphabet"
        keys = np.array(
            [sum(code[ord(c)] << (bits * k) for k, c in enumerate(g)) for g in grams], dtype=np.int64
        )
        columns = np.array([self.char_index[g] for g in grams], dtype=np.int64)
        order = np.argsort(keys)
        weights, idf = np.array(self.weights), np.array(self.idf)
        self._packed.update(
            alphabet=np.array(alphabet, dtype=np.uint32),
            bits=bits,
            keys=keys[order],
            weight=weights[columns[order]],
            idf=idf[columns[order]],
        )
        return self._packed

    def drivers(self, text: str, worth_showing: regex.Pattern[str], top: int = 8, keep: int = 3) -> list[str]:
        """The n-grams worth showing a user (``worth_showing``) among the ``top`` that drove the score."""
        return [c.ngram for c in self.explain(text, top=top) if worth_showing.search(c.ngram)][:keep]

    def explain(self, text: str, top: int = 3) -> list[Contribution]:
        """The word n-grams that pushed the score up most (what drove the finding)."""
        word_counts = features.words_of(text)  # the words alone: no character n-grams
        block = self._block(word_counts, self.word_index)
        index = self.word_index
        names = {
            index[w]: w for w in word_counts if w in index
        }  # the post's n-grams, not the whole vocabulary
        ranked = sorted(((self.weights[i] * v, names[i]) for i, v in block), reverse=True)
        return [Contribution(n, w) for w, n in ranked[:top] if w > 0]


def _char_dots(packed: dict[str, Any], normalised: Sequence[str]) -> Any:
    """Each text's character block, ``weights . (tf-idf / norm)``, for all texts at once.

    The texts become one array of alphabet codes, every word padded with a space and words separated
    by a code 0 that no n-gram may contain; each 2-5-gram packs into one integer key (codes are >= 1, so
    keys of different lengths never collide), is looked up in the sorted vocabulary keys, and counted
    per text. Equal to ``score``'s loop up to floating-point rounding (the tests compare them).
    """
    import numpy as np

    pieces: list[str] = []
    lengths: list[int] = []
    for norm in normalised:
        padded = "".join(f"\0 {word} " for word in norm.split()) + "\0"
        pieces.append(padded)
        lengths.append(len(padded))
    joined = "".join(pieces)
    points = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    alphabet = packed["alphabet"]
    where = np.searchsorted(alphabet, points)
    where[where == len(alphabet)] = 0
    codes = np.where(alphabet[where] == points, where + 1, 0).astype(np.int64)
    codes[points == 0] = 0
    doc = np.repeat(np.arange(len(normalised), dtype=np.int64), lengths)
    bits, keys = packed["bits"], packed["keys"]
    found_docs, found_cols = [], []
    key = codes.copy()
    valid = codes > 0
    for n in range(2, 6):
        size = len(codes) - n + 1
        if size <= 0:
            break
        key = key[:size] | (codes[n - 1 : n - 1 + size] << (bits * (n - 1)))
        valid = valid[:size] & (codes[n - 1 : n - 1 + size] > 0)
        candidates = key[valid]
        slot = np.searchsorted(keys, candidates)
        slot[slot == len(keys)] = 0
        hit = keys[slot] == candidates
        found_docs.append(doc[:size][valid][hit])
        found_cols.append(slot[hit])
    n_docs = len(normalised)
    if not found_docs:
        return np.zeros(n_docs)
    docs = np.concatenate(found_docs)
    cols = np.concatenate(found_cols)
    pair = docs * len(keys) + cols
    unique, tf = np.unique(pair, return_counts=True)
    docs, cols = unique // len(keys), unique % len(keys)
    values = (1.0 + np.log(tf)) * packed["idf"][cols]
    dots = np.bincount(docs, weights=values * packed["weight"][cols], minlength=n_docs)
    squares = np.bincount(docs, weights=values * values, minlength=n_docs)
    norms = np.sqrt(squares)
    return np.divide(dots, norms, out=np.zeros(n_docs), where=norms > 0)
