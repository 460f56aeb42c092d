"""The web app in a real browser (#5): Debian's chromium driven by Playwright, the server in a subprocess.

Screenshots of the main pages go to $BEDSIDE_SCREENSHOTS when set (``make screenshots`` writes docs/screenshots).
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)"
)
RISKY = "Mrs. Delgado in room 412 rang the bell today after her last cycle of FOLFOX!"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = _free_port()
    db = tmp_path_factory.mktemp("browser") / "bedside.sqlite3"
    exe = str(Path(sys.executable).with_name("bedside"))
    proc = subprocess.Popen(
        [exe, "serve", "--port", str(port), "--database", f"sqlite:///{db}"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                urllib.request.urlopen(url + "/rules", timeout=1).read()
                break
            except OSError:
                if proc.poll() is not None:
                    raise RuntimeError(
                        proc.stdout.read().decode() if proc.stdout else "server exited"
                    ) from None
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
            ],
        )
        yield b
        b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    pg = context.new_page()
    outside: list[str] = []
    pg.on(
        "request",
        lambda r: outside.append(r.url) if not r.url.startswith(("http://127.0.0.1", "data:")) else None,
    )
    yield pg
    context.close()
    assert outside == []  # nothing the user types leaves this machine


def _shot(pg: Any, name: str, tmp_path: Path) -> None:
    target = Path(os.environ.get("BEDSIDE_SCREENSHOTS") or tmp_path)
    target.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(target / f"{name}.png"), full_page=True)
    assert (target / f"{name}.png").stat().st_size > 5_000


def test_a_risky_draft_is_highlighted_fixed_and_counted(server: str, page: Any, tmp_path: Path) -> None:
    page.goto(server + "/")
    page.fill("#text", "")
    page.type("#text", RISKY, delay=2)
    mark = page.locator("#backdrop mark.error").first
    mark.wait_for(timeout=10_000)
    assert mark.inner_text() == "Mrs. Delgado"
    # the highlight sits over the words in the text area, not somewhere else
    box, area = mark.bounding_box(), page.locator("#text").bounding_box()
    assert box is not None
    assert area is not None
    assert area["x"] <= box["x"] < area["x"] + 60
    assert area["y"] <= box["y"] < area["y"] + 40
    finding = page.locator("li.finding.error").first
    assert finding.locator("code").inner_text().startswith("PHI")
    assert page.locator("#status").inner_text() == "Not ready to post"
    before = page.locator("#count").inner_text()
    assert before.endswith("/ 280")
    _shot(page, "compose", tmp_path)
    fix = page.locator("li.finding.error button.fix").first
    fix.click()
    expect(page.locator("#count")).not_to_have_text(before, timeout=10_000)
    after = page.input_value("#text")
    assert "Delgado" not in after
    assert after.startswith("A patient in room 412")
    # why it matters: the rule's docs and source, from the local catalogue
    page.locator("li.finding details.why summary").first.click()
    assert "Source:" in page.locator("li.finding details.why").first.inner_text()


def test_a_fix_is_never_applied_to_text_that_changed(server: str, page: Any) -> None:
    page.goto(server + "/")
    page.fill("#text", RISKY)
    page.locator("li.finding.error button.fix").first.wait_for(timeout=10_000)
    page.locator("#text").press("Home")
    page.keyboard.type("Update: ")
    fix = page.locator("li.finding.error button.fix").first
    if fix.is_enabled():  # the new check may already have answered
        fix.click()
    expect(page.locator("#backdrop mark.error").first).to_have_text("Mrs. Delgado", timeout=10_000)
    assert page.input_value("#text").startswith("Update: Mrs. Delgado")  # nothing half-applied
    page.locator("li.finding.error button.fix").first.click()
    expect(page.locator("#text")).to_have_value(re.compile(r"^Update: A patient"), timeout=10_000)


def test_a_draft_is_saved_only_when_asked_and_reopens(server: str, page: Any) -> None:
    page.goto(server + "/")
    page.fill("#text", "Pearl: bisphosphonates need a dental check first.")
    page.locator("#save").wait_for(state="visible", timeout=10_000)
    page.click("#save")
    expect(page.locator("#save")).to_have_text("Saved")
    page.goto(server + "/")
    link = page.locator("section[aria-labelledby=saved-h] a").first
    link.click()
    expect(page.locator("#text")).to_have_value("Pearl: bisphosphonates need a dental check first.")


def test_switching_platform_changes_the_limit(server: str, page: Any) -> None:
    page.goto(server + "/")
    page.fill("#text", "A pearl: check the TSH before every cycle of pembrolizumab.")
    expect(page.locator("#count")).to_have_text(re.compile(r"/ 280$"), timeout=10_000)
    page.select_option("#platform", "bluesky")
    expect(page.locator("#count")).to_have_text(re.compile(r"/ 300$"), timeout=10_000)
    assert page.locator("#status").inner_text() == "Ready to post"


def test_a_profile_is_audited(server: str, page: Any, tmp_path: Path) -> None:
    page.goto(server + "/profile")
    page.select_option("#platform", "x")
    page.fill("#handle", "@oncdoc_2291")
    page.fill("#display_name", "OncDoc")
    page.fill("#bio", "cancer stuff, coffee")
    page.click("#audit-button")
    page.locator("#report").wait_for()
    assert "name" in page.locator("#missing").inner_text()
    assert "anonymous" in page.locator("#report").inner_text()
    assert "Views my own." in page.locator("#suggested-bio").inner_text()
    _shot(page, "profile", tmp_path)
    page.check("input[value=learn_from_patients]")
    page.click("#plan button[type=submit]")
    page.locator("#plan-result").wait_for()
    assert "#BCSM" in page.locator("#plan-result").inner_text()


def test_the_rules_filter_as_you_type_and_settings_page(server: str, page: Any, tmp_path: Path) -> None:
    page.goto(server + "/rules")
    total = page.locator("#rules .rule:visible").count()
    page.fill("#q", "doxx")
    expect(page.locator("#rule-count")).not_to_have_text(f"{total} rules")
    assert 0 < page.locator("#rules .rule:visible").count() < total
    _shot(page, "rules", tmp_path)
    page.goto(server + "/settings")
    page.fill("#name", "Ana Ortiz")
    page.fill("#limit_mastodon", "1000")
    page.click("#settings-form button[type=submit]")
    page.locator(".banner.ok").wait_for()
    assert page.input_value("#limit_mastodon") == "1000"
    _shot(page, "settings", tmp_path)


def test_the_compose_page_works_on_a_phone(browser: Any, server: str, tmp_path: Path) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    pg = context.new_page()
    outside: list[str] = []
    pg.on(
        "request",
        lambda r: outside.append(r.url) if not r.url.startswith(("http://127.0.0.1", "data:")) else None,
    )
    pg.goto(server + "/")
    pg.fill("#text", RISKY)
    pg.locator("li.finding").first.wait_for(timeout=10_000)
    width = pg.evaluate("document.documentElement.scrollWidth")
    assert width <= 390  # nothing overflows sideways
    _shot(pg, "compose-phone", tmp_path)
    context.close()
    assert outside == []


def test_the_inbox_sorts_replies_and_logs_evidence(server: str, page: Any, tmp_path: Path) -> None:
    page.goto(server + "/inbox")
    page.fill(
        "#replies",
        "Thank you for this thread, so helpful!\n\n"
        "I think the OS benefit is overstated: the control arm was underdosed.\n\n"
        "Your kids go to Maple Grove Elementary, right? Cute family.\n\n"
        "Big pharma shill 🤡 do your own research",
    )
    page.click("#triage-button")
    page.locator("#results").wait_for()
    labels = page.locator("#results li.triage").evaluate_all("items => items.map(i => i.dataset.label)")
    assert labels == ["doxxing", "trolling", "disagreement", "support"]
    assert "report" in page.locator("#results li.triage").first.inner_text()
    page.locator("#results li.triage").first.locator("input[name=notes]").fill("told security")
    page.locator("#results li.triage").first.locator("form.log button").click()
    expect(page.locator("#results li.triage").first.locator("form.log button")).to_have_text("Logged ✓")
    _shot(page, "inbox", tmp_path)  # the sorted list stays on screen
    page.goto(server + "/inbox")
    assert "Maple Grove" in page.locator("#evidence").inner_text()
    assert "told security" in page.locator("#evidence").inner_html()


def test_the_audit_page_uploads_an_archive_and_shows_the_report(
    server: str, page: Any, tmp_path: Path
) -> None:
    from tests.archive_builders import x_archive

    archive = x_archive(tmp_path / "twitter-archive.zip")
    page.goto(server + "/audit")
    page.set_input_files("#archive", str(archive))
    page.click("#audit-button")
    expect(page.locator("#audit-links")).to_be_visible(timeout=60_000)
    assert "5 items" in page.locator("#audit-status").inner_text()
    _shot(page, "audit", tmp_path)
    page.click("#report-html")
    page.locator("h1").wait_for()
    assert "History audit" in page.locator("h1").inner_text()
    assert "Mrs. Delgado" in page.content()
