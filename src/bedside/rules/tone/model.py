"""The shipped tone model, loaded once per engine through Resources (never at import)."""

from __future__ import annotations

from bedside.models.linear import NgramModel


def load_tone_model() -> NgramModel:
    return NgramModel.load("tone")
