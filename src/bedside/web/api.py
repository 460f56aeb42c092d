"""The JSON API (``/api/v1``), documented by OpenAPI at ``/api/docs``."""

from __future__ import annotations

import json
from typing import Any

from fastapi import FastAPI, HTTPException
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field

from bedside.draft import MAX_TEXT_CHARS
from bedside.platforms import Platform, UnknownPlatformError
from bedside.profile import Profile, audit_profile, plan_for
from bedside.profile.audit import MAX_FIELD_CHARS
from bedside.web.state import AppState, CheckFailed


class CheckRequest(BaseModel):
    text: str = Field(max_length=MAX_TEXT_CHARS, description="The draft, up to 100,000 characters.")
    platform: str = Field(
        "x", description="x, bluesky, mastodon, threads, linkedin, facebook, instagram, tiktok"
    )
    reply: bool = Field(False, description="The draft replies to someone.")
    conflicts: list[str] = Field(
        default_factory=list, max_length=50, description="Companies you have ties to."
    )


class ProfileRequest(BaseModel):
    platform: str = "x"
    handle: str = Field("", max_length=MAX_FIELD_CHARS)
    display_name: str = Field("", max_length=MAX_FIELD_CHARS)
    bio: str = Field("", max_length=MAX_FIELD_CHARS)
    conflicts: list[str] = Field(default_factory=list, max_length=50)


class PlanRequest(BaseModel):
    goals: list[str] = Field(
        default_factory=list,
        max_length=4,
        description="Any of learn_from_patients, learn_from_peers, find_collaborators, build_practice.",
    )


def register_api(app: FastAPI, state: AppState) -> None:
    @app.post(
        "/api/v1/check",
        summary="Check a draft",
        tags=["check"],
        response_class=JSONResponse,
        responses={200: {"description": "schema bedside.check/1 (src/bedside/schemas/check-1.schema.json)"}},
    )
    async def api_check(body: CheckRequest) -> Response:
        """The same JSON as `bedside check --format json` (schema bedside.check/1)."""
        try:
            result = state.check(body.text, body.platform, body.reply, body.conflicts)
        except CheckFailed as exc:
            raise HTTPException(status_code=422, detail=str(exc)) from None
        # Already plain JSON values: encode once, skipping FastAPI's generic encoder (the hot path of typing).
        return Response(json.dumps(result, ensure_ascii=False).encode("utf-8"), media_type="application/json")

    @app.post("/api/v1/profile", summary="Audit a profile", tags=["profile"])
    async def api_profile(body: ProfileRequest) -> dict[str, Any]:
        """What the profile leaves out (schema bedside.profile/1), and a bio within the platform's limit."""
        settings = state.effective_settings()
        names = tuple(dict.fromkeys([*body.conflicts, *(c.company for c in settings.conflicts)]))
        try:
            profile = Profile(body.platform, body.handle, body.display_name, body.bio, names)
            return audit_profile(profile, settings).to_dict()
        except (ValueError, UnknownPlatformError) as exc:
            raise HTTPException(status_code=422, detail=str(exc)) from None

    @app.post("/api/v1/plan", summary="A first plan for your goals", tags=["profile"])
    async def api_plan(body: PlanRequest) -> dict[str, Any]:
        """Table 2's goals to platforms, whom to follow and first steps (G1)."""
        return plan_for(body.goals)

    @app.get("/api/v1/rules", summary="The rule catalogue", tags=["rules"])
    async def api_rules() -> dict[str, Any]:
        from bedside.archive.audit import AUDIT_CHECKS
        from bedside.catalogue import catalogue_json, profile_check_json
        from bedside.profile import PROFILE_CHECKS

        out = catalogue_json(state.engine.registry)
        out["profile_checks"] = [profile_check_json(c) for c in PROFILE_CHECKS]
        out["audit_checks"] = [profile_check_json(c) for c in AUDIT_CHECKS]
        return out

    @app.post("/api/v1/drafts", summary="Save a draft and its findings", tags=["drafts"])
    async def api_save(body: CheckRequest) -> dict[str, Any]:
        if state.store is None:
            raise HTTPException(status_code=503, detail="no store configured")
        try:
            result = state.check(body.text, body.platform, body.reply, body.conflicts)
        except CheckFailed as exc:
            raise HTTPException(status_code=422, detail=str(exc)) from None
        draft_id = state.store.save_draft(body.platform, body.reply, body.text, result)
        return {"id": draft_id, "result": result}

    @app.get("/api/v1/drafts", summary="Saved drafts", tags=["drafts"])
    async def api_drafts() -> dict[str, Any]:
        if state.store is None:
            return {"drafts": []}
        return {
            "drafts": [
                {
                    "id": d.id,
                    "created_at": d.created_at,
                    "platform": d.platform,
                    "reply": d.reply,
                    "text": d.text,
                }
                for d in state.store.drafts()
            ]
        }


class TriageRequest(BaseModel):
    replies: list[dict[str, Any]] = Field(
        max_length=2_000,
        description='Each {"id", "text", "created_at"?, "in_reply_to"?, "url"?, "author": {"handle", "display_name", '
        '"bio", "followers", "default_avatar", "account_age_days"}}',
    )
    platform: str = Field("x", description="Where the replies are (for the mute, block and report steps).")


class EvidenceRequest(BaseModel):
    platform: str = Field("x", max_length=20)
    label: str = Field(max_length=20)
    text: str = Field(max_length=20_000)
    reply_id: str = Field("", max_length=200)
    author_handle: str = Field("", max_length=400)
    author_name: str = Field("", max_length=400)
    posted_at: str = Field("", max_length=40)
    url: str = Field("", max_length=2_000)
    notes: str = Field("", max_length=20_000)


def register_triage_api(app: FastAPI, state: AppState) -> None:
    from bedside.triage import SCHEMA, ReplyError, by_urgency, reply_from_dict

    @app.post("/api/v1/triage", summary="Triage incoming replies", tags=["triage"])
    async def api_triage(body: TriageRequest) -> dict[str, Any]:
        """Each reply labelled with its reasons and a recommended action (the 5 R's), most urgent first;
        the risk of each thread (replies grouped by in_reply_to)."""
        platform = body.platform.lower()
        if platform not in {p.value for p in Platform}:
            raise HTTPException(status_code=422, detail=f"unknown platform {body.platform!r}")
        try:
            replies = [reply_from_dict(r, f"replies[{i}]") for i, r in enumerate(body.replies)]
        except ReplyError as exc:
            raise HTTPException(status_code=422, detail=str(exc)) from None
        results = by_urgency(state.triage(replies, platform))
        threads = {r.thread.thread: r.thread.to_dict() for r in results if r.thread is not None}
        return {
            "schema": SCHEMA,
            "results": [r.to_dict() for r in results],
            "threads": list(threads.values()),
        }

    @app.post("/api/v1/evidence", summary="Log a reply as evidence", tags=["triage"])
    async def api_log(body: EvidenceRequest) -> dict[str, Any]:
        if state.store is None:
            raise HTTPException(status_code=503, detail="no store configured")
        return {"id": state.store.log_evidence(**body.model_dump())}

    @app.get("/api/v1/evidence", summary="The evidence log", tags=["triage"])
    async def api_evidence() -> dict[str, Any]:
        entries = state.store.evidence() if state.store is not None else []
        return {"evidence": [_evidence_dict(e) for e in entries]}


def _evidence_dict(e: Any) -> dict[str, Any]:
    return {name: getattr(e, name) for name in e.__slots__}
