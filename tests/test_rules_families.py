"""Behaviour tables per rule family: what each must flag, and the look-alikes it must pass."""

from __future__ import annotations

import pytest

from tests.conftest import Checker

FLAG = [
    # privacy (G5)
    ("PHI001", "Mr. Okafor finally got to ring the bell after his last cycle today!", {}),
    ("PHI001", "Thinking of the Alvarez family tonight; their dad fought pancreatic cancer so hard.", {}),
    ("PHI001", "Rest in peace, Dolores. You taught our whole infusion unit what grace looks like.", {}),
    ("PHI002", "Her scan on 4/22 showed the liver mets had melted away on the new regimen.", {}),
    ("PHI002", "Patient DOB 03/02/1957 with new brain mets, thoughts on SRS vs WBRT?", {}),
    ("PHI003", "Our 94-year-old patient just finished her radiation course and asked for cake.", {}),
    ("PHI004", "Can someone look at MRN 00482913 for me, odd rash after the second cycle", {}),
    ("PHI006", "The gentleman in bed 14 has the best stories from his navy days.", {}),
    ("PHI006", "Her chemo at St. Brigid's went smoothly and she is home with her grandkids now.", {}),
    (
        "PHI006",
        "Our 61-year-old patient was transferred from Lakeview Memorial with new cord compression.",
        {},
    ),
    ("PHI006", "So many of our patients in the 02134 zip code are coming in late-stage.", {}),
    ("PHI007", "Look at this X-ray, you can even see her name on the wristband in the corner", {}),
    (
        "PHI008",
        "Yesterday a 27-year-old firefighter from a tiny town up north was diagnosed with a rare sarcoma.",
        {},
    ),
    ("PHI008", "The mayor's husband started chemo with us this week. Rooting for him.", {}),
    # advice (G9)
    ("ADV001", "@kara_m you should stop the tamoxifen until the hot flashes settle.", {"reply": True}),
    ("ADV001", "Your CA-125 going up like that means it's back, ask for a PET.", {"reply": True}),
    ("ADV001", "Ask your oncologist to switch you to the 100 mg dose instead.", {"reply": True}),
    # evidence (G11)
    ("EVD001", "Proton therapy is superior to photons for every prostate cancer patient.", {}),
    ("EVD001", "Turmeric cures breast cancer, the research is clear.", {}),
    # disclosure (G15)
    (
        "COI001",
        "Lynparza maintenance is a game changer in BRCA-mutated ovarian cancer.",
        {"conflicts": ("AstraZeneca",)},
    ),
    ("COI001", "Great data for Opdivo in the adjuvant setting.", {"conflicts": ("BMS",)}),
    # a company bedside does not know, named without its legal words
    (
        "COI001",
        "Everyone should be watching Corvane's new oral SERD.",
        {"conflicts": ("Corvane Therapeutics",)},
    ),
    (
        "COI001",
        "Sent Guardant360 on every new metastatic patient this month.",
        {"conflicts": ("Guardant Health",)},
    ),
    (
        "COI001",
        "Best tolerability I've seen from any BTK inhibitor: orzabrutinib. Should be first choice.",
        {"conflicts": ("Orrin Biosciences",)},
    ),
    (
        "COI001",
        "this port needle from Kestrel is a game changer for my kiddos",
        {"conflicts": ("Kestrel MedTech",)},
    ),
    (
        "COI001",
        "Ask your doctor about Cologuard! So easy, you do it at home.",
        {"conflicts": ("Exact Sciences",)},
    ),
    # tone (G13)
    ("TON001", "@drlee you're an absolute clown, read the trial before tweeting.", {"reply": True}),
    ("TON002", "Oh great, another surgeon explaining radiation biology to us 🙄", {}),
    # self_exposure (G6)
    ("EXP001", "Housewarming at our new place, 18 Chestnut Lane, this Saturday!", {}),
    ("EXP002", "Patients, text me on my personal cell 555-201-3344 if you need anything.", {}),
    ("EXP003", "My son Oliver started kindergarten at Maple Grove Elementary today!", {}),
    ("EXP004", "I swim at the Riverside Y every weekday at 5:45am, lane 2.", {}),
    ("EXP005", "The whole family is off to Kauai for three weeks, house is empty!", {}),
    # beyond North American formats and phrasings
    (
        "TON004",
        "Some thought leaders in oncology clearly haven't seen a patient since residency.",
        {},
    ),
    (
        "COI001",
        "Loved the session on nivo-ipi combinations in melanoma today.",
        {"conflicts": ("Bristol Myers Squibb",)},
    ),
    (
        "EVD001",
        "Adjuvant immunotherapy cures early-stage melanoma. Observation alone is malpractice now.",
        {},
    ),
    ("EVD001", "Colonoscopy saves lives, full stop, and every adult over 45 needs one.", {}),
    ("EVD001", "fact: walking during chemo cuts the chance of the cancer coming back in half.", {}),
    ("PHI001", "Our patient Nkechi (she okayed her first name) rang the bell this morning!", {}),
    ("PHI001", "My patient Thandiwe, who is 31, finished her last cycle of AC today.", {}),
    (
        "PHI006",
        "Wheeled our patient down to see her grandson's christening yesterday. Not a dry eye on 5 North.",
        {},
    ),
    ("PHI008", "Had to give the bad news to our mayor this afternoon. Please hug your people.", {}),
    (
        "PHI008",
        "A former Olympic cyclist I treat for myeloma just finished a sportive. Nobody else in Wales fits.",
        {},
    ),
    (
        "ADV001",
        "Fever of 38.5 on day 9 of FOLFOX is neutropenic sepsis until proven otherwise. Go to the ED now.",
        {"reply": True},
    ),
    (
        "ADV001",
        "If it were my dad I'd take the trial spot. Docetaxel will still be there later.",
        {"reply": True},
    ),
    (
        "ADV001",
        "Deauville 2 after four cycles is a complete metabolic response. Good scan, enjoy it.",
        {"reply": True},
    ),
    (
        "ADV001",
        "Loperamide 2 tabs after each loose stool, max 8 a day; ondansetron 30 min before the scan.",
        {"reply": True},
    ),
    (
        "ADV001",
        "yes do the colonoscopy. dont skip it just because the FIT was negative last year",
        {"reply": True},
    ),
    ("TON001", "Honestly mate, you're a galah. Every PSMA take you post is wrong.", {}),
    ("TON001", "Who on earth gave you a medical licence? Serious question.", {}),
    ("TON001", "Maybe sit this one out and let the adults talk, @onc_guru.", {}),
    ("TON001", "Keep posting this and I'll find out where you work.", {}),
    ("TON002", "Did you come up with that all by yourself? Bold.", {}),
    ("PHI005", "The patient's son left his mobile, 087 555 0142, so I can call after the scan.", {}),
    ("EXP002", "My WhatsApp for the regional oncology pharmacists' group is 0803 555 0199.", {}),
    (
        "PHI007",
        "Path slide and the request form attached, the name is only half hidden by the stain pot.",
        {},
    ),
    ("EXP001", "Home sweet home! Finally unpacked at 7 Acacia Rd, Brunswick.", {}),
    ("EXP001", "Need a good electrician. We're the green house at the end of Rowan Close.", {}),
    ("EXP001", "New flat, new commute! Anyone else near Harbour Crescent? We're at number 9.", {}),
    ("EXP003", "First week of junior infants for my Niamh at Scoil Bhríde, she's 4 and loving it.", {}),
    ("EXP003", "Tomás (7) and Aoife (5) wanted to know why I wear scrubs. Explaining chemo was easier.", {}),
    ("EXP003", "Dropping the kids off at St Brigid's at 8:20 every morning before clinic.", {}),
    ("EXP004", "I walk the dog around the Mill Pond most nights around 10, say hi.", {}),
    ("EXP004", "My Friday ritual: 7pm salsa class at the studio on Ferry Road, join me!", {}),
    ("EXP004", "Date night every Saturday at 8 at Marco's on King St. Same table for ten years.", {}),
    (
        "EXP005",
        "I'll be out of the country 3-19 July, my wife is travelling with me, so nothing to the house please.",
        {},
    ),
    (
        "EXP005",
        "We're away 2-16 August, so no parcels at the house (12 Ashgrove Terrace), nobody will be there!",
        {},
    ),
    ("EXP001", "Back home for a week, staying at my parents' place on Bourdillon Rd in Ikoyi.", {}),
    (
        "EXP004",
        "Pub quiz champion by night: catch me every Wednesday 8pm at The Crooked Anchor in Glasthule.",
        {},
    ),
    (
        "PHI008",
        "Our youngest ever patient with desmoplastic small round cell tumour, just 14, from Kisumu, starts treatment Monday.",
        {},
    ),
    (
        "PHI008",
        "Just finished a 4-hour Whipple on one of our own consultants, 45. Strange when it's one of us.",
        {},
    ),
    (
        "PHI006",
        "dear patient who screamed at me in clinic 2B today because your scans were delayed: I cried in my car.",
        {},
    ),
    ("PHI006", "Death pronounced 04:12, bed 22. My first as a registrar. Sitting in the car park now.", {}),
    (
        "PHI006",
        "day 3 of the lady in pod B refusing neutropenic precautions and letting the grandkids climb on the bed.",
        {},
    ),
    (
        "PHI007",
        "The obituary for a man I treated for nine years ran in the paper today. Linking it, he was remarkable.",
        {},
    ),
    ("EXP003", "Any other oncology parents at Westbrook Montessori? Trying to sort a carpool.", {}),
    (
        "EXP004",
        "new car day!! little silver yaris, reg ends 4KXT, if u see me in the staff car park give me a wave",
        {},
    ),
    ("EXP004", "At the gym on Carver Street right now trying to burn off the ward cake. Leg day.", {}),
    (
        "EXP004",
        "running the canal loop from Locke Bridge at 5:30 every morning this month, i'm the one in pink hi-vis",
        {},
    ),
    ("EXP005", "Lisbon on friday, back on the 14th, cat sitter has the door code 4417 so we're sorted", {}),
    ("EXP003", "my son's first day at holy cross primary, i'll be the crying oncologist at the gate", {}),
    (
        "EXP003",
        "Proud mum moment: Aoife scored for Riverside U9s! Saturdays 10am at Hazel Park, come cheer",
        {},
    ),
    ("EXP001", "Any other oncologists in the Maple Heights estate? Just moved into no. 23!", {}),
    (
        "EVD001",
        "new trial shows adding the new ADC to first-line chemo doubles overall survival in triple negative.",
        {},
    ),
    (
        "EXP003",
        "My son made the U12 team at Hawthorn Cricket Club!! Practice Tuesdays and Thursdays at 5.",
        {},
    ),
    ("EXP003", "Last night my daughter Zara (9) told me she wants to be an oncologist like mummy.", {}),
    (
        "EXP004",
        "Sitting in 22A on the 6:05 to Chicago right now, anyone else on their way to the symposium?",
        {},
    ),
    (
        "EXP004",
        "Hotel bar at the Marriott, room 1412 upstairs if anyone wants to debrief the late-breakers.",
        {},
    ),
    ("EXP004", "parked the red mini (plate ends 4KJ) on level 3 again. see u all at tumour board", {}),
    (
        "EXP004",
        "solo night out at Rooftop 29 right now, if any onc people are in Manchester tonight pop over!!",
        {},
    ),
    ("EXP004", "Running my usual 6am loop around Fairfield Park before clinic every weekday, say hi!", {}),
    (
        "EXP002",
        "Team reminder: if the bleep system goes down tonight ring my personal mobile, 07700 900461.",
        {},
    ),
    ("EXP005", "Camping at Lake Eildon Friday to Sunday! Key's under the pot by the back door as usual.", {}),
    ("EXP005", "Hubby & I away 12-26 July for our anniversary! Neighbours pls water the plants.", {}),
    (
        "EXP005",
        "Leaving the house in Indiranagar empty for the whole Diwali week, off to Kerala with family.",
        {},
    ),
    ("EXP001", "Home after a 14 hour shift [photo: front door, house number 27 clearly visible].", {}),
    (
        "EXP001",
        "Finally bought my first home! Anyone living near Maple Ridge Drive? We're neighbours now.",
        {},
    ),
    (
        "TON001",
        "Friendly reminder that our health minister has the brains of a soggy biscuit on cancer funding.",
        {},
    ),
    ("TON001", "Night staff at our place are absolutely useless. Three missed antiemetic doses again.", {}),
    ("TON001", "Whoever in radiology reported 'no significant change' on that scan: please retire.", {}),
    (
        "TON002",
        "If one more student asks what a neutrophil is I'm failing them. Do the reading, children.",
        {},
    ),
    ("TON002", "anti-vax mums in my comments: take your horse paste elsewhere, the adults are talking.", {}),
    (
        "TON001",
        "The cardiologists want to stop the whole regimen for a QTc of 471. Cowards, every one of them.",
        {},
    ),
    (
        "TON001",
        "the rad oncs at our place treat every consult like a favour. bunch of prima donnas honestly",
        {},
    ),
    (
        "TON001",
        "The author of this editorial has clearly never run a trial in his life, it shows in every ignorant paragraph.",
        {},
    ),
    (
        "TON001",
        "new fellow asked me what a neutrophil was. what are they teaching in med school these days?",
        {},
    ),
    (
        "TON001",
        "If you smoked 40 a day for 30 years and you're SHOCKED by your diagnosis I don't know what to tell you 🤷",
        {},
    ),
    (
        "TON001",
        "Shoutout to the ED doc who referred a 'query malignancy' with zero imaging at 2am. Truly inspired medicine 👏👏👏",
        {},
    ),
    (
        "TON002",
        "@TheRealCancerCure cool story bro. which diploma mill gave you the 'naturopathic doctorate'?",
        {},
    ),
    ("TON002", "Reviewer 2 hasn't opened a stats textbook since 1987. Go retire, grandpa.", {}),
    ("EVD001", "Every single HPV-positive oropharyngeal cancer is curable with de-escalated radiation.", {}),
    (
        "EVD001",
        "The new ADCs basically make HER2-low a chronic disease. Median OS will be 10 years, easy.",
        {},
    ),
    (
        "EVD001",
        "alkaline water changes your tumour's pH. I drink 3 litres a day and recommend it to everyone",
        {},
    ),
    (
        "ADV001",
        "So sorry to hear about your father's diagnosis. He should ask to switch from pembrolizumab to nivolumab.",
        {},
    ),
    (
        "ADV001",
        "@mamabear_3kids platelets of 45 are fine for school and football, don't keep your son home.",
        {"reply": True},
    ),
    ("EVD001", "Turmeric is literally a miracle for colon cancer. Nature knows best.", {}),
    ("EVD001", "Daratumumab has made myeloma a curable disease, this is proven.", {}),
    ("EVD001", "Alkaline water changed my patients' outcomes: every single one who drank it did better.", {}),
]

