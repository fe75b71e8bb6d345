/**
 * Nederlandse teksten: modelgids, redenen van de classificatie, risico's, ernst, platformnamen.
 * Dezelfde sleutels en dezelfde `{{params}}` per sleutel als en.ts (i18n.test.ts controleert dat).
 */
import type { Catalog } from './en';
import { nl as words } from './words';

export const nl: Catalog = {
  models: {
    decentralized: {
      name: 'Decentraal',
      summary: 'Elke businessunit of afdeling opent en beheert zelf accounts, en niemand coördineert. Ook wel het organische model.',
      strengths: 'Authentiek en dicht bij het eigen publiek van elke unit; snel op gang.',
      weaknesses:
        'Een wirwar van accounts: het publiek ziet niet welk account het officiële is, en het ene deel van het bedrijf weet niet wat het andere doet.',
      usedBy:
        'Ongeveer één op de tien grote bedrijven (10,8% in 2010, 9,4% in 2012). Oracle, met tientallen losse Twitter-accounts, is het schoolvoorbeeld.',
    },
    centralized: {
      name: 'Centraal',
      summary: 'Eén centrale groep – meestal corporate communicatie of marketing – beheert alle accounts en publiceert alles.',
      strengths: 'Eén consistent geluid naar buiten; past bij gereguleerde sectoren en bij organisaties die vooral op branding mikken.',
      weaknesses:
        'Botst met de openheid van social media; de centrale groep wordt een helpdesk die bedolven raakt onder verzoeken, en het model schaalt niet mee.',
      usedBy: 'Bijna drie op de tien grote bedrijven (28,8% in 2010, 29,1% in 2012).',
    },
    'hub-and-spoke': {
      name: 'Hub and Spoke',
      summary:
        'Een multidisciplinair centraal team (de hub) stelt richtlijnen op, traint en ondersteunt; businessunits en afdelingen (de spokes) beheren binnen die richtlijnen hun eigen accounts. Ook wel het gecoördineerde model.',
      strengths: 'Even authentiek en relevant als decentraal, en toch consistent; de hub dient tegelijk als kennisbank.',
      weaknesses: 'Ook hier dreigt een wirwar van accounts, tenzij de richtlijnen voorwaarden stellen aan het openen van nieuwe accounts.',
      usedBy:
        'Het meest gebruikte model (41% in 2010, 35,4% in 2012). Het Amerikaanse Rode Kruis, met een handboek voor zijn lokale afdelingen, en het social media team van UPC Nederland werken zo.',
    },
    'multiple-hub-and-spoke': {
      name: 'Multiple Hub and Spoke',
      summary:
        'Een centraal team stelt de richtlijnen op; regionale hubs of hubs per divisie vertalen ze door naar hun eigen spokes. Ook wel het paardenbloemmodel.',
      strengths: 'Past bij multinationals en bij ‘bedrijven binnen bedrijven’; lokale hubs houden de begeleiding dicht bij elke markt.',
      weaknesses: 'Interne ruis, lijnen tussen hubs die doorgeknipt kunnen raken, en elke hub heeft eigen mensen nodig.',
      usedBy: 'In opkomst: 18% in 2010, 23,6% in 2012, vooral bij grote multinationals.',
    },
    holistic: {
      name: 'Holistisch',
      summary:
        'Elke medewerker die dat wil, mag de organisatie online vertegenwoordigen; het centrale team informeert, enthousiasmeert en faciliteert. Ook wel het honingraatmodel.',
      strengths: 'Past het best bij de waarden van social media; de logische keuze als verbinden en netwerken het doel is.',
      weaknesses: 'Vraagt echt commitment van de directie; leidinggevenden moeten durven loslaten en investeren in training.',
      usedBy:
        'Zeldzaam (1,4% in 2010, ongeveer 2,5% in 2012). Deloitte geeft zijn medewerkers professionele monitoringtools; ook Dell en Zappos zijn bekende voorbeelden.',
    },
  },
  undetermined: {
    name: 'Nog niet te bepalen',
    summary: 'Voeg accounts toe, en wie ze beheert of coördineert, dan wordt het model zichtbaar.',
  },
  /** Naast het oordeel (issue 14): het voorlopig-label en hoe vaak het model voorkwam in het onderzoek van Altimeter. */
  verdict: {
    tentative: 'voorlopig',
    tentativeHint: 'voorlopig: voeg de accounts toe en wie ze beheert',
    confidence: '{{percent}}% zekerheid',
    survey: 'In het onderzoek van Altimeter onder 140 grote bedrijven werkte {{share2010}}% zo in 2010 en {{share2012}}% in 2012.',
    decimalMark: ',',
  },
  severity: words.severity.name,
  platforms: words.platform.inText,
  reason: {
    empty: 'De kaart heeft nog geen accounts en geen hubs, dus er valt nog geen model te herkennen.',
    'no-accounts': 'De kaart heeft nog geen accounts; het model is alleen afgeleid uit wie wie coördineert.',
    'no-owned-accounts': 'Nog geen enkel account op de kaart heeft een beheerder, dus het model is alleen afgeleid uit de structuur.',
    'no-hub': 'Niemand coördineert social media: de kaart heeft geen hub.',
    'uncoordinated-owners_one': 'Eén beheerder beheert {{accounts}} van de {{total}} accounts zonder coördinatie door een hub.',
    'uncoordinated-owners_other': '{{count}} verschillende beheerders beheren {{accounts}} van de {{total}} accounts zonder coördinatie door een hub.',
    'central-owner_one': '{{owner}} beheert het enige account op de kaart.',
    'central-owner_other': '{{owner}} beheert {{owned}} van de {{count}} accounts.',
    'others-without-accounts_one': 'Eén andere afdeling, unit of team heeft geen eigen account.',
    'others-without-accounts_other': '{{count}} andere afdelingen, units en teams hebben geen eigen account.',
    'spokes-under-hub': '{{owned}} van de {{total}} businessunits en afdelingen beheren hun eigen accounts onder begeleiding van {{hub}}.',
    'hub-coordinates_one': '{{hub}} coördineert één afdeling, unit, team of medewerkersgroep.',
    'hub-coordinates_other': '{{hub}} coördineert {{count}} afdelingen, units, teams en medewerkersgroepen.',
    'sub-hubs_one': 'De begeleiding loopt in lagen vanuit {{hub}}: één hub ({{hubs}}) volgt een andere hub en begeleidt zijn eigen spokes.',
    'sub-hubs_other': 'De begeleiding loopt in lagen vanuit {{hub}}: {{count}} hubs ({{hubs}}) volgen een andere hub en begeleiden hun eigen spokes.',
    'accounts-under-sub-hubs': '{{owned}} van de {{total}} accounts worden beheerd onder een regionale hub of een hub van een divisie.',
    'employees-facilitated_one': 'Eén medewerkersgroep vertegenwoordigt de organisatie online, gefaciliteerd door {{hub}}.',
    'employees-facilitated_other': '{{count}} medewerkersgroepen vertegenwoordigen de organisatie online, gefaciliteerd door {{hub}}.',
    'employees-unfacilitated_one': 'Eén medewerkersgroep post namens de organisatie zonder hub die haar ondersteunt.',
    'employees-unfacilitated_other': '{{count}} medewerkersgroepen posten namens de organisatie zonder hub die hen ondersteunt.',
    mixed: 'De kaart combineert {{firstModel}} ({{firstScore}}%) en {{secondModel}} ({{secondScore}}%): de aanwijzingen voor beide liggen dicht bij elkaar.',
    // Verdicts a strategist can quote (issue 14): calibrated confidence, hubs by structure, mixed readings.
    'tentative_one': 'Maar één account op de kaart heeft een beheerder: te weinig om zeker te zijn, dus het oordeel is voorlopig.',
    'tentative_other': 'Maar {{count}} accounts op de kaart hebben een beheerder: te weinig om zeker te zijn, dus het oordeel is voorlopig.',
    'no-hub-idle-teams_one': 'Niemand coördineert social media: {{teams}} coördineert nog niemand.',
    'no-hub-idle-teams_other': 'Niemand coördineert social media: {{count}} teams ({{teams}}) coördineren nog niemand.',
    'side-by-side': 'De kaart heeft {{count}} hubs naast elkaar, zonder dat een van hen een andere volgt: {{hubs}}. Elk begeleidt een eigen deel van de organisatie.',
    'peer-hubs': '{{hubs}} zijn gelijken: ze coördineren elkaar en geen van hen heeft duidelijk de leiding.',
    'layered-hubs_one': 'Eén hub ({{hubs}}) volgt een andere hub en begeleidt zijn eigen spokes.',
    'layered-hubs_other': '{{count}} hubs ({{hubs}}) volgen een andere hub en begeleiden hun eigen spokes.',
    'cycle': 'De coördinatie loopt in een kring ({{cycle}}), dus het is onduidelijk wie de richtlijnen bepaalt; de zekerheid is verlaagd tot één hub de leiding neemt.',
    'mostly': 'Grotendeels {{model}}: {{share}}% van de accounts wordt zo beheerd. Andere delen van de kaart volgen een ander model:',
    'partly': 'Maar deels {{model}}: {{share}}% van de accounts wordt zo beheerd. Andere delen van de kaart volgen een ander model:',
    'part-outside-hubs_one': '{{parts}} beheert nog eigen social media buiten elke hub om (accounts: {{accounts}}).',
    'part-outside-hubs_other': '{{parts}} beheren nog eigen accounts buiten elke hub om ({{accounts}} in totaal, {{count}} beheerders).',
    'part-own-accounts_one': '{{parts}} beheert ook eigen social media, naast {{owner}} (accounts: {{accounts}}).',
    'part-own-accounts_other': '{{parts}} beheren ook eigen accounts, naast {{owner}} ({{accounts}} in totaal, {{count}} beheerders).',
    'part-under-hub_one': '{{parts}} beheert eigen social media onder begeleiding van een hub, zoals bij hub and spoke (accounts: {{accounts}}).',
    'part-under-hub_other': '{{parts}} beheren eigen accounts onder begeleiding van een hub, zoals bij hub and spoke ({{accounts}} in totaal, {{count}} beheerders).',
    'part-employees_one': 'Leden van de medewerkersgroep {{parts}} posten als zichzelf namens de organisatie, zoals in het holistische model (accounts: {{accounts}}).',
    'part-employees_other': '{{count}} medewerkersgroepen ({{parts}}) posten als zichzelf namens de organisatie, zoals in het holistische model (accounts: {{accounts}}).',
  },
  risk: {
    'orphan-account': {
      title: 'Weesaccount',
      message: 'Niemand is verantwoordelijk voor {{account}} ({{platform}}).',
      advice: 'Geef het account een eigenaar die post, reageert en meeleest – of sluit het, zodat het niet onbeheerd namens de organisatie spreekt.',
    },
    'ungoverned-account': {
      title: 'Account buiten het bereik van de hub',
      message_one: '{{account}} wordt beheerd door {{owners}}, buiten het bereik van elke hub.',
      message_other: '{{count}} accounts van {{owners}} vallen buiten het bereik van elke hub: {{accounts}}.',
      advice: 'Breng {{owners}} onder de begeleiding van een hub, of draag de accounts over aan een onderdeel dat de hub al ondersteunt.',
    },
    'account-sprawl': {
      title: 'Wildgroei van accounts',
      message: '{{count}} {{platform}}-accounts hebben {{links}}: {{accounts}} (beheerd door {{owners}}).',
      advice: 'Ga na of elk account een eigen publiek heeft: voeg de accounts zonder eigen publiek samen, maak per account het publiek expliciet – en neem in de richtlijnen voorwaarden op voor het openen van nieuwe accounts.',
      links: {
        owner: 'dezelfde beheerder',
        label: 'dezelfde naam',
        handle: 'dezelfde handle',
      },
    },
    'help-desk-bottleneck': {
      title: 'Helpdesk-knelpunt',
      message: '{{owner}} beheert {{owned}} van de {{total}} accounts, terwijl {{units}} afdelingen en units er zelf geen hebben en ervan afhankelijk zijn.',
      advice:
        'Laat de afdelingen die het dichtst bij hun publiek staan binnen gedeelde richtlijnen eigen accounts beheren, zodat {{owner}} een hub kan worden in plaats van een helpdesk.',
    },
    'severed-hub': {
      title: 'Losgeknipte hub',
      message: '{{hub}} heeft geen coördinatielijn terug naar de centrale hub, {{central}}.',
      advice: 'Laat {{central}} ook {{hub}} coördineren, zodat richtlijnen en kennis tot aan de spokes van die hub doordringen.',
    },
    'hub-not-cross-functional': {
      title: 'Hub niet multidisciplinair',
      message: '{{hub}} begeleidt anderen, maar er zitten mensen uit minder dan twee afdelingen of units in.',
      advice:
        'Maak het team multidisciplinair: een of meer mensen uit elke afdeling of unit – klantenservice, sales, HR, productontwikkeling, marketing, communicatie – zodat niemand zich genegeerd voelt.',
    },
    'isolated-unit': {
      title: 'Geïsoleerd onderdeel',
      message: '{{unit}} beheert geen account, wordt door geen hub begeleid en heeft niemand in een team.',
      advice: 'Betrek het onderdeel erbij: laat een hub het coördineren of haal iemand ervan in het social media team – of verwijder het van de kaart als het geen rol speelt.',
    },
    'empty-hub': {
      title: 'Team zonder taak',
      message: '{{team}} coördineert niemand en beheert geen account.',
      advice: 'Geef het team een taak – afdelingen begeleiden, medewerkers trainen of de centrale accounts beheren – of hef het op.',
    },
    'coordination-cycle': {
      title: 'Coördinatie in een kring',
      message: 'De coördinatie loopt in een kring: {{cycle}}.',
      advice: 'Bepaal wie de leiding heeft en verwijder één coördinatielijn, zodat de begeleiding één kant op stroomt.',
    },
    'employees-without-hub': {
      title: 'Medewerkers zonder hub',
      message: 'De medewerkersgroep {{group}} spreekt online namens de organisatie zonder hub die haar informeert, enthousiasmeert en ondersteunt.',
      advice: 'Laat een hub deze groep faciliteren met richtlijnen, training en tools, zoals holistische organisaties dat doen.',
    },
    // Practices (issue 18)
    'missing-guidelines': {
      title: 'Richtlijnen ontbreken',
      message: 'De richtlijnen en procedures waarmee de spokes van {{hubs}} zelf aan de slag moeten, ontbreken of zijn onvolledig.',
      advice:
        'Laat de hub richtlijnen en procedures opstellen – hoe je post, antwoordt, opschaalt en accounts aanmaakt – en deel ze als kennisbank voor de units; het Amerikaanse Rode Kruis deed het in een handboek van 109 slides voor zijn lokale afdelingen.',
    },
    'missing-account-rules': {
      title: 'Geen voorwaarden voor nieuwe accounts',
      message: 'In {{model}} stellen de richtlijnen van {{hubs}} geen volledige voorwaarden voor het aanmaken van nieuwe accounts, dus elke spoke kan er een openen.',
      advice:
        'Neem voorwaarden voor het aanmaken van nieuwe accounts op in de richtlijnen en houd een register van alle accounts bij: zonder die voorwaarden ontstaat ook bij hub and spoke een wirwar aan accounts.',
    },
    'missing-board-commitment': {
      title: 'Geen commitment van de directie',
      message: 'De kaart laat medewerkers de organisatie vertegenwoordigen, maar de directie staat er niet achter.',
      advice:
        'Zorg eerst voor commitment vanuit de directie: in het holistische model zijn social media onderdeel van hoe de hele organisatie werkt, niet zomaar een marketingkanaal, en leidinggevenden moeten loslaten.',
    },
    'missing-training': {
      title: 'Mensen niet getraind',
      message: 'Medewerkers spreken online namens de organisatie, maar wie post is niet getraind.',
      advice:
        'Train wie post – de richtlijnen, de tools, wanneer je opschaalt – zodat je ze kunt vertrouwen; het centrale team informeert, enthousiasmeert en faciliteert hen.',
    },
    'practices-unrecorded': {
      title: 'Werkwijze niet vastgelegd',
      message: 'De kaart laat zien wie wie coördineert, niet of er richtlijnen, accountregels, training of commitment van de directie achter {{hubs}} staan.',
      advice: 'Leg de werkwijze van het scenario vast in de inspector (klik op een lege plek van de kaart): de structuur alleen bepaalt niet of een model werkt.',
    },
  },
  goals: {
    names: {
      branding: 'Branding',
      connecting: 'Verbinden en netwerken',
      'customer-service': 'Klantenservice',
      sales: 'Sales',
      recruitment: 'Werving',
      'internal-communication': 'Interne communicatie',
      'co-creation': 'Cocreatie',
    },
    reason: {
      'branding-centralized': 'Eén centrale groep die alles publiceert, geeft branding het eenduidige, consistente geluid dat het nodig heeft.',
      'branding-hub-and-spoke': 'De richtlijnen van de hub houden het merk consistent, terwijl afdelingen en units hun eigen publiek aanspreken.',
      'connecting-holistic': 'Verbinden en netwerken is waar medewerkers die de organisatie als zichzelf vertegenwoordigen het best in zijn.',
      'customer-service-hub-and-spoke':
        'Webcare vraagt om klantenservice aan tafel en dicht bij de klant; een multidisciplinaire hub houdt de antwoorden consistent.',
      'sales-hub-and-spoke': 'Sales staat dicht bij zijn prospects (social CRM); met een hub beheert sales eigen accounts binnen gedeelde richtlijnen.',
      'recruitment-hub-and-spoke': 'HR kan werven via eigen accounts, binnen de richtlijnen van de hub.',
      'recruitment-holistic': 'Medewerkers die als zichzelf posten, zijn in hun eigen netwerk de geloofwaardigste werving.',
      'internal-communication-holistic': 'Interne communicatie is medewerkers informeren en enthousiasmeren – precies de taak van het centrale team in het holistische model.',
      'co-creation-holistic': 'Cocreatie en crowdsourcing vragen om veel medewerkers, ook uit productontwikkeling, die met klanten in gesprek zijn.',
      'co-creation-hub-and-spoke': 'Productontwikkeling kan cocreatie met eigen accounts doen, binnen de richtlijnen van de hub.',
      multinational:
        'De organisatie heeft zelfstandige units of regio’s: regionale hubs kunnen de centrale richtlijnen doorvertalen naar hun eigen spokes, zoals multinationals doen.',
    },
    fit: {
      fits: '{{model}} past bij de doelen: {{goals}}.',
      none: '{{model}} dient geen van de doelen ({{goals}}); {{suggestedModels}} zou er beter bij passen.',
      partly: '{{model}} dient niet elk doel: {{goals}} is beter gediend met een ander model.',
      undetermined: 'Er is nog geen model om naast de doelen ({{goals}}) te leggen; {{suggestedModels}} zou erbij passen.',
      multinational: 'De organisatie heeft zelfstandige units of regio’s: Multiple Hub and Spoke zou er beter bij passen dan {{model}}.',
    },
  },
  compare: {
    /** Joins the last two labels of a list: "Marketing and Customer Service". */
    and: ' en ',
    kinds: words.kindInText.withArticle,
    relations: words.relationInText,
    fields: {
      kind: 'soort',
      label: 'naam',
      platform: 'platform',
      handle: 'accountnaam',
      notes: 'notities',
    },
    path: {
      empty: 'Niets te doen: de twee scenario’s zijn gelijk.',
    },
    step: {
      'form-hub': 'Vorm een social media team, {{team}}, met mensen uit {{members}}.',
      'form-hub-no-members': 'Vorm een social media team, {{team}} – met mensen uit verschillende afdelingen, zodat het multidisciplinair is.',
      'form-team': 'Richt het team {{team}} op.',
      'add-regional-hub': 'Richt {{hub}} op als regionale hub onder {{central}}, om {{spokes}} te begeleiden.',
      'make-regional-hub': 'Laat {{hub}} optreden als regionale hub onder {{central}}, die {{spokes}} begeleidt.',
      'tie-hub': 'Verbind {{hub}} met {{central}}: laat {{central}} de hub coördineren, zodat dezelfde richtlijnen ook de spokes ervan bereiken.',
      'add-members': 'Haal mensen uit {{members}} in {{team}}.',
      'add-part': 'Betrek {{part}} ({{kind}}) bij de social media organisatie.',
      'put-under-guidelines_one': 'Breng het account van {{owner}} ({{accounts}}) onder de richtlijnen van {{hub}}.',
      'put-under-guidelines_other': 'Breng de {{count}} accounts van {{owner}} ({{accounts}}) onder de richtlijnen van {{hub}}.',
      coordinate: 'Laat {{hub}} {{targets}} begeleiden en ondersteunen.',
      'facilitate-employees': 'Laat {{hub}} {{group}} faciliteren met richtlijnen, training en tools.',
      'change-relation': 'Tussen {{source}} en {{target}}: verander „{{fromRelation}}” in „{{toRelation}}”.',
      'reassign-account': 'Draag {{account}} ({{platform}}) over van {{fromOwners}} aan {{toOwners}}.',
      'adopt-orphan': 'Adopteer het {{platform}}-weesaccount {{account}}: geef het aan {{owners}}.',
      'open-account': 'Open {{account}} ({{platform}}), beheerd door {{owners}}.',
      'open-account-no-owner': 'Open {{account}} ({{platform}}) – en bepaal wie het beheert.',
      'close-or-adopt-orphan': 'Sluit of adopteer het {{platform}}-weesaccount {{account}} (tot nu toe beheerd door {{owners}}).',
      'merge-sprawl_one': 'Voeg het {{platform}}-account {{accounts}} samen met {{into}}.',
      'merge-sprawl_other': 'Voeg {{count}} {{platform}}-accounts ({{accounts}}) samen met {{into}}.',
      'close-orphan': 'Sluit het {{platform}}-weesaccount {{account}}.',
      'close-account': 'Sluit {{account}} ({{platform}}), tot nu toe beheerd door {{owners}}.',
      'stop-coordinating': 'Laat {{hub}} stoppen met het coördineren van {{targets}}.',
      'remove-members': 'Haal de mensen uit {{members}} weg uit {{team}}.',
      'disband-team': 'Hef {{team}} op.',
      'remove-part': 'Haal {{part}} ({{kind}}) van de kaart: het speelt geen rol meer in social media.',
      rename: 'Hernoem {{fromLabel}} tot {{toLabel}}.',
      'change-kind': 'Behandel {{label}} als {{toKind}} in plaats van {{fromKind}}.',
      'change-platform': 'Verhuis {{account}} van {{fromPlatform}} naar {{toPlatform}}.',
      'change-handle': 'Wijzig de accountnaam van {{account}} in {{handle}}.',
      // Practices (issue 18)
      'secure-board-commitment': 'Zorg eerst voor commitment vanuit de directie: het model vraagt dat de hele organisatie anders gaat werken.',
      'write-guidelines': 'Schrijf de richtlijnen en procedures voordat de spokes eigen accounts openen.',
      'set-account-rules': 'Neem voorwaarden voor het aanmaken van nieuwe accounts op in de richtlijnen en houd een accountregister bij.',
      'open-knowledge-bank': 'Laat de hub als kennisbank content, tools en hulp delen met de units.',
      'train-people': 'Train wie post voordat zij namens de organisatie spreken.',
      'set-crisis-procedure': 'Spreek af wie bijhoudt wat er online gezegd wordt en hoe je opschaalt en een crisis aanpakt.',
      'complete-practice': 'Maak af wat maar deels geregeld is: {{practice}}.',
      'drop-practice': '{{practice}}: nu geregeld, in het doel minder of niet – ga na of dat de bedoeling is.',
    },
  },

  /** Governance practices of a scenario (issue 18): names, values, one line of why each matters. */
  practices: {
    names: {
      guidelines: 'Richtlijnen en procedures',
      accountRules: 'Voorwaarden voor nieuwe accounts',
      training: 'Training voor wie post',
      crisisProcedure: 'Escalatie- en crisisprocedure',
      boardCommitment: 'Commitment van de directie',
      knowledgeBank: 'Kennisbank',
    },
    why: {
      guidelines: 'De eerste taak van de hub: richtlijnen en procedures waarmee de units zelf aan de slag gaan. Het Amerikaanse Rode Kruis schreef een handboek van 109 slides voor zijn lokale afdelingen.',
      accountRules: 'Ook bij hub and spoke ontstaat een wirwar aan accounts, tenzij de richtlijnen voorwaarden stellen aan het aanmaken van nieuwe accounts.',
      training: 'Wie post, moet geïnformeerd, enthousiast gemaakt en getraind zijn voordat je hem of haar namens de organisatie laat spreken.',
      crisisProcedure: 'Iemand moet bijhouden wat er over de organisatie gezegd wordt en weten wanneer je opschaalt; de hub bewaakt de communicatie.',
      boardCommitment: 'Het holistische model vraagt commitment vanuit de directie: social media worden onderdeel van hoe de organisatie werkt.',
      knowledgeBank: 'De hub is de kennisbank waar afdelingen en units kennis, middelen en hulp halen.',
    },
    values: {
      yes: 'Ja',
      partly: 'Deels',
      no: 'Nee',
      unrecorded: 'Niet vastgelegd',
    },
    /** The account-sprawl advice when the account rules are missing (points at the guidelines). */
    sprawlAdvice:
      'Voeg ze samen tot één account of maak per account de doelgroep expliciet – en neem vooral voorwaarden voor het aanmaken van nieuwe accounts op in de richtlijnen: die ontbreken nog.',
    compare: {
      added: 'Werkwijze toegevoegd',
      dropped: 'Werkwijze geschrapt of afgezwakt',
      completed: 'Werkwijze afgemaakt',
      none: 'Geen werkwijze toegevoegd of geschrapt.',
    },
  },

  /** De ene lezer van tekstbestanden (shared/io/textFile.ts): app, bureaubladprogramma en opdrachtregel. */
  textFile: {
    tooLargeBytes: '{{file}}: het bestand is te groot: {{size}} bytes, dus meer dan {{limit}} tekens; de grens is {{limit}} tekens ({{short}})',
    tooLarge: '{{file}}: het bestand is te groot: {{size}} tekens; de grens is {{limit}} ({{short}})',
    notUtf8: '{{file}}: het bestand kan niet worden gelezen: het is geen UTF-8-tekst',
    notUtf8Spreadsheet: '{{file}}: het bestand kan niet worden gelezen: het is geen UTF-8-tekst (kies in Excel "CSV UTF-8"; kies in Numbers of LibreOffice UTF-8)',
    twoBoms: '{{file}}: het bestand kan niet worden gelezen: het begint met twee byte-order marks (het is twee keer naar UTF-8 omgezet)',
  },
  import: {
    field: {
      platform: 'Platform',
      handle: 'Handle of URL',
      owner: 'Eigenaar',
      ownerKind: 'Soort eigenaar',
      hub: 'Gecoördineerd door (hub)',
      label: 'Accountnaam',
      notes: 'Opmerkingen',
    },
    kind: words.kindInText.noun,
    rejects: {
      row: 'Rij',
      reason: 'Reden',
    },
    csv: {
      'too-large': 'Het bestand is te groot: {{size}} tekens; de grens is {{limit}}.',
      empty: 'Het bestand is leeg.',
      'not-text': 'Het bestand is geen tekst.',
    },
    message: {
      'no-platform': 'Geen platform, en er viel er ook geen uit een profiel-URL te halen.',
      'too-many-cells': 'Deze rij heeft {{found}} cellen waar de kopregel er {{expected}} heeft: waarschijnlijk staat er een scheidingsteken in een waarde zonder aanhalingstekens.',
      'limit-reached': 'Het scenario is vol: een kaart bevat hoogstens {{nodes}} knooppunten en {{edges}} verbindingen.',
      'platform-other': '“{{value}}” is geen platform dat Orgmap kent; geïmporteerd als “ander platform”.',
      'platform-typo': '“{{value}}” gelezen als {{platform}}.',
      'platform-url-mismatch': 'De platformkolom zegt {{platform}}, maar de profiel-URL is een {{urlPlatform}}-adres; {{platform}} is aangehouden.',
      'owner-kind-unknown': '“{{value}}” is geen soort eigenaar die Orgmap kent; geïmporteerd als {{kind}}.',
      'kind-conflict': '{{name}} staat hier als {{kind}} maar in rij {{firstRow}} als {{otherKind}}; de eerste is aangehouden.',
      'hub-without-owner': 'Het account heeft geen eigenaar, dus {{hub}} heeft in deze rij niemand om te coördineren.',
      'hub-is-owner': '{{name}} is zowel eigenaar als hub; het kan zichzelf niet coördineren.',
      'hub-cannot-coordinate': '{{hub}} kan anderen niet coördineren: het staat op de kaart als {{kind}}.',
      'duplicate-account': 'Hetzelfde {{platform}}-account ({{handle}}) als in rij {{firstRow}}: één keer geïmporteerd, met de eigenaren van beide rijen.',
      'label-truncated': 'De accountnaam is ingekort tot {{limit}} tekens.',
      'handle-truncated': 'De handle is ingekort tot {{limit}} tekens.',
      'notes-truncated': 'De opmerkingen zijn ingekort tot {{limit}} tekens.',
      'name-truncated': 'De naam “{{name}}…” is ingekort tot {{limit}} tekens.',
      'unclosed-quote': 'Een aanhalingsteken dat in rij {{row}} opent, wordt nergens gesloten; de rij is gelezen met de aanhalingstekens als gewone tekst.',
      'rows-before-header_one': 'De kopregel is rij {{header}}; de rij erboven is overgeslagen.',
      'rows-before-header_other': 'De kopregel is rij {{header}}; de {{count}} rijen erboven zijn overgeslagen.',
    },
  },
};
