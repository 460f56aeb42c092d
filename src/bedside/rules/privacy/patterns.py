"""Patient identifiers and quasi-identifiers in short posts (HIPAA Safe Harbor, 45 CFR 164.514(b)(2))."""

from __future__ import annotations

import regex

from bedside.rules.fastregex import fast_compile
from bedside.rules.patterns import MONTH, ORDINAL_WORD, TUMOUR, WEEKDAY

_IV = regex.IGNORECASE | regex.VERBOSE
_V = regex.VERBOSE

PATIENT_CONTEXT = fast_compile(
    r"""
    \b(?:patients?|pts?|my\s+(?:patient|pt)|our\s+patient|admitted|admission|presented|presenting|diagnosed|dx|dx'd
        |came\s+in|(?:come|comes|coming)\s+in(?!\s+(?:handy|useful|and\s+\w+\s+us))|saw\s+(?:a|an|her|him|them)|seen\s+in|in\s+clinic|on\s+the\s+(?:ward|floor|unit)|in\s+the\s+(?:ED|ER|ICU)
        |bedside|consult(?:ed)?|treatment|IV|port|chair\s+\d+|infusion\s+chair|therapy|radiation|survivor|\w+ectomy|\w+otomy|baby|infant|newborn|toddler|child|born|discharged|biopsied|rounds|hospice|chemo|infusion|scan|biopsy|tumou?r|\w*cancer\w*|fought|fighting|battled?|DIPG|(?-i:AML|ALL|CML|CLL|GBM|SCC|BCC|HCC|RCC|NSCLC|SCLC|DLBCL|GIST|TNBC|PDAC|MDS)|
        """
    + TUMOUR
    + r"""|leuk(?:a)?emia|myeloma|metasta\w+|his|her|he|she|husband|wife|family|daughter|son
        |died|passed\s+away|passed|lost\s+(?:him|her|them)|we\s+lost|funeral|hospice|surgery|resection|Whipple|booked
        |death|pronounced|deceased|time\s+of\s+death|TOD|obituary
        |scheduled|operated|admit|admitted|discharge|man|woman|gentleman|lady|boy|girl|teen(?:ager)?|kid|dad|mom
        |father|mother|grandmother|grandfather|veteran|CT|MRI|PET|scan|x-?ray|labs?|chart|DOB|him|mucositis|neutropenia|cycles?
        |unit|BMT|went\s+home|rang\s+the\s+bell|the\s+bell|code\s+blue|induction|remission|MRN|seen|visits?|encounter
        |progress\s+note|chart(?:ed)?|records?|faxed|intake|resides|home\s+address|callback|participant|enrollment
        |treated|evaluated|checked\s+in|visited|follow-?up|appointment|referred|observed|reviewed
        |(?:gave|give|giving|broke|break|breaking|deliver(?:ed|ing)?)\s+(?:the\s+)?(?:bad|hard|difficult|tough|terrible|sad)\s+news)\b
    | \b\d{1,3}\s*(?:yo|y/o|y\.o\.|-?\s?years?[- ]old|yrs?\s+old|-?yr-?old)\b | \b\d{1,3}\s?[MF]\b
    """,
    _IV,
)

