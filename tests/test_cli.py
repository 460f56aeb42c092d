"""The CLI contract: inputs, formats, exit status, and clear errors for bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from bedside.cli import main

PHI = "Mrs. Delgado finished her last cycle today!"
CLEAN = "Pearl: check a TSH before and during checkpoint inhibitors."


def run(*args: str, stdin: bytes | str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_clean_text_exits_zero() -> None:
    code, out, _ = run("check", "--text", CLEAN)
    assert code == 0
    assert "Ready to post" in out


def test_error_finding_exits_one_and_marks_the_text() -> None:
    code, out, _ = run("check", "--text", PHI)
    assert code == 1
    assert "PHI001" in out
    assert "^^^^" in out
    assert "Not ready to post" in out


def test_json_output_shape() -> None:
    code, out, _ = run("check", "--text", PHI, "--format", "json", "--platform", "bluesky")
    assert code == 1
    data = json.loads(out)
    assert data["schema"] == "bedside.check/1"
    assert data["platform"] == "bluesky"
    assert data["length"] == {"count": len(PHI), "limit": 300}
    f = next(f for f in data["findings"] if f["code"] == "PHI001")
    assert PHI[f["start"] : f["end"]] == "Mrs. Delgado"
    assert f["requirement"] == "G5"


def test_reads_file_and_stdin(tmp_path: Path) -> None:
    p = tmp_path / "draft.txt"
    p.write_text(PHI, "utf-8")
    assert run("check", str(p))[0] == 1
    assert run("check", "-", stdin=PHI)[0] == 1
    bom = tmp_path / "bom.txt"
    bom.write_bytes(b"\xef\xbb\xbf" + CLEAN.encode())
    assert run("check", str(bom))[0] == 0


def test_conflict_option() -> None:
    code, out, _ = run(
        "check", "--text", "Enhertu keeps delivering.", "--conflict", "AstraZeneca", "--format", "json"
    )
    codes = [f["code"] for f in json.loads(out)["findings"]]
    assert "COI001" in codes
    assert code == 0  # a warning, not an error


@pytest.mark.parametrize(
    ("args", "stdin", "reason"),
    [
        (("check",), None, "exactly one of"),
        (("check", "--text", "a", "--jsonl", "x.jsonl"), None, "exactly one of"),
        (("check", "/nonexistent/draft.txt"), None, "cannot read"),
        (("check", "-"), b"caf\xe9 au lait", "not valid UTF-8"),
        (("check", "-"), "a" * 100_001, "100,000"),
        (("check", "--text", "bad \x00 byte"), None, "control character"),
        (("check", "--text", "x", "--config", "/nonexistent.toml"), None, "cannot read"),
    ],
)
def test_bad_input_is_a_one_line_error(args: tuple[str, ...], stdin: bytes | str | None, reason: str) -> None:
    code, out, err = run(*args, stdin=stdin)
    assert code == 2
    assert reason in err
    assert "Traceback" not in err + out
    assert len(err.strip().splitlines()) == 1


def test_bad_config_is_reported(tmp_path: Path) -> None:
    cfg = tmp_path / "bedside.toml"
    cfg.write_text("[author\nname=", "utf-8")
    code, _, err = run("check", "--text", "x", "--config", str(cfg))
    assert code == 2
    assert "not valid TOML" in err


def test_config_conflicts_and_limits(tmp_path: Path) -> None:
    cfg = tmp_path / "bedside.toml"
    cfg.write_text(
        '[author]\nname = "Priya Rao"\n[[conflicts]]\ncompany = "Pfizer"\nrelationship = "I am on an advisory board for"\n'
        '[platforms]\ndefault = "mastodon"\n[platforms.mastodon]\nlimit = 1000\n',
        "utf-8",
    )
    _, out, _ = run(
        "check", "--text", "Padcev plus pembro is a new standard.", "--config", str(cfg), "--format", "json"
    )
    data = json.loads(out)
    assert data["platform"] == "mastodon"
    assert data["length"]["limit"] == 1000
    coi = next(f for f in data["findings"] if f["code"] == "COI001")
    assert coi["suggestion"].startswith("Disclosure: I am on an advisory board for")


def test_jsonl_streams_in_order_and_survives_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": CLEAN}),
        "{not json",
        json.dumps({"id": "c", "text": PHI, "platform": "bluesky"}),
        json.dumps({"id": "d", "text": 5}),
        json.dumps({"id": "e", "text": "Great data for Keytruda", "conflicts": ["Merck & Co."]}),
        json.dumps({"id": "f", "text": "x", "platform": "myspace"}),
    ]
    p = tmp_path / "drafts.jsonl"
    p.write_text("\n".join(lines) + "\n", "utf-8")
    code, out, err = run("check", "--jsonl", str(p))
    results = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in results] == ["a", None, "c", "d", "e", "f"]
    assert "error" in results[1]
    assert results[1]["line"] == 2
    assert "error" in results[3]
    assert "COI001" in [f["code"] for f in results[4]["findings"]]
    assert "unknown platform" in results[5]["error"]
    assert code == 2
    assert "line 2" in err


def test_rules_and_rule_commands() -> None:
    code, out, _ = run("rules")
    assert code == 0
    assert "PHI001" in out
    assert "PLT001" in out
    code, out, _ = run("rule", "PHI008")
    assert code == 0
    for heading in ("What it does", "Why it matters", "Example", "Use instead", "Source"):
        assert f"## {heading}" in out
    assert run("rule", "NOPE999")[0] == 2
    code, out, _ = run("rules", "--format", "json")
    assert json.loads(out)["schema"] == "bedside.rules/1"


def test_serve_refuses_public_bind_without_token() -> None:
    code, _, err = run("serve", "--host", "0.0.0.0")
    assert code == 2
    assert "token" in err


def test_jsonl_survives_deep_nesting_and_oversized_lines(tmp_path: Path) -> None:
    lines = [
        "[" * 100_000,
        json.dumps({"id": "big", "text": "a" * 100_500}),
        json.dumps({"id": "ok", "text": CLEAN}),
    ]
    p = tmp_path / "odd.jsonl"
    p.write_text("\n".join(lines) + "\n", "utf-8")
    code, out, err = run("check", "--jsonl", str(p))
    results = [json.loads(line) for line in out.splitlines()]
    assert [r.get("line") for r in results[:2]] == [1, 2]
    assert results[2]["id"] == "ok"
    assert "findings" in results[2]
    assert len(results) == 3
    assert code == 2
    assert "Traceback" not in err
