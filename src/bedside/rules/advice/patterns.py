from __future__ import annotations

import regex

from bedside.rules.fastregex import fast_compile

_IV = regex.IGNORECASE | regex.VERBOSE

_ACTIONS = (
    r"start|stop|quit|skip|switch|change|take|try|increase|decrease|double|halve|cut|reduce|hold|restart|continue"
    r"|drop|refuse|decline|demand|insist\s+on|ask\s+(?:them\s+|him\s+|her\s+|your\s+\w+\s+)?for|push\s+for|get|avoid"
    r"|ask\s+(?:them\s+|him\s+|her\s+|your\s+\w+\s+)?to\s+(?:switch|start|stop|change|try|skip|come\s+off|go\s+on|be\s+put\s+on)"
    r"|go\s+off|come\s+off|taper|lower|up|do|have|skip|delay|postpone|cancel|finish|stay\s+on|go\s+on|go\s+with|choose"
    r"|pick|opt\s+for|request|fire|ditch|forget|say\s+no\s+to|say\s+yes\s+to|trust|ignore"
    r"|be\s+on|be\s+taking|be\s+getting|be\s+off|come\s+off\s+of|push|insist|turn\s+down|hold\s+off|wait"
    r"|get\s+off|give|keep|book|schedule|see|lean\s+towards?|prioriti[sz]e|go\s+(?=\w+ectomy\b)|be\s+at\s+(?=\d)"
)
DIRECTIVE = fast_compile(
    rf"""
    \b(?:you\s+(?:really\s+|honestly\s+|definitely\s+|seriously\s+|absolutely\s+|probably\s+|still\s+)?(?:should(?:n't)?|need\s+to|must|have\s+to|ought\s+to|gotta|had\s+better|'d\s+better|better|might\s+want\s+to
        |may\s+want\s+to|want\s+to|will\s+want\s+to|can(?:\s+just)?(?:\s+safely)?)
      |you'd\s+(?:better|be\s+better\s+off)|I(?:'d|\s+would)(?:\s+definitely|\s+honestly|\s+strongly)?
      |(?:your|ur)\s+(?:mom|mum|mam|mother|dad|father|husband|wife|partner|son|daughter|sister|brother|kid|child|nan|gran|grandma
        |grandpa|onc|oncologist|doctor|team)
        \s+(?:should|needs?\s+to|must|has\s+to)
      |(?:they|your\s+(?:onc|oncologist|doctor|team|surgeon))\s+(?:should|need\s+to|must|ought\s+to)(?:\s+be)?
      |(?:he|she)\s+(?:should|needs\s+to|must|has\s+to|ought\s+to)(?:\s+(?:really|definitely|absolutely|probably|still))?
      |(?:means|so)\s+you\s+(?:need|should|must)(?:\s+to)?
      |(?:and|then|just|so|now|but)(?=\s+(?:skip|stop|start|take|double|halve|ask\s+for|demand|refuse|insist|switch|go\s+straight|push)\s+\w)
      |if\s+I\s+were\s+you,?\s+I(?:'d|\s+would)|(?:definitely|honestly|just|please)(?:\s+don't|\s+do\s+not)?
      |I\s+(?:wouldn't|would\s+not|wouldnt)\s+(?:even\s+)?(?:let\s+(?:them|him|her)|bother\s+with)?)
    \s+(?:not\s+|definitely\s+|just\s+|seriously\s+|absolutely\s+|still\s+)?(?:{_ACTIONS})\b
    | \byou\s+(?:need|want)\s+(?=(?:an?\s+|IV\s+|more\s+|some\s+|your\s+|(?-i:[A-Z])\w+|to\s+(?:start|stop|get|have|ask|demand|switch|take)))
    | \b(?:don't|do\s+not|never)\s+let\s+(?:them|the\s+\w+|your\s+\w+)\s+(?:talk|push|pressure|give|put|start|convince)
    | (?<!\bway\s+to\s)\b(?:just\s+)?go\s+(?:for|with|straight\s+to)\b
    | \byou\s+(?:don't|do\s+not|dont)\s+need\s+(?:the|a|an|to|any|that|this)\b
    | \b(?:isn't|is\s+not|won't|will\s+not)\s+going\s+to\s+(?:do\s+anything|help|work|change\s+anything)\s+for\s+you\b
    | \bI\s+(?:wouldn't|would\s+not)\s+(?:even\s+)?(?:bother|worry|rescan|do\s+it|let\s+them)\b
    | \b(?:he|she|you)\s+(?:doesn'?t|does\s+not|don'?t|do\s+not)\s+need\s+(?:a|an|the|to|any)\b
    | \byour\s+(?:team|doctor|oncologist|nurse|GP)\s+(?:doesn'?t|does\s+not|don'?t)\s+need\s+to\s+know\b
    | \b(?:swish|gargle|rinse|apply|rub|mix)\b[^.!?\n]{{0,50}}\b(?:\d+\s*x|\d+\s+times)\s+(?:a|per)\s+day\b
    | \btell\s+the\s+(?:\w+\s+){{0,2}}(?:unit|team|nurses?|doctor|clinic|ward|pharmacy)\s+to\s+(?:give|skip|stop|start|hold|go\s+ahead)\b
    | \byou\s+can\s+(?:\w+\s+)?say\s+no\s+to\b
    | \bno\s+need\s+(?:to\s+(?:go\s+to\s+(?:the\s+)?(?:ED|ER|A&E|emergency|hospital)|see\s+(?:a|the|your)|call|rush|worry\s+about\s+the)|for\s+(?:the|a|an)\s+\w+)
    | \byou\s+can\s+(?:honestly\s+|safely\s+|probably\s+|easily\s+)?(?:wait|hold\s+off|put\s+(?:it|that)\s+off)\s+(?:\w+\s+)?(?:months?|weeks?|a\s+year|until|till|for)\b
    | \b(?:ask|push|tell|get)\s+(?:them|your\s+(?:\w+\s+)?\w+|him|her)\s+to\s+(?:drop|switch|stop|start|refer|increase|decrease|reduce|give
        |change|lower|up|insist|demand|refuse|ask\s+for|get|add|skip|hold|order|push|turn\s+down|check|send|run|test|do)\b
    | \bwhen\s+you\s+(?:stop|start|switch|quit|drop)\s+(?:it|that|the)\b
    | \b(?:you|he|she)\s+(?:can|could)\s+(?:reasonably\s+|safely\s+|just\s+|honestly\s+|probably\s+)?(?:stop|skip|pass\s+on
        |decline\s+(?!to\b)|turn\s+down|drop|come\s+off|go\s+off|ask\s+to\s+skip|stop\s+at)\b
    | \b(?:he|she)\s+(?:shouldn't|should\s+not)\s+(?:go\s+in|take|start|get)\b
    | \bI(?:'d|\s+would)\s+(?:honestly\s+|definitely\s+|strongly\s+)?(?:want\s+(?:you|him|her|them)\s+on|go\s+with
        |skip\s+the|pass\s+on\s+the|stop\s+the|hold\s+the|pause\s+the|want\s+the\s+\w+\s+(?:doubled|increased|lowered|stopped))\b
    | \b(?:go\s+ahead\s+and|feel\s+free\s+to)\s+(?:{_ACTIONS})\b
    | \bif\s+(?:it|this|that)\s+(?:were|was)\s+(?:my|me)\b[^.!?\n]{{0,30}}?\bI(?:'d|\s+would)\b
    | \bfor\s+(?:you|him|her|your\s+\w+),?\s+I(?:'d|\s+would)\b
    | \bwhat\s+I(?:'d|\s+would)\s+(?:want|do|choose|pick|recommend|go\s+with)\s+for\s+(?:you|your|him|her)\b
    | \bI(?:'d|\s+would)\s+(?:probably\s+|honestly\s+|definitely\s+|personally\s+)?(?:skip|pass\s+on|decline|push|delay)\s+(?:it|that|this)\b
    | \b(?:yes|no|ok|okay|honestly),?\s(?:do|get|skip|take|push|stop|start)\s+(?:the|it|that|this)\b
    | (?:^|(?<=[.!?]\s))(?:Push|Repeat|Delay|Skip)\s+it\b | (?:^|(?<=[.!?]\s))(?:Just\s+)?repeat\s+(?:it|the\s+\w+)\b
    | (?:^|(?<=[.!?]\s))No\s+(?:more\s+)?(?:chemo|radiation|surgery|biopsy|supplements|steroids)\s*[.!]
    | (?:^|(?<=[.!?]\s))Ask\s+to\s+(?:start|stop|switch|skip|try|come\s+off|go\s+on)\b
    | \bGo\s+to\s+(?:the\s+)?(?:ER|A&E|ED|emergency(?:\s+room|\s+department)?)\s+(?:now|tonight|today|right\s+away|immediately)\b
    | (?:^|(?<=[.!?:;—-]\s)|(?<=\n)|(?<=@[\w.@-]{{1,60}}\s)|(?<=,\s))
      (?:Stop|Start(?!\s+(?:slow|small|here|with\s+the\s+(?:guide|page|book|site)))|Skip|Switch(?:\s+to)?|Take|Try|Don'?t\s+(?:take|start|do|get|stop|skip|let|bother|agree|go|wait)
        |Do\s+not\s+(?:take|start|stop|skip|do|get|agree)|Ask\s+(?:them\s+|your\s+\w+\s+)?for|Demand|Insist\s+on
        |Refuse|Decline|Get\s+(?:a|an|the|your|another)|Increase|Decrease|Double|Cut|Hold|Go\s+off|Come\s+off
        |Push\s+for|Request|Avoid|Ditch|Forget|Delay|Postpone|Give\s+(?:him|her|them)\s+(?!(?:a|an|some|the)\s+(?:quick\s+|ring|call|chance|minute|moment|break|hug|try|shout))(?:\d|a|an|some|the)|Put\s+(?:him|her|them)\s+on
        |Book|Schedule|Stay\s+on|Keep\s+taking|Get\s+off|Come\s+off|Cut\s+out|Stop\s+taking|Pause\s+the
        |Reschedule\s+the|Stay\s+home|Add\s+(?:a|an|some|the)|Keep\s+(?:icing|taking|using)|Do\s+the|Drop\s+(?:your|the|his|her))\b
    | \b(?:his|her|their|your)\s+(?:[\w']+\s+){{0,2}}?(?:dose|dosing|\w+platin|\w+mab|\w+nib|regimen|chemo)\s+should\s+(?:be|have\s+been)\b
    | \bis\s+the\s+(?:wrong|right|best)\s+(?:regimen|drug|treatment|choice|option|dose)\s+for\s+(?:you|your|him|her)\b
    | \b(?:it'?s|it\s+is)\s+(?:perfectly\s+|totally\s+|completely\s+)?(?:reasonable|fine|ok(?:ay)?|safe)\s+(?:for\s+(?:you|him|her)\s+)?to
        \s+(?:stop|skip|start|drop|take|try|come\s+off|go\s+off|pass\s+on|decline|delay)\b
    | \bI(?:'d|\s+would)\s+(?:still\s+|personally\s+|honestly\s+|strongly\s+)?(?:encourage|urge|tell)\s+(?:you|him|her|them)\s+to\b
    | \byou(?:'d|\s+would)\s+(?:likely\s+|probably\s+|definitely\s+|clearly\s+)?benefit\s+from\b
    | \b(?:you|he|she)\s+deserves?\s+(?:an?|another|the)\s+(?=\w)
    | \b(?:the\s+)?[\w-]+\s+needs?\s+to\s+(?:come\s+down|go\s+up|be\s+(?:reduced|increased|stopped|lowered|raised|held|doubled|halved|cut))\b
    | (?:^|(?<=[.!?:;]\s)|(?<=,\s))Get\s+(?:it|that|the\s+\w+)\s+(?:cut\s+out|removed|biopsied|lasered|frozen\s+off)\b
    | \bpush\s+(?:his|her|their|your)\s+(?:\w+\s+)?(?:team|oncologist|doctor|surgeon|GP)\s+for\s+(?:it|that|this)\b
    | \b(?:is|are|'s)\s+(?:perfectly\s+|totally\s+|completely\s+)?(?:fine|safe|ok(?:ay)?)\s+for\s+(?:you|him|her)\b(?!\s+to\b)
    | \b(?:feel\s+better|be\s+fine|do\s+better)\s+on\s+(?:half|a\s+quarter|double)\s+(?:a\s+)?(?:tablet|dose|pill)\b
    | \b(?:half|a\s+quarter\s+of)\s+(?:a\s+)?(?:tablet|pill|dose)\s+of\s+(?:the|your)\b
    | \bI(?:'d|\s+would)\s+ask\s+(?:your|his|her|their)\s+\w+\s+for\s+(?:a|an|the)\b
    | \bdrink\s+\d+(?:\.\d+)?\s*(?:litres?|liters?|L|glasses|cups)\b[^.!?\n]{{0,30}}\b(?:on|with)\s+(?:your|his|her)\b
    """,
    _IV,
)
DOSING = regex.compile(
    r"\b(?:take|try|use|give(?:\s+(?:him|her|them))?|ask\s+(?:\w+\s+){0,2}?for|go\s+(?:up|down)\s+to|drop(?:\s+you)?\s+to|reduce\s+to|increase\s+to"
    r"|bump\s+(?:it\s+)?up\s+to|start\s+(?:at|with)|stay\s+at)\s+(?:\w+\s+){0,3}?\d+(?:\.\d+)?"
    r"(?:\s?(?:mg|mcg|µg|units|IU|ml|mL|tabs?|pills?)\b|\s+(?:of\s+the\s+\w+\s+)?(?:twice|three\s+times|once|daily|a\s+day"
    r"|bid|tid|qd|every|instead|of\s+the))"
    r"|\b(?:double|halve|triple)\s+(?:your|the|his|her)\s+(?:\w+\s+)?(?:dose|dex|steroids?|meds?|pills?)\b"
    r"|\b(?:up|down)\s+to\s+\d+(?:\.\d+)?\s?(?:mg|mcg|µg|units)\b"
    r"|\bby\s+(?:about\s+|around\s+|roughly\s+)?\d+(?:\.\d+)?\s?(?:mg|mcg|µg|units)\b"
    r"|\b(?:start|restart)\s+(?:\w+\s+)?at\s+\d+(?:\.\d+)?\b",
    regex.IGNORECASE,
)
# A dose with its schedule ("100 mg twice a day"): advice in a reply unless the sentence is general.
SCHEDULED_DOSE = regex.compile(
    r"\b\d+(?:[.,]\d+)?\s?(?:mg|mcg|µg|g|grams?|IU|units|mL|ml)\b(?:\s+(?:of\s+)?[\w-]+)?"
    r"\s+(?:twice|three\s+times|once|daily|a\s+day|per\s+day|at\s+bedtime|every\s+(?:day|night|morning|\d+\s+hours)"
    r"|bid|tid|qd|nightly|weekly|before\s+bed|at\s+night|with\s+(?:food|meals))\b"
    r"|\b(?:like|about|around)\s+\d+(?:\.\d+)?\s?(?:mg|mcg|µg)\b"
    r"|\b\d+\s?(?:tabs?|tablets?|caps(?:ules)?|pills?|puffs?|drops?|sachets?|capfuls?)\s+(?:twice|three\s+times|once|daily|a\s+day"
    r"|per\s+day|at\s+bedtime|every|nightly)\b"
    r"|\b\d+(?:\.\d+)?\s?(?:mg|mcg|µg)\s+(?:about\s+|around\s+|roughly\s+)?\d+\s*(?:min(?:ute)?s?|hours?|hrs?)\s+before\b"
    r"|\b\d+\s?(?:tabs?|tablets?|caps(?:ules)?|pills?|mg)\s+(?:after|with|before)\s+(?:each|every|meals|food|bed)\b"
    r"|\bmax(?:imum)?\s+(?:of\s+)?\d+\s+(?:tabs?|tablets?|caps(?:ules)?|pills?|mg|a\s+day|per\s+day|in\s+24)\b",
    regex.IGNORECASE,
)
INTERPRET = fast_compile(
    r"""
    \byour\s+(?:[\w']+\s+){0,2}?(?:PSA|CEA|CA[- ]?125|CA[- ]?19-?9|CA[- ]?15-?3|AFP|LDH|scans?|labs?|results?|biopsy|pathology
        |path\s+report|report|numbers|markers?|counts?|WBC|ANC|platelets|h(?:a)?emoglobin|creatinine|LFTs|ctDNA|MRI|CT
        |PET|bone\s+scan|mammogram|Oncotype(?:\s+score)?|score|Gleason|margins?|nodes?|staging|stage|bloodwork|levels?
        |tumou?r\s+markers?|imaging|rise|trend|doubling\s+time|sodium|potassium|calcium|glucose|TSH|ferritin|INR)\b
    (?:[^.?!\n]|\.\d){0,60}?
    \b(?:means?|shows?|suggests?|indicates?|confirms?|is\s+(?:definitely|probably|clearly|likely|almost\s+certainly)
        |is\s+(?:nothing|fine|normal|benign|just|not\s+(?:cancer|a\s+concern|worrying))|isn't\s+(?:cancer|anything|a\s+concern)
        |is\s+why|explains|proves
        |are\s+(?:definitely|probably|clearly|likely)|looks?\s+like|sounds?\s+like|points?\s+to|tells?\s+me|says)\b
    | \b(?:you're|you\s+are)\s+(?:not|definitely\s+not|definitely|clearly|probably)\s+(?:a\s+)?(?:\w+\s+)?candidate\b
    | \b(?:of|at)\s+\d+(?:\.\d+)?\s*%?\s+(?:is|means)\s+(?:fine|nothing|normal|ok(?:ay)?|bad|concerning|cancer)\b
    | \b(?:it'?s|it\s+is|that'?s|that\s+is|this\s+is|sounds\s+like|you\s+have|you've\s+got|you're)\s+
      (?:definitely|probably|clearly|likely|almost\s+certainly|100%|certainly)\s+
      (?:back|recurr\w+|progress\w+|spread|metasta\w+|benign|cancer|nothing|fine|cured|in\s+remission|stage\s+\w+)\b
    | \b(?:it'?s|the\s+cancer'?s|your\s+cancer\s+is)\s+(?:back|spread(?:ing)?|progressing|growing)\b
    | \byou(?:'ve|\s+have)\s+got\s+(?:\w+\s+)?(?:\w+oma|cancer|leuk(?:a)?emia|myeloma|lupus|an?\s+infection)\b
    | \b(?:sounds|looks)\s+like\s+(?:your|his|her)\s+(?:\w+\s+){0,2}(?:is|are)\s+(?:your|his|her|the|from|just|a|an)\b
    | \b(?:sounds|looks)\s+like\s+(?:immune|an?\s+)?\w*(?:itis|dermatitis|rash|infection|recurrence|progression|reaction)\b
    | \b(?:an?\s+)?(?:PSA|CEA|CA-?125|margin|Oncotype|score|ANC|count|ferritin|platelets|neutrophils|counts|h(?:a)?emoglobin|Hb)\s+
      (?:of\s+)?[\d.]+\s*(?:mm|%)?\s+(?:at\s+your\s+age\s+)?
      (?:is|was|are|were)\s+(?:fine|plenty|nothing|normal|ok(?:ay)?|safe|probably\s+(?:just|nothing|fine)|just)\b
    | \byou(?:'re|\s+are)\s+(?:cured|in\s+remission|cancer[- ]free|stage\s+[IV1-4]+)\b
    | \b(?:his|her|your)\s+(?:[\w-]+\s+){0,3}?(?:doesn't|does\s+not)\s+mean\s+(?:it's\s+|it\s+is\s+)?(?:a\s+)?(?:recurrence|back
        |progression|spread|relapse)\b
    | \bputs?\s+(?:him|her|you)\s+in\s+the\s+(?:higher|lower|high|low|intermediate)[- ]risk\b
    | \b(?:he|she|you)(?:'s|\s+is|'re|\s+are)\s+(?:almost\s+certainly|very\s+likely|probably)\s+(?:fine|cured|in\s+remission
        |responding)\b
    | \bmeans\s+you(?:'re|\s+are)\s+(?:not\s+)?(?:in\s+(?:complete\s+)?remission|cured|a\s+candidate)\b
    | (?:^|(?<=@[\w.@-]{1,60}\s))that'?s\s+(?:triple[- ]negative|high[- ]grade|unfavou?rable\s+intermediate|MBL|MGUS)\b
    | (?<!\b(?:glad|happy|pleased|relieved|delighted|thrilled|hear|heard|that)\s)\b(?:your|ur)\s+(?:[\w']+\s+){0,2}?(?:bloods?|labs?|results?
        |scans?|numbers|counts?|markers?|levels?|report|bloodwork)\s+
      (?:look|looks|seem|seems)\s+(?:\w+\s+)?(?:ok|okay|fine|normal|good|great|reassuring|bad|worrying|concerning)\b
    | \b(?:an?|your)\s+(?:CA-?125|PSA|CEA|AFP|hCG|ferritin|ANC|WBC|h(?:a)?emoglobin|Hb|platelets?|creatinine|potassium|sodium|calcium)
      \s+(?:of\s+)?\d+(?:\.\d+)?\s+is\s+(?:basically\s+|totally\s+|completely\s+|probably\s+|just\s+)?(?:nothing|fine|normal|ok(?:ay)?|borderline|high|low|worrying)\b
    | \bBI-?RADS\s+\d\w?\s+(?:usually|almost\s+always|is\s+(?:usually|almost\s+always|probably))\s+(?:turns\s+out\s+to\s+be\s+)?(?:nothing|benign|fine)\b
    | \b(?:platelets|counts?|neutrophils|ANC|h(?:a)?emoglobin|INR)\s+(?:of\s+)?[\d.]+\s+(?:aren'?t|isn'?t|are\s+not|is\s+not)\s+(?:low|high)\s+enough\b
    | \byour\s+(?:[\w']+\s+){0,2}?(?:lymphocytes|neutrophils|WBC|white\s+count)\s+(?:at|of)\s+[\d.]+\s+(?:are|is|means?)\b
    | \bmeans\s+you\s+(?:won'?t|will\s+not|don'?t)\s+need\b
    """,
    _IV,
)
# Readings that need a clinical sentence (or one beside it) to be readings of results.
INTERPRET_IN_CONTEXT = regex.compile(
    r"""
    \bI(?:'d|\s+would)\s+(?:read|take|interpret)\s+(?:that|this|it)\s+as\b
    | \bI(?:'d|\s+would)\s+bet\s+on\b
    | \b(?:is|are|it'?s|that'?s)\s+(?:very\s+|most\s+|almost\s+certainly\s+|really\s+)?(?:likely|probably|usually)\s+
      (?:an?\s+)?(?:early\s+|just\s+)?(?:[\w-]+\s+)?(?:cancer|mets|metastas[ie]s|recurrence|progression|treatment\s+effect|necrosis
        |inflammation|benign|nothing|scar(?:ring)?|infection|a\s+bounce)\b
    | \b(?:it'?s|it\s+is|that'?s)\s+not\s+(?:a\s+)?(?:recurrence|relapse|progression|cancer|spread)\b
    | \b(?:very\s+|most\s+)?likely\s+to\s+be\s+cured\b
    | \b(?:he'?s|she'?s|you'?re|he\s+is|she\s+is|you\s+are)\s+(?:responding|fine|going\s+to\s+be\s+fine)\b
    | \b(?:doesn't|don't|do\s+not|does\s+not)\s+need\s+to\s+worry\b
    | \bI\s+wouldn't\s+lose\s+sleep\b
    | \byou'?ll\s+(?:most\s+)?(?:likely|probably)\s+(?:get|need)\b
    | \buntil\s+(?:proven|shown)\s+otherwise\b | \buntil\s+ruled\s+out\b
    | \b(?:is|was)\s+(?:a\s+)?(?:complete|partial)\s+(?:response|remission|metabolic\s+response)\b
    | \b(?:alone\s+)?is\s+(?:just\s+)?noise\b | \bgood\s+scan\b | \blow\s+enough\s+that\b | \bhigh\s+enough\s+that\b
    | \b(?:that'?s|this\s+is)\s+(?:biochemical\s+)?(?:recurrence|progression|relapse)\b
    | \b(?:is|are)\s+(?:probably|likely|almost\s+certainly)\s+(?:enough|optional|unnecessary|overkill|not\s+needed)\b
    | \bwon'?t\s+change\s+(?:anything|the\s+outcome|much)\b | \btotally\s+expected\b | \bnothing\s+wrong\b
    | \b(?:covers|fits)\s+you\s+exactly\b
    | \b(?:are|is)\s+(?:fine|normal|nothing\s+to\s+worry\s+about)\.
    | \bis\s+a\s+textbook\b
    | \byou'?re\s+in\s+the\s+group\s+that\b
    """,
    _IV,
)
REDIRECT = regex.compile(
    r"""
    \b(?:ask|talk\s+(?:to|with)|check\s+with|discuss(?:\s+\w+){0,3}\s+with|speak\s+(?:to|with)|call|message|bring\s+(?:it|this|that)\s+up\s+with
        |raise\s+(?:it|this)\s+with|run\s+(?:it|this)\s+by|reach\s+out\s+to)\s+
        (?:\w+\s+){0,3}?(?:your|the|their)\s+(?:own\s+)?(?:oncolog\w+|doctor|dr|physician|care\s+team|team|nurse|NP|PA|provider|GP|PCP
        |pharmacist|surgeon|radiation\s+oncologist|clinic|specialist)
    | \bwithout\s+(?:first\s+)?(?:talking|checking|speaking|discussing)\b
    | \b(?:get|have)\s+(?:it|this|that|them|the\s+\w+)\s+(?:checked|looked\s+at|seen|examined|assessed)\s+(?:\w+\s+)?(?:by|with|at)\s+
      (?:your|a|the)\s+(?:own\s+)?(?:GP|doctor|team|oncologist|dermatologist|nurse|clinic|practice|surgery|specialist|care\s+team)\b
    | \bask\s+your\s+(?:\w+\s+)?(?:team|oncologist|doctor|nurse|GP|specialist)\s+(?:to|about|for|whether|if)\b
    | \bbased\s+on\s+what\s+worked\s+for\s+(?:someone|others|another|other\s+people)\b | \byour\s+own\s+team\s+knows\b
    | \b(?:ring|call|phone|contact|message)\s+(?:them\s+|your\s+\w+\s+)?(?:and\s+)?(?:ask\s+for|request|book)\s+(?:an?\s+)?(?:earlier\s+|sooner
        \s+|urgent\s+|new\s+)?(?:appointment|review|call|consult|visit)\b(?![^.!?\n]*\b(?:but|however|though|yet)\b)
    | \byour\s+(?:own\s+)?(?:team|oncologist|doctor|care\s+team|GP|nurse|specialist)\s+can\b(?![^.!?\n]*\b(?:but|however|though|yet)\b)
    | \b(?:take|bring)\s+(?:these|those|this|that|your)\s+(?:\w+\s+)?(?:questions?|concerns?|worries|list|results?)\s+to\s+(?:your|the|their)\b
    | \b(?:questions?|concerns?|worries|list)\b[^.!?\n]{0,30}\b(?:take|bring)\s+(?:them|it)\s+to\s+(?:your|the|their)\s+(?:next\s+)?
      (?:appointment|visit|consult|team|oncologist|doctor|GP|nurse|clinic)\b
    | \b(?:if|once|when)\s+(?:your|their)\s+(?:own\s+)?(?:oncolog\w+|doctor|team|care\s+team|surgeon|physician)\s+
      (?:agrees|says|okays|approves|thinks|recommends)\b
    | \b(?:not\s+(?:your|my)\s+(?:patient|doctor)|I\s+can'?t\s+(?:give|offer)\s+(?:medical|specific|personal)\s+advice)\b
    """,
    _IV,
)
# Sending someone to emergency care is the redirect G9 asks for, not advice about their treatment ("that sounds like
# neutropenic fever: go to the ED now, don't wait for Monday")
EMERGENCY = regex.compile(
    r"""
    \b(?:please\s+)?(?:go|get|head|come)\s+(?:straight\s+|right\s+|back\s+)?(?:to|into)\s+(?:the\s+|an?\s+|your\s+(?:nearest\s+|local\s+)?
        |the\s+nearest\s+)?(?:ED|ER|A&E|emergency(?:\s+(?:room|department|dept))?|urgent\s+care|hospital|casualty)\b
    | \bcall\s+(?:911|999|112|000|an\s+ambulance|EMS|your\s+(?:\w+\s+){0,2}?(?:team|triage\s+line|on-?call|hotline|nurse\s+line|clinic))\b
    """,
    _IV,
)
DONT_WAIT = regex.compile(
    r"\b(?:don'?t|do\s+not)\s+(?:wait|delay|sit\s+on\s+it|ignore\s+it)\b", regex.IGNORECASE
)
GENERAL = regex.compile(
    r"\b(?:in\s+general|generally|many\s+(?:people|patients|women|men)|most\s+(?:people|patients|women|men)"
    r"|some\s+(?:people|patients)|typically|guidelines?|NCCN|ASCO|ESMO|(?:in|from)\s+the\s+(?:\w+\s+){0,2}trials?|the\s+trial\b(?!\s+(?:spot|slot|place|option))|trials\s+(?:showed|found|used)"
    r"|studies|research\s+shows"
    r")\b",
    regex.IGNORECASE,
)
SECOND_PERSON = regex.compile(r"\b(?:you|your|you're|you've|you'd|you'll|u|ur|yours)\b", regex.IGNORECASE)
# Objects that make a directive medical rather than social ("try the cafeteria" is not advice).
MEDICAL_OBJECT = regex.compile(
    r"\b(?:it|that|them|this|dose|doses|mg|pills?|tablets?|meds?|medication|medicine|treatment|chemo\w*|radiation|RT"
    r"|surgery|scan|test|biopsy|PET|MRI|CT|infusion|cycle|injection|shots?|supplements?|port|IVs?|iron|ovaries"
    r"|surgeon|immunotherapy|transplant|filgrastim|refer|vitamins?|cream|gel|ointment|lotion|patch|insulin|colonoscopy"
    r"|testing|panel|ultrasound|echo|lumpectomy|mastectomy|\w+ectomy|ER|ED|A&E|emergency|fever|sepsis|neutropeni\w+"
    r"|infections?|FOLFOX|FOLFIRI|FOLFIRINOX|CAPOX|XELOX|R-?CHOP|ABVD|BEP|FEC|TCHP|AC-?T)\b",
    regex.IGNORECASE,
)

