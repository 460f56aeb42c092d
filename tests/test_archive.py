"""The history audit (#7): importers on synthetic archives, malformed input, the audit, resume after a kill."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from bedside.archive import ArchiveError, ArchiveItem, read_archive
from bedside.archive.meta import repair
from bedside.cli import main
from bedside.store import Store
from tests.archive_builders import TWEETS, bluesky_car, js, mastodon_archive, x_archive


def _items(path: Path) -> list[ArchiveItem]:
    _source, items = read_archive(path)
    out = list(items)
    return out


def test_an_x_archive(tmp_path: Path) -> None:
    source, stream = read_archive(x_archive(tmp_path / "x.zip"))
    items = {i.id: i for i in stream}
    assert source.handle == "drjane"
    assert source.display_name == "Jane Smith, MD"
    assert items["x:profile"].text == "Oncologist & runner"
    first = items["x:1001"]
    assert first.kind == "post"
    assert first.text == "Mrs. Delgado in room 412 rang the bell today & we cried https://example.org/bell"
    assert first.url == "https://x.com/drjane/status/1001"
    assert first.created_at is not None
    assert first.created_at.year == 2022
    assert items["x:1002"].kind == "reply"
    assert "x:1003" not in items  # a retweet is someone else's words
    assert items["x:dm:m1"].kind == "dm"
    assert "x:dm:m2" not in items  # what others wrote to the user is not theirs to delete


def test_an_x_archive_with_long_posts_and_deleted_tweets(tmp_path: Path) -> None:
    long_text = "A long pearl " + "about neutropenic fever " * 20
    extra = {
        "data/note-tweet.js": js(
            "note_tweet", [{"noteTweet": {"noteTweetId": "n1", "core": {"text": long_text}}}]
        ),
        "data/deleted-tweets.js": js(
            "deleted_tweets",
            [
                {
                    "tweet": {
                        "id_str": "2001",
                        "full_text": "deleted one",
                        "created_at": "Tue Oct 25 12:08:42 +0000 2022",
                    }
                }
            ],
        ),
    }
    tweets = [
        *TWEETS,
        {
            "tweet": {
                "id_str": "1005",
                "full_text": long_text[:270] + "…",
                "created_at": "Sat Apr 01 10:00:00 +0000 2023",
            }
        },
    ]
    items = {i.id: i for i in _items(x_archive(tmp_path / "x.zip", tweets, extra))}
    assert items["x:1005"].text == long_text
    assert items["x:2001"].deleted


@pytest.mark.parametrize("tar", [False, True], ids=["zip", "tar.gz"])
def test_a_mastodon_archive(tmp_path: Path, tar: bool) -> None:
    source, stream = read_archive(mastodon_archive(tmp_path / ("m.tar.gz" if tar else "m.zip"), tar))
    items = {i.id.rsplit("/", 1)[-1]: i for i in stream}
    assert source.handle == "drjane"
    assert items["1"].text.startswith(
        "patient story\n\nSaw a 34-year-old"
    )  # the content warning is audited too
    assert items["1"].extra == ("X-ray of the left hand, MRN 00123456",)
    assert items["2"].kind == "dm"  # addressed to one person, not public, not followers
    assert items["2"].text == "@pat your PSA means it's back, sorry"
    assert len([i for i in items if i != "mastodon:profile"]) == 2  # the boost is skipped


def test_a_bluesky_repository(tmp_path: Path) -> None:
    posts: list[dict[str, Any]] = [
        {"text": "Mrs. Delgado rang the bell", "createdAt": "2024-01-01T00:00:00Z"},
        {
            "text": "a reply",
            "createdAt": "2024-01-02T00:00:00Z",
            "reply": {"root": {"uri": "at://a", "cid": "c"}, "parent": {"uri": "at://a", "cid": "c"}},
            "embed": {"$type": "app.bsky.embed.images", "images": [{"alt": "CT of Mr Okafor's chest"}]},
        },
    ]
    posts += [{"text": f"post {n}", "createdAt": "2024-02-01T00:00:00Z"} for n in range(30)]
    source, stream = read_archive(
        bluesky_car(tmp_path / "repo.car", posts, {"displayName": "Dr Jane", "description": "Oncologist"})
    )
    items = list(stream)
    assert source.display_name == "Dr Jane"
    assert len([i for i in items if i.kind in ("post", "reply")]) == 32  # every record under both subtrees
    reply = next(i for i in items if i.kind == "reply")
    assert reply.extra == ("CT of Mr Okafor's chest",)


def test_facebook_instagram_and_linkedin_exports(tmp_path: Path) -> None:
    mojibake = "Patient\u00e2\u0080\u0099s scan"  # how Meta writes "Patient’s scan"
    assert repair(mojibake) == "Patient’s scan"
    fb = tmp_path / "facebook.zip"
    with zipfile.ZipFile(fb, "w") as z:
        z.writestr(
            "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json",
            json.dumps([{"timestamp": 1704067200, "data": [{"post": mojibake}]}]),
        )
    assert [i.text for i in _items(fb)] == ["Patient’s scan"]
    ig = tmp_path / "instagram.zip"
    with zipfile.ZipFile(ig, "w") as z:
        z.writestr(
            "your_instagram_activity/content/posts_1.json",
            json.dumps(
                [{"media": [{"title": "Chemo day 3 with Mrs. Delgado", "creation_timestamp": 1704067200}]}]
            ),
        )
    assert [i.text for i in _items(ig)] == ["Chemo day 3 with Mrs. Delgado"]
    li = tmp_path / "linkedin.zip"
    with zipfile.ZipFile(li, "w") as z:
        z.writestr(
            "Shares.csv",
            "\ufeffDate,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n"
            '2023-01-02 10:00:00,https://linkedin.com/feed/1,"Two lines,\nwith a ""quote""",,,MEMBER_NETWORK\n',
        )
    items = _items(li)
    assert items[0].text == 'Two lines,\nwith a "quote"'
    assert items[0].url == "https://linkedin.com/feed/1"


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


