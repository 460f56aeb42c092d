"""The store: SQLite in the user's data directory by default. Holds settings and saved drafts only.

Every write is one transaction (WAL journal), so a crash mid-write leaves the last committed state.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import urlparse


class StoreError(RuntimeError):
    pass


def default_database_url() -> str:
    import platformdirs

    data = Path(platformdirs.user_data_dir("bedside", appauthor=False))
    return f"sqlite:///{data / 'bedside.sqlite3'}"


Migration = Callable[[sqlite3.Connection], None]


def _m001_initial(db: sqlite3.Connection) -> None:
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute(
        "CREATE TABLE drafts (id INTEGER PRIMARY KEY AUTOINCREMENT, created_at TEXT NOT NULL DEFAULT "
        "(strftime('%Y-%m-%dT%H:%M:%SZ','now')), platform TEXT NOT NULL, reply INTEGER NOT NULL, text TEXT NOT NULL, "
        "result TEXT NOT NULL)"
    )


MIGRATIONS: tuple[tuple[str, Migration], ...] = (("001_initial", _m001_initial),)


@dataclass(frozen=True, slots=True)
class SavedDraft:
    id: int
    created_at: str
    platform: str
    reply: bool
    text: str
    result: dict[str, Any]


class Store:
    """A SQLite store. Use as a context manager, or call close()."""

    def __init__(self, url: str) -> None:
        parsed = urlparse(url)
        if parsed.scheme not in ("sqlite", ""):
            raise StoreError(f"unsupported database {parsed.scheme!r}: this version supports sqlite:///PATH")
        raw = url.removeprefix("sqlite:///") if url.startswith("sqlite:///") else url
        self.path = raw
        if raw != ":memory:":
            Path(raw).parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(raw, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self.migrate()

    def describe(self) -> str:
        return f"sqlite {self.path}"

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def migrate(self) -> list[str]:
        applied: list[str] = []
        with self.transaction() as db:
            db.execute(
                "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
            )
            done = {row[0] for row in db.execute("SELECT name FROM _migrations")}
            for name, fn in MIGRATIONS:
                if name not in done:
                    fn(db)
                    db.execute(
                        "INSERT INTO _migrations VALUES (?, strftime('%Y-%m-%dT%H:%M:%SZ','now'))", (name,)
                    )
                    applied.append(name)
        return applied

    def set_setting(self, key: str, value: Any) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO settings VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value)),
            )

    def get_setting(self, key: str, default: Any = None) -> Any:
        row = self._db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])

    def save_draft(self, platform: str, reply: bool, text: str, result: dict[str, Any]) -> int:
        with self.transaction() as db:
            cur = db.execute(
                "INSERT INTO drafts (platform, reply, text, result) VALUES (?, ?, ?, ?)",
                (platform, int(reply), text, json.dumps(result)),
            )
            return int(cur.lastrowid or 0)

    def drafts(self, limit: int = 50) -> list[SavedDraft]:
        rows = self._db.execute(
            "SELECT id, created_at, platform, reply, text, result FROM drafts ORDER BY id DESC LIMIT ?",
            (limit,),
        ).fetchall()
        return [SavedDraft(r[0], r[1], r[2], bool(r[3]), r[4], json.loads(r[5])) for r in rows]

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
