"""create_app(settings, store): the local web app and the HTTP API (``/api/v1``)."""

import hmac
import ipaddress
import secrets
from collections.abc import Awaitable, Callable
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.middleware.trustedhost import TrustedHostMiddleware

from bedside import __version__
from bedside.engine import Engine
from bedside.settings import Settings
from bedside.store import Store
from bedside.web.api import register_api
from bedside.web.pages import register_pages
from bedside.web.state import AppState

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

    state = AppState(settings=settings, store=store, engine=engine, csrf_secret=csrf_secret)
    register_api(app, state)
    register_pages(app, state, templates)
    return app
