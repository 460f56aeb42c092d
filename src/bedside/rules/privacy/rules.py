from __future__ import annotations

import bisect
import functools
import unicodedata
from collections.abc import Iterator

import regex

from bedside.findings import Category, Edit, Finding, Fix, Severity, removal
from bedside.rules.base import Example, Rule, RuleDocs, rule
from bedside.rules.clinical import is_clinical
from bedside.rules.context import Context
from bedside.rules.patterns import EMAIL, MONTH, STREET_NAME, TUMOUR, WEEKDAY, phone_matches
from bedside.rules.privacy import patterns as p
from bedside.rules.privacy import risk
from bedside.rules.privacy.gazetteers import (
    CAPITALISED,
    FULL_NAME,
    PLACE_ALIAS,
    PLACE_ALIASES,
    PLACE_PHRASE,
    PLACE_STATE,
    SITE_PHRASE,
    Place,
    load_gazetteers,
    load_hospitals,
)
from bedside.rules.privacy.ner import PERSON_LABELS, PLACE_LABELS, entities
from bedside.rules.self_exposure.patterns import (
    CHILD_ACTION_NAME,
    CHILD_NAME,
    CHILD_PAIR,
    PERSONAL_EMAIL_CUE,
    PERSONAL_PHONE_CUE,
)
from bedside.rules.terms import Match, read_csv

_SOURCE = (
    "G5, G4 (Building a professional identity: patient privacy, permanence); HIPAA Privacy Rule, Safe Harbor "
    "method, 45 CFR 164.514(b)(2); Beltrán Ponce et al., Future Oncology 2022, doi:10.2217/fon-2021-1366"
)
_PERMANENCE = " Deleting later does not help: posts are archived and screenshotted (G4)."
CONSENT = regex.compile(
    r"\b(?:with\s+(?:(?:her|his|their|the\s+patient's|the\s+family's|written|full|explicit)\s+){1,3}"
    r"(?:permission|consent|blessing)|(?:shar(?:ed|ing)|post(?:ed|ing))\s+with\s+(?:(?:her|his|their|full|written|explicit)\s+)?"
    r"(?:permission|consent)|consented|"
    r"de-?identified|details\s+changed|names?\s+changed|composite"
    # "Shared with Tom's permission", "(she said I could share this)", "he asked us to post it"
    r"|(?:shar(?:ed|ing)|post(?:ed|ing))\s+with\s+(?-i:[A-Z][a-z]+)(?:'s|’s)\s+(?:permission|consent|blessing)"
    r"|(?:he|she|they)\s+(?:said|says)\s+(?:I|we)\s+(?:could|can|may)\s+(?:share|post|tell)"
    r"|(?:he|she|they)\s+asked\s+(?:us|me)\s+to\s+(?:share|post)|with\s+the\s+blessing\s+of\s+(?:his|her|their|the)\s+family)\b",
    regex.IGNORECASE,
)


def load_company_names() -> frozenset[str]:
    """Company names and aliases (lower case): "Eli Lilly" is a company, not a patient."""
    names: set[str] = set()
    for row in read_csv("bedside.rules.disclosure.data", "companies.csv"):
        names.add(row["company"].casefold())
        names.update(a.strip().casefold() for a in row["aliases"].split(";") if a.strip())
    return frozenset(names)


def load_public_figures() -> frozenset[str]:
    """People whose illness or role is public knowledge (data/public_figures.csv): discussing them is no leak."""
    return frozenset(row["name"] for row in read_csv("bedside.rules.privacy.data", "public_figures.csv"))


def load_not_names() -> frozenset[str]:
    """Capitalised words that are not patient names (eponyms, products), as data with sources."""
    return frozenset(row["term"] for row in read_csv("bedside.rules.privacy.data", "not_names.csv"))


def _author_names(ctx: Context) -> frozenset[str]:
    return _author_words(ctx.draft.settings.author.name)


_WORD = regex.compile(r"[A-Z][a-z]+")


@functools.lru_cache(maxsize=16)
def _author_words(name: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(name) if len(w) > 2)


