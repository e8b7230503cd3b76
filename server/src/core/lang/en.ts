import type { LanguagePack, PackText } from './types';

/*
 * English. Headings are matched on normalized text (lower case). Sentence cues run on the
 * original case with the `i` flag. Every pattern is bounded and linear (test/unit/redos.test.ts).
 */

/** Nouns for people who use a service, for "users could not…" shapes (`g`: tried at every place). */
const PEOPLE = /\b(?:nobody|no one|no-one|everyone|users?|customers?|clients?|businesses|companies|visitors?|people|members?|developers?|teams?|students?|accounts?|players?|merchants?|subscribers?|tenants?|consumers?|partners?|operators?|validators?|farmers?|holders?|viewers?|readers?|contributors?|maintainers?|researchers?|organi[sz]ations?|orgs|browsers|callers?|shoppers?|buyers?|sellers?|drivers?|riders?|couriers?|patients?|contractors?|employees?|staff|agents?|passengers?|guests?|learners?|residents?|citizens?|followers?|recipients?|schedulers?|dispatchers?|crews?|pilots?|payees?|policyholders?|claimants?|beneficiaries|borrowers?|depositors?|cardholders?|nurses?|clinicians?|doctors?|physicians?|pharmacists?|teachers?|cashiers?|technicians?|travell?ers|listeners?|guardians?|parents?|families|donors?|hauliers?|haulers?|truckers?|shippers?|creators?|podcasters?|anyone|everyone|nobody|no one|(?:many|some|most|all|a few|few|several|those|none) of you)\b/gi;
/** Verbs of meeting something (`users saw`, `customers got`), for "… saw 503 errors". */
const SEEING = /\b(?:saw|see|seeing|received|receiving|got|getting|hit|noticed|reported|alerted us|complained|show|shows|showed|showing)\b/gi;

/** Things that break, as nouns, for "X was down" shapes. */
const THING = String.raw`(?:service|services|api|apis|site|website|web ?site|app|apps|application|applications|cluster|clusters|database|db|server|servers|platform|system|systems|pipeline|pipelines|network|chain|mainnet|testnet|node|nodes|hub|registry|repository|endpoint|endpoints|feature|features|product|component|components|dashboard|console|portal|queue|storage|cdn|dns|gateway|proxy|load balancer|ingress|backend|frontend|sdk|sdks|bot|wallet|bridge|flags|search|login|checkout|builds?|deploys?|deployments?|ci)`;

/** What the English pack says to the user; rule messages and field names are the rules' and fields.ts's own. */
/** The Try of a Keep / Problem / Try retrospective as a heading (`## Try`, `### T (Try)`, `Try (next sprint)`). */
const RETRO_TRY = String.raw`^(?:t[ \t]?\()?try\)?(?:[ \t]?[(（][^()（）]{1,30}[)）])?$`;

const TEXT: PackText = {
  rules: {},
  fields: {},
  keys: {},
  terms: {
    'expected.duration': 'a duration such as `4h 10m`, `250 minutes` or `14:50–19:00 KST`',
    'expected.affected_services': 'a list of service names',
    'expected.servers_restored': 'restored of total servers such as `12,000 of 32,000`, or `N/A` with a reason',
    'expected.user_impact': 'a description of what users felt',
    'expected.pattern': 'text matching {pattern}',
    'expected.zone': 'a time zone such as "Asia/Seoul", "UTC", "KST" or "+09:00"',
    'count.restored': '{n} restored',
    'count.total': '{n} in all',
    'count.affected': '{n} affected',
    'instead.processGap': 'a gap in the process or tooling',
    'instead.noInformation': 'did not have the information to know',
    'instead.notAlerted': 'was not alerted to',
    'instead.unintentionally': 'unintentionally',
    'list.or': ' or ',
    'where.frontMatter': 'the front matter ("{key}")',
    'where.section': 'the section on line {line}',
    'where.line': 'line {line}',
    'where.table': 'the table on line {line}',
    catalog: 'catalog',
    usedInOne: 'used in 1 postmortem',
    usedIn: 'used in {count} postmortems',
    fixAll: 'Fix all auto-fixable postmortem problems',
    insertMissingSections: 'Insert missing sections',
    insertTimelineEntry: 'Insert timeline entry',
    'import.alertFired': 'Alert {name} fired',
    'import.alertResolved': 'Alert {name} resolved',
    'import.tagged': 'Tagged {name}',
    importTimeline: 'Import timeline',
    'command.imported': 'Imported {count} timeline entries.',
    'command.importNothing': 'No new timeline entries: the files have none in the window, or the timeline has them all.',
    'command.importProblems': 'Nothing imported: {problems}',
    today: 'today',
    now: 'now',
    'config.withoutTeamSchema': '{message}. Postmortems are checked without the team schema.',
    'config.lastValidStays': '{message}. The last valid configuration stays in force.',
    'command.notOpen': 'The document is not open in the editor.',
    'command.busy': 'The document is still being checked: try again in a moment.',
    'command.unreadable': 'The document could not be read as Markdown.',
    'command.nothing': 'Every section is already there.',
    'command.openBlock': 'The document ends inside a code block or HTML block that is never closed, so a heading added at the end would not be a heading. Close the block, then try again.',
    'command.rejected': 'The editor did not apply the change (the document may have changed meanwhile).',
    'command.inserted': 'Inserted: {sections}.',
  },
  phrase: (d) => d.charAt(0).toLowerCase() + d.slice(1).replace(/\.$/, ''),
  durationUnits: { day: ' d', hour: ' h', minute: ' min', join: ' ' },
  hover: {
    duration: 'Duration', timestamp: 'Timestamp', ratio: 'Ratio', count: 'Count', about: 'about ', min: ' min',
    fromRange: 'Computed from a start and an end time.', stated: 'stated', field: 'field', required: 'required', optional: 'optional',
    zoneWritten: 'written with the time', zoneTimeline: 'stated once for the timeline', zoneConfig: 'from the `timezone` setting',
    noZone: 'No zone: neither the text, the timeline nor the configuration gives one, so the instant is unknown.',
    noDate: 'No date: neither the text nor the document gives one.', zone: 'Zone', notStated: 'not stated', outOfOrder: 'out of order',
    unreadable: 'cannot be read (see invalid-value)',
    milestone: 'Milestone', metric: 'Metric', value: 'Value', definition: 'Definition',
    ttd: 'time to detect = detected − started', ttm: 'time to mitigate = mitigated − started', ttr: 'time to resolve = resolved − started',
  },
  preview: {
    card: 'Postmortem summary',
    severity: 'Severity',
    duration: 'Duration',
    ttd: 'TTD',
    ttdTitle: 'Time to detect: detected − started',
    ttm: 'TTM',
    ttmTitle: 'Time to mitigate: mitigated − started',
    ttr: 'TTR',
    ttrTitle: 'Time to resolve: resolved − started',
    services: 'Affected services',
    servers: 'Servers restored',
    users: 'Users affected',
    timeline: 'Timeline',
    notStated: 'not stated',
    unreadable: 'stated, but could not be read',
    notApplicable: 'N/A',
    about: 'about',
    computed: 'computed from started → resolved',
    milestones: { started: 'Started', detected: 'Detected', mitigated: 'Mitigated', resolved: 'Resolved' },
    serversOf: (r, t) => `${r} of ${t}`,
    usersOf: (a, t) => `${a} of ${t}`,
    usersCount: (a) => a,
    serversCount: (r) => r,
    percent: (p) => `${p} %`,
    timesIn: (z) => `times in ${z}`,
    gap: (d) => `${d} gap, shortened`,
    unplaced: 'time not placed on the timeline',
    moreServices: (n) => `+${n} more`,
    charWidth: 6.5,
  },
};

