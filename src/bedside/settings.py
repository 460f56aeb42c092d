"""The author's settings: who they are, their conflicts of interest, their platforms.

Read from ``bedside.toml`` (the working directory first, then the user's config directory) or a
``[tool.bedside]`` table in ``pyproject.toml``. Nothing here is global: the CLI and the web app load
settings once and pass them on.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

CONFIG_NAME = "bedside.toml"
NER_SCHEMES = ("spacy:", "plugin:")
TONE_SCHEMES = ("plugin", "onnx", "detoxify")
_PLATFORM_NAMES = ("x", "bluesky", "mastodon", "threads", "linkedin", "facebook", "instagram", "tiktok")


class SettingsError(ValueError):
    """A settings file that cannot be read or does not make sense."""


@dataclass(frozen=True, slots=True)
class Conflict:
    """A declared conflict of interest: a company and, optionally, the kind of relationship."""

    company: str
    relationship: str = ""


@dataclass(frozen=True, slots=True)
class Author:
    name: str = ""
    credentials: tuple[str, ...] = ()
    specialty: str = ""
    employer: str = ""
    handles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Settings:
    author: Author = field(default_factory=Author)
    conflicts: tuple[Conflict, ...] = ()
    platforms: tuple[str, ...] = ()
    default_platform: str = "x"
    limits: tuple[tuple[str, int], ...] = ()
    low_confidence_hashtags: bool = False
    tone_model: str = ""  # optional heavier local tone model: "plugin:NAME", "onnx:PATH" or "detoxify:PATH"
    ner: str = (
        ""  # optional local NER model for the privacy rules, e.g. "spacy:en_core_web_lg" (off when empty)
    )
    source: str | None = None

    def limit_for(self, platform: str) -> int | None:
        for name, value in self.limits:
            if name == platform:
                return value
        return None

    def with_conflicts(self, names: tuple[str, ...]) -> Settings:
        """These settings plus extra conflicts (from ``--conflict`` or an API call)."""
        known = {c.company.casefold() for c in self.conflicts}
        extra = tuple(Conflict(n.strip()) for n in names if n.strip() and n.strip().casefold() not in known)
        return replace(self, conflicts=self.conflicts + extra)


def _str_tuple(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise SettingsError(f"{where} must be a string or a list of strings")


def settings_from_mapping(data: dict[str, Any], source: str | None = None) -> Settings:
    """Build settings from the parsed TOML (or JSON) mapping; unknown keys are an error."""
    known = {"author", "conflicts", "platforms", "hashtags", "privacy", "tone"}
    unknown = set(data) - known
    if unknown:
        raise SettingsError(f"unknown settings key(s): {', '.join(sorted(unknown))}")
    a = data.get("author", {})
    if not isinstance(a, dict):
        raise SettingsError("[author] must be a table")
    author = Author(
        name=str(a.get("name", "")),
        credentials=_str_tuple(a.get("credentials"), "author.credentials"),
        specialty=str(a.get("specialty", "")),
        employer=str(a.get("employer", "")),
        handles=_str_tuple(a.get("handles"), "author.handles"),
    )
    conflicts: list[Conflict] = []
    raw_conflicts = data.get("conflicts", [])
    if not isinstance(raw_conflicts, list):
        raise SettingsError("conflicts must be a list")
    for item in raw_conflicts:
        if isinstance(item, str):
            conflicts.append(Conflict(item))
        elif isinstance(item, dict) and isinstance(item.get("company"), str):
            conflicts.append(Conflict(item["company"], str(item.get("relationship", ""))))
        else:
            raise SettingsError('each conflict is a company name or {company = "...", relationship = "..."}')
    p = data.get("platforms", {})
    if not isinstance(p, dict):
        raise SettingsError("[platforms] must be a table")
    limits: list[tuple[str, int]] = []
    for name, value in p.items():
        if name in ("use", "default"):
            continue
        if name not in _PLATFORM_NAMES:
            raise SettingsError(
                f"unknown platform [platforms.{name}] (choose from: {', '.join(_PLATFORM_NAMES)})"
            )
        if not isinstance(value, dict) or set(value) - {"limit"}:
            raise SettingsError(f"[platforms.{name}] takes only: limit")
        limit = value.get("limit")
        if limit is not None:
            if isinstance(limit, bool) or not isinstance(limit, int) or limit <= 0:
                raise SettingsError(f"platforms.{name}.limit must be a positive integer")
            limits.append((name, limit))
    h = data.get("hashtags", {})
    pv = data.get("privacy", {})
    if not isinstance(pv, dict) or set(pv) - {"ner"}:
        raise SettingsError("[privacy] takes only: ner")
    ner = pv.get("ner", "")
    if not isinstance(ner, str) or (ner and not ner.startswith(NER_SCHEMES)):
        raise SettingsError('privacy.ner must be "spacy:<installed model>" or "plugin:<entry point name>"')
    tn = data.get("tone", {})
    if not isinstance(tn, dict) or set(tn) - {"model"}:
        raise SettingsError("[tone] takes only: model")
    tone_model = tn.get("model", "")
    scheme, _, target = tone_model.partition(":") if isinstance(tone_model, str) else ("", "", "")
    if not isinstance(tone_model, str) or (tone_model and (scheme not in TONE_SCHEMES or not target)):
        raise SettingsError(
            'tone.model must be "plugin:<entry point name>" (a callable(text) -> probability), '
            '"onnx:<path to a .onnx file>" or "detoxify:<path to a Detoxify checkpoint>"'
        )
    return Settings(
        author=author,
        conflicts=tuple(conflicts),
        platforms=_str_tuple(p.get("use"), "platforms.use"),
        default_platform=str(p.get("default", "x")),
        limits=tuple(limits),
        low_confidence_hashtags=bool(h.get("low_confidence", False)) if isinstance(h, dict) else False,
        ner=ner,
        tone_model=tone_model,
        source=source,
    )


def read_settings_file(path: Path) -> Settings:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SettingsError(f"cannot read {path}: {exc.strerror or exc}") from exc
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise SettingsError(f"{path}: not valid TOML: {exc}") from exc
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        data = tool.get("bedside", {}) if isinstance(tool, dict) else {}
    return settings_from_mapping(data, source=str(path))


def user_config_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir("bedside", appauthor=False))


def discover_settings(cwd: Path | None = None, config_dir: Path | None = None) -> Settings:
    """The first of ./bedside.toml, ./pyproject.toml with [tool.bedside], <config dir>/bedside.toml."""
    here = cwd or Path.cwd()
    local = here / CONFIG_NAME
    if local.is_file():
        return read_settings_file(local)
    pyproject = here / "pyproject.toml"
    if pyproject.is_file():
        try:
            data = tomllib.loads(pyproject.read_text("utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            data = {}
        tool = data.get("tool", {})
        if isinstance(tool, dict) and "bedside" in tool:
            return read_settings_file(pyproject)
    user = (config_dir or user_config_dir()) / CONFIG_NAME
    if user.is_file():
        return read_settings_file(user)
    return Settings()