HONORIFIC_NAME = regex.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Mx|Mister|Mme)\.?\s+(\p{Lu}\p{Ll}*(?:['’-]\p{Lu}?\p{Ll}+)+|\p{Lu}\p{Ll}+|\p{Lu}\.?(?![\w.'’]))",
    _V,
)
INITIALS = regex.compile(
    r"(?<![\w.])(?!(?:U\.S|U\.K|M\.D|D\.O|P\.S|D\.C|A\.M|P\.M|E\.U|U\.N|N\.P|R\.N|P\.A|B\.S|M\.S|Ph\.D|e\.g|i\.e|L\.A|N\.Y)\.)"
    r"([A-Z]\.\s?[A-Z]\.(?:\s?[A-Z]\.)?)(?![\w])"
)
FAMILY_NAME = fast_compile(
    r"\bthe\s+([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)\s+(?:family|kids|children|household|twins)\b"
)
NAME_IS = fast_compile(r"\b(?:name(?:d|\s+is|\s+was|,)|called)\s+['\"‘“]?([A-Z][a-z]{2,})\b")
NAME_BEFORE_ID = regex.compile(
    r"\b([A-Z][a-z]+(?:[\s-][A-Z][a-z]+){1,3})\s*\((?:MRN|DOB|age[ds]?\b|\d{1,3}\s*(?:y|yo|[MF])\b)"
)
VOCATIVE_FROM = fast_compile(r"(?:^|(?<=[.!?]\s))([A-Z][a-z]{2,})\s+(?:from|of)\s+[A-Z][a-z]{2,}")
ADDRESSED_NAME = fast_compile(
    r"\b(?:goodbye|farewell|RIP|rest\s+in\s+peace|condolences|miss\s+you|thinking\s+of|prayers\s+for|congrats|congratulations"
    r"|happy\s+birthday|welcome\s+back|shout-?out|proud\s+of|hugs\s+to|love\s+you|fly\s+high|fly\s+free|rest\s+easy|sleep\s+well|soar|godspeed|(?:^|(?<=[.!?]\s))dear|we\s+miss\s+you|we\s+love\s+you|you\s+did\s+it)[,!]?\s+(?:to\s+)?(?:sweet\s+|dear\s+|little\s+|our\s+)?"
    r"(?!(?-i:Head|Director|Chief|Lead|Manager|Matron|Sister|Charge|Clinical|Senior|Chair|Dean|President|Professor|Consultant"
    r"|Nurse|Team|Department|Unit|Ward|Service|Practice|Staff|Board|Committee|Fellows?|Residents?)\b)"
    r"((?-i:[A-Z][a-z]{2,}))\b",
    regex.IGNORECASE,
)
NAME_AGE_COMMA = fast_compile(
    r"(?:^|(?<=[.!?:]\s))(\p{Lu}\p{Ll}{2,}),\s+\d{1,3}\s*[MF]?,|\b(\p{Lu}\p{Ll}{2,}(?:\s\p{Lu}\p{Ll}{2,})?),\s+age[ds]?\s+\d{1,3}\b"
    r"|(?<=:\s)([A-Z][a-z]{2,}\s[A-Z][a-z]{2,}),\s+\d{1,2},"
)
# In every NAME_AGE_COMMA match ("Jaxon, 7," / "Jaxon, age 7"): looked for first, as it is far cheaper
NAME_AGE_COMMA_NEEDS = regex.compile(r",\s+(?:age[ds]?\s+)?\d")
# "K. Mbeki": an initial and a census surname
INITIAL_SURNAME = regex.compile(r"(?<![\w.])([A-Z]\.\s?[A-Z][a-z]{2,})\b(?!\s+[A-Z][a-z])")
NAMED = fast_compile(
    r"\b(?:patient|pt|man|woman|lady|gentleman|boy|girl|guy|kid|child|veteran)\s+(?:named|called)\s+([A-Z][a-z]+)",
    _IV,
)
PATIENT_THEN_NAME = regex.compile(
    r"\b(?:(?:[Mm]y|[Oo]ur)\s+)?(?:[Pp]atient|[Pp]t\.?),?\s+(\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)(?:\s+(\p{Lu}\p{Ll}{2,}))?\b"
    r"(?!\s+(?:Portal|Advocate|Navigator|Experience|Safety|Education|Services|Care|Family|Advisory))"
)
NAME_THEN_AGE = regex.compile(
    r"\b([A-Z][a-z]{2,})(?:\s+([A-Z][a-z]{2,}|[A-Z]\.))?,\s+(?:a|an|my|our)?\s*\d{1,3}[- ]?(?:years?|yo|y/o|yr)",
    _V,
)
FIRST_AND_INITIAL = regex.compile(
    r"\b([A-Z][a-z]{2,})\s+([A-Z])\.(?=[\s,;:!?)]|['’]s\b|$)(?!\s+[A-Z][a-z])", _V
)
# "Robert G seen at", "Paul M's case": no full stop, so the first name must be a census first name.
FIRST_AND_BARE_INITIAL = regex.compile(
    r"\b([A-Z][a-z]{2,})\s+([A-Z])(?:['’]s\b|(?=\s+(?:seen|was|who|is|had|has|presented|admitted|came|from|at)\b|,))"
)

# Month and year ("in July 2021", "April 2023", "last July"): finer than the year, but common in news
# ("approved in April 2023"), so it counts only in a sentence plainly about one patient.
DATE_MONTH_YEAR = fast_compile(
    rf"\b{MONTH}\.?,?\s+(?:of\s+)?(?:19|20)\d{{2}}\b|\b(?i:last|this\s+past)\s+{MONTH}\b"
)

# The clinician who saw a patient: "seen by Dr. Patel", "referred by Dr. Anna Smith", "Dr. Lee's patient".
_DR = r"(?:Dr\.?|Doctor)\s+(?:[A-Z][a-z]+|[A-Z]\.)(?:[\s-](?:[A-Z][a-z]+|[A-Z]\.(?!\s[A-Z][a-z]))){0,2}"
TREATING_CLINICIAN = fast_compile(
    rf"""
    \b(?:seen|referred(?:\s+to)?|treated|evaluated|diagnosed|admitted|reviewed|operated|consulted|followed|managed|examined|tx'?d
        |dx'?d|discharged|operated\s+on|cared\s+for|noted|scheduled(?:\s+for\s+\w+)?|attended\s+to)
        (?:\s+for\s+\w+)?\s+(?:by|w/|with|to)\s+({_DR})
    | \b(?:visited|seeing|consulted|consult\s+(?:w/|with)|attending|under(?:\s+the\s+care\s+of)?|patient\s+of|pt\s+of
        |records\s+of|notes\s+(?:of|from))\s+({_DR})
    | ({_DR})(?:'s|’s)\s+(?:patient|pt|notes|office|clinic|care|records|case)
    """,
    _V,
)