def test_malformed_archives_are_clear_errors_naming_the_file(tmp_path: Path) -> None:
    prettier = "window.YTD.tweets.part0 = [\n  {\n    tweet: { id_str: '1', full_text: 'x' },\n  },\n];\n"
    bad = _zip(
        tmp_path / "prettier.zip",
        {"data/manifest.js": b"window.__THAR_CONFIG = {}", "data/tweets.js": prettier.encode()},
    )
    with pytest.raises(ArchiveError, match=r"data/tweets.js: line 3: not JSON"):
        _items(bad)
    latin = _zip(
        tmp_path / "latin1.zip",
        {
            "data/manifest.js": b"window.__THAR_CONFIG = {}",
            "data/tweets.js": 'window.YTD.tweets.part0 = [{"tweet": {"full_text": "caf\xe9"}}]'.encode(
                "latin-1"
            ),
        },
    )
    with pytest.raises(ArchiveError, match="not UTF-8"):
        _items(latin)
    whole = x_archive(tmp_path / "whole.zip").read_bytes()
    truncated = tmp_path / "truncated.zip"
    truncated.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(ArchiveError):
        _items(truncated)
    unknown = _zip(tmp_path / "other.zip", {"notes.txt": b"hello"})
    with pytest.raises(ArchiveError, match="not an archive bedside knows"):
        _items(unknown)
    car = tmp_path / "broken.car"
    car.write_bytes(b"\x0a\xa2eroots\x80gversion\x01garbage")
    with pytest.raises(ArchiveError, match=r"broken\.car"):
        _items(car)


