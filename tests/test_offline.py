"""Nothing leaves the machine: every check, and the CLI, run with sockets blocked."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from bedside.cli import main
from bedside.draft import Draft
from bedside.engine import Engine
from bedside.rules import Registry
from bedside.settings import Conflict, Settings


@pytest.mark.usefixtures("no_network")
def test_every_rule_runs_offline() -> None:
    engine = Engine()  # fresh: resources load inside the blocked section
    flagged = 0
    for r in Registry.default():
        for ex in r.flags:
            settings = Settings(conflicts=tuple(Conflict(c) for c in ex.conflicts))
            codes = {f.code for f in engine.check(Draft(ex.text, ex.platform, ex.reply, settings)).findings}
            flagged += r.code in codes
    assert flagged == sum(len(r.flags) for r in Registry.default())


@pytest.mark.usefixtures("no_network")
def test_cli_runs_offline() -> None:
    result = CliRunner().invoke(
        main, ["check", "--text", "See https://example.org/paper #bcsm", "--format", "json"]
    )
    assert result.exit_code == 0, result.output


def test_the_guard_really_blocks(no_network: None) -> None:
    import socket

    with pytest.raises(AssertionError, match="network"):
        socket.create_connection(("127.0.0.1", 9))
