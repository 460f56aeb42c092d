from __future__ import annotations

from collections.abc import Iterator

import regex

from bedside.findings import Category, Edit, Finding, Fix, Severity
from bedside.rules.advice import patterns as p
from bedside.rules.base import Example, Rule, RuleDocs, rule
from bedside.rules.clinical import mentions_drug
from bedside.rules.context import Context
from bedside.rules.patterns import CLINICAL

_ANSWERS = (
    "Because you're not my patient, I can't say what's right for you, but this is exactly the question to "
    "bring to your oncologist. The NCCN patient guides (nccn.org/patients) and Cancer.Net explain the "
    "options and what to ask.",
    "Because you're not my patient, I can't say what's right for you. Please ask your oncologist; "
    "Cancer.Net and the NCCN patient guides explain the options.",
    "I can't advise you since you're not my patient; please ask your oncologist (see Cancer.Net).",
    "Please ask your oncologist; I can't advise non-patients.",
)


def general_answer(ctx: Context, start: int = 0, end: int = 0) -> tuple[str, Fix | None]:
    """The longest general, redirecting answer whose one-click fix (replacing text[start:end]) still fits
    the platform's limit; with no fix when none does."""
    for answer in _ANSWERS:
        fix = Fix("Replace with a general answer", (Edit(start, end, answer),))
        if ctx.fits(fix):
            return answer, fix
    return _ANSWERS[-1], None


_RIGHTS = regex.compile(
    r"\b(?:decline|refuse|withdraw|stop|leave)\s+(?:to\s+(?:take\s+part|participate|join)|participating|at\s+any\s+time"
    r"|the\s+(?:trial|study)\s+at\s+any\s+time)",
    regex.IGNORECASE,
)


def _medical_sentence(ctx: Context, start: int, end: int) -> bool:
    sentence = ctx.text[start:end]
    return bool(
        CLINICAL.search(sentence) or p.MEDICAL_OBJECT.search(sentence) or mentions_drug(ctx, start, end)
    )


def _medical_near(ctx: Context, offset: int) -> bool:
    """The sentence holding ``offset``, or the one before or after it, is about medical care: "That's fat
    malabsorption. You need Creon with every meal." is advice although its second sentence names no drug
    bedside knows."""
    spans = ctx.sentences
    s_start, s_end = ctx.sentence_at(offset)
    if _medical_sentence(ctx, s_start, s_end):
        return True
    i = next((k for k, span in enumerate(spans) if span == (s_start, s_end)), None)
    if i is None:
        return False
    return any(_medical_sentence(ctx, *spans[k]) for k in (i - 1, i + 1) if 0 <= k < len(spans))


# "To the lady asking in this group about her mammogram: ...": a post addressed to one person by description
_TO_SOMEONE = regex.compile(
    r"(?:to\s+)?(?:the\s+)?(?:lady|man|gentleman|person|woman|guy|mum|mom|dad|one|young\s+\w+|poster|OP)\s+"
    r"(?:who|asking|that|in\s+(?:the|this)\s+(?:group|thread|comments))\b"
    r"|to\s+(?:my\s+)?(?:\w+'s\s+)?(?:sister|brother|mum|mom|dad|friend|cousin|aunt|uncle|neighbou?r|colleague)\s+who\b"
    r"|(?-i:[A-Z][a-z]+),\s+(?:from\s+what|I'?m\s+so\s+sorry|so\s+sorry|honestly|yes|no)\b",
    regex.IGNORECASE,
)


# The author declines to read someone's results ("I can't tell you what your results mean")
_DECLINES = regex.compile(
    r"\b(?:can'?t|cannot|can\s+not|won'?t|don'?t|do\s+not|not\s+able\s+to|unable\s+to)\s+(?:\w+\s+)?(?:tell|say|know|interpret|read"
    r"|explain|judge|diagnose)\s+(?:you\s+)?(?:what|whether|if|how)\s+$",
    regex.IGNORECASE,
)
# A redirect waved off: "no need to call the clinic", "don't bother asking your oncologist"
_WAVED_OFF = regex.compile(
    r"\b(?:no\s+need\s+to|don'?t\s+(?:need\s+to|have\s+to|bother(?:\s+to)?)|do\s+not\s+(?:need\s+to|bother)|no\s+point(?:\s+in)?"
    r"|not\s+worth|instead\s+of|rather\s+than|won'?t\s+need\s+to)\s+(?:\w+\s+)?$",
    regex.IGNORECASE,
)
_CONTRAST = regex.compile(r"\b(?:but|however|though|yet|meanwhile|in\s+the\s+meantime)\b", regex.IGNORECASE)


def _addressed(ctx: Context) -> bool:
    """A reply, or a post addressed to someone (@mention first, or a mention and 'you')."""
    if ctx.draft.reply:
        return True
    stripped = ctx.text.lstrip()
    if stripped.startswith("@") or _TO_SOMEONE.match(stripped):
        return True
    if bool(ctx.mentions) and p.SECOND_PERSON.search(ctx.text) is not None:
        return True
    # "You can take your tamoxifen every other day": talking to one person about their own care
    return p.YOUR_CARE.search(ctx.text) is not None


