"""tone (G13): disagree professionally; critique the data, not the person."""

from bedside.rules.tone.rules import CONTEMPT, INSULT, UNCIVIL

RULES = (INSULT, CONTEMPT, UNCIVIL)

__all__ = ["RULES"]
