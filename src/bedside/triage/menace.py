"""The shipped reply models (#6): what the patterns miss, for wordings they do not know.

Trained on the project's own labelled replies (``training/train_ngram.py menace`` and ``replies``; no
public set holds threats or doxxing aimed at clinicians), with general tweets that are not offensive as text
that is no attack: three binary n-gram models (threat, doxxing,
harassment) and a multi-class one over the nine triage labels. ``classify`` asks them after the patterns,
and never lets a model make a warm or scholarly reply hostile.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from bedside.models import features
from bedside.models.linear import ModelError, NgramModel
from bedside.models.multiclass import NgramClassifier
from bedside.triage.labels import LABELS

# What the multi-class reply model may answer: the triage labels it was trained on (all but "unclear") and
# "neutral" (a clinical text that is no reply at all). A model file naming anything else is refused.
MODEL_LABELS = (frozenset(LABELS) - {"unclear"}) | {"neutral"}
# What a model must have seen of a reply to read it at all: half its words, or three of them (a threat in English
# beside a sentence in Greek is still read). Below both, the reply is in a script or a language the models never met,
# and their reading would be its punctuation's (``features.known_words``)
KNOWN_SHARE_MIN = 0.5
KNOWN_WORDS_MIN = 3


@dataclass(frozen=True)
class Reading:
    label: str  # a triage label
    probability: float
    drivers: tuple[str, ...]  # the words that pushed it up most


class ReplyModels:
    """The models, loaded once by the caller (the CLI, the web app, the evaluation) and passed to triage."""

    def __init__(
        self,
        threat: NgramModel,
        doxxing: NgramModel,
        harassment: NgramModel | None = None,
        replies: NgramClassifier | None = None,
    ) -> None:
        if replies is not None and not set(replies.classes) <= MODEL_LABELS:
            unknown = sorted(set(replies.classes) - MODEL_LABELS)
            raise ModelError(f"the reply model names labels triage does not know: {unknown}")
        self.models = {"threat": threat, "doxxing": doxxing}
        self.harassment = harassment
        self.replies = replies
        # the last text asked about and whether it is known (one tuple, read once: safe across threads)
        self._last: tuple[str | None, bool] = (None, True)

    @classmethod
    def load(cls) -> ReplyModels:
        return cls(
            NgramModel.load("threat"),
            NgramModel.load("doxxing"),
            NgramModel.load("harassment"),
            NgramClassifier.load("replies"),
        )

    def knows(self, text: str) -> bool:
        """Whether the models have seen enough of the text's words to read it (``KNOWN_SHARE_MIN``, ``KNOWN_WORDS_MIN``)."""
        last_text, last_known = self._last
        if text == last_text:
            return last_known
        model = self.replies or self.models["threat"]
        known, words = features.known_words(text, model.word_index, model.char_index)
        readable = known >= KNOWN_WORDS_MIN or known >= KNOWN_SHARE_MIN * words
        self._last = (text, readable)
        return readable

    def label(self, text: str, reply: bool = False) -> Reading | None:
        """The multi-class model's label for ``text``, its probability and the words behind it; with ``reply``,
        the likeliest of the reply labels (the "neutral" class, a clinical text that is no reply, left out).
        None for a text the models cannot read (``knows``)."""
        model = self.replies
        if model is None or not self.knows(text):
            return None
        probabilities = model.probabilities(text)
        if reply:
            probabilities.pop("neutral", None)  # the probabilities stay as they are: a bar means the same
        label = max(probabilities, key=probabilities.__getitem__)
        drivers = tuple(c.ngram for c in model.explain(text, label, top=3))
        return Reading(label, probabilities[label], drivers)

    def attack(self, text: str) -> Reading | None:
        """The harassment model's reading (a personal attack), when over its threshold."""
        model = self.harassment
        if model is None or not self.knows(text):
            return None
        probability = model.score(text)
        if probability < model.threshold:
            return None
        return Reading("harassment", probability, tuple(c.ngram for c in model.explain(text, top=3)))

    def says(self, label: str, text: str, least: float = 0.0) -> bool:
        """Whether the binary model for ``label`` ("threat" or "doxxing") reads ``text`` over its threshold (or
        over ``least``, if that is higher)."""
        model = self.models[label]
        return self.knows(text) and model.score(text) >= max(model.threshold, least)

    def read(
        self, text: str, doxxing: bool = True, least: Mapping[str, float] | None = None
    ) -> Reading | None:
        """The stronger of the threat and doxxing readings over its model's threshold (or its label's ``least``, if
        higher), or None; without ``doxxing``, the threat reading alone (the caller found nothing private in the
        text to expose)."""
        best: Reading | None = None
        best_margin = 0.0
        if not self.knows(text):
            return None
        for label, model in self.models.items():
            if label == "doxxing" and not doxxing:
                continue
            probability = model.score(text)
            bar = max(model.threshold, (least or {}).get(label, 0.0))
            margin = probability / bar
            if probability >= bar and margin > best_margin:
                drivers = tuple(c.ngram for c in model.explain(text, top=3))
                best, best_margin = Reading(label, probability, drivers), margin
        return best