DATE_NUMERIC = regex.compile(
    r"(?<![\w/.])(1[0-2]|0?[1-9])/(3[01]|[12]\d|0?[1-9])(?:/(?:\d{4}|\d{2}))?(?![\d/])"
)
DATE_WORDS = fast_compile(
    rf"""
    \b{MONTH}\.?\s+(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?!\s*(?:%|mg|patients|pts|years))
    | \b(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}\b
    | \bthe\s+{ORDINAL_WORD}\s+of\s+{MONTH}\b
    | \b(?i:last|this\s+past|on|this|next)\s+{WEEKDAY}\b
    | \b(?:on|was|over|the\s+day\s+(?:before|after)|the\s+(?:night|morning|eve)\s+(?:before|of))\s+(?:Christmas(?:\s+Eve|\s+Day)?|New\s+Year's(?:\s+Eve|\s+Day)?|Thanksgiving|Easter(?:\s+Sunday)?|Halloween
        |Valentine's\s+Day|Boxing\s+Day|Mother's\s+Day|Father's\s+Day|(?:his|her|their)\s+birthday)\b
    | \b(?:3[01]|[12]\d|0?[1-9])[./-](?:1[0-2]|0?[1-9])[./-](?:19|20)\d{{2}}\b
    | \b(?:1[0-2]|0?[1-9])[.-](?:3[01]|[12]\d|0?[1-9])[.-](?:19|20)\d{{2}}\b
    | \b(?:19|20)\d{{2}}-(?:1[0-2]|0[1-9])-(?:3[01]|[12]\d|0[1-9])\b
    """,
    _V,
)
EVENT_CONTEXT = fast_compile(
    r"\b(?:ASCO|ESMO|ASH|AACR|SABCS|ASTRO|meeting|conference|congress|symposium|webinar|session|talk|lecture|"
    r"grand\s+rounds|journal\s+club|tumou?r\s+board|deadline|abstracts?|registration|workshop|summit|course|"
    r"livestream|podcast|chat|tweetchat|class|exam|interview|poster|plenary|meetup|retreat|moves?\s+to|"
    r"starting|starts|join\s+us|RSVP|closed|closure|holiday|reopens?|hours|Memorial\s+Day|Labor\s+Day|Thanksgiving"
    r"|Juneteenth|Independence\s+Day|drill|training|go-?live|launch|deadline|mock|simulation|huddle|in-?service|staff\s+meeting|5K|10K|walk|gala"
    r"|fundraiser|event|race|marathon|mark\s+your\s+calendars?|returns|tickets?|night|evening|seminar|open\s+house"
    r"|info(?:rmation)?\s+session|education|tent|stall|stand|booth|come\s+(?:grab|get|find|say|join|along|by)|free\s+\w+\s+kits?"
    r"|relay\s+for\s+life|screening\s+day|drop-?in|pop-?up|coffee\s+morning|all\s+welcome|raffle|bake\s+sale|open\s+day)\b"
    r"|\#(?:ASCO|ESMO|ASH|AACR|SABCS|ASTRO|SNMMI|SIOP|ONS|SGO|AUA|WCLC|MASCC|ASCOGU|ASCOGI|ESMOGI|ISPOR|JADPRO|SOHO|EHA"
    r"|ISTH|ACR|RSNA|ACC|AHA|ATS|DDW)\d{0,4}\b|\#\w*(?:conf|summit|meeting|congress|chat|webinar)\w*\b",
    regex.IGNORECASE,
)

# A sentence that is plainly about one patient: the event words above do not excuse it
# ("seen at St. Francis Hospital (MRN: #SF-1234)", "the evening she was admitted").
STRONG_PATIENT = regex.compile(
    r"""
    \b(?:my|our|this|a|the|one)\s+(?:\w+\s+)?(?:patients?|pts?)\b(?!\s+(?:education|advocates?|portal|navigators?|experience|safety
        |services|advisory|voices?|population|volume|outcomes|satisfaction))
    | \b(?:was|were|got|been|being|is)\s+(?:admitted|diagnosed|treated|seen|evaluated|operated|discharged|biopsied|transferred)\b
    | \bwho\s+(?:visited|presented|was|attended|underwent|had)\b | \bpt\b
    | \b(?:seen|treated|admitted|evaluated|operated|discharged)\s+(?:at|by|in|to|from)\b
    | \b(?:MRN|DOB|med\s+rec)\b | \b(?:admitted|diagnosed|discharged|dx'?d)\s+(?:on\s+)?\d
    | \b\d{1,3}\s*(?:yo|y/o|-?\s?years?[- ]old|-?yr-?old)\b | \b\d{1,3}\s?[MF]\b
    | \b(?:Mr|Mrs|Ms)\.?\s+[A-Z]
    """,
    regex.IGNORECASE | regex.VERBOSE,
)


def event_sentence(sentence: str) -> bool:
    """A meeting, class or event named in a sentence that is not plainly about one patient."""
    return EVENT_CONTEXT.search(sentence) is not None and STRONG_PATIENT.search(sentence) is None


AGE_OVER_89 = regex.compile(
    r"""
    \b(?:9\d|1[0-2]\d)\s*(?:-\s*|\s)?(?:years?|yrs?|y)[\s-]*(?:old|o\b|/o)
    | \b(?:9\d|1[0-2]\d)\s*(?:yo|y/o|y\.o\.)(?!\w)
    | \b(?:aged?|age)\s+(?:9\d|1[0-2]\d)\b(?!\s*(?:\+|and\s+(?:over|older|above)|or\s+(?:over|older|above)))
    | \bin\s+(?:his|her|their)\s+(?:late\s+|mid\s+|early\s+)?(?:90s|nineties|100s)\b
    | \b(?:nonagenarian|centenarian)s?\b
    | \b(?:turned|turning|just\s+turned)\s+(?:9\d|1[0-2]\d)\b
    | \b(?:9\d|1[0-2]\d)(?:st|nd|rd|th)\s+birthday\b
    """,
    _IV,
)
AGE_SEX_OVER_89 = regex.compile(r"\b(?:9\d|1[0-2]\d)\s?[MF]\b")

