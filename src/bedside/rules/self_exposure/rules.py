from __future__ import annotations

from collections.abc import Iterator

import regex

from bedside.findings import Category, Edit, Finding, Fix, Severity, removal
from bedside.rules.base import Example, Rule, RuleDocs, rule
from bedside.rules.clinical import mentions_drug
from bedside.rules.context import Context
from bedside.rules.fastregex import fast_compile
from bedside.rules.patterns import (
    CLINICAL,
    CLOCK_TIME,
    EMAIL,
    FIRST_PERSON,
    STREET_ADDRESS,
    STREET_NAME,
    phone_matches,
)
from bedside.rules.self_exposure import patterns as p

_SOURCE = (
    "G6 (Building a professional identity: personal information is optional; protect yourself from "
    "doxxing); G21; Beltrán Ponce et al., Future Oncology 2022, doi:10.2217/fon-2021-1366"
)
_PERMANENCE = " Posts stay findable after deletion (G4)."
_WORK = fast_compile(
    r"\b(?:see|seeing|staff|staffing|run|running|hold|holding|attend|attending|lead|leading|teach|teaching|have|host)\s+"
    r"(?:\w+\s+){0,2}?(?:clinic|tumou?r\s+board|rounds|office\s+hours|patients|journal\s+club|webinar|lecture|conference"
    r"|infusions?|consults?)\b|\b(?:in|at)\s+(?:clinic|the\s+clinic|the\s+OR|the\s+hospital|tumou?r\s+board)\b"
    r"|\b(?:clinic|tumou?r\s+board|office\s+hours|grand\s+rounds|journal\s+club|on\s+call|my\s+shift)\s+(?:is|are|runs?|starts?|every)\b",
    regex.IGNORECASE,
)


_SOMEONE_ELSE = regex.compile(r"\b(?:Mr|Mrs|Ms|Mx|patients?|his|her|their)\b", regex.IGNORECASE)
_I = regex.compile(r"\b(?:I|I'm|I've|me|my)\b", regex.IGNORECASE)


def _sentence(ctx: Context, offset: int) -> tuple[int, int, str]:
    start, end = ctx.sentence_at(offset)
    return start, end, ctx.text[start:end]


