"""Platforms: their limits, how each counts a post, and their conventions (G25)."""

from bedside.platforms.limits import PLATFORMS, Platform, PlatformSpec, UnknownPlatformError, get_spec

__all__ = ["PLATFORMS", "Platform", "PlatformSpec", "UnknownPlatformError", "get_spec"]
