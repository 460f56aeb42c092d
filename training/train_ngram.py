"""Train bedside's shipped n-gram models (#4): `make models` (needs `pip install -e '.[train]'`).

    python training/train_ngram.py tone   --data ../shared/data
    python training/train_ngram.py advice --data ../shared/data

`tone` writes src/bedside/models/data/tone.npz (weights, idf, bias) and tone.json (vocabulary and model
card). `advice` only reports: its figures (5-fold F1 0.73 on the project's replies) are below the bar
for shipping, so ADV001 stays pattern-based for now (issue #4). Features come from bedside.models.features, so training and inference see the same n-grams.
Deterministic: the vocabulary is sorted, the solver (lbfgs) is deterministic, no random state is used.

- tone: TweetEval offensive (OffensEval 2019 / OLID level A) train split, 11,916 tweets; reported on
  its validation split (1,324), which is never trained on.
- advice: Reddit advice sentences (Govindarajan et al. 2020, needadvice + askparents train splits)
  plus the project's own clinician replies (tests/data/advice_replies.jsonl); reported on the Reddit
  dev splits and by 5-fold cross-validation on the project's replies.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import math
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold

from bedside.models import features
from bedside.models.linear import SCHEMA

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "bedside" / "models" / "data"
MIN_DF = 2


def block(docs: Sequence[Counter[str]], vocab: dict[str, int], idf: np.ndarray[Any, Any]) -> csr_matrix:
    rows, cols, vals = [], [], []
    for r, grams in enumerate(docs):
        entries = [(vocab[g], (1.0 + math.log(n)) * idf[vocab[g]]) for g, n in grams.items() if g in vocab]
        norm = math.sqrt(sum(v * v for _, v in entries)) or 1.0
        for c, v in entries:
            rows.append(r)
            cols.append(c)
            vals.append(v / norm)
    return csr_matrix((vals, (rows, cols)), shape=(len(docs), len(vocab)))


class Featuriser:
    def __init__(self, texts: Sequence[str]) -> None:
        docs = [features.counts(t) for t in texts]
        n = len(docs)
        self.vocab: list[dict[str, int]] = []
        self.idf: list[np.ndarray[Any, Any]] = []
        for k in (0, 1):
            df: Counter[str] = Counter()
            for d in docs:
                df.update(d[k].keys())
            terms = sorted(t for t, c in df.items() if c >= MIN_DF)
            self.vocab.append({t: i for i, t in enumerate(terms)})
            self.idf.append(np.array([math.log((1 + n) / (1 + df[t])) + 1.0 for t in terms]))

    def transform(self, texts: Sequence[str]) -> csr_matrix:
        docs = [features.counts(t) for t in texts]
        return hstack([block([d[k] for d in docs], self.vocab[k], self.idf[k]) for k in (0, 1)], format="csr")


def fit(texts: Sequence[str], labels: Sequence[int], c: float) -> tuple[Featuriser, LogisticRegression]:
    feats = Featuriser(texts)
    model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
    model.fit(feats.transform(texts), np.array(labels))
    return feats, model


def write(name: str, feats: Featuriser, model: LogisticRegression, card: dict[str, Any]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    weights = model.coef_.reshape(-1).astype(np.float32)
    idf = np.concatenate(feats.idf).astype(np.float32)
    bias = np.array([model.intercept_[0]], dtype=np.float32)
    np.savez_compressed(OUT / f"{name}.npz", weights=weights, idf=idf, bias=bias)
    import sklearn

    card = {
        "schema": SCHEMA,
        "name": name,
        **card,
        "trained_with": {
            "scikit-learn": sklearn.__version__,
            "numpy": np.__version__,
            "python": sys.version.split()[0],
        },
        "features": "word 1-2-grams + char_wb 2-5-grams, sublinear tf-idf, L2 per block (bedside.models.features)",
        "vocabulary": {
            "words": sorted(feats.vocab[0], key=feats.vocab[0].__getitem__),
            "chars": sorted(feats.vocab[1], key=feats.vocab[1].__getitem__),
        },
    }
    (OUT / f"{name}.json").write_text(json.dumps(card, ensure_ascii=False, separators=(",", ":")), "utf-8")


def _lines(path: Path) -> list[str]:
    return path.read_text("utf-8").splitlines()


def _sha(paths: Sequence[Path]) -> str:
    h = hashlib.sha256()
    for p in paths:
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def train_tone(data: Path) -> None:
    base = data / "tweeteval" / "offensive"
    texts, labels = _lines(base / "train_text.txt"), [int(x) for x in _lines(base / "train_labels.txt")]
    val, val_y = _lines(base / "val_text.txt"), [int(x) for x in _lines(base / "val_labels.txt")]
    feats, model = fit(texts, labels, c=0.5)
    pred = (model.predict_proba(feats.transform(val))[:, 1] >= 0.5).astype(int)
    macro = float(f1_score(val_y, pred, average="macro"))
    print(f"tone: TweetEval offensive validation macro-F1 {macro:.4f} (n={len(val)})")
    write(
        "tone",
        feats,
        model,
        {
            "task": "offensive or uncivil language (positive class 1)",
            "threshold": 0.5,
            "trained_on": "TweetEval offensive train (11,916 tweets; OffensEval 2019, OLID level A)",
            "data_sha256_16": _sha([base / "train_text.txt", base / "train_labels.txt"]),
            "metrics": {"tweeteval_offensive_val_macro_f1": round(macro, 4)},
            "command": "python training/train_ngram.py tone --data ../shared/data",
        },
    )


def _reddit(path: Path) -> tuple[list[str], list[int]]:
    texts, labels = [], []
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            texts.append(row["Sentence"])
            labels.append(int(row["Majority_label"]))
    return texts, labels


def train_advice(data: Path) -> None:
    base = data / "reddit_advice_govindarajan2020"
    texts: list[str] = []
    labels: list[int] = []
    for sub in ("needadvice", "askparents"):
        t, y = _reddit(base / f"{sub}_train.tsv")
        texts += t
        labels += y
    own = [
        json.loads(line) for line in _lines(ROOT / "tests" / "data" / "advice_replies.jsonl") if line.strip()
    ]
    own_texts = [str(r["text"]) for r in own]
    own_y = [int(r["label"] == "advice") for r in own]
    # 5-fold cross-validation on the project's replies: the reddit sentences always train, one fold tests.
    folds = StratifiedKFold(n_splits=5, shuffle=False)
    predicted = np.zeros(len(own))
    for train_idx, test_idx in folds.split(own_texts, own_y):
        weight = [own_texts[i] for i in train_idx]
        f, m = fit(texts + weight, labels + [own_y[i] for i in train_idx], c=1.0)
        predicted[test_idx] = m.predict_proba(f.transform([own_texts[i] for i in test_idx]))[:, 1]
    cv_f1 = float(f1_score(own_y, (predicted >= 0.5).astype(int)))
    feats, model = fit(texts + own_texts, labels + own_y, c=1.0)
    report: dict[str, float] = {"own_replies_5fold_f1": round(cv_f1, 4)}
    for sub in ("needadvice", "askparents"):
        t, y = _reddit(base / f"{sub}_dev.tsv")
        pred = (model.predict_proba(feats.transform(t))[:, 1] >= 0.5).astype(int)
        report[f"reddit_{sub}_dev_f1"] = round(float(f1_score(y, pred)), 4)
    print(f"advice: {report} (not shipped: below the bar, see docs/models.md)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("model", choices=("tone", "advice"))
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"The training data is absent: {args.data} does not exist.", file=sys.stderr)
        return 2
    {"tone": train_tone, "advice": train_advice}[args.model](args.data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
