"""platform (G25): each platform's length limit, link and hashtag caps, and its counting."""

from bedside.rules.platform.rules import (
    CAPTION_LINK,
    INVALID_CHARACTERS,
    OVER_LENGTH,
    TOO_MANY_HASHTAGS,
    TOO_MANY_LINKS,
)

RULES = (OVER_LENGTH, TOO_MANY_LINKS, TOO_MANY_HASHTAGS, INVALID_CHARACTERS, CAPTION_LINK)

__all__ = ["RULES"]
