"""Patterns shared by several rule families: phones, e-mail, street addresses, dates, times.

Bounded patterns only (no nested unbounded quantifiers), compiled once at import: they are constants,
not state.
"""

from __future__ import annotations

import regex

from bedside.rules.fastregex import fast_compile

_V = regex.VERBOSE
_IV = regex.IGNORECASE | regex.VERBOSE

# A tumour's name by its stem ("carcinoma", "glioblastoma", "mesothelioma"): a bare "\w+omas?" also took
# names and words like "Chioma", "Roma", "diploma", "aroma" and "Oklahoma" for a cancer
TUMOUR = (  # the lookahead first: a word must end in -oma(s) before the stems are tried (6x faster on long posts)
    r"(?=\w*omas?\b)\w*(?:carcin|sarc|lymph|melan|gli|myel|blast|cyt|angi|ngi|fibr|lip|aden|theli|thym|neur|schwann|endym|chord"
    r"|semin|terat|hamart|papill|insulin|gastrin|chondr|oste|myx|hepat|nephr|xanth|granul|my|hemat|haemat|vip|germin)omas?"
)

PHONE = regex.compile(
    r"""
    (?<![\w.+/-])
    (?:
      (?:\+?1[\s.-]?)?(?:\(\d{3}\)|\d{3})[\s.-]?\d{3}[\s.-]\d{4}
    | (?:\+?1[\s.-]?)?\(\d{3}\)\s?\d{3}\d{4}
    | \d{3}\.\d{3}\.\d{4} | \d{10}
    | \+\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4}
    )
    (?![\w/-])
    """,
    _V,
)
EMAIL = regex.compile(r"(?<![\w.+@-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}\.?(?![\w-])")

_STREET_TYPES = (
    r"Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Court|Ct|Boulevard|Blvd|Way|Place|Pl|Terrace|Ter"
    r"|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Square|Sq|Trail|Trl|Crescent|Close|Row|Alley|Pike"
)
STREET_ADDRESS = regex.compile(
    rf"""
    \b\d{{1,6}}[A-Za-z]?\s+(?:[NSEW]\.?\s+)?(?:\d{{1,3}}(?:st|nd|rd|th)\s+|[A-Z][\w'.-]*\s+){{1,3}}
    (?:{_STREET_TYPES})\b\.?
    """,
    _V,
)
STREET_NAME = regex.compile(rf"\b(?:[A-Z][\w'.-]{{0,30}}\s+){{1,3}}(?:{_STREET_TYPES})\b\.?", _V)

WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?"
MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
ORDINAL_WORD = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth"
    r"|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ]\w+|thirtieth"
    r"|thirty[- ]first)"
)
CLOCK_TIME = regex.compile(
    r"\b\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|\b(?:[01]?\d|2[0-3]):[0-5]\d\b", _IV
)

FIRST_PERSON = regex.compile(r"\b(?:I|I'm|I've|I'll|me|my|mine|we|we're|we've|we'll|our|ours|us)\b", _IV)

# Claims need a clinical subject to matter ("never gets old" is not a clinical claim).
CLINICAL = fast_compile(
    r"""
    \b(?:cancers?|tumou?rs?|oncolog\w*|chemo\w*|immuno\w*|radiation|radiotherapy|RT|SBRT|surgery|surgical|resection
        |ports?|PICC|IV|iron|infusions?|injections?|shots?|doses?|dex|steroids?|antibiotics?|pills?|tablets?|meds?
        |medications?|ovaries|uterus|breasts?|prostate|colon|biopsy|test|tests|testing|labs?|bloodwork|surgeon
        |mets|liquid\s+biopsy|tissue|hair\s+loss|nausea|neuropathy|fatigue|survivors?|mortality|response\s+rates?
        |screening|mammogra\w+|colonoscop\w+|biops\w+|treatment|therapy|therapies|drugs?|regimen|dose|dosing
        |patients?|survival|remission|recurrence|metasta\w+|adjuvant|neoadjuvant|maintenance|trial|vaccines?
        |supplements?|diet|keto|fasting|ivermectin|fenbendazole|vitamin\s+\w|curcumin|cannabis|CBD|\w+mab
        |\w+inib|\w+parib|\w+ciclib|\w+lisib|\w+tide|\w+platin|\w+taxel|\w+rubicin|\w+mustine|hormone|HRT
        |"""
    + TUMOUR
    + r"""|leuk(?:a)?emia|myeloma|carcinoma|sarcoma|lymphoma|melanoma|glioma|PSA|MRI|CT|PET|scans?
        |tamoxifen|letrozole|anastrozole|enzalutamide|abiraterone|ADT|CAR-?T|transplant|proton|hospice
        |\w+(?:thiazide|pril|sartan|olol|statin|azole|mycin|cillin|floxacin|prazole|tidine|dronate|parin|xaban|gliptin
           |glutide|formin|dipine|azepam|azolam|setron|pitant|lukast|caine|sone|olone|pramide|oxetine|afaxine)
        |palliative|mastectomy|lumpectomy|prostatectomy|ibuprofen|acetaminophen|paracetamol|Tylenol|Advil|aspirin|naproxen
        |opioids?|morphine|oxycodone|metoclopramide|ondansetron|Zofran|dexamethasone|prednisone|loperamide|Imodium|platelets
        |ANC|neutrophils|creatinine|AUC|keto|fasting|(?-i:FIT|HPV)|inhibitors?|(?:smear|pap|stool|Cologuard)\s+tests?|pap\s+smears?
        |(?:bowel|cancer|breast|lung|cervical|prostate|skin|blood|blood-based|stool|colon)\s+screens?|polyps?)\b
    """,
    _IV,
)

# A local number without an area code ("555-0173") counts only next to a phone word.
PHONE_LOCAL = regex.compile(
    r"\b(?:call|text|cell|mobile|phone|number|line|reach\s+(?:me|her|him|them)|whatsapp|signal|viber)\b[^.!?\n\d]{0,60}"
    r"(?<![\w-])(\d{3}[-.\s]\d{4}|0\d{3}\s?\d{3}\s?\d{3,4}|0\d{2}[\s-]?\d{3,4}[\s-]?\d{4}|0\d{4}\s?\d{6}|0\d\s?\d{4}\s?\d{4})"
    r"(?![\w-])",
    regex.IGNORECASE,
)

# national numbers with a leading 0 (UK, Ireland, Australia, India, Nigeria, ...): "0803 555 2190", "087 555 0142"
_LOCAL_NUMBER = regex.compile(
    r"\d{3}[-.\s]\d{4}|0\d{3}\s?\d{3}\s?\d{3,4}|0\d{2}[\s-]?\d{3,4}[\s-]?\d{4}|0\d{4}\s?\d{6}|0\d\s?\d{4}\s?\d{4}"
)


def phone_matches(text: str) -> list[regex.Match[str]]:
    """Full phone numbers, and local seven-digit ones that follow a phone word, in text order."""
    found = list(PHONE.finditer(text))
    if _LOCAL_NUMBER.search(text) is None:
        return found
    taken = {i for m in found for i in range(m.start(), m.end())}
    for m in PHONE_LOCAL.finditer(text):
        start = m.start(1)
        if start in taken:
            continue
        number = _LOCAL_NUMBER.match(text, start)
        if number is not None:
            found.append(number)
    return sorted(found, key=lambda m: m.start())