PASS = [
    # the author's own cancer, a colleague's PhD, staff news, a mannequin's name, a trial's authors, a coffee morning
    "my own scanxiety is very real. 4 years out from melanoma and my skin check is tomorrow.",
    "Eight years ago this week I finished my own chemo for Hodgkin's. Now I'm a haem fellow prescribing it.",
    "Congratulations to Dr Thandiwe Mokoena on her PhD defence today! Four years on brachytherapy access.",
    "Staff news: after 32 years with us, Sister Margaret Doyle retires from Ward 4 this Friday. Farewell tea at 3pm.",
    "behind the scenes at our linac: the mesh mask, pictured on our very patient demo mannequin, Gerald",
    "I think we over-scan in follow-up. The GIVIO and Rosselli Del Turco trials (JAMA 1994) showed no survival benefit.",
    "Our Daffodil Coffee Morning is this Saturday, 10am-1pm, in the atrium of the cancer centre. All welcome!",
    # a named trial is a source; a patient's transport schedule is not the author's routine (privacy has it)
    "The DESTINY-Breast04 trial doubled overall survival benefit estimates in HER2-low disease, a big step.",
    # a hedge, and a qualified recommendation
    "Liquid biopsy can help when tissue is scarce, but it doesn't replace tissue in every case (ASCO guidance).",
    # staff news by title, a warning against posting, consent, an event, a reply to a patient advocate, a fundraiser
    "Huge congratulations to our Head of Haematology Nursing on the national Nursing Excellence Award. Richly deserved!",
    "Gentle reminder: don't post photos from the ward. Whiteboards, wristbands and reflections in windows give details away.",
    "Sharing with permission: our patient advocate, a melanoma survivor, co-wrote our new sun-safety leaflet.",
    "Working the Relay for Life tent outside St Columba's Cancer Centre this Saturday 10-2! Come grab a free sun-safety kit.",
    "Finished the half marathon for our cancer center fundraiser! Thank you to everyone who donated.",
    # an insult quoted in order to condemn it; a friendly "come find me"; a self-care emoji
    "Someone replied to our fellow's poster with 'stupid diversity hire, go back to nursing'. It is vile, we stand with her.",
    "Flight to the congress delayed again, come find me by the coffee cart, I'm the one with the poster tube 😄",
    "my thursday routine 💅 hot yoga then pho with my sister",
    # a conference venue right now, a patient's room, a plate in a joke
    "At the poster hall right now, come say hi at board 42!",
    "I just saw a license plate that had the letters FDB, made my day.",
    # a treatment, not a person, called useless is a claim (EVD001 has its own examples), not incivility
    "The old fax machine was just useless, so we built a shared referral inbox.",
    # another's home, and a journal named in a citation
    "Walked past my neighbour's house on Larkspur Court, the roses are finally out.",
    "Published in Nature this week: a tumour atlas from 1,200 biopsies. Every single one was sequenced twice.",
    # clinical words that sound alarming
    "Anal cancer screening in people living with HIV saves lives. Talk to your clinician.",
    "CAR-T cells kill tumor cells with remarkable efficiency; the cytokine storm is the price.",
    "Aggressive lymphoma deserves aggressive supportive care: G-CSF, TLS prophylaxis, early fever workup.",
    "Positive margins after a lumpectomy usually mean a re-excision, not a failure.",
    "Terminal ileum involvement is rare in lymphoma but worth remembering.",
    "Penile cancer is rare, and stigma delays diagnosis. Let's talk about it.",
    # eponyms and colleagues
    "Hodgkin lymphoma cure rates are a triumph of cooperative group trials.",
    "Wilms tumor survival is above 90% today. Ewing sarcoma still needs better options.",
    "Huge congrats to Dr. Ramirez on her ASCO plenary on Sunday, June 1!",
    "Lynch syndrome screening of every colorectal tumor is standard (NCCN).",
    # aggregate and event dates
    "Patients over 90 were 3% of the cohort in our registry analysis (JCO 2024).",
    "Tumor board moves to Wednesdays starting 9/10. Same room, same bagels.",
    "Journal club is in conference room 4 on Thursday at noon.",
    "Our clinic is closed Monday 5/26 for Memorial Day; call our triage line at 617-555-0100.",
    # sourced or opinion claims, general education
    "IMO de-escalation is the future of HER2+ early breast cancer.",
    "KEYNOTE-522 showed an OS benefit with neoadjuvant pembrolizumab in TNBC (NEJM 2024).",
    "That's a really good question for your oncologist. Cancer.Net has a clear page on it.",
    "In general, most people on letrozole have some joint aches; exercise helps many of them.",
    # personal life without exposure
    "Proud of my kids for cheering so loud at the 5K this morning!",
    "Back from a wonderful week in Lisbon. Recharged and ready for clinic.",
    "Running keeps me sane between clinic days.",
    "My kid asked what an oncologist does. Long pause. 'So you're a doctor for lumps.' Honestly, not wrong.",
    # ordinary posts a review of the third session's patterns found flagged
    "Our patient Portal is live: results, messages and appointments in one place.",
    "Our practice moved into a new building: 12 Harley Street, 2nd floor. Same phone number.",
    "Before high-dose steroids, did you screen for parasites like Strongyloides?",
    "You are the reason patients keep coming back to this unit. Thank you, nurses!",
    "The best session at #ASCO25 was led by a teenager who survived leukemia.",
    "I'll be away 3-10 June at ASCO; the house staff will cover.",
    "First week at Harvard Medical School as faculty. Pinch me.",
    "High-risk IPI DLBCL: is there a role for CNS prophylaxis?",
    "Sorry, the axis labels are barely visible on this slide.",
    "Every patient with new AML needs one thing first: a fast NGS panel.",
    "Farewell to our charge nurse Jo after 30 years on 6 West. Our patients will miss her.",
    "Journal club on monarchE next week; I'm stepping back from chairing given my advisory role with Lilly.",
    "Farewell to our ward clerk Maureen after 30 years on 4 West! Enjoy the garden, Maureen.",
    "In the big adjuvant trials the capecitabine dose was 1000 mg/m2 twice daily; the treating team sets it.",
    "Certified idiot: I drove to the satellite clinic and left my badge at home.",
    "Drove to the wrong campus and left my badge on the kitchen table 🤦",
    "Moved into the new infusion suite on the 4th floor today, the view is lovely.",
    "My routine before a long clinic: coffee, a walk, the day's labs.",
    "I'll be at ESMO 12-16 October, come say hi at the poster session.",
    "Chioma (34) and Emeka (36) paced me through the city 10K. Thank you both!",
    # disclosed conflict
    "Disclosure: I consult for AstraZeneca. Tagrisso's OS data in ADAURA are robust.",
]