def _ascii(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _event(ctx: Context, offset: int) -> bool:
    """The sentence at ``offset`` names a meeting or event and is not plainly about one patient (memoised)."""
    return ctx.sentence_search(p.EVENT_CONTEXT, offset) and not ctx.sentence_search(p.STRONG_PATIENT, offset)


def mentions_patient(ctx: Context) -> bool:
    """A patient word anywhere in the post (PATIENT_CONTEXT), searched once per post for every privacy rule."""
    return ctx.once(("mentions_patient",), lambda: p.PATIENT_CONTEXT.search(ctx.text) is not None)


def _patient_context(ctx: Context, start: int, end: int) -> bool:
    """A patient word within 150 characters of the span (one scan of the text, then a lookup per call)."""
    spans = ctx.once(("patient_context",), lambda: [m.span() for m in p.PATIENT_CONTEXT.finditer(ctx.text)])
    lo, hi = max(0, start - 150), min(len(ctx.text), end + 150)
    i = bisect.bisect_left(spans, (lo, -1))
    return i < len(spans) and spans[i][1] <= hi


# An office's own line or mailbox: "Research office: ...", "call our clinic at ...", "scheduling line ...".
_OFFICE_LABEL = regex.compile(
    r"(?:\b(?:office|desk|line|team|department|dept|clinic|cent(?:er|re)|program|unit|hotline|helpline|scheduling|triage"
    r"|switchboard|pharmacy|navigator|coordinator|research|intake|referrals?)\b[^.!?\n]{0,25}|\b(?:call|contact|reach|fax)\s+us"
    r"[^.!?\n]{0,12}|\bcall\s+(?:our|the)\s+[^.!?\n]{0,25})$",
    regex.IGNORECASE,
)
_ROLE_MAILBOX = regex.compile(
    r"(?:info|contact|trials?|research|clinic|clinics|office|admin|help|support|press|media|comms|communications|appointments?"
    r"|scheduling|referrals?|team|hello|studies|study|enquiries|inquiries|patients?|nurse|nursing|pharmacy|volunteer\w*)[@._-]",
    regex.IGNORECASE,
)


def _own_child(ctx: Context, offset: int) -> bool:
    """A name in a sentence about the author's own child is self_exposure (EXP003), not a patient."""
    if ctx.sentence_search(_OWN_FAMILY, offset):
        return True
    return any(
        start <= offset < end
        for pattern in (CHILD_NAME, CHILD_ACTION_NAME, CHILD_PAIR)
        for start, end in ctx.sentence_spans(pattern, offset)
    )


_EXPLICIT_PATIENT = regex.compile(
    r"\b(?:patients?|pts?|diagnos\w+|clinic|infusion|chemo|radiation|oncolog\w+|admitted|hospice|tumou?r|cancer"
    r"|" + TUMOUR + r"|leuk\w*emia|Hodgkin\w*|I\s+(?:treat|treated|look\s+after|care\s+for)"
    r"|Whipple|\w+ectomy|resection|operated\s+on|(?:surgery|operation)\s+on|transplant|biops\w+)\b",
    regex.IGNORECASE,
)
_OWN_FAMILY = regex.compile(
    r"\b(?:my|our)\s+(?:\w+\s+)?(?:son|daughter|kids?|children|boy|girl|twins|toddler|baby|husband|wife|partner|mom|dad"
    r"|mother|father|sister|brother|niece|nephew|grand(?:son|daughter|kids?))\b|\bproud\s+(?:mom|mama|dad|papa|parent)\b",
    regex.IGNORECASE,
)


def _severity(ctx: Context) -> Severity:
    """Consent or de-identification lowers an identifier to a warning; it never silences it."""
    consent = ctx.once(("consent",), lambda: CONSENT.search(ctx.text) is not None)
    return Severity.WARNING if consent else Severity.ERROR


@rule(
    code="PHI001",
    name="patient-name",
    category=Category.PRIVACY,
    severity=Severity.ERROR,
    requirement="G5",
    summary='A patient\'s name: "Mrs. Delgado", "Anna S.", "my patient John".',
    fix_title='Replace the name with "a patient"',
    docs=RuleDocs(
        what=(
            "Finds names the way they appear in clinicians' posts: an honorific and surname (\"Mrs. "
            'Delgado"), a first name and initial ("Anna S."), a name after "my patient" or before an age '
            '("Linda, a 54-year-old"), "a man named ...". Eponyms (Hodgkin, Wilms, Ewing, Merkel, Lynch, '
            "Whipple, ...) and your own name are not patient names. Consent lowers the severity to a warning "
            'but does not silence it. Naming the clinician who saw the patient ("seen by Dr. Patel", "Dr. '
            "Lee's patient\") is a warning: colleagues and anyone who looks the clinician up can place the "
            "patient."
        ),
        why=(
            "A name is the first of HIPAA's 18 identifiers, and even a first name with an initial is enough "
            "for the patient's family, neighbours or colleagues. Consent given on a good day may be withdrawn, "
            "and the post cannot be."
        ),
        example="Mrs. Delgado finished her last cycle today and brought the whole unit cookies!",
        use_instead="A patient finished her last cycle today and brought the whole unit cookies!",
        source=_SOURCE,
    ),
    flags=(
        Example("Mrs. Delgado finished her last cycle today and brought the whole unit cookies!"),
        Example("My patient Jerome taught me more about resilience than any lecture."),
        Example("Anna S. rang the bell today after 6 cycles of chemo!"),
    ),
    passes=(
        Example("A patient finished her last cycle today and brought the whole unit cookies!"),
        Example("Hodgkin lymphoma cure rates are a triumph of cooperative-group trials."),
        Example("Congrats to Dr. Patel on her ASCO plenary!"),
    ),
)
def PATIENT_NAME(r: Rule, ctx: Context) -> Iterator[Finding]:
    severity = _severity(ctx)
    for start, end, clinician in patient_names(ctx):
        if clinician:
            yield r.finding(
                start,
                end,
                f'"{ctx.text[start:end]}" names the clinician who saw this patient: with the place and the date '
                "it tells colleagues, and anyone who looks the clinician up, who the patient is."
                + _PERMANENCE,
                suggestion="their clinician",
                fix=Fix('Replace with "their clinician"', (Edit(start, end, "their clinician"),)),
                severity=Severity.WARNING,
            )
            continue
        # Keep the sentence's capital: "Mrs. Delgado finished" -> "A patient finished".
        before = ctx.text[:start].rstrip()
        wording = (
            "A patient" if not before or before[-1] in ".!?\n" or not before[-1].isalnum() else "a patient"
        )
        yield r.finding(
            start,
            end,
            f"\"{ctx.text[start:end]}\" looks like a patient's name, the first of HIPAA's 18 identifiers."
            + _PERMANENCE,
            suggestion=wording,
            fix=Fix(f'Replace with "{wording}"', (Edit(start, end, wording),)),
            severity=severity,
        )


def about_individual(ctx: Context) -> bool:
    """The post is about one person: "she", "my patient", "a 62-year-old", a patient's name, an MRN or DOB."""
    return ctx.once(
        ("about_individual",),
        lambda: bool(
            p.INDIVIDUAL.search(ctx.text)
            or any(not clinician for _, _, clinician in patient_names(ctx))
            or p.DOB.search(ctx.text)
            or _record_numbers(ctx)
        ),
    )


def _record_numbers(ctx: Context) -> list[regex.Match[str]]:
    return ctx.once(
        ("record_numbers",), lambda: list(p.RECORD_NUMBER.finditer(ctx.text)) if _has_digit(ctx) else []
    )


_DIGIT = regex.compile(r"\d")


def _has_digit(ctx: Context) -> bool:
    """Every record number, phone and exact age has a digit; most posts have none."""
    return ctx.once(("has_digit",), lambda: _DIGIT.search(ctx.text) is not None)


# Leading @handles: the people a reply answers
_ADDRESSEES = regex.compile(r"\s*(?:(?:Replying|In\s+reply)\s+to\s+)?(?:@[\w.@-]+[\s,:]*)+", regex.IGNORECASE)
# ... unless the author saw them as a patient ("lovely to see you at chemo today", "your scan was clear")
_ENCOUNTER = regex.compile(
    r"\b(?:my|our)\s+(?:\w+\s+)?(?:patient|pt)\b(?!s?\s+(?:leaflet|panel|advocate|education))|\bin\s+clinic\b|\bat\s+(?:clinic|chemo)\b"
    r"|\b(?:see|saw|seeing)\s+you\b|\byour\s+(?:scan|scans|counts|labs|results|bloods)\s+(?:was|were|looked|came)\b",
    regex.IGNORECASE,
)
# A name given to a mannequin, a pet or a robot; a trial cited by its author ("the Rosselli Del Turco trial")
_NOT_A_PERSON = regex.compile(
    r"\b(?:mannequin|manikin|dummy|doll|phantom|robot|dog|cat|puppy|pup|kitten|therapy\s+dog|mascot|teddy)\b,?\s*(?:named|called)?\s*$",
    regex.IGNORECASE,
)
_CITED = regex.compile(
    r"(?:\s+(?:trials?|study|studies|et\s+al\b|and\s+colleagues)|\s*\((?:\w+\s+)?\d{4}\))", regex.IGNORECASE
)


def patient_names(ctx: Context) -> list[tuple[int, int, bool]]:
    """Patients' names in the text, and (flag True) the clinician named as the one who saw the patient."""
    return ctx.once(("patient_names",), lambda: _find_patient_names(ctx))


def _find_patient_names(ctx: Context) -> list[tuple[int, int, bool]]:
    not_names = ctx.resources.get(load_not_names) | _author_names(ctx)
    candidates: list[tuple[int, int, str]] = []
    honorifics = set()
    for m in p.HONORIFIC_NAME.finditer(ctx.text):
        candidates.append((m.start(), m.end(), m.group(1)))
        honorifics.add(m.start())  # "Mr. Anderson" is a person even though "Anderson" is also a cancer centre
    gz = ctx.resources.get(load_gazetteers)
    for pattern in (p.NAMED, p.PATIENT_THEN_NAME, p.NAME_THEN_AGE, p.NAME_BEFORE_ID, p.NAME_OUR_PATIENT):
        for m in pattern.finditer(ctx.text):
            word = m.group(1).split()[0].split("-")[0]
            plain = _ascii(word)  # "José" is "Jose" in the census lists
            known = plain in gz.first or plain in gz.last
            cited = _CITATION_AFTER.match(ctx.text, m.end())
            if pattern is p.PATIENT_THEN_NAME and (
                cited
                or (
                    not known
                    and not (m.lastindex == 2 and m.group(2))
                    and not (
                        m.group(0)[:1] in "MmOo"
                        and m.group(1) not in _SERVICE
                        and _NAME_FOLLOWS.match(ctx.text, m.end(1))
                    )
                )
            ):
                # "Patient Educ Couns" is a journal, not a patient; "my patient Dev Malhotra" is one, and so is
                # "our patient Priya (she said ...)" or "my patient Oluwaseun, who ...": a name no census list holds
                continue
            end = m.end(2) if m.lastindex and m.lastindex >= 2 and m.group(2) else m.end(1)
            candidates.append((m.start(1), end, m.group(1)))
    for m in p.NAME_AGE_COMMA.finditer(ctx.text) if p.NAME_AGE_COMMA_NEEDS.search(ctx.text) else ():
        g = m.lastindex or 1
        if g < 3 or m.group(g).split()[0] in gz.first:  # "Jaxon, age 7" needs no census name
            candidates.append((m.start(g), m.end(g), m.group(g)))
    for m in p.INITIAL_SURNAME.finditer(ctx.text):
        surname = m.group(1).split(".")[-1].strip()
        if _TITLE_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
            continue  # "Dr. K. Mbeki"
        known = surname in gz.last or ctx.sentence_search(p.INDIVIDUAL, m.start())
        if known and _patient_context(ctx, m.start(), m.end()):
            candidates.append((m.start(1), m.end(1), surname))
    own = {h.casefold().lstrip("@") for h in ctx.draft.settings.author.handles}
    has_cue = ctx.mentions and p.PATIENT_HANDLE_CUE.search(ctx.text) is not None
    addressees = _ADDRESSEES.match(ctx.text) if has_cue else None
    lead_end = addressees.end() if addressees and not _ENCOUNTER.search(ctx.text) else -1
    for start, end, handle in ctx.mentions if has_cue else ():
        if start < lead_end:
            continue  # the person a reply answers, about their own care in their own thread (ADV001 weighs the reply)
        if ctx.sentence_search(p.PATIENT_HANDLE_CUE, start) and handle.casefold().lstrip("@") not in own:
            candidates.append((start, end, handle))
    for shape in (
        p.FIRST_AND_INITIAL,
        p.INITIALS,
        p.FAMILY_NAME,
        p.NAME_IS,
        p.VOCATIVE_FROM,
        p.ADDRESSED_NAME,
    ):
        for m in shape.finditer(ctx.text):
            if _patient_context(ctx, m.start(), m.end()):
                end = m.end(2) if shape is p.FIRST_AND_INITIAL else m.end(1)
                candidates.append((m.start(1), end, m.group(1)))
    for m in p.FIRST_AND_BARE_INITIAL.finditer(ctx.text):
        if gz.first.get(m.group(1)) is False and _patient_context(ctx, m.start(), m.end()):
            candidates.append((m.start(1), m.end(2), m.group(1)))
    candidates.extend(_gazetteer_names(ctx, not_names))
    for start, end, label in _entities(ctx):
        if label in PERSON_LABELS and _patient_context(ctx, start, end):
            candidates.append((start, end, ctx.text[start:end].split()[0]))
    doctors = [m.span(m.lastindex or 0) for m in p.TREATING_CLINICIAN.finditer(ctx.text)]
    clinicians = {start for start, _ in doctors}
    candidates.extend((start, end, ctx.text[start:end]) for start, end in doctors)
    own = {w.casefold() for w in _author_names(ctx)}
    found: list[tuple[int, int, bool]] = []
    covered_to = -1
    for start, end, first in sorted(candidates, key=lambda c: (c[0], -c[1])):
        if start < covered_to or ctx.in_url(start, end):
            continue
        clinician = start in clinicians
        if not clinician and (
            (first in not_names and start not in honorifics)
            or first.lower() in _STOP
            or _own_child(ctx, start)
            or _NOT_A_PERSON.search(ctx.text, max(0, start - 40), start)
            or _CITED.match(ctx.text, end)
        ):
            continue
        if clinician and own & {w.casefold() for w in _WORD.findall(ctx.text, start, end)[1:]}:
            continue  # the author's own name
        covered_to = end
        found.append((start, end, clinician))
    if any(clinician for _, _, clinician in found) and not (
        p.INDIVIDUAL.search(ctx.text)
        or any(not clinician for _, _, clinician in found)
        or p.DOB.search(ctx.text)
        or _record_numbers(ctx)
    ):
        # "Our pathway, reviewed by Dr. Smith, goes live Monday": a clinician, but no patient
        found = [f for f in found if not f[2]]
    return found


# After "my/our patient Name": a parenthesis, a comma and a clause, a possessive or a verb, as a name is followed
_NAME_FOLLOWS = regex.compile(
    r"'s\b|\s*\(|,\s+(?:who|whose|a|an|aged?|\d)\b|\s+(?:is|was|has|had|finished|rang|taught|told|came|went|passed|died"
    r"|brought|asked|said|and|just|made|started|completed|turned|got|gave|sent|wrote|called|celebrated|walked|danced)\b"
)
# A colleague's farewell names the ward they worked on, not a patient's ("30 years on 6 West")
FAREWELL = regex.compile(
    r"\b(?:farewell|last\s+shift|retir\w+|leaving\s+us|send-?off|goodbye|years\s+on|welcome\s+to\s+the\s+team)\b",
    regex.IGNORECASE,
)
# Services that follow "our patient": "Our patient Portal is live", "Our patient Navigator is amazing"
_SERVICE = frozenset(
    [
        "Portal",
        "Advocate",
        "Advocates",
        "Navigator",
        "Navigators",
        "Experience",
        "Safety",
        "Education",
        "Services",
        "Service",
        "Care",
        "Family",
        "Advisory",
        "Voice",
        "Voices",
        "Partner",
        "Partners",
        "Liaison",
        "Coordinator",
        "Representative",
        "Council",
        "Committee",
        "Forum",
        "Panel",
        "Day",
        "Week",
        "Month",
        "Guide",
        "Support",
        "Program",
        "Programme",
        "Centre",
        "Center",
        "Lounge",
        "Library",
        "App",
        "Line",
        "Survey",
        "Stories",
        "Story",
        "Ambassador",
        "Ambassadors",
        "Engagement",
        "Relations",
    ]
)
_TITLE_BEFORE = regex.compile(
    r"(?:\b(?:Dr|Drs|Prof|Doctor|Professor|Rev|Sen|Rep|Gov|Judge|Coach|King|Queen|Prince|Princess|President|Pope"
    r"|Senator|Governor|Congressman|Congresswoman)\.?|@)\s*$"
)
_MONTH_OR_DAY = regex.compile(rf"(?:{MONTH}|{WEEKDAY})\.?$")
_ORG_AFTER = regex.compile(
    r"\s*(?:'s\s+)?(?:Hospital|Clinic|Cent(?:er|re)|Institute|University|College|School|Medical|Health|County|Street|St\b|Avenue"
    r"|Ave\b|Road|Rd\b|Foundation|Fund|Award|Lecture|Prize|Syndrome|Disease|Trial|Study|Memorial|Cancer|Park|Lake|River"
    r"|nodule|node|sign|syndrome|disease|tumou?r|lymphoma|sarcoma|score|criteria|classification|reflex|procedure|operation"
    r"|maneuver|manoeuvre|scale|index|curve|staging|triad|phenomenon)\b",
    regex.IGNORECASE,
)
# "our hospital president, Monica Reyes" / "Sister Mary Joseph": a role or title before the name.
_ROLE_BEFORE = regex.compile(
    r"\b(?:president|CEO|CFO|COO|chair|chief|dean|director|colleague|co-?author|mentor|fellow|resident|nurse|navigator|"
    r"pharmacist|physician|surgeon|oncologist|manager|coordinator|speaker|author|host|Sister|Brother|Father|Saint|St\.?|"
    r"Princess|Prince|King|Queen|President|Senator|Governor|Mayor|quote|quoting|said|wrote|thanks?\s+to)\W{0,3}$",
    regex.IGNORECASE,
)


def _gazetteer_names(ctx: Context, not_names: frozenset[str]) -> Iterator[tuple[int, int, str]]:
    """Full names (census first name + census surname) and unambiguous first names, near a patient."""
    gz = ctx.resources.get(load_gazetteers)
    companies = ctx.resources.get(load_company_names)
    public = ctx.resources.get(load_public_figures)
    text = ctx.text
    covered: list[tuple[int, int]] = []
    for m in FULL_NAME.finditer(text):
        first, last = m.group(1), m.group(2)
        if first not in gz.first or last not in gz.last or {first, last} & not_names:
            continue
        if _MONTH_OR_DAY.match(last) or f"{first} {last}" in public:
            continue  # "San Antonio Dec 10"; "Jimmy Carter's melanoma" is public knowledge
        if _TITLE_AFTER.match(text, m.end()):
            continue  # "Maria Chen, RN, OCN": a colleague
        if f"{first} {last}".casefold() in companies:
            continue  # "Eli Lilly", "Johnson Johnson": a company, not a person
        if first.lower() in _STOP or _TITLE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        if _ROLE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue
        if gz.first[first] and last not in gz.last:
            continue
        if _ORG_AFTER.match(text, m.end()) or not _patient_context(ctx, m.start(), m.end()):
            continue
        covered.append(m.span())
        yield m.start(), m.end(), first
    if not p.INDIVIDUAL.search(text):
        return
    for m in CAPITALISED.finditer(text):
        name = m.group(1)
        if gz.first.get(name, True) or name in not_names or name.lower() in _STOP:
            continue  # not a census first name, or a word-like one ("Will", "Hope")
        if any(s <= m.start() < e for s, e in covered):
            continue
        after = text[m.end() : m.end() + 2]
        if _NEXT_CAPITAL.match(after) or _ORG_AFTER.match(text, m.end()):
            continue  # part of a longer proper name (an organisation, a place, a full name handled above)
        if _PREVIOUS_CAPITAL.search(text, max(0, m.start() - 20), m.start()):
            continue
        if _TITLE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        if _ROLE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue
        if (
            ctx.draft.reply
            and m.start() == len(text) - len(text.lstrip())
            and text[m.end() : m.end() + 1] == ","
        ):
            continue  # "Marcy, ..." opening a reply addresses the person you answer
        if _TITLE_AFTER.match(text, m.end()):
            continue  # "Catherine, Princess of Wales": a public figure named with her title
        if not ctx.sentence_search(p.PATIENT_CONTEXT, m.start()):
            continue
        yield m.start(), m.end(), name


_CITATION_AFTER = regex.compile(r"\s*[.,]?\s*(?:\(?(?:19|20)\d{2}\b|\d+\s*[:;(])")
_DATE_CUE_BEFORE = regex.compile(r"\b(?:on|from|since|until|of|dated|by)\s$", regex.IGNORECASE)


# "surgery 3/16", "scan 3/14": an event just before the number makes it a date, even at the end of a post.
_EVENT_BEFORE = regex.compile(
    r"\b(?:surgery|scan|scans|CT|MRI|PET|biopsy|op|admitted|admission|discharged|seen|visit|started|diagnosed|dx|labs"
    r"|appointment|appt|infusion|transplant|died|passed|born|DOB)\W{0,3}$",
    regex.IGNORECASE,
)


def _thread_number(text: str, m: regex.Match[str]) -> bool:
    """A "1/5" ending the post numbers a thread (bedside's own splits end so); "surgery 3/16" is a date."""
    if text[m.end() : m.end() + 64].strip() or len(text) - m.end() > 64:
        return False
    if _DATE_CUE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return False
    first, _, second = m.group(0).partition("/")
    if not (first.isdigit() and second.isdigit() and 0 < int(first) <= int(second) <= 25):
        return False
    return _EVENT_BEFORE.search(text, max(0, m.start() - 24), m.start()) is None


_NEXT_CAPITAL = regex.compile(r"\s[A-Z]")
_PREVIOUS_CAPITAL = regex.compile(r"[A-Z][a-z]+\s$")
_TOLL_FREE = regex.compile(r"(?:\+?1[\s.-]?)?\(?8(?:00|88|77|66|55|44|33)\b")
_TITLE_AFTER = regex.compile(
    r",?\s+(?:the\s+)?(?:Princess|Prince|Duke|Duchess|King|Queen|President|Senator|Governor|Mayor|CEO|founder|author|MD|DO"
    r"|RN|NP|PA-C|PharmD|PhD|OCN|BSN|MSN|DNP|APRN|CNS|AOCNP|BCOP|MBBS|FACP|FASCO|MPH|MS|LCSW|CCLS)\b"
)


_STOP = frozenset(
    (
        *("the", "this", "that", "these", "those", "and", "but", "patient", "today", "tonight", "yesterday"),
        *("she", "he", "they", "we", "our", "my", "her", "his", "dr", "doctor", "nurse", "team", "thanks"),
        *("thank", "congrats", "congratulations", "happy", "great", "huge", "big", "shout", "welcome"),
        *("hello", "hi", "hey", "please"),
    )
)


@rule(
    code="PHI002",
    name="patient-date",
    category=Category.PRIVACY,
    severity=Severity.ERROR,
    requirement="G5",
    summary='A date finer than a year tied to a patient: "3/14", "the third of July", "last Tuesday".',
    fix_title="Drop the date, or keep only the year",
    docs=RuleDocs(
        what=(
            "Finds dates finer than a year (numeric, written out, ordinal, or a named weekday) in a sentence "
            'about a patient (ISO and US forms too). A month and year ("in July 2021") beside one patient is a '
            "warning. Dates of meetings, conferences, deadlines and tumour boards are not flagged."
        ),
        why=(
            "Admission, diagnosis, surgery and death dates are Safe Harbor identifiers: with the place and the "
            "diagnosis they single out one person in hospital records and in the family's memory."
        ),
        example="Admitted her on 3/14 with cord compression from breast cancer.",
        use_instead="Recently admitted a patient with cord compression from breast cancer.",
        source=_SOURCE,
    ),
    flags=(
        Example("Admitted her on 3/14 with cord compression from breast cancer."),
        Example("My patient was diagnosed on the third of July and is already in remission."),
    ),
    passes=(
        Example("Tumor board moves to Tuesdays from 3/14. Bring cases!"),
        Example("Abstract deadline for #ASCO26 is February 11."),
    ),
)
def PATIENT_DATE(r: Rule, ctx: Context) -> Iterator[Finding]:
    severity = _severity(ctx)
    dob = p.DOB.search(ctx.text)
    if dob:
        yield r.finding(
            dob.start(),
            dob.end(),
            "A date of birth identifies a patient on its own (a Safe Harbor identifier)." + _PERMANENCE,
            suggestion="",
            fix=Fix("Remove the date of birth", (removal(ctx.text, dob.start(), dob.end()),)),
            severity=severity,
        )
    covered_to = -1
    for pattern in (p.DATE_NUMERIC, p.DATE_WORDS, p.DATE_MONTH_YEAR):
        for m in pattern.finditer(ctx.text):
            if m.start() < covered_to:
                continue
            if ctx.in_url(m.start(), m.end()) or _event(ctx, m.start()):
                continue
            if pattern is p.DATE_NUMERIC and _thread_number(ctx.text, m):
                continue  # "... 1/3" alone at the end of a post numbers a thread
            # Abbreviations ("Med. Center on Feb 2") cut sentences short: look around the date as well.
            window = ctx.text[max(0, m.start() - 120) : m.end() + 60]
            if pattern is p.DATE_MONTH_YEAR:
                if not (p.STRONG_PATIENT.search(window) or _name_near(ctx, m.start())):
                    continue  # "approved in April 2023" is news
            elif not (ctx.sentence_search(p.PATIENT_CONTEXT, m.start()) or p.STRONG_PATIENT.search(window)):
                continue
            covered_to = m.end()
            yield r.finding(
                m.start(),
                m.end(),
                f'"{m.group(0)}" dates a patient\'s care more finely than the year, a Safe Harbor identifier.'
                + _PERMANENCE,
                suggestion="recently",
                fix=Fix("Replace with 'recently'", (Edit(m.start(), m.end(), "recently"),)),
                # a month and year narrows less than a day: a warning, unless a name or record is there too
                severity=Severity.WARNING if pattern is p.DATE_MONTH_YEAR else severity,
            )


def _name_near(ctx: Context, offset: int) -> bool:
    return any(not clinician and abs(start - offset) < 150 for start, _, clinician in patient_names(ctx))


@rule(
    code="PHI003",
    name="age-over-89",
    category=Category.PRIVACY,
    severity=Severity.ERROR,
    requirement="G5",
    summary="An age over 89, which Safe Harbor requires to be written as 90 or older.",
    fix_title='Write "over 90"',
    docs=RuleDocs(
        what='Finds ages of 90 and over ("93-year-old", "aged 97", "in her 90s", "a centenarian").',
        why=(
            "So few people are over 89 that an exact age identifies them; Safe Harbor requires ages over 89 to "
            'be aggregated as "90 or older".'
        ),
        example="My 97-year-old patient just finished radiation and wants to dance at her party.",
        use_instead="My patient over 90 just finished radiation and wants to dance at her party.",
        source=_SOURCE,
    ),
    flags=(Example("My 97-year-old patient just finished radiation and wants to dance at her party."),),
    passes=(
        Example("My patient over 90 just finished radiation."),
        Example("90 days of follow-up in 95% of patients."),
    ),
)
def AGE_OVER_89(r: Rule, ctx: Context) -> Iterator[Finding]:
    severity = _severity(ctx)
    matches = list(p.AGE_OVER_89.finditer(ctx.text))
    matches += [m for m in p.AGE_SEX_OVER_89.finditer(ctx.text) if _patient_context(ctx, m.start(), m.end())]
    for m in sorted(matches, key=lambda m: m.start()):
        wording = _aggregate_age(m.group(0))
        yield r.finding(
            m.start(),
            m.end(),
            f'"{m.group(0)}": an age over 89 identifies a patient; Safe Harbor asks for "90 or older".'
            + _PERMANENCE,
            suggestion=wording,
            fix=Fix(f'Replace with "{wording}"', (Edit(m.start(), m.end(), wording),)),
            severity=severity,
        )


def _aggregate_age(age: str) -> str:
    """Safe Harbor's "90 or older", in the grammar of the phrase it replaces."""
    low = age.lower()
    if regex.search(r"years?\s+old", low):
        return "over 90 years old"
    if regex.search(r"year|yr|yo\b|y/o|y\.o\.", low):
        return "90-plus-year-old"
    if low.startswith(("aged", "age ")):
        return "aged over 90"
    if low.startswith(("turned", "turning", "just turned")):
        return low.split()[0] + " 90-plus"
    if low.endswith("birthday"):
        return "90-plus birthday"
    if regex.match(r"\d+\s?[mf]$", low):
        return "90+" + low[-1].upper()
    return "over 90"


@rule(
    code="PHI004",
    name="record-number",
    category=Category.PRIVACY,
    severity=Severity.ERROR,
    requirement="G5",
    summary="A medical record, account, health plan, licence, device or social security number.",
    fix_title="Remove the number",
    docs=RuleDocs(
        what=(
            "Finds record-like numbers named as such (MRN, medical record, account, member ID, health plan, "
            "SSN, chart, accession, licence, device and serial numbers) and SSN-shaped numbers."
        ),
        why="Record numbers are Safe Harbor identifiers and link a post straight to the chart.",
        example="Anyone seen this rash before? mrn 2280413, started pembro last month",
        use_instead="Anyone seen this rash before? Started pembro last month.",
        source=_SOURCE,
    ),
    flags=(Example("Anyone seen this rash before? mrn 2280413, started pembro last month"),),
    passes=(Example("Ki-67 of 30% and 2 of 14 nodes positive in this trial cohort."),),
)
def RECORD_NUMBER(r: Rule, ctx: Context) -> Iterator[Finding]:
    if not _has_digit(ctx):
        return
    for m in _record_numbers(ctx):
        if ctx.in_url(m.start(), m.end()):
            continue
        yield r.finding(
            m.start(),
            m.end(),
            f'"{m.group(0)}" is a record or account number, a Safe Harbor identifier.' + _PERMANENCE,
            suggestion="",
            fix=Fix("Remove the number", (removal(ctx.text, m.start(), m.end()),)),
        )


@rule(
    code="PHI005",
    name="patient-contact",
    category=Category.PRIVACY,
    severity=Severity.ERROR,
    requirement="G5",
    summary="A phone number, e-mail or personal link in a post about a patient.",
    fix_title="Remove the contact detail",
    docs=RuleDocs(
        what=(
            "Finds phone numbers, e-mail addresses and fundraising or social-profile links (GoFundMe, "
            "CaringBridge, Meal Train, Facebook, Instagram) in a post about a patient. A clinic, office or "
            "scheduling line is not flagged."
        ),
        why="Phone, e-mail and URLs that point to a person are Safe Harbor identifiers.",
        example="Her daughter asked me to share: reach the family at maria.lopez88@gmail.com",
        use_instead="Her family is grateful for the support.",
        source=_SOURCE,
    ),
    flags=(Example("Her daughter asked me to share: reach the family at maria.lopez88@gmail.com"),),
    passes=(Example("Questions about the trial? Call our research office at 617-555-0100."),),
)
def CONTACT(r: Rule, ctx: Context) -> Iterator[Finding]:
    hits: list[tuple[int, int, str]] = []
    for m in EMAIL.finditer(ctx.text) if "@" in ctx.text else ():
        s_start, _ = ctx.sentence_at(m.start())
        near = ctx.text[max(s_start, m.start() - 40) : m.start()]
        if _ROLE_MAILBOX.match(m.group(0)) or _OFFICE_LABEL.search(near):
            continue  # an office's address ("Research office: trials@...")
        if not ctx.sentence_search(PERSONAL_EMAIL_CUE, m.start()):  # the author's own: self_exposure
            hits.append((m.start(), m.end(), "an e-mail address"))
    for m in phone_matches(ctx.text) if _has_digit(ctx) else ():
        s_start, _ = ctx.sentence_at(m.start())
        near = ctx.text[
            max(s_start, m.start() - 40) : m.start()
        ]  # "call our clinic at ..." names its own line
        toll_free = _TOLL_FREE.match(m.group(0)) is not None
        if (
            not toll_free
            and not _OFFICE_LABEL.search(near)
            and not ctx.sentence_search(PERSONAL_PHONE_CUE, m.start())
        ):
            hits.append((m.start(), m.end(), "a phone number"))
    for start, end, url in ctx.urls:
        if p.PERSON_URL.search(url):
            hits.append((start, end, "a link to a person's page"))
    known = {s for s, _, _ in ctx.urls}
    for m in p.SCHEME_URL.finditer(ctx.text):  # links twitter-text does not know (private or test domains)
        if p.PERSON_URL.search(m.group(0)) and m.start() not in known:
            hits.append((m.start(), m.end(), "a link to a person's page"))
    for m in p.IP_ADDRESS.finditer(ctx.text) if _has_digit(ctx) else ():
        hits.append((m.start(), m.end(), "an IP address"))
    for start, end, kind in hits:
        # a portal link or an IP address points at one person wherever it appears
        always = kind in ("an IP address", "a link to a person's page")
        if not always and not (_patient_context(ctx, start, end) and about_individual(ctx)):
            continue  # "We're hiring ... call 918-555-0199": the clinic's line, in a post about no one
        yield r.finding(
            start,
            end,
            f"{kind.capitalize()} in a post about a patient identifies them (a Safe Harbor identifier)."
            + _PERMANENCE,
            suggestion="",
            fix=Fix("Remove it", (removal(ctx.text, start, end),)),
            severity=_severity(ctx),
        )


@rule(
    code="PHI006",
    name="small-place",
    category=Category.PRIVACY,
    severity=Severity.ERROR,
    requirement="G5",
    summary='A place smaller than a state tied to a patient: "room 412", "bed 7", a street.',
    fix_title="Remove the room, bed or street",
    docs=RuleDocs(
        what=(
            'Finds places smaller than a state in a post about one patient: rooms, beds, bays and wards ("room '
            '412", "bed 7"), streets and ZIP codes, towns and cities from the GeoNames gazetteer (with their '
            'population; nicknames like "NYC"), and hospitals by pattern ("St. Brigid\'s", "Lakeview Memorial") '
            'or from a list of 180 US hospitals and cancer centres ("Johns Hopkins", "Cedars-Sinai"). Conference '
            "and meeting rooms, event venues and your own employer are not flagged."
        ),
        why=(
            "Geographic units smaller than a state are Safe Harbor identifiers; a room or bed number points "
            "to one person on one day for everyone who works on that floor."
        ),
        example="The gentleman in room 412 asked me to play his favourite song during the infusion.",
        use_instead="A patient asked me to play his favourite song during the infusion.",
        source=_SOURCE,
    ),
    flags=(Example("The gentleman in room 412 asked me to play his favourite song during the infusion."),),
    passes=(Example("Journal club moved to conference room 3 this week."),),
)
def SMALL_PLACE(r: Rule, ctx: Context) -> Iterator[Finding]:
    seen: list[tuple[int, int]] = []
    schools = _schools(r, ctx) if about_individual(ctx) and not staff_news(ctx) else ()
    for finding in (*_hospital(r, ctx), *_towns(r, ctx), *schools):
        if any(s < finding.end and finding.start < e for s, e in seen):
            continue  # "Fox Chase" as a town and as a hospital: one finding, the first
        seen.append((finding.start, finding.end))
        yield finding
    if ctx.draft.settings.ner and about_individual(ctx):
        yield from _model_places(r, ctx, seen)
    individual = about_individual(ctx)
    colleague_news = (staff_news(ctx) or FAREWELL.search(ctx.text) is not None) and not p.OCCUPATION.search(
        ctx.text
    )
    matches = [
        m for m in p.SMALL_PLACE.finditer(ctx.text) if individual and not colleague_news
    ]  # "bed 7 is donor-funded" is no patient; "Sister Doyle retires from Ward 4" is staff news
    # "Not a dry eye on 6 West" about a patient; not a nurse's farewell
    wards = list(p.WARD.finditer(ctx.text)) if individual and _has_digit(ctx) else []
    if wards and not staff_news(ctx) and not FAREWELL.search(ctx.text) and _EXPLICIT_PATIENT.search(ctx.text):
        matches += wards
    if _has_digit(ctx) or _COUNTY_WORD.search(ctx.text):
        matches += p.ZIP.finditer(ctx.text)
    matches += [
        m
        for m in STREET_NAME.finditer(ctx.text)
        if individual and not staff_news(ctx) and not _TITLE_NOT_STREET.match(ctx.text, m.end())
    ]
    for m in matches:
        if _event(ctx, m.start()) or not _patient_context(ctx, m.start(), m.end()):
            continue
        if seen and any(s < m.end() and m.start() < e for s, e in seen[-8:]):
            continue
        seen.append(m.span())
        yield r.finding(
            m.start(),
            m.end(),
            f'"{m.group(0)}" places a patient precisely for everyone who works there.' + _PERMANENCE,
            suggestion="",
            fix=Fix("Remove it", (removal(ctx.text, m.start(), m.end()),)),
            severity=_severity(ctx),
        )


_COUNTY_WORD = regex.compile(r"County|Parish|Borough", regex.IGNORECASE)
_TITLE_NOT_STREET = regex.compile(r"(?<=\bDr\.?)\s+[A-Z]")  # "Welcome Dr. Okoro" is a title, not a Drive
# A post about staff news: a welcome, a hire, an award. Places in it are the team's, unless a patient is plainly there.
_STAFF_NEWS = regex.compile(
    r"\b(?:welcome[sd]?|join(?:s|ed|ing)\s+(?:our|the)|congrat\w*|hired|recruit\w*|completed\s+(?:her|his|their)\s+"
    r"(?:fellowship|residency|training)|accepting\s+new\s+patients|award|promoted|retir(?:es|ed|ing|ement)|matched"
    r"|residency|fellowship|mentee|co-?fellow|faculty|alma\s+mater|graduat\w+|presented\s+(?:her|his|their|our)\s+work"
    r"|PhD|thesis|viva|defen[cs]e|staff\s+news|employee\s+of\s+the\s+(?:month|year)"
    r"|our\s+(?:dear\s+|much-loved\s+|beloved\s+)?(?:colleague\s+(?:Dr\.?\s+|Prof\.?\s+)?(?-i:[A-Z])|senior\s+[\w-]+\s+(?:therapist|nurse|pharmacist|scientist)|consultant\s+[\w-]+))\b",
    regex.IGNORECASE,
)


def staff_news(ctx: Context) -> bool:
    return ctx.once(
        ("staff_news",),
        lambda: _STAFF_NEWS.search(ctx.text) is not None and p.STRONG_PATIENT.search(ctx.text) is None,
    )


_COLLEAGUE = regex.compile(
    r"\b(?:Dr\.?|Prof\.?|colleague|welcome|welcomes|join(?:s|ed|ing)?|congrats|congratulations|hired|recruit\w*|fellowship"
    r"|residency|conference|meeting|grand\s+rounds|visiting|talk|lecture|keynote)\b",
    regex.IGNORECASE,
)


def find_places(ctx: Context) -> list[tuple[int, int, Place]]:
    """Towns and cities (from the gazetteer) named in the text, with their population."""
    return ctx.once(("places",), lambda: _find_places(ctx))


def _find_places(ctx: Context) -> list[tuple[int, int, Place]]:
    gz = ctx.resources.get(load_gazetteers)
    not_names = ctx.resources.get(load_not_names)
    found: list[tuple[int, int, Place]] = []
    for pattern in (PLACE_STATE, PLACE_PHRASE, SITE_PHRASE, PLACE_ALIAS):
        for m in pattern.finditer(ctx.text):
            name, state = m.group(1), m.group(2)
            if pattern is PLACE_ALIAS or (name == "New York" and (pattern is SITE_PHRASE or state == "NY")):
                # "NYC", "our New York clinic", "New York, NY": the city, not the state
                city = gz.place(PLACE_ALIASES.get(name, "New York City"))
                if city is not None and not any(s <= m.start(1) < e for s, e, _ in found):
                    found.append((m.start(1), m.end(2) if state else m.end(1), city))
                continue
            words = name.split()
            # the longest leading run of words that names a place ("Harlan Falls came" -> "Harlan Falls")
            for n in range(len(words), 0, -1):
                candidate = " ".join(words[:n])
                if candidate in gz.states or (candidate in gz.word_like_places and not state):
                    continue
                after = m.start(1) + len(candidate)
                if candidate in not_names or candidate in ("St", "Mt", "Ft", "Saint"):
                    break
                if (
                    _EPONYM_AFTER.match(ctx.text, after)
                    or (pattern is not SITE_PHRASE and _ORG_AFTER.match(ctx.text, after))
                    or _SCHOOL_AFTER.match(ctx.text, after)
                ):
                    break
                place = gz.place(candidate, state if n == len(words) else None)
                if place is not None:
                    start = m.start(1)
                    end = start + len(candidate) + (m.end() - m.end(1) if n == len(words) and state else 0)
                    if not any(s <= start < e for s, e, _ in found):
                        found.append((start, end, place))
                    break
    return found


def _entities(ctx: Context) -> list[tuple[int, int, str]]:
    """The optional NER model's person and place spans (none unless ``[privacy] ner`` is set)."""
    return ctx.once(("ner",), lambda: entities(ctx.draft.settings.ner, ctx.text))


def _model_places(r: Rule, ctx: Context, seen: list[tuple[int, int]]) -> Iterator[Finding]:
    """Places the optional NER model found that the gazetteers did not (a second opinion)."""
    for start, end, label in _entities(ctx):
        if label not in PLACE_LABELS or any(s < end and start < e for s, e in seen):
            continue
        if ctx.text[start:end] in ctx.resources.get(load_gazetteers).states or ctx.in_url(start, end):
            continue
        if _event(ctx, start) or not _patient_context(ctx, start, end):
            continue
        yield r.finding(
            start,
            end,
            f'"{ctx.text[start:end]}" looks like a place smaller than a state (found by your NER model), a Safe '
            "Harbor identifier beside a patient." + _PERMANENCE,
            suggestion="",
            fix=Fix("Remove the place", (removal(ctx.text, start, end),)),
            severity=Severity.WARNING,
            evidence=(f"ner {label}",),
        )


_PATIENT_WORD = regex.compile(r"\b(?:patients?|pts?)\b", regex.IGNORECASE)
_SCHOOL = regex.compile(
    r"\b(?:(?:St\.?|Saint)\s+)?(?:[A-Z][a-z]+(?:'s)?\s+){1,3}(?:Elementary|Middle\s+School|High\s+School|Academy|Preschool"
    r"|preschool|Primary|Montessori|Day\s*care|Daycare)\b"
)


def _schools(r: Rule, ctx: Context) -> Iterator[Finding]:
    """A child patient's school: every parent and teacher there knows which pupil is ill."""
    for m in _SCHOOL.finditer(ctx.text):
        if _own_child(ctx, m.start()) or not ctx.sentence_search(_PATIENT_WORD, m.start()):
            continue  # the author's own child's school is self_exposure (EXP003)
        if _event(ctx, m.start()):
            continue
        yield r.finding(
            m.start(),
            m.end(),
            f'"{m.group(0)}" names a patient\'s school: pupils, parents and teachers there will know who it is.'
            + _PERMANENCE,
            suggestion="their school",
            fix=Fix('Replace with "their school"', (Edit(m.start(), m.end(), "their school"),)),
            severity=Severity.WARNING,
        )


def _towns(r: Rule, ctx: Context) -> Iterator[Finding]:
    employer = ctx.draft.settings.author.employer
    if not about_individual(ctx) or staff_news(ctx):
        return
    for start, end, place in find_places(ctx):
        if _event(ctx, start) or place.name in employer:
            continue
        if ctx.sentence_search(_COLLEAGUE, start) and not ctx.sentence_search(p.INDIVIDUAL, start):
            continue
        if not _patient_context(ctx, start, end):
            continue
        small = place.population < 100_000
        yield r.finding(
            start,
            end,
            f'"{ctx.text[start:end]}" ({place.state}, about {place.population:,} people) is a place smaller than a '
            "state, a Safe Harbor identifier: with the diagnosis it narrows the patient to a few people their "
            "neighbours know." + _PERMANENCE,
            suggestion="",
            fix=Fix("Remove the place", (Edit(start, end, "the area"),)),
            severity=_severity(ctx) if small else Severity.WARNING,
            evidence=(f"population {place.population}",),
        )


_SCHOOL_AFTER = regex.compile(
    r"\s+(?:Elementary|Middle|High|Montessori|Academy|Preschool|preschool|Primary|Daycare|Day\s+Care|Church|Chapel|Temple|Synagogue|Mosque"
    r"|Library|Mall|Airport|Stadium|Arena|Hall|Village|Estates|Commons|Plaza)\b"
)
_EPONYM_AFTER = regex.compile(
    r"(?:'s)?\s+(?:disease|syndrome|score|criteria|sign|scale|index|chorea|classification)\b", regex.I
)


_SCHOOL_END = regex.compile(r"(?:High|Elementary|Middle|School|Academy|College|University|Prep)$")
_INSTITUTION_END = regex.compile(
    r"(?:Hospital|Clinic|Cent(?:er|re)|Medical|Health|Memorial|General|Infirmary)$"
)


_PREPOSITION_BEFORE = regex.compile(r"\b(?:at|to|from|in|into|@)\s+(?:the\s+)?$", regex.IGNORECASE)


def _hospital_spans(ctx: Context) -> list[tuple[int, int, bool]]:
    """Named hospitals: (start, end, bare) where bare is a capitalised word after "at" that may be no hospital."""
    spans: list[tuple[int, int, bool]] = []
    for m in p.HOSPITAL.finditer(ctx.text):
        group = next((g for g in (1, 2, 3) if m.group(g)), 0)
        start, end = m.span(group)
        spans.append((start, end, group == 2 and not _INSTITUTION_END.search(ctx.text[start:end])))
    for hit in ctx.resources.get(load_hospitals).find(ctx.text, ctx.folded):
        if hit.value.needs_preposition and not _PREPOSITION_BEFORE.search(
            ctx.text, max(0, hit.start - 12), hit.start
        ):
            continue  # "Duke" the name, "R-CHOP" the regimen, "Rush" the verb
        spans.append((hit.start, hit.end, False))
    kept: list[tuple[int, int, bool]] = []
    for span in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]), s[2])):
        if kept and span[0] < kept[-1][1]:
            continue
        kept.append(span)
    return kept


