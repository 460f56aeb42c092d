"""`make eval`: per-category quality figures on the project's own labelled drafts and the public sets.

The public sets live in ../shared/data (never in this repository). Where they are absent this says so and
reports the project's own drafts only. Run: python evals/run_eval.py [--data DIR] [--verbose]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from bedside.draft import Draft
from bedside.engine import Engine
from bedside.findings import CheckResult, Severity
from bedside.settings import Conflict, Settings

HERE = Path(__file__).parent
CATEGORIES = ("privacy", "advice", "evidence", "disclosure", "tone", "self_exposure", "platform")


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)

    def add(self, expected: bool, predicted: bool, label: str = "") -> None:
        if expected and predicted:
            self.tp += 1
        elif predicted:
            self.fp += 1
            self.false_alarms.append(label)
        elif expected:
            self.fn += 1
            self.misses.append(label)
        else:
            self.tn += 1

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self, name: str) -> str:
        n = self.tp + self.fp + self.fn + self.tn
        return (
            f"  {name:<22} P {self.precision:5.3f}  R {self.recall:5.3f}  F1 {self.f1:5.3f}  "
            f"(tp {self.tp}, fp {self.fp}, fn {self.fn}, tn {self.tn}; n={n})"
        )


def flagged(result: CheckResult) -> set[str]:
    return {f.category.value for f in result.findings if f.severity is not Severity.INFO}


def own_drafts(engine: Engine, verbose: bool, name: str, title: str) -> None:
    path = HERE / name
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    scores = {c: Score() for c in CATEGORIES}
    clean = Score()
    for row in rows:
        settings = Settings(conflicts=tuple(Conflict(c) for c in row.get("conflicts", [])))
        result = engine.check(Draft(row["text"], row.get("platform", "x"), row.get("reply", False), settings))
        got = flagged(result)
        expected = set(row["expect"])
        for c in CATEGORIES:
            scores[c].add(c in expected, c in got, f"{row['id']}: {row['text'][:90]!r} -> {sorted(got)}")
        if not expected:
            clean.add(False, bool(got), f"{row['id']}: {row['text'][:90]!r} -> {sorted(got)}")
    print(f"\n{title} (evals/{name}, {len(rows)} drafts)")
    for c in CATEGORIES:
        print(scores[c].line(c))
    total = clean.fp + clean.tn
    print(f"  clean drafts with any warning or error: {clean.fp}/{total} ({clean.fp / max(total, 1):.1%})")
    if verbose:
        for c in CATEGORIES:
            for m in scores[c].misses:
                print(f"    MISS {c}: {m}")
            for m in scores[c].false_alarms:
                print(f"    FALSE {c}: {m}")


def _weatherhead(path: Path) -> Iterator[tuple[str, list[tuple[str, str]]]]:
    blocks = path.read_text("utf-8").split("===QUERY===")
    for block in blocks:
        if "===PHI_TAGS===" not in block:
            continue
        query, tags = block.split("===PHI_TAGS===", 1)
        values = []
        for raw in tags.strip().splitlines():
            line = raw.strip()
            if line.startswith("{"):
                tag = json.loads(line)
                values.append((tag["identifier_type"], tag["value"]))
        yield query.strip(), values


def _value_hit(result: CheckResult, text: str, value: str) -> bool:
    start = text.find(value)
    if start < 0:
        return False
    end = start + len(value)
    return any(
        f.category.value == "privacy" and f.start < end and start < f.end and f.severity is not Severity.INFO
        for f in result.findings
    )


def phi_sets(engine: Engine, data: Path, verbose: bool) -> None:
    path = data / "phi_clinical_queries_weatherhead2025" / "synthetic_dataset.txt"
    if path.exists():
        doc = Score()
        by_type: dict[str, Counter[str]] = {}
        negatives = Counter[str]()
        for text, values in _weatherhead(path):
            result = engine.check(Draft(text, "linkedin"))
            doc.add(bool(values), "privacy" in flagged(result), text[:100])
            if not values:
                negatives["n"] += 1
                negatives["error"] += any(
                    f.category.value == "privacy" and f.severity is Severity.ERROR for f in result.findings
                )
            for kind, value in values:
                c = by_type.setdefault(kind, Counter())
                c["n"] += 1
                c["hit"] += _value_hit(result, text, value)
        print("\nPHI clinical queries (Weatherhead 2025, development split)")
        print(doc.line("query has PHI"))
        total_hit = sum(c["hit"] for c in by_type.values())
        total_n = sum(c["n"] for c in by_type.values())
        print(
            f"    all identifier values            value recall {total_hit / total_n:5.3f} ({total_hit}/{total_n})"
        )
        for kind, c in sorted(by_type.items()):
            print(f"    {kind:<32} value recall {c['hit'] / c['n']:5.3f} ({c['hit']}/{c['n']})")
        print(
            "    peer (measured here, evals/peer_presidio.py): Presidio 2.2.366 with a blank spaCy pipeline (no model "
            "download) value recall 0.075 at score >= 0.35, 0.169 at any score; 0/167 negatives flagged"
        )
        for name in ("presidio_2.2.360", "aws_cm_t0.5"):
            base = path.parent / "baselines"
            pos, neg = base / f"{name}_positive.json", base / f"{name}_negative.json"
            if pos.exists():
                peer = json.loads(pos.read_text("utf-8"))
                extra = ""
                if neg.exists():
                    n = json.loads(neg.read_text("utf-8"))
                    if "queries_with_false_positives" in n:
                        extra = f"; {n['queries_with_false_positives']}/219 negatives given a false redaction"
                    elif "total_detected_entities" in n:
                        extra = f"; {n['total_detected_entities']} entities detected in the 219 negatives"
                print(
                    f"    peer (published, all 1,051 queries): {peer.get('model')} value recall "
                    f"{peer.get('recall', 0):.3f}{extra}"
                )
        rate = negatives["error"] / max(negatives["n"], 1)
        print(
            f"    hard negatives given an error-severity privacy finding: {negatives['error']}/{negatives['n']} ({rate:.1%})"
        )
        if verbose:
            for m in doc.misses[:40]:
                print(f"    MISS: {m}")
            for m in doc.false_alarms[:40]:
                print(f"    FALSE: {m}")
    else:
        print(f"\nPHI clinical queries: absent ({path})")
    seed = data / "phi_safeharbor_seed_deidgate" / "safeharbor_seed.jsonl"
    if seed.exists():
        counts: Counter[str] = Counter()
        for line in seed.read_text("utf-8").splitlines():
            row = json.loads(line)
            result = engine.check(Draft(row["text"], "facebook"))
            for phi in row.get("phi", []):
                counts["n"] += 1
                counts["hit"] += _value_hit(result, row["text"], phi["value"])
                if verbose and not _value_hit(result, row["text"], phi["value"]):
                    print(f"    MISS seed {phi['category']}: {phi['value']!r}")
        print(
            f"\nSafe Harbor seed notes: value recall {counts['hit'] / max(counts['n'], 1):.3f} ({counts['hit']}/{counts['n']})"
        )


def _tsv(path: Path) -> Iterable[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        yield from csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)


def advice_sets(engine: Engine, data: Path) -> None:
    folder = data / "reddit_advice_govindarajan2020"
    if not folder.exists():
        print(f"\nReddit advice: absent ({folder})")
        return
    for name in ("needadvice_dev.tsv", "askparents_dev.tsv"):
        score = Score()
        for row in _tsv(folder / name):
            result = engine.check(Draft(row["Sentence"], "x", reply=True))
            score.add(row["Majority_label"] == "1", "advice" in flagged(result))
        print(f"\nReddit advice sentences ({name}; general advice, not medical: a floor, not a target)")
        print(score.line("advice"))
    li = data / "health_advice_li2021" / "annotations_discussion.csv"
    if li.exists():
        rates: dict[str, Counter[str]] = {}
        with li.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                result = engine.check(Draft(row["sentence"], "x", reply=True))
                c = rates.setdefault(row["label"], Counter())
                c["n"] += 1
                c["flag"] += "advice" in flagged(result)
        print(
            "\nHealth advice in papers (Li 2021, eval only; 0 none, 1 weak, 2 strong): share flagged as advice"
        )
        for label, c in sorted(rates.items()):
            print(f"    label {label}: {c['flag'] / c['n']:.3f} ({c['flag']}/{c['n']})")


def tone_sets(engine: Engine, data: Path) -> None:
    folder = data / "tweeteval" / "offensive"
    if not folder.exists():
        print(f"\nTweetEval offensive: absent ({folder})")
        return
    texts = (folder / "val_text.txt").read_text("utf-8").splitlines()
    labels = (folder / "val_labels.txt").read_text("utf-8").split()
    pos, neg = Score(), Score()
    for text, label in zip(texts, labels, strict=True):
        result = engine.check(Draft(text, "x", reply=True))
        predicted = "tone" in flagged(result)
        pos.add(label == "1", predicted)
        neg.add(label == "0", not predicted)
    print(
        "\nTweetEval offensive (validation; bedside's tone rules as they run on replies, at their operating points)"
    )
    print(pos.line("offensive"))
    print(f"  macro-F1 {(pos.f1 + neg.f1) / 2:.3f}")
    from bedside.models.linear import NgramModel

    model = NgramModel.load("tone")
    m_pos, m_neg = Score(), Score()
    for text, label in zip(texts, labels, strict=True):
        hit = model.score(text) >= model.threshold
        m_pos.add(label == "1", hit)
        m_neg.add(label == "0", not hit)
    print(
        f"  the tone model alone at {model.threshold}: macro-F1 {(m_pos.f1 + m_neg.f1) / 2:.3f} "
        "(published on the test split: FastText 0.73, alt-profanity-check 0.73, RoBERTa 0.80; target 0.78)"
    )


def advice_set(engine: Engine, path: Path | None = None, title: str = "") -> None:
    """The project's own clinician replies to strangers (#4): specific advice or not.

    tests/data/advice_replies.jsonl (260) was used to tune ADV001; evals/advice_holdout.jsonl (160, written
    by a separate author who never saw the detector) is held out and never tuned on."""
    path = path or HERE.parent / "tests" / "data" / "advice_replies.jsonl"
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    score = Score()
    for row in rows:
        result = engine.check(Draft(row["text"], row["platform"], reply=True))
        score.add(row["label"] == "advice", "advice" in flagged(result), row["text"][:80])
    print(
        "\n"
        + (
            title
            or f"Own advice replies (tests/data/advice_replies.jsonl, {len(rows)}, tuned on; first run: "
            "P 0.97 R 0.50 F1 0.66; target F1 0.90)"
        )
    )
    print(score.line("advice"))


def tone_set(engine: Engine) -> None:
    """The project's own tone set (#4): oncology look-alikes must pass; uncivil replies should be caught."""
    path = HERE.parent / "tests" / "data" / "tone_posts.jsonl"
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    counts: dict[str, Counter[str]] = {}
    for row in rows:
        result = engine.check(Draft(row["text"], "x", reply=True))
        c = counts.setdefault(
            row["label"] + " " + (row["kind"] if row["label"] == "neutral" else ""), Counter()
        )
        c["n"] += 1
        c["flagged"] += "tone" in flagged(result)
    print(f"\nOwn tone set (tests/data/tone_posts.jsonl, {len(rows)} sentences, checked as replies)")
    for key, c in sorted(counts.items()):
        print(f"  {key.strip():<30} flagged {c['flagged']}/{c['n']}")