@pytest.mark.parametrize(
    ("code", "text", "options"), FLAG, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(FLAG)]
)
def test_flags(check: Checker, code: str, text: str, options: dict[str, object]) -> None:
    reply = bool(options.get("reply", False))
    raw = options.get("conflicts", ())
    conflicts = tuple(str(c) for c in raw) if isinstance(raw, tuple) else ()
    assert code in check.codes(text, reply=reply, conflicts=conflicts)


@pytest.mark.parametrize("text", PASS)
def test_passes_without_warnings(check: Checker, text: str) -> None:
    conflicts = ("AstraZeneca",) if "AstraZeneca" in text else ()
    assert check.categories(text, conflicts=conflicts) == set(), check(text, conflicts=conflicts).findings


def test_consent_lowers_but_does_not_silence_a_name(check: Checker) -> None:
    text = "Shared with her written permission: Mrs. Abernathy finished chemo today!"
    finding = next(f for f in check(text).findings if f.code == "PHI001")
    assert finding.severity.value == "warning"


def test_own_name_and_handle_are_not_patient_identifiers(engine) -> None:  # type: ignore[no-untyped-def]
    from bedside.draft import Draft
    from bedside.settings import Author, Settings

    settings = Settings(author=Author(name="Priya Rao", handles=("@drpriyarao",)))
    text = (
        "Priya Rao here: so good to see @drpriyarao's patients in clinic today, my patient Jerome included."
    )
    codes = [
        (f.code, text[f.start : f.end]) for f in engine.check(Draft(text, "x", settings=settings)).findings
    ]
    assert ("PHI001", "Jerome") in codes
    assert all(span not in ("Priya", "@drpriyarao") for _, span in codes)


