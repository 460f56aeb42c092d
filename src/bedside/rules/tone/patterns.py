"""Insults, ad hominem and contempt aimed at a person (not oncology words that sound violent).

The shipped tone model (issue #4) extends this; these patterns are the precise core: a word that is an
insult only when it is aimed at someone.
"""

from __future__ import annotations

import regex

from bedside.rules.fastregex import fast_compile

_IV = regex.IGNORECASE | regex.VERBOSE

_INSULT_NOUNS = (
    r"idiots?|morons?|imbeciles?|clowns?|buffoons?|fools?|quacks?|charlatans?|shills?|liars?|hacks?|frauds?"
    r"|grifters?|snake\s+oil\s+salesm[ae]n|dumbass(?:es)?|jackass(?:es)?|jerks?|losers?|cranks?|dimwits?|halfwits?"
    r"|nitwits?|dolts?|numpties?|muppets?|trolls?|bozos?|clowns?|pharma\s+shills?|sellouts?|cowards?"
    r"|hypocrites?|bigots?|assholes?|a-holes?|pricks?|bastards?|scumbags?|dinosaurs?|parasites?|vultures?|leeches?"
    r"|snakes?|predators?|hacks?|amateurs?|clowns?"
    # Commonwealth English ("Mate, you're a flog")
    r"|wankers?|tossers?|gits?|pillocks?|plonkers?|drongos?|galahs?|dickheads?|knobheads?|bellends?|flogs?|twats?"
    r"|eejits?|gobshites?|noise\s*makers?|snowflakes?|prima\s+donnas?"
)
_INSULT_ADJ = (
    r"stupid|dumb|idiotic|moronic|ignorant|clueless|incompetent|pathetic|braindead|brain-dead|delusional"
    r"|lazy|laziest|dumbest|stupidest|illiterate|terrible|awful|sloppy|self-congratulatory|shoddy|hack|amateurish"
    r"|dishonest|lazy|arrogant|useless|worthless|embarrassing|laughable|ridiculous|absurd|garbage|trash"
    r"|clown(?:ish)?|unhinged|deranged|dangerous|bought|corrupt|spineless|shameless|disgraceful|idiot|entitled"
)
_PEOPLE = (
    r"people|person|doctors?|docs?|oncologists?|physicians?|surgeons?|nurses?|authors?|reviewers?|editors?|researchers?"
    r"|investigators?|colleagues?|guy|guys|man|woman|men|women|folks|take|takes|comment|comments|argument|arguments"
    r"|opinion|opinions|tweet|tweets|post|posts|thread|response|reply|question|mind|excuse|clown|crowd|lot|bunch"
    r"|KOLs?|influencers?|experts?|self-?proclaimed\s+experts?|readings?|summary|summaries|reviews?|talks?|abstracts?"
    r"|papers?|analysis|analyses|slides?|science|work|paragraphs?|sentences?|editorials?|articles?|op-?eds?|letters?"
    r"|manuscripts?|families|relatives"
)

