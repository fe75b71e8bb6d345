/** The scenario and goal edits live in shared/model/edits.ts (issue 19, P1 step 1); re-exported for the editor. */
export {
  addScenario,
  canAddScenario,
  checkScenarioName,
  deleteScenario,
  duplicateScenario,
  freshScenarioName,
  moveScenario,
  renameScenario,
  scenarioIdFromName,
  setGoals,
  TARGET_ID,
  type ScenarioNameError,
} from '../../../shared/model/edits';
