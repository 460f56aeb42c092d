"""The profile audit (#5; G2, G3): what a clinician's handle, display name and bio leave out.

``audit_profile(profile, settings)`` reports which of the paper's elements are missing (real name,
credentials, specialty, employer where applicable, the "views my own" disclaimer, conflicts of interest),
warns about an anonymous identity, and proposes a bio within the platform's limit, built from what the
bio already says and the author's settings. Output schema ``bedside.profile/1`` (docs/api.md).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any

import regex

from bedside.platforms import Platform, UnknownPlatformError
from bedside.profile.limits import PROFILE_LIMITS, graphemes
from bedside.rules.base import RuleDocs
from bedside.settings import Settings

SCHEMA = "bedside.profile/1"
MISSING_ORDER = ("name", "credentials", "specialty", "employer", "disclaimer", "coi")
MAX_FIELD_CHARS = 5_000
MAX_NAME_CHARS = 400
_SOURCE = "Beltrán Ponce et al., Future Oncology 2022, doi:10.2217/fon-2021-1366, 'Building a professional identity'"

_I = regex.IGNORECASE | regex.VERSION1
CREDENTIALS = regex.compile(
    r"(?<![\p{L}\p{N}])(?:M\.?D|R\.?N|DNP|PharmD|Pharm\.?D|PA-C|PhD|Ph\.D|MBBS|MBChB|MB\s?BCh|FACP|FASCO|FACS|FRCPC?|FRCR|FRCS|MRCP"
    r"|BCOP|BCPS|OCN|AOCNP|AOCNS|APRN|MSN|BSN|MPH|CRNP|FNP(?:-BC)?|ANP|DMD|RPh|CGC|LCSW|RDN|CCRP|DO)(?![\p{L}\p{N}])"
    r"|(?<![\p{L}])(?:Dr\.?|Doctor|Prof\.?|Professor)(?=\s+\p{L})",
    regex.VERSION1,
)
# Letters that are credentials after a name but ordinary words in a bio ("Pittsburgh, PA", "CNS tumors").
NAME_ONLY_CREDENTIALS = regex.compile(r",\s*(?:PA|NP|CNS|MS|MSc|RD|DO)\b|\b(?:NP|PA)$", regex.VERSION1)
SPECIALTY = regex.compile(
    r"(?:#?\w*onc\b|#?\w*onc(?=[A-Z#\s]))|\b(?:onc[oó]log\w*|онколог\w*|onkolog\w*|oncologue\w*|\w*oncolog\w*|heme?/?onc|h(?:a)?ematolog\w*|radiation|radiotherap\w*|surg(?:eon|ery|ical)|pharmac\w+"
    r"|nurs(?:e|ing)|nurse\s+practitioner|palliative|hospice|patholog\w+|radiolog\w+|urolog\w+|gyn\w*|breast|thoracic"
    r"|GI|GU|melanoma|sarcoma|lymphoma|leuk(?:a)?emia|myeloma|neuro-?onc\w*|pediatric|paediatric|survivorship"
    r"|genetic\s+counsel\w*|physicist|dosimetrist|navigator|fellow|resident|trainee|researcher|scientist|epidemiolog\w+"
    r"|transplant|cellular\s+therapy|immunotherapy)\b",
    _I,
)
EMPLOYER = regex.compile(
    r"\b(?:Cancer\s+(?:Center|Centre|Institute)|Hospital|Hospitals|University|Universit\w+|Institute|Clinic|Health"
    r"|Healthcare|Medical\s+(?:Center|Centre|School|College)|School\s+of\s+Medicine|College|NHS|Trust|Memorial|Kaiser"
    r"|Mayo|Oncology\s+(?:Group|Associates|Partners|Specialists)|Foundation|Practice)\b"
    r"|(?:^|\s)(?:at|@)\s?\p{Lu}[\p{L}&.'-]+"
    r"|\b(?i:independent|private\s+practice|retired|self[- ]employed|freelance)\b",
    regex.VERSION1,
)
DISCLAIMER = regex.compile(
    r"\b(?:(?:views|opinions|thoughts|posts|tweets|words)(?:\s+expressed)?\s+(?:here\s+)?(?:are\s+)?(?:my\s+own|mine|personal|my\s+own\s+only)"
    r"|(?:personal|own)\s+(?:views|opinions)|my\s+own\s+(?:views|opinions)|opiniones\s+propias|opini[oó]n\s+personal|мнение\s+личное"
    r"|avis\s+personnel|meinung\s+ist\s+meine|(?:RTs?|reposts?)\s*(?:≠|!=|=/=)\s*endorse\w*"
    r"|personal\s+account|not\s+(?:medical\s+)?advice|(?:RTs?|reposts?|likes?)\s*(?:≠|!=|are\s+not|aren't|do\s+not\s+equal)"
    r"\s*endorse\w*|speak(?:ing)?\s+for\s+myself|not\s+(?:speaking\s+)?for\s+my\s+(?:employer|institution))\b",
    _I,
)
COI = regex.compile(
    r"\b(?:COIs?|conflicts?(?:\s+of\s+interest)?|disclosures?|consult(?:ant|ing|s)?\s+for|advisory"
    r"|honorari\w+|speakers?\s+bureau|research\s+funding|no\s+(?:COI|conflicts))\b",
    _I,
)
PLACEHOLDER_HANDLE = regex.compile(
    r"^(?:[a-z]+[_.-]?\d{4,}|user\d+|[a-z]{1,3}\d+|.*(?:anon|throwaway|burner).*)$", _I
)
_NAME_TOKEN = regex.compile(r"\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’-]+)?|\b\p{Lu}{2,}\b", regex.VERSION1)
_CASELESS = regex.compile(
    r"\p{Lo}{2,}", regex.VERSION1
)  # Chinese, Arabic, Hindi, ...: scripts without letter case
_ROLE_RE = regex.compile(
    r"\b(?:oncologist|hematologist|haematologist|nurse|RN|NP|pharmacist|surgeon|physician|doctor|fellow|resident|radiologist"
    r"|pathologist|urologist|gynecologist|dermatologist|scientist|researcher|navigator|practitioner|PA-C)\b"
)
_NOT_NAMES = frozenset(
    [
        "Dr",
        "Doctor",
        "Prof",
        "Professor",
        "Onc",
        "Oncology",
        "Oncologist",
        "Nurse",
        "Pharmacist",
        "Cancer",
        "Doc",
        "Team",
        "Official",
        "Clinic",
        "Hospital",
        "Center",
        "Centre",
        "Health",
        "Medicine",
        "Medical",
        "The",
        "Your",
        "Views",
        "Breast",
        "Lung",
        "Heme",
        "Rad",
        "Coffee",
        "Loving",
        "Guy",
        "Gal",
        "Girl",
        "Survivor",
        "Advocate",
        "Neuro",
        "Onco",
        "Mom",
        "Dad",
        "Mama",
        "Papa",
        "Chemo",
        "Infusion",
        "Radiation",
        "Surgeon",
        "Fellow",
        "Resident",
        "Researcher",
        "Scientist",
        "Pharmacy",
        "Pharm",
        "Hematology",
        "Hem",
        "Peds",
        "Pediatric",
        "Life",
        "Love",
        "Hope",
        "Official",
        "Real",
        "Just",
        "Another",
        "Tired",
        "Happy",
        "Healthy",
        "Wellness",
        "Science",
        "News",
        "Truth",
    ]
)


@dataclass(frozen=True, slots=True)
class Profile:
    platform: str
    handle: str = ""
    display_name: str = ""
    bio: str = ""
    conflicts: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for name, most in (
            ("handle", MAX_NAME_CHARS),
            ("display_name", MAX_NAME_CHARS),
            ("bio", MAX_FIELD_CHARS),
        ):
            if len(getattr(self, name)) > most:
                raise ValueError(f"{name} is over {most:,} characters; a profile field is short")


@dataclass(frozen=True, slots=True)
class ProfileCheck:
    """One element of the audit, documented like a rule (``bedside rule PRO002``)."""

    code: str
    name: str
    missing: str | None  # the key it adds to "missing", if any
    severity: str
    requirement: str
    summary: str
    docs: RuleDocs
    category: str = "profile"  # "audit" for the history audit's own check (AUD001)


@dataclass(frozen=True, slots=True)
class ProfileFinding:
    code: str
    name: str
    severity: str
    field: str
    message: str
    requirement: str
    suggestion: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "severity": self.severity,
            "field": self.field,
            "message": self.message,
            "requirement": self.requirement,
            "suggestion": self.suggestion,
        }


@dataclass(frozen=True, slots=True)
class ProfileReport:
    profile: Profile
    missing: tuple[str, ...]
    findings: tuple[ProfileFinding, ...]
    suggested_bio: str
    bio_limit: int
    anonymous: bool
    notes: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "platform": self.profile.platform,
            "handle": self.profile.handle,
            "missing": list(self.missing),
            "anonymous": self.anonymous,
            "findings": [f.to_dict() for f in self.findings],
            "suggested_bio": self.suggested_bio,
            "suggested_bio_length": graphemes(self.suggested_bio),
            "bio_limit": self.bio_limit,
        }


def _docs(what: str, why: str, example: str, use_instead: str, source: str) -> RuleDocs:
    return RuleDocs(
        what=what, why=why, example=example, use_instead=use_instead, source=f"{source}; {_SOURCE}"
    )


PROFILE_CHECKS: tuple[ProfileCheck, ...] = (
    ProfileCheck(
        "PRO001",
        "anonymous-identity",
        None,
        "error",
        "G2",
        "The handle and display name do not say who you are.",
        _docs(
            "Finds profiles with no real name in the display name and a handle that reads as an alias "
            '("oncdoc_2291", "anon_rn").',
            "The paper asks clinicians to be transparent: an anonymous or alias identity must not be used in "
            "patient spaces, where people weigh what you say by who you are.",
            'display name "OncDoc 🎗", handle "@oncdoc_2291"',
            'display name "Jane Smith, MD", handle "@DrJaneSmith"',
            "G2 (Transparent handle and display name)",
        ),
    ),
    ProfileCheck(
        "PRO002",
        "missing-name",
        "name",
        "warning",
        "G2",
        "The display name has no real name.",
        _docs(
            "Looks for a first and last name (or a title and surname) in the display name.",
            "Readers, patients and journalists should be able to tell who is speaking; a real name is what "
            "makes a clinician's post accountable.",
            'display name "Breast onc 🎗"',
            'display name "Jane Smith, MD"',
            "G2 (Transparent handle and display name)",
        ),
    ),
    ProfileCheck(
        "PRO003",
        "missing-credentials",
        "credentials",
        "warning",
        "G2",
        "Neither the display name nor the bio gives credentials.",
        _docs(
            "Looks for credentials (MD, DO, RN, NP, DNP, PharmD, PA-C, PhD, MBBS, BCOP, OCN, ...) or a "
            "professional title in the display name and bio.",
            "Credentials tell readers what kind of expertise stands behind a post.",
            'display name "Jane Smith"',
            'display name "Jane Smith, MD" or "Jane Smith, PharmD, BCOP"',
            "G2 (Transparent handle and display name)",
        ),
    ),
    ProfileCheck(
        "PRO004",
        "missing-specialty",
        "specialty",
        "warning",
        "G3",
        "The bio does not say your specialty.",
        _docs(
            "Looks for a specialty or role in the bio (medical oncologist, oncology nurse, pharmacist, "
            "radiation oncology, fellow, ...).",
            "A specialty sets readers' expectations about what you know and what you are posting about.",
            'bio "Mom of two. Runner. Coffee."',
            'bio "Breast medical oncologist at Lakeside Cancer Center. Views my own."',
            "G3 (Bio)",
        ),
    ),
    ProfileCheck(
        "PRO005",
        "missing-employer",
        "employer",
        "info",
        "G3",
        "The bio does not name your employer (where that applies).",
        _docs(
            'Looks for an institution (a cancer centre, hospital, university, "at Lakeside") or a statement '
            'that none applies ("independent", "private practice", "retired").',
            "Naming your employer lets readers weigh your posts, and pairs with the disclaimer that the views "
            "are your own and not the institution's.",
            'bio "Thoracic oncologist. Views my own."',
            'bio "Thoracic oncologist at Lakeside Cancer Center. Views my own."',
            "G3 (Bio)",
        ),
    ),
    ProfileCheck(
        "PRO006",
        "missing-disclaimer",
        "disclaimer",
        "warning",
        "G3",
        'The bio has no "views my own" disclaimer.',
        _docs(
            'Looks for a disclaimer that you post as an individual ("views my own", "personal account", '
            '"not medical advice").',
            "When you post as an individual rather than for your institution, say so; readers and employers "
            "otherwise take your words as the institution's.",
            'bio "Breast medical oncologist at Lakeside Cancer Center."',
            'bio "Breast medical oncologist at Lakeside Cancer Center. Views my own."',
            "G3 (Bio)",
        ),
    ),
    ProfileCheck(
        "PRO007",
        "undisclosed-conflicts",
        "coi",
        "warning",
        "G3",
        "You have declared conflicts of interest that the bio does not disclose.",
        _docs(
            "When your settings (or the request) list conflicts of interest, looks for them in the bio: the "
            'companies by name, or a "Disclosures:" / "COI:" pointer to a list.',
            "Conflicts of interest should be disclosed where readers can see them; the profile is the one "
            "place every reader can.",
            'bio "GU oncologist. Views my own." (with a consulting role for AstraZeneca)',
            'bio "GU oncologist. Views my own. Disclosures: AstraZeneca (consulting)."',
            "G3 (Bio), G12 (Conflicts of interest)",
        ),
    ),
    ProfileCheck(
        "PRO008",
        "over-profile-limit",
        None,
        "error",
        "G25",
        "The display name or bio is longer than the platform allows.",
        _docs(
            "Counts the display name and bio in graphemes against the platform's profile limits (X: name 50, "
            "bio 160; Bluesky 64/256; Mastodon 30/500; Threads 30/150; LinkedIn headline 220; Facebook intro "
            "101; Instagram 30/150; TikTok 30/80).",
            "The platform cuts or refuses what does not fit, usually the disclaimer at the end.",
            "a 190-character X bio",
            "the suggested bio, which always fits",
            "G25 (Platforms differ, Table 1)",
        ),
    ),
)
_BY_CODE = {c.code: c for c in PROFILE_CHECKS}


def _has_name(display_name: str, settings: Settings) -> bool:
    """A real name: the author's own, a word in a script without case, or name words that are not roles
    ("Jane Smith", "JANE DOE", "Dr Patel", "王芳"; not "Coffee Loving Oncologist")."""
    author = settings.author.name.strip()
    if author and author.casefold() in display_name.casefold():
        return True
    if _CASELESS.search(display_name):
        return True
    stripped = CREDENTIALS.sub(" ", NAME_ONLY_CREDENTIALS.sub(" ", display_name))
    tokens = [t for t in _NAME_TOKEN.findall(stripped) if t.strip(".").title() not in _NOT_NAMES]
    if len(tokens) >= 2:
        gazetteers = _names()
        return (
            any(t.title() in gazetteers.first or t.title() in gazetteers.last for t in tokens)
            or len(tokens) >= 3
        )
    titled = regex.search(r"\b(?:Dr|Prof)\.?\s+\p{Lu}", display_name, regex.VERSION1) is not None
    initial = (
        regex.search(r"\b\p{Lu}\.\s*\p{Lu}\p{Ll}+", display_name, regex.VERSION1) is not None
    )  # "J. Kim"
    return bool(tokens) and (titled or initial)


@functools.lru_cache(maxsize=1)
def _names() -> Any:
    from bedside.rules.privacy.gazetteers import load_gazetteers

    return load_gazetteers()


def _credentials(display_name: str, bio: str) -> bool:
    return bool(CREDENTIALS.search(f"{display_name}\n{bio}") or NAME_ONLY_CREDENTIALS.search(display_name))


def _conflicts_disclosed(bio: str, conflicts: tuple[str, ...]) -> bool:
    if COI.search(bio):
        return True
    folded = bio.casefold()
    return all(c.casefold() in folded for c in conflicts)


def _finding(code: str, field: str, message: str, suggestion: str | None = None) -> ProfileFinding:
    check = _BY_CODE[code]
    return ProfileFinding(code, check.name, check.severity, field, message, check.requirement, suggestion)


def _sentences(bio: str) -> list[str]:
    """The bio's sentences and lines (separators such as "|" stay inside: they are the user's style)."""
    return [s.strip() for s in regex.split(r"(?<=[.!?])\s+|\n+", bio) if s.strip()]


def _with_employer(sentence: str, where: str) -> str | None:
    """ "Oncology RN 💜 | she/her" -> "Oncology RN at [your institution] 💜 | she/her": after the role noun."""
    m = _ROLE_RE.search(sentence) or regex.search(r"(?i)\b\w*onc[oó]log\w*\b", sentence)
    if m is None:
        return None
    return f"{sentence[: m.end()]} at {where}{sentence[m.end() :]}"


def suggest_bio(profile: Profile, settings: Settings, limit: int, missing: set[str]) -> str:
    """A bio with every element, within ``limit``: the user's own words first and unchanged, then what is
    missing. A bio that lacks nothing (only the display name does) comes back as it is."""
    bio_missing = missing & {"specialty", "employer", "disclaimer", "coi"}
    if not bio_missing and graphemes(profile.bio) <= limit:
        return profile.bio
    author = settings.author
    sentences = _sentences(profile.bio)
    where = author.employer or "[your institution]"
    lead = ""
    if "employer" in bio_missing and "specialty" not in bio_missing:
        for i, sentence in enumerate(sentences):
            placed = _with_employer(sentence, where)
            if placed is not None:
                sentences[i] = placed
                break
        else:
            lead = f"At {where}."
    elif "specialty" in bio_missing:
        role = author.specialty or "[your specialty]"
        lead = f"{role} at {where}." if "employer" in bio_missing or author.employer else f"{role}."
        lead = lead[0].upper() + lead[1:]
    pieces = ([lead] if lead else []) + sentences
    if pieces and pieces[-1][-1:].isalnum():
        pieces[-1] += "."  # "she/her" + "Views my own." -> "she/her. Views my own."
    conflicts = profile.conflicts or tuple(c.company for c in settings.conflicts)
    tail: list[str] = []
    if "disclaimer" in bio_missing:
        tail.append("Views my own.")
    if "coi" in bio_missing and conflicts:
        tail.append(f"Disclosures: {', '.join(conflicts)}.")
    essentials = {i for i, p in enumerate(pieces) if DISCLAIMER.search(p) or COI.search(p)} | (
        {0} if lead else set()
    )
    # Drop the user's own sentences from the end (never their disclaimer or disclosure) until it fits.
    while graphemes(" ".join(pieces + tail)) > limit:
        droppable = [i for i in range(len(pieces)) if i not in essentials]
        if not droppable:
            break
        pieces.pop(droppable[-1])
        essentials = {i if i < droppable[-1] else i - 1 for i in essentials}
    text = " ".join(pieces + tail)
    if graphemes(text) > limit and conflicts:
        text = " ".join(
            [*(p for p in pieces if DISCLAIMER.search(p)), "Views my own.", "COI: see link."][-2:]
        )
    if graphemes(text) > limit:
        text = "Views my own."
    return text


def audit_profile(profile: Profile, settings: Settings | None = None) -> ProfileReport:
    settings = settings or Settings()
    try:
        platform = Platform(profile.platform.lower())
    except ValueError:
        raise UnknownPlatformError(
            f"unknown platform {profile.platform!r}: one of {', '.join(p.value for p in Platform)}"
        ) from None
    limits = PROFILE_LIMITS[platform]
    conflicts = profile.conflicts or tuple(c.company for c in settings.conflicts)
    findings: list[ProfileFinding] = []
    missing: set[str] = set()

    named = _has_name(profile.display_name, settings)
    handle = profile.handle.lstrip("@").split("@")[0].split(".")[0]
    alias = bool(handle) and (PLACEHOLDER_HANDLE.match(handle) is not None)
    has_credentials = _credentials(profile.display_name, profile.bio)
    anonymous = (
        not named
        and (alias or not has_credentials)
        and not (has_credentials and _NAME_TOKEN.search(profile.display_name))
    )
    if anonymous:
        findings.append(
            _finding(
                "PRO001",
                "display_name",
                "Nothing in this profile says who you are. An anonymous or alias identity must not be used in "
                "patient spaces: readers weigh advice by who gives it.",
                f'Use your real name and credentials, e.g. "{_name_example(settings)}".',
            )
        )
    if not named:
        missing.add("name")
        if not anonymous:
            findings.append(
                _finding(
                    "PRO002",
                    "display_name",
                    "The display name has no real name.",
                    f'"{_name_example(settings)}"',
                )
            )
    if not has_credentials:
        missing.add("credentials")
        creds = ", ".join(settings.author.credentials) or "MD"
        findings.append(
            _finding(
                "PRO003",
                "display_name",
                "Neither the display name nor the bio gives your credentials.",
                f'Add them after your name: "{(profile.display_name or "Your Name").strip()}, {creds}".',
            )
        )
    if not SPECIALTY.search(profile.bio):
        missing.add("specialty")
        findings.append(_finding("PRO004", "bio", "The bio does not say your specialty or role."))
    if not EMPLOYER.search(profile.bio) and not (
        settings.author.employer and settings.author.employer.casefold() in profile.bio.casefold()
    ):
        missing.add("employer")
        findings.append(
            _finding(
                "PRO005",
                "bio",
                "The bio does not name your employer. Say where you work, or that none "
                "applies (independent, private practice, retired).",
            )
        )
    if not DISCLAIMER.search(profile.bio):
        missing.add("disclaimer")
        findings.append(
            _finding(
                "PRO006",
                "bio",
                "The bio has no disclaimer that you post as an individual.",
                '"Views my own."',
            )
        )
    if conflicts and not _conflicts_disclosed(profile.bio, conflicts):
        missing.add("coi")
        findings.append(
            _finding(
                "PRO007",
                "bio",
                f"You have declared conflicts of interest ({', '.join(conflicts)}) that the bio does not disclose.",
                f'"Disclosures: {", ".join(conflicts)}."',
            )
        )
    for name, text, limit in (
        ("display_name", profile.display_name, limits.display_name),
        ("bio", profile.bio, limits.bio),
    ):
        used = graphemes(text)
        if used > limit:
            label = "display name" if name == "display_name" else limits.bio_label
            findings.append(
                _finding(
                    "PRO008", name, f"The {label} is {used} characters; {platform.value} allows {limit}."
                )
            )
    suggested = suggest_bio(profile, settings, limits.bio, missing)
    order = {"error": 0, "warning": 1, "info": 2}
    return ProfileReport(
        profile=profile,
        missing=tuple(m for m in MISSING_ORDER if m in missing),
        findings=tuple(sorted(findings, key=lambda f: order[f.severity])),
        suggested_bio=suggested,
        bio_limit=limits.bio,
        anonymous=anonymous,
    )


def _name_example(settings: Settings) -> str:
    name = settings.author.name or "Jane Smith"
    creds = ", ".join(settings.author.credentials) or "MD"
    return f"{name}, {creds}"
