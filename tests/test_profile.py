"""The profile audit (#5; G1-G3): what is missing, an anonymous identity, a bio that fits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from bedside.cli import main
from bedside.platforms import Platform
from bedside.profile import GOALS, PROFILE_CHECKS, Profile, audit_profile, plan_for
from bedside.profile.limits import PROFILE_LIMITS, graphemes
from bedside.settings import Author, Conflict, Settings


def _missing(
    display_name: str, bio: str, handle: str = "@drjane", conflicts: tuple[str, ...] = ()
) -> tuple[str, ...]:
    return audit_profile(Profile("x", handle, display_name, bio, conflicts)).missing


def test_a_complete_profile_is_clean() -> None:
    report = audit_profile(
        Profile(
            "x",
            "@DrJaneSmith",
            "Jane Smith, MD",
            "Breast oncologist at Lakeside Cancer Center. Views my own. COI: link",
            ("Pfizer",),
        )
    )
    assert report.missing == ()
    assert report.findings == ()
    assert not report.anonymous


@pytest.mark.parametrize(
    ("display_name", "bio", "expected"),
    [
        ("Jane Smith", "Breast oncologist at Lakeside Cancer Center. Views my own.", ("credentials",)),
        ("Dr Patel", "GI oncologist at Mercy Hospital. Opinions are my own.", ()),
        ("Breast onc 🎗", "Oncologist. Views my own. Independent.", ("name", "credentials")),
        ("Kay Brown RN", "Chemo nurse. Tweets are mine. Retired.", ()),
        ("Sam Lee, PharmD, BCOP", "Oncology pharmacist at Northside Health", ("disclaimer",)),
        ("Sam Lee, PharmD", "Dad. Runner. Views my own.", ("specialty", "employer")),
    ],
)
def test_each_element_is_found_or_reported(display_name: str, bio: str, expected: tuple[str, ...]) -> None:
    assert _missing(display_name, bio) == expected


def test_undisclosed_conflicts_and_named_conflicts() -> None:
    bio = "GU oncologist at Lakeside Cancer Center. Views my own."
    assert _missing("Ana Ortiz, MD", bio, conflicts=("AstraZeneca",)) == ("coi",)
    assert _missing("Ana Ortiz, MD", bio + " Consulting: AstraZeneca.", conflicts=("AstraZeneca",)) == ()
    assert _missing("Ana Ortiz, MD", bio) == ()  # no conflicts declared, nothing to disclose


def test_an_alias_is_an_anonymous_identity_but_a_named_one_is_not() -> None:
    alias = audit_profile(Profile("x", "@oncdoc_2291", "OncDoc", "cancer stuff"))
    assert alias.anonymous
    assert alias.findings[0].code == "PRO001"
    assert alias.findings[0].severity == "error"
    named = audit_profile(Profile("x", "@oncdoc_2291", "Jane Smith, MD", "cancer stuff"))
    assert not named.anonymous


@pytest.mark.parametrize("platform", [p.value for p in Platform])
def test_the_suggested_bio_always_fits_the_platform(platform: str) -> None:
    settings = Settings(
        author=Author(
            "Ana Ortiz", ("MD", "PhD"), "Thoracic medical oncologist", "Lakeside Comprehensive Cancer Center"
        ),
        conflicts=(Conflict("AstraZeneca"), Conflict("Bristol Myers Squibb"), Conflict("Genentech")),
    )
    long_bio = "Mom of three 👩🏽‍⚕️. Marathoner. Lung cancer screening advocate. Coffee first. " * 4
    report = audit_profile(Profile(platform, "@x", "Ana Ortiz", long_bio), settings)
    limit = PROFILE_LIMITS[Platform(platform)].bio
    assert graphemes(report.suggested_bio) <= limit
    assert "Views my own" in report.suggested_bio
    assert any(f.code == "PRO008" for f in report.findings) == (graphemes(long_bio) > limit)


def test_the_suggestion_uses_the_authors_settings() -> None:
    settings = Settings(author=Author("Ana Ortiz", ("MD",), "Thoracic oncologist", "Lakeside Cancer Center"))
    report = audit_profile(Profile("bluesky", "ana.bsky.social", "Ana Ortiz, MD", "Runner."), settings)
    assert report.suggested_bio.startswith("Thoracic oncologist at Lakeside Cancer Center. Runner.")
    assert "[your" not in report.suggested_bio


def test_every_profile_check_is_documented_and_reachable() -> None:
    codes = [c.code for c in PROFILE_CHECKS]
    assert codes == sorted(set(codes))
    for c in PROFILE_CHECKS:
        assert c.docs.what
        assert c.docs.why
        assert c.docs.example
        assert c.docs.use_instead
        assert c.requirement in c.docs.source
    result = CliRunner().invoke(main, ["rule", "PRO006"])
    assert result.exit_code == 0
    assert "## Why it matters" in result.output


def test_plans_follow_the_goals() -> None:
    assert set(GOALS) == {"learn_from_patients", "learn_from_peers", "find_collaborators", "build_practice"}
    plan = plan_for(["build_practice"])
    assert plan["platforms"][0] == "linkedin"
    assert plan_for(["nonsense"])["goals"] == []


def test_the_cli_audits_a_file_of_profiles(tmp_path: Path) -> None:
    path = tmp_path / "profiles.json"
    path.write_text(
        json.dumps(
            [
                {"platform": "x", "handle": "@oncdoc_2291", "display_name": "OncDoc", "bio": "cancer stuff"},
                {
                    "platform": "threads",
                    "handle": "@drjane",
                    "display_name": "Jane Smith, MD",
                    "bio": "Breast oncologist at Lakeside Cancer Center. Views my own.",
                },
            ]
        ),
        "utf-8",
    )
    result = CliRunner().invoke(main, ["profile", "--format", "json", "--conflict", "Pfizer", str(path)])
    assert result.exit_code == 1
    first, second = (json.loads(line) for line in result.output.splitlines())
    assert first["schema"] == "bedside.profile/1"
    assert "name" in first["missing"]
    assert second["missing"] == ["coi"]
    text = CliRunner().invoke(main, ["profile", str(path)])
    assert "suggested x bio" in text.output
    assert "PRO001" in text.output


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{not json", "not valid JSON"),
        (b'"a string"', "expected an object"),
        (b'{"platform": "myspace"}', "unknown platform"),
        (b'{"platform": "x", "bio": 3}', "must be strings"),
        (b'{"platform": "x", "conflicts": "Pfizer"}', "conflicts must be a list"),
        (b"\xff\xfe", "not valid UTF-8"),
    ],
)
def test_the_cli_refuses_bad_files_clearly(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    result = CliRunner().invoke(main, ["profile", str(path)])
    assert result.exit_code == 2
    assert message in result.output