TARGETED_INSULT = fast_compile(
    rf"""
    \b(?:you(?:'re|\s+are)?|u\s+r|ur|you\s+sound\s+like|what\s+an?|such\s+an?|this|these|those|that|he's|she's|they're
        |he\s+is|she\s+is|they\s+are|are\s+you|is|are|@\w+\s+is|@\w+\s+you)\s+(?:a\s+|an\s+|absolute\s+|complete\s+|total\s+
        |[\w-]+-(?:obsessed|brained|addled|grabbing|loving)\s+
        |utter\s+|such\s+|real\s+|bunch\s+of\s+|pack\s+of\s+|fucking\s+|f\*+ing\s+|bloody\s+){{0,3}}(?:{_INSULT_NOUNS})\b
    | \b(?:{_INSULT_ADJ})\s+(?:{_PEOPLE})\b
    | \b(?:you(?:'re|\s+are)|u\s+r|ur|are\s+you|he's|she's|they're|he\s+is|she\s+is|they\s+are)\s+(?:so\s+|really\s+|just\s+
        |genuinely\s+|truly\s+|honestly\s+
        |this\s+|that\s+|actually\s+
        |clearly\s+|obviously\s+|completely\s+|totally\s+|too\s+){{0,2}}(?:{_INSULT_ADJ})\b
    | \b(?:shut\s+up|STFU|screw\s+you|f(?:\*+|u)ck\s+(?:you|off)|go\s+to\s+hell|get\s+lost|piss\s+off|drop\s+dead|kys)\b
    | \b(?:only\s+an?\s+(?:idiot|moron|fool|quack|amateur|imbecile)\s+would)\b
    | \b(?:go\s+back\s+to\s+(?:med(?:ical)?|nursing|pharmacy)\s+school|who\s+gave\s+you\s+(?:a|your)\s+(?:license|licence|degree|MD))\b
    | \b(?:do|did)\s+you\s+even\s+(?:read|know|understand|practi[cs]e|see\s+patients|have\s+a)\b
    | \b(?:learn\s+to\s+read|try\s+reading|can\s+you\s+even\s+read|reading\s+comprehension)\b
    | \bpaid\s+(?:by|off\s+by)\s+(?:big\s+)?pharma\b|\bin\s+(?:big\s+)?pharma'?s\s+pocket\b
    | \b(?:absolute|complete|total|utter|bunch\s+of|pack\s+of)\s+(?:[\w-]+\s+){{0,2}}?(?:{_INSULT_NOUNS})\b
    | \bout\s+of\s+(?:your|his|her|their)\s+depth\b | \bshameless\b | \btorturing\s+(?:the\s+)?data\b
    | \b(?:drivel|egomaniacs?|narcissists?|mansplain\w*)\b | \bdumbest\s+things?\b | \band\s+so\s+are\s+you\b
    | \bI(?:'ll|\s+will)\s+find\s+you\b(?![^.!?\n]{{0,50}}\b(?:thank|thanks|congrat\w*|buy\s+you|say\s+hi|hug|coffee|drink|beer|selfie)\b)
    | \bmeet\s+me\s+(?:in|outside|at)\s+the\s+(?:car\s+park|parking\s+lot|alley|lobby)\b | \bif\s+you\s+want\s+a\s+fight\b
    | \b(?:your|his|her|their)\s+['‘"“]?[\w-]+['’"”]?\s+(?:is|was)\s+a\s+joke\b | \bnice\s+(?:strawman|straw\s+man)\b
    | \bbeing\s+this\s+(?:dishonest|stupid|dense|ignorant|clueless|dim)\b | \btriumph\s+of\s+\w+\s+over\s+(?:competence|merit|science|evidence)\b
    | \bretire\s+already\b | \bnobody'?s\s+listening\b | \bcouldn't\s+find\s+(?:a|an|the)\s+\w+\s+with\s+(?:both\s+hands|a\s+map)
    | \bdid\s+you\s+(?:actually|even|really|ever)\s+(?:go\s+to|attend|finish|pass)\s+(?:med(?:ical)?|nursing|pharmacy)?\s*school\b
    | \b(?:a|an|the|this|that|such\s+a)\s+(?:spineless|idiotic|moronic|braindead|brain-dead|incompetent|entitled|clueless|dishonest)\s+[\w-]+
    | (?:^|[.!?]\s+)(?:embarrassing|pathetic|disgraceful|shameful)\s*[.!] | \byou\s+should\s+be\s+(?:embarrassed|ashamed)\b
    | \bquit\s+(?:medicine|nursing|pharmacy|oncology|your\s+job)\b | \bleast\s+qualified\b
    | \b(?:ignorant|stupid|dangerous|lazy)\s+(?:garbage|nonsense|drivel|trash|rubbish|crap)\b
    | \bsay\s+that\s+to\s+my\s+face\b | \bsee\s+what\s+happens\b | \bdrag\s+you\s+out\b
    | \bI'?ll\s+have\s+(?:security|you\s+(?:removed|thrown|reported))\b
    | \bdegree\s+(?:out\s+of|from)\s+a\s+(?:cereal\s+box|diploma\s+mill|gumball)
    | \b(?:I\s+know\s+where\s+(?:you|your)(?!\s+(?:trained|studied|went\s+to\s+(?:school|med|college|uni)|did\s+(?:your\s+)?(?:residency|fellowship|training)|(?:are|'re)\s+coming\s+from))|I'?ll\s+make\s+sure\s+(?:your|you|everyone)|you'?ll\s+(?:pay|be\s+sorry)
        |watch\s+(?:yourself|your\s+back)|(?:keep|try)\s+it\s+up\s+and|you\s+(?:have|'ve)\s+been\s+warned)\b
    | \b(?:stick\s+to|go\s+back\s+to)\s+(?:derm(?:atology)?|surgery|cutting|nursing|pharmacy|radiology|pathology|your\s+\w+|
        family\s+med(?:icine)?|internal\s+med(?:icine)?|med\s+school|residency|\w+ology)\b
    | \b(?:pharma\s+shills?|shills?|quacks?|charlatans?|grifters?|morons?|imbeciles?|idiots?|nitwits?|halfwits?|dimwits?)\b
    | \byou(?:'re|\s+are)\s+(?:a|an|such\s+a)\s+(?:dinosaur|disgrace|joke|embarrassment|fraud|menace|hack)\b
    | \b(?:your|his|her|their)\s+(?:take|thread|review|paper|summary|reading|talk|slides?|analysis|opinion|work)\s+
      (?:\w+\s+){{0,3}}?(?:is|was|are|were)\s+(?:\w+\s+)?(?:garbage|trash|rubbish|nonsense|drivel|a\s+joke|laughable|embarrassing|pathetic)\b
    | \b(?:one\s+of\s+)?the\s+(?:laziest|dumbest|stupidest|worst|sloppiest|most\s+self-congratulatory|most\s+embarrassing)\s+
      (?:\w+\s+){{0,3}}?(?:readings?|summar(?:y|ies)|takes?|talks?|threads?|reviews?|papers?|minutes|analys[ie]s)\b
    | \b(?:come|coming)\s+(?:and\s+)?(?:find|get)\s+me\b(?=[^.!?\n]{{0,30}}(?:if\s+you\s+(?:dare|want|think)|tough|coward|😤|😡|🤬))
    | \b(?:settle|argue|discuss)\s+(?:this|it)?\s*(?:in\s+person|outside)\b
    | \bstep\s+outside\b | \bwatch\s+your\s+back\b | \byou'?(?:ll|\s+will)\s+regret\b
    | \b(?:should\s+be|deserves?\s+to\s+be|needs?\s+to\s+be)\s+(?:banned|fired|struck\s+off|stripped|sued|reported\s+to\s+the\s+board)\b
    | \bpeople\s+like\s+@?\w+\s+are\s+(?:exactly\s+)?(?:why|the\s+(?:problem|reason))\b
    | \b(?:pure|all)\s+ego\b | \bzero\s+(?:substance|credibility|clue|idea)\b
    | \b(?:wonder(?:ing)?|no\s+idea)\s+how\s+(?:he|she|they|you)\s+(?:ever\s+)?(?:passed|got\s+through|graduated|got\s+into)\b
    | \bget\s+a\s+real\s+(?:degree|job|education)\b | \blet\s+the\s+(?:grown-?ups|adults)\b
    | \b(?:zero|no)\s+brain\s+cells\b | \bdisgrac(?:e|ing)\s+yourself\b | \bdelete\s+your\s+account\s*[.!]
    | \bwho\s+(?:on\s+earth|the\s+hell|in\s+their\s+right\s+mind)\s+gave\s+you\s+(?:a|your)\s+(?:medical\s+)?(?:license|licence|degree|MD)\b
    | \byou(?:'re|\s+are)\s+(?:exactly\s+)?the\s+reason\s+(?:why\s+)?(?:patients|people|nobody|no\s+one)\s+
      (?:don'?t|do\s+not|can'?t|won'?t|hate|distrust|lose|stop|avoid|fear)\b
    | \byou\s+(?:clearly\s+|obviously\s+)?(?:failed|flunked)\s+(?:stats|statistics|biostat\w*|maths?|school|med\s+school)\b
    | \b(?:maybe|you\s+should|you\s+can)\s+(?:just\s+)?sit\s+this\s+one\s+out\b
    | \b(?:your|his|her)\s+(?:mother|mum|mom|father|dad|parents)\s+(?:would|must)\s+be\s+(?:so\s+)?(?:ashamed|embarrassed)\b
    | \b(?:written|run)\s+by\s+a\s+(?:sulking\s+|spoiled\s+)?(?:toddler|chimp|monkey)\b
    | \bpharma\s+rep\s+in\s+a\s+(?:white\s+)?coat\b | \byou(?:'re|\s+are)\s+not\s+a\s+(?:real\s+)?(?:scientist|doctor|oncologist)\b
    | \b(?:presented|posted|wrote|published|shared)\s+(?:that|this)\s+(?:garbage|trash|drivel|crap)\b
    | \bI(?:'ll|\s+will)\s+(?:find\s+out\s+where\s+you|personally\s+(?:turn|show)\s+up|be\s+waiting\s+(?:for\s+you|outside\s+your))
    | \b(?:turn|show)\s+up\s+at\s+(?:your|her|his)\s+(?:house|home|work|door|place)\b
    | \bstick\s+to\s+(?:cutting|surgery|your\s+(?:lane|day\s+job|specialty)|nursing|pharmacy|radiology)\b
    | (?:^|[.!?]\s+)(?:{_INSULT_NOUNS}),?\s+(?:every\s+(?:one|last\s+one|single\s+one)\s+of\s+them|(?:the\s+)?(?:whole\s+)?lot(?:\s+of\s+them)?|all\s+of\s+them)\b
    | \b(?:{_INSULT_NOUNS}),\s+the\s+lot\b | \bgo\s+retire\b
    | \byou\s+(?:clearly\s+|obviously\s+)?have\s+no\s+idea\s+what\s+you'?re\s+talking\s+about\b
    | \bglorified\s+(?:hotels?|babysitters?|secretaries|pill\s+pushers?|receptionists?|spas?)\b | \bcouldn'?t\s+hack\s+it\b
    | \bdo\s+they\s+not\s+have\s+(?:hands|eyes|brains?|ears)\b | \bprotecting\s+their\s+(?:billing|income|wallets?|bonuses|egos?)\b
    | \bsome\s+of\s+us\s+actually\s+care\b | (?:^|[.!?]\s+)do\s+better\s*[.!] | \b(?:is|are)\s+(?:frankly\s+|simply\s+|just\s+)?negligent\b
    | \bwants?\s+(?:him|her|them)\s+to\s+suffer\b | \b(?:really\s+)?are\s+a\s+different\s+breed\b
    | \bclearly\s+(?:has\s+)?never\s+(?:run|seen|treated|read|done|held|practi[sc]ed|opened)\s+(?:a|an|one)\b[^.!?\n]{{0,30}}\bin\s+(?:his|her|their|your)\s+life\b
    | \bwhat\s+(?:are|do)\s+they\s+teach(?:ing)?\s+(?:\w+\s+)?(?:in\s+)?(?:med(?:ical)?|nursing|pharmacy)\s+school\b
    | \b(?:truly|real|such|absolutely)\s+(?:inspired|stellar|brilliant|top-?notch|outstanding|genius)\s+(?:medicine|work|care|stuff|doctoring
        |nursing|decision|call)\b\s*[.!]?\s*(?:👏|🙄|🤡)
    | \bI\s+(?:genuinely\s+|honestly\s+|really\s+)?don'?t\s+know\s+what\s+to\s+tell\s+you\b\s*[.!]?\s*🤷
    | \bif\s+you\s+(?:smoked|drank|ate|refused|skipped|ignored)\b[^.!?\n]{{0,80}}\b(?:shocked|surprised)\b
    | \b(?:are|is)\s+(?:just\s+)?(?:dead\s+weight|wannabe\s+\w+|(?:just\s+)?pill\s+counters|attention\s+seekers|a\s+walking\s+malpractice
        |a\s+brainless\s+\w+|a\s+sad\s+little\s+(?:man|woman|person)|a\s+failed\s+(?:researcher|doctor|scientist|academic))\b
    | \bfailed\s+(?:researcher|doctor|scientist|academic)\b | \bbrainless\b | \bbrain-?dead\s+(?:hot\s+)?takes?\b | \bamateur-?hour\b
    | (?<!\b(?:feel|feels|think|thinks|worry|worries|believe|believes|fear|fears)\s(?:\w+\s){{0,2}})\b(?:don'?t|doesn'?t)\s+deserve\s+the\s+same\s+(?:drugs|care|treatment)\b | \baren'?t\s+worth\s+treating\b
    | \b(?:is|are|'s|'re)\s+(?:just\s+|simply\s+|clearly\s+)?not\s+cut\s+out\s+for\s+(?:oncology|medicine|nursing|this)\b | \bstick\s+to\s+handing\s+out\b | \bcan\s+barely\s+speak\s+English\b
    | \bhire\s+for\s+diversity\b | \bjust\s+looking\s+for\s+attention\b | \bmilking\s+(?:their|his|her)\s+(?:diagnosis|cancer|illness)\b
    | \bstay\s+behind\s+the\s+counter\b | \bfire\s+(?:all|every\s+one)\s+of\s+them\b | \bslow\s+the\s+whole\s+\w+\s+down\b
    | \bkiss\s+my\s+ass\b | \bdamn\s+you\b | \blost\s+(?:\w+\s+)?brain\s+cells\b | \bbought\s+(?:your|his|her)\s+degree\b
    | \bno\s+wonder\s+(?:nobody|no\s+one)\s+takes\s+(?:her|him|you|them)\s+seriously\b | \bshe'?s\s+just\s+bitter\b | \bhe'?s\s+just\s+bitter\b
    | \bembarrassing\s+that\s+you\b | \bdon'?t\s+quit\s+your\s+day\s+job\b | \bshare\s+a\s+profession\s+with\s+people\s+like\s+you\b
    | \bdidn'?t\s+you\s+fail\s+your\s+boards\b | \bfat\s+(?:doctors?|nurses?|oncologists?)\b | \bcan'?t\s+read\s+a\s+(?:forest\s+plot|KM\s+curve|p-?value)\b
    | \bdeserve\s+to\s+get\s+(?:hurt|what'?s\s+coming)\b | \bbreak\s+your\s+(?:jaw|neck|face|legs?)\b | \bI\s+have\s+your\s+home\s+address\b
    | \bwe'?re\s+watching\s+you\b | \bbetter\s+hope\s+we\s+never\s+meet\b | \bcoming\s+down\s+to\s+the\s+\w+(?:\s+\w+)?\s+to\s+settle\s+it\b
    | \baccidents\s+happen\s+to\s+people\s+who\b | \b(?:women|female\s+\w+)\s+(?:in\s+medicine\s+)?(?:who\s+post|should\s+stick|cry\s+at)\b
    | \bnot\s+surprised\s+(?:a|an|that\s+a)\s+[\w\s-]{{0,30}}?(?:doesn'?t|can'?t|couldn'?t)\s+understand\b
    | \bneeds?\s+to\s+be\s+(?:dragged|sacked|fired|struck\s+off)\b | \bcoward(?:ly)?\s+(?:medicine|doctors?|oncology|behaviou?r)\b
    | \bplease\s+retire\b | \b(?:has|have|with)\s+the\s+brains?\s+of\s+(?:a|an)\b | \bsues?\s+(?:you|them|her|him)\s+into\s+the\s+ground\b
    | \b(?:take|tear|rip)\s+(?:\w+\s+){{0,3}}apart\s+in\s+front\s+of\s+(?:everyone|everybody|the\s+(?:room|audience|whole))\b
    | \b(?:staff|nurses?|doctors?|docs|team|they|he|she|residents?|fellows?|registrars?|interns?|admin\w*|management|managers?
        |colleagues?|people|radiology|pharmacy|porters?|surgeons?|oncologists?|radiologists?|pathologists?|cardiologists?)\s+
      (?:[\w']+\s+){{0,4}}?(?:are|is|was|were)\s+(?:absolutely|totally|completely|utterly|just)\s+
      (?:useless|incompetent|clueless|hopeless|pathetic|worthless|lazy)\b
    | \b(?:lazy|useless|incompetent)\s+doesn'?t\s+(?:even\s+)?begin\s+to\s+(?:cover|describe)\b
    """,
    _IV,
)

