"""disclosure (G15): posts naming a company you have ties to, or a drug it markets, say so."""

from bedside.rules.disclosure.rules import UNDISCLOSED_CONFLICT

RULES = (UNDISCLOSED_CONFLICT,)

__all__ = ["RULES"]
