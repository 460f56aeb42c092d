from __future__ import annotations

import numbers
from collections.abc import Callable, Iterator

import regex

from bedside.findings import Category, Edit, Finding, Fix, Severity
from bedside.rules.base import Example, Rule, RuleDocs, rule
from bedside.rules.clinical import load_drug_matcher
from bedside.rules.context import Context
from bedside.rules.fastregex import Matcher
from bedside.rules.tone.model import load_tone_model, load_tone_plugin
from bedside.rules.tone.patterns import (
    CLINICAL_LOOKALIKE,
    CONTEMPTUOUS,
    PARTICULAR,
    QUOTED,
    TARGET,
    TARGETED_INSULT,
)

_SOURCE = (
    "G13 (Engaging in professional spaces: disagree professionally); Beltrán Ponce et al., Future Oncology "
    "2022, doi:10.2217/fon-2021-1366; ASCO Social Media Guidelines"
)
# Operating points, above the model's 0.5: on clinicians' drafts (advice replies, firm disagreement) the
# tweet-trained model scores up to 0.69 without any incivility (measured on the development drafts).
_PARTICULAR_THRESHOLD = 0.75
_READER_THRESHOLD = 0.85
_LEADING_MENTIONS = regex.compile(r"^\s*(?:@[\w.-]+\s*)+")  # who a reply answers is not what it says


def _plugin_score(plugin: Callable[[str], object], text: str) -> float:
    """A plugin's score as a probability; an error or anything but a number in [0, 1] counts as 0, never a crash."""
    try:
        value = plugin(text)
    except Exception:
        return 0.0
    if isinstance(value, bool) or not isinstance(value, numbers.Real):  # numpy scalars are Real too
        return 0.0
    number = float(value)
    return number if 0.0 <= number <= 1.0 else 0.0


# The sentence is about the author: "I made a stupid error", "my dumbass forgot", with no "you" in it.
_SELF = regex.compile(
    r"^(?=.*\b(?:I|I'm|I've|my|me|myself)\b)(?!.*\b(?:you|your|you're|u|ur)\b)",
    regex.IGNORECASE | regex.DOTALL,
)


# Explanations worth showing: a content word, not "a", "are a", "your".
_MEANINGFUL = regex.compile(
    r"^(?!(?:your|you're|youre|that|this|with|what|have|just|they|them|their|there|about|from|will|would)$)"
    r"(?:.*[^\W\d_]{4,}.*|.*\b(?:ass|shut|hell)\b.*)$"
)
_CALMER = "I read the data differently: [the point about the trial or the evidence]."
# A trial named in the sentence ("KEYNOTE-189", "CheckMate 067", "DESTINY-Breast04", "the RAPIDO trial").
_TRIAL = regex.compile(
    r"\b(?:[A-Z][A-Za-z]*-?[A-Z][A-Za-z]*[- ]?\d{2,4}[a-z]?|[A-Z]{4,}(?=\s+(?:trial|study|data)))\b"
)


def calmer(ctx: Context, start: int, end: int) -> str:
    """A calmer sentence that keeps the disagreement on the evidence, naming the trial or drug if there is one."""
    sentence = ctx.text[start:end]
    trial = _TRIAL.search(sentence)
    if trial is not None:
        return f"I read the {trial.group(0)} data differently: [your point about the evidence]."
    drugs = list(ctx.resources.get(load_drug_matcher).find(sentence, sentence.lower()))
    if drugs:
        return f"I read the evidence on {drugs[0].term} differently: [your point about the data]."
    return _CALMER


@rule(
    code="TON001",
    name="insult",
    category=Category.TONE,
    severity=Severity.WARNING,
    requirement="G13",
    summary="An insult or ad hominem aimed at a person.",
    fix_title="Critique the data, not the person",
    docs=RuleDocs(
        what=(
            'Finds insults aimed at a person ("you\'re an idiot", "clueless authors", "only a quack would", '
            '"do you even read papers?", "shill"), not oncology words that sound violent ("aggressive '
            'lymphoma", "kill tumour cells", "terminal").'
        ),
        why=(
            "Tone is easy to misread in short posts; patients and trainees read the exchange too, and an "
            "insult is what is remembered and screenshotted, not the data. Critique the data, not the people."
        ),
        example="Only an idiot would still give chemo here. Do you even read the trials?",
        use_instead="I read the data differently: the control arm in that trial was underpowered.",
        source=_SOURCE,
    ),
    flags=(
        Example("Only an idiot would still give chemo here. Do you even read the trials?"),
        Example("@drjones you're a pharma shill and everyone knows it", reply=True),
    ),
    passes=(
        Example("I read the trial differently: the control arm was underpowered."),
        Example("Aggressive lymphoma needs aggressive supportive care. T cells kill tumor cells."),
    ),
)
def INSULT(r: Rule, ctx: Context) -> Iterator[Finding]:
    yield from _calmer(
        r,
        ctx,
        TARGETED_INSULT,
        "attacks the person, not the argument. Onlookers (patients, trainees) remember the insult, not the data.",
        "Replace with a calmer sentence",
        quoted_is_reported=True,
    )


