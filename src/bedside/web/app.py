"""create_app(settings, store): the local web app and the HTTP API (``/api/v1``)."""

import hmac
import ipaddress
import secrets
from http.cookies import SimpleCookie
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode

from fastapi import FastAPI
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.middleware.trustedhost import TrustedHostMiddleware

from bedside import __version__
from bedside.engine import Engine
from bedside.settings import Settings
from bedside.store import Store
from bedside.web.api import register_api, register_triage_api
from bedside.web.audit import register_audit
from bedside.web.inbox import register_inbox
from bedside.web.pages import register_pages
from bedside.web.state import AppState

MAX_BODY_BYTES = 1_000_000
UPLOAD_PATH = "/audit/upload"
MAX_UPLOAD_BYTES = 4 * 1024**3  # an archive upload streams to disk: this is its cap
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


class _TooLarge(Exception):
    """A streamed upload passed MAX_UPLOAD_BYTES."""


class BodyLimit:
    """Refuses request bodies over ``limit`` bytes, chunked ones included, with a clear 413. An archive
    upload is never held in memory: it is counted as it streams through, up to MAX_UPLOAD_BYTES."""

    def __init__(self, app: Any, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def _stream(self, scope: Any, receive: Any, send: Any) -> None:
        seen = 0
        started = False

        async def counted() -> Any:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > MAX_UPLOAD_BYTES:
                    raise _TooLarge
            return message

        async def sending(message: Any) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, sending)
        except _TooLarge:
            if started:
                raise
            # a chunked upload declares no length: it is refused when it passes the cap, with a 413, not a 500
            response = JSONResponse(
                {"error": f"upload over {MAX_UPLOAD_BYTES:,} bytes; bedside reads archives up to that size"},
                status_code=413,
            )
            await response(scope, receive, send)

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["path"] == UPLOAD_PATH:
            await self._stream(scope, receive, send)
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


_SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


class Guard:
    """Pure ASGI (no per-request Request/Response objects): refuses a declared body over the limit, asks for
    the token when one is set, and adds the security headers to every response."""

    def __init__(self, app: Any, token: str | None) -> None:
        self.app = app
        self.token = token

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        length = headers.get("content-length")
        most = MAX_UPLOAD_BYTES if scope["path"] == UPLOAD_PATH else MAX_BODY_BYTES
        if length is not None and (not length.isdigit() or int(length) > most):
            await self._refuse(
                scope,
                receive,
                send,
                413,
                f"request body over {most:,} bytes; bedside checks one post at a time (archives: the Audit page)",
            )
            return
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        from_query = bool(query.get("token"))
        if self.token is not None and not scope["path"].startswith("/static"):
            cookies = SimpleCookie(headers.get("cookie", ""))
            supplied = headers.get("authorization", "").removeprefix("Bearer ").strip()
            cookie = cookies.get("bedside_token")
            supplied = supplied or (cookie.value if cookie else "") or (query.get("token") or [""])[0]
            if not hmac.compare_digest(supplied.encode(), self.token.encode()):
                await self._refuse(scope, receive, send, 401, "a valid token is required")
                return
        if self.token is not None and from_query and scope["method"] == "GET":
            # Opened with ?token=...: set the cookie and reload without the token, so it does not stay in the
            # address bar, the history or a Referer.
            rest = urlencode([(k, v) for k, vs in query.items() if k != "token" for v in vs])
            response = Response(
                status_code=303, headers={"Location": scope["path"] + (f"?{rest}" if rest else "")}
            )
            response.set_cookie("bedside_token", self.token, httponly=True, samesite="strict", path="/")
            response.headers.update({k.decode(): v.decode() for k, v in _SECURITY_HEADERS})
            await response(scope, receive, send)
            return

        async def send_with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *_SECURITY_HEADERS]}
            await send(message)

        await self.app(scope, receive, send_with_headers)

    async def _refuse(self, scope: Any, receive: Any, send: Any, status: int, error: str) -> None:
        response = JSONResponse({"error": error}, status_code=status)
        response.headers.update({k.decode(): v.decode() for k, v in _SECURITY_HEADERS})
        await response(scope, receive, send)


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
        docs_url=None,  # Swagger UI would load from a CDN; nothing here may. The OpenAPI document is served.
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

    app.add_middleware(Guard, token=token)

    state = AppState(
        settings=settings, store=store, engine=engine, csrf_secret=csrf_secret, templates=templates
    )
    register_api(app, state)
    register_triage_api(app, state)
    register_pages(app, state)
    register_inbox(app, state)
    register_audit(app, state)
    return app
