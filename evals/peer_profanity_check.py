"""Peer baseline: alt-profanity-check on the TweetEval offensive validation split, beside bedside's tone model.

A standalone script, run in a virtual environment of its own (the peer is never a bedside dependency):

    python3 -m venv /tmp/peer-venv
    /tmp/peer-venv/bin/pip install alt-profanity-check==1.9.1 scikit-learn
    /tmp/peer-venv/bin/python evals/peer_profanity_check.py ../shared/data

It prints the macro-F1 of ``profanity_check.predict`` on the 1,324 validation tweets and its speed.
Measured 2026-11-28: macro-F1 0.676, about 59,000 texts/s (bedside's tone model: 0.720).
"""

from __future__ import annotations

import importlib
import sys
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    data = Path(argv[1]) if len(argv) > 1 else Path("../shared/data")
    folder = data / "tweeteval" / "offensive"
    if not folder.exists():
        print(f"TweetEval offensive is absent: {folder}")
        return 0
    profanity_check = importlib.import_module("profanity_check")
    metrics = importlib.import_module("sklearn.metrics")
    texts = (folder / "val_text.txt").read_text("utf-8").splitlines()
    labels = [int(x) for x in (folder / "val_labels.txt").read_text("utf-8").split()]
    start = time.perf_counter()
    predicted = profanity_check.predict(texts)
    elapsed = time.perf_counter() - start
    macro = metrics.f1_score(labels, predicted, average="macro")
    print(f"alt-profanity-check on TweetEval offensive validation ({len(texts)}): macro-F1 {macro:.3f}")
    print(f"speed: {len(texts) / elapsed:,.0f} texts/s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
