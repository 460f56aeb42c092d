"""The triage labels (#6), in one place for the classifier and the reply models."""

LABELS = (
    "unclear",
    "threat",
    "doxxing",
    "harassment",
    "trolling",
    "incivility",
    "disagreement",
    "question",
    "support",
    "spam",
)
