/**
 * Nederlandse teksten: modelgids, redenen van de classificatie, risico's, ernst, platformnamen.
 * Dezelfde sleutels en dezelfde `{{params}}` per sleutel als en.ts (i18n.test.ts controleert dat).
 */
import type { Catalog } from './en';

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
  severity: {
    high: 'Hoog',
    medium: 'Middel',
    low: 'Laag',
  },
  platforms: {
    x: 'X',
    facebook: 'Facebook',
    linkedin: 'LinkedIn',
    instagram: 'Instagram',
    youtube: 'YouTube',
    tiktok: 'TikTok',
    threads: 'Threads',
    bluesky: 'Bluesky',
    mastodon: 'Mastodon',
    pinterest: 'Pinterest',
    snapchat: 'Snapchat',
    whatsapp: 'WhatsApp',
    other: 'ander platform',
  },
  reason: {
    empty: 'De kaart heeft nog geen accounts en geen hubs, dus er valt nog geen model te herkennen.',
    'no-accounts': 'De kaart heeft nog geen accounts; het model is alleen afgeleid uit wie wie coördineert.',
    'no-owned-accounts': 'Nog geen enkel account op de kaart heeft een beheerder, dus het model is alleen afgeleid uit de structuur.',
    'no-hub': 'Niemand coördineert social media: de kaart heeft geen hub.',
    'uncoordinated-owners_one': 'Eén beheerder beheert {{accounts}} van de {{total}} accounts zonder coördinatie door een hub.',
    'uncoordinated-owners_other': '{{count}} verschillende beheerders beheren {{accounts}} van de {{total}} accounts zonder coördinatie door een hub.',
    'central-owner': '{{owner}} beheert {{owned}} van de {{total}} accounts.',
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
  },
  risk: {
    'orphan-account': {
      title: 'Weesaccount',
      message: 'Niemand is verantwoordelijk voor {{account}} ({{platform}}).',
      advice: 'Geef het account een eigenaar die post, reageert en meeleest – of sluit het, zodat het niet onbeheerd namens de organisatie spreekt.',
    },
    'ungoverned-account': {
      title: 'Account buiten het bereik van de hub',
      message: '{{account}} wordt beheerd door {{owners}}, buiten het bereik van elke hub.',
      advice: 'Breng {{owners}} onder de begeleiding van een hub, of draag het account over aan een onderdeel dat de hub al ondersteunt.',
    },
    'account-sprawl': {
      title: 'Wildgroei van accounts',
      message: '{{count}} {{platform}}-accounts concurreren om hetzelfde publiek: {{accounts}} (beheerd door {{owners}}).',
      advice: 'Voeg ze samen tot één account of maak per account het publiek expliciet – en neem in de richtlijnen voorwaarden op voor het openen van nieuwe accounts.',
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
      message: '{{group}} spreekt online namens de organisatie zonder hub die informeert, enthousiasmeert en ondersteunt.',
      advice: 'Laat een hub deze groep faciliteren met richtlijnen, training en tools, zoals holistische organisaties dat doen.',
    },
  },
};
