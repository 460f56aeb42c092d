from __future__ import annotations

from pathlib import Path

import pytest

from bedside.settings import Settings, SettingsError, discover_settings, settings_from_mapping


def test_discovery_order(tmp_path: Path) -> None:
    cwd = tmp_path / "cwd"
    cfg = tmp_path / "cfg"
    cwd.mkdir()
    cfg.mkdir()
    assert discover_settings(cwd, cfg) == Settings()
    (cfg / "bedside.toml").write_text('[author]\nname = "From config dir"\n', "utf-8")
    assert discover_settings(cwd, cfg).author.name == "From config dir"
    (cwd / "pyproject.toml").write_text('[tool.bedside.author]\nname = "From pyproject"\n', "utf-8")
    assert discover_settings(cwd, cfg).author.name == "From pyproject"
    (cwd / "bedside.toml").write_text('[author]\nname = "From cwd"\n', "utf-8")
    assert discover_settings(cwd, cfg).author.name == "From cwd"


def test_conflicts_forms() -> None:
    s = settings_from_mapping(
        {"conflicts": ["Pfizer", {"company": "Amgen", "relationship": "I consult for"}]}
    )
    assert [c.company for c in s.conflicts] == ["Pfizer", "Amgen"]
    assert s.with_conflicts(("pfizer", "Gilead")).conflicts[-1].company == "Gilead"
    assert len(s.with_conflicts(("pfizer",)).conflicts) == 2


@pytest.mark.parametrize(
    "data",
    [
        {"nonsense": 1},
        {"author": "x"},
        {"conflicts": "Pfizer"},
        {"conflicts": [3]},
        {"platforms": {"x": {"limit": -1}}},
    ],
)
def test_bad_settings_are_rejected(data: dict[str, object]) -> None:
    with pytest.raises(SettingsError):
        settings_from_mapping(data)