CONTEMPTUOUS = fast_compile(
    r"""
    \b(?:cute|adorable|sweet)\s+(?:that|how)\s+(?:you|(?:they|the\s+\w+)\s+(?:think|thinks|believe|reckon))\b
    | \bbless\s+their\s+(?:little\s+)?(?:hearts?|souls?)\b
    | \banother\s+day,?\s+another\s+(?!patient|family|reason|smile|miracle|win)[\w-]+\s+who\s+(?:thinks|thought|believes|can'?t|doesn'?t|won'?t)\b
    | ['‘"“](?-i:educating|discovering|explaining|correcting|lecturing|keynote|oncologists|experts?|specialists?)['’"”]
    | (?:^|(?<=[.!?]\s))(?:clowns|idiots|morons|amateurs|muppets|jokers|amateur\s+hour|pathetic|embarrassing)\s*[.!]+
    | ,\s*(?:coward|idiot|moron|clown|loser|genius)\s*[.!]*\s*$ | ,\s*(?:coward|idiot|moron|clown|loser)\s*[.!]
    | \bcan\s+(?:go\s+and\s+|just\s+)?(?:get\s+)?(?:f[\*u#@]+c?k?(?:e|\*)?d|stuffed|bent|screwed|fucked)\b | \bget\s+f[\*u#@]+c?k?(?:e|\*)?d\b
    | \b(?:clearly\s+|must\s+have\s+|obviously\s+)?slept\s+through\s+(?:bio)?stat\w*|\bslept\s+through\s+(?:med(?:ical)?\s+school|residency|training)\b
    | \bcould(?:n'?t|\s+not)\s+read\s+an?\s+(?:forest\s+plot|KM\s+curve|Kaplan|p-?value|paper|abstract|ECG|CT)\b
    | \b(?:never|not\s+once)\s+set\s+foot\s+(?:on|in)\s+an?\s+(?:ward|clinic|hospital|unit|day\s+unit)\b
    | (?:^|(?<=[.!?]\s))(?:read|open|pick\s+up)\s+an?\s+(?:paper|book|study|textbook|journal),?\s+(?:mate|bro|pal|buddy|guys|folks)\b
    | \bthe\s+future\s+of\s+(?:medicine|oncology|nursing|healthcare|the\s+profession)\b[^.!?\n]{0,12}(?:😂|🤣|💀|🙃|😬)
    | (?:😂|🤣)[^.!?\n]{0,12}\bthe\s+future\s+of\s+(?:medicine|oncology|nursing|healthcare|the\s+profession)\b
    | \bnot\s+sure\s+what\s+(?:you|they|he|she)\s+expect(?:ed)?\s+from\s+(?:us|me|medicine|oncology)\b
    | \b(?:patients|families|relatives|parents|pts)\s+who\s+[^.!?\n]{0,50}\b(?:are|is)\s+(?:honestly\s+|just\s+|so\s+|frankly\s+|truly\s+)
        (?:exhausting|the\s+worst|a\s+nightmare|insufferable|unbearable|a\s+pain|annoying|draining|tiresome)\b
    | \b(?:was|is|were|are)\s+(?:an?\s+(?:absolute\s+|complete\s+|total\s+)?)?(?:joke|farce|circus|clown\s+show)\s*(?:[.!]|$)
    | \bso[-\s]called\s+(?:experts?|expert\s+panel|leaders?|specialists?|oncologists?|doctors?|scientists?|thought\s+leaders?)\b
    | \boh\s+(?:wonderful|fantastic|brilliant|lovely|perfect),\s+(?:another|more)\b
    | \bbless\s+your\s+(?:heart|soul)\b
    | \b(?:ok(?:ay)?|sure),?\s+(?:boomer|jan|buddy|pal|champ|sweetie|honey|hun)\b
    | \bimagine\s+(?:thinking|believing|being)\b
    | \btell\s+me\s+you\s+\w+(?:\s+\w+){0,4}\s+without\s+telling\s+me\b
    | \b(?:lol|lmao|rofl),?\s+ok(?:ay)?\b | \bok(?:ay)?,?\s+(?:lol|lmao)\b
    | \b(?:know|learn)\s+your\s+(?:lane|place)\b | \bcome\s+back\s+when\s+you\b(?!\s+(?:can|are\s+(?:ready|able|well|better)|feel))
    | (?:^|[.!?]\s+)(?:fantastic|great|wonderful|brilliant|oh\s+wow|oh\s+great|oh\s+look|wow|cool|love\s+that),\s+(?:a|an|another)\b
    | \bslow\s+clap\b | ,\s*(?:sweetheart|sweetie|honey|hun|darling|kiddo|champ|sport|buddy|young\s+lady|young\s+man)\b
    | ,\s*(?:children|kiddos)\s*[.!] | \b(?:keep\s+talking|ok|okay|sure|calm\s+down|relax|sit\s+down),?\s+Karen\b
    | \bthe\s+adults\s+are\s+talking\b | \bhorse\s+paste\b | (?:^|[.!?]\s+)grow\s+up\s*[.!]
    | \bcool\s+story(?:,?\s+bro)?\b | \bdiploma\s+mill\b
    | \bgreat\s+job,\s+einstein\b | ,\s*einstein\b | \b(?:Nurse|Doctor|Dr\.?)\s+Know-?It-?All\b | \bDr\.?\s+(?:Twitter|Clueless|Nobody)\b
    | \bGoogle\s+University\b | \bself-?appointed\s+expert\b | \bhas\s+spoken\.?\s+yawn\b | \byawn\b | \bthis\s+is\s+rich\b
    | \bsuch\s+a\s+shock\s+that\b | \bwho\s+could\s+have\s+(?:guessed|predicted)\b | \btruly\s+inspiring\s+how\s+you\b
    | \blmao\s+even\b | \bwhat\s+passes\s+for\s+(?:expertise|science|evidence)\b | \bgraces\s+us\s+again\b
    | \bwhat\s+would\s+we\s+do\s+without\s+your\b | ,\s*(?:Karen|grandpa|grandma|gramps|old\s+man)\s*[.!]?
    | (?:^|[.!?]\s+)(?:sweetie|sweetheart|honey|hun|darling|kiddo|sweetpea),
    | \b(?:maybe\s+)?(?:read|try\s+reading)\s+(?:it|the\s+\w+|[A-Z][\w-]+)\s+before\s+(?:you\s+)?(?:lectur\w+|tweet\w*|post\w*|comment\w*|opin\w+|e\w+|speak\w*)
    | \bwith\s+all\s+due\s+respect,?\s+which\s+is\s+none\b | \bimagine\s+still\b | \boh\s+great,?\s+another\b
    | \bI\s+guess\b[^.!?\n]{0,40}\bnow\b | \bcopy-?paste\s+of\b | \bjust\s+a\s+(?:thought|suggestion)\s*[.!]?\s*(?:😉|🙃|🙄)
    | ['‘"“](?:landmark|fellow|expert|experts|review|thought\s+leader|doctor|science|research|evidence|study|oncologist|educator|professor|nurses|analysis)['’"”]
    | \bI'?m\s+not\s+(?:debating|arguing\s+with)\s+(?:a|an)\s+(?:nurse|NP|nurse\s+practitioner|PA|pharmacist|fellow|resident|student|layperson)\b
    | \bnobody\s+asked\b | \bstay\s+in\s+your\s+lane\b | \bsit\s+down\s+and\s+(?:shut\s+up|be\s+quiet|listen|let\s+the)\b | (?:^|[.!?]\s+)sit\s+down(?:[.!]|\s*💅|\s*$) | \bthe\s+audacity\b
    | \bwhat\s+a\s+joke\b | \bjoke\s+of\s+an?\b | \byeah,?\s+right\b | \bsure\s+you\s+(?:do|did|are)\b
    | \bcongrats\s+on\s+(?:missing|ignoring)\b | \bthanks\s+for\s+nothing\b | \bnice\s+try\b
    | \bwhere\s+did\s+you\s+get\s+your\s+(?:degree|MD|license)\b | \bDunning[- ]Kruger\b
    | \b(?:come\s+up\s+with|think\s+of|figure\s+out)\s+(?:that|this)\s+all\s+by\s+(?:yourself|your\s+own)\b
    | 🙄|🤡|🤦(?:\u200d[♀♂]\ufe0f?)?|🖕|🥱
    | @\w+[^.!?\n]{0,80}(?:😂|🤣)|(?:😂|🤣)[^.!?\n]{0,40}@\w+
    """,
    _IV,
)

