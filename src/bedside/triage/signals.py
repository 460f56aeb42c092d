"""The author's signals (G17): what makes an account look anonymous or throwaway.

They are context, never a verdict: a polite reply from a new account is still a polite reply. The
classifier uses them only to choose between two readings the text already allows (trolling or
incivility, for instance), and the thread risk counts the share of anonymous accounts.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from bedside.triage.reply import Author

_DIGITS_TAIL = regex.compile(r"\d{4,}$")
_THROWAWAY = regex.compile(
    r"anon|throwaway|burner|truth|patriot|awake|redpill|freedom|1776|\d{6,}", regex.IGNORECASE
)
NEW_ACCOUNT_DAYS = 30
FEW_FOLLOWERS = 20


@dataclass(frozen=True, slots=True)
class AuthorSignals:
    reasons: tuple[str, ...]

    @property
    def anonymous(self) -> bool:
        """Two or more signals: the account looks anonymous or throwaway."""
        return len(self.reasons) >= 2


def author_signals(author: Author) -> AuthorSignals:
    known = (
        author.handle,
        author.display_name,
        author.bio,
        author.followers,
        author.default_avatar,
        author.account_age_days,
    )
    if not any(v not in (None, "") for v in known):
        return AuthorSignals(())  # nothing is known about the author (pasted text): say nothing
    reasons: list[str] = []
    handle = author.handle.lstrip("@").split("@")[0].split(".")[0]
    if handle and (_DIGITS_TAIL.search(handle) or _THROWAWAY.search(handle)):
        reasons.append(f"handle looks anonymous ({author.handle})")
    name = author.display_name.strip()
    if (
        not name
        or (handle and name.casefold() == handle.casefold())
        or not regex.search(r"\p{L}{2,}\s+\p{L}{2,}", name)
    ):
        reasons.append("no real name shown")
    if author.default_avatar:
        reasons.append("default avatar")
    if not author.bio.strip():
        reasons.append("empty bio")
    if author.account_age_days is not None and author.account_age_days < NEW_ACCOUNT_DAYS:
        reasons.append(f"new account ({author.account_age_days} days)")
    if author.followers is not None and author.followers < FEW_FOLLOWERS:
        reasons.append(f"few followers ({author.followers})")
    return AuthorSignals(tuple(reasons))
