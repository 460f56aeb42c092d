"""advice (G9): education and support, not specific medical advice to someone who is not your patient."""

from bedside.rules.advice.rules import SPECIFIC_ADVICE

RULES = (SPECIFIC_ADVICE,)

__all__ = ["RULES"]
