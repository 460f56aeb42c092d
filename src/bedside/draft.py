"""The Draft: what the author wants to post, where, and in what role."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bedside.platforms import PlatformSpec, get_spec
from bedside.settings import Settings

MAX_TEXT_CHARS = 100_000


class DraftError(ValueError):
    """A draft that cannot be checked (too long, control characters, ...). The message is for people."""


# Control characters other than newline, carriage return and tab; DEL; lone surrogates.
_UNCHECKABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def validate_text(text: str) -> str:
    """Return the text if bedside can check it, else raise DraftError with a one-line reason."""
    if len(text) > MAX_TEXT_CHARS:
        raise DraftError(f"the text has {len(text):,} characters; bedside checks at most {MAX_TEXT_CHARS:,}")
    bad = _UNCHECKABLE.search(text)
    if bad is not None:
        i, cp = bad.start(), ord(bad.group())
        if 0xD800 <= cp <= 0xDFFF:
            raise DraftError(f"the text holds a lone surrogate (U+{cp:04X}) at offset {i}: not valid Unicode")
        raise DraftError(f"the text holds a control character (U+{cp:04X}) at offset {i}")
    return text


@dataclass(frozen=True, slots=True)
class Draft:
    text: str
    platform: str = "x"
    reply: bool = False
    settings: Settings = field(default_factory=Settings)
    id: str | None = None

    @property
    def spec(self) -> PlatformSpec:
        return get_spec(self.platform)

    @property
    def limit(self) -> int:
        return self.settings.limit_for(self.spec.platform.value) or self.spec.limit