@rule(
    code="EXP001",
    name="home-address",
    category=Category.SELF_EXPOSURE,
    severity=Severity.WARNING,
    requirement="G6",
    summary="Your home address or street.",
    fix_title="Remove the address",
    docs=RuleDocs(
        what=(
            "Finds a street address, or the street you live on, next to words that make it your home "
            '("my house", "we live", "housewarming", "come by"). A clinic or hospital address is not flagged.'
        ),
        why=(
            "Clinicians who post about contested topics get harassed, and a home address turns online "
            "harassment into a visit. The netiquette leaves personal details to your choice but warns about "
            "what invites doxxing."
        ),
        example="Housewarming Saturday! 42 Maple Street, bring snacks",
        use_instead="Housewarming Saturday! DM me for the address",
        source=_SOURCE,
    ),
    flags=(
        Example("Housewarming Saturday! 42 Maple Street, bring snacks"),
        Example("We live on Birchwood Lane and the maples are glorious this week"),
    ),
    passes=(Example("Our clinic moved to 450 Brookline Ave, 3rd floor. Same phone number."),),
)
def HOME_ADDRESS(r: Rule, ctx: Context) -> Iterator[Finding]:
    shown = p.HOUSE_NUMBER_SHOWN.search(ctx.text)
    if shown and (p.HOME_CUE.search(ctx.text) or "home" in ctx.text.lower()):
        yield r.finding(
            shown.start(),
            shown.end(),
            "The photo shows your house number or street sign: anyone can find your door from it."
            + _PERMANENCE,
            suggestion="Crop or blur the number and the sign before you post.",
        )
        return
    for m in STREET_ADDRESS.finditer(ctx.text):
        start, end, sentence = _sentence(ctx, m.start())
        window = ctx.text[max(0, start - 120) : end]
        if p.HOME_CUE.search(window) and not _WORK.search(sentence) and not _WORKPLACE.search(window):
            yield r.finding(
                m.start(),
                m.end(),
                "This looks like your home address. Anyone who disagrees with you can now find your door."
                + _PERMANENCE,
                suggestion="DM me for the address",
                fix=Fix("Replace the address", (Edit(m.start(), m.end(), "(address by DM)"),)),
            )
            return
    for pattern in (p.APARTMENT, p.NUMBERED_PLACE):
        for m in pattern.finditer(ctx.text):
            start, end, sentence = _sentence(ctx, m.start())
            if p.HOME_CUE.search(ctx.text[max(0, start - 120) : end]) and not _WORK.search(sentence):
                yield r.finding(
                    m.start(),
                    m.end(),
                    "This points to your home. Anyone who disagrees with you can now find your door."
                    + _PERMANENCE,
                    suggestion="DM me for the address",
                    fix=Fix("Remove it", (removal(ctx.text, m.start(), m.end()),)),
                )
                return
    for m in (
        *p.HOME_ON_STREET.finditer(ctx.text),
        *p.NEXT_DOOR.finditer(ctx.text),
        *p.BUILDING_HOME.finditer(ctx.text),
    ):
        yield r.finding(
            m.start(1),
            m.end(1),
            "Naming the street or building you live in narrows your home to a few doors." + _PERMANENCE,
            suggestion="our neighbourhood",
            fix=Fix("Generalise it", (Edit(m.start(1), m.end(1), "our neighbourhood"),)),
        )
        return
    if p.HOME_STREET_CUE.search(ctx.text):
        for m in STREET_NAME.finditer(ctx.text):
            _, _, sentence = _sentence(ctx, m.start())
            if _WORK.search(sentence) or _WORKPLACE.search(sentence):
                continue
            yield r.finding(
                m.start(),
                m.end(),
                "Naming the street you live on narrows your home to a few doors." + _PERMANENCE,
                suggestion="our neighbourhood",
                fix=Fix("Generalise it", (Edit(m.start(), m.end(), "our neighbourhood"),)),
            )
            return
    for m in p.INTERSECTION.finditer(ctx.text):
        yield r.finding(
            m.start(),
            m.end(),
            "A street corner next to where you live narrows your home to a few doors." + _PERMANENCE,
            suggestion="our neighbourhood",
            fix=Fix("Generalise it", (Edit(m.start(), m.end(), "our neighbourhood"),)),
        )
        return
    for live in p.LIVE_ON.finditer(ctx.text):
        street = STREET_NAME.match(ctx.text, live.end() + 1)
        if street:
            yield r.finding(
                street.start(),
                street.end(),
                "Naming the street you live on narrows your home to a few doors." + _PERMANENCE,
                suggestion="our neighbourhood",
                fix=Fix("Generalise the street", (Edit(street.start(), street.end(), "our neighbourhood"),)),
            )
            return


@rule(
    code="EXP002",
    name="personal-phone",
    category=Category.SELF_EXPOSURE,
    severity=Severity.WARNING,
    requirement="G6",
    summary="Your personal phone number or e-mail address.",
    fix_title="Remove the number; invite DMs or give the clinic line",
    docs=RuleDocs(
        what=(
            'Finds a phone number next to words that make it yours ("my cell", "text me", "call me"). A '
            'clinic, office or scheduling line ("call our clinic at ...") is not flagged.'
        ),
        why=(
            "A personal number in a public post is harvested by scrapers and used for harassment, "
            "SIM-swap fraud and doxxing. Patients who need you should use the clinic line or the portal."
        ),
        example="Patients with questions can text me at 617-555-0142 anytime",
        use_instead="Patients with questions can call our clinic line or message us through the portal",
        source=_SOURCE,
    ),
    flags=(Example("Patients with questions can text me at 617-555-0142 anytime"),),
    passes=(Example("New patients: call our clinic scheduling line at 617-555-0100."),),
)
def PERSONAL_PHONE(r: Rule, ctx: Context) -> Iterator[Finding]:
    for m in EMAIL.finditer(ctx.text):
        at = m.start()
        if ctx.sentence_search(p.PERSONAL_EMAIL_CUE, at) and not ctx.sentence_search(p.WORK_PHONE_CUE, at):
            yield r.finding(
                m.start(),
                m.end(),
                "This reads as your personal e-mail address. Scrapers harvest addresses from public posts."
                + _PERMANENCE,
                suggestion="DM me",
                fix=Fix("Replace the address", (Edit(m.start(), m.end(), "(DM me)"),)),
            )
            return
    for m in phone_matches(ctx.text):
        at = m.start()
        explicit = ctx.sentence_search(p.EXPLICIT_PERSONAL_PHONE, at)
        if explicit or (
            ctx.sentence_search(p.PERSONAL_PHONE_CUE, at) and not ctx.sentence_search(p.WORK_PHONE_CUE, at)
        ):
            yield r.finding(
                m.start(),
                m.end(),
                "This reads as your personal phone number. Scrapers harvest numbers from public posts."
                + _PERMANENCE,
                suggestion="DM me",
                fix=Fix("Replace the number", (Edit(m.start(), m.end(), "(DM me)"),)),
            )
            return