@rule(
    code="TON002",
    name="contempt",
    category=Category.TONE,
    severity=Severity.WARNING,
    requirement="G13",
    summary='Sarcasm or contempt ("cute that you think", "ok boomer", 🙄, 🤡).',
    fix_title="Say plainly what you disagree with",
    docs=RuleDocs(
        what=(
            'Finds sarcasm and contempt aimed at the other person: "cute that you think", "bless your heart", '
            '"sure, Jan", "imagine thinking", "nobody asked", "stay in your lane", eye-roll and clown emoji; scare '
            "quotes around a colleague's role or work (\"'experts'\", \"'educating' me\"), jibes at competence (\"slept through "
            'biostatistics", "never set foot on a ward"), a one-word verdict ("Clowns.") and weariness with patients '
            '("patients who Google everything are exhausting").'
        ),
        why=(
            "Sarcasm reads as contempt in text and escalates a disagreement that could have stayed about the "
            "data. Plain, specific disagreement persuades the onlookers."
        ),
        example="Cute that you think a single-arm phase 2 changes practice 🙄",
        use_instead="I'm not convinced a single-arm phase 2 changes practice: we need a randomized comparison.",
        source=_SOURCE,
    ),
    flags=(Example("Cute that you think a single-arm phase 2 changes practice 🙄"),),
    passes=(Example("I'm not convinced a single-arm phase 2 changes practice."),),
)
def CONTEMPT(r: Rule, ctx: Context) -> Iterator[Finding]:
    yield from _calmer(
        r,
        ctx,
        CONTEMPTUOUS,
        "reads as contempt. Say plainly what you disagree with and why.",
        "Replace with a plain disagreement",
        quoted_is_reported=True,
    )


# The insult is the author's about themselves: "I'm such an idiot", "my dumbass forgot", "Certified idiot: I ..."
_SELF_BEFORE = regex.compile(
    r"\b(?:I'?m|I\s+am|I\s+was|I\s+feel\s+like|myself,?|call\s+me)\s+"
    r"(?:(?:a|an|such\s+an?|the|total|complete|absolute|certified|utter|biggest|real)\s+)*$",
    regex.IGNORECASE,
)
_SOMEONE_ELSE = regex.compile(r"\b(?:he|she|they|him|her|them|his|their|who|people)\b|@\w", regex.IGNORECASE)
_SELF_LABEL = regex.compile(r"^\W*(?:\w+\s+){0,2}$")  # the insult opens the sentence as a label


def _about_self(ctx: Context, m: regex.Match[str], s_start: int, s_end: int) -> bool:
    if _SELF_BEFORE.search(ctx.text, max(s_start, m.start() - 40), m.start()):
        return True
    if m.group(0).startswith("🤦"):  # a facepalm in a sentence about the author alone
        sentence = ctx.text[s_start:s_end]
        if _SELF.search(sentence) and not _SOMEONE_ELSE.search(sentence):
            return True
    label = (
        _SELF_LABEL.match(ctx.text, s_start, m.start()) is not None
        and ctx.text[m.end() : m.end() + 1] == ":"
        and not m.group(0).lower().endswith("s")  # "Morons: I have never seen..." labels others
    )
    return (
        label and _SELF.search(ctx.text[s_start : s_end + 160]) is not None
    )  # the label's sentence may end at ":"


