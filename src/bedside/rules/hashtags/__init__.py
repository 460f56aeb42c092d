"""hashtag (G24): Cancer Tag Ontology tags suggested from what the draft is about."""

from bedside.rules.hashtags.rules import MISSING_DISEASE_TAG
from bedside.rules.hashtags.suggest import TagSuggestion, suggest_tags

RULES = (MISSING_DISEASE_TAG,)

__all__ = ["RULES", "TagSuggestion", "suggest_tags"]