# A workplace named beside an address: the practice's move, not the author's home
_WORKPLACE = regex.compile(
    r"\b(?:our|the|new|my)\s+(?!home\s+office\b)(?:[\w-]+\s+)?(?:practice|clinic|centre|center|unit|office|department|hospital|lab|service"
    r"|program(?:me)?|hall|lecture|session|suite|ward|team|trials?)\b",
    regex.IGNORECASE,
)
_HIGHER_EDUCATION = regex.compile(
    r"\b(?:Medical|Medicine|Nursing|Pharmacy|Dental|Law|Business|University|Graduate|Public\s+Health)\b"
)


_HIGHER_EDUCATION_ANY_CASE = regex.compile(_HIGHER_EDUCATION.pattern, regex.IGNORECASE)


def _clinical_beside(ctx: Context, m: regex.Match[str]) -> bool:
    """Clinical words in the sentence of ``m``, outside it (a name such as "Chioma" ends like "-oma")."""
    start, end = ctx.sentence_at(m.start())
    return bool(CLINICAL.search(ctx.text, start, m.start()) or CLINICAL.search(ctx.text, m.end(), end))


@rule(
    code="EXP003",
    name="child-details",
    category=Category.SELF_EXPOSURE,
    severity=Severity.WARNING,
    requirement="G6",
    summary="Your children's names or school.",
    fix_title="Leave out your child's name and school",
    docs=RuleDocs(
        what=(
            'Finds your child\'s first name ("my daughter Emma") or a named school, daycare or academy in a '
            "post that talks about your children."
        ),
        why=(
            "A child's name and school tell a harasser where to find your family. The netiquette names "
            "children's details among the personal information that invites doxxing."
        ),
        example="So proud of my daughter Emma, science fair winner at Lincoln Elementary!",
        use_instead="So proud of my daughter, science fair winner!",
        source=_SOURCE,
    ),
    flags=(Example("So proud of my daughter Emma, science fair winner at Lincoln Elementary!"),),
    passes=(
        Example("So proud of my daughter, science fair winner!"),
        Example("Her daughter Emma asked the best questions in clinic."),
    ),
)
def CHILD_DETAILS(r: Rule, ctx: Context) -> Iterator[Finding]:
    m = p.CHILD_NAME.search(ctx.text)
    if m and any(
        not c.group().lower().startswith("oncolog")
        for c in CLINICAL.finditer(ctx.text, *ctx.sentence_at(m.start()))
    ):
        m = None  # "our girl Bex, five years cancer free": a patient (privacy), not the author's child
    if m:
        yield r.finding(
            m.start(1),
            m.end(1),
            f'"{m.group(1)}" looks like your child\'s name. With your name and city it identifies them.'
            + _PERMANENCE,
            suggestion="",
            fix=Fix("Remove the name", (Edit(m.start(1) - (1 if m.start(1) > 0 else 0), m.end(1), ""),)),
        )
    elif (
        (ages := p.CHILD_AGES.search(ctx.text))
        and FIRST_PERSON.search(ctx.text)
        and not _clinical_beside(ctx, ages)
    ):
        yield r.finding(
            ages.start(),
            ages.end(),
            f'"{ages.group(0)}" gives your children\'s names and ages. With your name and city it identifies them.'
            + _PERMANENCE,
            suggestion="my kids",
            fix=Fix("Replace the names", (Edit(ages.start(), ages.end(), "my kids"),)),
        )
    elif (p.CHILD_CUE.search(ctx.text) or p.CHILD_ACTION_NAME.search(ctx.text)) and (
        pair := p.MY_NAMES.search(ctx.text)
        or p.CHILD_PAIR.search(ctx.text)
        or p.CHILD_ACTION_NAME.search(ctx.text)
    ):
        groups = [i for i in range(1, (pair.lastindex or 0) + 1) if pair.group(i)]
        first, last = groups[0], groups[-1]
        yield r.finding(
            pair.start(first),
            pair.end(last),
            f'"{ctx.text[pair.start(first) : pair.end(last)]}" names your child. With your name and city it '
            "identifies them." + _PERMANENCE,
            suggestion="my kid",
            fix=Fix("Remove the name", (Edit(pair.start(first), pair.end(last), "my kid"),)),
        )
    if p.CHILD_CUE.search(ctx.text) or p.CHILD_ACTION_NAME.search(ctx.text):
        any_case = p.SCHOOL_ANY_CASE.search(ctx.text)
        if any_case and not _HIGHER_EDUCATION_ANY_CASE.search(any_case.group(1)):
            yield r.finding(
                any_case.start(1),
                any_case.end(1),
                f'"{any_case.group(1)}" tells strangers where your child spends the day.' + _PERMANENCE,
                suggestion="school",
                fix=Fix("Generalise the school", (Edit(any_case.start(1), any_case.end(1), "school"),)),
            )
            return
        if (routine := p.CHILD_ROUTINE.search(ctx.text)) and p.MY_CHILD.search(ctx.text):
            yield r.finding(
                routine.start(),
                routine.end(),
                "This tells strangers where and when to find your child, every week." + _PERMANENCE,
                suggestion="Share the pride without the day, time and place.",
            )
            return
        for s in (*p.SCHOOL.finditer(ctx.text), *p.SCHOOL_LOWER.finditer(ctx.text)):
            if _HIGHER_EDUCATION.search(s.group(0)):
                continue  # "Harvard Medical School": where the author works, not a child's school
            yield r.finding(
                s.start(),
                s.end(),
                f'"{s.group(0)}" tells strangers where your child spends the day.' + _PERMANENCE,
                suggestion="school",
                fix=Fix("Generalise the school", (Edit(s.start(), s.end(), "school"),)),
            )
            return


