"""`make bench`: speed of reply triage (#6), in process and through `bedside triage`.

Generates 5,000 replies from templates (no data set text; seed 20261129), then measures:
- in-process p50 / p99 latency of `classify` per reply (patterns, tone model, reply models; warm),
- in-process `triage` throughput (classification, thread risk, actions and checked reply drafts),
- end-to-end CLI throughput for `bedside triage --format json` (process start, parse, triage, write),
- the slowest of a set of adversarial 20,000-character replies (the longest a reply may be).
"""

from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from timing import pct, slowest

from bedside.draft import Draft
from bedside.engine import Engine
from bedside.models.linear import NgramModel
from bedside.triage import ReplyModels, reply_from_dict, triage
from bedside.triage.classify import classify
from bedside.triage.reply import MAX_REPLY_CHARS

N = 5_000
PIECES = [
    "Thank you for sharing this, really helpful for our fellows.",
    "What was the median follow-up in that trial?",
    "The HR's confidence interval crosses 1, so I'd call this hypothesis-generating.",
    "Typical ivory-tower nonsense.",
    "Do your own research, the cure has been hidden for decades.",
    "You are a fraud and everyone knows it.",
    "Watch yourself in the car park tonight.",
    "Your kids still at the school on Elm Road?",
    "Earn 500 a day from home, DM me!",
    "My mum starts chemo next week, should she stop her vitamin D?",
    "Congratulations on the award, well deserved!",
    "Source? I could not find it in the abstract.",
]
HANDLES = ["@onc_jen", "@user83920184", "@truthseeker", "@rn_kofi", "@pharm_li", "@anon"]

ADVERSARIAL = {
    "spaces": "a " * (MAX_REPLY_CHARS // 2),
    "one word": "x" * MAX_REPLY_CHARS,
    "mentions": "@you " * (MAX_REPLY_CHARS // 5),
    "capitals": "Dr Hale " * (MAX_REPLY_CHARS // 8),
    "digits": "1234567890 " * (MAX_REPLY_CHARS // 11),
    "times": "at 7:30 every " * (MAX_REPLY_CHARS // 14),
    "places": "you park on Elm Road " * (MAX_REPLY_CHARS // 21),
    "threats": "watch yourself " * (MAX_REPLY_CHARS // 15),
    "emoji": "👨‍👩‍👧 " * (MAX_REPLY_CHARS // 9),
    "url": "https://" + "a" * (MAX_REPLY_CHARS - 8),
    "whitespace run": "I" + " " * (MAX_REPLY_CHARS - 3) + "am",
}


def make_replies(n: int) -> list[dict[str, object]]:
    rng = random.Random(20261129)
    out: list[dict[str, object]] = []
    for i in range(n):
        out.append(
            {
                "id": str(i),
                "text": " ".join(rng.sample(PIECES, rng.randint(1, 2))),
                "created_at": f"2026-11-29T{8 + i % 10:02d}:{i % 60:02d}:00Z",
                "in_reply_to": f"post{i // 12}",
                "author": {
                    "handle": rng.choice(HANDLES),
                    "followers": rng.randint(0, 5000),
                    "default_avatar": rng.random() < 0.3,
                    "account_age_days": rng.randint(1, 4000),
                },
            }
        )
    return out


def main() -> None:
    raw = make_replies(N)
    replies = [reply_from_dict(r) for r in raw]
    tone = NgramModel.load("tone")
    menace = ReplyModels.load()
    engine = Engine()
    engine.warm()
    for r in replies[:50]:
        classify(r, tone.score, None, menace)
    latencies = []
    for r in replies[:2000]:
        t0 = time.perf_counter()
        classify(r, tone.score, None, menace)
        latencies.append((time.perf_counter() - t0) * 1000)
    t0 = time.perf_counter()
    triage(
        replies,
        tone=tone.score,
        check_draft=lambda text: engine.check(Draft(text, "x", reply=True)).to_dict(),
        menace=menace,
    )
    batch = N / (time.perf_counter() - t0)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "replies.jsonl"
        path.write_text("\n".join(json.dumps(r) for r in raw) + "\n", "utf-8")
        exe = str(Path(sys.executable).with_name("bedside"))
        t0 = time.perf_counter()
        proc = subprocess.run(
            [exe, "triage", "--format", "json", str(path)], capture_output=True, check=False
        )
        cli = N / (time.perf_counter() - t0)
        assert proc.stdout.count(b"\n") == N, proc.stderr[-500:]
    print(f"replies: {N:,} generated (seed 20261129), {len(PIECES)} pieces, 1-2 per reply")
    print(
        f"classify per reply, in process: p50 {statistics.median(latencies):.2f} ms, p99 {pct(latencies, 0.99):.2f} ms"
    )
    print(f"triage in process (actions, thread risk, checked drafts): {batch:,.0f} replies/s")
    print(f"bedside triage --format json end to end: {cli:,.0f} replies/s (one process, start-up included)")
    worst, worst_name = slowest(
        ADVERSARIAL,
        lambda text: classify(
            reply_from_dict({"id": "x", "text": text[:MAX_REPLY_CHARS]}), tone.score, None, menace
        ),
    )
    print(
        f"worst {MAX_REPLY_CHARS:,}-character adversarial reply: {worst:.2f} s ({worst_name!r}; {len(ADVERSARIAL)} shapes)"
    )


if __name__ == "__main__":
    main()
