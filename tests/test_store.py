"""The store (#5): SQLAlchemy 2 with Alembic migrations, on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from bedside.store import HEAD, Store, StoreError


def _postgres_bin() -> Path | None:
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    return candidates[-1].parent if candidates else None


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A throwaway PostgreSQL server on a Unix socket for the test session (skipped where none is installed;
    .ci/run installs one, so CI always runs these)."""
    bindir = _postgres_bin()
    if bindir is None:
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql)")
    root = Path(tempfile.mkdtemp(prefix="bedside-pg-"))
    data, sock = root / "data", root / "sock"
    sock.mkdir()
    prefix: list[str] = []
    if os.geteuid() == 0:  # initdb refuses to run as root: run the server as the postgres user
        shutil.chown(root, "postgres")
        shutil.chown(sock, "postgres")
        root.chmod(0o755)
        prefix = ["runuser", "-u", "postgres", "--"]
    subprocess.run(
        [*prefix, str(bindir / "initdb"), "-D", str(data), "-U", "bedside", "-A", "trust"],
        check=True,
        capture_output=True,
    )
    options = f"-c listen_addresses='' -c unix_socket_directories={sock} -c fsync=off"
    subprocess.run(
        [
            *prefix,
            str(bindir / "pg_ctl"),
            "-D",
            str(data),
            "-o",
            options,
            "-w",
            "-l",
            str(root / "log"),
            "start",
        ],
        check=True,
        capture_output=True,
    )
    try:
        yield f"postgresql://bedside@/postgres?host={sock}"
    finally:
        subprocess.run(
            [*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
            check=False,
            capture_output=True,
        )
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'a' / 'b.sqlite3'}"
        return
    base: str = request.getfixturevalue("postgres_url")
    yield base
    with Store(base) as s, s.engine.begin() as conn:  # each test starts from an empty database
        conn.execute(
            text(
                "DROP TABLE IF EXISTS drafts, settings, profiles, evidence, own_patients, audit_results, alembic_version"
            )
        )


def test_migrations_reach_head_once(url: str) -> None:
    with Store(url) as s:
        assert s.revision() == HEAD
        assert s.migrate() == []
    with Store(url) as s:
        assert s.revision() == HEAD


def test_migrations_step_by_step(url: str) -> None:
    with Store(url) as s:
        pass
    with Store(url) as s, s.engine.begin() as conn:
        for table in ("profiles", "evidence", "own_patients", "audit_results"):
            conn.execute(text(f"DROP TABLE {table}"))
        conn.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    with Store(url) as s:
        assert s.revision() == HEAD
        s.save_profile("x", "@a", "A B", "bio")
        assert s.profiles()["x"].bio == "bio"


def test_settings_drafts_and_profiles_round_trip(url: str) -> None:
    with Store(url) as s:
        s.set_setting("author", {"name": "Priya"})
        s.set_setting("author", {"name": "Priya Rao"})
        assert s.get_setting("author") == {"name": "Priya Rao"}
        assert s.get_setting("missing", 3) == 3
        first = s.save_draft("x", True, "text ✓ 👩🏽‍⚕️", {"findings": []})
        second = s.save_draft("bluesky", False, "two", {"findings": [1]})
        assert [d.id for d in s.drafts()] == [second, first]
        assert s.drafts()[1].text == "text ✓ 👩🏽‍⚕️"
        assert s.drafts()[1].reply is True
        assert s.drafts()[0].created_at.endswith("Z")
        s.save_profile("x", "@drpriya", "Priya Rao, MD", "Views my own.")
        s.save_profile("x", "@drpriya", "Priya Rao, MD", "GI oncologist. Views my own.")
        assert s.profiles()["x"].bio == "GI oncologist. Views my own."


def test_a_failed_write_leaves_the_last_committed_state(url: str) -> None:
    with Store(url) as s:
        s.save_draft("x", False, "kept", {})

        def crash() -> None:
            with s.transaction() as conn:
                conn.execute(
                    text(
                        "INSERT INTO drafts (platform, reply, text, result) VALUES ('x', false, 'lost', '{}')"
                    )
                )
                raise RuntimeError("crash mid-write")

        with pytest.raises(RuntimeError):
            crash()
    with Store(url) as s:
        assert [d.text for d in s.drafts()] == ["kept"]