@rule(
    code="EXP004",
    name="routine-times-places",
    category=Category.SELF_EXPOSURE,
    severity=Severity.WARNING,
    requirement="G6",
    summary="Where and when you can be found: regularly, right now, or by your car.",
    fix_title="Drop the time or the place",
    docs=RuleDocs(
        what=(
            "Finds a routine you describe with both its regularity (every morning, weekdays, usually) and "
            'a clock time or a named place ("I run the Riverside loop every day at 5:30am"); where you are at '
            'this moment (a plane seat, a gate, a hotel room, a bar "right now, pop over"); and your car told '
            "so it can be found (its plate, or where it is parked). Your clinic schedule and a conference "
            "venue are not flagged."
        ),
        why=(
            "A routine with a time and a place tells someone who means you harm where you will be alone; a "
            "live location or a car does the same for tonight. Share the activity, not the schedule, and post "
            "the trip after you have left."
        ),
        example="I run the Riverside loop every day at 5:30am, come join!",
        use_instead="Running keeps me sane between clinic days.",
        source=_SOURCE,
    ),
    flags=(
        Example("I run the Riverside loop every day at 5:30am, come join!"),
        Example("Sitting in 22A on the 6:05 to Chicago right now, anyone else heading to the symposium?"),
        Example("New car day! My white Model 3 with the ONC DOC plate lives in the staff lot now."),
    ),
    passes=(
        Example("Running keeps me sane between clinic days."),
        Example("I see new patients in clinic every Tuesday at 8am."),
        Example("At the poster hall right now, come say hi at board 42!"),
    ),
)
def ROUTINE(r: Rule, ctx: Context) -> Iterator[Finding]:
    if (found := _right_now(r, ctx)) is not None:
        yield found
        return
    for start, end in ctx.sentences:
        sentence = ctx.text[start:end]
        # "my 6am park loop before clinic" is a routine, "I see patients in clinic every Tuesday" work
        at_work = _WORK.search(sentence) and not p.ROUTINE_PLACE.search(sentence)
        if at_work or not p.REGULAR.search(sentence) or mentions_drug(ctx, start, end):
            continue
        if _SOMEONE_ELSE.search(sentence) and not _I.search(sentence):
            continue  # "Mr and Mrs Tanaka need pick-up at 8:15 on Wednesdays": a patient's schedule (privacy)
        when = CLOCK_TIME.search(sentence) or p.AFTER_TIME.search(sentence)
        where = p.ROUTINE_PLACE.search(sentence) or STREET_ADDRESS.search(sentence)
        if where is None and when is not None:
            where = p.NAMED_PLACE.search(sentence) or p.INVITE.search(sentence)
        personal = FIRST_PERSON.search(sentence) and (
            p.ACTIVITY.search(sentence) or p.I_AM_AT.search(sentence)
        )
        if personal and when is None and where is None:
            continue
        strong = p.STRONG_PLACE.search(sentence)
        if strong is not None and where is None:
            where = strong
        # Without "I" or "we", an activity (or a named spot) with both a time and a place is still a routine; the
        # activity may be named a sentence before ("Gym crew! Every Mon/Wed/Fri 5:45am at the Anytime Fitness")
        activity = p.ACTIVITY_NOUN.search(sentence) or p.ACTIVITY_NOUN.search(
            ctx.text, max(0, start - 80), start
        )
        if not personal and not ((activity or strong) and when and where):
            continue
        if not personal and p.EVENT_ROUTINE.search(sentence):
            continue  # "Support group meets every Tuesday at 6 at the Hope Lodge": an event, not your routine
        hit = when or where
        assert hit is not None
        yield r.finding(
            start + hit.start(),
            start + hit.end(),
            "This tells strangers where and when to find you, regularly." + _PERMANENCE,
            suggestion="Share the activity without the time and place.",
        )
        return


