"""tone (G13): disagree professionally; critique the data, not the person."""

from bedside.rules.tone.rules import CONTEMPT, INSULT

RULES = (INSULT, CONTEMPT)

__all__ = ["RULES"]
