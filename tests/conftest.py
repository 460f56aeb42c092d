from __future__ import annotations

import socket
from typing import Any

import pytest

from bedside.draft import Draft
from bedside.engine import Engine
from bedside.findings import CheckResult
from bedside.settings import Conflict, Settings


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine()


class Checker:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def __call__(
        self, text: str, platform: str = "x", reply: bool = False, conflicts: tuple[str, ...] = ()
    ) -> CheckResult:
        settings = Settings(conflicts=tuple(Conflict(c) for c in conflicts))
        return self.engine.check(Draft(text, platform, reply, settings))

    def codes(self, text: str, **kw: Any) -> set[str]:
        return {f.code for f in self(text, **kw).findings}

    def categories(self, text: str, **kw: Any) -> set[str]:
        return {f.category.value for f in self(text, **kw).findings if f.severity.value != "info"}


@pytest.fixture(scope="session")
def check(engine: Engine) -> Checker:
    return Checker(engine)


class _NoNetwork(socket.socket):
    def connect(self, *args: Any, **kwargs: Any) -> None:
        raise AssertionError(f"bedside tried to open a network connection: {args!r}")

    def connect_ex(self, *args: Any, **kwargs: Any) -> int:
        raise AssertionError(f"bedside tried to open a network connection: {args!r}")


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to connect a socket or resolve a name fails the test."""

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError(f"bedside tried to reach the network: {args!r}")

    monkeypatch.setattr(socket, "socket", _NoNetwork)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "gethostbyname", refuse)
