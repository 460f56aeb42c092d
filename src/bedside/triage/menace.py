"""The shipped threat and doxxing models (#6): recall beyond the patterns, for wordings they do not know.

Two n-gram models trained on the project's own labelled replies (``training/train_ngram.py menace``; no
public set holds threats or doxxing aimed at clinicians). ``classify`` asks them only after the patterns,
and never for a reply that reads as warm or scholarly: a model alone must not make a polite reply a threat.
"""

from __future__ import annotations

from dataclasses import dataclass

from bedside.models.linear import NgramModel


@dataclass(frozen=True)
class Reading:
    label: str  # "threat" or "doxxing"
    probability: float
    drivers: tuple[str, ...]  # the words that pushed it up most


class Menace:
    """Both models, loaded once by the caller (the CLI, the web app, the evaluation) and passed to triage."""

    def __init__(self, threat: NgramModel, doxxing: NgramModel, harassment: NgramModel | None = None) -> None:
        self.models = {"threat": threat, "doxxing": doxxing}
        self.harassment = harassment

    @classmethod
    def load(cls) -> Menace:
        return cls(NgramModel.load("threat"), NgramModel.load("doxxing"), NgramModel.load("harassment"))

    def attack(self, text: str) -> Reading | None:
        """The harassment model's reading (a personal attack), when over its threshold."""
        model = self.harassment
        if model is None:
            return None
        probability = model.score(text)
        if probability < model.threshold:
            return None
        return Reading("harassment", probability, tuple(c.ngram for c in model.explain(text, top=3)))

    def read(self, text: str) -> Reading | None:
        """The stronger of the threat and doxxing readings over its model's threshold, or None."""
        best: Reading | None = None
        best_margin = 0.0
        for label, model in self.models.items():
            probability = model.score(text)
            margin = probability / model.threshold
            if probability >= model.threshold and margin > best_margin:
                drivers = tuple(c.ngram for c in model.explain(text, top=3))
                best, best_margin = Reading(label, probability, drivers), margin
        return best
