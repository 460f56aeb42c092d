from __future__ import annotations

from collections.abc import Iterator

import regex

from bedside.findings import Category, Edit, Finding, Fix, Severity
from bedside.rules.base import Example, Rule, RuleDocs, rule
from bedside.rules.clinical import is_clinical
from bedside.rules.context import Context
from bedside.rules.evidence.patterns import OPINION, REFUTED, SOURCE, SOURCE_CI, STRONG_CLAIM
from bedside.rules.terms import TermMatcher, read_csv


def load_trials() -> TermMatcher:
    """Landmark trial names (from the hashtag vocabulary) count as a source."""
    rows = read_csv("bedside.rules.hashtags.data", "vocabulary.csv")
    return TermMatcher((row["term"], True, row["match"] == "cs") for row in rows if row["kind"] == "trial")


# A colon or semicolon after "the idea that ..." starts the author's own claim ("Forget the idea that X: Y cures")
_NEW_CLAUSE = regex.compile(r"[:;]|\bbut\b")


def _opinion_version(sentence: str) -> str:
    stripped = sentence.strip()
    if not stripped:
        return stripped
    head = stripped[0].lower() + stripped[1:] if not stripped[:2].isupper() else stripped
    return f"In my view, {head}"


@rule(
    code="EVD001",
    name="unsourced-strong-claim",
    category=Category.EVIDENCE,
    severity=Severity.WARNING,
    requirement="G11",
    summary="A strong clinical claim with neither a source nor an opinion marker.",
    fix_title="Cite the source, or mark it as your opinion",
    docs=RuleDocs(
        what=(
            "Finds sweeping clinical claims (cures, always / never, superior, obsolete, proven, 100%, "
            "guaranteed, everyone should, no one should) in a post that names neither a source (trial name, "
            "guideline body, journal, DOI, PMID, link) nor marks the claim as opinion (I think, IMO, in my "
            'view, in my experience, may / might). "A new trial shows" or "recent data" names no source: the '
            'trial\'s name, its year or its journal does. A claim quoted to be refuted ("Myth: ... Fact: ...", '
            '"the idea that ... is a myth") is not asserted.'
        ),
        why=(
            "Patients and trainees read clinicians' posts as medical fact. The netiquette asks you to say "
            "whether a statement is evidence-based or your opinion, so that readers can weigh it and check it."
        ),
        example="Chemo is obsolete for HR+ breast cancer.",
        use_instead=(
            "In my view, many patients with HR+ breast cancer can skip chemo (TAILORx, NEJM 2018) - or cite "
            "the trial or guideline behind the claim."
        ),
        source=(
            "G11 (Engaging in patient spaces: distinguish evidence from opinion); Beltrán Ponce et al., "
            "Future Oncology 2022, doi:10.2217/fon-2021-1366"
        ),
    ),
    flags=(
        Example("Chemo is obsolete for HR+ breast cancer."),
        Example("Immunotherapy cures melanoma. Period."),
        Example("Every woman over 40 should get an annual MRI instead of a mammogram."),
    ),
    passes=(
        Example("Adjuvant osimertinib improved OS in ADAURA (NEJM 2023)."),
        Example("IMO chemo is becoming obsolete for many HR+ early breast cancers."),
        Example("Never gets old seeing a patient ring the bell after the last fraction!"),
        Example("Myth: biopsies spread cancer. Fact: they don't."),
    ),
)
def UNSOURCED_CLAIM(r: Rule, ctx: Context) -> Iterator[Finding]:
    text = ctx.text
    match = STRONG_CLAIM.search(text)
    if match is None:
        return
    if ctx.urls or SOURCE.search(text) or SOURCE_CI.search(text):
        return
    if ctx.resources.get(load_trials).find(text, ctx.folded):
        return
    for m in STRONG_CLAIM.finditer(text):
        s_start, s_end = ctx.sentence_at(m.start())
        sentence = text[s_start:s_end]
        if OPINION.search(sentence) or not is_clinical(ctx):
            continue
        frame = REFUTED.search(text, max(s_start, m.start() - 80), m.start())
        if frame and not _NEW_CLAUSE.search(text, frame.end(), m.start()):
            continue  # quoted to be refuted ("Myth: biopsies spread cancer. Fact: they don't")
        if m.group().lower().startswith("fact") and REFUTED.search(text):
            continue  # the "Fact:" that answers a "Myth:"
        # Negated or questioned claims ("is it really superior?") are not assertions.
        if sentence.rstrip().endswith("?"):
            continue
        rewrite = _opinion_version(sentence)
        yield r.finding(
            m.start(),
            m.end(),
            f'"{m.group(0).strip()}" is a strong clinical claim with no source and no opinion marker. '
            "Cite the trial, guideline or paper, or say that it is your view.",
            suggestion=rewrite,
            fix=fix
            if ctx.fits(fix := Fix("Mark it as your opinion", (Edit(s_start, s_end, rewrite),)))
            else None,
        )
        return
