"""privacy (G5, G4): patient identifiers and risky combinations of details. Post the pearl, not the patient."""

from bedside.rules.privacy.model import READS_AS_IDENTIFYING
from bedside.rules.privacy.rules import (
    AGE_OVER_89,
    CONTACT,
    IMAGE_IDENTIFIERS,
    PATIENT_DATE,
    PATIENT_NAME,
    QUASI_IDENTIFIERS,
    RECORD_NUMBER,
    SMALL_PLACE,
)

RULES = (
    PATIENT_NAME,
    PATIENT_DATE,
    AGE_OVER_89,
    RECORD_NUMBER,
    CONTACT,
    SMALL_PLACE,
    IMAGE_IDENTIFIERS,
    QUASI_IDENTIFIERS,
    READS_AS_IDENTIFYING,
)

__all__ = ["RULES"]