def _hospital(r: Rule, ctx: Context) -> Iterator[Finding]:
    """A named hospital, unit or small place in a post about one patient (not the author's own employer)."""
    employer = ctx.draft.settings.author.employer.casefold()
    if not about_individual(ctx) or staff_news(ctx):
        return
    for start, end, bare in _hospital_spans(ctx):
        name = ctx.text[start:end]
        if employer and (employer in name.casefold() or name.casefold().strip() in employer):
            continue
        if _SCHOOL_AFTER.match(ctx.text, end):
            continue  # "St. Anne's preschool" is a school (see _schools), not a hospital
        if _event(ctx, start) or ctx.in_url(start, end):
            continue
        if ctx.sentence_search(_COLLEAGUE, start) and not ctx.sentence_search(p.INDIVIDUAL, start):
            continue  # "Welcome Dr. Lee to our team at Mercy General"
        if not (is_clinical(ctx) or _patient_context(ctx, start, end)):
            continue
        if bare and (
            name.split()[0] in ctx.resources.get(load_not_names)
            or not is_clinical(ctx)
            or _OWN_FAMILY.search(ctx.text)
            or _SCHOOL_END.search(name)
        ):
            continue  # "at Hodgkin.", "at Scrabble.", "at Jefferson High." are not hospitals
        yield r.finding(
            start,
            end,
            f'"{name}" names where one patient was treated: staff, neighbours and family can put '
            "the rest together." + _PERMANENCE,
            suggestion="the hospital",
            fix=Fix("Generalise the place", (Edit(start, end, "the hospital"),)),
            severity=Severity.WARNING,
        )