def test_disclosure_line_fits_the_limit(check: Checker) -> None:
    text = "Enhertu " + "data " * 40
    finding = next(f for f in check(text, conflicts=("AstraZeneca",)).findings if f.code == "COI001")
    assert finding.fix is not None
    fixed = finding.fix.apply(text)
    assert check(fixed, conflicts=("AstraZeneca",)).count <= 280
    assert "AstraZeneca" in (finding.suggestion or "")
    assert "COI001" not in check.codes(fixed, conflicts=("AstraZeneca",))


def test_disclosure_that_cannot_fit_says_so(check: Checker) -> None:
    text = "Enhertu " + "data " * 54
    finding = next(f for f in check(text, conflicts=("AstraZeneca",)).findings if f.code == "COI001")
    assert "does not fit" in finding.message


def test_advice_suggestion_is_a_redirect_that_fits(check: Checker) -> None:
    finding = next(
        f
        for f in check("@sam you should stop the letrozole now", reply=True, platform="x").findings
        if f.code == "ADV001"
    )
    assert "oncologist" in (finding.suggestion or "")
    assert check(finding.suggestion or "").count <= 280


def test_quasi_identifier_rewrite_keeps_the_lesson(check: Checker) -> None:
    text = "Saw a 34-year-old kindergarten teacher from Stowe this morning with Merkel cell carcinoma."
    finding = next(f for f in check(text).findings if f.code == "PHI008")
    assert finding.suggestion is not None
    assert "Merkel cell carcinoma" in finding.suggestion
    for detail in ("34", "kindergarten", "Stowe", "this morning"):
        assert detail not in finding.suggestion


