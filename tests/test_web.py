"""The local web app and the HTTP API, in-process (browser tests live in test_browser.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from bedside.store import Store
from bedside.web.app import create_app, is_loopback


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with Store(f"sqlite:///{tmp_path_factory.mktemp('db') / 'bedside.sqlite3'}") as s:
        yield s


@pytest.fixture(scope="module")
def client(store: Store) -> TestClient:
    return TestClient(create_app(store=store))


def test_compose_page(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200
    assert "<textarea" in r.text
    assert "Nothing you type is sent anywhere" in r.text
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert r.headers["x-frame-options"] == "DENY"


def test_api_check_matches_cli_shape(client: TestClient) -> None:
    r = client.post(
        "/api/v1/check", json={"text": "Mrs. Delgado rang the bell today!", "platform": "bluesky"}
    )
    assert r.status_code == 200
    data = r.json()
    assert data["schema"] == "bedside.check/1"
    assert data["length"]["limit"] == 300
    assert any(f["code"] == "PHI001" for f in data["findings"])


def test_api_conflicts(client: TestClient) -> None:
    r = client.post("/api/v1/check", json={"text": "Keytruda again!", "conflicts": ["Merck & Co."]})
    assert any(f["code"] == "COI001" for f in r.json()["findings"])


def test_api_rejects_bad_input(client: TestClient) -> None:
    assert client.post("/api/v1/check", json={"text": "x", "platform": "myspace"}).status_code == 422
    assert client.post("/api/v1/check", json={"text": "a\x00b"}).status_code == 422
    assert client.post("/api/v1/check", json={"text": "a" * 100_001}).status_code == 422
    r = client.post("/api/v1/check", content=b"x" * 1_000_001, headers={"content-type": "application/json"})
    assert r.status_code == 413
    assert "bytes" in r.json()["error"]
    assert (
        client.post(
            "/api/v1/check", content=b"{broken", headers={"content-type": "application/json"}
        ).status_code
        == 422
    )


def test_form_post_needs_csrf_token(client: TestClient) -> None:
    assert client.post("/", data={"text": "hello", "platform": "x"}).status_code == 403
    page = client.get("/").text
    token = page.split('name="csrf" value="')[1].split('"')[0]
    r = client.post("/", data={"text": "Mrs. Delgado rang the bell", "platform": "x", "csrf": token})
    assert r.status_code == 200
    assert "PHI001" in r.text


def test_foreign_host_header_is_refused(client: TestClient) -> None:
    assert client.get("/", headers={"host": "evil.example"}).status_code == 400


def test_token_required_when_configured() -> None:
    app = create_app(token="s3cret-0123456789")
    c = TestClient(app)
    assert c.get("/").status_code == 401
    assert (
        c.post(
            "/api/v1/check", json={"text": "x"}, headers={"authorization": "Bearer s3cret-0123456789"}
        ).status_code
        == 200
    )
    opened = c.get("/?token=s3cret-0123456789&x=1", follow_redirects=False)
    assert opened.status_code == 303
    assert opened.headers["location"] == "/?x=1"  # the token leaves the address bar
    assert "httponly" in opened.headers["set-cookie"].lower()
    assert c.get("/").status_code == 200  # the cookie now carries it
    fresh = TestClient(app)
    assert fresh.get("/", headers={"authorization": "Bearer wrong"}).status_code == 401
    assert fresh.get("/?token=wrong", follow_redirects=False).status_code == 401
    assert fresh.get("/api/docs").status_code in (401, 404)


def test_saving_a_draft(client: TestClient, store: Store) -> None:
    r = client.post("/api/v1/drafts", json={"text": "Pearl of the day", "platform": "x"})
    assert r.status_code == 200
    assert store.drafts()[0].text == "Pearl of the day"
    assert client.get("/api/v1/drafts").json()["drafts"][0]["id"] == r.json()["id"]


def test_openapi_documents_the_api(client: TestClient) -> None:
    paths = client.get("/api/openapi.json").json()["paths"]
    assert "/api/v1/check" in paths


@pytest.mark.parametrize(
    ("host", "loop"),
    [("127.0.0.1", True), ("localhost", True), ("::1", True), ("0.0.0.0", False), ("192.168.1.2", False)],
)
def test_is_loopback(host: str, loop: bool) -> None:
    assert is_loopback(host) is loop


def test_static_files_ship() -> None:
    from importlib import resources

    web = resources.files("bedside.web")
    for name in (
        "static/app.js",
        "static/rules.js",
        "static/inbox.js",
        "static/app.css",
        "templates/compose.html",
    ):
        assert web.joinpath(name).is_file()
    import re

    scripts = "".join(
        Path(str(p)).read_text("utf-8") for p in web.joinpath("static").iterdir() if p.name.endswith(".js")
    )
    targets = re.findall(r"fetch\(([^,)]+)", scripts)
    assert targets
    assert all(t.strip("\"'").startswith("/") and not t.strip("\"'").startswith("//") for t in targets)
    assert "http" not in "".join(targets)


def test_chunked_body_over_the_limit_is_refused(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(30):
            yield b"x" * 100_000

    r = client.post("/api/v1/check", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_an_empty_token_does_not_turn_off_the_host_check() -> None:
    c = TestClient(create_app(token=""))
    assert c.get("/", headers={"host": "evil.example"}).status_code == 400


def _csrf(page: str) -> str:
    import re

    found = re.search(r'name="csrf" value="([0-9a-f]+)"', page)
    assert found
    return found.group(1)


def test_every_page_renders_with_navigation(client: TestClient) -> None:
    for path, heading in (
        ("/", "Check a draft"),
        ("/profile", "Profile audit"),
        ("/settings", "Settings"),
        ("/rules", "Rules"),
    ):
        r = client.get(path)
        assert r.status_code == 200, path
        assert f"<h1>{heading}</h1>" in r.text
        assert 'aria-current="page"' in r.text
        assert 'href="#main"' in r.text


def test_api_profile_reports_what_is_missing(client: TestClient) -> None:
    r = client.post(
        "/api/v1/profile",
        json={
            "platform": "x",
            "handle": "@oncdoc_2291",
            "display_name": "OncDoc",
            "bio": "cancer stuff",
            "conflicts": ["Pfizer"],
        },
    )
    body = r.json()
    assert r.status_code == 200
    assert body["schema"] == "bedside.profile/1"
    assert body["missing"] == ["name", "credentials", "specialty", "employer", "disclaimer", "coi"]
    assert body["anonymous"] is True
    assert "Views my own." in body["suggested_bio"]
    assert "Pfizer" in body["suggested_bio"]
    assert body["suggested_bio_length"] <= body["bio_limit"] == 160
    good = client.post(
        "/api/v1/profile",
        json={
            "platform": "bluesky",
            "handle": "drjanesmith.bsky.social",
            "display_name": "Jane Smith, MD",
            "bio": "Breast medical oncologist at Lakeside Cancer Center. Views my own.",
        },
    ).json()
    assert good["missing"] == []
    assert good["findings"] == []
    assert client.post("/api/v1/profile", json={"platform": "myspace"}).status_code == 422
    assert client.post("/api/v1/profile", json={"platform": "x", "bio": "x" * 6000}).status_code == 422


def test_api_plan(client: TestClient) -> None:
    plan = client.post("/api/v1/plan", json={"goals": ["learn_from_patients"]}).json()
    assert plan["platforms"][0] == "x"
    assert any("#BCSM" in f for f in plan["follow"])
    assert "observing" in plan["first_steps"][0]


def test_profile_page_audits_and_remembers(client: TestClient, store: Store) -> None:
    page = client.get("/profile?platform=mastodon")
    form = {
        "csrf": _csrf(page.text),
        "platform": "mastodon",
        "handle": "@anon_rn@mstdn.social",
        "display_name": "",
        "bio": "nurse",
    }
    r = client.post("/profile", data=form)
    assert r.status_code == 200
    assert "reads as anonymous" in r.text
    assert "PRO001" in r.text
    assert store.profiles()["mastodon"].handle == "@anon_rn@mstdn.social"
    assert client.post("/profile", data={**form, "csrf": "forged"}).status_code == 403
    assert client.get("/profile?platform=myspace").status_code == 404


def test_settings_page_saves_author_conflicts_and_limits(client: TestClient, store: Store) -> None:
    page = client.get("/settings")
    form = {
        "csrf": _csrf(page.text),
        "name": "Ana Ortiz",
        "credentials": "MD, PhD",
        "specialty": "Thoracic oncologist",
        "employer": "Lakeside Cancer Center",
        "conflicts": "AstraZeneca\nPfizer",
        "limit_mastodon": "1000",
    }
    r = client.post("/settings", data=form, follow_redirects=False)
    assert r.status_code == 303
    assert store.get_setting("author")["credentials"] == ["MD", "PhD"]
    assert store.get_setting("limits")["mastodon"] == 1000
    assert "Mastodon (1,000)" in client.get("/").text
    check = client.post(
        "/api/v1/check", json={"text": "Great data on osimertinib from AstraZeneca", "platform": "mastodon"}
    ).json()
    assert check["length"]["limit"] == 1000
    assert any(f["category"] == "disclosure" for f in check["findings"])  # the saved conflict is used
    bad = client.post("/settings", data={**form, "limit_x": "lots"})
    assert "whole number" in bad.text
    assert client.post("/settings", data={**form, "csrf": "nope"}).status_code == 403
    client.post("/settings", data={**form, "conflicts": "", "limit_mastodon": "500", "credentials": ""})


def test_rules_page_searches_the_catalogue(client: TestClient) -> None:
    everything = client.get("/rules").text
    privacy = client.get("/rules", params={"q": "doxx"}).text
    assert everything.count('class="rule card"') > privacy.count('class="rule card"') > 0
    assert "PRO001" in everything
    assert "What it does" in everything
    one = client.get("/rules", params={"q": "PHI001"}).text
    assert one.count('class="rule card"') == 1
    assert "open>" in one


def test_api_triage_sorts_by_urgency_and_scores_threads(client: TestClient) -> None:
    replies = [
        {
            "id": "1",
            "text": "Thank you, great thread!",
            "in_reply_to": "p1",
            "created_at": "2026-03-01T10:00:00Z",
        },
        {
            "id": "2",
            "text": "Watch your back, I know where you work.",
            "in_reply_to": "p1",
            "created_at": "2026-03-01T10:01:00Z",
            "author": {"handle": "@user123456", "default_avatar": True, "account_age_days": 1},
        },
    ]
    r = client.post("/api/v1/triage", json={"replies": replies, "platform": "bluesky"})
    body = r.json()
    assert r.status_code == 200
    assert body["schema"] == "bedside.triage/1"
    assert [x["id"] for x in body["results"]] == ["2", "1"]
    assert body["results"][0]["label"] == "threat"
    assert (
        "Bluesky" in body["results"][0]["steps"]["block"] or "public" in body["results"][0]["steps"]["block"]
    )
    assert body["threads"][0]["thread"] == "p1"
    assert client.post("/api/v1/triage", json={"replies": [{"id": "1"}]}).status_code == 422
    assert client.post("/api/v1/triage", json={"replies": [], "platform": "myspace"}).status_code == 422


def test_inbox_triages_pasted_text_logs_evidence_and_exports(client: TestClient, store: Store) -> None:
    page = client.get("/inbox")
    token = _csrf(page.text)
    pasted = "Thanks for posting this!\n\nYour kids go to Maple Grove Elementary, right?\n\nWhat a dumb take."
    r = client.post("/inbox", data={"csrf": token, "replies": pasted, "platform": "x"})
    assert r.status_code == 200
    import re

    assert re.findall(r'data-label="(\w+)"', r.text) == ["doxxing", "incivility", "support"]
    assert "Log as evidence" in r.text
    before = len(store.evidence())
    logged = client.post(
        "/inbox/log",
        data={
            "csrf": token,
            "label": "doxxing",
            "text": "Your kids go to Maple Grove Elementary, right?",
            "platform": "x",
        },
        follow_redirects=False,
    )
    assert logged.status_code == 303
    entry = store.evidence()[-1]
    assert len(store.evidence()) == before + 1
    assert entry.label == "doxxing"
    assert (
        client.post(
            "/inbox/notes",
            data={"csrf": token, "evidence_id": str(entry.id), "notes": "told security"},
            follow_redirects=False,
        ).status_code
        == 303
    )
    assert store.evidence()[-1].notes == "told security"
    html_report = client.get("/evidence/report.html")
    assert html_report.status_code == 200
    assert "Maple Grove" in html_report.text
    assert "attachment" in html_report.headers["content-disposition"]
    pdf = client.get("/evidence/report.pdf")
    assert pdf.content.startswith(b"%PDF-")
    assert client.post("/inbox/log", data={"csrf": "forged", "label": "x", "text": "y"}).status_code == 403
    assert client.post("/inbox", data={"csrf": token, "replies": '{"id": 1}\n'}).status_code == 422


def test_settings_store_own_patients_as_hashes_only(client: TestClient, store: Store) -> None:
    token = _csrf(client.get("/settings").text)
    form = {
        "csrf": token,
        "name": "",
        "credentials": "",
        "specialty": "",
        "employer": "",
        "conflicts": "",
        "own_patients": "@pat_r\n@kim_w",
        "resources": "Security desk: 555-0100",
    }
    client.post("/settings", data=form)
    assert len(store.own_patient_hashes()) == 2
    assert "pat_r" not in client.get("/settings").text
    r = client.post(
        "/api/v1/triage",
        json={"replies": [{"id": "1", "text": "Is the rash normal?", "author": {"handle": "@PAT_R"}}]},
    )
    assert r.json()["results"][0]["own_patient"] is True
    assert "Security desk" in client.get("/evidence/report.html").text
    client.post("/settings", data={**form, "own_patients": "", "clear_patients": "1", "resources": ""})
    assert store.own_patient_hashes() == frozenset()


def test_audit_upload_checks_the_form_and_the_file(client: TestClient) -> None:
    token = _csrf(client.get("/audit").text)
    assert (
        client.post("/audit/upload", data={"csrf": "forged"}, files={"archive": ("a.zip", b"x")}).status_code
        == 403
    )
    wrong = client.post("/audit/upload", data={"csrf": token}, files={"archive": ("notes.txt", b"hello")})
    assert wrong.status_code == 422
    assert "expected a .zip" in wrong.json()["error"]
    assert client.get("/api/v1/audit/nothing").status_code == 404


def test_an_uploaded_archive_reports_how_many_items_to_expect(client: TestClient, tmp_path: Path) -> None:
    import time

    from tests.archive_builders import TWEETS, x_archive

    token = _csrf(client.get("/audit").text)
    data = x_archive(tmp_path / "x.zip").read_bytes()
    job = client.post("/audit/upload", data={"csrf": token}, files={"archive": ("x.zip", data)}).json()
    deadline = time.monotonic() + 120
    status = client.get(f"/api/v1/audit/{job['id']}").json()
    while status["state"] == "running" and time.monotonic() < deadline:
        time.sleep(0.2)
        status = client.get(f"/api/v1/audit/{job['id']}").json()
    assert status["state"] == "done", status
    assert status["expected"] == len(TWEETS)
    assert status["summary"]["items"] >= 1


def test_saved_drafts_are_listed_once_in_the_page_body(client: TestClient) -> None:
    client.post(
        "/api/v1/drafts", json={"text": "Pearl: dental check before bisphosphonates", "platform": "x"}
    )
    page = client.get("/").text
    assert page.count('id="saved-h"') == 1
    assert "<title>Check a draft · bedside</title>" in page
    assert page.index('id="saved-h"') > page.index("<main")


def test_a_chunked_upload_over_the_cap_is_a_413_not_a_500(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bedside.web.app as web_app

    monkeypatch.setattr(web_app, "MAX_UPLOAD_BYTES", 1_000)

    def chunks() -> Iterator[bytes]:
        for _ in range(20):
            yield b"x" * 500

    r = client.post(
        "/audit/upload", content=chunks(), headers={"content-type": "multipart/form-data; boundary=zz"}
    )
    assert r.status_code == 413
    assert "upload over 1,000 bytes" in r.json()["error"]
