from __future__ import annotations

from tests.conftest import Checker


def test_over_length_x_reports_count_and_thread(check: Checker) -> None:
    text = "Pearl: " + "check thyroid function on checkpoint inhibitors. " * 8
    result = check(text, platform="x")
    f = next(f for f in result.findings if f.code == "PLT001")
    assert f.severity.value == "error"
    assert f"{result.count:,} of 280" in f.message
    assert f.suggestion
    assert "1/" in f.suggestion


def test_url_counts_23_on_x(check: Checker) -> None:
    text = "a" * 250 + " https://example.com/" + "p" * 200
    assert check(text).count == 250 + 1 + 23
    assert "PLT001" not in check.codes(text)


def test_mastodon_limit_from_settings(engine) -> None:  # type: ignore[no-untyped-def]
    from bedside.draft import Draft
    from bedside.settings import Settings

    text = "a" * 600
    assert any(f.code == "PLT001" for f in engine.check(Draft(text, "mastodon")).findings)
    custom = Settings(limits=(("mastodon", 1000),))
    result = engine.check(Draft(text, "mastodon", settings=custom))
    assert result.limit == 1000
    assert not any(f.code == "PLT001" for f in result.findings)


def test_linkedin_over_limit_has_no_thread(check: Checker) -> None:
    result = check("word " * 700, platform="linkedin")
    f = next(f for f in result.findings if f.code == "PLT001")
    assert f.suggestion is None
    assert "Shorten" in f.message


def test_threads_links_and_instagram_hashtags(check: Checker) -> None:
    links = " ".join(f"https://site{i}.org/a" for i in range(6))
    assert "PLT002" in check.codes(links, platform="threads")
    assert "PLT002" not in check.codes(links, platform="x")
    tags = "#a1 #b2 #c3 #d4 #e5 #f6"
    assert "PLT003" in check.codes(tags, platform="instagram")
    assert "PLT003" not in check.codes("#a1 #b2 #c3 #d4 #e5", platform="instagram")


def test_very_long_text_gets_no_giant_thread(check: Checker) -> None:
    result = check("word " * 3000, platform="x")
    f = next(f for f in result.findings if f.code == "PLT001")
    assert f.suggestion is None
    assert "Shorten" in f.message