@rule(
    code="PHI007",
    name="image-identifiers",
    category=Category.PRIVACY,
    severity=Severity.WARNING,
    requirement="G5",
    summary="A described image that shows a wristband, a date of birth, a name or a face; a linked page that names the patient.",
    fix_title="Crop or blur the identifiers before posting",
    docs=RuleDocs(
        what=(
            "Finds descriptions of images (photo, scan, X-ray, screenshot, slide) that show identifiers: a "
            "wristband, a date of birth, a name or MRN on a scan, a face, a tattoo, or a mark the post itself calls "
            '"unique" or "recognisable" anywhere in a post about a photo. Also a patient\'s obituary, '
            "funeral notice, fundraiser or news story linked from a post about them. A post that warns against "
            'posting such images ("don\'t post photos from the ward") is not flagged.'
        ),
        why=(
            "Full-face photographs and any comparable image are Safe Harbor identifiers, and burned-in labels "
            "on scans carry name and DOB. Text checks cannot see your image: crop and blur before posting."
        ),
        example="Classic case! CT attached (DOB still visible in the corner, oops)",
        use_instead="Classic case! De-identified CT attached.",
        source=_SOURCE,
    ),
    flags=(Example("Classic case! CT attached, DOB still visible in the corner"),),
    passes=(Example("Classic case! De-identified CT attached."),),
)
def IMAGE_IDENTIFIERS(r: Rule, ctx: Context) -> Iterator[Finding]:
    m = p.IMAGE_IDENTIFIER.search(ctx.text) or (
        p.IMAGE_FILE.search(ctx.text) if mentions_patient(ctx) else None
    )
    if m is None and p.IMAGE_WORD.search(ctx.text) and mentions_patient(ctx):
        m = p.DISTINCTIVE_MARK.search(ctx.text)  # "before & after 📸 ... that dragon tattoo is pretty unique"
    if m and (_NO_PATIENTS.search(ctx.text) or _WARNS_AGAINST.search(ctx.text)):
        return  # "don't post photos from the ward: whiteboards and wristbands give details away" teaches
    page = p.IDENTIFYING_PAGE.search(ctx.text)
    if m is None and page and _TREATED.search(ctx.text) and not _SELF_STORY.search(ctx.text):
        yield r.finding(
            page.start(),
            page.end(),
            "The page this points to names the patient: with it, everything else in the post is about someone "
            "everyone can identify." + _PERMANENCE,
            suggestion="Share the lesson without the link to their page.",
        )
        return
    if m:
        yield r.finding(
            m.start(),
            m.end(),
            "The image described here shows an identifier (a name, DOB, wristband, face or a distinctive mark). Crop or blur it: "
            "bedside cannot see images." + _PERMANENCE,
            suggestion="Post a cropped, de-identified image.",
        )


