"""PHI009: the shipped drafts model, asked where bedside's privacy patterns find nothing (#2, G5).

The patterns know the shapes of identifiers (names, dates, rooms, phone numbers, combinations of details);
written by six authors, the project's drafts showed that a new author's phrasing slips past them about one
time in four. A binary n-gram model trained on 2,316 labelled drafts by eight authors (``training/train_ngram.py
drafts``) reads the whole post and catches part of the rest: a neighbour who became a patient, a footballer
whose club is named, a whiteboard photo with surnames.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from bedside.findings import Category, Finding, Severity
from bedside.models.linear import NgramModel
from bedside.rules.base import Example, Rule, RuleDocs, rule
from bedside.rules.clinical import is_clinical
from bedside.rules.context import Context
from bedside.rules.privacy.rules import CONSENT, FAREWELL, mentions_patient, patient_names, staff_news

_SOURCE = (
    "G5 (Protecting patient privacy: post the pearl, not the patient); HIPAA Safe Harbor, 45 CFR 164.514(b)(2); "
    "model card: docs/models.md"
)
# Where care happens, for posts that name no drug or disease ("on our ward last month", "came through our ED")
_CARE = regex.compile(
    r"\b(?:ward|unit|ED|ER|A&E|ICU|imaging|scan|bays?|rooms?\s+\d+|beds?\s+\d+|clinic|consults?|admitted|oncology"
    r"|patients?|pts?|nurses?|hospital|hospice|infusion|rounds|shift)\b",
    regex.IGNORECASE,
)
# News about a place, not a person: "Moved into the new infusion suite on the 4th floor today"
_FACILITY_NEWS = regex.compile(
    r"\b(?:moved|moving|move)\s+(?:in)?to\s+(?:the|our)\s+new\s+(?:\w+\s+){0,2}?(?:suite|unit|ward|wing|building|cent(?:re|er)"
    r"|clinic|department|floor|space|offices?)\b|\b(?:opening|opened|opens)\s+(?:of\s+)?(?:our|the)\s+new\s+(?:\w+\s+){0,2}?"
    r"(?:suite|unit|ward|wing|building|cent(?:re|er)|clinic)\b",
    regex.IGNORECASE,
)
# A case made up to teach: "Imagine a 60-year-old smoker ...", "pretend you're a 35-year-old who just found a lump",
# a quiz with lettered options
_HYPOTHETICAL = regex.compile(
    r"(?:^|[.!?]\s+|\n)(?:imagine\s+(?:an?|you(?:'re|\s+are))|pretend\s+you(?:'re|\s+are))\b|\bhypothetical\s+(?:case|patient|scenario)\b|\b(?:case\s+)?vignette\b"
    r"|\b(?:MCQ|board\s+question|quiz\s+time|pop\s+quiz)\b|\bA\)\s[^\n]{1,80}\bB\)\s",
    regex.IGNORECASE,
)
# Drivers worth showing: a content word, not "the", "a", "of".
_MEANINGFUL = regex.compile(r"[^\W\d_]{4,}|\d")


# The model's own out-of-fold threshold is 0.5 (precision 0.87). Retrained on eight authors' drafts, at 0.55 it
# gives up 1 of 395 identifying drafts the rules and model found together and 5 of 24 false alarms (docs/models.md)
THRESHOLD = 0.55


def load_privacy_model() -> NgramModel:
    return NgramModel.load("privacy_drafts")


@rule(
    code="PHI009",
    name="reads-as-identifying",
    category=Category.PRIVACY,
    severity=Severity.WARNING,
    requirement="G5",
    summary="A post about a patient that a model trained on labelled oncology drafts reads as identifying.",
    fix_title="Generalise the details that point to one person",
    docs=RuleDocs(
        what=(
            "In a post about patients or care where the name rule finds no name, scores the whole post "
            "with the shipped drafts model: a word and character n-gram classifier trained on 2,316 oncology "
            "drafts by eight authors that the project labelled (identifying a patient or not). Over 0.55 (its "
            "out-of-fold threshold is 0.5, precision 0.87) it warns and names the words that drove the score. A post "
            "needs a patient and a word of care (a drug, a disease, a ward, a scan) to be scored."
        ),
        why=(
            "Most identifying posts contain no name, and their phrasings are endless: a neighbour who became "
            "a patient, a local footballer, a couple in two bays of one ward. The patterns catch the common "
            "shapes; the model catches part of the rest. It is a prompt to re-read, not a verdict."
        ),
        example="Neighbour from across the road started chemo at our centre today. Saw her in the waiting room, waved.",
        use_instead="Seeing people you know as patients is part of working where you live. Privacy first, always.",
        source=_SOURCE,
    ),
    flags=(
        Example(
            "Neighbour from across the road started chemo at our centre today. Saw her in the waiting room, waved."
        ),
    ),
    passes=(
        Example("A patient in her 40s taught me to always ask about fertility before chemo."),
        Example("Tumour board moves to Wednesdays from next month. Same room, same coffee."),
    ),
)
def READS_AS_IDENTIFYING(r: Rule, ctx: Context) -> Iterator[Finding]:
    text = ctx.text
    cared_for = is_clinical(ctx) or _CARE.search(text) is not None
    if not mentions_patient(ctx) or not cared_for or patient_names(ctx):
        return  # about no patient or no care, or the name rule already names what identifies them
    if staff_news(ctx) or FAREWELL.search(text) or CONSENT.search(text) or _FACILITY_NEWS.search(text):
        return  # a colleague's news or farewell, a new unit, not a patient; or shared with the person's consent
    if _HYPOTHETICAL.search(text):
        return  # a case made up to teach describes no one
    model = ctx.resources.get(load_privacy_model)
    score = model.score(text)
    if score < max(model.threshold, THRESHOLD):
        return
    drivers = model.drivers(text, _MEANINGFUL)
    why = f" (driven by {', '.join(repr(d) for d in drivers)})" if drivers else ""
    yield r.finding(
        0,
        len(text),
        f"A model trained on oncology drafts the project labelled reads this post as one that could identify "
        f"a patient: {score:.2f}{why}. Re-read it for who the person is, where and when you saw them, and who "
        "would recognise them; keep the lesson, drop the rest.",
        suggestion="Generalise the details that point to one person.",
        evidence=(f"drafts model {score:.2f}", *drivers),
    )