RECORD_NUMBER = fast_compile(
    r"""
    \b(?:MRN|med(?:ical)?\s+rec(?:ord)?(?:\s+(?:number|no\.?|\#))?|record\s+(?:number|no\.?|\#)|acct\.?|account
        |member\s+ID|policy|health\s+plan|insurance(?:\s+(?:ID|number|no\.?|\#|policy|card))?(?:\s+is)?|HMO|PPO|ins\.?\s+pol(?:icy)?|Medicare|Medicaid|SSN|social\s+security|chart|FIN
        |encounter|accession|case|patient\s+ID|pt\s+ID|ID|license|licence|DEA|NPI|device|serial|VIN|plate|member
        |voiceprint|fingerprint|biometric|template|study\s+code|participant\s+(?:ID|code)|subject\s+(?:ID|code)|enrollment\s+code
        |HICN|HBN|MBI|EMR|MedRec|ins\.|insurer(?:\s+ID)?|health\s+ID|(?:health\s+|insurance\s+)?plan(?=\s*(?:is|\#|:|ID|number|no)))
    \s*(?:number|no\.?|\#|num|ID|code)?(?:\s+(?:is|was|=|of))?\s*[:\#]?\s*\#?
    (?!(?:19|20)\d{2}(?:[-–](?:19|20)?\d{2})?\b)(?=[A-Z0-9-]*\d)[A-Z0-9]{1,6}(?:-?[A-Z0-9]){2,18}\b
    | \bMRNs\b[^.!?\n\d]{0,30}\d{6,10}\b | (?<=[Pp]atient\s)\d{3,5}-\d{3,5}\b
    | \b(?:SN|S/N|serial)\s*[:\#]?\s*(?=[A-Z0-9]*\d)[A-Z0-9]{6,}\b
    | \b\d{3}-\d{2}-\d{4}\b | \bMRN\d{5,}\b | \b(?:HMO|PPO|HPB|HICN|MBI)-?\d{5,}\b | (?<=\bMRN)\d{5,}\b
    | \b(?:SSN|social\s+security)\b[^.\d]{0,60}\d{3}[\s-]\d{2}[\s-]\d{4}\b
    """,
    _IV,
)

SMALL_PLACE = fast_compile(
    r"""
    (?<!conference\s|meeting\s|class|lecture\s|board\s|break\s|waiting\s|call\s|zoom\s)
    \b(?:room|rm|bed|bay|ward|pod|cubicle|stall|chair|infusion\s+chair|bay\s+no\.?|station|slot|clinic|side\s+room)\s*\#?\s*\d{1,4}[A-Z]?\b
      (?!\s*(?:weeks?|days?|months?|years?|hours?|mins?|minutes|times|x\b|am\b|pm\b))
    | \b(?:bay|pod|cubicle|side\s+room|bed)\s+(?-i:[A-H])\b(?![\w'’])
    """,
    _IV,
)

# A ward named by floor and wing ("on 6 West", "up to 4N"): with a patient, it narrows who they are
WARD = regex.compile(
    r"\b(?:[Oo]n|[Tt]o|[Ff]rom|[Ii]n|[Uu]p\s+on)\s\K\d{1,2}\s?(?:North|South|East|West|north|south|east|west|[NSEW])\b"
    r"(?!\s*(?:St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Blvd)\b)"
)

IMAGE_IDENTIFIER = fast_compile(
    r"""
    (?:\b(?:photo|pic|picture|image|scan|x-?ray|CT|MRI|PET|screenshot|slide|film|selfie|video|clip|before/after|before\s+&\s+after|swipe|carousel|reel|whiteboard)s?\b|📸|📷)
    [^.!?\n]{0,80}?
    \b(?:wristbands?|wrist\s+band|name\s?bands?|ID\s+band|hospital\s+band|DOBs?|dates?\s+of\s+birth|names?\s+(?:on|visible|showing|in\s+the\s+corner)
        |MRN|face|faces|chart|label|sticker|patient\s+names?|names\s+on|tattoo|birthmark|her\s+name|his\s+name|accession)\b
    | \b(?:wristband|name\s?band|DOB|date\s+of\s+birth|patient\s+name|face|label|accession)\b
    [^.!?\n]{0,60}?\b(?:visible|showing|in\s+(?:the\s+|this\s+)?(?:photo|pic|picture|image|shot|scan|corner)|attached|on\s+(?:the|it|them)
        |has\s+the\s+(?:accession|MRN|name|DOB))\b
    | \b(?:(?:patient(?:'s)?\s+)?names?|ID(?:\s+(?:bar|band|strip))?|MRN|(?:patient|name|ID)\s+(?:labels?|stickers?)|wristbands?|barcodes?|DOB|patient\s+(?:details|info))
      (?:'s|\s+is|\s+are)?\s+(?:only\s+)?(?:half|partly|partially|mostly|barely|kinda|kind\s+of|sort\s+of)\s+
      (?:covered|cropped|hidden|blurred|visible|obscured|cut\s+off)\b
    | \b(?:cropped|blurred|covered|cut|blacked)\s+(?:out\s+|off\s+)?(?:the\s+)?(?:patient(?:'s)?\s+)?(?:ID|name|label|MRN|DOB|details)
      (?:\s+(?:bar|band|strip|sticker))?\b(?!\s+(?:off\s+)?(?:completely|entirely|fully))[^.!?;\n]{0,30}?(?:mostly|partly|kind\s+of|sort\s+of|hopefully)\b
    """,
    _IV,
)

# A mark that shows whose body a photo is, wherever in the post it is said ("that dragon tattoo is pretty unique")
DISTINCTIVE_MARK = regex.compile(
    r"\b(?:tattoos?|birthmarks?|scars?|piercings?)\b[^.!?\n]{0,40}?\b(?:unique|distinctive|recogni[sz]able|one\s+of\s+a\s+kind"
    r"|unmistakable|memorable|famous)\b|\b(?:unique|distinctive|recogni[sz]able|unmistakable|memorable|famous)\s+(?:\w+\s+){0,2}?"
    r"(?:tattoos?|birthmarks?|scars?|piercings?)\b",
    regex.IGNORECASE,
)
IMAGE_WORD = regex.compile(
    r"\b(?:photos?|pics?|pictures?|images?|selfies?|videos?|clips?|reels?|before\s*(?:&|and|/)\s*after)\b|📸|📷|🎥",
    regex.IGNORECASE,
)

