"""The Inbox page (#6): paste or import replies, see them by urgency, act, log evidence, export the report."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import FastAPI, Form, HTTPException, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from bedside.platforms import PLATFORMS, Platform
from bedside.triage import ReplyError, reply_from_dict
from bedside.triage.report import ReportInput, report_html, report_pdf
from bedside.web.state import AppState

MAX_PASTE_CHARS = 500_000
MAX_REPLIES = 2_000


def parse_pasted(text: str) -> list[Any]:
    """One JSON object per line, or, when the text is not JSON, plain replies separated by blank lines."""
    lines = [line for line in text.splitlines() if line.strip()]
    if lines and all(line.lstrip().startswith("{") for line in lines):
        replies = []
        for n, line in enumerate(lines, 1):
            try:
                replies.append(reply_from_dict(json.loads(line), f"line {n}"))
            except json.JSONDecodeError as exc:
                raise ReplyError(f"line {n}: not valid JSON ({exc.msg})") from None
        return replies
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]
    return [reply_from_dict({"id": str(n), "text": b}, f"reply {n}") for n, b in enumerate(blocks, 1)]


def register_inbox(app: FastAPI, state: AppState) -> None:
    def page(
        request: Request,
        results: list[dict[str, Any]] | None = None,
        platform: str = "x",
        pasted: str = "",
        error: str | None = None,
        status: int = 200,
    ) -> HTMLResponse:
        entries = state.store.evidence() if state.store is not None else []
        threads: dict[str, dict[str, Any]] = {}
        for r in results or []:
            risk = r.get("thread_risk")
            if risk:
                threads[risk["thread"]] = risk
        return state.page(
            request,
            "inbox.html",
            {
                "platforms": [(p.value, s.display) for p, s in PLATFORMS.items()],
                "platform": platform,
                "results": results,
                "threads": sorted(threads.values(), key=lambda t: -t["score"]),
                "pasted": pasted,
                "error": error,
                "evidence": entries,
                "has_store": state.store is not None,
            },
            status,
        )

    @app.get("/inbox", response_class=HTMLResponse, include_in_schema=False)
    async def inbox(request: Request) -> HTMLResponse:
        return page(request)

    @app.post("/inbox", response_class=HTMLResponse, include_in_schema=False)
    async def inbox_post(
        request: Request,
        replies: Annotated[str, Form(max_length=MAX_PASTE_CHARS)] = "",
        platform: Annotated[str, Form()] = "x",
        upload: UploadFile | None = None,
        csrf: Annotated[str, Form()] = "",
    ) -> HTMLResponse:
        state.require_csrf(csrf)
        platform = platform.lower() if platform.lower() in {p.value for p in Platform} else "x"
        text = replies
        if upload is not None and upload.filename:
            raw = await upload.read(MAX_PASTE_CHARS * 4 + 1)
            if len(raw) > MAX_PASTE_CHARS * 4:
                return page(
                    request,
                    platform=platform,
                    error="That file is too large for the Inbox; use `bedside triage`.",
                    status=413,
                )
            try:
                text = raw.decode("utf-8-sig")
            except UnicodeDecodeError as exc:
                return page(
                    request,
                    platform=platform,
                    error=f"{upload.filename}: not UTF-8 (byte {exc.start})",
                    status=422,
                )
        try:
            parsed = parse_pasted(text)
        except ReplyError as exc:
            return page(request, platform=platform, pasted=text, error=str(exc), status=422)
        if not parsed:
            return page(request, platform=platform, error="Paste at least one reply.", status=422)
        if len(parsed) > MAX_REPLIES:
            return page(
                request, platform=platform, error=f"At most {MAX_REPLIES:,} replies at a time.", status=422
            )
        from bedside.triage import by_urgency

        results = [r.to_dict() for r in by_urgency(state.triage(parsed, platform))]
        return page(request, results, platform, text)

    @app.post("/inbox/log", include_in_schema=False)
    async def inbox_log(
        label: Annotated[str, Form(max_length=20)],
        text: Annotated[str, Form(max_length=20_000)],
        platform: Annotated[str, Form(max_length=20)] = "x",
        reply_id: Annotated[str, Form(max_length=200)] = "",
        author_handle: Annotated[str, Form(max_length=400)] = "",
        author_name: Annotated[str, Form(max_length=400)] = "",
        posted_at: Annotated[str, Form(max_length=40)] = "",
        url: Annotated[str, Form(max_length=2_000)] = "",
        notes: Annotated[str, Form(max_length=20_000)] = "",
        csrf: Annotated[str, Form()] = "",
    ) -> Response:
        state.require_csrf(csrf)
        if state.store is None:
            raise HTTPException(status_code=503, detail="no store configured")
        state.store.log_evidence(
            platform=platform,
            label=label,
            text=text,
            reply_id=reply_id,
            author_handle=author_handle,
            author_name=author_name,
            posted_at=posted_at,
            url=url,
            notes=notes,
        )
        return RedirectResponse("/inbox#evidence", status_code=303)

    @app.post("/inbox/notes", include_in_schema=False)
    async def inbox_notes(
        evidence_id: Annotated[int, Form()],
        notes: Annotated[str, Form(max_length=20_000)] = "",
        csrf: Annotated[str, Form()] = "",
    ) -> Response:
        state.require_csrf(csrf)
        if state.store is None or not state.store.annotate_evidence(evidence_id, notes):
            raise HTTPException(status_code=404, detail="no such evidence entry")
        return RedirectResponse("/inbox#evidence", status_code=303)

    def report_input() -> ReportInput:
        entries = state.store.evidence() if state.store is not None else []
        return ReportInput(entries, state.effective_settings().author.name, state.resources())

    def download(
        data: ReportInput, render: Callable[[ReportInput], str | bytes], media_type: str, ext: str
    ) -> Response:
        name = f"bedside-evidence-{data.stamp[:10]}.{ext}"
        headers = {"Content-Disposition": f'attachment; filename="{name}"'}
        return Response(render(data), media_type=media_type, headers=headers)

    @app.get("/evidence/report.html", include_in_schema=False)
    async def evidence_html() -> Response:
        return download(report_input(), report_html, "text/html; charset=utf-8", "html")

    @app.get("/evidence/report.pdf", include_in_schema=False)
    async def evidence_pdf() -> Response:
        return download(report_input(), report_pdf, "application/pdf", "pdf")
