from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bedside.store import Store, StoreError


def test_migrations_apply_once(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'a' / 'b.sqlite3'}"
    with Store(url) as s:
        assert s.migrate() == []
    with Store(url) as s:
        names = [r[0] for r in s._db.execute("SELECT name FROM _migrations")]
        assert names == ["001_initial"]


def test_settings_and_drafts_round_trip(tmp_path: Path) -> None:
    with Store(f"sqlite:///{tmp_path / 's.db'}") as s:
        s.set_setting("author", {"name": "Priya"})
        s.set_setting("author", {"name": "Priya Rao"})
        assert s.get_setting("author") == {"name": "Priya Rao"}
        assert s.get_setting("missing", 3) == 3
        i = s.save_draft("x", True, "text", {"findings": []})
        assert s.drafts()[0].id == i


def test_a_failed_write_leaves_the_last_committed_state(tmp_path: Path) -> None:
    path = tmp_path / "crash.db"
    with Store(f"sqlite:///{path}") as s:
        s.save_draft("x", False, "kept", {})

        def crash() -> None:
            with s.transaction() as db:
                db.execute("INSERT INTO drafts (platform, reply, text, result) VALUES ('x', 0, 'lost', '{}')")
                raise RuntimeError("crash mid-write")

        with pytest.raises(RuntimeError):
            crash()
    with Store(f"sqlite:///{path}") as s:
        assert [d.text for d in s.drafts()] == ["kept"]


def test_a_killed_process_mid_transaction_loses_nothing_committed(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "killed.db"
    with Store(f"sqlite:///{path}") as s:
        s.save_draft("x", False, "committed", {})
    script = (
        "import os\n"
        "from bedside.store import Store\n"
        f"store = Store('sqlite:///{path}')\n"
        "store.save_draft('x', False, 'second', {})\n"
        "with store.transaction() as db:\n"
        "    db.execute(\"INSERT INTO drafts (platform, reply, text, result) VALUES ('x', 0, 'half', '{}')\")\n"
        "    os._exit(9)\n"
    )
    assert subprocess.run([sys.executable, "-c", script], check=False).returncode == 9
    with Store(f"sqlite:///{path}") as s:
        assert [d.text for d in s.drafts()] == ["second", "committed"]
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_unsupported_database_is_a_clear_error() -> None:
    with pytest.raises(StoreError, match="unsupported database"):
        Store("mysql://localhost/db")
