"""What the web app's routes share: the engine, the settings (file + what the Settings page saved), the store."""

from __future__ import annotations

import hmac
import time
from dataclasses import dataclass, field, replace
from typing import Any

from fastapi import HTTPException, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from bedside import __version__
from bedside.draft import Draft, DraftError
from bedside.engine import Engine
from bedside.platforms import UnknownPlatformError
from bedside.settings import Author, Conflict, Settings
from bedside.store import Store

AUTHOR_KEY = "author"
CONFLICTS_KEY = "conflicts"
LIMITS_KEY = "limits"
GOALS_KEY = "goals"
RESOURCES_KEY = "resources"


class CheckFailed(ValueError):
    """The text or platform cannot be checked (too long, broken, unknown platform)."""


SETTINGS_TTL = 2.0  # seconds: another server sharing a PostgreSQL store is seen this soon


@dataclass
class AppState:
    settings: Settings
    store: Store | None
    engine: Engine
    csrf_secret: str
    templates: Jinja2Templates
    _cached: tuple[float, Settings] | None = field(default=None, repr=False)

    def invalidate(self) -> None:
        """Forget the cached settings (after the Settings page saves)."""
        self._cached = None

    def effective_settings(self) -> Settings:
        """The settings file, with what the Settings page saved on top of it (cached for a moment, so a check
        as you type does not wait on the store)."""
        now = time.monotonic()
        if self._cached is not None and now - self._cached[0] < SETTINGS_TTL:
            return self._cached[1]
        merged = self._read_settings()
        self._cached = (now, merged)
        return merged

    def _read_settings(self) -> Settings:
        base = self.settings
        if self.store is None:
            return base
        author = self.store.get_setting(AUTHOR_KEY)
        conflicts = self.store.get_setting(CONFLICTS_KEY)
        limits = self.store.get_setting(LIMITS_KEY)
        if isinstance(author, dict):
            base = replace(
                base,
                author=Author(
                    name=str(author.get("name", "")),
                    credentials=tuple(str(c) for c in author.get("credentials", [])),
                    specialty=str(author.get("specialty", "")),
                    employer=str(author.get("employer", "")),
                    handles=base.author.handles,
                ),
            )
        if isinstance(conflicts, list):
            base = replace(base, conflicts=tuple(Conflict(str(c)) for c in conflicts))
        if isinstance(limits, dict):
            merged = dict(base.limits)
            merged.update({str(k): int(v) for k, v in limits.items() if isinstance(v, int) and v > 0})
            base = replace(base, limits=tuple(sorted(merged.items())))
        return base

    def check(self, text: str, platform: str, reply: bool, conflicts: list[str]) -> dict[str, Any]:
        try:
            settings = self.effective_settings().with_conflicts(tuple(conflicts))
            return self.engine.check(Draft(text, platform.lower(), reply, settings)).to_dict()
        except (DraftError, UnknownPlatformError) as exc:
            raise CheckFailed(str(exc)) from None

    def triage(self, replies: list[Any], platform: str) -> list[Any]:
        """Triage parsed replies with the shipped tone model, the stored own-patient hashes and checked drafts."""
        from bedside.rules.tone.model import load_tone_model
        from bedside.triage import ReplyModels, keyed_hash, triage

        model = self.engine.resources.get(load_tone_model)
        own: frozenset[str] = frozenset()
        secret = b""
        if self.store is not None:
            own = self.store.own_patient_hashes()
            secret = self.store.secret() if own else b""
        settings = self.effective_settings()
        return triage(
            replies,
            platform=platform,
            tone=model.score,
            is_own_patient=(lambda h: keyed_hash(secret, h) in own) if own else None,
            check_draft=lambda text: self.engine.check(Draft(text, platform, True, settings)).to_dict(),
            menace=self.engine.resources.get(ReplyModels.load),
        )

    def resources(self) -> list[str]:
        saved = self.store.get_setting(RESOURCES_KEY, []) if self.store is not None else []
        return [str(r) for r in saved] if isinstance(saved, list) else []

    def csrf_token(self) -> str:
        return hmac.new(self.csrf_secret.encode(), b"form", "sha256").hexdigest()

    def csrf_ok(self, supplied: str) -> bool:
        return hmac.compare_digest(supplied, self.csrf_token())

    def require_csrf(self, supplied: str) -> None:
        """Every state-changing form carries the token; a missing or stale one is a 403 with what to do."""
        if not self.csrf_ok(supplied):
            raise HTTPException(status_code=403, detail="the form expired: reload the page")

    def page(self, request: Request, name: str, context: dict[str, Any], status: int = 200) -> HTMLResponse:
        """A template with what every page needs (the form token, the version, which page is current)."""
        base = {"csrf": self.csrf_token(), "version": __version__, "page": name.removesuffix(".html")}
        return self.templates.TemplateResponse(request, name, {**base, **context}, status_code=status)
