"""create_app(settings, store): the local web app and the HTTP API (``/api/v1``)."""

import hmac
import ipaddress
import json
import secrets
from collections.abc import Awaitable, Callable
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, Field
from starlette.middleware.trustedhost import TrustedHostMiddleware

from bedside import __version__
from bedside.draft import MAX_TEXT_CHARS, Draft, DraftError
from bedside.engine import Engine
from bedside.platforms import PLATFORMS, UnknownPlatformError
from bedside.settings import Settings
from bedside.store import Store

MAX_BODY_BYTES = 1_000_000
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)


def is_loopback(host: str) -> bool:
    if host in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class CheckRequest(BaseModel):
    text: str = Field(max_length=MAX_TEXT_CHARS)
    platform: str = "x"
    reply: bool = False
    conflicts: list[str] = Field(default_factory=list, max_length=50)


class SaveRequest(CheckRequest):
    pass


class BodyLimit:
    """Refuses request bodies over ``limit`` bytes, chunked ones included, with a clear 413."""

    def __init__(self, app: Any, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        # Read the body up to the limit first (at most 1 MB is ever held), then replay it to the app.
        chunks: list[bytes] = []
        seen = 0
        more = True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunk = message.get("body", b"")
            seen += len(chunk)
            if seen > self.limit:
                response = JSONResponse(
                    {"error": f"request body over {self.limit:,} bytes; bedside checks one post at a time"},
                    status_code=413,
                )
                await response(scope, receive, send)
                return
            chunks.append(chunk)
            more = bool(message.get("more_body", False))
        body = b"".join(chunks)
        replayed = False

        async def replay() -> Any:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


def _package_dir(name: str) -> Path:
    return Path(str(resources.files("bedside.web").joinpath(name)))


def create_app(
    settings: Settings | None = None, store: Store | None = None, token: str | None = None
) -> FastAPI:
    settings = settings or Settings()
    engine = Engine()
    engine.warm()
    app = FastAPI(
        title="bedside",
        version=__version__,
        description="Checks oncology professionals' social-media drafts locally. Nothing leaves this machine.",
        docs_url="/api/docs",
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    templates = Jinja2Templates(directory=str(_package_dir("templates")))
    app.mount("/static", StaticFiles(directory=str(_package_dir("static"))), name="static")
    csrf_secret = secrets.token_urlsafe(32)
    token = token or None  # an empty token protects nothing: treat it as none (loopback only)
    app.add_middleware(BodyLimit, limit=MAX_BODY_BYTES)
    if token is None:
        app.add_middleware(
            TrustedHostMiddleware, allowed_hosts=["127.0.0.1", "localhost", "[::1]", "testserver"]
        )

    @app.middleware("http")
    async def guard(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY_BYTES):
            return JSONResponse(
                {"error": f"request body over {MAX_BODY_BYTES:,} bytes; bedside checks one post at a time"},
                status_code=413,
            )
        if token is not None and not request.url.path.startswith("/static"):
            supplied = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
            supplied = (
                supplied or request.cookies.get("bedside_token", "") or request.query_params.get("token", "")
            )
            if not hmac.compare_digest(supplied.encode(), token.encode()):
                return JSONResponse({"error": "a valid token is required"}, status_code=401)
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        if token is not None and request.query_params.get("token"):
            response.set_cookie("bedside_token", token, httponly=True, samesite="strict")
        return response

    def get_engine() -> Engine:
        return engine

    EngineDep = Annotated[Engine, Depends(get_engine)]

    def run_check(eng: Engine, body: CheckRequest) -> dict[str, Any]:
        try:
            draft = Draft(
                body.text, body.platform.lower(), body.reply, settings.with_conflicts(tuple(body.conflicts))
            )
            return eng.check(draft).to_dict()
        except (DraftError, UnknownPlatformError) as exc:
            raise HTTPException(status_code=422, detail=str(exc)) from None

    def csrf_token() -> str:
        return hmac.new(csrf_secret.encode(), b"form", "sha256").hexdigest()

    @app.post("/api/v1/check", summary="Check a draft", tags=["check"])
    async def api_check(body: CheckRequest, eng: EngineDep) -> dict[str, Any]:
        """The same JSON as `bedside check --format json` (schema bedside.check/1)."""
        return run_check(eng, body)

    @app.get("/api/v1/rules", summary="The rule catalogue", tags=["rules"])
    async def api_rules() -> dict[str, Any]:
        from bedside.catalogue import catalogue_json

        return catalogue_json(engine.registry)

    @app.post("/api/v1/drafts", summary="Save a draft and its findings", tags=["drafts"])
    async def api_save(body: SaveRequest, eng: EngineDep) -> dict[str, Any]:
        if store is None:
            raise HTTPException(status_code=503, detail="no store configured")
        result = run_check(eng, body)
        draft_id = store.save_draft(body.platform, body.reply, body.text, result)
        return {"id": draft_id, "result": result}

    @app.get("/api/v1/drafts", summary="Saved drafts", tags=["drafts"])
    async def api_drafts() -> dict[str, Any]:
        if store is None:
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
                for d in store.drafts()
            ]
        }

    def page(
        request: Request,
        text: str = "",
        platform: str = "",
        reply: bool = False,
        result: dict[str, Any] | None = None,
        error: str | None = None,
    ) -> HTMLResponse:
        return templates.TemplateResponse(
            request,
            "compose.html",
            {
                "platforms": [(p.value, s.display, s.limit) for p, s in PLATFORMS.items()],
                "platform": platform or settings.default_platform,
                "reply": reply,
                "text": text,
                "result": result,
                "error": error,
                "csrf": csrf_token(),
                "version": __version__,
                "max_chars": MAX_TEXT_CHARS,
                "result_json": json.dumps(result) if result else "",
            },
        )

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def compose(request: Request) -> HTMLResponse:
        return page(request)

    @app.post("/", response_class=HTMLResponse, include_in_schema=False)
    async def compose_post(
        request: Request,
        eng: EngineDep,
        text: Annotated[str, Form(max_length=MAX_TEXT_CHARS)] = "",
        platform: Annotated[str, Form()] = "x",
        reply: Annotated[str, Form()] = "",
        csrf: Annotated[str, Form()] = "",
    ) -> HTMLResponse:
        if not hmac.compare_digest(csrf, csrf_token()):
            raise HTTPException(status_code=403, detail="the form expired: reload the page")
        try:
            result = run_check(eng, CheckRequest(text=text, platform=platform, reply=bool(reply)))
        except HTTPException as exc:
            return page(request, text, platform, bool(reply), error=str(exc.detail))
        return page(request, text, platform, bool(reply), result=result)

    return app