_WARNS_AGAINST = regex.compile(
    r"\b(?:don'?t|do\s+not|never|avoid|stop)\s+(?:ever\s+)?(?:post(?:ing)?|shar(?:e|ing)|upload(?:ing)?|tak(?:e|ing))\s+"
    r"(?:\w+\s+){0,2}?(?:photos?|pictures?|pics|images|selfies|videos?|screenshots?)\b",
    regex.IGNORECASE,
)
_TREATED = regex.compile(
    r"\b(?:I|we)\s+(?:had\s+)?(?:treated|cared\s+for|looked\s+after|nursed|saw|operated\s+on)\b|\b(?:my|our)\s+(?:\w+\s+)?patient\b",
    regex.IGNORECASE,
)
_NO_PATIENTS = regex.compile(
    r"\bno\s+patients?\b|\bno\s+PHI\b|\bstaff\s+only\b|\bfully\s+de-?identified\b", regex.IGNORECASE
)
_GENERAL_AGE = regex.compile(r"\d{1,2}")


def _decade(age_text: str) -> str:
    m = _GENERAL_AGE.search(age_text)
    if not m:
        return "adult"
    age = int(m.group(0))
    if age >= 90:
        return "over 90"
    return f"in their {age // 10 * 10}s" if age >= 20 else "in their teens" if age >= 13 else "young"