# Quasi-identifiers (G5): each adds to the chance that someone recognises the patient.
EXACT_AGE = regex.compile(
    r"\b\d{1,2}\s*(?:-\s*|\s)?(?:years?|yrs?|y)[\s-]*(?:old|o\b|/o)|\b\d{1,2}\s*(?:yo|y/o|y\.o\.)(?!\w)"
    r"|(?<=\bboth\s|\bat\s)\d{1,2}\b(?![.:%])|(?<=[A-Za-z],\s)\d{1,2}(?=,)|(?<=\b(?:[A-Z]\.){2}\s)\d{1,2}\b"
    r"|\b\d{1,2}\s?[MF]\b(?!\w)|\b(?:aged?)\s+\d{1,2}\b"
    # "just 14", "only 19": an age said to move; "one of our own consultants, 45."
    r"|(?<=\b(?:just|only)\s)\d{1,2}\b(?=\s*[,.!)]|\s+(?:and|but|with|from|years?)\b)"
    r"|(?:^|(?<=[.!?]\s))\d{1,2}(?=,\s+(?-i:[a-z]))"
    r"|(?<=\b(?:man|woman|lady|gentleman|boy|girl|patient|consultants?|registrar|nurse|doctor|colleague|mum|mom|dad"
    r"|father|mother|son|daughter|teacher|grandmother|grandfather|gran|grandad)\s*,\s)\d{1,2}\b(?=\s*[.,;)!]|\s*$)",
    regex.IGNORECASE,
)
SEX = fast_compile(
    r"\b(?:woman|man|female|male|girl|boy|lady|gentleman|mother|father|mom|dad|grandmother|grandfather|"
    r"grandma|grandpa|wife|husband|daughter|son|she|he|sisters?|brothers?)\b",
    regex.IGNORECASE,
)
TIME_OF_ENCOUNTER = fast_compile(
    r"\b(?:this\s+(?:morning|afternoon|evening|week|AM|PM)|today|tonight|yesterday|last\s+(?:night|week|month)|earlier\s+today|"
    r"\d{1,2}\s?(?:am|pm)\s+(?:admit|consult|page|call)|(?:morning|overnight|weekend)\s+(?:consult|admit)|"
    r"just\s+(?:saw|admitted|diagnosed|had|met|told|broke)|right\s+now|overnight|on\s+call\s+last\s+night"
    rf"|(?:saw|seen|met|admitted)\s+(?:on\s+|last\s+)?{WEEKDAY})\b",
    regex.IGNORECASE,
)
PLACE = regex.compile(
    rf"\b(?:from|in|near|outside|of)\s+(?:(?:downtown|uptown|rural|little|small|tiny|north|south|east|west|central)\s+)?"
    rf"(?!(?:{MONTH}|{WEEKDAY}|the|a|an|my|our|his|her|their|clinic|Clinic)\b)"
    r"([A-Z][a-z]{2,}(?:[\s-][A-Z][a-z]{2,}){0,2}(?:,\s*[A-Z]{2}\b)?)",
    regex.VERBOSE,
)
FAMILY_DETAIL = fast_compile(
    r"\b(?:whose|his|her|their)\s+(?:older\s+|younger\s+|twin\s+|little\s+|big\s+)?(?:brother|sister|mother|father|mom|dad|son"
    r"|daughter|twin)\s+(?:also\s+)?(?:died|passed|had|has|was\s+diagnosed)\b|"
    r"\b(?:his|her|their)\s+(?:\w+\s+)?(?:daughter|son|wife|husband|kids?|children|twins|triplets|grandkids?|"
    r"granddaughter|grandson|mother|father|mom|dad|sister|brother|fianc[eé]e?|partner|baby)(?:'s)?\s+"
    r"(?:\w+\s+){0,2}?(?:wedding|graduation|birthday|prom|funeral|baptism|bar\s+mitzvah|bat\s+mitzvah|"
    r"quincea[nñ]era|due\s+date|deployment|game|recital)\b",
    regex.IGNORECASE,
)
UNIQUENESS = fast_compile(
    r"\b(?:the\s+only|only\s+(?:the\s+)?(?:second|third|one|case|patient)|first\s+(?:case|patient|time\s+ever|ever)|"
    r"never\s+(?:seen|had)\s+(?:one|this|a\s+case)|one\s+in\s+a\s+million|youngest|oldest|record-?breaking|"
    r"made\s+(?:the\s+)?(?:news|headlines|paper)|front\s+page|identical\s+twins|top\s+of\s+(?:her|his|their)\s+class"
    r"|the\s+one\s+(?:who|with)|longest-?(?:running|surviving)|nobody\s+else\s+(?:in|at|on|around)|fits\s+that\s+description"
    r"|(?:name|initials|portrait|face)\s+tattooed|tattoo(?:ed)?\s+(?:of|on)\s+(?:his|her|their)|birthmark\s+on"
    r"|only\s+(?:\d+|a\s+handful\s+of|a\s+few|two|three|four|five)\s+(?:patients|cases|people|kids|children)\s+(?:in\s+the\s+(?:world"
    r"|country|state|literature)|(?:ever\s+)?(?:been\s+)?(?:reported|described|documented)))\b",
    regex.IGNORECASE,
)
RARE = fast_compile(
    r"""
    \b(?:rare|ultra-?rare|unusual|extraordinary|zebra|case\s+report)\b
    | \b(?:TP53|Li-?Fraumeni|germline\s+\w+\s+variant|three\s+generations|APL|sarcoma|germ\s+cell|Burkitt|inflammatory\s+myofibroblastic|SMARCA4|NUT|tebentafusp|(?:\w+\s+)?pancreatic\s+cancer\s+patient
        |youngest|teenager\s+with|Merkel\s+cell|uveal\s+melanoma|cholangiocarcinoma|mesothelioma|chordoma|adrenocortical|thymoma|thymic
        |pheochromocytoma|paraganglioma|NUT\s+carcinoma|DSRCT|desmoplastic|angiosarcoma|male\s+breast\s+cancer
        |breast\s+cancer\s+in\s+a\s+man|penile|vulvar|anal|gestational|choriocarcinoma|retinoblastoma|Erdheim
        |Castleman|during\s+(?:her\s+)?pregnancy|pregnant|(?:\w+\s+)?trimester)\b
    """,
    _IV,
)
OCCUPATION = fast_compile(
    r"""
    \b(?:(?:NFL|NBA|MLB|NHL|WNBA|MLS|college|high\s+school|professional|pro|retired|former|local|famous|well-known|star)\s+)?
    (?:(?:kindergarten|elementary|middle\s+school|high\s+school|math|art|music|science|PE|history)\s+teacher|teacher
      |principal|professor|firefighter|fireman|police\s+(?:officer|chief)|cop|sheriff|deputy|detective|pilot|flight\s+attendant
      |pastor|priest|rabbi|imam|minister|nun|bishop|mayor|governor|senator|congress(?:man|woman)|councilman|councilwoman
      |judge|lawyer|attorney|coach|linebacker|quarterback|lineman|pitcher|goalie|athlete|olympian|marathoner|NFL|NBA|MLB|NHL
      |farmer|rancher|fisherman|lobsterman|chef|baker|bartender|barber|hairdresser|musician|singer|guitarist|drummer
      |actor|actress|artist|author|novelist|journalist|reporter|anchor|news\s+anchor|CEO|founder|banker|surgeon|dentist
      |veterinarian|vet|pharmacist|electrician|plumber|carpenter|mechanic|trucker|truck\s+driver|bus\s+driver|mail\s+carrier
      |postman|soldier|marine|sailor|airman|Navy\s+SEAL|astronaut|influencer|YouTuber|TikToker|streamer|model|dancer
      |ballerina|nurse|paramedic|EMT|librarian|scientist|engineer|programmer|student|cheerleader|valedictorian
      |swimmer|runner|cyclist|gymnast|wrestler|boxer|skier|climber|host|triathlete|ironman|marathoner|ultramarathoner|rower|olympian|Olympic\s+\w+
      |sophomore|freshman|pharmacy\s+techs?|lab\s+techs?|rad\s+techs?|unit\s+secretary|secretary|receptionist|security\s+guards?|CFO|CTO|COO|president|chair(?:man|woman)?|dean|elder
      |shop\s+owner|owner|restaurateur|principal|superintendent|sheriff|state\s+(?:senator|rep(?:resentative)?)|councilor|alderman
      |D1\s+\w+|varsity\s+\w+|college\s+\w+|runs\s+the\s+\w+|owns\s+the\s+\w+|line\s+cooks?|cooks?|waitress|waiter|server|cashier|janitor|custodian
      |twins?|triplets
      |(?:nursing|medical|med|law|dental|vet|pharmacy|engineering|art|drama|music)\s+(?:school|finals|exams|degree|course|placement))\b
    """,
    _IV,
)

