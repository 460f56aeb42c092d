"""The Audit page (#7): upload an archive, watch the audit's progress, open the report.

The upload streams to a file in a private temporary folder (never into memory); the audit runs in a
background thread with its own worker processes (spawned, not forked from the server) and stores results
as they come, exactly as `bedside audit` does.
"""

from __future__ import annotations

import io
import multiprocessing
import os
import secrets
import shutil
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.datastructures import UploadFile

from bedside.web.state import AppState

_SUFFIXES = (".zip", ".tar.gz", ".tgz", ".tar", ".car")


@dataclass
class Job:
    id: str
    name: str
    folder: Path
    state: str = "running"  # running | done | failed
    done: int = 0
    expected: int | None = None  # about how many items the archive holds, when its reader can tell
    error: str = ""
    run: Any = None
    facts: dict[str, Any] | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    def status(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "name": self.name, "state": self.state, "done": self.done}
        if self.expected is not None:
            out["expected"] = self.expected
        if self.error:
            out["error"] = self.error
        if self.facts is not None:
            out["summary"] = self.facts
        return out


def register_audit(app: FastAPI, state: AppState) -> None:
    jobs: dict[str, Job] = {}

    @app.get("/audit", response_class=HTMLResponse, include_in_schema=False)
    async def audit_page(request: Request) -> HTMLResponse:
        return state.page(
            request,
            "audit.html",
            {
                "jobs": list(jobs.values())[-5:],
                "has_store": state.store is not None,
            },
        )

    @app.post("/audit/upload", include_in_schema=False)
    async def upload(request: Request) -> Response:
        if any(j.state == "running" for j in jobs.values()):
            return JSONResponse(
                {"error": "an audit is already running; wait for it to finish"}, status_code=409
            )
        form = await request.form()  # file parts stream to disk; other fields keep the 1 MB default
        state.require_csrf(str(form.get("csrf", "")))
        if state.store is None:
            raise HTTPException(status_code=503, detail="the audit needs a store to keep its results")
        archive = form.get("archive")
        if not isinstance(archive, UploadFile) or not archive.filename:
            return JSONResponse({"error": "choose an archive file"}, status_code=422)
        name = Path(archive.filename).name
        if not name.lower().endswith(_SUFFIXES):
            return JSONResponse(
                {"error": f"{name}: expected a .zip, .tar.gz or .car archive"}, status_code=422
            )
        folder = Path(tempfile.mkdtemp(prefix="bedside-audit-"))
        os.chmod(folder, 0o700)
        target = folder / name
        with target.open("wb") as fh:
            shutil.copyfileobj(archive.file, fh, 1 << 20)
        job = Job(secrets.token_hex(8), name, folder)
        jobs[job.id] = job
        threading.Thread(target=_run, args=(job, state, target), daemon=True).start()
        return JSONResponse({"id": job.id, "status": f"/api/v1/audit/{job.id}"}, status_code=202)

    @app.get("/api/v1/audit/{job_id}", summary="Progress of an archive audit", tags=["audit"])
    async def audit_status(job_id: str) -> dict[str, Any]:
        job = jobs.get(job_id)
        if job is None:
            raise HTTPException(status_code=404, detail="no such audit")
        return job.status()

    @app.get("/audit/{job_id}/report.{fmt}", include_in_schema=False)
    async def audit_report(job_id: str, fmt: str) -> Response:
        job = jobs.get(job_id)
        if job is None or job.run is None:
            raise HTTPException(status_code=404, detail="no finished audit with that id")
        from bedside.archive.report import audit_html, write_json

        if fmt == "html":
            return HTMLResponse(audit_html(job.run, facts=job.facts))
        if fmt == "json":
            buffer = io.StringIO()
            write_json(job.run, buffer, job.facts)
            return Response(buffer.getvalue(), media_type="application/json")
        raise HTTPException(status_code=404, detail="report.html or report.json")


def _run(job: Job, state: AppState, target: Path) -> None:
    from bedside.archive import ArchiveError
    from bedside.archive.run import run_audit

    def progress(done: int, total: int | None) -> None:
        job.done = done
        job.expected = total

    try:
        assert state.store is not None
        job.run = run_audit(
            target,
            state.store,
            jobs=os.cpu_count() or 1,
            progress=progress,
            mp_context=multiprocessing.get_context("spawn"),
        )
        from bedside.archive.report import summary

        job.facts = summary(job.run)
        job.done = job.facts["items"]
        job.state = "done"
    except ArchiveError as exc:
        job.state, job.error = "failed", str(exc)
    except Exception as exc:
        job.state, job.error = "failed", f"{type(exc).__name__}: {exc}"
    finally:
        shutil.rmtree(job.folder, ignore_errors=True)  # the uploaded archive is not kept
