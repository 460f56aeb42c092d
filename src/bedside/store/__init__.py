"""The store (#5): settings, profiles and the drafts a user chooses to save, through SQLAlchemy 2.

SQLite in the user's data directory by default (WAL journal, full sync: a crash mid-write leaves the last
committed state); PostgreSQL for a team with ``--database postgresql://...``. The schema is migrated with
Alembic on open (``bedside/store/migrations``); each write is one transaction.
"""

from __future__ import annotations

import json
import secrets
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, insert, select, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError, SQLAlchemyError

from bedside.store import schema

MIGRATIONS = Path(__file__).parent / "migrations"
HEAD = "0004"


class StoreError(RuntimeError):
    """A database bedside cannot open or use, with what to do about it."""


def default_database_url() -> str:
    import platformdirs

    data = Path(platformdirs.user_data_dir("bedside", appauthor=False))
    return f"sqlite:///{data / 'bedside.sqlite3'}"


@dataclass(frozen=True, slots=True)
class SavedDraft:
    id: int
    created_at: str
    platform: str
    reply: bool
    text: str
    result: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Evidence:
    id: int
    logged_at: str
    platform: str
    reply_id: str
    label: str
    author_handle: str
    author_name: str
    text: str
    posted_at: str
    url: str
    notes: str


@dataclass(frozen=True, slots=True)
class SavedProfile:
    platform: str
    handle: str
    display_name: str
    bio: str


def _iso(value: Any) -> str:
    if isinstance(value, datetime):
        stamp = value if value.tzinfo else value.replace(tzinfo=UTC)
        return stamp.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return str(value)