def privacy_set(engine: Engine, verbose: bool) -> None:
    """The project's own 260-post privacy set (#3), kept in the tests: risky flagged, safe flagged, by kind."""
    path = HERE.parent / "tests" / "data" / "privacy_posts.jsonl"
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    by_kind: dict[str, Counter[str]] = {}
    for row in rows:
        result = engine.check(Draft(row["text"], row["platform"], row["reply"]))
        hit = any(f.category.value == "privacy" and f.severity is not Severity.INFO for f in result.findings)
        c = by_kind.setdefault(("risky " if row["risky"] else "safe ") + row["kind"], Counter())
        c["n"] += 1
        c["flagged"] += hit
        if verbose and hit != row["risky"]:
            print(f"    {'MISS' if row['risky'] else 'FALSE'} {row['kind']}: {row['text'][:100]}")
    risky = [c for k, c in by_kind.items() if k.startswith("risky")]
    safe = [c for k, c in by_kind.items() if k.startswith("safe")]
    r_hit, r_n = sum(c["flagged"] for c in risky), sum(c["n"] for c in risky)
    s_hit, s_n = sum(c["flagged"] for c in safe), sum(c["n"] for c in safe)
    print(
        f"\nOwn privacy set (tests/data/privacy_posts.jsonl, {len(rows)} posts on 8 platforms; first run before "
        "tuning: 101/140 risky flagged, 11/120 safe flagged)"
    )
    print(f"  risky posts flagged {r_hit}/{r_n} ({r_hit / r_n:.1%}); target >= 90%")
    print(f"  safe posts flagged  {s_hit}/{s_n} ({s_hit / s_n:.1%}); target <= 10%")
    for kind, c in sorted(by_kind.items()):
        print(f"    {kind:<24} {c['flagged']}/{c['n']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=HERE.parent.parent / "shared" / "data")
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args(argv)
    engine = Engine()
    own_drafts(
        engine, args.verbose, "drafts.jsonl", "Own labelled drafts, development set (rules were tuned on it)"
    )
    own_drafts(
        engine,
        args.verbose,
        "holdout8.jsonl",
        "Own labelled drafts, eighth development set (a ninth author, 2026-11-28; its first run: privacy F1 0.87 "
        "(P 0.83, R 0.93), advice 0.77, evidence 0.63, disclosure 0.82, tone 0.49 (R 0.35), self_exposure 0.59 "
        "(R 0.42), 10/105 clean flagged; tuned on since)",
    )
    own_drafts(
        engine,
        args.verbose,
        "holdout7.jsonl",
        "Own labelled drafts, seventh development set (an eighth author, 2026-11-28; its first run: privacy F1 0.77 "
        "(P 0.70, R 0.84), advice 0.81, evidence 0.57, disclosure 0.59, tone 0.61, self_exposure 0.60, 12/100 clean "
        "flagged; tuned on since)",
    )
    own_drafts(
        engine,
        args.verbose,
        "holdout6.jsonl",
        "Own labelled drafts, sixth development set (a seventh author, 2026-11-28; its first run: privacy F1 0.86 "
        "(R 0.87), advice 0.95, evidence 0.76, disclosure 0.91, tone 0.70 (R 0.56), self_exposure 0.61 (R 0.44), "
        "8/100 clean flagged; tuned on since)",
    )
    own_drafts(
        engine,
        args.verbose,
        "holdout5.jsonl",
        "Own labelled drafts, fifth development set (a sixth author; its first run: privacy F1 0.80 (R 0.72), "
        "advice 0.88, evidence 0.80, disclosure 0.92, tone 0.65, self_exposure 0.84, 5/98 clean flagged; tuned on "
        "since)",
    )
    own_drafts(
        engine,
        args.verbose,
        "holdout4.jsonl",
        "Own labelled drafts, fourth development set (a fifth author; its first run 2026-11-27: privacy F1 0.82, "
        "tone 0.60, self_exposure 0.65; tuned on and trained on (PHI009) since 2026-11-28)",
    )
    own_drafts(
        engine,
        args.verbose,
        "holdout3.jsonl",
        "Own labelled drafts, third development set (written independently; its first run: privacy F1 0.80, advice 0.87, evidence 0.82, disclosure 0.97, tone 0.63, self_exposure 0.39, 7/116 clean flagged)",
    )
    own_drafts(
        engine,
        args.verbose,
        "holdout2.jsonl",
        "Own labelled drafts, second development set (written independently; its first run: privacy F1 0.73, advice 0.71, evidence 0.65, tone 0.73, self_exposure 0.53, 4/99 clean flagged)",
    )
    own_drafts(
        engine,
        args.verbose,
        "holdout.jsonl",
        "Own labelled drafts, first development set (written independently; its first run before tuning: privacy F1 0.79, advice 0.81, evidence 0.84, tone 0.69, self_exposure 0.38)",
    )
    privacy_set(engine, args.verbose)
    tone_set(engine)
    advice_set(engine)
    advice_set(
        engine,
        HERE / "advice_holdout.jsonl",
        "Own advice replies, holdout (evals/advice_holdout.jsonl, 160; never tuned on; first run 2026-11-28)",
    )
    triage_set(
        HERE.parent / "tests" / "data" / "triage_replies.jsonl",
        "Own triage replies, development set (tuned on)",
        args.verbose,
    )
    triage_set(
        HERE / "triage_holdout.jsonl",
        "Own triage replies, second development set (first run, before any tuning on it: accuracy 0.627, "
        "threat recall 0.25, doxxing recall 0.92)",
        args.verbose,
    )
    triage_set(
        HERE / "triage_holdout2.jsonl",
        "Own triage replies, third development set (a third author; never trained on; the reply models' "
        "bars were set on it in the third session; first run 2026-11-28, patterns only: accuracy 0.675, "
        "threat recall 0.57, doxxing recall 0.79; the reply models are trained on it since the sixth session: a check, not a measure)",
        args.verbose,
    )
    triage_set(
        HERE / "triage_holdout3.jsonl",
        "Own triage replies, fourth development set (a fourth author; never trained on; the reply models' "
        "bars were set on it in the third session; first run 2026-11-28, patterns only: accuracy 0.591, "
        "threat recall 0.32, doxxing recall 0.45; the reply models are trained on it since the sixth session: a check, not a measure)",
        args.verbose,
    )
    triage_set(
        HERE / "triage_holdout26.jsonl",
        "Own triage replies, twenty-seventh development set (a thirty-third author: English from a dozen countries, a "
        "third of its threats calm professional intimidation; written at the eleventh session's start and measured once "
        "near its end; never trained on; first run on the tenth session's triage: accuracy 0.910, threats 23/25 and "
        "doxxing 22/25 flagged, support, questions, disagreement and spam read as hostile 2/102; on the eleventh's: "
        "0.910, threats 23/25 and doxxing 22/25, 2/102, disagreement as harassment 0/30)",
        args.verbose,
    )
    triage_set(
        HERE / "triage_holdout27.jsonl",
        "Own triage replies, twenty-eighth development set (a thirty-fourth author: half English, half Spanish, "
        "Portuguese, French, Italian, German, Polish, Dutch, Turkish, Greek and Romanian; written and kept like the "
        "twenty-seventh; first run on the tenth session's triage: accuracy 0.845, threats 19/25 and doxxing 22/25 flagged, "
        "4/102; on the eleventh's: 0.875, threats 23/25 and doxxing 22/25, 3/102, 0/30)",
        args.verbose,
    )
    triage_set(
        HERE / "triage_holdout24.jsonl",
        "Own triage replies, twenty-fifth development set (a twenty-ninth author: English from a dozen countries, half "
        "its threats polite or bureaucratic; written at the tenth session's start and measured once at its end; "
        "trained on since the eleventh session; first run on the ninth session's triage: accuracy 0.920, threats 20/25 and doxxing 23/25 flagged, "
        "support, questions, disagreement and spam read as hostile 2/102; on the tenth's: 0.930, threats 20/25 and "
        "doxxing 25/25 flagged, 2/102, disagreement as harassment 0/30)",
        args.verbose,
    )
    triage_set(
        HERE / "triage_holdout25.jsonl",
        "Own triage replies, twenty-sixth development set (a thirtieth author: Spanish, Portuguese, French, Italian, "
        "German, Dutch, Polish, Romanian, Catalan, Tagalog, English; written and kept like the twenty-fifth; trained on since "
        "the eleventh session; first run on "
        "the ninth session's triage: accuracy 0.775, threats 17/25 and doxxing 16/25 flagged, 1/102; on the tenth's: "
        "0.815, threats 17/25 and doxxing 17/25, 1/102, 0/30; gates were then added on its misses: 0.840, 39/50, a check)",
        args.verbose,
    )
    triage_set(
        HERE / "triage_holdout22.jsonl",
        "Own triage replies, twenty-third development set (a twenty-seventh author: Spanish, Portuguese, French, Italian, "
        "German and English; written mid-ninth session and kept unread until measured at its end; trained on since the "
        "tenth session; first run on the eighth session's triage: accuracy 0.660, threats 10/25 and doxxing 13/25 flagged, "
        "support, questions, disagreement and spam read as hostile 2/102; on the ninth's: 0.950, threats 24/25 and doxxing 25/25 flagged, "
        "2/102, disagreement as harassment 0/30)",
        args.verbose,
    )
    triage_set(
        HERE / "triage_holdout23.jsonl",
        "Own triage replies, twenty-fourth development set (a twenty-eighth author: English from many countries and "
        "subcultures; written and kept like the twenty-third; trained on since the tenth session; first run on the eighth "
        "session's triage: accuracy 0.915, "
        "threats 23/25 and doxxing 23/25 flagged, 2/102; on the ninth's: 0.910, threats 22/25 and doxxing 24/25 "
        "flagged, 3/102, 0/30)",
        args.verbose,
    )
    triage_set(
        HERE / "triage_holdout20.jsonl",
        "Own triage replies, twenty-first development set (a twenty-fifth author, 60% Spanish and Portuguese, 15% "
        "Catalan, Galician, Italian, French, Romanian, Tagalog or Indonesian; first run on the eighth session's triage: "
        "accuracy 0.625, threats 5/25 and doxxing 11/25 flagged, 1/102; on the ninth session's reply models retrained "
        "on 29 authors, before any tuning on it: 0.860, threats 22/25 and doxxing 21/25, 2/102, disagreement as "
        "harassment 0/30; its misses then tuned the patterns, and the reply models are trained on it since: a check, "
        "not a measure)",
        args.verbose,
    )
    triage_set(
        HERE / "triage_holdout19.jsonl",
        "Own triage replies, twentieth development set (a twenty-fourth author: Spanish, Portuguese, French, Italian, "
        "German, and English from the US South and Midwest; first run on the eighth session's triage: accuracy 0.680, "
        "threats 9/25 and doxxing 17/25 flagged, 3/102; on the ninth session's retrained reply models, before any "
        "tuning on it: 0.900, threats 23/25 and doxxing 25/25, 3/102, disagreement as harassment 1/30; tuned and "
        "trained on since)",
        args.verbose,
    )
    triage_set(
        HERE / "triage_holdout21.jsonl",
        "Own triage replies, twenty-second development set (a twenty-sixth author: US and Canada, Pakistan, Malaysia, "
        "Jamaica; first run on the eighth session's triage: accuracy 0.910, threats 21/25 and doxxing 23/25 flagged, "
        "2/102; on the ninth session's retrained reply models, before any tuning on it: 0.920, threats 21/25 and "
        "doxxing 24/25, 1/102; tuned and trained on since)",
        args.verbose,
    )
    triage_set(
        HERE / "triage_holdout18.jsonl",
        "Own triage replies, nineteenth development set (a twenty-third author: the UK, Ireland, Australia, New "
        "Zealand, India, South Africa; first run on the eighth session's triage: accuracy 0.940, threats 22/25 and "
        "doxxing 24/25 flagged, 1/102; on the ninth session's retrained reply models, before any tuning on it: 0.950, "
        "threats 22/25 and doxxing 25/25, 1/102; tuned and trained on since)",
        args.verbose,
    )
    triage_set(
        HERE / "triage_holdout17.jsonl",
        "Own triage replies, eighteenth development set (a twenty-second author, half Spanish and Portuguese, half "
        "professional English, written near the end of the eighth session and kept unread until measured; "
        "trained on since the ninth session; first run on the seventh session's triage: accuracy 0.620, threats and doxxing flagged 27/50; "
        "first run on the eighth's: 0.700, threats 17/25 and doxxing 13/25 flagged, support, questions, disagreement "
        "and spam read as hostile 0/102, disagreement as harassment 0/30; its misses then tuned the patterns)",
        args.verbose,
    )
    triage_set(
        HERE / "triage_holdout16.jsonl",
        "Own triage replies, seventeenth development set (a twenty-first author, rural US and Canada, written near "
        "the end of the eighth session and kept unread until measured; trained on since the ninth session; first run on the seventh "
        "session's triage: accuracy 0.880, threats and doxxing flagged 44/50, 5/102 benign read as hostile; on the "
        "eighth's: the same, threats 23/25 and doxxing 21/25; its misses then tuned the patterns)",
        args.verbose,
    )
    triage_set(
        HERE / "triage_holdout15.jsonl",
        "Own triage replies, sixteenth development set (a twentieth author, TikTok, Instagram and LinkedIn voices, a "
        "fifth in other languages; trained on since the ninth session; first run on the seventh session's triage: accuracy 0.840, "
        "threats 18/25 and doxxing 18/25 flagged, 1/102 benign read as hostile; on the eighth's, mid-session: 0.855, "
        "38/50, 1/102; its misses then tuned the patterns)",
        args.verbose,
    )
    triage_set(
        HERE / "triage_holdout14.jsonl",
        "Own triage replies, fifteenth development set (a nineteenth author, West and East Africa and the "
        "Caribbean; trained on since the ninth session; first run on the seventh session's triage: accuracy 0.920, threats 19/25 and "
        "doxxing 23/25 flagged, 1/102 benign read as hostile; on the eighth's, mid-session: 0.940, 44/50, 1/102; its "
        "misses then tuned the patterns)",
        args.verbose,
    )
    triage_set(
        HERE / "triage_holdout12.jsonl",
        "Own triage replies, thirteenth development set (a seventeenth author, US South and Midwest, Australia and "
        "New Zealand, written at the start of the seventh session and kept unread through it; never trained or tuned "
        "on; first run on the sixth session's triage: accuracy 0.875, threats and doxxing flagged 33/40, support, "
        "questions, disagreement and spam read as hostile 1/110, disagreement as harassment 0/30; first run on the "
        "seventh session's triage, at its end: 0.900, threats 16/20 and doxxing 17/20 flagged, 1/110, 0/30; its "
        "misses then tuned the patterns; the reply models are trained on it since the eighth session: a check, not a measure)",
        args.verbose,
    )
    triage_set(
        HERE / "triage_holdout13.jsonl",
        "Own triage replies, fourteenth development set (an eighteenth author, South Asia, the Gulf, Scotland, Wales, "
        "Ireland and Canada, written at the start of the seventh session and kept unread through it; never trained "
        "or tuned on; first run on the sixth session's triage: accuracy 0.905, threats and doxxing flagged 36/40, "
        "support, questions, disagreement and spam read as hostile 1/110, disagreement as harassment 0/30; first run "
        "on the seventh session's triage, at its end: 0.940, threats 19/20 and doxxing 20/20 flagged, 1/110, "
        "0/30; the seventeenth author's misses then tuned the patterns; the reply models are trained on it since "
        "the eighth session: a check, not a measure)",
        args.verbose,
    )
    triage_set(
        HERE / "triage_holdout11.jsonl",
        "Own triage replies, twelfth development set (a sixteenth author, written at the very end of the sixth "
        "session; never trained or tuned on; first run on the sixth session's triage: accuracy 0.885, threats 17/20 "
        "and doxxing 20/20 flagged, support, questions, disagreement and spam read as hostile 3/110, disagreement as "
        "harassment 0/30; the fifth session's triage on it: 0.780, 34/40, 4/110; the reply models are trained on it since the seventh session: a check, not a measure)",
        args.verbose,
    )
    triage_set(
        HERE / "triage_holdout10.jsonl",
        "Own triage replies, eleventh development set (a fifteenth author, written at the end of the sixth session; "
        "never trained or tuned on; first run on the sixth session's triage: accuracy 0.854, threats and doxxing "
        "flagged 39/50, support, questions, disagreement and spam read as hostile 2/125, disagreement as harassment "
        "0/35; the fifth session's triage on it: 0.767, 36/50; its misses then tuned the third-person map patterns; the reply models are trained on it since the seventh session: a check, not a measure)",
        args.verbose,
    )
    triage_set(
        HERE / "triage_holdout9.jsonl",
        "Own triage replies, tenth development set (a thirteenth author, 2026-11-29, written while the sixth session "
        "began and kept unread through it; never trained or tuned on; first run on the fifth session's triage: "
        "accuracy 0.771, threats and doxxing flagged 41/50, support, questions, disagreement and spam read as hostile "
        "3/125, disagreement as harassment 0/35; first run on the sixth session's triage, at its end: 0.900, 45/50, "
        "1/125, 0/35; its misses then tuned the third-person map patterns; the reply models are trained on it since the seventh session: a check, not a measure)",
        args.verbose,
    )
    triage_set(
        HERE / "triage_holdout8.jsonl",
        "Own triage replies, ninth development set (a twelfth author, 2026-11-29; never trained on; first run on the "
        "fifth session's triage: accuracy 0.804, threats and doxxing flagged 44/50, support, questions, disagreement "
        "and spam read as hostile 2/125, disagreement as harassment 0/35; its misses tuned the sixth session's "
        "patterns; the reply models are trained on it since the seventh session: a check, not a measure)",
        args.verbose,
    )
    triage_set(
        HERE / "triage_holdout7.jsonl",
        "Own triage replies, eighth development set (an eleventh author, written after the fifth session's triage "
        "work, 2026-11-28; never trained on; first run, before any tuning on it: accuracy 0.750, threats 19/25 and "
        "doxxing 20/25 flagged as a threat or doxxing, support, questions, disagreement and spam read as hostile "
        "2/125, disagreement as harassment 0/35; the reply models are trained on it since the sixth session: a check, not a measure)",
        args.verbose,
    )
    triage_set(
        HERE / "triage_boundary.jsonl",
        "Own triage replies, boundary set (400 replies around label boundaries by a tenth author, 2026-11-28; "
        "never trained on; first run, before any tuning on it: accuracy 0.845, threats and doxxing flagged 65/80, "
        "support, questions, disagreement and spam read as hostile 1/185; tuned on since; the reply models are trained on it since the sixth session: a check, not a measure)",
        args.verbose,
    )
    triage_set(
        HERE / "triage_holdout6.jsonl",
        "Own triage replies, seventh development set (a ninth author, 2026-11-28; never trained on; first run, before "
        "any tuning on it: accuracy 0.850, threats 24/25 and doxxing 21/25 flagged as a threat or doxxing, support, "
        "questions, disagreement and spam read as hostile 1/125, disagreement as harassment 0/35; tuned on since; the reply models are trained on it since the sixth session: a check, not a measure)",
        args.verbose,
    )
    triage_set(
        HERE / "triage_holdout5.jsonl",
        "Own triage replies, sixth development set (an eighth author, 2026-11-28; never trained on; first run, before "
        "any tuning on it: accuracy 0.846, threats 22/25 and doxxing 23/25 flagged, support, questions, disagreement "
        "and spam read as hostile 2/125, disagreement as harassment 0/35; the reply models are trained on it since the sixth session: a check, not a measure)",
        args.verbose,
    )
    triage_set(
        HERE / "triage_holdout4.jsonl",
        "Own triage replies, fifth development set (a seventh author; never trained on; first run, before any "
        "tuning on it: accuracy 0.846, threats and doxxing flagged 44/50, support, questions, disagreement and spam "
        "read as hostile 5/125; the reply models are trained on it since the sixth session: a check, not a measure)",
        args.verbose,
    )
    for name in (
        "triage_train_a.jsonl",
        "triage_train_c.jsonl",
        "triage_train_d.jsonl",
        "triage_train_e.jsonl",
        "triage_train_f.jsonl",
        "triage_train_g.jsonl",
        "triage_train_h.jsonl",
        "triage_train_i.jsonl",
        "triage_train_j.jsonl",
    ):
        triage_set(
            HERE.parent / "tests" / "data" / name,
            "Own triage replies written to train the reply models (training data: read as a check, not a "
            "measure; before they were trained on: triage_train_c.jsonl accuracy 0.755, threats and doxxing "
            "flagged 60/70; triage_train_d.jsonl 0.802, 59/70; triage_train_e.jsonl, written around veiled threats "
            "and warm doxxing, 0.748, 125/160; sixth session: triage_train_f.jsonl 0.735, 92/115, triage_train_g.jsonl "
            "0.780, 82/95, triage_train_h.jsonl 0.715, 71/95; seventh session: triage_train_i.jsonl 0.887, 121/130, "
            "triage_train_j.jsonl 0.828, 104/130)",
            args.verbose,
        )
    data: Path = args.data
    if not data.exists():
        print(
            f"\nThe public data sets are absent: {data} does not exist. Only the project's own drafts were scored."
        )
        return 0
    phi_sets(engine, data, args.verbose)
    advice_sets(engine, data)
    tone_sets(engine, data)
    targeted_insult(data)
    return 0


# The threads each set's author wrote to escalate (from their notes on the set).
ESCALATING_THREADS = {"triage_replies.jsonl": {"t03", "t05", "t09", "t14", "t17", "t22"}}


def triage_set(path: Path, title: str, verbose: bool = False) -> None:
    """The project's labelled replies to clinicians (#6): label accuracy, threat and doxxing recall,
    disagreement read as harassment, patient questions found, thread risk of the threads that turn bad."""
    from bedside.models.linear import NgramModel
    from bedside.triage import ReplyModels, reply_from_dict, triage

    if not path.exists():
        print(f"\n{title}: absent ({path})")
        return
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    replies = [reply_from_dict(r, r["id"]) for r in rows]
    results = triage(replies, tone=NgramModel.load("tone").score, menace=ReplyModels.load())
    gold = [r["label"] for r in rows]
    got = [t.classification.label for t in results]
    n = len(rows)
    correct = sum(g == p for g, p in zip(gold, got, strict=True))
    print(f"\n{title} ({path.name}, {n} replies)")
    print(f"  label accuracy {correct / n:.3f} ({correct}/{n}; target 0.85)")
    for name in ("threat", "doxxing"):
        total = gold.count(name)
        found = sum(g == name and p in ("threat", "doxxing") for g, p in zip(gold, got, strict=True))
        exact = sum(g == name and p == name for g, p in zip(gold, got, strict=True))
        if total:
            print(
                f"  {name} recall {found / total:.3f} ({found}/{total} flagged as threat or doxxing, {exact} as {name}; target 0.95)"
            )
    dis = [p for g, p in zip(gold, got, strict=True) if g == "disagreement"]
    if dis:
        harsh = sum(p == "harassment" for p in dis)
        hostile = sum(p in ("harassment", "threat", "doxxing", "trolling", "incivility") for p in dis)
        print(
            f"  disagreement labelled harassment {harsh}/{len(dis)} ({harsh / len(dis):.1%}; target <= 5%); any hostile label {hostile}/{len(dis)}"
        )
    pq = [r.get("patient_question", False) for r in rows]
    if any(pq):
        hit = sum(bool(q) and t.classification.patient_question for q, t in zip(pq, results, strict=True))
        false = sum(not q and t.classification.patient_question for q, t in zip(pq, results, strict=True))
        print(f"  patients' questions found {hit}/{sum(pq)}; marked wrongly {false}/{n - sum(pq)}")
    benign = [
        p for g, p in zip(gold, got, strict=True) if g in ("support", "question", "disagreement", "spam")
    ]
    if benign:
        hostile_benign = sum(
            p in ("harassment", "threat", "doxxing", "trolling", "incivility") for p in benign
        )
        print(f"  support, questions, disagreement and spam read as hostile {hostile_benign}/{len(benign)}")
    confusion: dict[tuple[str, str], int] = Counter(zip(gold, got, strict=True))
    labels = sorted(set(gold))
    print("  per label (recall): " + ", ".join(f"{g} {confusion[(g, g)]}/{gold.count(g)}" for g in labels))
    escalating = ESCALATING_THREADS.get(path.name)
    if escalating:
        levels = {t.thread.thread: t.thread.level for t in results if t.thread is not None}
        by_thread = {r["in_reply_to"]: r["thread"] for r in rows if r.get("in_reply_to")}
        high_bad = sum(levels.get(p) == "high" for p, t in by_thread.items() if t in escalating)
        high_calm = sum(levels.get(p) == "high" for p, t in by_thread.items() if t not in escalating)
        print(
            f"  thread risk: threads that turn bad scored high {high_bad}/{len(escalating)}; "
            f"other threads scored high {high_calm}/{len(by_thread) - len(escalating)}"
        )
    if verbose:
        for r, g, p in zip(rows, gold, got, strict=True):
            if g != p:
                print(f"    {g:>12} -> {p:<12} {r['text'][:110]}")


def targeted_insult(data: Path) -> None:
    """OLID level B with 5-fold cross-validation (#6): needs the training extras (make models)."""
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print(
            "\nOLID targeted insult (level B): needs scikit-learn (`make models` installs it); measured 2026-11-28: 5-fold macro-F1 0.612"
        )
        return
    import subprocess
    import sys

    subprocess.run(
        [sys.executable, str(HERE.parent / "training" / "train_ngram.py"), "targeted", "--data", str(data)],
        check=False,
    )


if __name__ == "__main__":
    sys.exit(main())
