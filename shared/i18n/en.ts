import { en as words } from './words';

/**
 * English messages: model guide, classification reasons, risks, severities, platform names (the
 * in-sentence forms; these, the severities and the comparison's and import's kind and relation
 * words are taken from words.ts).
 *
 * A plain object, usable as an i18next resource as is (`{{param}}` interpolation, nested keys,
 * `_one`/`_other` plural suffixes chosen by the `count` param). Every other catalog has exactly
 * these keys and the same `{{params}}` per key (i18n.test.ts checks it). Wording of the model
 * guide is our own, after docs/domain.md and the two source articles.
 */
export const en = {
  models: {
    decentralized: {
      name: 'Decentralized',
      summary:
        'Every business unit or department opens and runs its own accounts, and nobody coordinates. Also called the organic model.',
      strengths: 'Authentic and close to each unit’s own audience; quick to get going.',
      weaknesses:
        'A tangle of accounts: the public cannot tell which one is official, and one side of the company does not know what the other is doing.',
      usedBy:
        'About one in ten large companies (10.8% in 2010, 9.4% in 2012). Oracle, with dozens of unrelated Twitter accounts, is the textbook case.',
    },
    centralized: {
      name: 'Centralized',
      summary: 'One central group – usually corporate communications or marketing – owns every account and publishes everything.',
      strengths: 'One consistent voice; suits regulated industries and organisations that aim mainly at branding.',
      weaknesses:
        'Clashes with the openness of social media; the central group turns into a help desk swamped with requests, and the model does not scale.',
      usedBy: 'Close to three in ten large companies (28.8% in 2010, 29.1% in 2012).',
    },
    'hub-and-spoke': {
      name: 'Hub and Spoke',
      summary:
        'A cross-functional central team (the hub) writes guidelines, trains and supports; business units and departments (the spokes) run their own accounts within those guidelines. Also called the coordinated model.',
      strengths: 'As authentic and relevant as decentralized, yet consistent; the hub doubles as a knowledge base.',
      weaknesses: 'Accounts can still sprawl unless the guidelines set conditions for opening new ones.',
      usedBy:
        'The most common model (41% in 2010, 35.4% in 2012). The American Red Cross, with a handbook for its local chapters, and the social media team of UPC Netherlands work this way.',
    },
    'multiple-hub-and-spoke': {
      name: 'Multiple Hub and Spoke',
      summary:
        'A central team sets the guidelines; regional or business-unit hubs translate them for their own spokes. Also called the dandelion model.',
      strengths: 'Fits multinationals and “companies within companies”; local hubs keep guidance close to each market.',
      weaknesses: 'Internal noise, ties between hubs that can be cut, and every hub needs its own people.',
      usedBy: 'Growing: 18% in 2010, 23.6% in 2012, mostly large multinationals.',
    },
    holistic: {
      name: 'Holistic',
      summary:
        'Every employee who wants to may represent the organisation online; the central team informs, enthuses and facilitates them. Also called the honeycomb model.',
      strengths: 'Fits the values of social media best; the natural choice when the goal is connecting and networking.',
      weaknesses: 'Needs real commitment from the board; leaders have to let go and invest in training.',
      usedBy:
        'Rare (1.4% in 2010, about 2.5% in 2012). Deloitte gives its employees professional monitoring tools; Dell and Zappos are other known examples.',
    },
  },
  undetermined: {
    name: 'Undetermined',
    summary: 'Add accounts and who owns or coordinates them, and the model will show.',
  },
  /** Beside the verdict (issue 14): the tentative mark and how common the model was in Altimeter's survey. */
  verdict: {
    tentative: 'tentative',
    tentativeHint: 'tentative: add the accounts and who runs them',
    confidence: '{{percent}}% confidence',
    survey: 'In Altimeter’s survey of 140 large companies, {{share2010}}% worked this way in 2010 and {{share2012}}% in 2012.',
    /** The decimal mark of the survey shares (10.8% in English, 10,8% in Dutch). */
    decimalMark: '.',
  },
  severity: words.severity.name,
  platforms: words.platform.inText,
  reason: {
    empty: 'The map has no accounts and no hubs yet, so there is no model to recognise.',
    'no-accounts': 'The map has no accounts yet, so the model is judged only from who coordinates whom.',
    'no-owned-accounts': 'No account on the map has an owner yet, so the model is judged from the structure alone.',
    'no-hub': 'Nobody coordinates social media: the map has no hub.',
    'uncoordinated-owners_one': 'One owner runs {{accounts}} of the {{total}} accounts with no hub coordinating it.',
    'uncoordinated-owners_other': '{{count}} different owners run {{accounts}} of the {{total}} accounts with no hub coordinating them.',
    'central-owner_one': '{{owner}} runs the only account on the map.',
    'central-owner_other': '{{owner}} runs {{owned}} of the {{count}} accounts.',
    'others-without-accounts_one': 'One other department, unit or team has no account of its own.',
    'others-without-accounts_other': '{{count}} other departments, units and teams have no account of their own.',
    'spokes-under-hub': '{{owned}} of {{total}} business units and departments run their own accounts under the guidance of {{hub}}.',
    'hub-coordinates_one': '{{hub}} coordinates one department, unit, team or employee group.',
    'hub-coordinates_other': '{{hub}} coordinates {{count}} departments, units, teams and employee groups.',
    'sub-hubs_one': 'Guidance flows down in layers from {{hub}}: one hub ({{hubs}}) takes its lead from another hub and guides its own spokes.',
    'sub-hubs_other': 'Guidance flows down in layers from {{hub}}: {{count}} hubs ({{hubs}}) take their lead from another hub and guide their own spokes.',
    'accounts-under-sub-hubs': '{{owned}} of the {{total}} accounts are run under a regional or business-unit hub.',
    'employees-facilitated_one': 'One employee group represents the organisation online, facilitated by {{hub}}.',
    'employees-facilitated_other': '{{count}} employee groups represent the organisation online, facilitated by {{hub}}.',
    'employees-unfacilitated_one': 'One employee group posts on behalf of the organisation without a hub to support it.',
    'employees-unfacilitated_other': '{{count}} employee groups post on behalf of the organisation without a hub to support them.',
    mixed: 'The map mixes {{firstModel}} ({{firstScore}}%) and {{secondModel}} ({{secondScore}}%): the evidence for the two is close.',
    // Verdicts a strategist can quote (issue 14): calibrated confidence, hubs by structure, mixed readings.
    'tentative_one': 'Only one account on the map has an owner: too little to be sure, so the verdict is tentative.',
    'tentative_other': 'Only {{count}} accounts on the map have an owner: too few to be sure, so the verdict is tentative.',
    'no-hub-idle-teams_one': 'Nobody coordinates social media: {{teams}} coordinates nobody yet.',
    'no-hub-idle-teams_other': 'Nobody coordinates social media: {{count}} teams ({{teams}}) coordinate nobody yet.',
    'side-by-side': 'The map has {{count}} hubs side by side, none taking its lead from another: {{hubs}}. Each guides its own part of the organisation.',
    'peer-hubs': '{{hubs}} are peers: they coordinate each other and none of them clearly leads.',
    'layered-hubs_one': 'One hub ({{hubs}}) takes its lead from another hub and guides its own spokes.',
    'layered-hubs_other': '{{count}} hubs ({{hubs}}) take their lead from another hub and guide their own spokes.',
    'cycle': 'Coordination runs in a circle ({{cycle}}), so it is unclear who sets the guidelines; the confidence is lowered until one hub takes the lead.',
    'mostly': 'Mostly {{model}}: {{share}}% of the accounts are run that way. Other parts of the map follow another model:',
    'partly': 'Only partly {{model}}: {{share}}% of the accounts are run that way. Other parts of the map follow another model:',
    'part-outside-hubs_one': '{{parts}} still runs social media of its own outside any hub (accounts: {{accounts}}).',
    'part-outside-hubs_other': '{{parts}} still run accounts of their own outside any hub ({{accounts}} in all, {{count}} owners).',
    'part-own-accounts_one': '{{parts}} also runs social media of its own, next to {{owner}} (accounts: {{accounts}}).',
    'part-own-accounts_other': '{{parts}} also run accounts of their own, next to {{owner}} ({{accounts}} in all, {{count}} owners).',
    'part-under-hub_one': '{{parts}} runs social media of its own under the guidance of a hub, as in hub and spoke (accounts: {{accounts}}).',
    'part-under-hub_other': '{{parts}} run their own accounts under the guidance of a hub, as in hub and spoke ({{accounts}} in all, {{count}} owners).',
    'part-employees_one': 'Members of the employee group {{parts}} post as themselves on behalf of the organisation, as in the holistic model (accounts: {{accounts}}).',
    'part-employees_other': '{{count}} employee groups ({{parts}}) post as themselves on behalf of the organisation, as in the holistic model (accounts: {{accounts}}).',
  },
  risk: {
    'orphan-account': {
      title: 'Orphan account',
      message: 'Nobody is responsible for {{account}} ({{platform}}).',
      advice: 'Give the account an owner who posts, answers and listens – or close it, so it cannot speak for the organisation unattended.',
    },
    'ungoverned-account': {
      title: 'Ungoverned account',
      message_one: '{{account}} is run by {{owners}}, outside the reach of every hub.',
      message_other: '{{count}} accounts run by {{owners}} are outside the reach of every hub: {{accounts}}.',
      advice: 'Bring {{owners}} under a hub’s guidance, or hand the accounts to a part of the organisation the hub already supports.',
    },
    'account-sprawl': {
      title: 'Account sprawl',
      message: '{{count}} {{platform}} accounts share {{links}}: {{accounts}} (run by {{owners}}).',
      advice: 'Check whether each account has an audience of its own: merge those that do not, make each one’s audience explicit – and put conditions for opening new accounts into the guidelines.',
      links: {
        owner: 'the same owner',
        label: 'the same name',
        handle: 'the same handle',
      },
    },
    'help-desk-bottleneck': {
      title: 'Help-desk bottleneck',
      message: '{{owner}} runs {{owned}} of the {{total}} accounts, while {{units}} departments and units have none of their own and depend on it.',
      advice:
        'Let the departments closest to their audience run accounts of their own within shared guidelines, so {{owner}} can become a hub instead of a help desk.',
    },
    'severed-hub': {
      title: 'Severed hub',
      message: '{{hub}} has no line of coordination back to the central hub, {{central}}.',
      advice: 'Have {{central}} coordinate {{hub}}, so guidelines and knowledge reach its spokes too.',
    },
    'hub-not-cross-functional': {
      title: 'Hub not cross-functional',
      message: '{{hub}} guides others, yet fewer than two departments or units send people into it.',
      advice:
        'Make the team cross-functional: one or more people from every department or unit – customer service, sales, HR, product development, marketing, communications – so nobody feels left out.',
    },
    'isolated-unit': {
      title: 'Isolated unit',
      message: '{{unit}} runs no account, is guided by no hub and has nobody in any team.',
      advice: 'Connect it: let a hub coordinate it or invite someone from it into the social media team – or take it off the map if it plays no part.',
    },
    'empty-hub': {
      title: 'Idle team',
      message: '{{team}} coordinates nobody and runs no account.',
      advice: 'Give the team a job – guiding departments, training employees or running the central accounts – or remove it.',
    },
    'coordination-cycle': {
      title: 'Coordination cycle',
      message: 'Coordination runs in a circle: {{cycle}}.',
      advice: 'Decide who leads and remove one coordinates line, so guidance flows one way.',
    },
    'employees-without-hub': {
      title: 'Employees without a hub',
      message: 'The employee group {{group}} speaks for the organisation online with no hub to inform, enthuse and support it.',
      advice: 'Have a hub facilitate this group with guidelines, training and tools, as holistic organisations do.',
    },
    // Practices (issue 18)
    'missing-guidelines': {
      title: 'Guidelines missing',
      message: 'The written guidelines and procedures the spokes of {{hubs}} should work by are missing or incomplete.',
      advice:
        'Have the hub write guidelines and procedures – how to post, answer, escalate and open accounts – and share them as the units’ knowledge bank; the American Red Cross did it in a 109-slide handbook for its local chapters.',
    },
    'missing-account-rules': {
      title: 'No conditions for new accounts',
      message: 'In {{model}} the guidelines of {{hubs}} set no complete conditions for opening new accounts, so any spoke can open one.',
      advice:
        'Put conditions for opening new accounts into the guidelines and keep a register of every account: without them hub and spoke still ends in a tangle of accounts.',
    },
    'missing-board-commitment': {
      title: 'No board commitment',
      message: 'The map lets employees represent the organisation, but the board has not committed to it.',
      advice:
        'Win the board’s commitment first: in the holistic model social media are part of how the whole organisation works, not a marketing channel, and leaders have to let go.',
    },
    'missing-training': {
      title: 'People not trained',
      message: 'Employees speak for the organisation online, but the people who post are not trained.',
      advice:
        'Train the people who post – the guidelines, the tools, when to escalate – so they can be trusted; the central team’s job is to inform, enthuse and facilitate them.',
    },
    'practices-unrecorded': {
      title: 'Practices not recorded',
      message: 'The map shows who coordinates whom, not whether guidelines, account rules, training or the board’s commitment stand behind {{hubs}}.',
      advice: 'Record the scenario’s practices in the inspector (click an empty spot of the map): the structure alone does not decide whether a model works.',
    },
  },
  goals: {
    names: {
      branding: 'Branding',
      connecting: 'Connecting and networking',
      'customer-service': 'Customer service',
      sales: 'Sales',
      recruitment: 'Recruitment',
      'internal-communication': 'Internal communication',
      'co-creation': 'Co-creation',
    },
    reason: {
      'branding-centralized': 'One central group that publishes everything gives branding the single, consistent voice it needs.',
      'branding-hub-and-spoke': 'The hub’s guidelines keep the brand consistent while departments and units speak to their own audiences.',
      'connecting-holistic': 'Connecting and networking is what employees who represent the organisation as themselves do best.',
      'customer-service-hub-and-spoke':
        'Webcare needs customer service at the table and close to its customers; a cross-functional hub keeps the answers consistent.',
      'sales-hub-and-spoke': 'Sales works close to its prospects (social CRM); a hub lets it run accounts of its own within shared guidelines.',
      'recruitment-hub-and-spoke': 'HR can recruit through accounts of its own, within the guidelines of the hub.',
      'recruitment-holistic': 'Employees who post as themselves are the most credible recruiters, in their own networks.',
      'internal-communication-holistic': 'Internal communication is informing and enthusing employees – exactly the job of the central team in the holistic model.',
      'co-creation-holistic': 'Co-creation and crowdsourcing need many employees, product development included, talking with customers.',
      'co-creation-hub-and-spoke': 'Product development can run co-creation with its own accounts, within the guidelines of the hub.',
      multinational:
        'The organisation has semi-autonomous units or regions: regional hubs can translate the central guidelines for their own spokes, as multinationals do.',
    },
    fit: {
      fits: '{{model}} fits the goals: {{goals}}.',
      none: '{{model}} serves none of the goals ({{goals}}); {{suggestedModels}} would fit them better.',
      partly: '{{model}} does not serve every goal: {{goals}} would be better served by another model.',
      undetermined: 'There is no model yet to hold against the goals ({{goals}}); {{suggestedModels}} would fit them.',
      multinational: 'The organisation has semi-autonomous units or regions: Multiple Hub and Spoke would fit it better than {{model}}.',
    },
  },
  compare: {
    /** Joins the last two labels of a list: "Marketing and Customer Service". */
    and: ' and ',
    kinds: words.kindInText.withArticle,
    relations: words.relationInText,
    fields: {
      kind: 'kind',
      label: 'name',
      platform: 'platform',
      handle: 'handle',
      notes: 'notes',
    },
    path: {
      empty: 'Nothing to do: the two scenarios are the same.',
    },
    step: {
      'form-hub': 'Form a social media team, {{team}}, with people from {{members}}.',
      'form-hub-no-members': 'Form a social media team, {{team}} – with people from several departments, so it is cross-functional.',
      'form-team': 'Set up the team {{team}}.',
      'add-regional-hub': 'Set up {{hub}} as a regional hub under {{central}}, to guide {{spokes}}.',
      'make-regional-hub': 'Let {{hub}} act as a regional hub under {{central}}, guiding {{spokes}}.',
      'tie-hub': 'Tie {{hub}} to {{central}}: let {{central}} coordinate it, so the same guidelines reach its spokes.',
      'add-members': 'Bring people from {{members}} into {{team}}.',
      'add-part': 'Bring {{part}} ({{kind}}) into the social media organisation.',
      'put-under-guidelines_one': 'Put the account of {{owner}} ({{accounts}}) under the guidelines of {{hub}}.',
      'put-under-guidelines_other': 'Put the {{count}} accounts of {{owner}} ({{accounts}}) under the guidelines of {{hub}}.',
      coordinate: 'Let {{hub}} guide and support {{targets}}.',
      'facilitate-employees': 'Have {{hub}} facilitate {{group}} with guidelines, training and tools.',
      'change-relation': 'Between {{source}} and {{target}}: change “{{fromRelation}}” into “{{toRelation}}”.',
      'reassign-account': 'Hand {{account}} ({{platform}}) over from {{fromOwners}} to {{toOwners}}.',
      'adopt-orphan': 'Adopt the orphan {{platform}} account {{account}}: hand it to {{owners}}.',
      'open-account': 'Open {{account}} ({{platform}}), run by {{owners}}.',
      'open-account-no-owner': 'Open {{account}} ({{platform}}) – and decide who runs it.',
      'close-or-adopt-orphan': 'Close or adopt the orphan {{platform}} account {{account}} (run by {{owners}} until now).',
      'merge-sprawl_one': 'Merge the {{platform}} account {{accounts}} into {{into}}.',
      'merge-sprawl_other': 'Merge {{count}} {{platform}} accounts ({{accounts}}) into {{into}}.',
      'close-orphan': 'Close the orphan {{platform}} account {{account}}.',
      'close-account': 'Close {{account}} ({{platform}}), run by {{owners}} until now.',
      'stop-coordinating': 'Let {{hub}} stop coordinating {{targets}}.',
      'remove-members': 'Take the people from {{members}} out of {{team}}.',
      'disband-team': 'Disband {{team}}.',
      'remove-part': 'Take {{part}} ({{kind}}) off the map: it no longer plays a part in social media.',
      rename: 'Rename {{fromLabel}} to {{toLabel}}.',
      'change-kind': 'Treat {{label}} as {{toKind}} instead of {{fromKind}}.',
      'change-platform': 'Move {{account}} from {{fromPlatform}} to {{toPlatform}}.',
      'change-handle': 'Change the handle of {{account}} to {{handle}}.',
      // Practices (issue 18)
      'secure-board-commitment': 'Win the board’s commitment first: the model asks the whole organisation to work differently.',
      'write-guidelines': 'Write the guidelines and procedures before the spokes open their own accounts.',
      'set-account-rules': 'Put conditions for opening new accounts into the guidelines, and keep a register of accounts.',
      'open-knowledge-bank': 'Let the hub share content, tools and help as the units’ knowledge bank.',
      'train-people': 'Train the people who post before they speak for the organisation.',
      'set-crisis-procedure': 'Agree who watches what is said online and how to escalate and handle a crisis.',
      'complete-practice': 'Complete what is only partly in place: {{practice}}.',
      'drop-practice': '{{practice}}: in place now, less or not at all in the target – make sure that is intended.',
    },
  },

  /** Governance practices of a scenario (issue 18): names, values, one line of why each matters. */
  practices: {
    names: {
      guidelines: 'Guidelines and procedures',
      accountRules: 'Conditions for new accounts',
      training: 'Training for the people who post',
      crisisProcedure: 'Escalation and crisis procedure',
      boardCommitment: 'Board commitment',
      knowledgeBank: 'Knowledge bank',
    },
    why: {
      guidelines: 'The hub’s first job: guidelines and procedures the units work by. The American Red Cross wrote a 109-slide handbook for its local chapters.',
      accountRules: 'Hub and spoke still ends in a tangle of accounts unless the guidelines set conditions for opening new ones.',
      training: 'The people who post must be informed, enthused and trained before they can be trusted to speak for the organisation.',
      crisisProcedure: 'Someone must watch what is said about the organisation and know when to escalate; the hub guards its communication.',
      boardCommitment: 'The holistic model needs real commitment from the board: social media become part of how the organisation works.',
      knowledgeBank: 'The hub is the knowledge bank where departments and units fetch knowledge, tools and help.',
    },
    values: {
      yes: 'Yes',
      partly: 'Partly',
      no: 'No',
      unrecorded: 'Not recorded',
    },
    /** The account-sprawl advice when the account rules are missing (points at the guidelines). */
    sprawlAdvice:
      'Merge them into one account or make each one’s audience explicit – and, above all, write conditions for opening new accounts into the guidelines: they have none yet.',
    compare: {
      added: 'Practices added',
      dropped: 'Practices dropped or weakened',
      completed: 'Practices completed',
      none: 'No practices added or dropped.',
    },
  },

  /** The one reader of text files (shared/io/textFile.ts): app, desktop shell and command line. */
  textFile: {
    tooLargeBytes: '{{file}}: the file is too large: {{size}} bytes, so more than {{limit}} characters; the limit is {{limit}} characters ({{short}})',
    tooLarge: '{{file}}: the file is too large: {{size}} characters; the limit is {{limit}} ({{short}})',
    notUtf8: '{{file}}: cannot read the file: it is not UTF-8 text',
    notUtf8Spreadsheet: '{{file}}: cannot read the file: it is not UTF-8 text (in Excel, save as "CSV UTF-8"; in Numbers or LibreOffice, choose UTF-8)',
    twoBoms: '{{file}}: cannot read the file: it starts with two byte-order marks (it was converted to UTF-8 twice)',
  },
  import: {
    field: {
      platform: 'Platform',
      handle: 'Handle or URL',
      owner: 'Owner',
      ownerKind: 'Kind of owner',
      hub: 'Coordinated by (hub)',
      label: 'Account name',
      notes: 'Notes',
    },
    kind: words.kindInText.noun,
    rejects: {
      row: 'Row',
      reason: 'Reason',
    },
    csv: {
      'too-large': 'The file is too large: {{size}} characters; the limit is {{limit}}.',
      empty: 'The file is empty.',
      'not-text': 'The file is not text.',
    },
    message: {
      'no-platform': 'No platform, and none could be read from a profile URL.',
      'too-many-cells': 'This row has {{found}} cells where the header has {{expected}}: a value with a separator in it was probably not quoted.',
      'limit-reached': 'The scenario is full: a map holds at most {{nodes}} nodes and {{edges}} connections.',
      'platform-other': '“{{value}}” is not a platform Orgmap knows; imported as “other platform”.',
      'platform-typo': '“{{value}}” read as {{platform}}.',
      'platform-url-mismatch': 'The platform column says {{platform}}, but the profile URL is a {{urlPlatform}} address; {{platform}} was kept.',
      'owner-kind-unknown': '“{{value}}” is not a kind of owner Orgmap knows; imported as {{kind}}.',
      'kind-conflict': '{{name}} is given as {{kind}} here but as {{otherKind}} in row {{firstRow}}; the first was kept.',
      'hub-without-owner': 'The account has no owner, so {{hub}} has nobody to coordinate in this row.',
      'hub-is-owner': '{{name}} is both the owner and the hub; it cannot coordinate itself.',
      'hub-cannot-coordinate': '{{hub}} cannot coordinate others: it is on the map as {{kind}}.',
      'duplicate-account': 'The same {{platform}} account ({{handle}}) as in row {{firstRow}}: imported once, with the owners of both rows.',
      'label-truncated': 'The account name was cut to {{limit}} characters.',
      'handle-truncated': 'The handle was cut to {{limit}} characters.',
      'notes-truncated': 'The notes were cut to {{limit}} characters.',
      'name-truncated': 'The name “{{name}}…” was cut to {{limit}} characters.',
      'unclosed-quote': 'A quote opened in row {{row}} is never closed; the row was read with its quotes as plain text.',
      'rows-before-header_one': 'The header is row {{header}}; the row above it was skipped.',
      'rows-before-header_other': 'The header is row {{header}}; the {{count}} rows above it were skipped.',
    },
  },
};

/** The shape every catalog has: the English one, with any string at the leaves. */
export type Catalog = typeof en;