def test_a_killed_process_mid_transaction_loses_nothing_committed(url: str) -> None:
    with Store(url) as s:
        s.save_draft("x", False, "committed", {})
    script = (
        "import os, sys\n"
        "from sqlalchemy import text\n"
        "from bedside.store import Store\n"
        "store = Store(sys.argv[1])\n"
        "store.save_draft('x', False, 'second', {})\n"
        "with store.transaction() as conn:\n"
        "    conn.execute(text(\"INSERT INTO drafts (platform, reply, text, result) VALUES ('x', false, 'half', '{}')\"))\n"
        "    os._exit(9)\n"
    )
    assert subprocess.run([sys.executable, "-c", script, url], check=False).returncode == 9
    with Store(url) as s:
        assert [d.text for d in s.drafts()] == ["second", "committed"]
    if url.startswith("sqlite:///"):
        path = url.removeprefix("sqlite:///")
        assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_store_from_the_first_version_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    db = sqlite3.connect(path)
    db.executescript(
        "CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL);"
        "INSERT INTO _migrations VALUES ('001_initial', '2026-11-27T10:00:00Z');"
        "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
        "INSERT INTO settings VALUES ('author', '{\"name\": \"Ana\"}');"
        "CREATE TABLE drafts (id INTEGER PRIMARY KEY AUTOINCREMENT, created_at TEXT NOT NULL, platform TEXT NOT NULL,"
        " reply INTEGER NOT NULL, text TEXT NOT NULL, result TEXT NOT NULL);"
        "INSERT INTO drafts (created_at, platform, reply, text, result) VALUES ('2026-11-27T10:00:00Z', 'x', 1, 'old', '{}');"
    )
    db.commit()
    db.close()
    with Store(f"sqlite:///{path}") as s:
        assert s.revision() == HEAD
        assert s.get_setting("author") == {"name": "Ana"}
        assert [(d.text, d.created_at, d.reply) for d in s.drafts()] == [
            ("old", "2026-11-27T10:00:00Z", True)
        ]


@pytest.mark.parametrize(
    ("url", "message"),
    [("mysql://localhost/db", "unsupported database"), ("postgresql://u@h:port/db", "not a database URL")],
)
def test_unsupported_databases_are_a_clear_error(url: str, message: str) -> None:
    with pytest.raises(StoreError, match=message):
        Store(url)


def test_an_unreachable_postgresql_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot open the store"):
        Store(f"postgresql://nobody@/nothing?host={tmp_path}&connect_timeout=2")


def test_a_bare_path_is_a_sqlite_file(tmp_path: Path) -> None:
    with Store(str(tmp_path / "plain.sqlite3")) as s:
        assert s.backend == "sqlite"
    assert (tmp_path / "plain.sqlite3").is_file()


def test_evidence_is_logged_annotated_and_kept_in_order(url: str) -> None:
    with Store(url) as s:
        first = s.log_evidence(
            platform="x", label="threat", text="I know where you work", author_handle="@anon1"
        )
        s.log_evidence(platform="bluesky", label="doxxing", text="your kids go to Lincoln Elementary")
        assert s.annotate_evidence(first, "reported to security 2026-11-28")
        assert not s.annotate_evidence(99_999, "nothing")
    with Store(url) as s:
        logged = s.evidence()
        assert [e.label for e in logged] == ["threat", "doxxing"]
        assert logged[0].notes == "reported to security 2026-11-28"
        assert logged[0].logged_at.endswith("Z")


def test_own_patients_are_kept_only_as_keyed_hashes(url: str) -> None:
    from bedside.triage import keyed_hash

    with Store(url) as s:
        secret = s.secret()
        assert secret == s.secret()  # made once
        s.set_own_patients([keyed_hash(secret, "@Jane_Doe"), keyed_hash(secret, "jane_doe")])
        assert s.own_patient_hashes() == {keyed_hash(secret, "jane_doe")}
        with s.engine.connect() as conn:
            stored = " ".join(str(v) for row in conn.execute(text("SELECT * FROM own_patients")) for v in row)
        assert "jane" not in stored.casefold()


_WRITER = (
    "import sys\n"
    "from bedside.store import Store\n"
    "with Store(sys.argv[1]) as s:\n"
    "    for i in range(20):\n"
    "        s.set_setting('shared', {'writer': sys.argv[2], 'i': i})\n"
    "        s.save_profile('x', '@h' + sys.argv[2], 'N', 'bio')\n"
)


def test_servers_sharing_a_store_start_and_write_at_once(url: str) -> None:
    """Several processes on an empty database: one migrates, the others wait; then they write the same rows."""
    procs = [
        subprocess.Popen([sys.executable, "-c", _WRITER, url, str(n)], stderr=subprocess.PIPE)
        for n in range(4)
    ]
    errors = [p.communicate(timeout=120)[1].decode() for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], errors
    with Store(url) as s:
        assert s.revision() == HEAD
        assert s.get_setting("shared")["i"] == 19
        assert len(s.profiles()) == 1
