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
    app = create_app(token="s3cret")
    c = TestClient(app)
    assert c.get("/").status_code == 401
    assert (
        c.post("/api/v1/check", json={"text": "x"}, headers={"authorization": "Bearer s3cret"}).status_code
        == 200
    )
    assert c.get("/?token=s3cret").status_code == 200


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
    for name in ("static/app.js", "static/app.css", "templates/compose.html"):
        assert web.joinpath(name).is_file()
    assert Path(str(web.joinpath("static/app.js"))).read_text("utf-8").count("fetch(") == 1


def test_chunked_body_over_the_limit_is_refused(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(30):
            yield b"x" * 100_000

    r = client.post("/api/v1/check", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_an_empty_token_does_not_turn_off_the_host_check() -> None:
    c = TestClient(create_app(token=""))
    assert c.get("/", headers={"host": "evil.example"}).status_code == 400