# A room or a street where the public is invited to a session, not where the author can be found alone
_PUBLIC_SESSION = regex.compile(
    r"\b(?:presenting|presentation|teaching|talk(?<!\bto\s+talk)|session|poster|lecture|seminar|workshop|tutorial|journal\s+club"
    r"|free\s+\w+|all\s+welcome|screening|drop-?in|pop-?up|mobile\s+unit)\b",
    regex.IGNORECASE,
)


def _right_now(r: Rule, ctx: Context) -> Finding | None:
    """Where you are at this moment (a seat, a gate, a hotel room, a bar "right now, pop over") or your car and
    where it is parked: strangers can walk up to you."""
    text = ctx.text
    span: tuple[int, int] | None = None
    m = p.LIVE_LOCATION.search(text) or p.CAR.search(text) or p.HERE_ON_STREET.search(text)
    if m and m.re is not p.CAR and ctx.sentence_search(_PUBLIC_SESSION, m.start()):
        m = None  # "Presenting in room 301 at the congress centre", "free checks at the Mobile Unit on Bridge Street"
    if m:
        span = m.span()
    elif p.COME_OVER.search(text):
        for start, end in ctx.sentences:
            sentence = text[start:end]
            if not p.RIGHT_NOW.search(sentence) or p.PUBLIC_VENUE.search(sentence):
                continue
            place = p.NAMED_PLACE.search(sentence) or p.ROUTINE_PLACE.search(sentence)
            if place is not None:
                span = (start + place.start(), start + place.end())
                break
    if span is None:
        return None
    return r.finding(
        span[0],
        span[1],
        "This tells strangers where to find you right now, or which car is yours." + _PERMANENCE,
        suggestion="Post it after you have left, and leave out the car.",
    )


@rule(
    code="EXP005",
    name="empty-house",
    category=Category.SELF_EXPOSURE,
    severity=Severity.WARNING,
    requirement="G6",
    summary="Announces that your home is empty.",
    fix_title="Post the trip after you are back",
    docs=RuleDocs(
        what=(
            'Finds an announcement that your home is empty ("house is empty", "nobody home until") or that '
            'your household is away for a stated time ("we\'re in Maui for two weeks").'
        ),
        why=(
            "An announced absence is an invitation to burglars and to anyone who has a grudge against you. "
            "Post the photos when you are home."
        ),
        example="Whole family off to Maui for two weeks, house is empty and the plants are on their own!",
        use_instead="(Post the trip photos after you're back.)",
        source=_SOURCE,
    ),
    flags=(
        Example("Whole family off to Maui for two weeks, house is empty and the plants are on their own!"),
        Example("We're away in Lisbon until the 20th, finally a real break"),
    ),
    passes=(
        Example("I'm at #ASCO25 until Tuesday, come say hi at the poster hall."),
        Example("Empty nest syndrome is real now that our youngest left for college."),
    ),
)
def EMPTY_HOUSE(r: Rule, ctx: Context) -> Iterator[Finding]:
    m = p.EMPTY_HOUSE.search(ctx.text) or p.FAMILY_AWAY.search(ctx.text) or p.HOME_ALONE.search(ctx.text)
    if m:
        yield r.finding(
            m.start(),
            m.end(),
            "This announces that your home is empty and for how long." + _PERMANENCE,
            suggestion="Post it when you are back home.",
        )
