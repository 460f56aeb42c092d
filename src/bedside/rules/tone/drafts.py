"""TON004: the shipped drafts tone model, asked where bedside's tone patterns find nothing (#4, G13).

TON003's model learnt incivility from 2019 tweets about politics; clinicians are uncivil in their own
register ("some thought leaders clearly haven't seen a patient since residency"). A binary
n-gram model trained on the project's 2,876 labelled drafts and tone sentences (``training/train_ngram.py
drafts``) reads the whole post.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from bedside.findings import Category, Finding, Severity
from bedside.models.linear import NgramModel
from bedside.rules.base import Example, Rule, RuleDocs, rule
from bedside.rules.clinical import is_clinical
from bedside.rules.context import Context
from bedside.rules.tone.model import load_tone_model
from bedside.rules.tone.patterns import CLINICAL_LOOKALIKE, CONTEMPTUOUS, QUOTED, TARGETED_INSULT
from bedside.rules.tone.rules import _SOURCE, calmer

# Someone a post can be uncivil to: "you", an @handle, a titled name, or a group of people or colleagues
_AIMED = regex.compile(
    r"\b(?:you|your|you're|u|ur|y'all|yall)\b|@\w+|\b(?:Dr|Prof|Mr|Mrs|Ms|Professor)\.?\s+[A-Z]"
    r"|\b(?:these|those|some|such|whoever|anyone|people|so-called|our|the|another|every|all|most|half\s+(?:of\s+)?the)\s+"
    r"(?:[\w-]+\s+){0,2}?['‘\"“]?(?:doctors?|oncologists?|nurses?|pharmacists?|pharmacy|surgeons?|radiologists?|cardiologists?"
    r"|hospitalists?|residents?|fellows?|students?|staff|colleagues?|leaders?|influencers?|experts?|mums?|moms?|people|folks"
    r"|minister|administrators?|managers?|admins?|reviewers?|naturopaths?|panel|committee)['’\"”]?(?!\w)"
    r"|\bpatients\s+who\b",
    regex.IGNORECASE,
)
_PROFESSIONAL = regex.compile(
    r"\b(?:doctors?|oncolog\w*|nurs\w+|pharmac\w+|surg\w+|radiolog\w+|cardiolog\w+|residents?|fellows?|med\s+students?"
    r"|colleagues?|clinic\w*|hospital|ward|unit|rounds|tumou?r\s+board|journal|paper|trial|data|guidelines?|patients?|pts?"
    r"|scans?|chemo\w*|cancer|grand\s+rounds|conference|poster|abstract|ASCO|ESMO|ASH|minister|health)\b",
    regex.IGNORECASE,
)
_MEANINGFUL = regex.compile(r"[^\W\d_]{4,}")
# The model's own threshold (0.45, out-of-fold precision 0.86) flagged 2 of the 340 oncology look-alikes in
# tests/data/tone_posts.jsonl ("Feel your boobs, then book your mammogram"), over issue #4's 1%: 0.5 flags none
THRESHOLD = 0.5


def load_tone_drafts_model() -> NgramModel:
    return NgramModel.load("tone_drafts")


@rule(
    code="TON004",
    name="reads-as-uncivil",
    category=Category.TONE,
    severity=Severity.WARNING,
    requirement="G13",
    summary="A post aimed at people that a model trained on labelled clinicians' drafts reads as uncivil.",
    fix_title="Say what you disagree with, about the data",
    docs=RuleDocs(
        what=(
            "In a post aimed at someone (you, an @handle, a titled name, a group of colleagues) where the insult "
            "and contempt rules find nothing, scores the whole post with the shipped drafts tone model: a word "
            "and character n-gram classifier trained on 2,876 drafts and sentences the project labelled "
            "(uncivil or not). Over 0.5 (its out-of-fold threshold, 0.45, flagged 2 of 340 oncology "
            "look-alikes) it warns and names the words that drove the score; a post TON003's model also reads as "
            "uncivil is left to TON003."
        ),
        why=(
            "Clinicians are uncivil in their own register, which a model of 2019 political tweets (TON003) "
            "does not know: contempt for a specialty, a colleague or a group of patients. Onlookers remember "
            "the tone, not the data."
        ),
        example="Some thought leaders in oncology clearly haven't seen a patient since residency.",
        use_instead="I read the evidence differently: [the point about the data].",
        source=_SOURCE + "; model card: docs/models.md",
    ),
    flags=(Example("Some thought leaders in oncology clearly haven't seen a patient since residency."),),
    passes=(
        Example("I read the trial differently: the OS benefit is driven by the control arm."),
        Example("Thank you to our night nurses for everything you do."),
    ),
)
def READS_AS_UNCIVIL(r: Rule, ctx: Context) -> Iterator[Finding]:
    text = ctx.text
    said = QUOTED.sub(" ", text)  # words the author quotes ("my kid said 'so you're a doctor for lumps?'")
    if not _AIMED.search(said) or TARGETED_INSULT.search(text) or CONTEMPTUOUS.search(text):
        return  # aimed at no one, or TON001/TON002 say it with their own wording
    if not (is_clinical(ctx) or _PROFESSIONAL.search(text)):
        return  # the model knows clinicians' incivility; about anything else it guesses (a flood on tweets)
    model = ctx.resources.get(load_tone_drafts_model)
    score = model.score(text)
    if score < max(model.threshold, THRESHOLD):
        return
    if ctx.resources.get(load_tone_model).score(CLINICAL_LOOKALIKE.sub(" ", text)) >= 0.75:
        return  # the tweet model reads it as uncivil too: TON003 says so, sentence by sentence
    drivers = model.drivers(text, _MEANINGFUL)
    why = f" (driven by {', '.join(repr(d) for d in drivers)})" if drivers else ""
    s_start, s_end = ctx.sentence_at(0)
    yield r.finding(
        0,
        len(text),
        f"A model trained on clinicians' drafts the project labelled reads this post as uncivil: {score:.2f}{why}. "
        "Critique the data, not the people; onlookers remember the tone.",
        suggestion=calmer(ctx, s_start, s_end),
        evidence=(f"drafts tone model {score:.2f}", *drivers),
    )