# Oncology words a model trained on tweets reads as violent or obscene ("kill tumour cells", "anal
# cancer", "aggressive lymphoma"): masked before the tone model scores a sentence.
CLINICAL_LOOKALIKE = regex.compile(
    r"\b(?:anal|anus|penile|penis|vulvar?|vaginal?|breasts?|nipples?|rectal|rectum|erectile|testicular|testicles?"
    r"|sex(?:ual|ually)?|intercourse|condoms?|kill(?:s|ed|ing|er)?|aggressive(?:ly)?|attack(?:s|ed|ing)?"
    r"|destroy(?:s|ed|ing)?|terminal|dying|die[sd]?|death|suicide|invasive|hostile|shoot(?:s|ing)?|bombs?|blasts?"
    r"|naked|poison(?:ous)?|butcher(?:ed|y)?|crush(?:ed|ing)?|execut(?:e|ed|ion)|lethal|fight(?:s|ing)?|battle"
    r"|war|monsters?|beat(?:s|ing)?|wipe[sd]?\s+out|eradicat\w+|annihilat\w+|tumou?rs?|cancers?|chemo|radiation"
    r"|neutropenia|mets|metastas[ei]s|disease|drugs?|opioids?|overdose|abuse|cannabis|weed|HPV|STIs?|discharge"
    r"|hot\s+flashes|boobs?|balls|butt|junk|eat(?:s|ing)?|poop|pee|vomit(?:ing)?|puk(?:e|ing))\b",
    regex.IGNORECASE,
)
# A particular person: an @handle, a titled name (a generic "you" in a post is usually the reader).
PARTICULAR = regex.compile(r"@\w+|\b(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+[A-Z]")
# Someone the sentence is aimed at: "you", an @handle, a named or titled person, "people like".
TARGET = fast_compile(
    r"\b(?:you|your|you're|youre|u|ur|ya|yourself|yall|y'all)\b|@\w+|\b(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+[A-Z]"
    r"|\b(?:these|those|such)\s+(?:people|doctors|docs|oncologists|nurses|idiots|clowns|morons|quacks|shills)\b"
    r"|\bpeople\s+like\b|\banyone\s+who\b|\b(?:he|she|they)\s+(?:is|are|'s|'re)\b",
    regex.IGNORECASE,
)

# A quoted span (someone else's words); an apostrophe inside a word ("you're") does not close it
QUOTED = regex.compile(r"(?<!\w)['‘](?:[^'’\n]|['’](?=\w)){3,200}['’](?!\w)|[\"“][^\"”\n]{3,200}[\"”]")