# "Ask your oncologist to switch you to X" is advice wearing a redirect.
SPECIFIC_REQUEST = regex.compile(
    r"\b(?:ask|tell|push|get)\s+(?:them|your\s+\w+|him|her)\s+to\s+(?:switch|put|start|stop|give|add|drop|change|increase"
    r"|decrease|reduce|order|refer)\b(?:\s+\w+){0,3}\s+(?:to|on|onto|for)\b",
    regex.IGNORECASE,
)

YOUR_CARE = regex.compile(
    r"\b(?:your|ur)\s+(?:(?:mom|mother|dad|father|husband|wife|partner|son|daughter|kid|child)'s\s+)?(?:\w+\s+)?"
    r"(?:tamoxifen|letrozole|anastrozole|chemo|dose|meds?|medication|pills?|scan|scans|PSA|CEA|labs?|results?|biopsy|"
    r"port|infusion|cycle|treatment|pathology|path\s+report|report|margins?|fatigue|rash|pain|symptoms?|diagnosis"
    r"|platelets|counts?|bloods?)\b",
    regex.IGNORECASE,
)

# Asking for support every patient may ask for is not advice ("you can ask for a family meeting").
SUPPORT = regex.compile(
    r"\b(?:family\s+meeting|second\s+opinion|a\s+copy\s+of|interpreter|social\s+worker|nurse\s+navigator"
    r"|patient\s+(?:advocate|navigator)|palliative\s+care\s+(?:team|consult)|support\s+group|counsell?or)\b",
    regex.IGNORECASE,
)

# Directives whose verb is too common to lean on a neighbouring sentence for their medical sense
# ("Try me.", "Try looking at the crossover rate"): these need a medical word in their own sentence.
WEAK_VERB = regex.compile(
    r"(?:try|take|get|do|have|give|keep|wait|push|trust|ignore|forget|see|book|schedule|go|up)\W*$",
    regex.IGNORECASE,
)
