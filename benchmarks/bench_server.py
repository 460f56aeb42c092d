"""Load check of the web app (#5): p99 of POST /api/v1/check with 20 concurrent clients, and the server's memory.

Starts `bedside serve` in a subprocess on a free loopback port with a throwaway SQLite store, warms it,
then 20 client threads each send tweet-length drafts over their own keep-alive connection, twice:

- as 20 people typing: each client sends a check every 250 ms (the page debounces keystrokes by 120 ms),
  starting at random offsets, so requests sometimes collide as they would on a team server;
- flat out: each client sends its next request as soon as the last one is answered (saturation; latency
  is then the queue: 20 clients / throughput).

The load generator runs on the same 2 cores as the server. Aim: p99 <= 25 ms, RSS <= 250 MB.
"""

from __future__ import annotations

import http.client
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_check import make_posts
from timing import pct

CLIENTS = 20
PER_CLIENT = 150


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):  # the peak resident set, not the last
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    posts = make_posts(CLIENTS * PER_CLIENT)
    port = _free_port()
    with tempfile.TemporaryDirectory() as tmp:
        exe = str(Path(sys.executable).with_name("bedside"))
        server = subprocess.Popen(
            [exe, "serve", "--port", str(port), "--database", f"sqlite:///{tmp}/bench.sqlite3"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            for _ in range(200):
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                    break
                except OSError:
                    time.sleep(0.05)
            latencies: list[float] = []
            errors = 0
            lock = threading.Lock()

            def client(offset: int, count: int, record: bool, every: float = 0.0) -> None:
                nonlocal errors
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                mine: list[float] = []
                bad = 0
                start = time.perf_counter() + random.Random(offset).uniform(0, every)
                for i in range(count):
                    if every:
                        time.sleep(max(0.0, start + i * every - time.perf_counter()))
                    p = posts[(offset + i) % len(posts)]
                    body = json.dumps(
                        {"text": p["text"], "platform": p["platform"], "conflicts": p["conflicts"]}
                    )
                    t0 = time.perf_counter()
                    conn.request("POST", "/api/v1/check", body, {"Content-Type": "application/json"})
                    response = conn.getresponse()
                    response.read()
                    mine.append((time.perf_counter() - t0) * 1000)
                    bad += response.status != 200
                conn.close()
                if record:
                    with lock:
                        latencies.extend(mine)
                        errors += bad

            client(0, 200, record=False)  # warm-up: lazy resources load on first use
            figures = []
            scenarios = (
                ("20 people typing, a check every 250 ms each", 0.25, 60),
                ("flat out", 0.0, PER_CLIENT),
            )
            for label, every, count in scenarios:
                latencies.clear()
                errors = 0
                threads = [
                    threading.Thread(target=client, args=(n * count, count, True, every))
                    for n in range(CLIENTS)
                ]
                t0 = time.perf_counter()
                for t in threads:
                    t.start()
                for t in threads:
                    t.join()
                elapsed = time.perf_counter() - t0
                p99 = pct(latencies, 0.99)
                figures.append(
                    (
                        label,
                        statistics.median(latencies),
                        p99,
                        len(latencies) / elapsed,
                        errors,
                        len(latencies),
                    )
                )
            rss = _rss_mb(server.pid)
        finally:
            server.terminate()
            server.wait(timeout=10)
    for label, p50, p99, rate, bad, n in figures:
        print(
            f"server, {CLIENTS} clients, {label}: POST /api/v1/check p50 {p50:.1f} ms, p99 {p99:.1f} ms "
            f"(aim <= 25) over {n:,} requests, {rate:,.0f} requests/s, {bad} errors"
        )
    print(f"server peak RSS (VmHWM): {rss:.0f} MB (aim <= 250)")


if __name__ == "__main__":
    main()
