"""A heavier tone model the user plugs in (#4): chosen in settings, never downloaded, never a crash."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from click.testing import CliRunner

from bedside import plugins
from bedside.cli import main
from bedside.draft import Draft
from bedside.engine import Engine
from bedside.rules.tone import model as tone_model
from bedside.settings import Settings, SettingsError, settings_from_mapping


@pytest.fixture(autouse=True)
def fresh_cache() -> Iterator[None]:
    tone_model.load_tone_plugin.cache_clear()
    yield
    tone_model.load_tone_plugin.cache_clear()


def _register(monkeypatch: pytest.MonkeyPatch, name: str, scorer: object) -> None:
    point = SimpleNamespace(name=name, load=lambda: scorer)
    monkeypatch.setattr(plugins, "entry_points", lambda group: [point] if group == "bedside.tone" else [])


def test_settings_take_only_a_plugin() -> None:
    assert settings_from_mapping({"tone": {"model": "plugin:detox"}}).tone_model == "plugin:detox"
    with pytest.raises(SettingsError, match=r"tone\.model"):
        settings_from_mapping({"tone": {"model": "https://example.org/detoxify.ckpt"}})


def test_the_plugin_scores_instead_of_the_shipped_model(monkeypatch: pytest.MonkeyPatch) -> None:
    _register(monkeypatch, "strict", lambda text: 0.99 if "protocol" in text else 0.0)
    text = "@drkhan you misread the protocol again"
    plain = {f.code for f in Engine().check(Draft(text, "x", reply=True)).findings}
    plugged = Engine().check(Draft(text, "x", True, Settings(tone_model="plugin:strict")))
    assert "TON003" not in plain
    assert "TON003" in {f.code for f in plugged.findings}


@pytest.mark.parametrize("bad", [None, "high", float("nan"), 7.0, -1.0])
def test_a_plugin_returning_nonsense_gives_no_finding(monkeypatch: pytest.MonkeyPatch, bad: object) -> None:
    _register(monkeypatch, "odd", lambda text: bad)
    text = "@drkhan you misread the protocol again"
    result = Engine().check(Draft(text, "x", True, Settings(tone_model="plugin:odd")))
    assert "TON003" not in {f.code for f in result.findings}


def test_a_numpy_score_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    import numpy as np

    _register(monkeypatch, "np", lambda text: np.float32(0.95))
    text = "@drkhan you misread the protocol again"
    result = Engine().check(Draft(text, "x", True, Settings(tone_model="plugin:np")))
    assert "TON003" in {f.code for f in result.findings}


def test_the_cli_names_a_missing_plugin(tmp_path: Path) -> None:
    config = tmp_path / "bedside.toml"
    config.write_text('[tone]\nmodel = "plugin:nothing-here"\n', "utf-8")
    result = CliRunner().invoke(main, ["check", "--config", str(config), "--text", "hello"])
    assert result.exit_code == 2
    assert "no plugin" in result.output