def _calmer(
    r: Rule, ctx: Context, pattern: Matcher, why: str, fix_title: str, quoted_is_reported: bool = False
) -> Iterator[Finding]:
    """The first match of ``pattern`` aimed at someone, with the whole sentence replaced by a calmer one as
    the fix. A sentence about the author alone ("Certified idiot: I left my badge at home") is not an insult;
    with ``quoted_is_reported``, neither is an insult inside quotation marks (someone else's words, reported)."""
    quoted: list[tuple[int, int]] | None = None  # found once, at the first match: most posts have none
    for m in pattern.finditer(ctx.text):
        if quoted_is_reported and quoted is None:
            quoted = [q.span() for q in QUOTED.finditer(ctx.text)]
        if any(a <= m.start() and m.end() <= b and b - a > len(m.group()) + 2 for a, b in quoted or ()):
            continue  # inside a longer quotation (a scare-quoted 'expert' is itself the contempt)
        s_start, s_end = ctx.sentence_at(m.start())
        if not _about_self(ctx, m, s_start, s_end):
            break
    else:
        return
    wording = calmer(ctx, s_start, s_end)
    yield r.finding(
        m.start(),
        m.end(),
        f'"{m.group(0)}" {why}',
        suggestion=wording,
        fix=Fix(fix_title, (Edit(s_start, s_end, wording),)),
        evidence=(m.group(0),),
    )


@rule(
    code="TON003",
    name="uncivil",
    category=Category.TONE,
    severity=Severity.WARNING,
    requirement="G13",
    summary="A sentence aimed at someone that a trained model reads as uncivil or offensive.",
    fix_title="Say what you disagree with, about the data",
    docs=RuleDocs(
        what=(
            'Scores each sentence aimed at someone (you, an @handle, a named person, "people like") with '
            "the shipped tone model, a word and character n-gram classifier trained on 11,916 tweets "
            "labelled offensive or not (TweetEval / OffensEval 2019). Oncology words that read as violent or "
            'obscene to such a model ("kill tumour cells", "anal cancer", "aggressive lymphoma") are masked '
            "first. Sentences the insult and contempt rules already flag are left to them. The message names "
            "the words that drove the score."
        ),
        why=(
            "Patterns catch the common insults; a model catches the many other ways of being rude. Onlookers "
            "(patients, trainees, journalists) remember the tone, not the data."
        ),
        example="@drkhan you are a bullshit artist in a lab coat",
        use_instead="@drkhan I read this trial differently: the control arm was underpowered.",
        source=_SOURCE + "; model card: docs/models.md",
    ),
    flags=(Example("@drkhan you are a bullshit artist in a lab coat", reply=True),),
    passes=(
        Example("The ADC destroyed the tumour; killer T cells and a hostile microenvironment, explained."),
        Example("I read the trial differently: the OS benefit is driven by the control arm."),
    ),
)
def UNCIVIL(r: Rule, ctx: Context) -> Iterator[Finding]:
    if not TARGET.search(ctx.text):
        return
    model = ctx.resources.get(load_tone_model)
    plugin = load_tone_plugin(ctx.draft.settings.tone_model) if ctx.draft.settings.tone_model else None
    for s_start, s_end in ctx.sentences:
        sentence = ctx.text[s_start:s_end]
        said = _LEADING_MENTIONS.sub("", sentence)
        if not TARGET.search(sentence) or _SELF.search(said):
            continue  # aimed at no one, or at the author ("I made a stupid error on slide 3")
        if TARGETED_INSULT.search(sentence) or CONTEMPTUOUS.search(sentence):
            continue  # TON001 / TON002 say it, with their own wording
        masked = CLINICAL_LOOKALIKE.sub(" ", said)
        score = _plugin_score(plugin, masked) if plugin is not None else model.score(masked)
        # "you" in a post usually means the reader ("check your balls once a month"): ask for more
        particular = ctx.draft.reply or PARTICULAR.search(sentence) is not None
        if score < (_PARTICULAR_THRESHOLD if particular else _READER_THRESHOLD):
            continue
        drivers = model.drivers(masked, _MEANINGFUL, top=6)
        if plugin is not None:
            drivers = []  # a plugged-in model explains nothing bedside can read
        why = f" (driven by {', '.join(repr(d) for d in drivers)})" if drivers else ""
        wording = calmer(ctx, s_start, s_end)
        yield r.finding(
            s_start,
            s_end,
            f"This sentence reads as uncivil: the tone model scores it {score:.2f}{why}. Critique the data, "
            "not the person; onlookers remember the tone.",
            suggestion=wording,
            fix=Fix("Replace with a calmer sentence", (Edit(s_start, s_end, wording),)),
            evidence=(f"tone model {score:.2f}", *drivers),
        )
        return
