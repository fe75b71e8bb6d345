/** Recording a scenario's practices (issue 18) lives in shared/model/edits.ts (issue 19, P1 step 1). */
export { withPractice } from '../../../shared/model/edits';