def test_hashtag_suggestions(check: Checker) -> None:
    assert check("Osimertinib in EGFR-mutant NSCLC").suggested_hashtags == ("#lcsm",)
    assert check("Osimertinib in EGFR-mutant NSCLC #LCSM").suggested_hashtags == ()
    assert check("All of us on the unit loved the new coffee machine").suggested_hashtags == ()
    assert "#pancsm" in check("Whipple then FOLFIRINOX for resectable disease").suggested_hashtags


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Follow-up for Robert Brown, 64, after his second cycle of FOLFOX.", "Robert Brown"),
        ("Spent an hour with Linda today going over her scans and her options.", "Linda"),
        ("A 50yo pt from Harlan Falls, KY with new hepatic mets on her CT.", "Harlan"),
    ],
)
def test_gazetteer_identifiers(check: Checker, text: str, span: str) -> None:
    spans = [text[f.start : f.end] for f in check(text).findings if f.category.value == "privacy"]
    assert any(span in s for s in spans), spans


@pytest.mark.parametrize(
    "text",
    [
        "Huntington's disease and Addison's disease both came up at board review today.",
        "Thrilled to welcome our new CEO, Monica Reyes, to the cancer center!",
        "Grateful to hear Catherine, Princess of Wales, speak about her cancer treatment.",
        "Sister Mary Joseph nodule: a periumbilical metastasis worth recognising.",
        "Proud mom moment: my 15-year-old made varsity at Jefferson High.",
    ],
)
def test_gazetteer_look_alikes_pass(check: Checker, text: str) -> None:
    assert "privacy" not in check.categories(text), check(text).findings


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        (
            "The gentleman in room 412 asked for his favourite song.",
            "The gentleman asked for his favourite song.",
        ),
        (
            "She said she'd email the records to jane.doe88@gmail.com before her consult.",
            "She said she'd email the records before her consult.",
        ),
    ],
)
def test_removal_fixes_leave_clean_text(check: Checker, text: str, fixed: str) -> None:
    finding = next(f for f in check(text).findings if f.code in {"PHI005", "PHI006"})
    assert finding.fix is not None
    assert finding.fix.apply(text) == fixed


@pytest.mark.parametrize(
    ("text", "reply", "conflicts"),
    [
        ("@sam you should stop the letrozole now. " + "More context here. " * 9, True, ()),
        ("Osimertinib in EGFR-mutant NSCLC. " + "Details follow. " * 15, False, ()),
        ("Chemo is obsolete for HR+ breast cancer. " + "Discuss. " * 25, False, ()),
        ("Enhertu keeps delivering. " + "data " * 48, False, ("AstraZeneca",)),
    ],
)
def test_no_fix_pushes_the_post_over_the_limit(
    check: Checker, text: str, reply: bool, conflicts: tuple[str, ...]
) -> None:
    result = check(text, reply=reply, conflicts=conflicts)
    assert result.count <= 280
    for f in result.findings:
        if f.fix is not None:
            assert check(f.fix.apply(text), reply=reply, conflicts=conflicts).count <= 280, f.code


