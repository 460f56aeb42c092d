"""self_exposure (G6): what you reveal about yourself that invites doxxing."""

from bedside.rules.self_exposure.rules import (
    CHILD_DETAILS,
    EMPTY_HOUSE,
    HOME_ADDRESS,
    PERSONAL_PHONE,
    ROUTINE,
)

RULES = (HOME_ADDRESS, PERSONAL_PHONE, CHILD_DETAILS, ROUTINE, EMPTY_HOUSE)

__all__ = ["RULES"]