DOB = fast_compile(
    rf"\b(?:DOB|D\.O\.B\.?|date\s+of\s+birth|birth\s?date|born(?:\s+on)?)\s*[:\-]?\s*"
    rf"(?:\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{MONTH}\s+\d{{4}})",
    regex.IGNORECASE,
)
HOSPITAL = fast_compile(
    r"""
    \b(?:St\.?|Saint|Mount|Mt\.?)\s+(?>[A-Z][a-z]+(?:'s)?)(?!\s+wort\b)(?:\s+(?:Hospital|Medical\s+Cent(?:er|re)|Regional|General|Health))?
    | \b(?:(?:[A-Z][a-z]+|[A-Z]{2,4}|[A-Z][a-z]+\.|[A-Z][a-z]+'s)\s+){1,3}(?:General|Memorial|Regional
        |Med(?:ical|\.)?\s+(?:Cent(?:er|re)|Group|Associates)|Hospital|Hosp\.?|Infirmary|Health(?:\s+(?:System|Cent(?:er|re)|Care))?
        |Cancer\s+(?:Cent(?:er|re)|Institute)|Children's|Clinic|Hospice|Presbyterian|Langone|Oncology\s+Associates)\b
    | \b(?:our|the)\s+(?:ED|ER|ICU|floor|unit|ward|hospital|clinic)\s+(?:at|in)\s+([A-Z][a-z]{2,}(?:\s+[A-Z][a-z]+)?)
    | \b(?:at|to)\s+([A-Z][a-z]{3,}(?:\s+[A-Z][a-z]+)?)(?=\s*[.,;]|\s+(?:for|on|next|this|tomorrow)\b)
    | \b(?:at|to|from|in)\s+(?:the\s+)?(UCSF|UCLA|UCSD|UCD|MGH|MSK|MSKCC|MDACC|NYU|UPMC|OHSU|UW|UWMC|BWH|DFCI|CHOP|CHLA|BIDMC
        |VA|NIH|OSU|UNC|UAB|UTSW|UVA|MUSC|Mayo|Stanford|Hopkins|Cedars(?:-Sinai)?|Mt\.?\s+Sinai|Mount\s+Sinai|Moffitt|Huntsman
        |Fred\s+Hutch|Dana-Farber|MD\s+Anderson|Sloan\s+Kettering|City\s+of\s+Hope|Roswell\s+Park|Fox\s+Chase)\b
    """,
    regex.VERBOSE,
)
INDIVIDUAL = fast_compile(
    r"""
    \b(?:my|our|this|a|the|one)\s+(?:\w+\s+){0,2}?(?:patient|pt)\b(?!\s+(?:transportation|experience|care|safety|education|advocates?
        |portal|navigators?|navigation|population|volume|fund|services|satisfaction|outcomes|family|families|voices?|advisory))
    | \b(?:he|she|him|his|her)\b | \bpt\b | \b(?:male|female)\b
    | \b\d{1,3}\s*(?:yo|y/o|-?\s?years?[- ]old)\b | \b\d{1,3}\s?[MF]\b
    | \b(?:man|woman|gentleman|lady|boy|girl|teen(?:ager)?|dad|mom|father|mother|kid|veteran|grandmother|grandfather
        |sisters?|brothers?|twins?|wife|husband)\b
    | \b(?:Mr|Mrs|Ms)\b
    | \bjust\s+(?:finished|started|completed|rang|had)\s+(?:(?:his|her|their)\s+)?(?:last\s+)?(?:chemo|radiation|treatment|infusion
        |cycle|transplant|surgery|the\s+bell)
    | \b(?:is|was)\s+(?:in\s+my\s+clinic|on\s+my\s+(?:list|service|panel)|in\s+(?:my|our)\s+(?:chair|infusion\s+chair))
    | \b(?:dear|to\s+the)\s+(?:\w+\s+){0,2}?(?:patient|pt|relative)\b | \bpatient\s+(?:who|whose|that)\b
    | \bdeath\s+pronounced\b | \bpronounced\s+(?:dead|at\s+\d|\d) | \btime\s+of\s+death\b
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
DECADE_AGE = regex.compile(
    r"\b(?:in\s+(?:his|her|their)\s+)?(?:early|mid|late)[- ]?\d0s\b|\bin\s+(?:his|her|their)\s+\d0s\b|\b\d0-something\b",
    regex.IGNORECASE,
)
SMALL_COMMUNITY = fast_compile(
    r"\b(?:(?:here\s+)?in\s+town|the\s+same\s+(?:restaurant|school|factory|plant|mill|church|team|street|building|office|unit"
    r"|district|town|county|congregation|company|firm|department|station|precinct|squad|class|grade)"
    r"|zip\s*code|small(?:er)?[- ]towns?|our\s+(?:little\s+|tiny\s+|small\s+)?(?:town|village|valley|county|island|parish|community|reservation)"
    r"|(?:little|tiny|small)\s+(?:town|village|valley|island|community)|rural\s+\w+|across\s+the\s+street|down\s+the\s+road"
    r"|our\s+town's|the\s+(?:county|town|village)(?:'s)?\s+only)\b",
    regex.IGNORECASE,
)
PUBLIC = fast_compile(
    r"\b(?:(?:TV|radio|news|local)\s+(?:\w+\s+)?(?:host|anchor|personality|presenter|meteorologist|reporter)s?"
    r"|(?-i:VIP|VVIP)|celebrity\s+patient"
    r"|(?:the\s+)?(?:mayor|governor|senator|congress(?:man|woman)|judge|sheriff|police\s+chief|fire\s+chief|principal"
    r"|superintendent|pastor|priest|rabbi|imam|bishop|(?:head|football|basketball|soccer|baseball|hockey|varsity)\s+coach|athletic\s+director|city\s+council\w*|state\s+rep\w*)(?:'s\s+\w+)?"
    r"|(?:NFL|NBA|MLB|NHL|WNBA|MLS|Olympic|pro|professional|college)\s+(?:\w+\s+)?(?:player|lineman|linebacker|quarterback|pitcher"
    r"|athlete|star|coach|swimmer|runner|gymnast)|well-?known|famous|celebrity|local\s+(?:legend|celebrity|hero|star)|public\s+figure|\d+k\s+followers|followers"
    r"|was\s+on\s+(?:TV|the\s+news|Jeopardy|the\s+radio|\w+\s+News)|on\s+Jeopardy|in\s+the\s+news|made\s+headlines"
    r"|viral|played\s+Santa|frontman|front\s+man|lead\s+singer|local\s+(?:\w+\s+){0,2}(?:band|team|restaurant|bakery|business"
    r"|church|school|celebrity)|our\s+(?:mall|diner|town|parish|church|school)|for\s+(?:\w+\s+)?(?:decades|\d+\s+years)\s+at|radio\s+host|TV\s+(?:host|anchor|personality)|news\s+anchor|podcaster|creator|influencer|YouTuber|TikToker)\b",
    regex.IGNORECASE,
)
KNOWN_TO_STAFF = fast_compile(
    r"\b(?:my\s+own|our\s+own|one\s+of\s+our|our\s+hospital's|our\s+(?:new\s+)?(?:CFO|CEO|president|chair|dean|colleague|nurse"
    r"|resident|fellow|janitor|custodian|receptionist)|my\s+(?:kid's|son's|daughter's|neighbou?r|colleague|friend|former\s+teacher"
    r"|coach|pastor|dentist|barber)|(?:is|was)\s+also\s+my\s+patient|ALSO\s+my\s+patient|a\s+colleague|co-?worker"
    r"|one\s+of\s+our\s+own|our\s+own\s+\w+|next-?door\s+neighbou?r|my\s+(?:old|former)\s+\w+|now\s+(?:my|our)\s+patient"
    r"|our\s+(?:unit|team|clinic|floor|department|hospital)'s\s+(?:\w+\s+){0,2}?(?:nurse|secretary|receptionist|tech|aide"
    r"|chaplain|guard|pharmacist|doctor|physician|attending|fellow|resident|janitor|custodian|manager|director|scheduler"
    r"|volunteer|social\s+worker|navigator)"
    r"|band\s+director|school\s+nurse|crossing\s+guard|mail\s+carrier"
    r"|(?:nurse|doctor|colleague|resident|fellow|attending|charge\s+nurse)'s\s+(?:own\s+)?(?:dad|mom|mum|father|mother|husband|wife"
    r"|son|daughter|partner)|(?:his|her)\s+whole\s+\w+\s+(?:grade\s+)?class"
    # someone the author knows outside medicine: "the man who rear-ended my car", "the lady who sold us our house"
    r"|who\s+(?:\w+\s+){0,2}?(?:my|our|us)\s+(?:car|house|home|kids?|son|daughter|wedding|roof|class|team|dog|garden|taxes))\b",
    regex.IGNORECASE,
)
COMMUNITY = fast_compile(
    r"\b(?:Navajo|Hopi|Lakota|Cherokee|Apache|Ojibwe|Amish|Mennonite|Hmong|Hasidic|Inuit|Sami|tribal\s+elder|elder)\b"
    # a named club or team: "plays centre-back for Eastfield Rovers U18s", "Kilmore GAA", "the U16 squad"
    r"|\b(?:plays|played|playing)\s+(?:[\w-]+\s+){0,2}?for\s+(?:the\s+)?(?-i:[A-Z][a-z]+)"
    r"|\b(?-i:[A-Z][a-z]+)\s+(?-i:Rovers|United|Wanderers|Athletic|Rangers|Celtic|Albion|Harriers|Hotspur|FC|AFC|RFC|GAA|CC|Juniors)\b"
    r"|\b(?-i:U|Under[- ]?)(?:1\d|2[0-3])s?\b(?=\s+(?:team|squad|side|player|captain|keeper|match|game)|[\s.,!])",
    regex.IGNORECASE,
)

ZIP = fast_compile(
    r"\b(?:zip(?:\s*code)?|postcode|postal\s+code)\b[^.\d\n]{0,25}\d{5}(?:-\d{4})?\b|\b\d{5}(?:-\d{4})?\s+zip(?:\s*code)?\b"
    r"|(?<=\b[A-Z]{2}\s)\d{5}(?:-\d{4})?\b(?=[\s.,;)]|$)|\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s+(?:County|Parish|Borough)\b",
    regex.IGNORECASE,
)
PATIENT_HANDLE_CUE = regex.compile(
    r"\b(?:(?<!not\s)my\s+patient|(?<!not\s)our\s+patient(?!s?\s+(?:leaflets?|panel|advocates?|education|portal|navigators?"
    r"|experience|safety|services|advisory|voices?|population|information|info|forum|group|survey|charter|council"
    r"|representatives?|partners?|community|feedback))|in\s+clinic|at\s+clinic|at\s+chemo|"
    r"your\s+(?:dad|mom|mum|husband|wife|son|daughter|partner|mother|father)(?:'s)?\s+(?:\w+\s+){0,2}?(?:was\s+admitted|scan|results"
    r"|surgery|chemo|treatment|biopsy|labs|admission)|your\s+(?:counts|scans?|labs|last\s+cycle|infusion|chemo|treatment|results)"
    r"|at\s+(?:your|her|his)\s+(?:visit|appointment|infusion)|since\s+(?:diagnosis|\d{4}))\b"
    r"|\b(?:patient|pt)\s+(?=@\w)",
    regex.IGNORECASE,
)

IP_ADDRESS = regex.compile(
    r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?!\.?\d)"
)
SCHEME_URL = fast_compile(r"https?://[^\s<>\"')\]]+", regex.IGNORECASE)
IMAGE_FILE = fast_compile(r"\b[\w-]+\.(?:jpe?g|png|heic|gif|tiff?|dcm|bmp|webp)\b", regex.IGNORECASE)
PERSON_URL = fast_compile(
    r"gofundme|caringbridge|mealtrain|facebook\.com/|instagram\.com/|tiktok\.com/@|portal|mychart|/patients?/|/u/|/users?/"
    r"|/profiles?/|/members?/",
    regex.IGNORECASE,
)

NAME_OUR_PATIENT = regex.compile(r"\b([A-Z][a-z]{2,}),\s+(?:our|my)\s+(?:[\w-]+\s+){0,3}?(?:patient|pt)\b")

# A page that names the patient, linked or pointed to: an obituary, a funeral notice, a fundraiser, a news story
IDENTIFYING_PAGE = regex.compile(
    r"\b(?:obituary|obit|funeral\s+notice|death\s+notice|memorial\s+page|go\s?fund\s?me|news\s+(?:story|article)"
    r"|(?:local|the)\s+paper|(?:her|his|their|the\s+family'?s)\s+(?:page|instagram|facebook|tiktok|blog|caringbridge|fundraiser))\b",
    regex.IGNORECASE,
)
