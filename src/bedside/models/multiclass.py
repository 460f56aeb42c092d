"""A multi-class linear classifier over the same word and character n-grams as ``NgramModel``.

``NAME.npz`` holds ``weights`` (classes x features), ``idf`` (features) and ``bias`` (classes); ``NAME.json``
is a ``bedside.model/1`` card with the vocabulary and ``classes``. A text's features are computed once
(sublinear tf-idf, L2 per block, as in training) and dotted with every class's weights; a softmax gives the
probabilities. Loading refuses anything but arrays read with ``allow_pickle=False`` whose sizes agree with
the card, like ``NgramModel``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from bedside.models import features
from bedside.models.linear import (
    _MODEL_ERRORS,
    Contribution,
    ModelError,
    load_files,
    read_arrays,
    read_card,
)


@dataclass(frozen=True)
class NgramClassifier:
    name: str
    card: dict[str, Any]
    classes: tuple[str, ...]
    word_index: dict[str, int]
    char_index: dict[str, int]
    weights: Any  # numpy array, classes x features
    idf: Any  # numpy array, features
    bias: Any  # numpy array, classes

    @classmethod
    def load(cls, name: str) -> NgramClassifier:
        npz, card = load_files(name)
        return cls.from_bytes(name, npz, card)

    @classmethod
    def from_bytes(cls, name: str, npz: bytes, card_json: bytes) -> NgramClassifier:
        """Parse and check a model; anything malformed is a ModelError, never another exception."""
        try:
            return cls._parse(name, npz, card_json)
        except ModelError:
            raise
        except _MODEL_ERRORS as exc:
            raise ModelError(f"{name}: not a bedside model ({type(exc).__name__}: {exc})") from exc

    @classmethod
    def _parse(cls, name: str, npz: bytes, card_json: bytes) -> NgramClassifier:
        import numpy as np

        card, word_list, char_list = read_card(name, card_json)
        classes = card.get("classes")
        if not (isinstance(classes, list) and len(classes) >= 2 and all(isinstance(c, str) for c in classes)):
            raise ModelError(f"{name}.json: classes must be a list of at least two names")
        if len(set(classes)) != len(classes):
            raise ModelError(f"{name}.json: classes must be unique, got {classes}")
        raw = read_arrays(name, npz)
        weights, idf, bias = (raw[k].astype(float) for k in ("weights", "idf", "bias"))
        size = len(word_list) + len(char_list)
        if weights.shape != (len(classes), size) or idf.shape != (size,) or bias.shape != (len(classes),):
            raise ModelError(
                f"{name}: {len(classes)} classes and {size} vocabulary entries, but weights {weights.shape}, "
                f"idf {idf.shape}, bias {bias.shape}"
            )
        if not (np.isfinite(weights).all() and np.isfinite(idf).all() and np.isfinite(bias).all()):
            raise ModelError(f"{name}.npz: weights must be finite numbers")
        return cls(
            name=name,
            card=card,
            classes=tuple(classes),
            word_index={w: i for i, w in enumerate(word_list)},
            char_index={c: i + len(word_list) for i, c in enumerate(char_list)},
            weights=weights,
            idf=idf,
            bias=bias,
        )

    def _features(self, text: str) -> tuple[list[int], list[float]]:
        word_counts, char_counts = features.counts(text)
        columns: list[int] = []
        values: list[float] = []
        for grams, index in ((word_counts, self.word_index), (char_counts, self.char_index)):
            block = [
                (index[g], (1.0 + math.log(n)) * self.idf[index[g]]) for g, n in grams.items() if g in index
            ]
            norm = math.sqrt(sum(v * v for _, v in block)) or 1.0
            columns += [i for i, _ in block]
            values += [v / norm for _, v in block]
        return columns, values

    def probabilities(self, text: str) -> dict[str, float]:
        """Each class's probability (softmax over the classes' scores)."""
        import numpy as np

        columns, values = self._features(text)
        z = self.bias + (self.weights[:, columns] @ np.array(values) if columns else 0.0)
        z = np.exp(z - z.max())
        p = z / z.sum()
        return {c: float(v) for c, v in zip(self.classes, p, strict=True)}

    def explain(self, text: str, label: str, top: int = 3) -> list[Contribution]:
        """The word n-grams that pushed ``label`` up most, relative to the other classes' mean."""
        k = self.classes.index(label)
        word_counts = features.words_of(text)
        block = [(self.word_index[g], n) for g, n in word_counts.items() if g in self.word_index]
        index = self.word_index
        names = {index[g]: g for g in word_counts if g in index}  # the text's n-grams, not the vocabulary
        lift = [
            (float(self.weights[k, i] - self.weights[:, i].mean()) * (1.0 + math.log(n)), names[i])
            for i, n in block
        ]
        return [Contribution(g, w) for w, g in sorted(lift, reverse=True)[:top] if w > 0]