@pytest.mark.parametrize(
    "text",
    [
        "@anna_k that sounds like neutropenic fever. Go to the ED now, don't wait for Monday.",
        "@jb please go to A&E tonight if your temperature is over 38, and tell them you're on chemo.",
        "@kim call your oncology team's triage line tonight, a fever on chemo can't wait.",
    ],
)
def test_sending_a_stranger_to_emergency_care_is_the_redirect_not_advice(check: Checker, text: str) -> None:
    assert "ADV001" not in check.codes(text, reply=True)


@pytest.mark.parametrize(
    "text",
    [
        "Your husband's bloods look ok to me from the screenshot, potassium 5.8 is borderline, no need to go to ED",
        "To the lady asking in this group about her mammogram: BI-RADS 4 usually turns out to be nothing. You can wait six months.",
        "@jamie.ko a CA-125 of 48 is basically nothing, don't panic. i wouldn't even bother with the follow-up ultrasound",
    ],
)
def test_reading_a_strangers_results_is_advice(check: Checker, text: str) -> None:
    assert "ADV001" in check.codes(text, reply=True)


@pytest.mark.parametrize(
    "text",
    [
        "@anxious_annie I can't interpret results online, but your team can, and it's okay to ring and ask for an earlier appointment.",
        "@sam.b I can't advise on your situation from here, but please take these questions to your oncologist.",
        "@lungdoc_k agree, nivo + ipi is the way to go for these pts. much cleaner than the alternatives imo",
        "@KarenM so glad your husband's scans look good today! Tell him to rest up.",
    ],
)
def test_redirects_and_colleagues_talk_are_not_advice(check: Checker, text: str) -> None:
    assert "ADV001" not in check.codes(text, reply=True)


def test_an_emergency_redirect_does_not_excuse_treatment_advice(check: Checker) -> None:
    assert "ADV001" in check.codes("@x stop the capecitabine and go to the ED", reply=True)


@pytest.mark.parametrize(
    "text",
    [
        "Myth: biopsies spread cancer. Fact: they don't.",
        "It's a myth that sugar feeds cancer.",
        "The idea that biopsies spread cancer keeps people from getting diagnosed.",
    ],
)
def test_a_claim_quoted_to_be_refuted_is_not_asserted(check: Checker, text: str) -> None:
    assert "EVD001" not in check.codes(text)


def test_an_unsourced_fact_is_still_a_claim(check: Checker) -> None:
    assert "EVD001" in check.codes("Fact: sugar feeds cancer.")


def test_a_patients_room_is_not_the_authors_live_location(check: Checker) -> None:
    codes = check.codes(
        "My little patient in room 12 turned 5 today so we threw a tiny party with the nurses."
    )
    assert "PHI006" in codes
    assert "EXP004" not in codes


def test_a_reply_to_a_patient_advocate_names_no_patient(check: Checker) -> None:
    text = (
        "@pt_advocate_sam You're right, we explained that poorly in our patient leaflet. We're revising it."
    )
    assert "PHI001" not in check.codes(text, reply=True)


def test_a_patients_pickup_schedule_is_not_the_authors_routine(check: Checker) -> None:
    text = "Reminder to our volunteer drivers: Mr and Mrs Tanaka need pick-up at 8:15 on Wednesdays for his radiotherapy."
    assert "EXP004" not in check.codes(text)


def test_the_person_a_reply_answers_is_not_named_as_a_patient(check: Checker) -> None:
    text = (
        "@lexi.grace so sorry about the nausea. please ring your chemo helpline, it's on your treatment card."
    )
    assert "PHI001" not in check.codes(text, reply=True)


def test_a_retired_firefighter_in_room_412_is_still_a_patient(check: Checker) -> None:
    text = "Room 412 has been the best part of my week, retired firefighter, cracking jokes. Hope I get him Friday."
    assert "PHI006" in check.codes(text)


# Found by the review of the fourth session's changes: each of these was wrong for a while.
@pytest.mark.parametrize(
    ("text", "code", "options"),
    [
        (
            "@sarah_k lovely to see you at chemo today! Your counts looked great, keep going.",
            "PHI001",
            {"reply": True},
        ),
        (
            "Congrats to our 34yo patient, mum of three from Tinytown, who rang the bell today after her Whipple.",
            "PHI008",
            {},
        ),
        (
            "Five years out from my own Hodgkin's. Today a 19-year-old student from Tinytown with the same diagnosis.",
            "PHI008",
            {},
        ),
        ("Forget the idea that surgery is needed: this vaccine cures pancreatic cancer.", "EVD001", {}),
        ("Emerging data show curcumin cures colon cancer.", "EVD001", {}),
        (
            "Your oncologist can explain the options, but you should switch to anastrozole.",
            "ADV001",
            {"reply": True},
        ),
        (
            "Ring and ask for an earlier appointment, but you should stop the letrozole today.",
            "ADV001",
            {"reply": True},
        ),
        ("Your team can confirm, but stop the tamoxifen now.", "ADV001", {"reply": True}),
    ],
)
def test_review_found_misses(check: Checker, text: str, code: str, options: dict[str, object]) -> None:
    assert code in check.codes(text, **options)


