"""The optional NER model for the privacy rules (#3): off by default, never downloaded, a second opinion."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from types import SimpleNamespace

import pytest
from click.testing import CliRunner

from bedside import plugins
from bedside.cli import main
from bedside.draft import Draft
from bedside.engine import Engine
from bedside.rules.privacy import ner
from bedside.settings import Settings, SettingsError, settings_from_mapping


@pytest.fixture(autouse=True)
def fresh_cache() -> Iterator[None]:
    ner.load_recogniser.cache_clear()
    yield
    ner.load_recogniser.cache_clear()


def fake_model(text: str) -> Sequence[tuple[int, int, str]]:
    """A stand-in for a heavy NER model: it knows one person and one town the gazetteers do not."""
    spans = []
    for word, label in (("Zebulon Quark", "PERSON"), ("Frostvale", "GPE"), ("pembrolizumab", "PRODUCT")):
        at = text.find(word)
        if at >= 0:
            spans.append((at, at + len(word), label))
    return spans


@pytest.fixture
def plugin(monkeypatch: pytest.MonkeyPatch) -> None:
    point = SimpleNamespace(name="fake", load=lambda: fake_model)
    monkeypatch.setattr(plugins, "entry_points", lambda group: [point] if group == "bedside.ner" else [])


def test_settings_take_a_model_and_refuse_anything_else() -> None:
    assert settings_from_mapping({"privacy": {"ner": "spacy:en_core_web_lg"}}).ner == "spacy:en_core_web_lg"
    assert settings_from_mapping({}).ner == ""
    with pytest.raises(SettingsError, match=r"privacy\.ner"):
        settings_from_mapping({"privacy": {"ner": "https://example.org/model"}})
    with pytest.raises(SettingsError, match=r"\[privacy\] takes only"):
        settings_from_mapping({"privacy": {"download": True}})


def test_a_model_that_is_not_installed_is_an_error_not_a_download() -> None:
    with pytest.raises(ner.NerUnavailable, match="not installed"):
        ner.load_recogniser("spacy:xx_no_such_model")
    with pytest.raises(ner.NerUnavailable, match="no plugin"):
        ner.load_recogniser("plugin:nothing-registered")


def test_off_by_default_the_model_is_never_asked(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(spec: str) -> ner.Recogniser:
        raise AssertionError("no model should load without [privacy] ner")

    monkeypatch.setattr(ner, "load_recogniser", refuse)
    engine.check(Draft("Zebulon Quark from Frostvale started chemo today, he is 52.", "x"))


@pytest.mark.usefixtures("plugin")
def test_the_plugin_adds_names_and_places_the_gazetteers_miss() -> None:
    text = "My patient Zebulon Quark from Frostvale started chemo today, he is 52."
    plain = {f.code for f in Engine().check(Draft(text, "x")).findings}
    assert "PHI006" not in plain
    settings = Settings(ner="plugin:fake")
    found = {
        (f.code, text[f.start : f.end]) for f in Engine().check(Draft(text, "x", False, settings)).findings
    }
    assert ("PHI001", "Zebulon Quark") in found
    assert ("PHI006", "Frostvale") in found
    assert not any(span == "pembrolizumab" for _, span in found)


@pytest.mark.usefixtures("plugin")
def test_the_plugin_is_quiet_when_no_patient_is_there() -> None:
    text = "Frostvale's library hosts a cancer survivorship talk by Zebulon Quark next month."
    settings = Settings(ner="plugin:fake")
    found = {f.code for f in Engine().check(Draft(text, "x", False, settings)).findings}
    assert "PHI006" not in found


def test_the_cli_names_a_missing_model_clearly(tmp_path: Path) -> None:
    config = tmp_path / "bedside.toml"
    config.write_text('[privacy]\nner = "spacy:xx_no_such_model"\n', "utf-8")
    result = CliRunner().invoke(main, ["check", "--config", str(config), "--text", "hello"])
    assert result.exit_code == 2
    assert "never downloads" in result.output or "not installed" in result.output


def test_a_plugin_with_bad_spans_does_not_crash_the_check(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(text: str) -> Sequence[tuple[int, int, str]]:
        return [(4, 4, "PERSON"), (40, 900, "GPE"), (-3, 2, "PERSON"), (0, 2, "PERSON")]

    point = SimpleNamespace(name="broken", load=lambda: broken)
    monkeypatch.setattr(plugins, "entry_points", lambda group: [point])
    text = "My patient Zebulon Quark started chemo today, he is 52."
    result = Engine().check(Draft(text, "x", False, Settings(ner="plugin:broken")))
    assert all(0 <= f.start <= f.end <= len(text) for f in result.findings)
