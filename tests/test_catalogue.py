"""Meta-tests: the catalogue is complete, documented, sourced, and every rule's examples behave."""

from __future__ import annotations

import re

import pytest

from bedside.catalogue import HEADINGS, catalogue_markdown, rule_text
from bedside.draft import Draft
from bedside.engine import Engine
from bedside.findings import Category
from bedside.rules import Registry
from bedside.rules.base import Example, Rule
from bedside.settings import Conflict, Settings

REGISTRY = Registry.default()
RULES = list(REGISTRY)


def run_one(rule: Rule, example: Example) -> list[str]:
    engine = Engine(Registry((rule,)))
    settings = Settings(conflicts=tuple(Conflict(c) for c in example.conflicts))
    result = engine.check(Draft(example.text, example.platform, example.reply, settings))
    return [f.code for f in result.findings]


def test_codes_and_names_are_unique() -> None:
    codes = [r.code for r in RULES]
    names = [r.name for r in RULES]
    assert len(codes) == len(set(codes))
    assert len(names) == len(set(names))


def test_every_rule_is_registered_once_per_family() -> None:
    seen: dict[str, Rule] = {}
    for r in RULES:
        assert r.code not in seen
        seen[r.code] = r
    assert {r.category for r in RULES} == set(Category)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_is_documented(rule: Rule) -> None:
    assert re.fullmatch(r"[A-Z]{3}\d{3}", rule.code)
    assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", rule.name)
    assert re.fullmatch(r"G\d{1,2}", rule.requirement)
    for heading, body in zip(
        HEADINGS,
        (rule.docs.what, rule.docs.why, rule.docs.example, rule.docs.use_instead, rule.docs.source),
        strict=True,
    ):
        assert body.strip(), f"{rule.code}: empty '{heading}'"
    assert rule.requirement in rule.docs.source, "the Source names the requirement"
    assert re.search(r"doi:|CFR|JAMA|documentation|lexicon|Future Oncology|Guides", rule.docs.source), (
        "the Source names a paper, regulation or primary document"
    )
    text = rule_text(rule)
    for heading in HEADINGS:
        assert f"## {heading}" in text


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_flags_its_examples(rule: Rule) -> None:
    assert rule.flags, f"{rule.code} has no example it flags"
    for example in rule.flags:
        assert rule.code in run_one(rule, example), f"{rule.code} should flag: {example.text!r}"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_passes_its_examples(rule: Rule) -> None:
    assert rule.passes, f"{rule.code} has no example it passes"
    for example in rule.passes:
        assert rule.code not in run_one(rule, example), f"{rule.code} should pass: {example.text!r}"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_findings_locate_text_and_cite_requirement(rule: Rule) -> None:
    for example in rule.flags:
        engine = Engine(Registry((rule,)))
        settings = Settings(conflicts=tuple(Conflict(c) for c in example.conflicts))
        result = engine.check(Draft(example.text, example.platform, example.reply, settings))
        for f in result.findings:
            assert 0 <= f.start <= f.end <= len(example.text)
            assert f.requirement == rule.requirement
            assert f.message
            if f.fix:
                for e in f.fix.edits:
                    assert 0 <= e.start <= e.end <= len(example.text)


def test_lookup_by_code_and_name() -> None:
    assert REGISTRY.get("phi001").code == "PHI001"
    assert REGISTRY.get("patient-name").code == "PHI001"


def test_select_and_ignore() -> None:
    only_privacy = REGISTRY.select(["PHI"])
    assert {r.category for r in only_privacy} == {Category.PRIVACY}
    assert "PLT001" not in {r.code for r in REGISTRY.select(ignore=["platform"])}


def test_docs_page_is_generated_from_the_catalogue() -> None:
    from pathlib import Path

    page = Path(__file__).parent.parent / "docs" / "rules.md"
    assert page.read_text("utf-8") == catalogue_markdown(REGISTRY), (
        "run `make docs` to regenerate docs/rules.md"
    )


def test_the_audit_check_is_documented_like_a_rule() -> None:
    from click.testing import CliRunner

    from bedside.archive.audit import UNREADABLE, audit_records
    from bedside.cli import main

    out = CliRunner().invoke(main, ["rule", "AUD001"])
    assert out.exit_code == 0
    assert "## Why it matters" in out.output
    assert "(audit, warning, G22)" in out.output
    # the code the audit gives an item it cannot check is that documented check
    [record] = audit_records([{"id": "1", "text": "bad \x00 byte", "platform": "x", "kind": "post"}])
    assert [f["code"] for f in record["findings"]] == [UNREADABLE.code]