def _engine(url: str) -> Engine:
    try:
        parsed = make_url(url if "://" in url else f"sqlite:///{url}")
    except (ArgumentError, ValueError) as exc:
        raise StoreError(f"not a database URL: {url!r} (sqlite:///PATH or postgresql://...)") from exc
    backend = parsed.get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        raise StoreError(f"unsupported database {backend!r}: use sqlite:///PATH or postgresql://USER@HOST/DB")
    if backend == "postgresql" and parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    if backend == "sqlite":
        path = parsed.database or ":memory:"
        if path != ":memory:":
            Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
    try:
        engine = create_engine(parsed, future=True, pool_pre_ping=backend == "postgresql")
    except (NoSuchModuleError, ImportError) as exc:
        raise StoreError(f"cannot use {backend}: its driver is not installed ({exc})") from exc
    if backend == "sqlite":

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute(
                "PRAGMA busy_timeout=10000"
            )  # first: the pragmas below may wait for another process
            _wal(cursor)
            cursor.execute("PRAGMA synchronous=FULL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()
            dbapi_connection.isolation_level = None  # SQLAlchemy's "begin" event below opens transactions

        @event.listens_for(engine, "begin")
        def _begin(conn: Connection) -> None:
            # A write takes the write lock up front (BEGIN IMMEDIATE), so two writers wait for each other
            # (busy_timeout) instead of one failing when it upgrades a read lock mid-transaction.
            write = conn.get_execution_options().get("bedside_write", False)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def _wal(cursor: Any) -> None:
    """Switch to write-ahead logging. Several servers opening a new database at once can find it locked
    while one of them creates it, and SQLite may answer "database is locked" at once rather than wait:
    try again for up to ten seconds."""
    import sqlite3

    deadline = time.monotonic() + 10.0
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


class Store:
    """Settings, profiles and saved drafts. Use as a context manager, or call close()."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = _engine(url)
        self.backend = self.engine.dialect.name
        self._lock = threading.Lock()
        try:
            self.migrate()
        except OperationalError as exc:
            self.engine.dispose()
            raise StoreError(f"cannot open the store at {self.describe()}: {exc.orig}") from exc

    def describe(self) -> str:
        return f"{self.backend} {self.engine.url.render_as_string(hide_password=True)}"

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One write transaction: committed on success, rolled back on any exception."""
        with self._lock, self.engine.connect() as plain:
            conn = plain.execution_options(bedside_write=True)
            with conn.begin():
                yield conn

    def revision(self) -> str | None:
        from alembic.runtime.migration import MigrationContext

        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def migrate(self, target: str = "head") -> list[str]:
        """Bring the schema to ``target`` (Alembic revisions); returns the revisions applied."""
        from alembic import command
        from alembic.config import Config
        from alembic.script import ScriptDirectory

        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        before = self.revision()
        try:
            with self.transaction() as conn:
                if self.backend == "postgresql":  # two servers starting on an empty database: one migrates
                    conn.execute(text("SELECT pg_advisory_xact_lock(2026112801)"))
                config.attributes["connection"] = conn
                command.upgrade(config, target)
        except OperationalError:
            raise
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot migrate the store at {self.describe()}: {exc}") from exc
        after = self.revision()
        if before == after:
            return []
        script = ScriptDirectory.from_config(config)
        walked = [r.revision for r in script.iterate_revisions(after, before)]
        return list(reversed(walked))

    # settings -----------------------------------------------------------------------------------
    def _upsert(
        self, conn: Connection, table: Any, key: str, values: dict[str, Any], keys: tuple[str, ...] = ()
    ) -> None:
        """INSERT ... ON CONFLICT DO UPDATE: two servers writing the same row at once cannot collide."""
        self._upsert_many(conn, table, [values], keys or (key,))

    def _upsert_many(
        self, conn: Connection, table: Any, rows: list[dict[str, Any]], keys: tuple[str, ...]
    ) -> None:
        """One upsert statement, built once and executed for every row (executemany): rows with the same
        columns, as a batch of audit results is."""
        if not rows:
            return
        if self.backend == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as pg_insert

            statement: Any = pg_insert(table)
        else:
            from sqlalchemy.dialects.sqlite import insert as sqlite_insert

            statement = sqlite_insert(table)
        updates = {k: statement.excluded[k] for k in rows[0] if k not in keys}
        conn.execute(statement.on_conflict_do_update(index_elements=list(keys), set_=updates), rows)

    def set_setting(self, key: str, value: Any) -> None:
        with self.transaction() as conn:
            self._upsert(conn, schema.settings, "key", {"key": key, "value": json.dumps(value)})

    def get_setting(self, key: str, default: Any = None) -> Any:
        with self.engine.connect() as conn:
            row = conn.execute(select(schema.settings.c.value).where(schema.settings.c.key == key)).first()
        return default if row is None else json.loads(row[0])

    # drafts -------------------------------------------------------------------------------------
    def save_draft(self, platform: str, reply: bool, text: str, result: dict[str, Any]) -> int:
        with self.transaction() as conn:
            done = conn.execute(
                insert(schema.drafts).values(
                    platform=platform, reply=reply, text=text, result=json.dumps(result)
                )
            )
            key = done.inserted_primary_key
            return int(key[0]) if key else 0

    def drafts(self, limit: int = 50) -> list[SavedDraft]:
        d = schema.drafts.c
        query = (
            select(d.id, d.created_at, d.platform, d.reply, d.text, d.result)
            .order_by(d.id.desc())
            .limit(limit)
        )
        with self.engine.connect() as conn:
            rows = conn.execute(query).all()
        return [SavedDraft(r[0], _iso(r[1]), r[2], bool(r[3]), r[4], json.loads(r[5])) for r in rows]

    # profiles -----------------------------------------------------------------------------------
    def save_profile(self, platform: str, handle: str, display_name: str, bio: str) -> None:
        values = {
            "platform": platform,
            "handle": handle[:400],
            "display_name": display_name[:400],
            "bio": bio,
            "updated_at": datetime.now(UTC),
        }
        with self.transaction() as conn:
            self._upsert(conn, schema.profiles, "platform", values)

    def profiles(self) -> dict[str, SavedProfile]:
        p = schema.profiles.c
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(p.platform, p.handle, p.display_name, p.bio).order_by(p.platform)
            ).all()
        return {r[0]: SavedProfile(r[0], r[1], r[2], r[3]) for r in rows}

    # evidence (G21) -------------------------------------------------------------------------------
    def log_evidence(
        self,
        *,
        platform: str,
        label: str,
        text: str,
        reply_id: str = "",
        author_handle: str = "",
        author_name: str = "",
        posted_at: str = "",
        url: str = "",
        notes: str = "",
    ) -> int:
        values = {
            "platform": platform[:20],
            "label": label[:20],
            "text": text,
            "reply_id": reply_id[:200],
            "author_handle": author_handle[:400],
            "author_name": author_name[:400],
            "posted_at": posted_at[:40],
            "url": url[:2000],
            "notes": notes,
        }
        with self.transaction() as conn:
            key = conn.execute(insert(schema.evidence).values(**values)).inserted_primary_key
            return int(key[0]) if key else 0

    def annotate_evidence(self, evidence_id: int, notes: str) -> bool:
        e = schema.evidence
        with self.transaction() as conn:
            return bool(conn.execute(update(e).where(e.c.id == evidence_id).values(notes=notes)).rowcount)

    def evidence(self) -> list[Evidence]:
        e = schema.evidence.c
        query = select(
            e.id,
            e.logged_at,
            e.platform,
            e.reply_id,
            e.label,
            e.author_handle,
            e.author_name,
            e.text,
            e.posted_at,
            e.url,
            e.notes,
        ).order_by(e.id)
        with self.engine.connect() as conn:
            rows = conn.execute(query).all()
        return [Evidence(r[0], _iso(r[1]), *r[2:]) for r in rows]

    # own patients (G10): only keyed hashes of their handles -----------------------------------------
    def secret(self) -> bytes:
        """This store's key for hashing handles, made once (random) and kept in the store."""
        value = self.get_setting("handle_key")
        if not isinstance(value, str):
            value = secrets.token_hex(32)
            self.set_setting("handle_key", value)
        return bytes.fromhex(value)

    def set_own_patients(self, hashes: list[str]) -> None:
        with self.transaction() as conn:
            conn.execute(schema.own_patients.delete())
            for h in dict.fromkeys(hashes):
                conn.execute(insert(schema.own_patients).values(handle_hash=h))

    def own_patient_hashes(self) -> frozenset[str]:
        with self.engine.connect() as conn:
            return frozenset(r[0] for r in conn.execute(select(schema.own_patients.c.handle_hash)))

    # audit results (#7) ---------------------------------------------------------------------------
    def audited_ids(self, archive_key: str, rule_version: str) -> set[str]:
        a = schema.audit_results.c
        query = select(a.item_id).where(a.archive_key == archive_key, a.rule_version == rule_version)
        with self.engine.connect() as conn:
            return {r[0] for r in conn.execute(query)}

    def save_audited(self, archive_key: str, rule_version: str, results: list[dict[str, Any]]) -> None:
        """One transaction per batch: an interrupted audit keeps every batch it finished."""
        rows = [
            {
                "archive_key": archive_key,
                "item_id": str(r["id"])[:300],
                "rule_version": rule_version,
                "risk": float(r["risk"]),
                "record": json.dumps(r, ensure_ascii=False),
            }
            for r in results
        ]
        with self.transaction() as conn:
            self._upsert_many(conn, schema.audit_results, rows, ("archive_key", "item_id"))

    def iter_audited(self, archive_key: str, rule_version: str) -> Iterator[dict[str, Any]]:
        """Audited records, riskiest first, streamed in batches (memory stays flat for any archive)."""
        for record in self.iter_audited_json(archive_key, rule_version):
            yield json.loads(record)

    def iter_audited_json(self, archive_key: str, rule_version: str) -> Iterator[str]:
        """The same records as the JSON text they were stored as."""
        a = schema.audit_results.c
        query = (
            select(a.record)
            .where(a.archive_key == archive_key, a.rule_version == rule_version)
            .order_by(a.risk.desc(), a.item_id)
        )
        with self.engine.connect() as conn:
            for row in conn.execution_options(stream_results=True, yield_per=2_000).execute(query):
                yield str(row[0])

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


__all__ = [
    "HEAD",
    "SQLAlchemyError",
    "SavedDraft",
    "SavedProfile",
    "Store",
    "StoreError",
    "default_database_url",
]