@rule(
    code="PHI008",
    name="quasi-identifiers",
    category=Category.PRIVACY,
    severity=Severity.WARNING,
    requirement="G5",
    summary="No name, but age, job, place, time and a rare diagnosis together point to one patient.",
    fix_title="Generalise the details that do not carry the lesson",
    docs=RuleDocs(
        what=(
            "Weighs the details that together single out a patient: an exact age, sex, occupation or public "
            'role, a named place, the time of the encounter ("this morning"), a rare diagnosis or event, '
            'family events ("her daughter\'s wedding"), and uniqueness words ("the only patient in ..."). It '
            "estimates how many people would match them all: the population of the place named (or of the "
            "author's region, two million) times the chance of each detail, from shipped public tables: new "
            "US cases a year and median age at diagnosis for 180 ways of naming a cancer (SEER, CDC USCS, "
            "ACS) and US head counts for 197 occupations and public roles (BLS). Fewer than 11 expected matches "
            '(the "small cell" that CMS and CDC suppress) is a warning when one of the details says who the '
            "person is in their world (job, place, family, community); fewer than one, with three kinds of "
            "detail, is an error. The message says how many people match and who could recognise the patient."
        ),
        why=(
            "Most identifying posts contain no name at all. A 34-year-old kindergarten teacher from a small "
            "town with a rare cancer, seen this morning, is one person, and her colleagues, parents of her "
            "pupils and family will recognise her. The pearl survives without those details."
        ),
        example=(
            "Saw a 34-year-old kindergarten teacher from Stowe this morning with Merkel cell carcinoma, only the "
            "second I've ever seen."
        ),
        use_instead="A reminder that Merkel cell carcinoma can occur in younger adults.",
        source=_SOURCE,
    ),
    flags=(
        Example(
            "Saw a 34-year-old kindergarten teacher from Stowe this morning with Merkel cell carcinoma, "
            "only the second I've ever seen."
        ),
    ),
    passes=(
        Example("A patient in her 40s taught me to always ask about fertility before chemo."),
        Example("Today in clinic: three new lung cancer consults. Busy and grateful."),
    ),
)
def QUASI_IDENTIFIERS(r: Rule, ctx: Context) -> Iterator[Finding]:
    text = ctx.text
    if not mentions_patient(ctx):
        return
    exempt = (_MILESTONE.search(text) and not p.OCCUPATION.search(text)) or _SELF_STORY.search(text)
    if exempt and not p.STRONG_PATIENT.search(text):
        return  # a colleague's milestone ("on her PhD defence today"), or the author's own story
    if _OWN_FAMILY.search(text) and not _EXPLICIT_PATIENT.search(text):
        return  # "Proud mom moment: my 15-year-old made varsity": the author's family (self_exposure)
    found: list[tuple[str, regex.Match[str], float]] = []
    for label, pattern, weight in (
        ("age", p.EXACT_AGE, 1.0),
        ("occupation or role", p.OCCUPATION, 1.0),
        ("place", p.PLACE, 1.0),
        ("time of the encounter", p.TIME_OF_ENCOUNTER, 1.0),
        ("rare diagnosis or event", p.RARE, 1.0),
        ("family event", p.FAMILY_DETAIL, 1.0),
        ("uniqueness", p.UNIQUENESS, 1.0),
        ("sex", p.SEX, 0.5),
        ("small community", p.SMALL_COMMUNITY, 1.0),
        ("public profile", p.PUBLIC, 2.0),
        ("known to staff or community", p.KNOWN_TO_STAFF, 2.0),
        ("community", p.COMMUNITY, 1.0),
        ("age range", p.DECADE_AGE, 0.5),
    ):
        if label in ("age", "age range") and not _has_digit(ctx):
            continue  # every exact age and decade ("34-year-old", "in her 40s") has a digit
        m = pattern.search(text)
        if m and not ctx.in_url(m.start(), m.end()):
            if label == "place" and p.EVENT_CONTEXT.search(text[max(0, m.start() - 40) : m.end() + 10]):
                continue
            if label == "age range" and any(lbl == "age" for lbl, _, _ in found):
                continue
            s_start, s_end = ctx.sentence_at(m.start())
            if m.group(0)[:3].lower() == "my ":  # "my neighbour's funeral. He was also my patient."
                s_end = min(len(text), s_end + 60)
            if label == "known to staff or community" and not _EXPLICIT_PATIENT.search(text, s_start, s_end):
                continue  # "a colleague" or "our new CEO" in a post about work is not a patient's circle
            found.append((label, m, weight))
    # A job title and "one of our own" often name the same words: count the stronger once.
    found = [
        f
        for f in found
        if not any(
            g is not f and g[2] > f[2] and g[1].start() < f[1].end() and f[1].start() < g[1].end()
            for g in found
        )
    ]
    places = find_places(ctx)
    if not places and len({label for label, _, _ in found} - {"sex"}) < 1:
        return  # nothing that says who the person is: no combination to weigh
    smallest: Place | None = None
    if places:
        start, end, smallest = min(places, key=lambda found_place: found_place[2].population)
        weight = 1.5 if smallest.population < 10_000 else 1.0 if smallest.population < 100_000 else 0.5
        found = [f for f in found if f[0] != "place"]
        place_match = _SPAN.match(text, start, end)
        if place_match is not None:
            found.append(("place", place_match, weight))
    score = sum(w for _, _, w in found)
    estimate, kinds, cancer = _estimate(ctx, found, smallest)
    expected = estimate.expected
    social = kinds & _SOCIAL
    risky = (
        expected < risk.SMALL_CELL
        and ((social and len(kinds) >= 2) or len(kinds) >= 3)
        and about_individual(ctx)
        and not _SELF_STORY.search(text)
        and not p.event_sentence(text)
    )
    if (score < 3 and not risky) or max(m.end() for _, m, _ in found) - min(
        m.start() for _, m, _ in found
    ) > _CLUSTER:
        return
    unique = expected < risk.UNIQUE and bool(social) and len(kinds) >= 3
    severity = Severity.ERROR if score >= 5 or unique else Severity.WARNING
    details = ", ".join(f'{label} ("{m.group(0).strip()}")' for label, m, w in found if w >= 1)
    if cancer is not None and "rare diagnosis or event" not in {label for label, _, _ in found}:
        details += f", diagnosis ({cancer.term}: about {cancer.value.cases:,} new US cases a year)"
    raw = Fix("", tuple(_generalising_edits(text, found))).apply(text)
    rewrite = tidy(raw)
    fix = Fix("Generalise identifying details", (Edit(0, len(text), rewrite),))
    first = min(m.start() for _, m, _ in found)
    last = max(m.end() for _, m, _ in found)
    who = risk.audience(kinds)
    yield r.finding(
        first,
        last,
        f"No name, but {estimate.describe()} would match these details: {details}. "
        f"{who[0].upper() + who[1:]} could recognise them. Keep the clinical lesson; drop or generalise the rest."
        + _PERMANENCE,
        suggestion=rewrite,
        fix=fix,
        severity=severity,
        evidence=(*(label for label, _, _ in found), f"expected matches {expected:.2g}"),
    )


