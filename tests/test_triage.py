"""Triage of incoming replies (#6): labels with reasons, thread risk, the 5 R's, evidence, interfaces."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from bedside.cli import main
from bedside.models.linear import NgramModel
from bedside.store import Evidence
from bedside.triage import Author, Reply, ReplyError, by_urgency, keyed_hash, reply_from_dict, triage
from bedside.triage.actions import PLATFORM_STEPS, recommend
from bedside.triage.classify import classify
from bedside.triage.labels import LABELS
from bedside.triage.report import ReportInput, report_html, report_pdf

ANON = Author("@user83920173", "", "", followers=2, default_avatar=True, account_age_days=3)
NAMED = Author(
    "@drmaria",
    "Maria Lopez",
    "Breast surgeon. Views my own.",
    followers=4_000,
    default_avatar=False,
    account_age_days=2_000,
)
TONE = NgramModel.load("tone").score


def label(text: str, author: Author = NAMED) -> str:
    return classify(Reply("1", text, author), TONE).label


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I know where you work. See you in the parking lot.", "threat"),
        ("People like you end up regretting posts like this. Watch your back.", "threat"),
        ("Your kids go to Maple Grove Elementary, right? Cute family.", "doxxing"),
        ("Posted your home address in the group chat, 1142 Birchwood Lane. Enjoy.", "doxxing"),
        ("Everyone report this quack, she should be struck off", "harassment"),
        ("Go back to the kitchen sweetheart, leave the science to real doctors", "harassment"),
        ("Big pharma shill says what? 🤡 do your own research", "trolling"),
        ("lol ok boomer doc, imagine trusting the science", "trolling"),
        ("What a dumb take. Did you even read the paper?", "incivility"),
        (
            "I think you're overstating the OS benefit; the control arm was underdosed (see the supplement). "
            "Happy to be shown otherwise.",
            "disagreement",
        ),
        (
            "That trial design is garbage: crossover was 60% and the HR for OS crossed 1. I'm not convinced.",
            "disagreement",
        ),
        ("Does this apply to the adjuvant setting as well?", "question"),
        ("Thank you for this thread, so helpful 🙏", "support"),
        ("Earn $500 a day with crypto!! DM me for details", "spam"),
    ],
)
def test_each_kind_of_reply(text: str, expected: str) -> None:
    assert label(text) == expected


def test_the_author_alone_never_makes_a_polite_reply_hostile() -> None:
    for text in (
        "Thank you, this helped my family understand the options.",
        "Does the benefit hold in patients over 75?",
        "I read the subgroup differently: the CI is wide and crosses 1.",
    ):
        assert label(text, ANON) == label(text, NAMED)
        assert label(text, ANON) not in ("harassment", "threat", "doxxing", "trolling", "incivility")


@pytest.mark.parametrize(
    "text",
    [
        "See you soon doc! Thanks for everything",
        "See you at your talk tomorrow, cannot wait!",
        "Hope you and your family have a restful holiday",
        "Watch out for the new guideline next month, it changes a lot",
        "I learned the hard way to always ask for copies of my scans.",
        "My mom lives in Ohio; should she ask her oncologist about a second opinion?",
        "One day you'll be the mentor everyone remembers.",
        "Love the new profile pic!",
        "Why do they weigh me at every chemo visit?",
        "Natural killer cells are fascinating, thanks for the thread",
        "Great talk at ASCO. I'll see you at the poster session?",
        "Careful now, that subgroup analysis is exploratory",
        "Accidents happen in trial design too",
        "My husband is Daniel and he was treated by your team, thank you",
        "Nice house you all built for patients at the new center",
        "My email is jane.doe@gmail.com if you want to reach out about the study",
        "My son goes to Lincoln High and wants to be an oncologist",
        "I'll be here every week reading these",
        "That pile-on of side effects was brutal, thanks for explaining",
        "I'll see you at the clinic on Tuesday for my scan",
        "Those bullet points were so clear",
        "Husband is in his 3rd week of radiation and I'm running on fumes as his caregiver.",
        "Bless you, honey. You sat with my mum on the night shift when she couldn't sleep.",
        "Thank you for addressing the 'turbo cancer' claims head-on, I hear them every week in clinic.",
        "Grazie dottore, i dati di sopravvivenza dei pazienti anziani erano chiarissimi.",
        "Exactly this. We need more of these threads.",
        # a review's look-alikes of the ninth session's new shapes
        "Congratulations Dr Lane! Always remember who opened the doors for you, and hold them open for the next ones.",
        "Congrats on the chair! Your kindness was noticed, and remembered.",
        "Parabéns doutora! Acontecem boas coisas a quem trabalha com amor.",
        "Congrats! Get your passport renewed before they stop you at the border, haha.",
        "Yes, exactly.",
    ],
)
def test_friendly_replies_that_look_like_threats_are_not(text: str) -> None:
    assert label(text) not in ("threat", "doxxing", "harassment", "trolling", "incivility", "spam")


@pytest.mark.parametrize(
    "text",
    [
        "Hope someone puts a stop to you permanently",
        "You'd look good in a body bag",
        "She lives at 22 Oakwood, anyone nearby should pay a visit",
        "You better hope nobody recognises you at the conference",
        "Found her daughter's volleyball team page. Do with it what you want.",
    ],
)
def test_threats_and_exposure_in_words_of_a_reviewer_are_caught(text: str) -> None:
    assert label(text) in ("threat", "doxxing")


def test_reasons_quote_the_words_and_the_author_signals() -> None:
    c = classify(Reply("1", "I know where you work. Watch your back.", ANON), TONE)
    assert c.label == "threat"
    assert any("I know where you work" in r for r in c.reasons)
    assert any("default avatar" in r and "new account" in r for r in c.reasons)


def test_a_patients_question_and_an_own_patient_come_first_after_threats() -> None:
    secret = b"k" * 32
    own = {keyed_hash(secret, "@pat_r")}
    replies = [
        Reply("a", "Thank you!", NAMED),
        Reply(
            "b",
            "My husband's PSA went up to 4.1, should he stop the bicalutamide?",
            Author("@kim_w", "Kim W"),
        ),
        Reply("c", "Hi doc, is the rash normal after my second cycle?", Author("@Pat_R", "Pat R")),
        Reply("d", "I know where you live", ANON),
    ]
    results = by_urgency(triage(replies, tone=TONE, is_own_patient=lambda h: keyed_hash(secret, h) in own))
    assert [r.reply.id for r in results][:3] == ["d", "b", "c"] or [r.reply.id for r in results][:3] == [
        "d",
        "c",
        "b",
    ]
    by_id = {r.reply.id: r for r in results}
    assert by_id["b"].classification.patient_question
    assert by_id["b"].recommendation.action == "redirect"
    assert "not my patient" in (by_id["b"].recommendation.draft or "")
    assert by_id["c"].classification.own_patient
    assert "portal" in (by_id["c"].recommendation.draft or "")


def test_every_label_has_an_action_with_its_rationale() -> None:
    for name in LABELS:
        c = classify(Reply("1", "x", NAMED), None)
        rec = recommend(type(c)(name, (), False, False, 0.0, c.signals))
        assert rec.action in ("respond", "clarify", "redirect", "ignore", "mute", "block", "report")
        assert rec.rationale
        assert rec.log_evidence == (name in ("threat", "doxxing", "harassment"))


def test_every_platform_has_steps_for_mute_block_report_and_privacy() -> None:
    assert set(PLATFORM_STEPS) == {
        "x",
        "bluesky",
        "mastodon",
        "threads",
        "linkedin",
        "facebook",
        "instagram",
        "tiktok",
    }
    for steps in PLATFORM_STEPS.values():
        assert set(steps) == {"mute", "block", "report", "privacy"}


def _thread(texts: list[str], gap: timedelta, author: Author) -> list[Reply]:
    start = datetime(2026, 3, 1, 12, tzinfo=UTC)
    return [Reply(str(i), t, author, start + i * gap, "p1") for i, t in enumerate(texts)]


def test_a_thread_turning_bad_is_high_risk_and_a_calm_one_is_low() -> None:
    bad = _thread(
        [
            "Interesting, but I'm not sure the data support this.",
            "lol ok boomer doc",
            "Big pharma shill 🤡",
            "What a dumb take, did you even read it?",
            "Everyone report this quack",
            "I know where you work",
        ],
        timedelta(minutes=1),
        ANON,
    )
    calm = _thread(
        ["Thank you!", "Does this apply to stage II?", "Great summary 🙏"], timedelta(hours=3), NAMED
    )
    risky = triage(bad, tone=TONE)[0].thread
    quiet = triage(calm, tone=TONE)[0].thread
    assert risky is not None
    assert quiet is not None
    assert risky.level == "high"
    assert "Step away" in risky.advice
    assert any("5 minutes" in r for r in risky.reasons)
    assert any("escalating" in r for r in risky.reasons)
    assert quiet.level == "low"


def test_drafts_are_checked_by_bedside() -> None:
    seen: list[str] = []

    def check(text: str) -> dict[str, Any]:
        seen.append(text)
        return {"findings": [{"code": "ADV001", "message": "m", "severity": "error"}]}

    results = triage(
        [Reply("1", "I think the HR is overstated, see the supplement.", NAMED)], tone=TONE, check_draft=check
    )
    out = results[0].to_dict()
    assert seen == [out["draft"]]
    assert out["draft_check"]["ready"] is False


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("text only", "expected an object"),
        ({"id": "1"}, "text must be"),
        ({"id": "1", "text": "x" * 20_001}, "over 20,000"),
        ({"id": "1", "text": "hi", "created_at": "yesterday"}, "not an ISO 8601"),
        ({"id": "1", "text": "hi", "author": {"followers": -3}}, "followers"),
        ({"id": "1", "text": "hi", "author": {"default_avatar": "yes"}}, "default_avatar"),
        ({"id": True, "text": "hi"}, "id must be"),
    ],
)
def test_malformed_replies_are_clear_errors(data: object, message: str) -> None:
    with pytest.raises(ReplyError, match=message):
        reply_from_dict(data)


def test_the_evidence_report_in_html_and_pdf() -> None:
    entries = [
        Evidence(
            1,
            "2026-03-01T12:05:00Z",
            "x",
            "r9",
            "threat",
            "@anon1",
            "",
            "I know where you work <script>",
            "2026-03-01T12:00:00Z",
            "https://x.com/anon1/status/9",
            "reported",
        ),
        Evidence(
            2,
            "2026-03-01T12:06:00Z",
            "bluesky",
            "r10",
            "doxxing",
            "@b.bsky.social",
            "B",
            "ваш адрес 👀",
            "",
            "",
            "",
        ),
    ]
    data = ReportInput(
        entries, "Dr Ana Ortiz", ["Lakeside security desk: 555-0100"], datetime(2026, 3, 2, tzinfo=UTC)
    )
    page = report_html(data)
    assert "&lt;script&gt;" in page
    assert "<script>" not in page
    assert "Lakeside security desk" in page
    assert "ваш адрес 👀" in page
    assert "2026-03-02" in page
    pdf = report_pdf(data)
    assert pdf.startswith(b"%PDF-")
    assert len(pdf) > 1_000


def test_the_cli_triages_a_file(tmp_path: Path) -> None:
    path = tmp_path / "replies.jsonl"
    rows = [
        {"id": "1", "text": "Thank you!", "author": {"handle": "@a"}},
        {
            "id": "2",
            "text": "I know where you live",
            "in_reply_to": "p1",
            "author": {"handle": "@user999111"},
        },
        {"id": "3", "text": "My mom's CEA is 12, should she stop chemo?", "author": {"handle": "@pat"}},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", "utf-8")
    result = CliRunner().invoke(main, ["triage", "--format", "json", "--patient", "@PAT", str(path)])
    assert result.exit_code == 1  # a threat
    out = [json.loads(line) for line in result.output.splitlines()]
    assert [o["id"] for o in out] == ["1", "2", "3"]
    assert all(o["schema"] == "bedside.triage/1" for o in out)
    assert out[1]["label"] == "threat"
    assert out[1]["thread_risk"]["thread"] == "p1"
    assert out[2]["own_patient"] is True
    text = CliRunner().invoke(main, ["triage", str(path)])
    assert text.output.index("THREAT") < text.output.index("SUPPORT")


def test_the_cli_reports_bad_lines_and_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "replies.jsonl"
    path.write_text('{"id": "1", "text": "Thanks!"}\nnot json\n{"id": "3"}\n', "utf-8")
    result = CliRunner().invoke(main, ["triage", "--format", "json", str(path)])
    assert result.exit_code == 2
    assert "replies.jsonl:2: not valid JSON" in result.output
    assert "replies.jsonl:3: text must be" in result.output
    assert '"id": "1"' in result.output


def _rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


DATA = Path(__file__).parent / "data"


def test_the_projects_triage_set_meets_the_issues_targets() -> None:
    rows = _rows(DATA / "triage_replies.jsonl")
    results = triage([reply_from_dict(r, r["id"]) for r in rows], tone=TONE)
    pairs = [(r["label"], t.classification.label) for r, t in zip(rows, results, strict=True)]
    assert len(rows) >= 200
    assert sum(g == p for g, p in pairs) / len(pairs) >= 0.85  # measured 0.92
    for name in ("threat", "doxxing"):
        gold = [p for g, p in pairs if g == name]
        assert sum(p in ("threat", "doxxing") for p in gold) / len(gold) >= 0.95  # measured 1.00 and 1.00
    disagreement = [p for g, p in pairs if g == "disagreement"]
    assert sum(p == "harassment" for p in disagreement) / len(disagreement) <= 0.05  # measured 0/40


def test_clinical_text_and_patients_questions_are_not_read_as_hostile() -> None:
    texts = [r["text"] for r in _rows(DATA / "tone_posts.jsonl") if r.get("label") != "uncivil"]
    for row in _rows(DATA / "advice_replies.jsonl"):
        texts += [row["question"], row["text"]]
    from bedside.triage import ReplyModels

    menace = (
        ReplyModels.load()
    )  # as shipped: the patterns and the reply models (these texts are among its negatives)
    hostile = [
        t
        for t in texts
        if classify(Reply("1", t, NAMED), TONE, None, menace).label
        in ("threat", "doxxing", "harassment", "trolling", "incivility", "spam")
    ]
    assert len(hostile) <= 0.01 * len(texts), hostile  # measured 6/960 (sixth session)


class _Stub:
    """A stand-in for the shipped models: reads every text as ``label`` with ``probability`` (0.9)."""

    def __init__(self, kind: str, probability: float = 0.9) -> None:
        self.kind = kind
        self.probability = probability

    def read(self, text: str, doxxing: bool = True, least: Any = None) -> Any:
        from bedside.triage.menace import Reading

        if self.kind == "doxxing" and not doxxing:
            return None
        if self.probability < (least or {}).get(self.kind, 0.0):
            return None
        return Reading(self.kind, self.probability, ("word",)) if self.kind in ("threat", "doxxing") else None

    def says(self, label: str, text: str, least: float = 0.0) -> bool:
        return self.kind == label and self.probability >= least

    def attack(self, text: str) -> Any:
        from bedside.triage.menace import Reading

        return Reading("harassment", 0.9, ("word",)) if self.kind == "harassment" else None

    def label(self, text: str, reply: bool = False) -> Any:
        return None


@pytest.mark.parametrize("label", ["threat", "doxxing", "harassment"])
def test_the_reply_models_find_what_the_patterns_miss_but_never_in_a_warm_reply(label: str) -> None:
    stub: Any = _Stub(label)
    plain = classify(
        Reply("1", "The parking lot at your clinic is dark after 7, you", NAMED), TONE, None, stub
    )
    assert plain.label == label
    assert any("reply model" in r for r in plain.reasons)
    warm = classify(Reply("2", "Congratulations on the new paper, well deserved!", NAMED), TONE, None, stub)
    assert warm.label == "support"
    if (
        label == "harassment"
    ):  # a point made with evidence and openness is disagreement, whatever the model says
        data = "I read the trial differently: the HR was 0.91 in the subgroup, happy to be corrected."
        assert classify(Reply("3", data, NAMED), TONE, None, stub).label == "disagreement"


def test_the_shipped_reply_models_load_with_their_cards() -> None:
    from bedside.triage import ReplyModels

    menace = ReplyModels.load()
    for model in (*menace.models.values(), menace.harassment):
        assert model is not None
        assert 0.2 <= model.threshold <= 0.8
        assert "tests/data/triage_train_a.jsonl" in model.card["trained_on"]
        assert "tests/data/triage_train_j.jsonl" in model.card["trained_on"]
        assert "evals/triage_holdout13.jsonl" in model.card["trained_on"]
        assert "tests/data/triage_train_l.jsonl" in model.card["trained_on"]
        assert "evals/triage_holdout17.jsonl" in model.card["trained_on"]
        assert "tests/data/triage_train_o.jsonl" in model.card["trained_on"]
        assert "evals/triage_holdout21.jsonl" in model.card["trained_on"]
        assert "evals/triage_holdout23.jsonl" in model.card["trained_on"]
        assert "tests/data/triage_train_r.jsonl" in model.card["trained_on"]
        assert "evals/triage_holdout25.jsonl" in model.card["trained_on"]
        assert "tests/data/triage_train_t.jsonl" in model.card["trained_on"]
        # the newest authors' sets measure the models: never trained on
        for newest in ("holdout26", "holdout27"):
            assert newest not in model.card["trained_on"]
    assert menace.replies is not None
    assert "tests/data/triage_train_t.jsonl" in menace.replies.card["trained_on"]
    for newest in ("holdout26", "holdout27"):
        assert newest not in menace.replies.card["trained_on"]
    assert menace.read("Congratulations on the new paper, well deserved!") is None


@pytest.mark.parametrize(("probability", "expected"), [(0.9, "doxxing"), (0.6, "support")])
def test_a_warm_reply_is_doxxing_when_the_doxxing_model_is_sure(probability: float, expected: str) -> None:
    # warmth excuses a phrase that can be a threat, never a map of someone's life; the patterns alone see two facets
    text = (
        "So proud of you Keisha!! I saw your mama at the Piggly Wiggly and she said y'all just bought the old "
        "Whitfield place with the big porch. Bringing a pound cake by Saturday!"
    )
    stub: Any = _Stub("doxxing", probability)
    assert classify(Reply("1", text, NAMED), TONE, None, stub).label == expected
    assert label(text) == "support"


def test_someones_comings_and_goings_by_the_clinic_are_no_public_place() -> None:
    text = (
        "He's a celebrity now, so: he drives the black Tacoma, gets to the clinic on Birch every morning at 7 sharp, "
        "and lifts at the rec center at 5:30. Go congratulate him in person, folks."
    )
    assert label(text) == "doxxing"
    assert label("Congratulations! Is the clinic on Birch open every morning at 7 for walk-ins?") != "doxxing"


def test_irony_and_negation_are_no_thanks() -> None:
    from bedside.triage import patterns

    assert (
        patterns.SUPPORT.search("I do hope you appreciate how many people are watching what you say") is None
    )
    assert patterns.SUPPORT.search("People here do not appreciate what you are spreading") is None
    assert patterns.SUPPORT.search("We know exactly who you are and we don't forget") is None
    assert patterns.SUPPORT.search("I don't appreciate your tone") is None
    assert patterns.SUPPORT.search("We really appreciate you and the whole team") is not None
    assert patterns.SUPPORT.search("Exactly! This is what patients need to hear") is not None


def test_evidence_words_are_not_articles_in_other_languages() -> None:
    from bedside.triage import patterns

    assert patterns.EVIDENCE.search("vai todos os sábados ao padel") is None
    assert patterns.EVIDENCE.search("the OS benefit was 4 months, CI crossing 1") is not None


@pytest.mark.parametrize(
    ("text", "private"),
    [
        ("tu esposo deja a los niños en el colegio a las 7:40", True),
        ("a doutora mora no bairro com o marido e os filhos", True),
        ("Great talk, the OS data were convincing", False),
    ],
)
def test_a_private_life_is_read_in_other_languages(text: str, private: bool) -> None:
    from bedside.triage.classify import _private

    assert _private(text) is private


class _Labeller(_Stub):
    """A stand-in multi-class model that reads every reply as ``kind`` with ``probability``."""

    def __init__(self, kind: str, probability: float) -> None:
        super().__init__("none")
        self.reading = (kind, probability)

    def label(self, text: str, reply: bool = False) -> Any:
        from bedside.triage.menace import Reading

        return Reading(self.reading[0], self.reading[1], ("word",))


def test_the_multi_class_model_relabels_where_it_is_sure_and_needs_more_to_make_a_reply_hostile() -> None:
    text = "Which cycle was that in?"  # the patterns: a question
    assert classify(Reply("1", text, NAMED), TONE).label == "question"
    relabel: Any = _Labeller("disagreement", 0.5)
    got = classify(Reply("1", text, NAMED), TONE, None, relabel)
    assert got.label == "disagreement"
    assert "the reply model reads it as disagreement (0.50" in got.reasons[0]
    assert classify(Reply("1", text, NAMED), TONE, None, _Labeller("disagreement", 0.3)).label == "question"  # type: ignore[arg-type]
    assert classify(Reply("1", text, NAMED), TONE, None, _Labeller("trolling", 0.5)).label == "question"  # type: ignore[arg-type]
    assert classify(Reply("1", text, NAMED), TONE, None, _Labeller("trolling", 0.7)).label == "trolling"  # type: ignore[arg-type]
    warm = "Congratulations on the new paper, well deserved!"
    assert classify(Reply("2", warm, NAMED), TONE, None, _Labeller("harassment", 0.95)).label == "support"  # type: ignore[arg-type]
    assert classify(Reply("3", text, NAMED), TONE, None, _Labeller("neutral", 0.9)).label == "question"  # type: ignore[arg-type]


def test_a_model_makes_a_hostile_reading_benign_only_when_sure() -> None:
    rude = "lol what a dumb take, nobody asked you"
    assert classify(Reply("1", rude, NAMED), TONE).label == "trolling"
    assert classify(Reply("1", rude, NAMED), TONE, None, _Labeller("question", 0.6)).label == "trolling"  # type: ignore[arg-type]
    assert classify(Reply("1", rude, NAMED), TONE, None, _Labeller("question", 0.75)).label == "question"  # type: ignore[arg-type]
    # praise read into a pattern-found attack is sarcasm, whatever the model's probability
    assert classify(Reply("1", rude, NAMED), TONE, None, _Labeller("support", 0.95)).label == "trolling"  # type: ignore[arg-type]


def test_where_the_patterns_cannot_tell_the_model_decides_at_a_lower_bar() -> None:
    vague = "the octopus again, on a Tuesday"
    assert classify(Reply("1", vague, NAMED), TONE).label == "unclear"
    assert classify(Reply("1", vague, NAMED), TONE, None, _Labeller("support", 0.35)).label == "support"  # type: ignore[arg-type]
    # a benign reading is taken at any probability (it is the only opinion there is); rudeness, baiting, an attack or
    # spam from 0.45 (eighth session); a threat or doxxing needs 0.5
    assert classify(Reply("1", vague, NAMED), TONE, None, _Labeller("support", 0.25)).label == "support"  # type: ignore[arg-type]
    assert classify(Reply("1", vague, NAMED), TONE, None, _Labeller("neutral", 0.9)).label == "unclear"  # type: ignore[arg-type]
    assert classify(Reply("1", vague, NAMED), TONE, None, _Labeller("trolling", 0.4)).label == "unclear"  # type: ignore[arg-type]
    assert classify(Reply("1", vague, NAMED), TONE, None, _Labeller("trolling", 0.45)).label == "trolling"  # type: ignore[arg-type]
    assert classify(Reply("1", vague, NAMED), TONE, None, _Labeller("threat", 0.4)).label == "unclear"  # type: ignore[arg-type]
    # a threat from 0.5 when the reply is aimed at someone, from 0.7 when it is aimed at no one (seventh session)
    aimed = vague + ", doc"
    assert classify(Reply("1", aimed, NAMED), TONE, None, _Labeller("threat", 0.5)).label == "threat"  # type: ignore[arg-type]
    assert classify(Reply("1", vague, NAMED), TONE, None, _Labeller("threat", 0.6)).label == "unclear"  # type: ignore[arg-type]
    assert classify(Reply("1", vague, NAMED), TONE, None, _Labeller("threat", 0.7)).label == "threat"  # type: ignore[arg-type]


def test_the_reply_reading_leaves_out_the_neutral_class() -> None:
    from bedside.triage import ReplyModels

    models = ReplyModels.load()
    reading = models.label("Radiation therapists are the unsung heroes, thank you all", reply=True)
    assert reading is not None
    assert reading.label != "neutral"


@pytest.mark.parametrize(
    "text",
    [
        "My mum is on week 4 and she's worried the missed days will kill her chances.",
        "Got my shot! Our unit hit 98% this year, we're coming for your record next season",
        "this.",
    ],
)
def test_polite_look_alikes_are_not_threats(text: str) -> None:
    from bedside.triage import ReplyModels

    assert classify(Reply("1", text, NAMED), TONE, None, ReplyModels.load()).label not in (
        "threat",
        "doxxing",
    )


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "Lovely reviews on your husband's cafe on Harbour Street. Would be a shame if they changed.",
            {"threat", "doxxing"},
        ),
        ("your son goes to Hillcrest Prep, right? blue blazers. so proud of daddy I bet", {"doxxing"}),
        ("Found your new house on Zillow. 3 bed on Larkspur Lane. Welcome to the area!", {"doxxing"}),
        ("We are keeping a list of every doctor pushing this. Your name is on it.", {"threat"}),
        ("Spend less time on your slides and more time checking who's behind you in the garage.", {"threat"}),
        # a home on a named street, a seven-digit line, a child's school: no warm word excuses them
        (
            "Love your posts! Your place on Juniper Way gives out the best candy, everyone should stop by 🎃",
            {"doxxing"},
        ),
        ("Great post. Her office line is 555-0199 if anyone wants to ask her about it", {"doxxing"}),
        (
            "Congrats! Your new apartment looks great, the building with the green awning on E 84th 😘",
            {"doxxing"},
        ),
        ("Keep it up doc. Accidents happen to experts too.", {"threat"}),
        ("Keep it up, sweetheart. Women with big mouths learn their lessons the hard way.", {"threat"}),
        ("I know where your department is. I'll be congratulating you in person.", {"threat"}),
        ("Someone should burn that place down and I might be the one to do it.", {"threat"}),
        # veiled threats: no congratulation, thanks or prayer emoji excuses them
        (
            "Congratulations on the new post. It would be a pity if the medical board received a file on you.",
            {"threat"},
        ),
        ("would be a real shame if sumthing happened to ur lovely family 😇🙏", {"threat"}),
        ("Thanks for the thread. I know which Thursday you're in clinic. Patience runs out.", {"threat"}),
        ("Great post. His parents still live at 9 Kornblumenweg, they'd love some visitors.", {"doxxing"}),
        (
            "Dr Okafor's personal mobile is 07700 900417, ring him and ask why he rushes treatment.",
            {"doxxing"},
        ),
        (
            "I've got your clinic's address and nothing left to lose. Keep going and see what happens.",
            {"threat", "doxxing"},
        ),
        (
            "Come near my family with a needle and find out exactly what a father will do. That's not a metaphor.",
            {"threat"},
        ),
        (
            "Cute post 😊 still parking the white RAV4 on P2 by the stairwell? Might leave a note on the windshield 😉",
            {"doxxing", "threat"},
        ),
        # ninth session: irony is no thanks, and career menace in its common shapes
        (
            "Congrats on the chair. Your remarks on the merger were noted by the people who decide things here.",
            {"threat"},
        ),
        ("Speaking at schools about this again? Stop now, before someone stops you.", {"threat"}),
        ("It would be a pity for such a bright career to end over one tweet, Dr Lane.", {"threat"}),
        ("Tranquila doctora, que ya nos veremos las caras cuando salga de su consulta.", {"threat"}),
        ("Cuidadito, doctor: a quien habla de más le pasan cosas en este barrio.", {"threat"}),
        ("Dottoressa, certi conti prima o poi si regolano. Buona serata.", {"threat"}),
    ],
)
def test_menace_said_warmly_is_still_menace(text: str, labels: set[str]) -> None:
    assert classify(Reply("1", text, NAMED), TONE).label in labels


@pytest.mark.parametrize(
    "text",
    [
        "I got your name from my oncologist, she said you run the trial. Is it still open?",
        "I am making a list of every oncologist in Ohio who does HIPEC. Can you recommend anyone?",
        "Great talk! It would be a shame if this was not recorded for those who missed it.",
        "Send donations to 12 High Street, Leeds, in memory of Mrs Brown. Thank you all.",
        "Call now 555-201-3344 to book your free consultation!",
        # the doxxing model alone read fixtures and listings as addresses: it needs a person's private life
        "Runner on 1st with 1 out, fake punt on 4th and 11. What a game.",
        "Paul McCartney is set to perform at the arena on October 15th.",
        "Dr. Abara sat with my mom the night she couldn't remember my name. Praying for you, doc 🙏",
        "Your session blew our team away. Watch out, we're coming for the rest of your workflow!",
        "Hello Doctor, urgent partnership on cancer drug funding, kindly respond through my private email.",
        "I learned the hard way that mucositis starts by day 7. Great thread.",
        # where care happens, and a business's own address, are public places
        "Is the trial run out of the Kenmore Street site or the main campus at 600 Lowell Ave? My husband can't walk far.",
        "Is the specialty pharmacy line (800) 555-0199 the right number for refills on my palbociclib?",
        "Our pizzeria at 14 Fenner Road gives a free pizza to anyone who shows a donor card this month!",
    ],
)
def test_ordinary_replies_are_not_threats_or_doxxing(text: str) -> None:
    from bedside.triage import ReplyModels

    label = classify(Reply("1", text, NAMED), TONE, None, ReplyModels.load()).label
    assert label not in ("threat", "doxxing"), label


# Found by the review of the fourth session's changes
@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("Does Dr Patel still live at 14 Oak Road? Asking for the ward.", {"doxxing"}),
        ("Guess who's now at Elm Street. Number 14, blue door. See you soon doc.", {"doxxing", "threat"}),
        ("Dr Okafor lives at 22 Birch Lane btw. Is the oncology unit still on floor 3?", {"doxxing"}),
        (
            "Is Dr Khan's new place at 9 Rose Lane near the hospital? Asking so we can drop a card.",
            {"doxxing"},
        ),
    ],
)
def test_a_question_never_hides_a_home_address(text: str, labels: set[str]) -> None:
    from bedside.triage import ReplyModels

    assert classify(Reply("1", text, NAMED), TONE, None, ReplyModels.load()).label in labels


@pytest.mark.parametrize(
    "text",
    [
        "Who's watching the game tonight? Need a break from scanxiety.",
        "My mum learned the hard way that you can't skip the scans. Thank you for this post.",
        "You'll see me again at the follow-up clinic in March, thanks doc!",
        "It would be a pity if something this useful didn't reach more patients, sharing now!",
        "Our pharmacy at 14 Fenner Road now stocks the scalp cooling caps, pop in!",
        "Is the oncology clinic still at 600 Lowell Ave? My appointment letter doesn't say.",
    ],
)
def test_warm_and_public_replies_are_not_threats_or_doxxing(text: str) -> None:
    from bedside.triage import ReplyModels

    assert classify(Reply("1", text, NAMED), TONE, None, ReplyModels.load()).label not in (
        "threat",
        "doxxing",
    )


# Fifth session: shapes an unseen author's replies (evals/triage_holdout6.jsonl) showed missing, each written anew.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a routine, a partner or child by name, a flat by number, a home by its street's abbreviation: still maps
        (
            "so good seeing you at the Crunch gym on Main, 5:30am Mondays and Wednesdays like clockwork 💪",
            "doxxing",
        ),
        (
            "Ravi's twins are adorable at swim club at the Leisure Centre on Saturday mornings! and his wife Priya "
            "coaches there too 😊",
            "doxxing",
        ),
        ("congrats on the move! so you're moving into 12C at the Riverside Towers? 👀", "doxxing"),
        ("So you're selling the place on Birch Hill Rd? The girls will miss Oakwood Primary 😢", "doxxing"),
        # menace that exposes nothing specific is a threat
        (
            "Keep lecturing people about sunbeds and see what happens. Some of us know which car park your clinic uses.",
            "threat",
        ),
        (
            "Doctors who shame smokers don't get to feel safe. Remember that the next time you walk to your car.",
            "threat",
        ),
        ("If I see you at the Saturday market again I'll show you what I think of your advice.", "threat"),
        # questions asked in bad faith
        (
            "Honest question, if statins are sooo safe why do your own family refuse them? We are all waiting 👀",
            "trolling",
        ),
        ("Just curious 🤷 are we not allowed to ask where the money comes from?", "trolling"),
        ("How many of your own relatives had the jab? Answer the question.", "trolling"),
        # repeated targeting, pile-ons, demeaning epithets, xenophobia
        (
            "I've reported her to the regulator 9 times and I'll keep going till she's struck off. Smug, useless "
            "little woman.",
            "harassment",
        ),
        ("Share this everyone, make it trend. This man is a fraud.", "harassment"),
        (
            "Doctors like you come over here, take our jobs and moan online. Go back to Poland if it's so bad.",
            "harassment",
        ),
        ("Ah here. Nanny state again ffs.", "incivility"),
        ("Your stats are garbage, mate.", "incivility"),
        (
            "Congrats on the award! We help clinicians get 10k real followers fast. DM us for a free audit 🚀",
            "spam",
        ),
        ("Very true, thank you. My dad finished all his cycles because of you. God bless.", "support"),
    ],
)
def test_fifth_session_replies(text: str, expected: str) -> None:
    assert label(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Be careful what you wish for: price caps can slow new drugs. Still, $30k a year is hard to defend.",
        "When patients ask if they will die, I answer honestly and I stay in the room.",
        "Stay in your lane? Nurses ARE the lane when it comes to chemo safety, respectfully.",
    ],
)
def test_fifth_session_look_alikes_are_not_hostile(text: str) -> None:
    assert label(text) not in {"threat", "doxxing", "harassment", "trolling"}


# The boundary set (evals/triage_boundary.jsonl; first run: threats and doxxing 65/80 flagged): a life mapped by
# service times, a house asked after by its road, a flat by tower and floor; menace with a smile. Written anew.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dr Okafor, you pray at the mosque on Lakeshore, Friday 1pm jamaat right? Maybe we'll talk there.",
            "doxxing",
        ),
        ("Great seeing your son at the Clontarf swim gala Saturday! tell him well done 😊", "doxxing"),
        (
            "Congrats on the move! That white Kia with plate 7BRT219 in the driveway on Oak Hill Ct, that's you? Neighbours now 😉",
            "doxxing",
        ),
        (
            "Priya, are you still in the house on the Ormeau Road or did you move? Want to drop a card round 🙂",
            "doxxing",
        ),
        (
            "Nice flat in Indiranagar btw, Sobha tower B, 9th floor na? Saw the balcony in your reel 😄",
            "doxxing",
        ),
        (
            "Aoife's husband is Mark Byrne, partner at Byrne Legal. Lovely cottage with the red door in Howth 🌸",
            "doxxing",
        ),
        (
            "Congrats Sam! Wedding's at Leeds Castle on 21 June, isn't it? Saw the notice. Might pop in 😉",
            "doxxing",
        ),
        ("Would be such a pity if it all ended so soon. Congrats on the new job, doc 🙂", "threat"),
        ("People in Galway would know you on sight now, Dr Walsh. Stay safe out there 🙏", "threat"),
        ("Oncologists who push this should start checking under their cars. Friendly PSA 🙂", "threat"),
    ],
)
def test_a_life_mapped_is_doxxing_and_menace_with_a_smile_a_threat(text: str, expected: str) -> None:
    from bedside.triage import ReplyModels

    assert classify(Reply("1", text, NAMED), TONE, None, ReplyModels.load()).label == expected


@pytest.mark.parametrize(
    "text",
    [
        "Obrigada, doutora! Que Deus abençoe a senhora e toda a equipe da oncologia, minha mãe fala de vocês até hoje.",
        "Muchas gracias doctora, Dios la bendiga. Mi papá terminó las quimios y está mejor.",
        "Merci docteure, vous avez été formidable avec ma mère pendant toute sa chimio.",
        "Parabéns pelo prêmio, doutor! Muito merecido, o senhor cuidou do meu pai com tanto carinho.",
    ],
)
def test_thanks_and_blessings_in_other_languages_are_support(text: str) -> None:
    from bedside.triage import ReplyModels

    assert classify(Reply("1", text, NAMED), TONE, None, ReplyModels.load()).label == "support"


@pytest.mark.parametrize(
    "text",
    [
        "Great class today! Same time next week, Wednesdays at 7?",
        "See you at the 10K on Sunday at 9, I'll be at the water station!",
        "Lovely sermon at St Mary's on Sunday, doc. Your talk on screening was brilliant too.",
        "Is the clinic gym open Saturdays at 8? Want to try the prehab class.",
    ],
)
def test_public_classes_events_and_services_are_not_doxxing(text: str) -> None:
    from bedside.triage import ReplyModels

    assert classify(Reply("1", text, NAMED), TONE, None, ReplyModels.load()).label not in (
        "doxxing",
        "threat",
    )


# An eleventh author's replies (evals/triage_holdout7.jsonl; first run accuracy 0.750, threats and doxxing 39/50):
# menace by implication, a partner's business by name, attacks on accent, body and gender, bad-faith gotchas.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "You've buried a lot of patients, Dr Kay. Karma is patient. So are some of us.",
            ("threat", "doxxing"),
        ),
        (
            "Maybe a few of you whinging pharmacists need a proper slap on the way home.",
            ("threat", "doxxing"),
        ),
        (
            "I would hate for anything to happen to that nice clinic on Oak Street. Think it over prayerfully.",
            ("threat", "doxxing"),
        ),
        (
            "Congrats. Enjoy it while it lasts. Careers, like marriages, can end very suddenly.",
            ("threat", "doxxing"),
        ),
        (
            "Let's meet in the Westfield parking garage and discuss your consent forms. lol jk. Mostly.",
            ("threat", "doxxing"),
        ),
        (
            "Your husband Tom's cafe on Queen Street is on my way to work, I'll drop in and tell him how proud he must be 😊",
            ("doxxing",),
        ),
        (
            "Is your partner still teaching year 4 at St Anne's? The kids will miss her when you move!",
            ("doxxing",),
        ),
        ("Sending this to your personal address so your family can see what you're like.", ("doxxing",)),
        (
            "Your son's team the Hillside Hawks had a cracker Saturday. #9, right? See you at the next one.",
            ("doxxing",),
        ),
        ("His accent is so thick half his patients must just nod along.", ("harassment", "incivility")),
        ("Learn the language before you lecture us about our medicines.", ("harassment", "incivility")),
        (
            "Another diversity hire. No one wants a professor promoted for her chromosomes.",
            ("harassment", "incivility"),
        ),
        ("Your people always find a way to profit.", ("harassment", "incivility")),
        (
            "Women like you are the reason this hospital doesn't work. Back to the kitchen.",
            ("harassment", "incivility"),
        ),
        ("Chemo is a cash machine. Change my mind 🙂", ("trolling",)),
        ("So you admit the screening causes harm? Screenshotting this.", ("trolling",)),
        ("How many biopsies have YOU botched this year? Post the number.", ("trolling",)),
    ],
)
def test_menace_by_implication_and_attacks_on_the_person(text: str, expected: tuple[str, ...]) -> None:
    from bedside.triage import ReplyModels

    assert classify(Reply("1", text, NAMED), TONE, None, ReplyModels.load()).label in expected


@pytest.mark.parametrize(
    "text",
    [
        "So are some of us! Three years cancer-free next week 💜",
        "Can you explain the biology slowly? I'm a patient and it's a lot to take in.",
    ],
)
def test_their_look_alikes_are_not_hostile(text: str) -> None:
    from bedside.triage import ReplyModels

    label_ = classify(Reply("1", text, NAMED), TONE, None, ReplyModels.load()).label
    assert label_ not in ("threat", "doxxing", "harassment", "trolling")


# Sixth session: shapes two new authors' replies (evals/triage_holdout8.jsonl, tests/data/triage_train_f.jsonl) showed
# missing, each written anew: a body harmed in so many words, someone close put at a named place, sexual remarks,
# identity as the insult, sarcastic congratulations, a one-word verdict, a boosted-post offer.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("If you were in front of me I'd smash your teeth in.", "threat"),
        ("People like you should pay for what you did to my brother.", "threat"),
        ("Congrats! Say hi to your sister at the bakery on Marsh Lane for me 😊", "doxxing"),
        ("Bet the commute from ur flat on kingsley road is easier now lol", "doxxing"),
        ("Slide into my DMs doc, you can examine me any time 😍", "harassment"),
        ("She sounds like a cartoon mouse in every clip. Unbearable woman.", "harassment"),
        ("Another smug Catholic doctor lecturing us about our bodies.", "harassment"),
        ("Congrats on joining the pharma sales team! How's the commission? 😂", "trolling"),
        ("Oh great, another thread about burnout. Wake me up when something changes.", "incivility"),
        ("Your forty slides said nothing. Riveting.", "incivility"),
        ("Boost this post to 20,000 doctors for just $19, message us today!", "spam"),
        ("We know exactly who approved the cuts. Careers end for less, Dr Hale.", "threat"),
        ("I pass you every morning on the canal towpath at 6:30, good luck Sunday!", "doxxing"),
        ("Lovely! Your husband Sam is the pharmacist at the Boots on Mill Road, isn't he?", "doxxing"),
        # the map drawn in the third person (shapes the last two authors' misses showed)
        ("Okafor swims at the Westgate leisure centre most mornings before clinic. Just saying.", "doxxing"),
        ("He's on nights till Friday, finishes at 8.15 and gets the 17 from outside the Co-op.", "doxxing"),
        ("Hannah's still in the Abbey Road flat. Grey Golf, reg ends LMV.", "doxxing"),
        ("We're compiling a file on her: address, kids, the lot.", "doxxing"),
    ],
)
def test_sixth_session_replies(text: str, expected: str) -> None:
    assert label(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Your home screening kit arrived at the clinic in Leeds, thank you!",
        "Your talk at ESMO on Saturday at 9 was brilliant.",
        "Great, thanks! Sharing this with our nurses on Ward 5.",
        "Love this! Hope your clinic on Harbour Street adopts it too.",
        "Homozygous carriers were excluded from the trial, which limits the conclusions.",
        "Your mum in Cork must be so proud of you!",
        "Where do you park when you visit the satellite clinic?",
        "Sarah does the 5k every Saturday for charity, so proud of her!",
        "Dr Obi is on nights this week so the clinic moves to Friday.",
    ],
)
def test_sixth_session_look_alikes_are_not_hostile(text: str) -> None:
    assert label(text) not in ("threat", "doxxing", "harassment", "trolling", "incivility", "spam")


@pytest.mark.parametrize(
    "text",
    [
        "Your daughter has a long road ahead but she's a fighter",
        "your husband is on the road to recovery, so glad",
        "Your mum took my car for a test drive lol",
        # a known false alarm of the ninth and tenth sessions' models, cleared by the eleventh's
        "Careers can end suddenly after burnout, so please look after yourselves.",
    ],
)
def test_a_long_road_and_a_test_drive_are_no_address(text: str) -> None:
    from bedside.triage import ReplyModels

    assert classify(Reply("1", text, NAMED), TONE, None, ReplyModels.load()).label not in (
        "threat",
        "doxxing",
    )


# Known false alarms of the reply models (33 authors' replies and 3,000 general tweets since the ninth session;
# the seventh's models cleared the sixth's other one, "How is your new home treating you?"): raising the bars that
# would clear them lost 1-3 threats or labels by unseen authors, and recall comes first (docs/models.md). The eighth
# session's models read the tumour-board reply at 0.55, over THREAT_MODEL_MIN; the ninth's read the burnout reply as
# trolling at 0.52, over REPLY_MODEL_UNCLEAR_RUDE_MIN (the eleventh's cleared it). Strict: the day a change clears one, this fails and it moves
# back to the look-alikes above.
@pytest.mark.xfail(strict=True, reason="known false alarm of the shipped reply models (docs/models.md)")
@pytest.mark.parametrize(
    "text",
    [
        "My dad always said you should expect consequences if you skip your chemo, and he was right.",
        "I'll be the one to present the case at tumour board, see you there.",
        # the eleventh session's models (both the threat and the multi-class one) learnt "think very hard" from
        # train_s's calm menace; asking for someone to aim at cleared it but lost 32 of 1,896 threats
        "I hope the sponsors think very hard about the control arm next time. Crossover matters.",
    ],
)
def test_known_false_alarms_of_the_reply_models(text: str) -> None:
    from bedside.triage import ReplyModels

    assert classify(Reply("1", text, NAMED), TONE, None, ReplyModels.load()).label not in (
        "threat",
        "doxxing",
        "harassment",
        "trolling",
    )


# Seventh session (#6): a life mapped piece by piece, and the look-alikes the new authors' benign replies showed.
@pytest.mark.parametrize(
    "text",
    [
        # time, place and a way to spot someone, however warm
        "Tomasz! Spotted you on the Meadows loop again at 6.15, the yellow running jacket is hard to miss.",
        "Always see you at Friday prayers at the Elm Street mosque, 1.30, parking the grey Qashqai by the side gate. Congrats!",
        "Lovely seeing you and your girls at the Lidl in Fairview on Saturday! The red buggy is so cute.",
        # a family member's routine, said to the crowd
        "Her lad plays under-9s at the Mount Pleasant pitches most Sundays, she's the one in the navy parka.",
    ],
)
def test_a_life_mapped_piece_by_piece_is_doxxing(text: str) -> None:
    assert label(text) == "doxxing"


@pytest.mark.parametrize(
    "text",
    [
        # a public event invited to: a date and a place, no habit and no way to spot anyone
        "See you at the Relay for Life walk in Phoenix Park on Sunday at 10am, bring the family!",
        # the writer's own life
        "My husband and I walk the dog on Sandymount Strand every evening at 7, it keeps me sane during treatment.",
        # safety advice names what it protects
        "Please turn off location tagging, people can work out your kids' school and your gym times.",
        # farewells and thanks that the threat model misread
        "We will miss you, doctor. You treated my father like family. Go well and come back when you can.",
        "My mother died at home without pain because your team came every day. I will never forget it. God keep you.",
        "Doc stay safe and ignore the trolls. Set your FB to private and hide your friends list, people get mean.",
        "Staff at the Block B registration desk were so patient with my grandma today. Please pass on our thanks",
        # a known false alarm of the sixth session's models, cleared by the seventh's
        "How is your new home treating you? Miss you at tumour board.",
        # a worry aimed at no one (the multi-class model read it as a threat, 0.55)
        "On Xtandi 160 and I'm 79 and just fell asleep driving. Never happened before.",
        # an ad's "plate" is no number plate
        "Our vibration plate clears fluid in 10 days, 30% off this week! Link in bio",
    ],
)
def test_seventh_session_look_alikes_are_not_hostile(text: str) -> None:
    assert label(text) not in ("threat", "doxxing", "harassment", "trolling", "incivility")


def test_an_insult_the_patterns_name_is_harassment_not_a_threat() -> None:
    # the threat model read "you'll" in it as a threat (0.83); below 0.9 the named insult stands
    assert label(
        "Mama you are too fat to be complaining about being tired. Cut the rice and you'll have energy"
    ) == ("harassment")


def test_map_facets_name_each_kind_once() -> None:
    from bedside.triage.mapping import facets, maps_a_life, public_invitation, writers_own

    text = "Emily gets the 23 bus from Marchmont around 7.40 every morning, sits upstairs at the front."
    kinds = [f.kind for f in facets(text)]
    assert kinds == ["time", "place", "look"]
    assert maps_a_life(text)
    # two kinds are not a map; a date without a habit, with a place and family, is a greeting
    assert not maps_a_life("Saw your talk at ESMO on Saturday at 9, brilliant.")
    assert not maps_a_life("Say hi to your mum at the Christmas fair in Galway on Saturday at 2pm!")
    assert writers_own("My wife and I swim at the Westgate pool every Monday at 7.")
    assert not writers_own("My wife saw you at the Westgate pool every Monday at 7.")
    assert public_invitation("Join us at the charity fun run in Bushy Park on Sunday at 9am!")
    assert not public_invitation("Join us at the charity run, she's always there at 9 in the red jacket.")


@pytest.mark.parametrize(
    "text",
    [
        "This is the surgeon who signed it off. Everyone knows which hospital. Do what needs doing.",
        "Folks in Leeds, she speaks at the library at 6. You all know what to do.",
        "His patients' families haven't forgotten. They're just waiting for the right moment.",
        "Step one, find her. Step two, wait.",
        "Are you sure your kids are safe while you post this stuff, Dr Obi?",
        "Someone will settle this the old way.",
    ],
)
def test_incitement_and_waiting_are_threats(text: str) -> None:
    assert label(text) == "threat"


@pytest.mark.parametrize(
    "text",
    [
        "We're waiting for the right time to launch the trial.",
        "Do what needs doing to get well, you've got this",
    ],
)
def test_their_look_alikes_are_not_threats(text: str) -> None:
    assert label(text) != "threat"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Here's his line for anyone who wants to ask him nicely: zero-seven-seven-one, four-two-two... rest in my DM.",
            "doxxing",
        ),
        ("Tomorrow I post the photo of her house here, with the gate code.", "doxxing"),
        (
            "Kemi stays in the staff residence at Lakeside, block D. Gets a cab from the east gate most nights around 10.",
            "doxxing",
        ),
        ("One, two, three, four, five, six, seven: count the cycles with me", "unclear"),
        ("The gate code for the conference venue is on your badge", "unclear"),
    ],
)
def test_numbers_spelt_out_and_gate_codes(text: str, expected: str) -> None:
    assert label(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wishes and "interesting evenings" (shapes a seventeenth author's misses showed)
        ("my dad died on your waiting list. i hope someone makes you feel that one day, and soon.", "threat"),
        ("Talk on Friday, eh. Could be a very interesting evening for you, doc.", "threat"),
        ("Plenty of farmers know your name now. Hope you never break down on the A68, doc.", "threat"),
        (
            "Nurses like Ailsa mouthing off should be careful. Not everyone reading this is as forgiving as her patients.",
            "threat",
        ),
        ("Sigue con tus videos, doctora. Pero cuídate al salir de la clínica. Ya sabes.", "threat"),
        # the map in a name's possessive, by a school year, in Spanish
        (
            "Priya Raman's son is at the boys school in Epping, Year 7. Wonder what the other parents think.",
            "doxxing",
        ),
        (
            "La doctora Ruiz vive en Las Lomas, calle Olmo, casa blanca con rejas. Su esposo Andrés trabaja en el banco.",
            "doxxing",
        ),
        (
            "Since she's so brave, here's where the woman lives: Cedar Ave by the park, big white house with a red boat out front.",
            "doxxing",
        ),
    ],
)
def test_seventh_session_unseen_author_shapes(text: str, expected: str) -> None:
    assert label(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hope you never have to see a patient go through what my dad did. Thank you for fighting for him.",
        "Year 9 students at the girls school in our town did a great project on HPV, proud teacher here!",
        "Quite an interesting day for the field: two trials, opposite results.",
    ],
)
def test_seventh_session_unseen_author_look_alikes(text: str) -> None:
    assert label(text) not in ("threat", "doxxing", "harassment")


# A reviewer's look-alikes of the seventh session's soft menace and facet maps (variants of its findings)
@pytest.mark.parametrize(
    "text",
    [
        "I hope someone shows you this thread, best thing I've read on fatigue.",
        "Real interesting day for you tomorrow with the FDA hearing, good luck!",
        "Cuídate al salir del hospital, hay hielo en el aparcamiento. Un abrazo.",
        "You all know what to do: share, share, share for screening week!",
        "Find her at booth 42 after the session, she'll wait for you by the coffee.",
        "Are your kids safe on these new anti-sickness tablets, doctor?",
        "My husband and I live in Hove, every Sunday we do the parkrun, chemo or not!",
        "I'm the lady in the pink hat who sits near the front at your Tuesday 6pm support group in Leeds.",
        "Good luck to your son in the Year 6 play tonight!",
        "Mi madre vive en Granada y sigue sus vídeos cada semana, gracias doctora.",
        "Our helpline number is zero eight hundred, five five five, one two three four. Free, 24/7.",
        "Don't share the ward door code online, folks.",
        "He is obese and a smoker, my dad, and his surgeon still operated. Grateful.",
    ],
)
def test_reviewer_look_alikes_of_the_seventh_session_are_not_threats_or_doxxing(text: str) -> None:
    assert label(text) not in ("threat", "doxxing", "harassment")


@pytest.mark.parametrize(
    "text",
    [
        "We'll all miss you when you're gone, doc. Won't be long now.",
        "Lock down your accounts all you want, Dr Ode. Riverside Primary lets out at 3:15 and your twins wear red coats.",
        "They see you at the Tesco on Dale Street every Tuesday at 6, doc. Love your work",
        # an organiser's words around someone's home are no invitation
        "Join us outside her house on Cedar Lane every Friday at 7, let's make our voices heard.",
    ],
)
def test_reviewer_threats_that_a_warm_word_or_a_gate_must_not_hide(text: str) -> None:
    from bedside.triage import ReplyModels

    assert classify(Reply("1", text, NAMED), TONE, None, ReplyModels.load()).label in ("threat", "doxxing")


# Eighth session: menace in the other languages clinicians are answered in, only where it has no kind reading, and
# maps told in them
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On sait où tu habites, docteur.", "threat"),
        ("Sei onde você mora, doutora.", "threat"),
        ("Wir wissen, wo du wohnst.", "threat"),
        ("Sappiamo dove abiti, dottoressa.", "threat"),
        ("Alam ko kung saan ka nakatira, dok.", "threat"),
        ("Aku bunuh kau kalau mak aku mati.", "threat"),
        ("Tutakuua, daktari feki.", "threat"),
        ("Te voy a matar, doctora.", "threat"),
        ("Sus hijos van al colegio San José, salen a las 2. Ya sabéis.", "doxxing"),
        (
            "Elle habite à Outremont, la maison aux volets bleus près du parc, et son mari part chaque matin à 7 h 40.",
            "doxxing",
        ),
        (
            "Rumahnya di Kemang, pagar hijau dekat masjid. Suaminya kerja di bank, setiap pagi jam 7 berangkat.",
            "doxxing",
        ),
    ],
)
def test_menace_and_maps_in_other_languages(text: str, expected: str) -> None:
    assert label(text) == expected


# a reviewer's kind replies built on the words menace uses in those languages (the idioms were left out for them)
@pytest.mark.parametrize(
    "text",
    [
        "Jaga diri baik-baik dok, terima kasih atas videonya.",
        "Pass auf dich auf! Tolle Arbeit, Frau Doktor.",
        "Cuídate mucho, doctora, que trabajáis demasiado. Un abrazo desde Vallecas.",
        "Mi marido y yo vivimos en la calle Mayor, todos los días pasamos por la clínica. ¡Gracias!",
        "Aiyo doctor, every week also talk sunscreen. We live in Malaysia lah, sun everyday.",
        "Vou pagar a consulta amanhã, doutora, obrigada!",
        "Kal OPD mein aa jaiye, aapko dekh lenge, reports saath le aana.",
        "Vou te pegar no aeroporto às 8h, me manda o número do voo.",
        "Tunakuona kwenye TV leo, hongera daktari kwa kazi nzuri!",
        "Un día de estos paso por la consulta a llevarle unos alfajores, doctora.",
        "Babalikan kita mamaya dok para sa resulta ng biopsy ni Nanay.",
        "Kami tunggu kau kat kedai mamak lepas syif, jangan lupa!",
        "Je vais te trouver un créneau avec la diététicienne la semaine prochaine, promis.",
        "Papatayin kita sa tawa dok, ito ang meme ng araw 😂",
        "Rezo por você todas as noites às 22h, doutora, e pelo seu marido também. Tenho fé em Deus.",
        "A doutora atende no Hospital São Lucas às 14h todas as segundas, bloco B, sala 12.",
        "Ogni lunedì alle 8:30 porto mia figlia alla scuola Manzoni in Via Roma e poi vado in day hospital.",
        "Jeden Morgen um 7:45 bringe ich meine Tochter zur Maria Montessori Schule in Bonn.",
        "Il porte sa blouse blanche à Paris tous les jours depuis 30 ans, respect docteur.",
        "She lives in Leeds now and comes down for chemo every Monday at 9, doc, thank you so much.",
    ],
)
def test_kind_words_in_other_languages_are_not_threats(text: str) -> None:
    assert label(text) not in ("threat", "doxxing", "harassment")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named school, a school bus, a street name, someone's drive seen from the writer's house
        (
            "Daughter in Class 8 at Podar school, Santacruz branch, goes by school bus no. 14. Doctor should first "
            "worry about own family before lecturing ours.",
            "doxxing",
        ),
        (
            "Our house overlooks the oncologist's drive: Elm Close, red Volvo out at 7:10 every morning",
            "doxxing",
        ),
        (
            "Medical boards love a 'proud' doctor. Would be unfortunate if someone sent them a long letter about you.",
            "threat",
        ),
        ("Sexy mum bod 😍 send pics of the pumping setup, doctor 😏", "harassment"),
    ],
)
def test_eighth_session_shapes(text: str, expected: str) -> None:
    assert label(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "It would be a shame if anyone missed this webinar!",
        "Gently: I wouldn't post your bib number publicly. Anyone can track you live on the race app.",
        "Your daughter's netball team at the girls' school won again on Saturday! Congratulations to her.",
        "She did her residency at Harvard Medical School and now runs the Tuesday clinic, lucky us.",
    ],
)
def test_eighth_session_look_alikes_are_not_hostile(text: str) -> None:
    assert label(text) not in ("threat", "doxxing", "harassment")


def test_the_writers_own_fear_is_not_a_threat() -> None:
    from bedside.triage import ReplyModels

    text = "I don't feel safe walking to my car after night shift"
    assert classify(Reply("1", text, NAMED), TONE, None, ReplyModels.load()).label not in (
        "threat",
        "doxxing",
    )


# shapes the nineteenth and twentieth authors' misses showed (tuned on them: a check, not a measure)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Congratulations on the appointment, Dr. Osei. Enjoy it while it lasts. We'll see how long.",
            "threat",
        ),
        (
            "Your wife and kids must be very proud of you, Doc. It would be very sad for them if something went wrong.",
            "threat",
        ),
        ("bella la tua vetrina digitale. sarebbe un peccato se sparisse tutto, carriera compresa.", "threat"),
        ("Vous allez payer pour ça, Dre Gagnon, d'une façon ou d'une autre.", "threat"),
        ("Schöne Grüße aus der Praxis. Wir wissen, wann Sie Feierabend machen.", "threat"),
        ("Usa meu pai de cobaia de novo e você não termina aquele plantão. Fica o aviso.", "threat"),
        ("I was there, third row on the left. You will notice me next time.", "threat"),
        (
            "the café you post is on St-Viateur, 7:15 sharp right doc? a few of us might drop by to 'discuss' it",
            "threat",
        ),
        (
            "I saw Dr Nkosi at the 8 o'clock service at Parkhurst Methodist on Sunday with her twins, the little girls "
            "in the green uniforms.",
            "doxxing",
        ),
        (
            "ciao Giulia! ti vedo ogni mattina al bar sotto casa tua in via Savona, cappuccino alle 7:40",
            "doxxing",
        ),
        (
            "omg Hannah you're always in the thursday 7pm spin class on Oderberger Straße right? and that's your red "
            "Fiat 500 parked outside",
            "doxxing",
        ),
    ],
)
def test_eighth_session_unseen_author_shapes(text: str, expected: str) -> None:
    assert label(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Enjoy the sunshine while it lasts, doc, rain's back on Monday!",
        "Fica a dica: o ambulatório abre às 7h, chegue cedo.",
        "It would be very sad for them if you left the clinic, your patients adore you.",
        "A few of us will drop by your poster at ESMO, can't wait!",
        "El consultorio está en el piso 4 de la calle Mayor, la doctora atiende todos los lunes a las 9.",
        "Du wirst sehen, was passiert, wenn du mehr Wasser trinkst: die Übelkeit wird besser.",
    ],
)
def test_eighth_session_unseen_author_look_alikes(text: str) -> None:
    assert label(text) not in ("threat", "doxxing", "harassment")


def test_the_same_words_never_give_two_facets() -> None:
    from bedside.triage.mapping import facets

    kinds = [f.kind for f in facets("La doctora atiende en la calle Mayor")]
    assert kinds.count("place") + kinds.count("home") == 1
    # words that only share an edge are two: a home ("lives in") and a place ("in Magodo")
    assert {"home", "place"} <= {f.kind for f in facets("She lives in Magodo Phase 2")}


# shapes the twenty-first and twenty-second authors' misses showed (rural North America; Spanish and Portuguese)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We drove by your place on FM 219 last night, the limestone house with the windmill!", "doxxing"),
        ("he parks that white F-250 behind the clinic on Elm every morning at 7", "doxxing"),
        (
            "She's my neighbour on the county road, the place with the red barn. Her kids are on the Peewee team.",
            "doxxing",
        ),
        (
            "Qué bonito hablar de medicamentos mientras vive en Rosales, Carrera 4 #69A-15, apto 1102.",
            "doxxing",
        ),
        (
            "Ela mora no Edifício Vila Rica, Rua Pamplona 890, 11º andar, e o CPF dela é 312.487.659-20.",
            "doxxing",
        ),
        ("No sabe con quién se está metiendo, doctorcito.", "threat"),
        ("A senhora anda a destruir o negócio de muita gente. Há quem não esqueça. Fique avisada.", "threat"),
        ("Nurses who go running to the papers don't last long around here.", "threat"),
    ],
)
def test_eighth_session_last_authors_shapes(text: str, expected: str) -> None:
    assert label(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Call or WhatsApp 0244 555 0199 for your bottle, delivery anywhere in Ghana!",
        "Mi mamá está en paliativos en casa, vivimos en Av. Rivadavia 5200, 3°B. ¿El equipo domiciliario llega?",
        "Our farm's on the county road past the grain elevator, y'all come to the fair booth Saturday!",
        "Ya verás qué pasa cuando pruebes el jengibre, se quitan las náuseas.",
        "El número del consultorio es 55 1234 5678, llamen de 9 a 2.",
        "cc: the trials office, 2024-11-29, about the consent forms for the lung cohort.",
    ],
)
def test_eighth_session_last_authors_look_alikes(text: str) -> None:
    assert label(text) not in ("threat", "doxxing", "harassment")


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("Doctora, mi mamá está con capecitabina y le salieron llagas en las manos, ¿es normal?", True),
        ("Estou fazendo quimio e minha boca está cheia de aftas. Posso usar bicarbonato?", True),
        (
            "Docteur, ma mère commence sa chimio lundi, est-ce normal qu'elle soit si fatiguée avant même ?",
            True,
        ),
        ("¿Dónde se consiguen las diapositivas de la charla?", False),
    ],
)
def test_patients_questions_are_found_in_other_languages(text: str, asks: bool) -> None:
    assert classify(Reply("1", text, NAMED), TONE).patient_question is asks


# tenth session: patients' questions told by age, smoking, a procedure or a treatment under way, in English and the
# other languages; a career, a conference room or a quoted age is no patient's
@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("I'm 58 and had a hysterectomy in 2019 for fibroids. Do I still need to be screened at all?", True),
        ("I quit 12 years ago after 30 years of a pack a day. Am I still eligible or did I age out?", True),
        (
            "I start SBRT for a lung nodule next month. Will I be able to drive myself home after each session?",
            True,
        ),
        (
            "Dad's 71, PSA went from 4.1 to 6.8 in a year. Is that normal practice or should we push for a referral?",
            True,
        ),
        (
            "Tengo 58 años y el test de sangre oculta salió positivo. ¿Cuánto se tarda en dar cita para la colonoscopia?",
            True,
        ),
        ("Tô fazendo FOLFOX e perdi 6 kg em dois meses. Posso tomar suplemento por conta?", True),
        (
            "Tatăl meu trebuie să înceapă carboplatin săptămâna viitoare. Putem cumpăra noi din farmacie?",
            True,
        ),
        ("I'm 30 years into oncology and still learning. Why do we keep calling it 'survivorship'?", False),
        ("Is the pan-cancer panel on the slides? Room 4 lost the stream halfway through.", False),
    ],
)
def test_patients_questions_by_age_smoking_procedure_or_treatment(text: str, asks: bool) -> None:
    assert classify(Reply("1", text, NAMED), TONE).patient_question is asks


def test_ethics_is_no_ether_and_a_giveaway_still_spam() -> None:
    from bedside.triage import patterns as p

    assert p.SPAM.search("I've forwarded your talk to the ethics committee and the journal.") is None
    assert p.SPAM.search("Ethnic disparities in trial enrolment are real.") is None
    assert p.SPAM.search("Free ETH giveaway for healthcare heroes, claim below") is not None
    assert p.SPAM.search("Earn $5000 a week from home") is not None


@pytest.mark.parametrize(
    ("text", "private"),
    [
        # a routine, a boat, a class, a car by its model: what a doxxing reading needs
        (
            "Tom surfs at Bronte every morning before work, 6am, same spot near the pool. Red Hilux, rego starts BZ.",
            True,
        ),
        ("the consultant here has time to sail his boat, moored at Lymington every weekend", True),
        ("She's lovely, I see her at the Tuesday 6pm Zumba at the leisure centre", True),
        ("Hey Pieter, still at the tennis club Tuesday and Thursday evenings at 6 I see", True),
        ("Pani Agnieszka mieszka na Ursynowie, ul. Wiolinowa, klatka C.", True),
        ("Sanne woont in Amstelveen, dat witte huis bij de tramhalte.", True),
        # no one's private life
        ("The pan-cancer basket trial enrols every Tuesday; the slides are online.", False),
        ("Great talk on the hypofractionation data, thank you.", False),
    ],
)
def test_routines_and_private_life_in_more_languages(text: str, private: bool) -> None:
    from bedside.triage.classify import _private

    assert _private(text) is private


def test_advice_that_warns_is_no_warmth() -> None:
    from bedside.triage.classify import _friendly

    text = "Saw your talk Dr Nwosu. You should be more careful who you chat to in the lift."
    assert not _friendly(text, TONE(text))
    assert _friendly("Saw your talk Dr Nwosu, great data on the lift-off of ctDNA.", 0.1)


# polite menace: a warning and a consequence, or two consequences, aimed at someone; each part alone is no threat
@pytest.mark.parametrize(
    "text",
    [
        "Sam, a friendly word from someone who has written many letters of recommendation: faculty don't forget who "
        "organized what. The oncology job market is smaller than you think.",
        "Dr. Rahman, the pharmacy community here is well connected. Statements like this don't go unnoticed. "
        "I'd suggest a softer tone going forward.",
        "Congratulations. A few of us who did the lab work have been keeping very detailed notes. Awards can be "
        "reviewed, Daniel. So can careers.",
        "A word of advice from someone who has sat on study sections: this sort of thing follows an investigator.",
    ],
)
def test_polite_menace_is_a_threat(text: str) -> None:
    assert label(text) == "threat"


@pytest.mark.parametrize(
    "text",
    [
        "Your dedication doesn't go unnoticed, Dr Lee. Thank you for the nights.",
        "We'll never forget you. So many of us are watching your work with such pride, Dr Brooks.",
        "The effect is smaller than you think; I'd suggest you reconsider the conclusion after reading the supplement.",
        "People are watching this trial closely. I'd gently suggest you reconsider the stopping rules.",
        "I'm keeping detailed notes of my side effects as you suggested. Should I bring them to clinic?",
        "A word of advice: think hard before switching to five fractions without the long-term data.",
    ],
)
def test_polite_menace_look_alikes_are_not_threats(text: str) -> None:
    assert label(text) != "threat"


@pytest.mark.parametrize(
    ("text", "aimed"),
    [
        ("Ciebie też to spotka, zobaczysz.", True),
        ("Ik heb je kenteken en ik weet waar je traint.", True),
        ("Nu-ți face griji, avem și noi informațiile noastre.", True),
        # French "je" is the writer, "ty" in thanks is no one, AAP is an academy
        ("Je pense que les données sont solides, merci pour le fil.", False),
        ("ty, going to watch the recording tonight", False),
        ("AAP warned about this in 2019.", False),
    ],
)
def test_the_second_person_in_polish_dutch_and_romanian(text: str, aimed: bool) -> None:
    from bedside.triage.classify import _AIMED_AT

    assert (_AIMED_AT.search(text) is not None) is aimed


@pytest.mark.parametrize(
    ("text", "thanks"),
    [("ty so much doc, this thread helped", True), ("ty!", True), ("Nie takich jak ty się uciszało.", False)],
)
def test_ty_is_thanks_only_where_english_puts_it(text: str, thanks: bool) -> None:
    from bedside.triage import patterns as p

    assert (p.SUPPORT.search(text) is not None) is thanks


@pytest.mark.parametrize(
    "text",
    [
        "Dna doctor, am vazut ca va plimbati in fiecare seara cu catelul pe aleea din spatele parcului, pe la 21:00.",
        "Che, los martes y jueves a las 7 salís a correr por el parque con el perrito blanco, te saludo de cerca",
        "Ik weet dat je elke woensdag tot zes uur bij de sportschool traint.",
    ],
)
def test_a_habit_in_another_language_is_a_time_facet(text: str) -> None:
    from bedside.triage.mapping import facets

    assert "time" in {f.kind for f in facets(text)}


# the reviewer's look-alikes of the tenth session's shapes: kind, scholarly, logistic or a worry, never a threat or doxxing
@pytest.mark.parametrize(
    "text",
    [
        "Just had my scan. Praying it doesn't take long to get results back.",
        "Friendly reminder to everyone: don't forget to submit your abstracts by Friday!",
        "Congrats on starting your attending job! A word of advice: keep detailed notes on everything.",
        "This kind of care doesn't go unnoticed. Families never forget who sat with them at the end.",
        "Word to the wise for new fellows: the oncology world is smaller than you think. Be kind to everyone.",
        "Your registration for ASCO will end at midnight, remember to renew!",
        "Patients can ask for a second opinion. So can you.",
        "Thank you! Patients should be careful where they buy supplements online.",
        "Great talk! You should be careful who you cite though, that preprint was retracted.",
        "Do you still see patients on Wednesdays at the Marsden?",
        "Mijn moeder woont in Utrecht en gaat elke dinsdag om 9 uur naar de bestraling. Is het normaal dat ze zo moe is?",
        "Moja mama mieszka w Krakowie i w każdy wtorek o 9:30 ma chemioterapię. Czy to normalne?",
        "Great to see you at the Race for Life in Hyde Park this morning, congrats on finishing!",
        "Cutting Medicaid will kill people. AAP warned about this.",
    ],
)
def test_tenth_session_look_alikes_are_not_threats_or_doxxing(text: str) -> None:
    from bedside.triage import ReplyModels

    assert classify(Reply("1", text, NAMED), TONE, None, ReplyModels.load()).label not in (
        "threat",
        "doxxing",
    )


@pytest.mark.parametrize(
    "text",
    [
        "No god will protect you from what is coming, doc.",
        "May God deal with you as you've dealt with the families you mocked. I pray He doesn't take long.",
    ],
)
def test_a_prayer_used_as_menace_is_a_threat(text: str) -> None:
    from bedside.triage import ReplyModels

    assert classify(Reply("1", text, NAMED), TONE, None, ReplyModels.load()).label == "threat"


@pytest.mark.parametrize(
    "text",
    [
        "I'm 45 minutes away from the venue, can someone save me a seat?",
        "I am 30 mins late, is the session still running?",
        "As someone with 20 years in oncology, why do we still not have better antiemetics?",
        "The session was supposed to start at 9, is it delayed?",
        "I start work at MSK next month, any tips?",
        "Je commence la présentation à 10h, vous venez?",
    ],
)
def test_a_clinicians_own_logistics_are_no_patients_question(text: str) -> None:
    assert not classify(Reply("1", text, NAMED), TONE).patient_question


@pytest.mark.parametrize(
    ("text", "private"),
    [
        ("you're at the Equinox on Sunset at 5:30am every weekday like clockwork", True),
        ("Alina, te vedem in fiecare dimineata la 6:15 in Herastrau", True),
        # a habit without a clock time is no routine to find someone by
        ("Do you still see patients on Wednesdays at the Marsden?", False),
        ("Your Sunday threads are the best, do you write them on Saturdays?", False),
    ],
)
def test_a_habit_kept_at_a_clock_time_is_private_life(text: str, private: bool) -> None:
    from bedside.triage.classify import _private

    assert _private(text) is private


@pytest.mark.parametrize(
    "text",
    [
        "Numerous studies show you are wrong about the dose.",
        "Please fill in the consent form, doctor, before the visit.",
        "La zona sur del hospital tiene nueva sala de quimio, doctora.",
        "Teva's generic pricing is the real story here, doc.",
    ],
)
def test_english_words_are_no_private_life_in_another_language(text: str) -> None:
    from bedside.triage.classify import _private

    assert not _private(text)


@pytest.mark.parametrize(
    "gap",
    [" " * 19_990, "\n" * 19_990, "\t \u00a0" * 6_000],
)
def test_a_long_run_of_whitespace_reads_as_one_space_or_one_blank_line(gap: str) -> None:
    from bedside.triage import ReplyModels
    from bedside.triage.classify import _squeezed

    text = f"I know where you park{gap}see you tonight"
    assert _squeezed(text) in (
        "I know where you park see you tonight",
        "I know where you park\n\nsee you tonight",
    )
    models = ReplyModels.load()
    long = classify(Reply("1", text, NAMED), TONE, None, models)
    short = classify(Reply("1", _squeezed(text), NAMED), TONE, None, models)
    assert long.label == short.label == "threat"
    assert long.reasons == short.reasons


# eleventh session: menace idioms in the languages of train_t, each with no kind reading ...
@pytest.mark.parametrize(
    "text",
    [
        "Te la faccio pagare, dottoressa.",
        "Das wirst du noch bereuen, Herr Doktor.",
        "Jeszcze pożałujesz tych słów.",
        "O să plătești pentru asta, să știi.",
        "Te vas a arrepentir de lo que escribiste.",
        "Vous allez le regretter, docteur.",
        "Você vai se arrepender disso, doutora.",
        "Θα το πληρώσεις ακριβά αυτό.",
        "Pişman olacaksın doktor.",
        "Continue comme ça et tu vas voir.",
        "Pass bloß auf, Albers.",
    ],
)
def test_menace_idioms_in_other_languages_are_threats(text: str) -> None:
    assert label(text) == "threat"


# ... and the same words said kindly
@pytest.mark.parametrize(
    "text",
    [
        "Te vamos a buscar al aeropuerto el lunes, doctora, no se preocupe.",
        "Pass bloß auf dich auf, Frau Doktor, und danke für alles!",
        "Wir finden dich toll, danke für den Vortrag!",
        "Ne vedem noi la congres, doamna doctor!",
        "Ai grijă de tine, doamna doctor! Vă mulțumim pentru tot.",
        "Stai attenta al sole durante la radioterapia, e bevi tanta acqua.",
        "Fais attention à toi, docteur. Merci pour ce fil.",
        "Continua così e vedrai grandi risultati! Complimenti.",
        # a second review's look-alikes: negations, payments, a lift, logistics
        "N-o să regreți! E cea mai bună doctoriță.",
        "Spokojnie, na NFZ nic nie zapłacisz za to.",
        "Δε θα μετανιώσεις!",
        "Havalimanında seni bulacağız, merak etme.",
        "Quando vieni a Napoli ci penso io a te!",
        "A excursão vai ter volta às 18h.",
        "The fairy lights have been strung up on the ward, so festive!",
        "The nurses sent her home in a box of chocolates and balloons 😂",
    ],
)
def test_their_kind_look_alikes_are_not_threats(text: str) -> None:
    assert label(text) not in ("threat", "doxxing", "harassment")


# calm intimidation: what the writer has done against the clinician, an ultimatum, a consequence, in two parts
@pytest.mark.parametrize(
    "text",
    [
        "I've kept screenshots of this thread. The GMC will have them on Monday unless this post comes down.",
        "Je vous suggère de retirer ce post. Mon avocat est déjà au courant.",
        "Ho già segnalato tutto all'Ordine. Vedremo quanto dura il tuo contratto.",
        "Complaints don't need to be true to be time-consuming. Program officers do read what grantees post.",
        "Sponsors can withdraw, you know. Just a thought before you post again.",
    ],
)
def test_calm_intimidation_in_two_parts_is_a_threat(text: str) -> None:
    assert label(text) == "threat"


@pytest.mark.parametrize(
    "text",
    [
        "My lawyer says the insurer must cover the scan. Unless the denial is withdrawn, we appeal. Any advice?",
        "As a courtesy, I've copied your department chair on my thank-you email. They'll want to know how much you helped.",
        "I've filed a complaint with the hospital's patient relations office about my dad's discharge. The system failed him.",
        "A word of advice for new fellows: keep posts about systems, not patients.",
        "Don't be surprised if you feel tired after the first cycle. Rest and drink water.",
    ],
)
def test_complaints_lawyers_and_kind_warnings_alone_are_not_threats(text: str) -> None:
    assert label(text) not in ("threat", "harassment")


def test_the_models_do_not_read_a_script_they_never_saw() -> None:
    from bedside.models.features import known_words
    from bedside.triage import ReplyModels

    models = ReplyModels.load()
    georgian = "მადლობა ექიმო, ძალიან დამეხმარეთ."
    assert not models.knows(georgian)
    assert models.label(georgian) is None
    assert models.read(georgian) is None
    assert models.attack(georgian) is None
    assert not models.says("threat", georgian)
    assert models.knows("Thank you, doctor, this helped a lot.")
    assert models.knows("You will die soon, doctor. Ξέρουμε πού μένεις και πού δουλεύεις κάθε μέρα.")
    assert known_words("ab cd.", {"ab": 0}, {}) == (1, 2)
    assert known_words("ab cd.", {}, {" cd": 0}) == (1, 2)
    assert known_words("... !!", {}, {}) == (0, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Marta Ruiz, calle del Olmo 14, 3ºB, 28012 Madrid. Por si alguien quiere hablar con ella.",
            "doxxing",
        ),
        ("Er wohnt in der Lindenallee 12, 50968 Köln. Nur zur Info.", "doxxing"),
        ("Pani doktor mieszka na ul. Lipowej 8/2, 15-427 Białystok.", "doxxing"),
        ("For anyone who wants a word: 88 Birch Hollow Rd, Dayton OH 45419.", "doxxing"),
        ("Oturduğu yer Bağdat Caddesi No: 41, herkes bilsin.", "doxxing"),
        # a clinic's address asked after, a venue given, the writer's own
        ("Mi scusi, l'ambulatorio è in Via Roma 12, 20121 Milano?", "not doxxing"),
        ("The conference venue is Hauptstraße 5, 10115 Berlin, see you there!", "not doxxing"),
        ("Send the card to my home, 14 rue des Lilas, 75019 Paris, thank you doctor!", "not doxxing"),
        ("Send cards to casa mia, Via Garibaldi 3, 10122 Torino, grazie a tutti!", "not doxxing"),
        ("Die Gemeinschaftspraxis ist umgezogen: Hauptstraße 12, 69117 Heidelberg.", "not doxxing"),
        ("I drive 90 minutes each way to see her, over 10000 miles a year. Worth every one.", "not doxxing"),
        ("Our survival data during 2019 and 2020 Covid waves were similar to yours.", "not doxxing"),
    ],
)
def test_a_home_address_written_out_is_doxxing(text: str, expected: str) -> None:
    assert (label(text) == "doxxing") is (expected == "doxxing")
