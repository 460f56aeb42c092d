from __future__ import annotations

from collections.abc import Iterator

from bedside.findings import Category, Edit, Finding, Fix, Severity
from bedside.rules.base import Example, Rule, RuleDocs, rule
from bedside.rules.context import Context
from bedside.rules.hashtags.suggest import suggest_tags


@rule(
    code="TAG001",
    name="missing-disease-tag",
    category=Category.HASHTAG,
    severity=Severity.INFO,
    requirement="G24",
    summary="The draft is about a cancer whose Cancer Tag Ontology hashtag it does not carry.",
    fix_title="Add the disease hashtag",
    docs=RuleDocs(
        what=(
            "Recognises the disease a draft is about (diseases, subtypes, abbreviations such as NSCLC or "
            "TNBC, drugs used mostly in one disease, procedures and landmark trials) and suggests the Cancer "
            "Tag Ontology tag for it, when the draft does not already carry it. Short abbreviations match "
            "only in capitals (ALL, NET); weak hints need company before a tag is suggested; tags whose "
            "spelling is uncertain are suggested only if you ask for them."
        ),
        why=(
            "Patients, advocates and peers follow the ontology's disease tags (#bcsm, #lcsm, ...); a post "
            "without the tag reaches only your followers. The ontology was built so that conversations about "
            "one cancer can be found in one place."
        ),
        example="Updated OS data for osimertinib in resected EGFR+ NSCLC are practice-changing.",
        use_instead="Updated OS data for osimertinib in resected EGFR+ NSCLC are practice-changing. #lcsm",
        source=(
            "G24; Katz MS et al., Disease-specific hashtags for online communication about cancer care, "
            "JAMA Oncology 2016;2(3):392-394, doi:10.1001/jamaoncol.2015.3960; Symplur Healthcare Hashtag "
            "Project"
        ),
    ),
    flags=(Example("Updated OS data for osimertinib in resected EGFR+ NSCLC are practice-changing."),),
    passes=(
        Example("Updated OS data for osimertinib in resected EGFR+ NSCLC are practice-changing. #LCSM"),
        Example("All of us on the unit are grateful for the new coffee machine."),
    ),
)
def MISSING_DISEASE_TAG(r: Rule, ctx: Context) -> Iterator[Finding]:
    for s in suggest_tags(ctx, ctx.draft.settings.low_confidence_hashtags):
        end = len(ctx.text.rstrip())
        fix = Fix(f"Add {s.tag}", (Edit(end, end, " " + s.tag),))
        room = ctx.fits(fix)
        yield r.finding(
            s.start,
            s.end,
            f"About {s.disease} ({', '.join(s.terms[:3])}): add {s.tag} so the people who follow "
            f"{s.disease} on social media find it."
            + ("" if room else " There is no room for it: shorten first."),
            suggestion=s.tag,
            fix=fix if room else None,
        )
