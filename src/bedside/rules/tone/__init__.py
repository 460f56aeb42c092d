"""tone (G13): disagree professionally; critique the data, not the person."""

from bedside.rules.tone.drafts import READS_AS_UNCIVIL
from bedside.rules.tone.rules import CONTEMPT, INSULT, UNCIVIL

RULES = (INSULT, CONTEMPT, UNCIVIL, READS_AS_UNCIVIL)

__all__ = ["RULES"]
