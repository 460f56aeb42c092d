"""History audit speed (#7): generated 100,000-post archives (X zip, Mastodon zip, Bluesky repo.car), audited
end to end with `bedside audit` on all cores, parse included; peak memory of the run (aim: >= 100,000 posts in
<= 30 s on 2 cores, memory flat in archive size). Run with `make bench`."""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.bench_check import PIECES
from tests.archive_builders import ACTOR, bluesky_car, mastodon_outbox, public_note, x_archive

N = 100_000


def texts(n: int) -> list[str]:
    rng = random.Random(20261128)
    return [" ".join(rng.sample(PIECES, rng.randint(1, 3))) for _ in range(n)]


def build(kind: str, folder: Path, n: int) -> Path:
    body = texts(n)
    if kind == "x":
        tweets = [
            {
                "tweet": {
                    "id_str": str(10_000 + i),
                    "full_text": t,
                    "created_at": "Fri Mar 03 10:00:00 +0000 2023",
                }
            }
            for i, t in enumerate(body)
        ]
        return x_archive(folder / "x.zip", tweets)
    if kind == "mastodon":
        import zipfile

        items = [public_note(i, f"<p>{t}</p>") for i, t in enumerate(body)]
        path = folder / "mastodon.zip"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("outbox.json", mastodon_outbox(items))
            z.writestr("actor.json", json.dumps({"id": ACTOR, "preferredUsername": "drjane"}))
        return path
    return bluesky_car(folder / "repo.car", [{"text": t, "createdAt": "2024-01-01T00:00:00Z"} for t in body])


def main() -> None:
    if len(sys.argv) == 5 and sys.argv[1] == "--build":
        build(sys.argv[2], Path(sys.argv[3]), int(sys.argv[4]))
        return
    n = int(sys.argv[1]) if len(sys.argv) > 1 else N
    exe = str(Path(sys.executable).with_name("bedside"))
    for kind in ("x", "mastodon", "bluesky"):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            # built in a child process: a forked audit would otherwise count this process's memory as its own
            subprocess.run([sys.executable, __file__, "--build", kind, str(folder), str(n)], check=True)
            path = next(p for p in folder.iterdir() if p.suffix in (".zip", ".car"))
            t0 = time.perf_counter()
            proc = subprocess.Popen(
                [
                    exe,
                    "audit",
                    "--database",
                    f"sqlite:///{folder / 'a.sqlite3'}",
                    "--format",
                    "json",
                    "--out",
                    str(folder / "report.json"),
                    str(path),
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
            _, status, usage = os.wait4(proc.pid, 0)  # the audit process itself (its workers hold the engine)
            proc.returncode = os.waitstatus_to_exitcode(status)
            elapsed = time.perf_counter() - t0
            peak = usage.ru_maxrss / 1024
            ok = proc.returncode in (0, 1)
            # the count from the report's head (parsing a 100 MB report here would inflate the next child's
            # measured memory: a forked child starts as a copy of this process)
            with (folder / "report.json").open(encoding="utf-8") as fh:
                head = fh.read(4096)
            found = re.search(r'"items": (\d+)', head)
            items = int(found.group(1)) if ok and found else 0
            print(
                f"audit {kind}: {items:,} items in {elapsed:.1f} s ({items / elapsed:,.0f} items/s, aim >= 3,333/s), "
                f"archive {path.stat().st_size / 1e6:.1f} MB, peak RSS of the audit process {peak:.0f} MB (each of its workers holds an engine)"
                + ("" if ok else f"; FAILED: {(proc.stderr.read() if proc.stderr else b'').decode()[-300:]}")
            )


if __name__ == "__main__":
    main()
