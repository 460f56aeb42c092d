"""The server-rendered pages: Compose (home), Profile, Settings, Rules. Every form carries a CSRF token."""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import FastAPI, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from bedside.draft import MAX_TEXT_CHARS
from bedside.platforms import PLATFORMS, Platform, UnknownPlatformError
from bedside.profile import GOALS, Profile, audit_profile, plan_for
from bedside.profile.audit import MAX_FIELD_CHARS
from bedside.profile.limits import PROFILE_LIMITS
from bedside.web.state import (
    AUTHOR_KEY,
    CONFLICTS_KEY,
    GOALS_KEY,
    LIMITS_KEY,
    RESOURCES_KEY,
    AppState,
    CheckFailed,
)

Text = Annotated[str, Form(max_length=MAX_FIELD_CHARS)]


def _lines(value: str, limit: int = 50) -> list[str]:
    return [line.strip() for line in value.replace(",", "\n").splitlines() if line.strip()][:limit]


def register_pages(app: FastAPI, state: AppState) -> None:
    render = state.page
    require_csrf = state.require_csrf

    def platforms() -> list[tuple[str, str, int]]:
        settings = state.effective_settings()
        return [(p.value, s.display, settings.limit_for(p.value) or s.limit) for p, s in PLATFORMS.items()]

    # Compose -----------------------------------------------------------------------------------
    def compose_page(
        request: Request,
        text: str = "",
        platform: str = "",
        reply: bool = False,
        result: dict[str, Any] | None = None,
        error: str | None = None,
    ) -> HTMLResponse:
        findings = (result or {}).get("findings", [])
        groups = [
            (sev, title, [f for f in findings if f["severity"] == sev])
            for sev, title in (
                ("error", "Fix before posting"),
                ("warning", "Worth a second look"),
                ("info", "For your information"),
            )
        ]
        return render(
            request,
            "compose.html",
            {
                "platforms": platforms(),
                "platform": platform or state.effective_settings().default_platform,
                "reply": reply,
                "text": text,
                "result": result,
                "groups": [g for g in groups if g[2]],
                "error": error,
                "max_chars": MAX_TEXT_CHARS,
                "result_json": json.dumps(result) if result else "",
                "saved_drafts": state.store.drafts(10) if state.store is not None else [],
                "has_store": state.store is not None,
            },
        )

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def compose(request: Request, draft: int = 0) -> HTMLResponse:
        if draft and state.store is not None:  # reopen a saved draft
            found = next((d for d in state.store.drafts(200) if d.id == draft), None)
            if found is not None:
                return compose_page(request, found.text, found.platform, found.reply)
        return compose_page(request)

    @app.post("/", response_class=HTMLResponse, include_in_schema=False)
    async def compose_post(
        request: Request,
        text: Annotated[str, Form(max_length=MAX_TEXT_CHARS)] = "",
        platform: Annotated[str, Form()] = "x",
        reply: Annotated[str, Form()] = "",
        csrf: Annotated[str, Form()] = "",
    ) -> HTMLResponse:
        require_csrf(csrf)
        try:
            result = state.check(text, platform, bool(reply), [])
        except CheckFailed as exc:
            return compose_page(request, text, platform, bool(reply), error=str(exc))
        return compose_page(request, text, platform, bool(reply), result=result)

    # Profile -----------------------------------------------------------------------------------
    def profile_page(
        request: Request,
        platform: str,
        report: dict[str, Any] | None = None,
        error: str | None = None,
        form: dict[str, str] | None = None,
        status: int = 200,
    ) -> HTMLResponse:
        saved = state.store.profiles() if state.store else {}
        current = saved.get(platform)
        fields = form or {
            "handle": current.handle if current else "",
            "display_name": current.display_name if current else "",
            "bio": current.bio if current else "",
        }
        chosen = state.store.get_setting(GOALS_KEY, []) if state.store else []
        limits = PROFILE_LIMITS[Platform(platform)]
        return render(
            request,
            "profile.html",
            {
                "platforms": platforms(),
                "platform": platform,
                "fields": fields,
                "report": report,
                "error": error,
                "saved": sorted(saved),
                "goals": list(GOALS.values()),
                "chosen": chosen,
                "plan": plan_for(chosen) if chosen else None,
                "bio_limit": limits.bio,
                "name_limit": limits.display_name,
                "bio_label": limits.bio_label,
            },
            status,
        )

    def known_platform(platform: str) -> str:
        value = platform.lower()
        if value not in {p.value for p in Platform}:
            raise HTTPException(status_code=404, detail=f"unknown platform {platform!r}")
        return value

    @app.get("/profile", response_class=HTMLResponse, include_in_schema=False)
    async def profile(request: Request, platform: str = "") -> HTMLResponse:
        return profile_page(request, known_platform(platform or state.effective_settings().default_platform))

    @app.post("/profile", response_class=HTMLResponse, include_in_schema=False)
    async def profile_post(
        request: Request,
        platform: Annotated[str, Form()] = "x",
        handle: Text = "",
        display_name: Text = "",
        bio: Text = "",
        csrf: Annotated[str, Form()] = "",
    ) -> HTMLResponse:
        require_csrf(csrf)
        platform = known_platform(platform)
        settings = state.effective_settings()
        form = {"handle": handle, "display_name": display_name, "bio": bio}
        try:
            report = audit_profile(
                Profile(platform, handle, display_name, bio, tuple(c.company for c in settings.conflicts)),
                settings,
            ).to_dict()
        except (ValueError, UnknownPlatformError) as exc:
            return profile_page(request, platform, error=str(exc), form=form, status=422)
        if state.store is not None:
            state.store.save_profile(platform, handle, display_name, bio)
        return profile_page(request, platform, report=report, form=form)

    @app.post("/profile/goals", include_in_schema=False)
    async def goals_post(
        goal: Annotated[list[str] | None, Form()] = None,
        platform: Annotated[str, Form()] = "x",
        csrf: Annotated[str, Form()] = "",
    ) -> Response:
        require_csrf(csrf)
        if state.store is not None:
            state.store.set_setting(GOALS_KEY, [g for g in (goal or []) if g in GOALS])
        return RedirectResponse(f"/profile?platform={known_platform(platform)}#plan", status_code=303)

    # Settings ----------------------------------------------------------------------------------
    def settings_page(request: Request, saved: bool = False, error: str | None = None) -> HTMLResponse:
        settings = state.effective_settings()
        return render(
            request,
            "settings.html",
            {
                "author": settings.author,
                "conflicts": "\n".join(c.company for c in settings.conflicts),
                "limits": dict(settings.limits),
                "platforms": [(p.value, s.display, s.limit) for p, s in PLATFORMS.items()],
                "saved": saved,
                "error": error,
                "has_store": state.store is not None,
                "source": settings.source,
                "resources": "\n".join(state.resources()),
                "own_patients": len(state.store.own_patient_hashes()) if state.store is not None else 0,
            },
        )

    @app.get("/settings", response_class=HTMLResponse, include_in_schema=False)
    async def settings_get(request: Request, saved: int = 0) -> HTMLResponse:
        return settings_page(request, saved=bool(saved))

    @app.post("/settings", include_in_schema=False)
    async def settings_post(request: Request) -> Response:
        form = await request.form()
        require_csrf(str(form.get("csrf", "")))
        if state.store is None:
            return settings_page(request, error="No store is configured, so settings cannot be saved.")
        text = {k: str(v)[:MAX_FIELD_CHARS] for k, v in form.items() if isinstance(v, str)}
        limits: dict[str, int] = {}
        for p, spec in PLATFORMS.items():
            raw = text.get(f"limit_{p.value}", "").strip().replace(",", "")
            if raw:
                if not (raw.isascii() and raw.isdigit() and len(raw) <= 6) or not 1 <= int(raw) <= 100_000:
                    return settings_page(
                        request,
                        error=f"{spec.display}: the limit must be a whole number of characters (1 to 100,000)",
                    )
                limits[p.value] = int(
                    raw
                )  # kept even when it equals the default: it overrides a settings file
        state.store.set_setting(
            AUTHOR_KEY,
            {
                "name": text.get("name", "").strip(),
                "credentials": _lines(text.get("credentials", ""), 10),
                "specialty": text.get("specialty", "").strip(),
                "employer": text.get("employer", "").strip(),
            },
        )
        conflicts = [line.strip() for line in text.get("conflicts", "").splitlines() if line.strip()][:50]
        state.store.set_setting(CONFLICTS_KEY, conflicts)  # one per line: "Genentech, Inc." is one company
        state.store.set_setting(
            RESOURCES_KEY,
            [line.strip() for line in text.get("resources", "").splitlines() if line.strip()][:20],
        )
        patients = _lines(text.get("own_patients", ""), 500)
        if patients or text.get("clear_patients"):
            from bedside.triage import keyed_hash

            secret = state.store.secret()
            state.store.set_own_patients([keyed_hash(secret, h) for h in patients])
        state.store.set_setting(LIMITS_KEY, limits)
        state.invalidate()
        return RedirectResponse("/settings?saved=1", status_code=303)

    # Rules -------------------------------------------------------------------------------------
    @app.get("/rules", response_class=HTMLResponse, include_in_schema=False)
    async def rules(request: Request, q: str = "") -> HTMLResponse:
        from bedside.catalogue import documented_checks, sections

        query = q.strip().casefold()[:200]
        rows: list[tuple[str, str, str, str, str, str, list[tuple[str, str]]]] = [
            (r.code, r.name, r.category.value, r.severity.value, r.requirement, r.summary, sections(r))
            for r in state.engine.registry
        ]
        rows += [
            (c.code, c.name, c.category, c.severity, c.requirement, c.summary, sections(c))
            for c in documented_checks()
        ]
        keys = ("code", "name", "category", "severity", "requirement", "summary")
        entries = [
            {**dict(zip(keys, row[:6], strict=True)), "sections": row[6]}
            for row in rows
            if not query or query in " ".join([*row[:6], *(body for _, body in row[6])]).casefold()
        ]
        return render(request, "rules.html", {"entries": entries, "q": q[:200]})
