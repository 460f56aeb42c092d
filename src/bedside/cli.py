"""The command line: ``bedside check``, ``bedside rules``, ``bedside rule CODE``, ``bedside serve``."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from enum import IntEnum
from pathlib import Path
from typing import IO, Any, NoReturn

import click

from bedside import __version__
from bedside.draft import MAX_TEXT_CHARS, Draft, DraftError
from bedside.platforms import Platform, UnknownPlatformError, get_spec
from bedside.settings import Settings, SettingsError, discover_settings, read_settings_file

PLATFORM_NAMES = [p.value for p in Platform]
MAX_INPUT_BYTES = MAX_TEXT_CHARS * 4 + 4


class ExitStatus(IntEnum):
    OK = 0
    FINDINGS = 1
    USAGE = 2


def fail(message: str) -> NoReturn:
    click.echo(f"bedside: error: {message}", err=True)
    sys.exit(ExitStatus.USAGE)


def decode(data: bytes, where: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DraftError(
            f"{where}: not valid UTF-8 (byte {exc.start}); save it as UTF-8 and try again"
        ) from None


def read_input(source: str) -> tuple[str, str]:
    """Read a draft from a file or ``-`` (stdin), refusing oversized or undecodable input."""
    if source == "-":
        data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        label = "<stdin>"
    else:
        path = Path(source)
        try:
            with path.open("rb") as fh:
                data = fh.read(MAX_INPUT_BYTES + 1)
        except OSError as exc:
            raise DraftError(f"cannot read {source}: {exc.strerror or exc}") from None
        label = source
    if len(data) > MAX_INPUT_BYTES:
        raise DraftError(
            f"{label}: more than {MAX_TEXT_CHARS:,} characters; bedside checks one post at a time"
        )
    return decode(data, label), label


def load_settings(config: str | None, conflicts: tuple[str, ...]) -> Settings:
    try:
        settings = read_settings_file(Path(config)) if config else discover_settings()
    except SettingsError as exc:
        fail(str(exc))
    if settings.ner:
        from bedside.rules.privacy.ner import NerUnavailable, load_recogniser  # only when a model is set

        try:
            load_recogniser(settings.ner)  # fail now, clearly, rather than in the middle of a check
        except NerUnavailable as exc:
            fail(str(exc))
    if settings.tone_model:
        from bedside.rules.tone.model import (
            ToneModelUnavailable,
            load_tone_plugin,
        )  # only when a model is set

        try:
            load_tone_plugin(settings.tone_model)
        except ToneModelUnavailable as exc:
            fail(str(exc))
    return settings.with_conflicts(conflicts)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="bedside")
def main() -> None:
    """bedside: check a social-media draft against the netiquette for oncology professionals.

    Nothing you check leaves your machine.
    """


@main.command()
@click.argument("source", required=False)
@click.option("--text", "text_opt", help="The draft itself, instead of a FILE.")
@click.option(
    "--jsonl", "jsonl", metavar="FILE", help='One {"id","text","platform"?,"reply"?,"conflicts"?} per line.'
)
@click.option(
    "--platform",
    "-p",
    type=click.Choice(PLATFORM_NAMES, case_sensitive=False),
    help="Default: settings, else x.",
)
@click.option("--reply", is_flag=True, help="The draft replies to someone.")
@click.option(
    "--conflict", "conflicts", multiple=True, metavar="NAME", help="A company you have ties to (repeatable)."
)
@click.option(
    "--config",
    type=click.Path(dir_okay=False),
    help="Settings file (default: ./bedside.toml, then user config).",
)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option(
    "--select", multiple=True, metavar="CODE", help="Run only rules with this code prefix or category."
)
@click.option("--ignore", multiple=True, metavar="CODE", help="Skip rules with this code prefix or category.")
def check(
    source: str | None,
    text_opt: str | None,
    jsonl: str | None,
    platform: str | None,
    reply: bool,
    conflicts: tuple[str, ...],
    config: str | None,
    fmt: str,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
) -> None:
    """Check a draft (FILE, - for stdin, or --text) before you post it.

    Exit status: 0 no error finding, 1 at least one error finding, 2 bad usage or bad input.
    """
    given = sum(x is not None for x in (source, text_opt, jsonl))
    if given != 1:
        fail("give exactly one of FILE, - (stdin), --text TEXT or --jsonl FILE")
    settings = load_settings(config, conflicts)
    from bedside.engine import Engine
    from bedside.rules import Registry

    engine = Engine(Registry.default().select(select, ignore))
    if jsonl is not None:
        sys.exit(_check_jsonl(engine, jsonl, settings, platform, reply))
    try:
        if text_opt is not None:
            text, label = text_opt, "draft"
        else:
            assert source is not None
            text, label = read_input(source)
        draft = Draft(text, (platform or settings.default_platform).lower(), reply, settings)
        get_spec(draft.platform)
        result = engine.check(draft)
    except (DraftError, UnknownPlatformError) as exc:
        fail(str(exc))
    if fmt == "json":
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False))
    else:
        from bedside.render import render_text

        click.echo(render_text(result, text, label, style=click.style))
    sys.exit(ExitStatus.FINDINGS if result.has_error else ExitStatus.OK)


def _jsonl_lines(path: str) -> Iterator[tuple[int, bytes]]:
    stream: IO[bytes]
    if path == "-":
        stream = sys.stdin.buffer
    else:
        try:
            stream = Path(path).open("rb")  # noqa: SIM115 - closed below
        except OSError as exc:
            fail(f"cannot read {path}: {exc.strerror or exc}")
    try:
        number = 0
        while True:
            raw = stream.readline(MAX_INPUT_BYTES + 2)
            if not raw:
                return
            number += 1
            if len(raw) > MAX_INPUT_BYTES and not raw.endswith(b"\n"):
                while True:  # drop the rest of an oversized line, so later line numbers stay right
                    rest = stream.readline(1 << 20)
                    if not rest or rest.endswith(b"\n"):
                        break
            yield number, raw
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()


def _parse_record(
    raw: bytes, number: int, default_platform: str, default_reply: bool, settings: Settings
) -> Draft:
    if len(raw) > MAX_INPUT_BYTES:
        raise DraftError(f"line {number}: longer than {MAX_TEXT_CHARS:,} characters")
    line = decode(raw, f"line {number}")
    try:
        record: Any = json.loads(line)
    except json.JSONDecodeError as exc:
        raise DraftError(f"line {number}: not valid JSON ({exc.msg} at column {exc.colno})") from None
    except RecursionError:
        raise DraftError(f"line {number}: JSON nested too deeply") from None
    if not isinstance(record, dict):
        raise DraftError(f"line {number}: expected a JSON object")
    text = record.get("text")
    if not isinstance(text, str):
        raise DraftError(f'line {number}: "text" must be a string')
    platform = record.get("platform", default_platform)
    reply = record.get("reply", default_reply)
    extra = record.get("conflicts", [])
    if not isinstance(platform, str) or not isinstance(reply, bool):
        raise DraftError(f'line {number}: "platform" must be a string and "reply" true or false')
    if not isinstance(extra, list) or not all(isinstance(c, str) for c in extra):
        raise DraftError(f'line {number}: "conflicts" must be a list of strings')
    rid = record.get("id")
    get_spec(platform)
    return Draft(
        text,
        platform.lower(),
        reply,
        settings.with_conflicts(tuple(extra)),
        None if rid is None else str(rid),
    )


def _check_jsonl(engine: Any, path: str, settings: Settings, platform: str | None, reply: bool) -> int:
    status = ExitStatus.OK
    bad = False
    out = sys.stdout
    for number, raw in _jsonl_lines(path):
        if not raw.strip():
            continue
        try:
            draft = _parse_record(raw, number, platform or settings.default_platform, reply, settings)
            result = engine.check(draft)
        except (DraftError, UnknownPlatformError) as exc:
            bad = True
            rid = _id_of(raw)
            message = str(exc) if str(exc).startswith("line ") else f"line {number}: {exc}"
            click.echo(f"bedside: error: {message}", err=True)
            out.write(
                json.dumps({"schema": "bedside.check/1", "id": rid, "line": number, "error": message}) + "\n"
            )
            continue
        if result.has_error:
            status = ExitStatus.FINDINGS
        out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
        out.flush()
    return ExitStatus.USAGE if bad else status


def _id_of(raw: bytes) -> str | None:
    try:
        record = json.loads(raw)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None
    rid = record.get("id") if isinstance(record, dict) else None
    return None if rid is None else str(rid)


@main.command("rules")
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text", show_default=True
)
@click.option("--category", help="Only this category (privacy, advice, evidence, ...).")
def rules_cmd(fmt: str, category: str | None) -> None:
    """List every rule: code, name, category, severity, requirement."""
    from bedside.catalogue import catalogue_json, catalogue_markdown, catalogue_table
    from bedside.rules import Registry

    registry = Registry.default()
    if category:
        registry = Registry(tuple(r for r in registry if r.category.value == category.lower()))
        if not len(registry):
            fail(f"no rules in category {category!r}")
    if fmt == "json":
        click.echo(json.dumps(catalogue_json(registry), indent=2, ensure_ascii=False))
    elif fmt == "markdown":
        click.echo(catalogue_markdown(registry), nl=False)
    else:
        click.echo(catalogue_table(registry))


@main.command("rule")
@click.argument("code")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def rule_cmd(code: str, fmt: str) -> None:
    """Explain one rule: what it does, why it matters, an example, what to write instead, its source."""
    from bedside.catalogue import documented_check, rule_json, rule_text
    from bedside.rules import Registry, UnknownRuleError

    check = documented_check(code)
    if check is not None:  # the profile audit's checks (PRO001-PRO008) and AUD001 are documented the same way
        from bedside.catalogue import profile_check_json, profile_check_text

        text = profile_check_text(check)
        click.echo(
            json.dumps(profile_check_json(check), indent=2, ensure_ascii=False) if fmt == "json" else text
        )
        return
    try:
        r = Registry.default().get(code)
    except UnknownRuleError:
        fail(f"no rule {code!r}; `bedside rules` lists them")
    if fmt == "json":
        click.echo(json.dumps(rule_json(r), indent=2, ensure_ascii=False))
    else:
        click.echo(rule_text(r))


@main.command("audit")
@click.argument("archive", type=click.Path(exists=True, path_type=Path))
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json", "html"]), default="text", show_default=True
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write here (atomically) instead of stdout.",
)
@click.option("--since", metavar="DATE", help="Only items from this date on (YYYY-MM-DD).")
@click.option(
    "--database", metavar="URL", help="Where results are kept for resuming (default: your bedside store)."
)
@click.option(
    "--jobs", type=click.IntRange(1, 64), default=None, help="Worker processes (default: all cores)."
)
@click.option(
    "--conflict", "conflicts", multiple=True, metavar="NAME", help="A company you have ties to (repeatable)."
)
@click.option(
    "--config", type=click.Path(dir_okay=False), help="Settings file (your name, employer, conflicts)."
)
def audit_cmd(
    archive: Path,
    fmt: str,
    out: Path | None,
    since: str | None,
    database: str | None,
    jobs: int | None,
    conflicts: tuple[str, ...],
    config: str | None,
) -> None:
    """Audit a whole archive: every post, reply, direct message and the profile, riskiest first.

    ARCHIVE is an X or Mastodon archive (zip, tar.gz or an unpacked folder), a Bluesky repo.car, or a
    Facebook, Instagram or LinkedIn export. Results are stored as they come: interrupt it and run it again
    to go on; items already audited with the same rules are not audited again.
    """
    import os
    import tempfile
    from datetime import UTC, datetime

    from bedside.archive import ArchiveError
    from bedside.archive.report import audit_html, audit_text
    from bedside.archive.run import run_audit
    from bedside.store import Store, StoreError, default_database_url

    when = None
    if since:
        try:
            when = datetime.strptime(since, "%Y-%m-%d").replace(tzinfo=UTC)
        except ValueError:
            fail(f"--since {since!r}: use YYYY-MM-DD")
    try:
        store = Store(database or default_database_url())
    except StoreError as exc:
        fail(str(exc))
    progress_bar: Any = None
    task: Any = None
    if sys.stderr.isatty():
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        progress_bar = Progress(
            TextColumn("auditing"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            TextColumn("left"),
            TimeRemainingColumn(),
            transient=True,
        )
        progress_bar.start()
        task = progress_bar.add_task("audit", total=None, rate="")
        started = datetime.now(UTC)

        def progress(done: int, total: int | None) -> None:
            seconds = max((datetime.now(UTC) - started).total_seconds(), 1e-6)
            # the archive's own count is an estimate (retweets and boosts are skipped, direct messages added):
            # never let the bar claim to be done before the audit is
            estimate = max(total, done + 1) if total is not None else None
            progress_bar.update(task, completed=done, total=estimate, rate=f"{done / seconds:,.0f} items/s")
    else:
        progress = None  # type: ignore[assignment]
    try:
        run = run_audit(
            archive,
            store,
            jobs=jobs or os.cpu_count() or 1,
            since=when,
            progress=progress,
            settings=load_settings(config, conflicts),
        )
    except ArchiveError as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        click.echo(
            "bedside: interrupted; what was audited is kept. Run the same command again to go on.", err=True
        )
        sys.exit(130)
    finally:
        if progress_bar is not None:
            progress_bar.stop()
    from bedside.archive.report import summary, write_json

    def emit(fh: IO[str]) -> dict[str, Any]:
        facts = summary(run)
        if fmt == "json":
            write_json(run, fh, facts)
        elif fmt == "html":
            fh.write(audit_html(run, facts=facts))
        else:
            fh.write(audit_text(run, facts=facts) + "\n")
        return facts

    try:
        if out is None:
            facts = emit(sys.stdout)
        else:
            out.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as fh:
                    facts = emit(fh)
                    fh.flush()
                    os.fsync(fh.fileno())
                os.replace(tmp, out)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
            click.echo(f"{facts['items']:,} items audited; report written to {out}", err=True)
    finally:
        store.close()
    risky = facts["items_with_errors"] > 0
    sys.exit(ExitStatus.FINDINGS if risky else ExitStatus.OK)


MAX_TRIAGE_BYTES = 50_000_000


@main.command("triage")
@click.argument("source")
@click.option(
    "--platform",
    "-p",
    type=click.Choice(PLATFORM_NAMES, case_sensitive=False),
    default="x",
    show_default=True,
    help="Where the replies are (for the mute, block and report steps).",
)
@click.option(
    "--patient",
    "patients",
    multiple=True,
    metavar="HANDLE",
    help="A handle of one of your own patients (repeatable; used for this run only, never stored).",
)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def triage_cmd(source: str, platform: str, patients: tuple[str, ...], fmt: str) -> None:
    """Triage incoming replies: FILE.jsonl (or -) with one reply per line.

    Each line: {"id", "text", "created_at"?, "in_reply_to"?, "url"?, "author": {"handle", "display_name",
    "bio", "followers", "default_avatar", "account_age_days"}}. Labels each reply (support, question,
    disagreement, incivility, trolling, harassment, threat, doxxing, spam) with its reasons, scores each
    thread's risk, and recommends an action (the 5 R's) with a checked draft where a reply is due.
    JSON: one bedside.triage/1 object per line, in input order. Exit status 1 when a threat, doxxing or
    harassment is found; 2 when a line could not be read.
    """
    from bedside.draft import Draft
    from bedside.engine import Engine
    from bedside.models.linear import NgramModel
    from bedside.triage import ReplyError, ReplyModels, by_urgency, handle_key, reply_from_dict, triage

    if source == "-":
        data = sys.stdin.buffer.read(MAX_TRIAGE_BYTES + 1)
        label = "<stdin>"
    else:
        try:
            with Path(source).open("rb") as fh:
                data = fh.read(MAX_TRIAGE_BYTES + 1)
        except OSError as exc:
            fail(f"cannot read {source}: {exc.strerror or exc}")
        label = source
    if len(data) > MAX_TRIAGE_BYTES:
        fail(f"{label}: over {MAX_TRIAGE_BYTES:,} bytes; split it into smaller files")
    try:
        raw = decode(data, label)
    except DraftError as exc:
        fail(str(exc))
    replies = []
    bad = 0
    for n, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            replies.append(reply_from_dict(json.loads(line), f"{label}:{n}"))
        except json.JSONDecodeError as exc:
            bad += 1
            click.echo(f"bedside: error: {label}:{n}: not valid JSON ({exc.msg})", err=True)
        except ReplyError as exc:
            bad += 1
            click.echo(f"bedside: error: {exc}", err=True)
    engine = Engine()
    model = NgramModel.load("tone")
    own = {handle_key(h) for h in patients}
    results = triage(
        replies,
        platform=platform.lower(),
        tone=model.score,
        is_own_patient=(lambda h: handle_key(h) in own) if own else None,
        check_draft=lambda text: engine.check(Draft(text, platform.lower(), reply=True)).to_dict(),
        menace=ReplyModels.load(),
    )
    if fmt == "json":
        for r in results:
            click.echo(json.dumps(r.to_dict(), ensure_ascii=False))
    else:
        _print_triage(by_urgency(results))
    if bad:
        sys.exit(ExitStatus.USAGE)
    serious = any(r.classification.label in ("threat", "doxxing", "harassment") for r in results)
    sys.exit(ExitStatus.FINDINGS if serious else ExitStatus.OK)


def _print_triage(results: list[Any]) -> None:
    seen_threads: set[str] = set()
    for r in results:
        d = r.to_dict()
        who = d["author"]["handle"] or "(unknown)"
        click.echo(f"{d['label'].upper():<12} {d['id']}  {who}: {d['text'][:100]}")
        for reason in d["reasons"]:
            click.echo(f"             - {reason}")
        also = f" (then {', '.join(d['also'])})" if d["also"] else ""
        click.echo(f"             action: {d['action']}{also}. {d['rationale']}")
        if d.get("draft"):
            click.echo(f"             draft: {d['draft']}")
        risk = d.get("thread_risk")
        if risk and risk["thread"] not in seen_threads and risk["level"] != "low":
            seen_threads.add(risk["thread"])
            click.echo(
                f"             thread {risk['thread']}: risk {risk['score']} ({risk['level']}). {risk['advice']}"
            )
        click.echo("")
    counts: dict[str, int] = {}
    for r in results:
        counts[r.classification.label] = counts.get(r.classification.label, 0) + 1
    click.echo(
        ", ".join(f"{n} {label}" for label, n in sorted(counts.items(), key=lambda kv: -kv[1]))
        or "no replies"
    )


MAX_PROFILE_BYTES = 200_000


@main.command()
@click.argument("source")
@click.option(
    "--conflict", "conflicts", multiple=True, metavar="NAME", help="A company you have ties to (repeatable)."
)
@click.option("--config", type=click.Path(dir_okay=False), help="Settings file (author, conflicts).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def profile(source: str, conflicts: tuple[str, ...], config: str | None, fmt: str) -> None:
    """Audit a profile: FILE.json holds {"platform", "handle", "display_name", "bio"} (or a list of them).

    Reports what the netiquette asks for and the profile leaves out (name, credentials, specialty,
    employer, the "views my own" disclaimer, conflicts of interest) and proposes a bio that fits.
    Exit status 1 when anything is missing.
    """
    from bedside.profile import Profile, audit_profile

    settings = load_settings(config, conflicts)
    try:
        raw, label = read_input(source)
    except DraftError as exc:
        fail(str(exc))
    if len(raw.encode("utf-8")) > MAX_PROFILE_BYTES:
        fail(f"{label}: over {MAX_PROFILE_BYTES:,} bytes; a profile file holds a few short fields")
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        fail(f"{label}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})")
    items = data if isinstance(data, list) else [data]
    reports = []
    for n, item in enumerate(items, 1):
        where = f"{label}: profile {n}" if isinstance(data, list) else label
        if not isinstance(item, dict) or not isinstance(item.get("platform", "x"), str):
            fail(f'{where}: expected an object like {{"platform": "x", "handle": "...", "bio": "..."}}')
        fields = {k: item.get(k, "") for k in ("handle", "display_name", "bio")}
        if not all(isinstance(v, str) for v in fields.values()):
            fail(f"{where}: handle, display_name and bio must be strings")
        extra = item.get("conflicts", [])
        if not isinstance(extra, list) or not all(isinstance(c, str) for c in extra):
            fail(f"{where}: conflicts must be a list of company names")
        names = tuple(dict.fromkeys([*extra, *(c.company for c in settings.conflicts)]))
        try:
            prof = Profile(platform=str(item.get("platform", "x")), conflicts=names, **fields)
            reports.append(audit_profile(prof, settings))
        except (ValueError, UnknownPlatformError) as exc:
            fail(f"{where}: {exc}")
    if fmt == "json":
        for report in reports:
            click.echo(json.dumps(report.to_dict(), ensure_ascii=False))
    else:
        for report in reports:
            d = report.to_dict()
            click.echo(f"{d['platform']} {d['handle'] or '(no handle)'}")
            click.echo(f"  missing: {', '.join(d['missing']) or 'nothing'}")
            for f in d["findings"]:
                click.echo(f"  {f['severity']:<7} {f['code']} {f['message']}")
                if f["suggestion"]:
                    click.echo(f"          try: {f['suggestion']}")
            click.echo(f"  suggested {d['platform']} bio ({d['suggested_bio_length']}/{d['bio_limit']}):")
            click.echo(f"    {d['suggested_bio']}")
    sys.exit(ExitStatus.FINDINGS if any(r.missing or r.findings for r in reports) else ExitStatus.OK)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8765, show_default=True, type=int)
@click.option("--database", metavar="URL", help="Store location (default: SQLite in your data directory).")
@click.option("--token", envvar="BEDSIDE_TOKEN", help="Required when binding to anything but loopback.")
@click.option("--config", type=click.Path(dir_okay=False), help="Settings file.")
def serve(host: str, port: int, database: str | None, token: str | None, config: str | None) -> None:
    """Start the local web app (http://127.0.0.1:8765 by default)."""
    from bedside.web.app import is_loopback

    token = token or None
    if not is_loopback(host) and not token:
        fail(f"binding to {host} exposes your drafts to the network: set --token (or BEDSIDE_TOKEN) first")
    if token is not None and len(token) < 16:
        fail(
            "the token must be at least 16 characters (python3 -c 'import secrets; print(secrets.token_urlsafe())')"
        )
    import uvicorn

    from bedside.store import Store, default_database_url
    from bedside.web.app import create_app

    settings = load_settings(config, ())
    store = Store(database or default_database_url())
    app = create_app(settings=settings, store=store, token=token)
    click.echo(f"bedside {__version__}: http://{host}:{port}/  (store: {store.describe()}; Ctrl+C to stop)")
    if token is not None:
        click.echo(
            f"Open http://{host}:{port}/?token=YOUR_TOKEN once in each browser (it is then kept in a cookie), or send "
            "'Authorization: Bearer YOUR_TOKEN'. This is plain HTTP: use it only on a network you trust, or behind TLS."
        )
    uvicorn.run(app, host=host, port=port, log_level="warning")
