/** The deck model (issue #13): see types.ts. Import from here (`shared/deck`). */
export * from './types';
export { DECK_WORDS, DECK_WORDS_EN, DECK_WORDS_NL, fill } from './words';
export { buildDeck, verdictLine, numberRisks, practicesOf, splitScenario, DeckError, DECK_SEVERITIES, SPLIT_LIMIT, TOP_REASONS, RISK_ROWS, MAX_RISK_PAGES, PATH_ROWS, MAX_PATH_PAGES, MAX_MAP_PARTS, MAX_CHANGE_PAGES, type ScenarioPart } from './build';