export const en: LanguagePack = {
  id: 'en',
  name: 'English',
  nativeName: 'English',
  aliases: {
    summary: ['summary', 'issue summary', 'executive summary', 'overview', 'tl;dr', 'tldr', 'incident summary'],
    cause: ['cause', 'causes', 'root cause', 'root causes', 'root cause analysis', 'root cause(s)', 'contributing factors', 'trigger', 'triggers', 'why did it happen', 'why'],
    duration: ['duration', 'outage duration', 'downtime', 'impact duration', 'incident duration'],
    affected_services: ['affected services', 'services affected', 'impacted services', 'affected systems', 'services impacted', 'systems affected', 'affected components'],
    servers_restored: ['servers restored', 'server recovery', 'restoration', 'servers recovered', 'restored servers'],
    user_impact: ['user impact', 'impact', 'customer impact', 'users affected', 'impact on users', 'business impact', 'cost impact', 'financial impact', 'exploitation found', 'evidence of exploitation', 'exploitation', 'data exposed', 'data exposure', 'what was exposed', 'what data was exposed', 'what was accessed', 'what was leaked', 'evidence of misuse', 'misuse', 'was it used', 'was it misused', 'was it exploited', 'was it accessed'],
    timeline: ['timeline', 'key events', 'timeline of events', 'incident timeline', 'chronology', 'sequence of events'],
    detection: ['detection', 'how was it detected', 'discovery'],
    resolution: ['resolution', 'recovery', 'resolution and recovery', 'mitigation', 'remediation', 'fix'],
    communication: ['communication', 'communications', 'status updates', 'customer communication'],
    lessons_learned: ['lessons learned', 'lessons learnt', 'lessons', 'what went well', 'what went wrong', 'what went poorly', "what didn't go well", 'what could have gone better', 'where we got lucky', 'key takeaways', 'takeaways', 'learnings'],
    action_items: ['action items', 'action item', 'follow-ups', 'follow ups', 'followups', 'follow-up items', 'next steps', 'corrective actions', 'preventive actions', 'prevention'],
  },
  intents: [
    // summary
    { field: 'summary', re: /\b(?:summary|overview|synopsis|tl;?dr|abstract)\b/, score: 2 },
    { field: 'summary', re: /\b(?:what happened|incident description|description of the (?:incident|issue|event)|problem statement)\b/, score: 1 },
    // cause
    // (`## 5 Whys`: the heading's number is read as a section's, leaving `whys`.)
    { field: 'cause', re: /\broot[ -]?causes?\b|\brca\b|\bfive whys?\b|\b5 whys?\b|^whys?(?: analysis)?$/, score: 3 },
    // `What was exposed`: in a leak, what was exposed is what was hit.
    { field: 'affected_services', re: /^what (?:was|got) (?:exposed|leaked|compromised)\??$/, score: 2 },
    { field: 'cause', re: /\b(?:what (?:happened|went wrong|broke|failed),? and why|why (?:it|this|they|things)? ?(?:happened|broke|failed|occurred|went wrong)|why did (?:it|this|the \w+) (?:happen|break|fail|occur))\b/, score: 3 },
    // A security incident's way in is its cause: `How the attacker got in`, `Initial access`, `Attack vector`.
    { field: 'cause', re: /\bhow (?:the |they )?(?:attackers?|intruders?|they|it) (?:got|gained|broke|came) in\b|\b(?:initial access|attack vector|point of entry|entry point)\b/, score: 2 },
    // `How DEBUG got into production`, `How the bad config went out`: how the fault got where it did harm.
    // (`How it came to be public`: how a thing got into the state the incident was about.)
    { field: 'cause', re: /^how (?:it|this|the [\w-]+|[\w-]+)(?: [\w-]+)? (?:got|ended up|made it|slipped|crept|went) (?:into|in|to|out)\b|^how (?:it|this|the [\w-]+|[\w-]+)(?: [\w-]+)? (?:came to be|became) (?:public|exposed|visible|open|readable|broken|possible|deleted|lost|leaked|stuck)\b/, score: 2 },
    // (`## Causal statements`: an RCA²'s causes, each said as cause and effect.)
    { field: 'cause', re: /\bcausal statements?\b/, score: 3 },
    { field: 'cause', re: /\bcontributing (?:factors?|causes?)\b|\btriggers?\b|\bcaus(?:e|es|ed)\b|\bhow (?:it|this|the (?:incident|outage|failure|problem)) happened\b/, score: 2 },
    { field: 'cause', re: /^questions we asked$|\b(?:technical (?:details?|analysis|explanation|problem|cause|background|deep[ -]?dive)|the (?:technical )?problem|what went wrong technically|failure (?:analysis|mode)|diagnosis|leadup|lead-up|investigation findings)\b|^(?:analysis|what changed\??)$/, score: 1 },
    // duration
    { field: 'duration', re: /\b(?:exposure (?:window|period)|report to fix|time to (?:resolve|resolution|recover|recovery|restore|restoration|repair|mitigate|mitigation|fix)|(?:mttr|ttr|ttm)\b|how long|(?:outage|incident|impact|downtime|disruption|total) (?:duration|length|window|time))/, score: 3 },
    // (`Leak window`, `Time to green`: a team's own words for how long it went on.)
    // (`Downtime procedure`, `## Downtime Procedure Activation`: a hospital's paper procedures while a system is down, not its length.)
    { field: 'duration', re: /\b(?:duration|downtime(?![ \t-](?:procedures?|forms?|plans?|protocols?|polic(?:y|ies)|kits?|drills?|mode|workflows?|documentation|process(?:es)?|binders?|reports?|activation|communications?|computers?|workstations?|devices?|printers?|declared|ended|began|begun|started|lifted|called|announced)\b)|outage window|impact window|leak window|length of (?:the )?(?:outage|incident))\b|^window$|^time to green$/, score: 2 },
    // affected services
    { field: 'affected_services', re: /\b(?:affected|impacted|degraded|failed|broken) (?:services?|systems?|components?|products?|features?|apps?|applications?|platforms?|areas?|clusters?|resources?|regions?|endpoints?|sites?|functionality)\b/, score: 3 },
    { field: 'affected_services', re: /\b(?:services?|systems?|components?|products?|features?|platforms?|applications?) (?:affected|impacted|involved|hit)\b|\bwhat was (?:affected|impacted|hit)\b|\bblast radius\b/, score: 3 },
    { field: 'affected_services', re: /^(?:services?|systems?|components?|products?|platforms?|applications?|apps?|features?|affected|scope)$/, score: 2 },
    { field: 'affected_services', re: /\bscope\b/, score: 1 },
    // `What broke?`, `What went down?`: a question heading that asks what was hit.
    { field: 'affected_services', re: /^what (?:broke|failed|went down|stopped(?: working)?|was (?:broken|down)|did (?:it|this|the (?:incident|outage)) (?:break|take down))\??$/, score: 2 },
    // servers restored
    { field: 'servers_restored', re: /\b(?:servers?|hosts?|nodes?|machines?|instances?|vms?) (?:restored|recovered|recovery|back online|brought back|replaced)\b|\b(?:restored|recovered) (?:servers?|hosts?|nodes?|machines?)\b|\bserver recovery\b/, score: 3 },
    { field: 'servers_restored', re: /^restoration$/, score: 2 },
    // user impact
    { field: 'user_impact', re: /\b(?:user|users|customer|customers|client|clients|business|end[- ]user|member|player|merchant|developer|community|visitor)s?'? impact\b|\bimpact (?:on|to) (?:users|customers|clients|the business)\b|\b(?:users?|customers?|clients?|participants?|patients?|residents?|subscribers?|members?|students?|riders?|passengers?) (?:affected|impacted)\b|\bwho was (?:affected|impacted|hit)\b|^(?:affected )?(?:customers|users|clients|players|merchants|shoppers)(?: (?:and|&) [a-z ]{2,20})?$|\bwho (?:did (?:this|it) (?:affect|impact|hit)|were (?:affected|impacted))\b|\bhow many (?:users|customers|clients|people|members|players|shoppers|visitors|merchants|riders|drivers|accounts|employees|patients|students|subscribers)(?: (?:were|was|got) (?:affected|impacted|hit)| did (?:this|it|the (?:incident|outage|issue)) (?:affect|impact|hit))\b|\bwhat (?:our )?(?:users|customers|clients|people|members|players|couriers|drivers|riders|merchants|visitors|listeners|viewers|readers|patients|guests|passengers|students|donors|fans)(?: and (?:our )?[a-z]+)? (?:saw|experienced|felt|noticed|got|heard)\b|^what (?:it|this|the (?:incident|outage|mistake|bug|job|sweep|leak)) cost(?: us)?\??$|\bwhat (?:it|this|the (?:incident|outage)) looked like (?:from the outside|(?:to|for) (?:users|customers|[a-z][\w&.'-]{1,30}))\b|\bwhat (?:it|this|the (?:incident|outage|issue|problem)) meant for (?:you|your (?:orders|customers|business|account)|users|customers|clients|players|merchants|patients|students)\b|\bcustomer experience\b|\beffects? (?:for|on) (?:users|customers|clients|players|merchants|shoppers|buyers|visitors|members|riders|drivers|patients|students)\b/, score: 3 },
    // A review whose headings are questions: `How bad was it?`, `What did we lose?`.
    { field: 'user_impact', re: /^how (?:bad|big|serious|severe|widespread) (?:was it|was the (?:damage|impact|incident|outage|hit)|did it get|is it)\??$|^what did (?:we|they|users|customers|people|members|players|students|donors|listeners|riders|patients) (?:lose|miss)(?: out on)?\??$|^what was lost\??$|^who (?:got|was) hurt\??$/, score: 3 },
    { field: 'user_impact', re: /\bimpacts?\b|\bsymptoms?\b|\bconsequences?\b|^blast radius$/, score: 2 },
    { field: 'user_impact', re: /\beffects?\b|\bdamage\b/, score: 1 },
    // timeline
    { field: 'timeline', re: /\btime ?line\b|\bchronology\b|\bsequence of events\b|\bkey events\b|\bevent log\b|\bincident log\b|\btimestamps\b|\bwhat happened when\b/, score: 3 },
    // detection
    // `Who noticed?`, `How did we find out?`.
    { field: 'detection', re: /^(?:who|what) (?:noticed|spotted|caught|found|flagged|saw)(?: (?:it|this|the (?:problem|issue|bug|outage|incident)))?(?: first)?\??$|^how did (?:we|anyone|you|they) (?:notice|find out|know|spot|catch|learn|discover|hear)\b|^when did we (?:notice|find out|know)\b/, score: 2 },
    { field: 'detection', re: /\bdetection\b|\bdetected\b|\bhow (?:was it|we|it was) (?:detected|noticed|discovered|found)\b|\bdiscovery\b|\btime to (?:detect|detection)\b|\bttd\b|^identified$|\bfirst noticed\b/, score: 2 },
    // resolution
    { field: 'resolution', re: /\b(?:resolving actions|actions taken|steps taken|measures taken|measures already taken|what we did|immediate (?:actions|response|mitigation)(?: \(?(?:taken|completed)\)?)?)\b/, score: 3 },
    // `How did we fix it?`, `How was it stopped?`.
    { field: 'resolution', re: /^how (?:did )?we (?:fix(?:ed)?|stop(?:ped)?|mitigated?|resolved?|recover(?:ed)?|contain(?:ed)?|repair(?:ed)?|undo|undid|end(?:ed)?)(?: (?:it|this|the [\w-]+))?\??$|^how (?:was|did) it (?:get )?(?:fixed|resolved|mitigated|stopped|contained|end)\??$/, score: 2 },
    { field: 'resolution', re: /\bresolution\b|\brecovery\b|\bmitigation\b|\bremediation\b|\bworkaround\b|\bhow (?:it was|we|was it) (?:fixed|resolved|mitigated)\b|^(?:fix|fixes|response|incident response|the fix|resolving)$/, score: 2 },
    // communication
    { field: 'communication', re: /\bcommunications?\b|\bstatus (?:page|updates?)\b|\bannouncements?\b|\bcustomer (?:messaging|notifications?)\b/, score: 2 },
    // lessons learned
    { field: 'lessons_learned', re: /\blessons?(?: learned| learnt)?\b|\bwhat went (?:well|wrong|poorly|badly|right)\b|\bwhat (?:didn't|did not) go (?:so )?well\b|\bwhat could have gone better\b|\bwhere we got lucky\b|\btakeaways?\b|\blearnings?\b|\bwhat we learned\b|\breflections?\b/, score: 3 },
    // action items
    { field: 'action_items', re: /\baction items?\b|^ais?$|(?<!\b(?:customer|client|user|member|partner|merchant)s?[ \t])\bfollow[- ]?ups?\b(?![ \t](?!items?\b|actions?\b|tasks?\b|work\b|list\b)[a-z])|\bfollow[- ]up (?:items|tasks|actions)\b|\bnext steps\b|\b(?:corrective|preventive|preventative|remedial|review|remediation|improvement) (?:and (?:preventive|preventative) )?(?:actions?|measures?|items|tasks)\b|\baction plan\b|\bremediation plan\b|\bprevention\b/, score: 3 },
    { field: 'action_items', re: /\b(?:planned|proposed|open|pending|future|next|remaining|outstanding|preventive|preventative|corrective|(?:short|medium|mid|long)[- ]term|technical|process|documentation|tooling|monitoring|operational|reliability|security) (?:actions|items|tasks|work|fixes|measures|improvements|changes|follow[- ]?ups)\b/, score: 3 },
    { field: 'action_items', re: /\bimprovements\b|\bactions\b|\bfuture work\b|\bproactive measures\b|\bwhat we(?:'re| are| will be)? (?:doing|changing|going to do)\b|\bwhat (?:are|will) we (?:be )?(?:doing|changing|going to (?:do|change))\b|\bwhat (?:we(?:'ll| will| are going to| plan to| should)|will we|should we) (?:do|change)(?: (?:differently|next|now|about it))?\b|\bchanges we(?:'re| are)? making\b|\bthings we(?:'ll| will| are going to| plan to)? (?:do|change|fix|improve)\b|\bgoing forward\b|\bto ?dos?\b|\bcountermeasures\b|\bmeasures\b(?![ \t]of[ \t](?:success|effectiveness|outcome))/, score: 1 },
    // `What's next:` over the list of follow-ups.
    { field: 'action_items', re: /^what(?:'s|’s| is| comes) next\??$/, score: 3 },
    // The Try of a Keep / Problem / Try retrospective (`## Try`, `### T (Try)`).
    { field: 'action_items', re: new RegExp(`${RETRO_TRY}|\\bkpt\\b[^\\n]{0,20}\\btry\\b`), score: 3 },
  ],
  cues: {
    cause: [
      /\broot[ -]?causes?\b/i,
      /\b(?:was|were|is|are|been) (?:ultimately |likely |probably |mainly |primarily |partly |directly )?(?:caused|triggered|brought on) by\b/i,
      /\b(?:caused|causing|causes) (?:by|the|a|an|this|it|our|all|some|these|those|\w+ to)\b/i,
      /\b(?:due to|because(?: of)?|owing to|as a result of|resulted from|results from|stemm(?:ed|ing) from|traced (?:back )?to|attributed to|the (?:cause|culprit|trigger|source of the (?:issue|problem)) (?:was|is))\b/i,
      /\b(?:which|that|this) (?:led to|caused|triggered|resulted in)\b/i,
      /\b(?:we |it was |was )?(?:determined|found|discovered|realized|realised|concluded|identified|learned|confirmed) that\b|\bthe suspicion is\b|\bturned out\b|\bwhat (?:we|nobody|no one) (?:did(?:n't|n’t| not) )?(?:know|knew|reali[sz]e|realized|realised|see|saw|notice|noticed) (?:was|is) that\b|\bthe (?:problem|issue|bug|culprit|reason|explanation) (?:was|is|turned out)\b|\bexplanation revealed\b/i,
      { first: /\battackers?\b/gi, then: /^(?: \w+){0,3} (?:compromised|gained|used|exploited|obtained|published|accessed|stole|took over)\b/i, within: 0 },
      /\b(?:was|were|had been) (?:compromised|exploited|hijacked|breached)\b/i,
      // `Two things stacked:`, `three changes combined`: the causes, counted, before the list that gives them.
      /\b(?:two|three|four|several|a[ \t]few)[ \t](?:things|changes|factors|problems|issues|mistakes)[ \t](?:stacked|combined|compounded|lined[ \t]up|came[ \t]together|went[ \t]wrong[ \t]at[ \t]once)\b/i,
      // `captcha fail-open during provider outage`, `the plugin fails open`: a safeguard that let everything through when it broke.
      /\bfail(?:s|ed|ing)?[- ]open\b/i,
      // `A read-only API token … was pasted into a public GitHub gist`: how a secret got where others could read it.
      { first: /\b(?:tokens?|keys?|secrets?|passwords?|credentials?)\b/gi, then: /\b(?:was|were|got|had[ \t]been|been)[ \t](?:pasted|committed|posted|pushed|published|uploaded|checked[ \t]in|hard-?coded|embedded|logged|printed)[ \t](?:into|in|to|on)\b/i, within: 80 },
      // `the TLS certificate for static.example.com expired`: what ran out is the cause of an expiry incident.
      { first: /\b(?:certificates?|certs?|tokens?|keys?|domains?|licen[cs]es?|passwords?|credentials?|subscriptions?)\b/gi, then: /\bexpired\b/i, within: 60 },
      // `…only allows a fixed list of addresses, so after the update the controllers could no longer sync`: a mechanism, then what failed.
      // (`… only kicks in on a 5xx, not on a timeout. So quotes failed instead of degrading.`: the same, a sentence on.)
      { first: /(?:^\s*|[,.;][ \t]+)so\b/gi, then: /\b(?:could(?:n't|n’t| not| no longer)|stopped|failed|refused|broke|rejected|went down|crashed|timed out|(?:was|were)(?:n't| not) able)\b/i, within: 60 },
    ],
    incident: /\b(?:outages?|down|downtime|dropouts?|buffering|dead[ \t]air|slow\w*|rejected|rejecting|disappear\w*|vanish\w*|paged|incident|impact\w*|unavailab\w*|degrad\w*|disrupt\w*|affected|offline|stale|worse|leak\w*|stall\w*|halt\w*|broken|errors?|fail\w*|delay\w*|recover\w*|restor\w*|resolv\w*|fixed|issue|problem|lasted|lasting|unreachable|stuck|crash\w*|hung|blocked|interrupt\w*|stopped|not (?:accessible|available|usable|working|reachable)|unusable|inaccessible|exposed|exposure|vulnerable|compromised|went down|go down|unable to|locked out|logged out|(?:could|can)(?:not|n't| not)|(?:was|were) not able to|(?:did not|didn't|didn’t|never) (?:run|fire|start|execute|go out)|(?:was|were) not (?:sent|delivered|run|processed)|(?:nobody|no one|no-one)(?: [\w-]{1,20}){0,3} (?:could|can|was able to))\b/i,
    // (`The Plant was therefore non-compliant with the instruction for 40 minutes`: a regulator's word for it.)
    // (`new episodes … did not appear in public RSS feeds`: what did not happen.)
    incidentMore: /\bnon-?complian(?:t|ce)\b|\b(?:did(?:[ \t]not|n't|n’t)|never)[ \t](?:appear|show[ \t]up|load|update|arrive|sync|refresh)\b/i,
    windowLabel: /^(?:when|period|time[ \t]?frame|window|(?:impact|outage|incident|affected)[ \t](?:window|period))$/i,
    timelineDown: /\b(?:(?:site|service|api|app|website|portal|system|platform|cluster|database|everything|it)[ \t](?:is|was|went)[ \t](?:fully[ \t]|completely[ \t])?(?:down|offline|unavailable|unreachable)|down[ \t]from[ \t]here|(?:outage|impact|downtime)[ \t](?:begins|began|starts|started)|(?:start|beginning)[ \t]of[ \t](?:the[ \t])?(?:outage|impact|downtime)|first[ \t](?:[\w-]+[ \t]){0,3}?(?:failed|failing|failures?|errors?|timeouts?|5\d\ds?)|(?:start(?:s|ed)?|began|begins?)[ \t](?:failing|erroring|timing[ \t]out|to[ \t]fail))\b/i,
    timelineBack: /\b(?:(?:is|was|are|were)[ \t](?:fully[ \t])?back(?:[ \t](?:up|online|to[ \t]normal))?|fully[ \t](?:back|restored|recovered|operational)|back[ \t]to[ \t]normal|all[ \t]clear|(?:outage|impact|downtime)[ \t](?:ends|ended|is[ \t]over|was[ \t]over)|end[ \t]of[ \t](?:the[ \t])?(?:outage|impact|downtime)|(?:service|site|everything)[ \t](?:is[ \t]|was[ \t])?(?:fully[ \t])?(?:restored|recovered)|back[ \t]to[ \t](?:the[ \t])?normal[ \t]level|(?:working|normally)[ \t]again|(?:errors?|failures?)[ \t](?:stop(?:ped)?|cleared|subsided))\b/i,
    noDowntime: /\b(?:there (?:was|were|has been) no (?:downtime|outage|service (?:outage|disruption|interruption|downtime))|(?:with|caused|involved) no (?:downtime|outage)|without (?:any )?(?:downtime|an outage|service interruption)|no (?:services? (?:went|was|were) down|downtime (?:occurred|at all))|(?:every|all|each) (?:systems?|services?) (?:stayed|remained|kept) (?:up|available|running|working)|(?:the )?(?:site|service|platform|app) (?:never went|did not go|didn't go|stayed) (?:down|up))\b/i,
    vagueLength: /\b(?:(?:a )?few|several|multiple|many|a couple of|couple of)[ \t](?:hours|minutes|days|weeks)\b|\b\d{1,3}[ \t]?(?:-|–|to)[ \t]?\d{1,3}\+?[ \t]?(?:hours|hrs|minutes|mins|days|weeks)\b/i,
    // (`By the end of these 2-3 hours …`: the length the sentence points back to.)
    lengthBefore: ['for', '—', 'these', 'those', 'impact was', 'downtime was', 'outage was', 'disruption was', 'impact lasted', 'locked out for', 'logged out for', 'adding up to', 'added up to', 'amounting to', 'lasted', 'lasting', 'last', 'took', 'taking', 'spanned', 'spanning', 'totalling', 'totaling', 'total of', 'over', 'during', 'duration of', 'length of', 'outage of', 'downtime of', 'down for', 'unavailable for', 'offline for', 'degraded for', 'stalled for', 'halted for', 'impact of', 'was down for', 'were down for', 'was out for', 'were out for', 'was unavailable for', 'were unavailable for', 'was offline for', 'was broken for', 'was degraded for', 'was stalled for', 'was halted for', 'was impacted for', 'were impacted for', 'was affected for', 'were affected for'],
    approximately: ['a little over', 'a bit over', 'a little under', 'a bit under', 'about', 'around', 'approximately', 'approx.', 'roughly', 'nearly', 'almost', 'over', 'under', 'just over', 'just under', 'more than', 'less than', 'at least', 'up to', 'close to', 'some', 'an estimated', 'a total of', 'a period of', 'the next', 'the following'],
    lengthAfter: /^(?:[ -](?:long|lasting)\b|\s+(?:(?:full|total|complete|partial|major|minor)\s+(?:outage|downtime|disruption)|of (?:downtime|outage|disruption|unavailability|degradation|degraded|impact)|outage|downtime|disruption|incident|window))/i,
    lengthAfterAlone: /^\s+(?:late\b|between[ \t][^.\n]{1,40}?[ \t](?:and|&)[ \t](?:the[ \t])?(?:fix|resolution|recovery|restor\w*|mitigation|rollback|revert)\b|behind schedule\b|(?:had[ \t])?(?:passed|elapsed|went by)\b|before[ \t](?:I|we|they|someone|anyone)[ \t](?:yanked|pulled|rolled[ \t]back|reverted|unpublished|revoked|rotated|caught|stopped|killed|disabled)\b|before[ \t](?:I|we|they|someone|anyone|anybody|[A-Z][A-Za-z]{1,20}(?:[ \t][A-Z][A-Za-z]{1,20})?)[ \t](?:spotted|noticed|caught|detected|found)[ \t](?:it|this|the[ \t]\w+)\b|with(?:out|[ \t]no)[ \t](?!(?:any[ \t])?(?:issues?|problems?|errors?|incidents?|impact|data loss|downtime|interruptions?)\b)[\w-]{2,})/i,
    notLengthAfter: /^[\s,]*(?:later|after|ago|before|into|earlier|since|from|of (?:the|each)|per|each|in advance)\b/i,
    notLengthBefore: /\b(?:every|each|per|within|in under|in the (?:last|past|next)|last|past|(?<!\bfor the )next|timeout(?: of)?|ttl(?: of)?|interval(?: of)?|cache(?:d)? for|retention(?: of)?|after|before|(?<!(?:add(?:ing|ed|s)?|for) )up to|wait(?:ed|ing)?(?: for)?|sleep(?: for)?|delay of|set to|older than|at least)\s*$/i,
    services: [
      // `- **Finance reconciliation** (`fin_recon_daily`) failed on 17, 18 and 19 September`: a system named in bold, then what went wrong with it.
      { first: /\*\*[A-Z][^*\n]{1,40}\*\*/g, then: /\b(?:failed|broke|stopped|showed stale|was down|went down|errored|timed out|was unavailable|were unavailable|returned errors)\b/i, within: 40 },
      // `unlock requests to 212 of our 418 stations failed or timed out`: what people asked for, and that it failed.
      { first: /\b[A-Za-z][a-z]{2,19}[ \t]requests?\b/g, then: /\b(?:failed|timed[ \t]out|errored|were[ \t]rejected)\b/, within: 50 },
      // `our nightly invoice-generation job ran twice`, `the export job did not run`: a job that ran when it should not, or did not.
      { first: /\b(?:job|batch|cron(?:job)?|task|workflow)\b/g, then: /^[ \t]{1,2}(?:ran[ \t]twice|ran[ \t]two[ \t]times|double-ran|did[ \t]not[ \t]run|didn't[ \t]run|didn’t[ \t]run|never[ \t]ran)\b/, within: 1 },
      // `Product search on Trailmap (web and apps) returned errors`, `the partner endpoint /v2/search also failed`, `Search … quietly returned fewer results`.
      { first: /\b(?:search|checkout|login|sign-?in|endpoint|feature|page|app)\b/gi, then: /^[^.!?\n]{0,60}?[ \t](?:returned|returning|threw)[ \t](?:errors?|5\d\d|5xx|failures?|(?:far[ \t])?(?:fewer|incomplete|wrong|stale|empty|partial|outdated)[ \t](?:results?|data|responses?))\b|^[^.!?\n]{0,40}?[ \t](?:also[ \t])?failed\b/i, within: 0 },
      // `all API traffic from Halloway … was limited to 60 requests per minute`, `their integration stopped syncing`.
      { first: /\b(?:API|integrations?|traffic|sync)\b/gi, then: /^[^.!?\n]{0,60}?[ \t](?:was|were)[ \t](?:limited|throttled|blocked|rate[- ]limited)\b|^[ \t](?:stopped|ceased)[ \t](?:syncing|working|sending|receiving|processing)\b/i, within: 0 },
      // `the sort allocation controller (SAC) lost its write connection to the baggage database and dropped into fallback mode`: a system cut off, or in its fallback mode.
      /\blost[ \t](?:its|their)[ \t](?:[a-z]+[ \t])?connections?[ \t](?:to|with)\b|\b(?:dropped|went|fell|switched)[ \t]into[ \t](?:its[ \t]|a[ \t])?(?:fallback|degraded|safe|read-only|failsafe|fail-safe|emergency)[ \t]mode\b/i,
      // `the irrigation scheduler stopped delivering commands`, `the feed generator quietly stopped publishing`: a part that stopped doing its work.
      { first: /\b(?:scheduler|dispatcher|consumer|producer|publisher|poller|sender|mailer|notifier|exporter|importer|generator|renderer|indexer|ingester|ingestor)s?\b/gi, then: /^[ \t](?:silently[ \t]|quietly[ \t]|simply[ \t])?(?:stopped|ceased)[ \t](?:delivering|sending|publishing|processing|receiving|syncing|working|dispatching|generating|updating|running|firing|polling|indexing|rendering)\b/i, within: 0 },
      // `the access gates at Skarvfjell rejected most season passes`: a machine at the door that turned valid tickets away.
      { first: /\b(?:(?:access |entry |ticket |card )?gates?|gate readers?|card readers?|ticket readers?|scanners?|turnstiles?|kiosks?|validators?|barriers?)\b/gi, then: /^[^.!?\n]{0,30}?[ \t](?:rejected|rejecting|refused|refusing|declined|declining)[ \t](?:most|all|every|valid|many|some|nearly|almost|\d)/i, within: 0 },
      // `Every CI pipeline failed at the "publish" step`, `deploys were blocked`: the delivery pipeline names what was hit.
      { first: /\b(?:pipelines?|builds?|deploys?|deployments?)\b/gi, then: /^[^.!?\n]{0,30}?[ \t](?:failed|were[ \t]blocked|was[ \t]blocked|broke|stopped)\b/i, within: 0 },
      // `outbound webhooks to merchants were delayed`: what was sent late names what was hit.
      // (`Gmail-bound mail sent from shared IP pool \`pool-b\` was heavily deferred`.)
      { first: /\b(?:webhooks?|e-?mails?|mail|notifications?|push(?:es)?|messages?|deliveries|reports?|exports?|payouts?|invoices?|syncs?)\b/gi, then: /^[^.!?;\n]{0,50}?[ \t](?:were|was)[ \t](?:heavily[ \t]|badly[ \t]|widely[ \t])?(?:delayed|held[ \t]up|not[ \t]delivered|dropped|deferred|throttled|bounced)\b/i, within: 0 },
      // `the "Move to cart" button did not work`, `the booking form stopped working`: something people use that did not work.
      { first: /\b(?:buttons?|pages?|forms?|links?|screens?|tabs?|menus?|widgets?)\b/g, then: /^["”']?[ \t]{1,2}(?:did[ \t]not[ \t]work|didn't[ \t]work|didn’t[ \t]work|stopped[ \t]working|(?:was|were)[ \t]not[ \t]working|wasn't[ \t]working|weren't[ \t]working)\b/, within: 1 },
      // `listings disappeared from search results`, `app.snapgrid.com loaded as a blank white page`.
      /\b(?:disappeared|vanished|went[ \t]missing|were[ \t]hidden)[ \t]from[ \t](?:the[ \t]|our[ \t])?[a-z]/i,
      /\b(?:loaded|rendered|came[ \t]up)[ \t](?:as[ \t])?(?:an?[ \t])?(?:blank|empty|broken)[ \t](?:white[ \t])?(?:pages?|screens?)\b/i,
      // `Goods-to-person picking in zones A–D stopped for 47 minutes`: what stopped, and for how long.
      /(?<!\b(?:we|I|they|he|she|you|everyone|everybody)[ \t])\b(?:stopped|halted|froze|stalled)[ \t]for[ \t](?:about[ \t]|around[ \t]|roughly[ \t]|nearly[ \t]|almost[ \t]|over[ \t]|~[ \t]?)?\d/i,
      // `checkout was down`, `the API is unavailable`.
      /\b(?:was|were|is|are|went|became|had been|has been|remained|got) (?:hard |completely |fully |partially |partly |temporarily |briefly |largely |mostly |intermittently |effectively )?(?:down|unavailable|offline|unreachable|inaccessible|degraded|broken|impacted|affected|unresponsive|not (?:available|reachable|responding|working|loading|accessible)|failing|stalled|halted|stuck|overloaded|returning errors|crashing|crashlooping)\b/i,
      // `outage of the search API`, `errors in checkout`.
      // (`the errors we have in the headstash contract`: what the team found wrong, and where.)
      /\b(?:outages?|downtime|disruption|degradation|unavailability|failures?|incident|issues?|problems?|errors?|bugs?) (?:we (?:have|had|found|hit|saw) )?(?:of|in|to|on|for|with|affecting|impacting) (?:the |our |all |some |several |many |most )?\w/i,
      // `the queue service itself became the bottleneck`, `the session service started timing out`.
      /\b(?:service|api|database|db|cluster|queue|gateway|proxy|backend|store|registry|storage|bucket|broker|cache)(?: itself)? (?:became (?:the |a )?bottleneck|(?:started|began) (?:timing out|failing|returning errors|rejecting|dropping)|ran out of)\b/i,
      // `Customers couldn't stay logged in`, `riders could not check out`: what people could not do names the function.
      /\b(?:could ?n[o'’]t|(?:was|were) unable to|(?:was|were) not able to|no (?:one|team|users?|customers?|engineers?|developers?) could) (?:stay )?(?:log(?:ged)? ?in|sign(?:ed)? ?in|check ?out|pay|stream|book|order|download|upload|access|build|deploy|release|publish|merge|open the app|load the (?:app|site|page))\b/i,
      // `logged out of the web app`, `locked out of the admin console`.
      /\b(?:logged|locked|signed|kicked|shut) out of (?:the |our |their )?\w/i,
      // A cost or data incident that says no service went down: `There was no downtime`, `every system stayed up`.
      /\bthere (?:was|were) no (?:downtime|outage|service (?:outage|disruption|impact))\b|\b(?:every|all|each) (?:systems?|services?) (?:stayed|remained|kept) (?:up|available|running|working)\b/i,
      // `took down the API`, `affected checkout`.
      /\b(?:affected|affecting|impacted|impacting|took down|taking down|brought down|bringing down|knocked out|disrupted|disrupting|degraded|broke|breaking|crashed|stalled|halted) (?:the |our |all |some |several |many |most )?\w/i,
      // `Checkout outage`, `API errors`.
      new RegExp(String.raw`\b${THING} (?:outage|outages|downtime|disruption|failure|failures|incident|degradation|crash|crashes|errors|stall|halt)\b`, 'i'),
    ],
    titleFailure: /^(?:[45]\d\ds?|drops?|dips?|regress(?:ion|ions|ed)|declines?|(?:processing |delivery |queue )?backlogs?|wrong (?:prices?|totals?|amounts?|balances?|results?|figures?|numbers?|data|charges?)|sent twice|sent in duplicate|double[- ]sent|duplicated|down|outages?|downtime|unavailab(?:le|ility)|unreachable|fail(?:s|ed|ing|ures?)?|errors?|broken|break(?:s|ing|age)?|degrad(?:ed|ation|ing)|disrupt(?:ed|ion|ions)?|incident|issues?|problems?|crash(?:es|ed|ing)?|stall(?:s|ed|ing)?|halt(?:s|ed)?|slow(?:ness|down|downs)?|delay(?:s|ed)?|stale|latency|timeouts?|not working|not loading|not responding|bounc(?:ed|ing|es)|blow-?ups?|stop(?:s|ped)(?: [a-z]{2,20}ing)?|not allocating|not receiving|inaccessible|interruptions?|leak(?:s|ed|age)?|compromis(?:e|ed)|expir(?:y|ed|ation|ing)|exhaust(?:ed|ion)|starvation|overload(?:ed)?|bugs?|vulnerabilit(?:y|ies)|attacks?|injection|remote code execution|rce|exploit(?:s|ed)?|hugs?|flood(?:s|ed|ing)?|rate limit(?:s|ed|ing)?|rate-limit(?:s|ed|ing)?|storm|overwrite|deleted|loss|lost|stuck|hang|hung|rollback|split brain|split-brain|corrupt(?:s|ed|ion)?|404|5\d\d)$/i,
    servers: [
      // `12,000 servers … were restored`, `the node was replaced`.
      { first: /\b(?:servers?|hosts?|nodes?|machines?|vms?|workers?|racks?)\b/gi, then: /\b(?:restored|recovered|back online|back up|brought back|came back|replaced|rebuilt|re-?provisioned|rebooted|restarted|healthy again|(?:fully )?operational|returned to service|rolled (?:over|back)|recycled|drained and replaced)\b/i, within: 80 },
      // `restored all 32,000 servers`, `rebooted the affected nodes`.
      { first: /\b(?:restored|recovered|replaced|rebuilt|re-?provisioned|rebooted|restarted|brought back|recycled|rolled over|cordoned and drained|drained)\b/gi, then: /^[^.!?\n]{0,4}\b(?:the |all |both |affected |failed |unhealthy |sick |faulty |bad |\d[\d,.]{0,12} )?(?:[\w-]{1,20} )?(?:servers?|hosts?|nodes?|machines?|instances?|vms?|workers?|racks?)\b/i, within: 0 },
      { first: /(?<![\d,.])\d[\d,.]{0,15} (?:of|out of) /gi, then: /^(?:the )?\d[\d,.]{0,15} (?:servers?|hosts?|nodes?|machines?|instances?)\b/i, within: 0 },
      // A new host for a lost one, said in one sentence: `the node dying, then the new node spinning up`.
      { first: /\b(?:dying|died|dead|crash(?:ed|ing)|failed|lost|terminated|wedged|notready|not ready)\b/gi, then: /\bnew (?:nodes?|hosts?|servers?|machines?) (?:(?:is|are|was|were|being|been|now|finally|then|had|has|have|to be) ){0,2}(?:spinning up|spun up|came up|started|launched|provisioned|added)\b/i, within: 160 },
    ],
    serversAfterLoss: [
      /\b(?:servers?|hosts?|nodes?|machines?|workers?|vms?)(?: (?:were|are|was|is|being|had been|have been)){0,2} (?:added|spinning up|spun up|started|launched|provisioned|brought up|came up|coming up|rolled back|uncordoned|back online|healthy again|detected as healthy|joined)\b/i,
      { first: /\b(?:uncordoned|replaced|added|launched|provisioned|spun up|started|rebuilt|drained and deleted|rolled over)\b/gi, then: /^ (?:the |a |new |all |\d{1,6} )?(?:[\w-]{1,20} )?(?:servers?|hosts?|nodes?|machines?|workers?)\b/i, within: 0 },
      /\bnodes? (?:had to be )?(?:drained|rolled over|recycled|replaced)\b/i,
    ],
    people: /^\s{0,2}(?:(?:[\w-]{1,20}\s){0,2})(?:users?|customers?|clients?|accounts?|people|persons|members?|subscribers?|players?|merchants?|visitors?|students?|developers?|tenants?|organi[sz]ations?|orgs|individuals|households|end[- ]users)\b/i,
    loadBefore: /\b(?:peak|max(?:imum)?|simultaneous|concurrent)(?:[ \t](?:concurrent|simultaneous|online|active))?[ \t](?:users|connections|sessions|logins|players|viewers|visitors)\b|\bconcurrent[ \t](?:users|connections|sessions)/i,
    wholeAfter: /^(?!)/,
    // (English says the part and what it did after the number: `of whom 86 withdrew` may be the people hit.)
    partBefore: /(?!)/,
    impact: [
      // `Cust impact limited to slow store-locator lookups`: the terse form.
      // (`No effect on monitoring, alerting or sample safety. Purely money.`: the impact said to be none but its cost.)
      /\bno[ \t](?:effect|impact)[ \t]on[ \t][a-z]|\b(?:purely|only|just)[ \t](?:money|financial|a[ \t]cost)\b/i,
      /\bcust\.? impact\b/i,
      // `it still multiplied our function and storage costs roughly 7x`: in a cost case, how far the bill grew.
      /\b(?:multiplied|doubled|tripled|quadrupled)[ \t](?:our[ \t]|the[ \t])?(?:[a-z]+[ \t]){0,4}(?:costs?|spend|bill)\b|\b(?:costs?|spend|bill)[ \t](?:by[ \t])?(?:roughly[ \t]|about[ \t]|around[ \t]|nearly[ \t]|~)?\d{1,3}(?:\.\d)?[ \t]?[x×]/i,
      // `about 20% timed out at the gateway`, `rejected ~18% of win notices`: a share of the work that failed.
      /(?:^|[\s(])(?:about[ \t]|around[ \t]|roughly[ \t]|~)?\d{1,3}(?:\.\d)?[ \t]?%[ \t](?:of[ \t](?:them|requests|calls|orders|reports|payments|jobs)[ \t])?(?:timed[ \t]out|failed|errored)\b|\b(?:rejected|dropped|lost|failed|declined)[ \t](?:about[ \t]|around[ \t]|roughly[ \t]|~)?\d{1,3}(?:\.\d)?[ \t]?%[ \t]of\b/i,
      // People who could not do something, or who met errors.
      { first: PEOPLE, then: /\b(?:could not|couldn't|cannot|can't|could no longer|were unable|was unable|unable to|were not able|was not able|weren't able|failed to|fail to|had (?:their|no|to)|lost|experienced|experiencing|encountered|encountering|faced|facing|having (?:trouble|issues|problems|difficulty|difficulties)|had (?:trouble|issues|problems|difficulty|difficulties)|were greeted with|were (?:affected|impacted|blocked|logged out|shown|redirected|stuck|left|disconnected|charged|exposed|kicked out)|was (?:affected|impacted|blocked|exposed)|(?:were|was) (?:delayed|dropped|rejected|throttled|rate[- ]limited|interrupted|late|lost|hit)|(?:were|was) not (?:affected|impacted)|would have been|crash(?:ed|es|ing)?|timed out|were down|went down|stopped|wrote (?:in|to (?:us|support))|(?:contacted|called|emailed) (?:us|support|our support)|(?:opened|filed|raised) (?:support )?tickets)\b/i, within: 80 },
      // (`about 12% of players saw their ratings shown as 1500`: a value of theirs shown wrong, or reset.)
      { first: PEOPLE, within: 60, then: { first: SEEING, then: /['"‘“]?\b(?:errors?|failures?|timeouts?|issues?|problems?|outages?|4\d\d|5\d\d|exceptions?|crash(?:es|ed|ing)?|slow(?:ness|downs?)?|delays?|delayed|late|latency|empty|blank|broken|incorrect|wrong|stale|missing|not working|weren't working|wasn't working|disappear(?:ed|ing)?|vanish(?:ed|ing)?|duplicated?|come back|came back|revert(?:ed)?|pending|stuck|shown[ \t]as|reset|zeroed|wiped|no[ \t]new)\b/i, within: 30 } },
      // (`No rider or driver impact`: two kinds of people, joined.)
      /\b(?:no|zero|minimal|limited|little|some|significant|major|minor|severe|partial|full|total|customer|user|end[- ]user|client)[- ](?:(?:rider|driver|user|customer|guest|patient|student|merchant|seller|member|passenger|resident)[ \t](?:or|and|\/)[ \t])?(?:user|customer|client|end[- ]user|business|external|production|player|gamer|merchant|seller|patient|student|passenger|traveller|traveler|rider|driver|member|visitor|shopper|subscriber|tenant|partner|guest|resident|caller|borrower|patron|reader|viewer|listener|crew|homeowner)?[ -]?(?:impact|disruption|downtime|outage)\b/i,
      // People made to act or to go: `led node operators to downgrade`, `asking teams to scale down`, `you will need to log in again`.
      { first: /\b(?:led|forced|required|caused|asking|asked|requiring|forcing|leading)\b/gi, then: /\b(?:users|customers|clients|operators|validators|teams|developers|people|members|maintainers|authors|everyone) to\b/i, within: 30 },
      { first: /\bled to\b/gi, then: /\b(?:users|customers|clients|operators|validators|teams|developers|people|members)\b/i, within: 20 },
      /\byou (?:will )?(?:need|have) to\b|\bworst[- ]case\b|\bwiped out\b/i,
      // `Three hauliers missed rail cut-off for the 09:30 train`: people who missed what they were there for.
      { first: PEOPLE, then: /^[ \t](?:all[ \t])?missed[ \t](?:the[ \t]|their[ \t]|a[ \t])?(?:[a-z-]{2,15}[ \t]){0,2}(?:cut-?offs?|trains?|flights?|deadlines?|connections?|appointments?|sailings?|departures?|slots?|windows?)\b/i, within: 0 },
      // `those creators re-uploaded`: people made to do their part again.
      { first: PEOPLE, then: /^[ \t](?:had[ \t]to[ \t])?re-?(?:uploaded|upload|submitted|submit|entered|enter|sent|send|ordered|booked|registered|created)\b/i, within: 0 },
      // `11 scheduled episodes missed their publish time`: what people were waiting for, late.
      /\b(?:episodes?|posts?|orders?|shipments?|deliveries|releases?|payments?|reports?|trains?|flights?|vessels?|boxes|containers|newsletters?|emails?|jobs|payrolls?)[ \t]missed[ \t](?:their|its)[ \t]/i,
      // `No clinical data was lost`, `311 alert emails with patient identifiers for 287 distinct patients`: data, said as none lost or counted by whose it was.
      /\bno[ \t](?:clinical|customer|patient|user|member|student|personal|production)[ \t]data[ \t](?:was|were)[ \t](?:lost|exposed|affected|corrupted|accessed)\b|\b(?:identifiers|data|details|records|information|PII|PHI)[ \t](?:for|of|on)[ \t](?:about[ \t]|around[ \t])?\d[\d,]*[ \t](?:[a-z-]{2,15}[ \t])?(?:patients?|customers?|users?|members?|students?|employees?|people|persons|individuals|guardians?|families)\b/i,
      // `Audit logs show no use of the token from anywhere other than …`, `found no evidence of misuse`: what an exposed secret was used for, said as nothing.
      /\bno[ \t](?:use|misuse|unauthori[sz]ed[ \t]use|calls?|access)[ \t](?:of|on|to|with)[ \t](?:the[ \t]|that[ \t]|this[ \t])?(?:exposed[ \t]|leaked[ \t])?(?:token|key|credential|secret|password|certificate)s?\b|\bno[ \t](?:evidence|sign|signs|indication)[ \t]of[ \t](?:misuse|abuse|exploitation|unauthori[sz]ed[ \t](?:access|use))\b/i,
      // `Listeners saw nothing wrong`, `customers noticed no difference`: what people felt, said as nothing.
      { first: PEOPLE, then: /^[ \t](?:saw|noticed|felt|experienced|reported)[ \t](?:nothing|no[ \t](?:change|difference|issues?|problems?|errors?|impact|disruption))\b/i, within: 0 },
      // `This one didn't hurt riders or drivers`: who was not hit, said outright.
      /\b(?:did(?:n't|n’t|[ \t]not)|never)[ \t](?:hurt|affect|impact|touch)[ \t](?:any[ \t])?(?:users|customers|clients|riders|drivers|players|patients|merchants|guests|students|members|viewers|passengers)\b/i,
      // `… resulting on two offline events in each node`, `resulted in 412 failed payments`: a counted consequence.
      /\bresult(?:ed|ing|s)?[ \t](?:in|on)[ \t](?:\d{1,9}|two|three|four|five|six|seven|eight|nine|ten|several|multiple|dozens[ \t]of|hundreds[ \t]of|thousands[ \t]of)[ \t]/i,
      // `Sorting and price filters broke on all category pages`: something people use, then that it broke.
      { first: /\b(?:filters?|sorting|search(?:es)?|checkout|login|sign[- ]?in|payments?|pages?|buttons?|uploads?|downloads?|notifications?|links?|carts?|forms?|feeds?|playback|streams?)\b/gi, then: /\b(?:broke|stopped working|failed to (?:load|work|open)|went blank|disappeared|returned (?:nothing|no results|zero results|empty results))\b/i, within: 30 },
      // `38 doses given late`, `No patient harm was found`: what reached the people served, said as a count or as none.
      /\b(?:no|any|without)[ \t](?:patient|customer|user|client|member|resident)[ \t]harm\b|\b(?:doses?|orders?|payments?|deliveries|shipments?|appointments?|prescriptions?|parcels?)[ \t](?:were[ \t]|was[ \t])?(?:given|delivered|processed|shipped|sent|dispensed|filled)[ \t]late\b/i,
      // `Roughly 38% of card checkouts failed`, `1,600 orders were lost`: a counted share of what people tried to do, failed.
      /\b\d{1,3}(?:[,.]\d{1,3})?%?[ \t]of[ \t](?:the[ \t]|our[ \t]|all[ \t])?(?:[a-z]{2,15}[ \t])?(?:checkouts?|payments?|orders?|logins?|uploads?|transactions?|bookings?|purchases?|deliveries|messages?|emails?|calls?)[ \t](?:failed|were[ \t](?:lost|dropped|declined|rejected))\b/i,
      /\b\d{1,3}(?:,\d{3})*[ \t](?:checkouts?|payments?|orders?|logins?|uploads?|transactions?|bookings?|purchases?|deliveries|messages?|emails?|calls?)[ \t](?:failed|were[ \t](?:lost|dropped|declined|rejected))\b/i,
      // `1,214 contractors … received two identical payments`: people who got something twice or wrong.
      { first: PEOPLE, then: /\breceived[ \t](?:two|duplicate|duplicated|double|wrong|incorrect|no)\b/i, within: 40 },
      // `2,913 text messages containing descriptions were sent to 1,377 followers`: what was disclosed reached a count of people.
      { first: /\b(?:sent|disclosed|shown|exposed|e-?mailed|mailed|texted|leaked|revealed)[ \t]to[ \t](?:about[ \t]|around[ \t]|some[ \t]|roughly[ \t])?\d[\d,]*[ \t]/gi, then: /^(?:[a-z-]{1,20}[ \t]){0,2}(?:followers?|recipients?|residents?|citizens?|people|persons|users?|customers?|members?|subscribers?|patients?|students?|employees?|parents?)\b/i, within: 0 },
      // `Support contacts: 96`: customers wrote in about it.
      /\b(?:support|customer)[ \t](?:contacts|tickets|chats|calls|complaints|emails)[ \t]*[:：][ \t]*[~≈]?\d/i,
      // `nobody could create or send invoices`.
      /\b(?:nobody|no one|no-one) (?:could|was able to|were able to|managed to|can)\b/i,
      // `No running service was affected; the impact was entirely on our ability to change things`: what users felt, said as none.
      /\bthe (?:only |main )?impact was (?:entirely|only|limited to|confined to|purely|internal|mostly|largely|financial|reputational)\b|\bno (?:running|production|customer[- ]facing|user[- ]facing|live|patient[- ]facing) (?:services?|systems?|applications?|apps?) (?:was|were) (?:affected|impacted|down)\b/i,
      // `photos … showed as grey boxes`, `dashboards in the exposed folders`.
      /\b(?:showed|displayed|appeared|rendered) as (?:grey|gray|blank|empty|broken)\b|\bexposed (?:folders?|dashboards?|files?|documents?|records?)\b/i,
      { first: /\bresult(?:ed|s|ing)? in\b/gi, then: /\b(?:fail(?:s|ed|ing|ures?)?|errors?|outages?|downtime|unavailab(?:le|ility)|break(?:s|ing|age)?|loss|lost)\b/i, within: 80 },
      // Something people use that was down, broken or not working (not a node or a process: that is not what users felt).
      /\b(?<!(?:node|host|server|pod|instance|vm|container|machine|worker|runtime|replica|disk|volume|daemon|process|traffic|cpu|memory|load|usage)s? )(?:was|were|is|are|went|became|remained|been|being) (?:hard |completely |fully |totally |partially |partly |temporarily |briefly |largely |mostly |intermittently |effectively )?(?:down(?! to\b)|unavailable|offline|unreachable|inaccessible|unusable|degraded|not (?:available|reachable|responding|working|loading|accessible|usable))\b/i,
      /\b(?:does not|do not|did not|didn't|doesn't|don't|could not|couldn't|can not|cannot|weren't|wasn't|were not|was not|is not|are not|isn't|aren't|stopped|failed to) (?:launch|load|work|working(?: as expected)?|respond|responding|resolve|start|connect|sync|synced|being (?:included|processed|served|delivered|created)|(?:creating|producing|processing|serving|accepting|sending|receiving) (?:blocks?|requests?|traffic|transactions?|events?|messages?|logs?|data|builds?))\b/i,
      /\b(?:returned|returning|returns?|served|serving|threw|throwing|showed|showing|displayed|displaying|issued) (?:a |an |only |many |mostly |intermittent |sporadic )?(?:errors?|exceptions?|4\d\d|5\d\d|4xx|5xx|timeouts?|empty (?:responses?|pages?|results?)|blank (?:pages?|screens?)|stale (?:data|content|results?)|wrong (?:data|results?))\b/i,
      /\b(?:outage|downtime|disruption|degradation|data loss) (?:for|to|affecting|impacting) (?:users|customers|clients|everyone|all)\b|\b(?:no (?:new )?(?:blocks|transactions|requests|events|logs|data) (?:were |was )?(?:created|processed|produced|served|received|included|delivered))\b|\b(?:block production|throughput|ingestion|processing|delivery) (?:slowed|stalled|stopped|halted|dropped|was delayed)\b/i,
      { first: /\bprevent(?:ed|ing|s)?\b/gi, then: /\bfrom (?:\w+ ){0,2}(?:being|accessing|using|logging|sending|receiving|launching|connecting|reaching|completing|deploying|loading|starting)\b/i, within: 60 },
      // A breach: what was exposed or published.
      /\b(?:published malicious|malicious (?:versions?|packages?|code|releases?) (?:of|were|was)|(?:secrets?|credentials?|tokens?|keys?|passwords?|data|personal information) (?:were |was |being |had been )?(?:exposed|leaked|exfiltrated|stolen|at risk|compromised|accessed)|(?:exposed|leaked|exfiltrated|stole|accessed) (?:\w+ ){0,2}(?:secrets?|credentials?|tokens?|keys?|data))\b/i,
    ],
    ongoing: /(?:[~–-]|\bto|\buntil)[ \t]*(?:ongoing|present|now)\b|\b(?:is|remains|are|remain) (?:still )?(?:ongoing|unresolved|not resolved)\b|\bstill ongoing\b|\bnot yet (?:been )?resolved\b|\bhas not (?:yet )?been resolved\b/i,
    endEntry: /\b(?:resolved|resolution|recovered|recovers|recovery|restored|fully (?:functional|operational|recovered|restored|working|back)|back (?:up|online|to normal|in service|to service|to working)|working (?:order|again|normally)|returns? to normal|returned to normal|is up|are up|came back|mitigated|fixed|closed|all clear|normal (?:service|operations?|state)|operating normally|operational|healthy again|stabili[sz]ed|ended|to an end|no longer|completed?|succeeds?|succeeded|contained|unpublished|revoked|rolled back|reverted|turned (?:back )?on(?: again)?|works again|(?:were|was|been) (?:stopped|shut down|disabled|taken offline|removed|revoked|rotated)|removing the (?:\w+ ){0,2}access|no (?:further|more) (?:errors|issues|impact)|(?:mempool|queue|backlog)s? (?:is |was |were )?(?:empty|emptied|cleared|drained|processed)|recurrence|incident (?:closed|over|ended|resolved))\b/i,
    startEntry: /\b(?:down|outage|alerts?|alarm\w*|pag(?:ed|er|ing)|errors?|fail\w*|began|begins|started|starts|start of|detected|noticed|reported|declared|incident (?:declared|opened|started)|crash\w*|stall\w*|halt\w*|unavailable|degrad\w*|spike\w*|5\d\d|4\d\d)\b/i,
    milestoneLabels: [
      ['started', /^(?:incident )?(?:started|start|began|impact (?:started|began))\b/i],
      ['detected', /^(?:first )?(?:detected|detection|identified|noticed|alerted)\b/i],
      ['mitigated', /^(?:mitigated|mitigation|repaired|workaround)\b/i],
      ['resolved', /^(?:resolved|resolution|recovered|fixed|service restored)\b/i],
    ],
    // (`| Start of impact | 18:10 CEST |` … `| End of impact | 20:00 CEST |`: the same, said the other way round.)
    windowStart: /^(?:(?:incident|impact|outage)[ \t])?(?:start(?:ed)?|began|begin|beginning|occurred)$|^(?:start|beginning)[ \t]of[ \t](?:the[ \t])?(?:impact|incident|outage)$/i,
    windowEnd: /^(?:(?:incident|impact|outage)[ \t])?(?:end(?:ed)?|resolved|recovered|restored|mitigated|fixed|closed)$|^end[ \t]of[ \t](?:the[ \t])?(?:impact|incident|outage)$/i,
  },
  tables: {
    serviceHeader: /^(?:affected )?(?:services?|systems?|components?|features?|products?|apps?|applications?|platforms?|functionality)(?: names?)?$/i,
    unaffected: /^(?:none|no(?:ne)? impact|not (?:affected|impacted)|unaffected|unchanged|normal|working(?: normally)?|operational|ok|fine|n\/a)\b/i,
  },
  hostsDown: { first: /\b(?:servers?|hosts?|nodes?(?!\.js|js|_modules)|machines?|racks?|hypervisors?)\b/gi, then: /\b(?:went down|lost|offline|unreachable|dead|dying|died|notready|not ready|crash(?:ed|ing|es)?|unhealthy|terminated|unschedulable|wedged|failed|failing|failures?)\b/i, within: 60 },
  declaredKinds: [
    ['near-miss', /\bnear[ -]?miss\b/i],
    ['security', /\b(?:security|privacy|breach|leak|vulnerability|compromise|intrusion)\b/i],
    ['data-loss', /\bdata[ -]?(?:loss|corruption|correctness|integrity|inconsistency)\b/i],
    ['cost', /\b(?:cost|billing|spend|overspend|financial|budget)\b/i],
    ['infrastructure', /\b(?:infrastructure|data[ ]?cent(?:er|re)|facility|power)\b/i],
    ['degradation', /\b(?:degradation|degraded|performance|latency|slow(?:down|ness)?)\b/i],
    ['outage', /\b(?:outage|downtime|unavailability|service[ -]down)\b/i],
  ],
  kinds: [
    ['security', /\b(?:vulnerabilit(?:y|ies)|cve-\d{4}|exploit(?:ed|s|ing|able)?|compromis(?:e|ed|es|ing)|breach(?:ed|es)?|malicious|attackers?|phishing|unauthori[sz]ed (?:access|publish\w*|use|lookups?|viewing|queries)|insider (?:access|misuse|threat|snooping)|improper (?:access|lookups?) (?:of|to) (?:customer|member|patient|user)|remote code execution|rce|security (?:incident|issue|breach|vulnerability)|supply[- ]chain attack|(?:secrets?|credentials?|tokens?|keys?|passwords?) (?:were |was |got |had been )?(?:leaked|exposed|stolen|compromised)|(?:secrets?|credentials?|tokens?|keys?|passwords?) (?:were |was )?(?:printed|logged|committed|pushed|posted|published) (?:in|to|into) (?:a |the |our )?(?:public |CI |build )|(?:leaked|exposed|stolen|compromised) (?:secrets?|credentials?|tokens?|keys?|passwords?)|script injection|code injection|account takeover|worm|attack|(?:personal|customer|patient) (?:data|details|information) (?:was |were )?(?:sent|shown|mailed|disclosed) to the wrong (?:customers?|people|persons?|recipients?|users?|accounts?)|misdirected (?:letters|emails|mail|invoices|statements)|data exposure|(?:sent|e-?mailed|mailed|shown|disclosed|delivered) to the wrong (?:managers?|employees?|staff|recipients?|customers?|users?|people|guardians?|parents?|famil(?:y|ies)|households?|patients?|members?|students?)|(?:unauthori[sz]ed[ \t]disclosure|disclosure[ \t]of[ \t](?:education|student|patient|health|personal|customer|member)[ \t](?:records|data|information)))\b/i],
    // (`Loss of unsynchronised diary entries`, `diary entries lost during the upgrade`.)
    ['data-loss', /\bloss[ \t]of[ \t](?:[a-z-]{3,20}[ \t]){0,3}(?:entries|records|files|attachments|messages|photos|documents)\b|\b(?:entries|records|files|attachments|messages)[ \t](?:were[ \t]|was[ \t])?lost\b|\b(?:data loss|data[- ]?(?:integrity|correctness)|duplicate (?:[a-z]{2,12} ){0,2}(?:payments?|charges?|refunds?|disbursements?|payouts?|transactions?|drafts?|debits?|withdrawals?)|(?:paid|charged|billed|refunded|disbursed) twice|wrong (?:amounts?|net pay|balances?|totals?)|miscalculat(?:ed|ions?)|(?:over|under)-?(?:charged|billed|withheld|deducted)|too much (?:[a-z]+ ){0,3}(?:withheld|deducted)|lost (?:customer |user |[a-z]{3,12}[- ])?(?:data|logs|records|files|metrics)|(?:data|records|files|rows|logs|volumes?|metrics|samples|events|messages|recordings|videos|backups|snapshots|attachments|photos|documents) (?:were |was |got |had been )?(?:permanently |irreversibly |accidentally |irrecoverably )?(?:lost|deleted|corrupted|overwritten|wiped|destroyed)|dataloss|data corruption|corrupted data|overwr(?:ote|itten) (?:the )?(?:database|data|db))\b/i],
    ['infrastructure', { first: /\bdata ?cent(?:er|re)s?\b/gi, then: /\b(?:fire|outage|failure|went down|lost|power|flood(?:s|ed|ing)?|cooling|evacuat(?:ed|ion)|offline)\b/i, within: 40 }],
    ['infrastructure', { first: /\b(?:fire|flood(?:s|ed|ing)?|power (?:failure|outage|loss|cut)|outage|failure)\b/gi, then: /\b(?:at|in|of) (?:the |our |a |one )?(?:[a-z]{1,20} )?data ?cent(?:er|re)\b/i, within: 20 }],
    ['infrastructure', /\b(?:(?:building|server room|facility|battery|electrical) fire|(?<!\b(?:did|does|will|would|should|didn't|not|alerts?|pages?|alarms?) )fire (?:at|in)(?![ \t]?\d)|fire (?:broke out|spread)|power (?:failure|outage|loss|cut)(?![ \t-](?:line|helpline|hotline|number|phone|calls?|centre|center|reports?|map|page)s?\b)|loss of power|blackout|(?:servers|hosts|machines|racks?) (?:went|were) (?:down|offline|lost)|lost (?:all |the |\d+ )?(?:servers?|hosts?|machines?)(?![ \t-]?(?:connections?|connectivity|access|links?|communications?|contact|sessions?|heartbeats?)\b))\b/i],
    // `Cascading node failures`, `Two Kubernetes nodes went into NotReady state`, `Total node failure`: a fleet's machines failing (plural, or all of them).
    ['infrastructure', /\b(?:node|server|host|machine)[ \t]failures\b|\btotal[ \t](?:node|server|host)[ \t]failure\b|\b(?:nodes|servers|hosts|machines)[ \t](?:failed|went[ \t](?:down|offline|into[ \t]notready)|crashed|(?:became|were)[ \t](?:notready|not[ \t]ready|unresponsive))\b/i],
    // `Incident on … nodes resulting on two offline events in each node`: validator or cluster nodes that went offline.
    ['infrastructure', /\b(?:nodes?|validators?)\b[^.\n]{0,60}\boffline[ \t]events?\b|\boffline[ \t]events?\b[^.\n]{0,30}\b(?:nodes?|validators?)\b/i],
    // A bill that spiked: money spent, nothing down (before degradation: a cost spike is no slowdown).
    ['cost', /\b(?:cost|costs|billing|bill|spend|spending|charges?)[ \t](?:spike|spiked|incident|anomaly|overrun|blow-?up|surge|jump)\b|\bextra[ \t]\**[$€£][\d,.]+k?\**\s(?:on|to)\s(?:our|the)\s(?:[\w-]+\s)?(?:bill|invoice)\b|\b(?:overspend|cost overrun|runaway (?:costs?|spend|bill)|surprise (?:bill|invoice)|unexpected (?:bill|charges|spend|costs?))\b|\boverages?\b[^.\n]{0,30}[$€£¥₩][ \t]?\d|\b(?:hurt|hit|blew[ \t]up|blew[ \t]out|inflated|ran[ \t]up)[ \t](?:[\w-]+[ \t]){0,2}(?:cloud[ \t]|aws[ \t]|gcp[ \t]|azure[ \t])?(?:bill|invoice)\b|\bmost[ \t]expensive[ \t](?:[\w-]+[ \t]){0,2}(?:typo|mistake|bug|misconfiguration|incident|error)\b|\b(?:cloud|aws|gcp|azure|bigquery|snowflake|datadog|lambda|egress|s3|openai|api)[ \t](?:bill|costs?|spend|charges)[ \t](?:spiked|jumped|tripled|doubled|exploded|surged|went up|rose)\b|\bbill[ \t]for[ \t][^.\n]{3,60}?[ \t]came[ \t]to[ \t]\**[$€£¥₩][ \t]?\d|\b(?:cloud|aws|gcp|azure|s3|egress|cdn)[ \t]bill[ \t]for[ \t][a-z]{3,9}(?:[ \t]\d{4})?[ \t](?:was|came[ \t]to|hit)\b|\babout[ \t]money[ \t](?:rather[ \t]than|not)[ \t](?:downtime|an[ \t]outage|uptime)\b/i],
    // Worse service rather than none: after the kinds above, which are more specific.
    ['degradation', /\b(?:degraded (?:performance|service|mode|state|experience)|(?:performance|service|partial) degradation|partial (?:outage|disruption)|(?:elevated|increased|high(?:er)?) (?:error rates?|errors|latency|latencies|response times|failure rates?)|slow(?:ness|downs?)|slow (?:performance|responses?|page loads?|builds|queries)|intermittent(?:ly)? (?:errors|failures|timeouts|outages?|issues|unavailab\w*)|delayed (?:processing|delivery|jobs|builds|notifications|messages)|stuck (?:transactions?|payments?|jobs|orders|messages|requests|withdrawals|transfers)|degradation)\b/i],
    ['near-miss', /\b(?:near[- ]miss|caught before (?:it|they) (?:reached|affected)|no (?:customer|user|production) impact)\b/i],
  ],
  notApplicable: /N\/?A|not applicable|none/,
  deadlineAfter: [],
  rangeFrom: [],
  notice: {
    apology: /\b(?:we|i)[ \t](?:sincerely[ \t]|deeply[ \t]|truly[ \t]|unreservedly[ \t])?apologi[sz]e\b|\b(?:we(?:'re|’re|[ \t]are)|I(?:'m|’m|[ \t]am))[ \t](?:very[ \t]|deeply[ \t]|truly[ \t]|so[ \t]|really[ \t])?sorry\b/i,
    addressee: /\b(?:our|all|affected)[ \t](?:customers|users|merchants|players|members|subscribers)\b|\byou(?:r)?\b/i,
    internal: /\binternal\b|\bnot[ \t](?:sent|shared|published|shown)[ \t](?:to|with)[ \t]customers\b|\bfor[ \t](?:staff|employees)[ \t]only\b/i,
    separately: /\bseparate[ \t](?:apology|notice|letter|e-?mail)[ \t](?:was[ \t]|has[ \t]been[ \t]|went[ \t])?(?:sent|posted|published|out)\b|\b(?:apologi[sz]ed|wrote)[ \t]to[ \t](?:affected[ \t])?(?:customers|users|merchants|stores)[ \t](?:separately|directly|by[ \t]e-?mail)\b/i,
  },
  snapshot: {
    to: /^(?:to|recipients?)$/i,
    subject: /^(?:subject|re)$/i,
    posted: /^(?:posted|published)\b/i,
    reportDate: /^(?:date[ \t]of[ \t](?:this[ \t])?(?:report|submission)|report[ \t]date|date[ \t]submitted|submitted(?:[ \t]on)?|submission[ \t]date)$/i,
  },
  immediately: /(?:effective[ \t])?immediately|in[ \t]effect[ \t]now/,
  summaryMark: /[(（](?:summary|key points|highlights|overview|in brief|short version|at a glance)[)）]|\bat a glance\b|\bkey (?:points|takeaways)\b/i,
  blameTurnedDown: {
    reframed: /\bcould\b[^.\n]{0,60}\b(?:design|system|process|setup|architecture)\b/i,
    // (`human error rather than a system fault` keeps the blame: English puts what it turns down after `rather than`.)
    ratherThan: /(?!)/,
  },
  blamePhrases: [
    // `Marco needs to be more careful with prod configs`: a person told to take more care, by name.
    // (Not `We should be more careful`: the team, not a person.)
    { re: /\b(?:(?!(?:We|You|They|Everyone|Everybody|One|Teams?|People|Engineers|Reviewers|Operators)\b)[A-Z][a-z]{1,15}|[Hh]e|[Ss]he)[ \t](?:needs|has|should|must)[ \t](?:to[ \t])?be[ \t]more[ \t]careful\b/g },
    { re: /\bhuman[ \t]errors?\b/gi, instead: 'instead.processGap' },
    { re: /\boperator[ \t]errors?\b/gi, instead: 'instead.processGap' },
    // (`a duplicated promo push looks careless`: how a message seems to its readers, not a person.)
    { re: /\b(?<!\b(?:looks?|looked|seems?|seemed|appears?|appeared|sounds?|feels?)[ \t](?:a[ \t]bit[ \t]|very[ \t]|rather[ \t]|quite[ \t]|so[ \t])?)careless(?:ness|ly)?\b/gi },
    // (`We should have known at 06:10`: the team owning its own gap is what a blameless review asks for.)
    { re: /(?<!\b(?:[Ww]e|I|[Oo]ur[ \t]team|[Ee]veryone|[Aa]ll[ \t]of[ \t]us|[Ww]e[ \t]all)[ \t](?:really[ \t]|probably[ \t]|clearly[ \t])?)\bshould[ \t]have[ \t]known\b/gi, instead: 'instead.noInformation' },
    { re: /(?<!\b(?:[Ww]e|I|[Oo]ur[ \t]team|[Ee]veryone|[Aa]ll[ \t]of[ \t]us|[Ww]e[ \t]all)[ \t](?:really[ \t]|probably[ \t]|clearly[ \t])?)\bshould[ \t]have[ \t]noticed\b/gi, instead: 'instead.notAlerted' },
    { re: /\b(?:the[ \t])?fault[ \t]of\b/gi },
    // (`an error that quoted the wrong limit, which made the error look like their fault`, `users thought it was their fault`:
    // how it seemed to those it hit, not blame.)
    { re: /(?<!\b(?:(?:look(?:s|ed)?|seem(?:s|ed)?|appear(?:s|ed)?|sound(?:s|ed)?|feel(?:s)?|felt)[ \t](?:like|as[ \t]if[ \t]it[ \t]was)|(?:think|thinks|thought|believe[ds]?|assume[ds]?)[ \t](?:that[ \t])?it[ \t]was)[ \t])\b(?:his|her|their|your|my)[ \t]fault\b/gi },
    { re: /\bnegligen(?:ce|t|tly)\b/gi },
    { re: /\bincompeten(?:ce|t|tly)\b/gi },
    // (`a macro that blames GPS gaps on the carrier`: what a tool's text says, not anyone's blame.)
    // (`git blame says it came in with the 2023 migration`: the command that shows who last changed a line.)
    { re: /(?<!\b(?:macro|message|error|alert|log|tool|dashboard|script|page|template|bot|check|linter|runbook|banner|email|reply|response)s?[ \t](?:that[ \t]|which[ \t])?(?:always[ \t]|usually[ \t]|often[ \t]|just[ \t])?)(?<!\b(?:git|svn|hg)[ \t])\bblam(?:e|ed|es|ing)\b/gi },
    { re: /\bsloppy\b/gi },
    // `Kyle … didn't bother to test it in staging`: someone's care called into question (not `we didn't bother`, the team owning its gap).
    { re: /(?<!\b(?:[Ww]e|I)[ \t])\b(?:didn't|didn’t|did[ \t]not|never)[ \t]bother(?:ed)?[ \t]to\b|\bcouldn't[ \t]be[ \t]bothered\b/gi },
    // `Had Dmitri followed the runbook, …`: what a named person should have done, as the cause.
    { re: /\bHad[ \t](?:(?!(?:We|They|It|This|That|There|The|Our|Its)\b)[A-Z][a-z]{1,15}|he|she)[ \t](?:followed|read|checked|tested|waited|asked|run|ran|used|looked|double-checked|paid|done|reviewed|renewed|acted|responded|replied|escalated)\b/g },
    // `If he'd followed the decommissioning runbook this wouldn't have happened`: the same, said with if.
    { re: /\b[Ii]f[ \t](?:(?!(?:We|They|It|This|That|There|The|Our|Its|I|You)\b)[A-Z][a-z]{1,15}|he|she)(?:'d|’d|[ \t]had)[ \t](?:followed|read|checked|tested|waited|asked|run|used|looked[ \t]at|double-checked|reviewed|renewed)\b/g },
    // `because Derek did not read the guidelines`: a named person's omission as the reason.
    // (`because Timescale did not allow it`: what a product could not do, not a person's omission.)
    { re: /\b[Bb]ecause[ \t](?!(?:We|They|It|This|That|There|The|Our|Its|I)\b)[A-Z][a-z]{1,15}[ \t](?:(?:did[ \t]not|didn't|didn’t|never)(?![ \t](?:allow|support|accept|permit|handle|offer|expose|provide|return|work|scale|respond)\b)|forgot|failed[ \t]to|ignored|skipped)\b/g },
    { re: /\b(?:inexperienced|greedy|lazy|reckless|stupid|dumb|clueless|irresponsible|incompetent)[ \t](?:managers?|management|engineers?|developers?|people|staff|team|admins?|operators?|leadership|founders?|VCs?|executives?|interns?)\b/gi },
    { re: /\bwithout[ \t](?:being[ \t])?fully[ \t]aware\b/gi },
    // `Kevin ignored the reminders`: a person by first name who ignored what warned them (a full name is
    // read by the rule's own patterns).
    { re: /\b(?<![A-Z][a-z]{1,15}[ \t])(?!(?:We|They|It|This|That|There|The|Our|Its|He|She|Everyone|Nobody|Somebody|Someone)\b)[A-Z][a-z]{2,15}[ \t]ignored[ \t](?:the|all|both|his|her|every|several|repeated|multiple|\d{1,2}|two|three|four|five)[ \t](?:[a-z-]{2,15}[ \t])?(?:reminders?|warnings?|alerts?|emails?|notices?|messages?|pages?|requests?)\b/g },
    // `Dont take out million of USD for personal profit`, `lined their pockets`: people accused of enriching themselves.
    { re: /\b(?:take|takes|took|taking|cash(?:ed|es|ing)?|pull(?:ed|s|ing)?|withdr[ae]w(?:s|n|ing)?)\b[^.\n]{0,40}\bfor[ \t](?:their[ \t]own[ \t]|his[ \t]own[ \t]|her[ \t]own[ \t]|personal[ \t]|private[ \t])(?:profit|gain)\b|\b(?:lined|lining)[ \t](?:their|his|her)[ \t](?:own[ \t])?pockets\b/gi },
    // `the damages caused by the stewardship of TFL & LFG`, `the mess they created`: the harm laid at the door of those who ran it.
    { re: /\b(?:caused|created|made|brought)[ \t]by[ \t]the[ \t](?:stewardship|mismanagement|greed|incompetence|recklessness|negligence)[ \t]of\b|\bthe[ \t]mess[ \t](?:they|he|she)[ \t](?:created|made|caused|left)\b/gi },
    // `Root cause: Marco Bellini let the certificate expire.`: a person, by first and last name, who let something happen or
    // forgot, given as the root cause (a product does not `let`, `forget` or `overlook`).
    { re: /\b[Rr]oot[ \t]cause[ \t]?(?::|was|is)[ \t]{1,2}(?!(?:We|They|It|This|That|There|The|Our|Its|An?|No|Not|Human|Operator)\b)(?:[a-z]{3,15}[ \t])?[A-Z][a-z]{1,15}[ \t][A-Z][a-z]{1,15}[ \t](?:let|forgot|ignored|neglected|overlooked|skipped)\b/g },
    // (`Root cause: loader Gary Finnie failed to look at his handheld`: by role and name, what the person did not do.)
    { re: /\b[Rr]oot[ \t]cause[ \t]?(?::|was|is)[ \t]{1,2}[a-z]{3,15}[ \t][A-Z][a-z]{1,15}[ \t][A-Z][a-z]{1,15}[ \t](?:failed[ \t]to|did(?:n't|n’t|[ \t]not)|never)\b/g },
    // (`The root cause: Jonas shipped the retry wrapper without reading the provider's docs.`: a person by name who made a
    // change without a check, given as the root cause.)
    { re: /\b[Rr]oot[ \t]cause[ \t]?(?::|was|is)[ \t]{1,2}(?!(?:We|They|It|This|That|There|The|Our|Its|An?|No|Not|Human|Operator)\b)[A-Z][a-z]{1,15}(?:[ \t][A-Z][a-z]{1,15})?[ \t](?:shipped|merged|pushed|deployed|approved|applied|ran)\b/g, then: /^[^.\n]{0,100}?\bwithout[ \t](?:reading|checking|testing|asking|reviewing|looking|telling|running|verifying)\b/ },
    // `His slowness is the main reason we missed the window`: a person's trait as the reason.
    { re: /\b(?:his|her)[ \t](?:slowness|carelessness|laziness|sloppiness|inattention|incompetence)\b/gi },
  ],
  populations: [['customer', 'user', 'client', 'member', 'account', 'subscriber', 'player', 'visitor', 'shopper', 'buyer'], ['merchant', 'seller', 'vendor', 'store', 'shop', 'restaurant'], ['driver', 'rider', 'courier'], ['student'], ['patient'], ['employee', 'staff'], ['partner'], ['developer'], ['agent'], ['resident', 'citizen'], ['follower']],
  words: {
    zoneWord: String.raw`time[ _-]?zone`,
    exampleHeading: String.raw`templates?|examples?|samples?|appendix: templates?`,
    statusHeader: String.raw`status|state|progress|done`,
    severity: String.raw`critical|high|medium|moderate|low|minor|major|severe|blocker|trivial|informational|none|n/a|not[ \t]applicable`,
    timeColumn: String.raw`time|date|when`,
    incidentTitle: String.raw`\bincidents?\b|\boutages?\b`,
    notANumber: String.raw`n\/?a|none|unknown|not applicable|tbd|todo`,
    noLength: String.raw`none|no(?:[ \t](?:downtime|outage|impact))?|n\/a|zero|nil`,
    unaffected: String.raw`\b(?:not (?:affected|impacted)|unaffected|no impact)\b`,
    incidentDateLabel: String.raw`date of (?:the )?incident|incident date`,
    timeParticle: '',
    windowUntil: '',
    doneSection: String.raw`\b(?:done|completed|complete|resolved|implemented|already|what we did|immediate actions|checklist|template|someday|backlog|parking lot|wish ?list|nice to have)\b`,
    followUpSection: String.raw`\b(?:follow[- ]?ups?(?: (?:notes?|check|review))?|updates?|status updates?|addendum|postscript|progress since|where things stand)\b`,
    noteLead: String.raw`\b(?:internal )?notes?\b`,
    doneStatus: String.raw`done|completed?|closed|resolved|fixed|merged|shipped|finished|implemented|deployed|released|approved|adopted|enacted|in[ \t]effect|won'?t[ \t](?:do|fix)|wontfix|not[ \t]doing|dropped|cancell?ed|rejected|declined|abandoned|withdrawn|obsolete|out[ \t]of[ \t]scope`,
    donePast: '',
    doneStatusStart: String.raw`done|closed|complete[d]?|resolved|fixed|shipped|merged|approved|adopted|decided[ \t]{0,2}[:：—–-]|agreed,?[ \t](?:in|added[ \t]to|written[ \t]into|documented[ \t]in|at[ \t](?:the[ \t])?(?:review|retro(?:spective)?|postmortem|post-?incident[ \t]review))\b|won'?t[ \t](?:do|fix)|wontfix|cancell?ed|dropped|live[ \t](?:since|from|as[ \t]of)\b|live$|in[ \t]production[ \t]since\b`,
    doneWord: '',
    inUseWord: String.raw`in[ \t]use[ \t]since[ \t][^)\n]{1,20}|running[ \t]since[ \t][^)\n]{1,20}|last[ \t](?:held|run|done)[ \t](?:on[ \t]|in[ \t])?[^)\n]{1,20}`,
    droppedWord: String.raw`keep(?:ing)?[ \t](?:it[ \t])?as[ \t]is|no[ \t]change[ \t]needed|not[ \t]doing[ \t]it(?:[ \t]for[ \t]now)?|decided[ \t](?:against[ \t]it|not[ \t]to[ \t](?:do|pursue|proceed)[ \t]it|not[ \t]to[ \t]proceed)|(?:no[ \t]longer|not)[ \t](?:needed|pursued|planned|going[ \t]ahead)|(?:won'?t|will[ \t]not)[ \t](?:pursue|proceed)`,
    onHoldWord: String.raw`\b(?:on[ \t]hold|paused|parked|deferred)\b`,
    postponedWord: String.raw`\b(?:postponed|pushed(?:[ \t](?:back|out))?|moved|deferred|delayed|rescheduled|slipped|re-?dated|re-?targeted|re-?planned)[ \t](?:to|until|till|into)[ \t](?:the[ \t])?(?:Q[1-4]|H[12]|next|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}|\d{4}|FY)\b`,
    revisitWord: String.raw`\b(?:revisit(?:ed)?|re-?evaluate[ds]?|reconsider(?:ed)?|review(?:ed)?[ \t]again|decide[ds]?[ \t](?:in|after|at))\b`,
    serverNoun: String.raw`servers?|hosts?|nodes?|machines?|instances?|vms?`,
    serverCounter: '',
    peopleCounter: '',
    thingCounterAfter: '',
    thingCounterEnd: '',
    earlyMonth: '',
    monthEnd: '',
    midMonth: '',
    dueLabel: String.raw`\b(?:due|deadline|target|eta)\b`,
    dueLabelBare: '',
    thisYearEnd: '',
    actionStrength: String.raw`(?:strong(?:er)?|intermediate|moderate|weak(?:er)?)[ \t]actions?`,
    asOf: String.raw`\bas[ \t]of\b`,
    nextSprint: String.raw`next[ \t]sprint`,
    quarter: '',
    quarterAfter: '',
    ordinalBefore: '',
    allTimes: String.raw`all times|times are|times in`,
    timesWord: '',
    zoneBasis: '',
    zoneLabel: String.raw`(?:all )?times?|time ?zone|tz`,
    approxShort: String.raw`about|around|approximately|approx\.|roughly|nearly|almost|over`,
    meetingDecides: '',
    ownerWord: String.raw`owner|assign`,
    ownerPhrase: '',
    averageWord: String.raw`\b(?:avg|average|mean|median|p\d{2})\b`,
    plannedWord: String.raw`\b(?:planned|approved|scheduled|expected|estimated|target(?:ed)?|budgeted)\b`,
    measureBefore: String.raw`(?!)`,
    internalWord: String.raw`\binternal\b|\bin-house\b`,
    retroTry: RETRO_TRY,
    allItemsDone: String.raw`\b(?:all|every[ \t]one)[ \t](?:of[ \t])?(?:the[ \t])?(?:above|items[ \t]above|actions[ \t]above|action[ \t]items)[ \t](?:are|were|have[ \t]been|has[ \t]been)[ \t](?:now[ \t])?(?:done|closed|complete|completed|finished)\b`,
    doneLeadEnd: String.raw`\b(?:the[ \t]following|these)[ \t](?:changes[ \t]|fixes[ \t])?(?:were|was|have[ \t]been|has[ \t]been)[ \t](?:done|completed|shipped|implemented|deployed|applied|made)[.:]?$`,
    moreTime: String.raw`more|another|further|additional|extra`,
    totalLead: String.raw`total|overall`,
    statisticLead: String.raw`max(?:imum)?|average|avg|mean|median|p\d{2}|longest|shortest|min(?:imum)?|peak|worst|typical`,
    itemNumbers: String.raw`(?:#|\bNo\.?[ \t]?|\b(?:items?|actions?|AIs?|AI-)[ \t]?#?)(\d{1,2}(?:[ \t]?(?:,|&|and)[ \t]?#?\d{1,2})*)(?!\d)`,
    nextReport: String.raw`^(?:our[ \t]|the[ \t])?next[ \t](?:status[ \t])?(?:update|report)[ \t](?:is[ \t]|will[ \t]be[ \t])?(?:due|at|on|by|planned|scheduled|expected)\b|^(?:the[ \t])?(?:final|follow-up)[ \t]report[ \t]will[ \t](?:cover|include|say)\b`,
    costSection: String.raw`costs?|the[ \t]cost|what[ \t]it[ \t]cost(?:[ \t]us)?|cost[ \t]impact|financial[ \t]impact|billing[ \t]impact|the[ \t]bill`,
    formatWord: String.raw`format(?:ted|s)?|strings?|pattern|notation|layout`,
    equivalent: String.raw`equivalent|equiv\.?|or so|ish`,
    phoneWord: String.raw`numbers?|phones?|country[ \t]codes?|dialling|dialing`,
    enumMarker: String.raw`\(\d{1,2}\)`,
    labelsLabel: String.raw`labels?|tags?`,
    kindLabel: String.raw`type|incident[ \t]type|kind|category|classification|incident[ \t]class`,
    firstHalf: String.raw`H1|first[ \t]half`,
    secondHalf: String.raw`H2|second[ \t]half`,
    systemNoun: String.raw`systems?|services?`,
    sparedWord: String.raw`\b(?:not|no|un[a-z]+)\b`,
    keyValueHeader: String.raw`propert(?:y|ies)|fields?|items?|keys?|attributes?|names?|values?|details?|description|info(?:rmation)?|metrics?|figures?`,
    whenLabel: String.raw`when|dates?|times?|period|window|(?:impact|incident|outage)[ \t](?:window|period|time)|date[ \t]?(?:and|&|/)[ \t]?time`,
    numberHeader: String.raw`number|num\.?`,
    referencesLabel: String.raw`(?:useful |related |supporting |reference )?(?:links?|references?|resources|attachments?|sources|documents|artifacts|artefacts|evidence)|appendix|further reading|see also|related|(?:revision|document|version|change)[ \t]history|change[ \t]?log`,
    nearMiss: String.raw`\bnear[- ]miss(?:es)?\b|(?<!\b(?:not|never|wasn't|weren't|isn't) )\bcaught (?:in|on) (?:staging|pre-?prod(?:uction)?|canary|review|testing|ci)\b|\b(?:never|nothing|did not|didn't) (?:reached|reach|hit) production\b|\bcaught before (?:it|they) (?:reached|affected|hit)\b`,
  },
  itemsTracked: [
    { lead: /\b(?:action[ \t]items?|follow-?ups?|remediation[ \t]items?)[ \t](?:are[ \t])?tracked[ \t](?:in|on|at)\b/i },
    { lead: /\b(?:owners?|assignees?)[ \t](?:are|is)[ \t](?:tracked|assigned|recorded|kept)[ \t](?:in|on|at|via)\b/i, ref: true },
    // `The Society will report progress on those actions through its regular supervisory engagement`: a report handed over, its progress told elsewhere.
    { lead: /\breport[ \t]progress[ \t]on[ \t](?:these|those|the|all|our|its|their)[ \t](?:actions|action[ \t]items|commitments|measures|remediation[ \t]actions)[ \t](?:through|via|in|to)\b/i },
    // `Staff will include the status of the open actions in the quarterly Rider Information report to the Committee`.
    { lead: /\b(?:include|give|provide)\sthe\s(?:status|progress)\sof\s(?:the\s)?(?:open\s|remaining\s)?(?:actions|action\sitems|items|measures)\sin\s(?:the|its|our|their)\s(?:[\w-]+\s){0,3}report\b/i },
    // `Progress is reviewed at Crew Planning's weekly meeting`: the items' progress is kept at a standing meeting.
    { lead: /\bprogress[ \t](?:on[ \t](?:these|the|all)[ \t](?:actions|items)[ \t])?is[ \t](?:reviewed|tracked|checked|followed[ \t]up)[ \t](?:at|in)[ \t](?:the[ \t])?(?:[\w'’-]+[ \t]){0,3}(?:weekly|monthly|fortnightly|bi-?weekly|quarterly)[ \t](?:[\w-]+[ \t]){0,2}(?:meeting|review|sync|standup|call)\b/i },
    // `The Core will report completion of Actions 3 and 4 in its next quarterly progress report`.
    { lead: /\breport\s(?:the\s)?(?:completion|progress|status)\s(?:of|on)\s(?:these\s|those\s|the\s)?(?:actions?|action\sitems|measures|items)\b[^.\n]{0,60}\b(?:next|following|upcoming|quarterly|annual|separate)\s(?:[\w-]+\s){0,2}report\b/i },
  ],
  wentWrong: /^what went wrong\??$/,
  wentWell: /^(?:what went (?:well|right)|where we got lucky|what we got lucky with)\??$/,
  // A month's name is capitalised (`we may release` is no deadline).
  eventDeadline: /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:'s|’s)?[ \t](?:review|meeting|sync|stand-?up|retro|planning)\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}(?:'s|’s)?[ \t](?:drill|release|maintenance(?:[ \t]window)?|[Bb]oard(?:[ \t]meeting)?|planning|offsite|game[ \t]day|change[ \t]window|sale|launch|audit|renewal)\b|\b(?:[Dd]ue|[Dd]eadline)[ \t]?:?[ \t]?(?:immediately|same[ \t]day)\b/,
  text: TEXT,
};