@pytest.mark.parametrize(
    "text",
    [
        "20 years since my first day of medical school. Still love oncology every single day.",
        "Proud mum moment: my daughter presented at Journal Club today, her first one!",
        "Free skin checks at the Mobile Unit on Bridge Street today until 4pm, all welcome!",
        "My car is in the garage for repairs so I'm cycling to clinic this week.",
        "I'm away 12-16 May at ESMO Breast; please route urgent queries to the house team.",
        "Teaching the fellows in room 204 if anyone wants to join, we start at noon.",
        "Read the obituary of the researcher who discovered cisplatin. Oncology owes her so much.",
        "Pharmacists are not just pill counters, they save lives on our unit every day.",
        "Some patients feel they don't deserve the same drugs as younger people. We must challenge that.",
        "Dr. Google strikes again: a patient arrived convinced she had every cancer on the list.",
    ],
)
def test_review_found_false_alarms(check: Checker, text: str) -> None:
    assert check.codes(text) & {"EXP001", "EXP003", "EXP004", "EXP005", "PHI007", "TON001", "TON002"} == set()


def test_common_words_are_not_a_declared_company(check: Checker) -> None:
    assert "COI001" not in check.codes(
        "Walking the Relay for Life tonight!", conflicts=("Relay Therapeutics",)
    )


# Fifth session: shapes that an eighth author's drafts (evals/holdout7.jsonl) showed missing, each written anew here.
@pytest.mark.parametrize(
    ("text", "code", "options"),
    [
        # an acronym diagnosis, a job and a townland; a short form of a rare sarcoma with a student's finals
        (
            "Remember the fisherman from Inchmore, the penile SCC who wouldn't come in till the season ended?",
            "PHI008",
            {},
        ),
        (
            "sat with a 20 yo this morning whose ewing's is back. she's in her last year of nursing school and wants "
            "to graduate.",
            "PHI008",
            {},
        ),
        ("16, osteosarc, plays scrum-half for Kilbride Harriers U18s. Go easy on him, lads.", "PHI008", {}),
        (
            "Before/after photo of his arm post-radiation, he's OK with it! his eagle tattoo is very recognisable though",
            "PHI007",
            {},
        ),
        # a redirect waved off does not excuse the directive before it
        (
            "@kim_r hold the next two doses and repeat the INR on Friday, no need to ring the clinic.",
            "ADV001",
            {"reply": True},
        ),
        # "Phase 3" and "Take 2" are not a trial's name and number
        ("Phase 3 data showed that this supplement doubles survival.", "EVD001", {}),
        ("Take 2 capsules of turmeric daily through chemo, it fixes the neuropathy.", "EVD001", {}),
        ("Everyone over 45 should be getting the new blood screen instead of FIT.", "EVD001", {}),
        # a product built on the declared company's name; a coined brand name in a recommendation's slot
        (
            "Patients always ask which shake to drink on chemo. NutriVitaGold every time, they actually finish it.",
            "COI001",
            {"conflicts": ("NutriVita Health",)},
        ),
        (
            "Nothing comes close to Tovarelza in second-line myeloma right now.",
            "COI001",
            {"conflicts": ("Kestrel Bio",)},
        ),
    ],
)
def test_fifth_session_misses(check: Checker, text: str, code: str, options: dict[str, object]) -> None:
    assert code in check.codes(text, **options)


@pytest.mark.parametrize(
    ("text", "conflicts"),
    [
        (
            "We switched the clinic to Epic last year and chemo ordering is finally sane.",
            ("Norvexa Therapeutics",),
        ),
        ("I always recommend Macmillan's booklets to patients starting chemo.", ("Norvexa Therapeutics",)),
        ("Flew into Rochester for the Mayo immunotherapy course. Great faculty.", ("Roche",)),
        (
            "Nothing comes close to Sandra, our chemo nurse, for calming a first-day patient.",
            ("Norvexa Therapeutics",),
        ),
        ("KEYNOTE-522 doubled the pCR rate in early TNBC.", ()),
    ],
)
def test_fifth_session_look_alikes_pass(check: Checker, text: str, conflicts: tuple[str, ...]) -> None:
    assert check.categories(text, conflicts=conflicts) - {"hashtags"} == set(), check(
        text, conflicts=conflicts
    ).findings