def test_path_traversal_and_zip_bombs_are_refused(tmp_path: Path) -> None:
    evil = _zip(tmp_path / "evil.zip", {"../../etc/outbox.json": b"{}", "actor.json": b"{}"})
    with pytest.raises(ArchiveError, match="path traversal"):
        _items(evil)
    bomb = _zip(tmp_path / "bomb.zip", {"outbox.json": b"\x00" * 60_000_000, "actor.json": b"{}"})
    assert bomb.stat().st_size < 1_000_000
    with pytest.raises(ArchiveError, match="zip bomb"):
        _items(bomb)


def _audit(tmp_path: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(
        main, ["audit", "--database", f"sqlite:///{tmp_path / 'audit.sqlite3'}", "--jobs", "1", *args]
    )
    return result.exit_code, result.output


def test_the_audit_ranks_patients_and_dms_first_and_writes_atomically(tmp_path: Path) -> None:
    archive = x_archive(tmp_path / "x.zip")
    out = tmp_path / "reports" / "audit.json"
    code, output = _audit(tmp_path, "--format", "json", "--out", str(out), str(archive))
    assert code == 1, output  # identifiable patients
    report = json.loads(out.read_text("utf-8"))
    assert report["schema"] == "bedside.audit/1"
    assert report["source"] == {"platform": "x", "handle": "drjane", "items": 5}
    ranked = [(i["id"], i["kind"]) for i in report["items"]]
    assert ranked[0][1] in ("dm", "post")
    assert ranked[0][0] in ("x:dm:m1", "x:1001")
    assert {ranked[0][0], ranked[1][0]} == {"x:dm:m1", "x:1001"}
    assert ranked[-1][0] in ("x:1004", "x:profile")
    assert any(f["code"] == "ADV001" for i in report["items"] if i["id"] == "x:1002" for f in i["findings"])
    assert report["summary"]["by_category"]["privacy"] >= 2
    assert report["profile"]["schema"] == "bedside.profile/1"
    assert not list(out.parent.glob(".audit.json.*"))  # no temporary file left behind
    html_out = tmp_path / "audit.html"
    _audit(tmp_path, "--format", "html", "--out", str(html_out), str(archive))
    page = html_out.read_text("utf-8")
    assert "<svg" in page
    assert "https://x.com/drjane/status/1001" in page
    assert "<script" not in page


def test_a_rerun_skips_what_was_audited_and_since_filters(tmp_path: Path) -> None:
    archive = x_archive(tmp_path / "x.zip")
    _audit(tmp_path, "--format", "json", str(archive))
    _, output = _audit(tmp_path, "--format", "json", str(archive))
    report = json.loads(output)
    assert report["summary"]["audited_now"] == 0
    assert report["summary"]["from_earlier_runs"] == 5
    _code, output = _audit(tmp_path, "--format", "json", "--since", "2023-02-01", str(archive))
    ids = {i["id"] for i in json.loads(output)["items"]}
    assert "x:1001" not in ids
    assert "x:1004" in ids


def test_an_audit_killed_midway_resumes_without_losing_work(tmp_path: Path) -> None:
    tweets = [
        {
            "tweet": {
                "id_str": str(5000 + n),
                "full_text": f"Pearl {n}: check a TSH before every cycle.",
                "created_at": "Fri Mar 03 10:00:00 +0000 2023",
            }
        }
        for n in range(6_000)
    ]
    archive = x_archive(tmp_path / "big.zip", tweets)
    db = tmp_path / "audit.sqlite3"
    exe = str(Path(sys.executable).with_name("bedside"))
    proc = subprocess.Popen(
        [
            exe,
            "audit",
            "--database",
            f"sqlite:///{db}",
            "--jobs",
            "1",
            "--format",
            "json",
            "--out",
            str(tmp_path / "r.json"),
            str(archive),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    saved = 0
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        if db.exists():
            try:
                with Store(f"sqlite:///{db}") as s:
                    saved = sum(1 for _ in s.engine.connect().exec_driver_sql("SELECT 1 FROM audit_results"))
            except Exception:
                continue
            if saved >= 1_000:
                break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert 1_000 <= saved < 6_000 + 5
    _code, output = _audit(tmp_path, "--format", "json", str(archive))
    report = json.loads(output)
    assert report["summary"]["from_earlier_runs"] >= 1_000
    assert report["summary"]["items"] == 6_000 + 2  # the tweets, the profile and one DM: each once
    assert not (tmp_path / "r.json").exists()  # the killed run never wrote a half report


def test_a_broken_mastodon_outbox_names_the_file(tmp_path: Path) -> None:
    broken = _zip(
        tmp_path / "m.zip", {"outbox.json": b'{"orderedItems": [{"type": "Create", ', "actor.json": b"{}"}
    )
    with pytest.raises(ArchiveError, match=r"outbox\.json: not JSON"):
        _items(broken)


def test_a_repository_whose_tree_points_back_at_itself_ends(tmp_path: Path) -> None:
    from tests.archive_builders import _varint, cbor, cid

    record = cbor({"$type": "app.bsky.feed.post", "text": "hello", "createdAt": "2024-01-01T00:00:00Z"})
    record_cid = cid(record)
    # a node whose right subtree is itself: the walk must visit it once and stop
    node_cid = cid(b"placeholder")
    node = cbor(
        {"l": node_cid, "e": [{"p": 0, "k": b"app.bsky.feed.post/1", "v": record_cid, "t": node_cid}]}
    )
    commit = cbor(
        {"did": "did:plc:loop", "version": 3, "data": node_cid, "rev": "r", "prev": None, "sig": b"\x00"}
    )
    commit_cid = cid(commit)
    header = cbor({"roots": [commit_cid], "version": 1})
    path = tmp_path / "loop.car"
    with path.open("wb") as fh:
        fh.write(_varint(len(header)) + header)
        for link, data in ((commit_cid, commit), (node_cid, node), (record_cid, record)):
            fh.write(_varint(len(link) + len(data)) + bytes(link) + data)
    assert [i.text for i in _items(path)] == ["hello"]


def test_hostile_archive_text_cannot_script_the_offline_report(tmp_path: Path) -> None:
    from tests.archive_builders import mastodon_outbox, public_note

    items = [
        public_note(
            9,
            "<p>Mrs. Delgado &lt;script&gt;alert(1)&lt;/script&gt; in room 412</p>",
            "2023-05-01T10:00:00",
            url="javascript:fetch('https://evil.example')",
        )
    ]
    archive = _zip(tmp_path / "m.zip", {"outbox.json": mastodon_outbox(items).encode(), "actor.json": b"{}"})
    out = tmp_path / "r.html"
    _audit(tmp_path, "--format", "html", "--out", str(out), str(archive))
    page = out.read_text("utf-8")
    assert "Mrs. Delgado" in page
    assert "<script>" not in page
    assert "javascript:" not in page
    assert "Content-Security-Policy" in page
    _, output = _audit(tmp_path, "--format", "json", "--since", "2023-01-01", str(archive))
    assert (
        json.loads(output)["items"][0]["created_at"] == "2023-05-01T10:00:00Z"
    )  # a time without a zone is UTC


def test_the_audit_uses_the_users_conflicts(tmp_path: Path) -> None:
    tweets = [
        {
            "tweet": {
                "id_str": "7",
                "full_text": "Great data for Ibrance in HR+ breast cancer",
                "created_at": "Fri Mar 03 10:00:00 +0000 2023",
            }
        }
    ]
    archive = x_archive(tmp_path / "x.zip", tweets)
    _, plain = _audit(tmp_path, "--format", "json", str(archive))
    _, disclosed = _audit(tmp_path, "--format", "json", "--conflict", "Pfizer", str(archive))

    def codes(out: str) -> set[str]:
        return {f["code"] for i in json.loads(out)["items"] for f in i["findings"]}

    assert "COI001" not in codes(plain)
    assert "COI001" in codes(disclosed)  # the settings are part of the rule version: re-audited, not skipped


def test_tar_members_that_escape_or_expand_are_refused(tmp_path: Path) -> None:
    import io
    import tarfile

    def tar(path: Path, members: dict[str, bytes]) -> Path:
        with tarfile.open(path, "w:gz") as t:
            for name, data in members.items():
                info = tarfile.TarInfo(name)
                info.size = len(data)
                t.addfile(info, io.BytesIO(data))
        return path

    with pytest.raises(ArchiveError, match="path traversal"):
        _items(tar(tmp_path / "evil.tar.gz", {"../outbox.json": b"{}", "actor.json": b"{}"}))
    with pytest.raises(ArchiveError, match="absolute path"):
        _items(tar(tmp_path / "abs.tar.gz", {"/etc/outbox.json": b"{}"}))
    with pytest.raises(ArchiveError, match="zip bomb"):
        _items(tar(tmp_path / "bomb.tar.gz", {"outbox.json": b" " * 50_000_000, "actor.json": b"{}"}))
    backslash = _zip(tmp_path / "win.zip", {"..\\..\\outbox.json": b"{}", "actor.json": b"{}"})
    with pytest.raises(ArchiveError, match="path traversal"):
        _items(backslash)


def test_a_large_x_data_file_is_streamed_whole_with_semicolons_inside_and_after(tmp_path: Path) -> None:
    """tweets.js is read record by record: text with ';' (and ending in one) survives every chunk boundary,
    and the file's closing ';' and blank lines are not mistaken for JSON."""
    tweets = [
        {"tweet": {"id_str": str(i), "full_text": f"dose {i}; see note;" + "x" * (i % 97), "created_at": ""}}
        for i in range(3_000)
    ]
    body = js("tweets", tweets) + ";\n\n  ;\n"
    manifest = "window.__THAR_CONFIG = {}"
    path = _zip(
        tmp_path / "big.zip", {"data/manifest.js": manifest.encode(), "data/tweets.js": body.encode()}
    )
    texts = [i.text for i in _items(path) if i.kind == "post"]
    assert texts == [t["tweet"]["full_text"] for t in tweets]
    cut = _zip(
        tmp_path / "cut.zip",
        {"data/manifest.js": manifest.encode(), "data/tweets.js": body.encode()[: len(body) // 2]},
    )
    with pytest.raises(ArchiveError, match=r"data/tweets.js: line \d+: not JSON"):
        _items(cut)


def test_each_reader_says_how_many_items_to_expect_and_the_run_reports_it(tmp_path: Path) -> None:
    """The progress bar's ETA: the X manifest's counts, Mastodon's totalItems, a Bluesky repository's tree."""
    posts = [{"text": f"post {i}", "createdAt": "2024-01-01T00:00:00Z"} for i in range(7)]
    for path, want in (
        (x_archive(tmp_path / "x.zip"), len(TWEETS)),
        (mastodon_archive(tmp_path / "m.zip"), None),
        (bluesky_car(tmp_path / "repo.car", posts), 7),
    ):
        source, items = read_archive(path)
        list(items)
        if want is not None:
            assert source.expected == want, path
        else:
            assert source.expected is not None
            assert source.expected > 0
    seen: list[tuple[int, int | None]] = []
    with Store(f"sqlite:///{tmp_path / 's.sqlite3'}") as store:
        from bedside.archive.run import run_audit

        run_audit(
            tmp_path / "repo.car", store, jobs=1, progress=lambda done, total: seen.append((done, total))
        )
    assert seen[-1] == (7, 7)


def test_the_audit_document_validates_against_its_schema(tmp_path: Path) -> None:
    from importlib import resources

    import jsonschema

    from bedside.archive.report import audit_json
    from bedside.archive.run import run_audit

    schema = json.loads(resources.files("bedside").joinpath("schemas/audit-1.schema.json").read_text())
    for path in (x_archive(tmp_path / "x.zip"), mastodon_archive(tmp_path / "m.zip")):
        with Store(f"sqlite:///{tmp_path / (path.stem + '.sqlite3')}") as store:
            document = audit_json(run_audit(path, store, jobs=1))
        jsonschema.validate(document, schema)
        assert any(item["findings"] for item in document["items"])
    assert jsonschema.Draft202012Validator(schema).is_valid({"schema": "bedside.audit/1"}) is False


def test_x_data_files_that_stream_badly_are_clear_errors(tmp_path: Path) -> None:
    """Errors that show only while streaming: an object where a list belongs, a bad CRC found after earlier
    records were read, and a value strict JSON forbids."""
    manifest = b"window.__THAR_CONFIG = {}"
    an_object = _zip(
        tmp_path / "object.zip",
        {"data/manifest.js": manifest, "data/tweets.js": b'window.YTD.tweets.part0 = {"tweet": {}}'},
    )
    with pytest.raises(ArchiveError, match="expected a list of records"):
        _items(an_object)
    tweets = [{"tweet": {"id_str": str(i), "full_text": f"post {i} MARK{i:05d}"}} for i in range(2_000)]
    stored = tmp_path / "crc.zip"
    with zipfile.ZipFile(stored, "w", zipfile.ZIP_STORED) as z:
        z.writestr("data/manifest.js", manifest)
        z.writestr("data/tweets.js", js("tweets", tweets))
    raw = bytearray(stored.read_bytes())
    at = raw.index(b"MARK01999")
    raw[at] = ord("W")  # the bytes still parse; only the CRC at the member's end disagrees
    stored.write_bytes(bytes(raw))
    with pytest.raises(ArchiveError, match=r"data/tweets.js: damaged inside the archive"):
        _items(stored)
    nan = _zip(
        tmp_path / "nan.zip",
        {
            "data/manifest.js": manifest,
            "data/tweets.js": b'window.YTD.tweets.part0 = [{"tweet": {"id_str": "1", "favorite_count": NaN}}]',
        },
    )
    with pytest.raises(ArchiveError, match="not strict JSON"):
        _items(nan)


def test_an_item_the_archive_holds_twice_is_audited_and_counted_once(tmp_path: Path) -> None:
    from bedside.archive.report import audit_json
    from bedside.archive.run import run_audit

    twice = [*TWEETS, TWEETS[0]]
    path = x_archive(tmp_path / "x.zip", twice)
    with Store(f"sqlite:///{tmp_path / 's.sqlite3'}") as store:
        document = audit_json(run_audit(path, store, jobs=1))
    ids = [item["id"] for item in document["items"]]
    assert len(ids) == len(set(ids))
    assert document["summary"]["items"] == len(ids)


def test_counting_a_mastodon_outbox_ahead_does_not_count_it_twice_toward_the_cap(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bedside.archive import safety
    from tests.archive_builders import MASTODON_ITEMS, mastodon_outbox

    outbox = mastodon_outbox(MASTODON_ITEMS * 20).encode()
    path = _zip(tmp_path / "m.zip", {"outbox.json": outbox, "actor.json": b"{}"})
    size = len(outbox)
    monkeypatch.setattr(safety, "MAX_TOTAL_BYTES", size + 100)  # room for the outbox and actor.json, once
    assert [i for i in _items(path) if i.kind != "profile"]
    monkeypatch.setattr(safety, "MAX_TOTAL_BYTES", size // 2)
    with pytest.raises(ArchiveError, match="expanded in all"):
        _items(path)


def test_the_history_audit_runs_the_privacy_model_but_not_the_second_tone_model() -> None:
    from bedside.archive.audit import audit_registry

    codes = {r.code for r in audit_registry()}
    assert "PHI009" in codes
    assert "TON004" not in codes
    assert {"TON001", "TON002", "TON003"} <= codes