@rule(
    code="ADV001",
    name="specific-medical-advice",
    category=Category.ADVICE,
    severity=Severity.WARNING,
    requirement="G9",
    summary="A reply tells someone who is not your patient to start, stop, change or dose a drug, or reads their results.",
    fix_title="Answer in general terms and redirect to their care team",
    docs=RuleDocs(
        what=(
            "In a reply, or a post addressed to someone, finds specific medical advice: directives to start, "
            'stop, skip, switch, dose, demand or refuse a drug, test or procedure ("you should stop the '
            'letrozole", "ask for 50 mg", "don\'t do the chemo"), and readings of the person\'s own results '
            '("your PSA means it\'s back"). General education, guideline and trial summaries, empathy and '
            'redirects ("ask your oncologist", "go to the ED now, don\'t wait") pass.'
        ),
        why=(
            "With no doctor-patient relationship you do not know the history, the scans or the goals of care, "
            "and the person may act on your words. The netiquette asks for education and support, not advice, "
            'and suggests redirects like "because you are not my patient, I cannot tell you which medication '
            'would be best for you".'
        ),
        example="@jen_k You should stop the letrozole for a few weeks and see if the joint pain goes away.",
        use_instead=(
            "@jen_k Because you're not my patient, I can't say what's right for you, but joint pain on "
            "aromatase inhibitors is common and there are options: please ask your oncologist. Cancer.Net has a "
            "good overview."
        ),
        source=(
            "G9 (Engaging in patient spaces: education and support, not medical advice); Beltrán Ponce et al., "
            "Future Oncology 2022, doi:10.2217/fon-2021-1366; AMA Code of Medical Ethics Opinion 2.3.2 "
            "(professionalism in the use of social media)"
        ),
    ),
    flags=(
        Example(
            "@jen_k You should stop the letrozole for a few weeks and see if the joint pain goes away.",
            reply=True,
        ),
        Example("Honestly your PSA rising like that means it's back. Push for a PSMA PET.", reply=True),
        Example("Ask for 50 mg instead, the 100 mg dose is too much for most people.", reply=True),
    ),
    passes=(
        Example(
            "That's a great question for your oncologist. Joint pain on letrozole is common; Cancer.Net "
            "has a helpful page on managing it.",
            reply=True,
        ),
        Example("In general, most people on tamoxifen take it for 5 to 10 years.", reply=True),
        Example("You should stop the letrozole if your oncologist agrees.", reply=False),
        Example("That sounds like neutropenic fever. Go to the ED now, don't wait for Monday.", reply=True),
    ),
)
def SPECIFIC_ADVICE(r: Rule, ctx: Context) -> Iterator[Finding]:
    if not _addressed(ctx):
        return
    text = ctx.text
    hits: list[tuple[int, int, str]] = []
    for m in p.DOSING.finditer(text):
        hits.append((m.start(), m.end(), "a dose"))
    for m in p.INTERPRET.finditer(text):
        if _DECLINES.search(text, max(0, m.start() - 40), m.start()):
            continue  # "I can't tell you what your results mean": the refusal G9 asks for
        hits.append((m.start(), m.end(), "a reading of their results"))
    for m in p.SCHEDULED_DOSE.finditer(text):
        hits.append((m.start(), m.end(), "a dose and schedule"))
    for m in p.INTERPRET_IN_CONTEXT.finditer(text):
        if _medical_near(ctx, m.start()):
            hits.append((m.start(), m.end(), "a reading of their results"))
    for m in p.DIRECTIVE.finditer(text):
        if p.EMERGENCY.match(text, m.start()) or (
            p.DONT_WAIT.match(text, m.start()) and p.EMERGENCY.search(text)
        ):
            continue  # sending them to emergency care, and urging them not to wait, is the redirect itself
        s_start, s_end = ctx.sentence_at(m.start())
        sentence = text[s_start:s_end]
        weak = p.WEAK_VERB.search(m.group()) is not None
        if not (_medical_sentence(ctx, s_start, s_end) if weak else _medical_near(ctx, m.start())):
            continue
        if _RIGHTS.search(sentence) or p.SUPPORT.search(sentence):
            continue  # "You can decline to take part in a trial at any time" teaches a right, it advises nothing
        hits.append((m.start(), m.end(), "a directive about their care"))
    for start, end, kind in sorted(hits):
        s_start, s_end = ctx.sentence_at(start)
        sentence = text[s_start:s_end]
        if p.GENERAL.search(sentence) and kind != "a dose":  # "most patients take 100 mg twice a day" teaches
            continue
        # "Talk to your oncologist before you stop it": a directive wrapped in a redirect is a redirect.
        directive = kind == "a directive about their care"
        redirect = p.REDIRECT.search(sentence) if directive else None
        if redirect and _WAVED_OFF.search(sentence[: redirect.start()]):
            redirect = (
                None  # "skip two doses, no need to call the clinic over a weekend" sends no one anywhere
            )
        turn = _CONTRAST.search(sentence, redirect.end()) if redirect else None
        if (
            directive
            and redirect
            and not p.SPECIFIC_REQUEST.search(sentence)
            and not (turn and start - s_start >= turn.start())  # "ask your team, but stop the tamoxifen now"
        ):
            continue
        answer, fix = general_answer(ctx, s_start, s_end)
        yield r.finding(
            start,
            end,
            f"This gives {kind} to someone who is not your patient. Without their history you cannot know "
            "what is right for them, and they may act on it.",
            suggestion=answer,
            fix=fix,
        )
        return
