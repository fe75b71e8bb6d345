/**
 * The document edits live in shared/model/edits.ts (issue 19, P1 step 1) and the one connection
 * checker in shared/model/rules.ts (step 2); the editor's modules import them from here as before.
 */
export {
  activeScenario,
  applyNodePatch,
  clampPosition,
  connectEdges,
  freshId,
  insertCopies,
  legalKinds,
  removeFromScenario,
  replaceScenario,
  takenIds,
} from '../../../shared/model/edits';
export { checkConnection } from '../../../shared/model/rules';
