/**
 * The `.orgmap` format: types, reader, writer, migrations and connection rules.
 * Import from here (`shared/model`), not from the files inside.
 */
export * from './types';
export {
  parseDocument,
  validateDocument,
  characterCount,
  readEdgeEnds,
  MAX_FILE_CHARS,
  MAX_FILE_BYTES,
  MAX_DEPTH,
  type ParseError,
  type ParseResult,
} from './parse';
export { serializeDocument } from './serialize';
export {
  migrateToCurrent,
  MIGRATIONS,
  type MigrationStep,
  type MigrationResult,
  type MigrateOptions,
  type RawDocument,
} from './migrate';
export {
  asNodeId,
  asEdgeId,
  asScenarioId,
  emptyDocument,
  canConnect,
  defaultEdgeKind,
  edgeRefusalReason,
  type EdgeEnd,
} from './rules';
