"""Shared by the benchmarks: percentiles and the slowest of a set of adversarial inputs."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping


def pct(values: list[float], q: float) -> float:
    """The q-th quantile (0-1) of values, nearest rank."""
    ordered = sorted(values)
    return ordered[max(0, int(len(ordered) * q) - 1)]


def slowest(cases: Mapping[str, str], run: Callable[[str], object]) -> tuple[float, str]:
    """Seconds taken by the slowest case, and its name: each case is run once, as the user would send it."""
    worst, worst_name = 0.0, ""
    for name, text in cases.items():
        t0 = time.perf_counter()
        run(text)
        elapsed = time.perf_counter() - t0
        if elapsed > worst:
            worst, worst_name = elapsed, name
    return worst, worst_name
