from __future__ import annotations

from collections.abc import Iterator

from bedside.findings import Category, Edit, Finding, Fix, Severity
from bedside.rules.base import Example, Rule, RuleDocs, rule
from bedside.rules.context import Context
from bedside.rules.fastregex import Matcher
from bedside.rules.tone.patterns import CONTEMPTUOUS, TARGETED_INSULT

_SOURCE = (
    "G13 (Engaging in professional spaces: disagree professionally); Beltrán Ponce et al., Future Oncology "
    "2022, doi:10.2217/fon-2021-1366; ASCO Social Media Guidelines"
)
_CALMER = "I read the data differently: [the point about the trial or the evidence]."


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
            '"sure, Jan", "imagine thinking", "nobody asked", "stay in your lane", eye-roll and clown emoji.'
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
    )


def _calmer(r: Rule, ctx: Context, pattern: Matcher, why: str, fix_title: str) -> Iterator[Finding]:
    """The first match of ``pattern``, with the whole sentence replaced by a calmer one as the fix."""
    m = pattern.search(ctx.text)
    if m is None:
        return
    s_start, s_end = ctx.sentence_at(m.start())
    yield r.finding(
        m.start(),
        m.end(),
        f'"{m.group(0)}" {why}',
        suggestion=_CALMER,
        fix=Fix(fix_title, (Edit(s_start, s_end, _CALMER),)),
        evidence=(m.group(0),),
    )
