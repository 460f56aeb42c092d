"""evidence (G11): say whether a strong clinical claim is evidence or opinion."""

from bedside.rules.evidence.rules import UNSOURCED_CLAIM

RULES = (UNSOURCED_CLAIM,)

__all__ = ["RULES"]