# Fifth session: self-exposure and tone shapes a ninth author's drafts (evals/holdout8.jsonl) showed missing,
# each written anew here.
@pytest.mark.parametrize(
    ("code", "text"),
    [
        (
            "EXP003",
            "Me freezing on the sideline at my daughter's U11 netball training, Riverside Park, every Thursday at 5 😅",
        ),
        (
            "EXP004",
            "School pick-up from St Brendan's at 3:20, then straight back for the evening clinic. Glamour!",
        ),
        (
            "EXP004",
            "Spin crew! Every Tue/Thu 6:15am at the PureGym on Mill Road. Say hi if you spot the sleepy oncologist.",
        ),
        (
            "EXP004",
            "My weekday morning loop: 5:45am, Phoenix Park, in through the Castleknock gate. Company welcome!",
        ),
        (
            "EXP004",
            "Camped at Gate C12 in Schiphol until my 17:40 to Lisbon for the congress. Come find me if you're on it!",
        ),
        (
            "EXP004",
            "Working from the coffee shop at 3rd and Main until 2pm today if any of the residents want to talk projects.",
        ),
        ("EXP003", "My little Saoirse started at Gaelscoil Lir in Drumcondra today! 🎒"),
        ("EXP003", "The twins' 7th birthday party is Sunday 11am at Bounce World Sandton 🎈"),
        ("EXP003", "Our nanny collects the boys from Oakfield Primary at 3 every day. She is a saint."),
        ("EXP001", "Love my home office! (Couriers: it's the green house at 17 Birchwood Close, Millbrook.)"),
        ("EXP001", "Out the door at 5am (yes, that's our street sign in the corner lol) #nurselife"),
        (
            "TON002",
            "Another day, another radiologist who thinks a 4 mm nodule is an emergency. Read a paper, mate.",
        ),
        (
            "TON002",
            "Cute that the intensivists think they can run a neutropenic sepsis bundle without us. Truly adorable.",
        ),
        ("TON002", "Some 'experts' on here clearly slept through biostatistics. Bless their hearts."),
        ("TON002", "Oh brilliant, another registrar 'educating' me on the protocol I wrote."),
        ("TON002", "Patients who arrive with forty printouts from Dr Google are honestly exhausting."),
        ("TON002", "Yet another manager who's never set foot on a ward telling us how to staff it."),
        ("TON002", "The homeopaths in my mentions can get f***ed. Blocking."),
    ],
)
def test_fifth_session_routines_and_sneers(check: Checker, code: str, text: str) -> None:
    assert code in check.codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Oxaliplatin neuropathy can keep worsening for weeks after stopping, the 'coasting' phenomenon.",
        "Nothing says patient-centred care like an hour on hold with an insurer. Love that for us.",
        "I run the hospital 10K every year; this year it's on Sunday at 9 in Victoria Park, all welcome!",
        "Working from home until 4pm today, then clinic. Emails may be slow.",
    ],
)
def test_fifth_session_terms_systems_and_public_events_pass(check: Checker, text: str) -> None:
    assert check.categories(text) - {"hashtags"} == set(), check(text).findings


# Fifth session: evidence, advice and disclosure shapes from a ninth author's drafts (evals/holdout8.jsonl),
# each written anew here.
@pytest.mark.parametrize(
    ("code", "text", "reply", "conflicts"),
    [
        (
            "EVD001",
            "Fish oil capsules halve your risk of recurrence. Everyone over 60 should be on them.",
            False,
            (),
        ),
        (
            "EVD001",
            "It's now abundantly clear that metformin prevents recurrence in most breast cancers.",
            False,
            (),
        ),
        ("EVD001", "Routine dexamethasone before every scan does literally nothing. Stop it.", False, ()),
        ("EVD001", "Checkpoint inhibitors work for almost everyone if you wait long enough.", False, ()),
        (
            "EVD001",
            "Most oncologists now accept that maintenance chemo adds nothing in this setting.",
            False,
            (),
        ),
        ("EVD001", "A mouse study just showed turmeric shrinks neuroblastoma. Huge!", False, ()),
        ("EVD001", "Our new blood test detects pancreatic cancer two years before scans can.", False, ()),
        (
            "EVD001",
            "Liquid biopsy is now the standard of care in stage I lung cancer. No reason not to be using it.",
            False,
            (),
        ),
        (
            "ADV001",
            "@kit_r 10mg melatonin and a 4mg ondansetron before bed will get you through the first cycle.",
            True,
            (),
        ),
        (
            "ADV001",
            "@sam.j from the photo that mole honestly looks like a melanoma. Get it cut out this week.",
            True,
            (),
        ),
        (
            "ADV001",
            "@ruth_b with his BRCA2 result olaparib is the obvious choice. Push his team for it.",
            True,
            (),
        ),
        ("ADV001", "@lena_k yes, naproxen is fine for you with platelets at 70, go ahead.", True, ()),
        (
            "ADV001",
            "@ana_p you might feel better on half a tablet of the anastrozole, worth a try?",
            True,
            (),
        ),
        (
            "COI001",
            "My lymphoma patients have done beautifully on Vortaxin this year, honestly my go-to.",
            False,
            ("Kestrel Bio",),
        ),
        (
            "COI001",
            "FlowGuard catheters: fewer blockages, happier nurses. Never going back.",
            False,
            ("Harrow Devices",),
        ),
    ],
)
def test_fifth_session_claims_advice_and_products(
    check: Checker, code: str, text: str, reply: bool, conflicts: tuple[str, ...]
) -> None:
    assert code in check.codes(text, reply=reply, conflicts=conflicts)


@pytest.mark.parametrize(
    "text",
    [
        "Replying to @maddie.r: I can't tell you what your results mean. I'm not your doctor. Write your questions down and take them to your next appointment.",
        "Replying to @jo_k: I can't diagnose a lump from a photo. Please get it checked by your GP this week.",
        "Newly inverted nipple: get it checked.",
    ],
)
def test_fifth_session_redirects_in_replies_pass(check: Checker, text: str) -> None:
    assert check.categories(text, reply=True) - {"hashtags"} == set(), check(text, reply=True).findings


@pytest.mark.parametrize(
    "text",
    [
        "Imagine a 58-year-old smoker with a 4cm spiculated LUL mass and a PET-avid node. Next step? A) EBUS B) surgery",
        "pretend you're a 40-year-old woman who just found a lump. here's what happens next, step by step",
    ],
)
def test_a_case_made_up_to_teach_is_not_read_as_identifying(check: Checker, text: str) -> None:
    assert "PHI009" not in check.codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Shared with Ana's permission (she asked us to!): she rang the bell today after 25 fractions.",
        "My dad was treated here last spring (he said I could share this). Sitting on the other side of the desk changed me.",
        "Sad news. Our colleague Dr Sunil Rao, who ran the lymphoma service for 20 years, died on Sunday.",
    ],
)
def test_consent_said_in_other_words_and_a_colleagues_death_are_not_patients(
    check: Checker, text: str
) -> None:
    assert not check.codes(text) & {"PHI001", "PHI008", "PHI009"}, check(text).findings