_MILESTONE = regex.compile(
    r"\b(?:congrat\w*|PhD|thesis|viva|defen[cs]e|awarded|award|promoted|promotion|joins|joined\s+(?:our|the)|hired|graduat\w+)\b",
    regex.IGNORECASE,
)
_SPAN = regex.compile(r"(?s).+")  # a Match object for a span found by other means
_CLUSTER = 400  # characters: details spread across a long essay do not describe one person together
# The author's own story ("I was diagnosed at 29 while in nursing school"): theirs to tell (self_exposure).
_SELF_STORY = regex.compile(
    r"\bI\s+(?:was|got|am|'m|’m)\s+(?:\w+\s+)?(?:diagnosed|treated|a\s+(?:\w+\s+)?survivor)\b"
    r"|\bmy\s+own\s+(?:[\w-]+\s+){0,2}?(?:diagnosis|cancer|tumou?r|chemo\w*|scans?|scanxiety|transplant|treatment|surgery|biopsy"
    r"|radiotherapy|radiation|mastectomy|recurrence|melanoma|lymphoma|leuk(?:a)?emia|Hodgkin'?s?)\b"
    r"|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+years?\s+(?:out\s+from|since\s+my)\b|\bmy\s+donor\b",
    regex.IGNORECASE,
)
# Details that say who the person is in their world, rather than what their illness is.
_SOCIAL = frozenset(
    {
        "occupation or role",
        "place",
        "family event",
        "uniqueness",
        "small community",
        "public profile",
        "known to staff or community",
        "community",
    }
)
_ONE_SEX_SITE = regex.compile(
    r"prostate|ovar|cervi|uter|endometri|vulv|vagin|penile|testi|breast", regex.IGNORECASE
)
_AGE_NUMBER = regex.compile(r"\d{1,3}")


def _estimate(
    ctx: Context, found: list[tuple[str, regex.Match[str], float]], place: Place | None
) -> tuple[risk.Estimate, set[str], Match | None]:
    """The expected number of people who share the details found, and the kinds of detail counted."""
    tables = ctx.resources.get(risk.load_risk_tables)
    labels = {label for label, _, _ in found}
    kinds = labels - {"sex"}
    # the diagnosis and the job named near the other details, not anywhere in a long post
    low = max(0, min(m.start() for _, m, _ in found) - 200)
    high = max(m.end() for _, m, _ in found) + 200
    near = [h for h in tables.cancers.find(ctx.text, ctx.folded) if low <= h.start < high]
    cancer_hit = risk.most_specific(near)
    cancer = cancer_hit.value if cancer_hit is not None else None
    job_hit = risk.most_specific(
        h for h in tables.occupations.find(ctx.text, ctx.folded) if low <= h.start < high
    )
    population, where = risk.DEFAULT_CATCHMENT, "the author's region"
    if place is not None:
        population, where = place.population, f"{place.name}, {place.state}"
    if "known to staff or community" in labels:
        population, where = min(population, risk.SMALL_COMMUNITY), "one hospital's staff"
    elif labels & {"small community", "community"}:
        population, where = min(population, risk.SMALL_COMMUNITY), "a small community"
    factors: list[tuple[str, float]] = []
    spans = {label: m for label, m, _ in found}
    if "age" in spans and (n := _AGE_NUMBER.search(spans["age"].group(0))):
        factors.append(("age", risk.age_probability(int(n.group(0)), cancer)))
    elif "age range" in spans and (n := _AGE_NUMBER.search(spans["age range"].group(0))):
        factors.append(("age range", min(1.0, 10 * risk.age_probability(int(n.group(0)) + 5, cancer))))
    if "sex" in labels and not (cancer is not None and _ONE_SEX_SITE.search(cancer.site)):
        factors.append(("sex", risk.SEX))  # not for prostate or ovarian cancer: the site already says it
    if job_hit is not None and labels & {"occupation or role", "public profile"}:
        factors.append((job_hit.term, int(job_hit.value) / risk.US_POPULATION))
    elif "public profile" in labels:
        factors.append(("public role", risk.UNLISTED_PUBLIC_ROLE / risk.US_POPULATION))
    elif "occupation or role" in labels:
        factors.append(("occupation", risk.UNLISTED_OCCUPATION / risk.US_POPULATION))
    if cancer is not None:
        factors.append((cancer.site, cancer.cases / risk.US_POPULATION))
        if cancer.cases < risk.UNLISTED_RARE * 5:
            kinds.add("rare diagnosis or event")
    elif "rare diagnosis or event" in labels:
        factors.append(("rare diagnosis", risk.UNLISTED_RARE / risk.US_POPULATION))
    if "time of the encounter" in labels:
        factors.append(("recent", risk.RECENT))
    if "family event" in labels:
        factors.append(("family event", risk.FAMILY_EVENT))
    # "the only patient in Vermont with ...": the author says so; at most one person matches
    cap = 1.0 if "uniqueness" in labels else None
    return risk.Estimate(population, where, tuple(factors), cap), kinds, cancer_hit


def tidy(text: str) -> str:
    """Clean up what removing words leaves behind: doubled spaces and commas, commas before stops."""
    out = regex.sub(r"[ \t]{2,}", " ", text)
    out = regex.sub(r"\s+([,.;!?])", r"\1", out)
    out = regex.sub(r",(?:\s*,)+", ",", out)
    out = regex.sub(r",\s*([.;!?])", r"\1", out)
    out = regex.sub(r"^\s*,\s*", "", out)
    return out.strip()


_SUBJECT_BEFORE = regex.compile(
    r"\b(?:[Oo]ne\s+of\s+(?:our|my|the)|[Oo]ur|[Mm]y|[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\s+(?:[\w-]+(?:'s|’s)?\s+){0,3}?$"
)
_FOLLOWER = regex.compile(r"\s*(patient|man|woman|male|female|person|pt)\b", regex.IGNORECASE)
_ARTICLE_BEFORE = regex.compile(r"\b(?:an?|the)\s+$")
_DETERMINER = regex.compile(r"(?:the|our|my|an?|this|that|one\s+of)\b", regex.IGNORECASE)
_CLAUSE_END = regex.compile(r"[.;!?\n]|$")
_BETWEEN = regex.compile(r"[\s,-]*")


def _generalising_edits(text: str, found: list[tuple[str, regex.Match[str], float]]) -> list[Edit]:
    """Edits that keep the lesson: exact age to a decade, place, time, job and uniqueness removed."""
    spans = {label: m for label, m, _ in found}
    edits: list[Edit] = []
    age = spans.get("age")
    job = spans.get("occupation or role")
    if age is not None:
        decade = _decade(age.group(0))
        between = text[age.end() : job.start()] if job is not None and job.start() >= age.end() else None
        if job is not None and between is not None and _BETWEEN.fullmatch(between) and len(between) <= 3:
            edits.append(Edit(age.start(), job.end(), f"patient {decade}"))
            job = None
        elif follower := _FOLLOWER.match(text, age.end()):
            edits.append(Edit(age.start(), follower.end(), f"{follower.group(1)} {decade}"))
        else:
            edits.append(Edit(age.start(), age.end(), f"patient {decade}"))
    if job is None and age is None:
        job = spans.get("public profile")  # "our high school's football coach" when no job word was found
    if job is not None:
        subject = _SUBJECT_BEFORE.search(text, max(0, job.start() - 45), job.start())
        subject_start = subject.start() if subject is not None and "\n" not in subject.group(0) else None
        if subject_start is None and _DETERMINER.match(job.group(0)):
            subject_start = job.start()  # "The mayor's husband" itself begins the noun phrase
        if subject_start is not None:
            # "one of our pharmacy techs", "our high school's football coach" -> "a patient"
            before = text[:subject_start].rstrip()
            word = "A patient" if not before or before[-1] in ".!?" else "a patient"
            edits.append(Edit(subject_start, job.end(), word))
        else:
            start = job.start()
            article = _ARTICLE_BEFORE.search(text[max(0, start - 4) : start])
            if article:
                start -= len(article.group(0))
            edits.append(Edit(start, job.end(), ""))
    for label in ("place", "family event"):
        m = spans.get(label)
        if m is not None:
            if label == "family event":
                edits.append(Edit(m.start(), m.end(), "a family event"))
            else:
                edits.append(removal(text, m.start(), m.end()))
    for m in p.TIME_OF_ENCOUNTER.finditer(text):
        if not m.group(0).lower().startswith("just"):
            edits.append(removal(text, m.start(), m.end()))
    unique = spans.get("uniqueness")
    if unique is not None:
        start = unique.start()
        while start > 0 and text[start - 1] in " ,":
            start -= 1
        end_match = _CLAUSE_END.search(text, unique.end())
        clause_end = end_match.start() if end_match else len(text)
        if any(start <= e.start < clause_end for e in edits):
            edits.append(removal(text, unique.start(), unique.end()))  # keep the rest of the clause
        else:
            edits.append(Edit(start, clause_end, ""))  # "..., only the second I've ever seen."
    return _non_overlapping(edits)


def _non_overlapping(edits: list[Edit]) -> list[Edit]:
    out: list[Edit] = []
    for e in sorted(edits, key=lambda e: e.start):
        if out and e.start < out[-1].end:
            continue
        out.append(e)
    return out
