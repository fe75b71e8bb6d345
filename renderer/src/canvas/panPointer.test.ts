// @vitest-environment jsdom
// A test run by Node: Vitest hands CSS imports (even `?raw`) over empty, so the sheets are read as files.
// eslint-disable-next-line no-restricted-imports
import { readFileSync } from 'node:fs';
// eslint-disable-next-line no-restricted-imports
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const sheet = (url: string): string => readFileSync(fileURLToPath(new URL(url, import.meta.url)), 'utf8');

/**
 * styles.css: while the pane is dragged by hand (React Flow puts `dragging` on `.react-flow__pane`),
 * nothing in the view takes the pointer, so a pan's pointer moves hit-test no relation, box or badge
 * (bench/trace-canvas.ts). React Flow's own sheet goes first, as in the app: its
 * `.react-flow__node { pointer-events: all }` and the relations' `visibleStroke` must lose only then.
 */
beforeAll(() => {
  const style = document.createElement('style');
  style.textContent = `${sheet('../../../node_modules/@xyflow/react/dist/style.css')}\n${sheet('../styles.css')}`;
  document.head.append(style);
  document.body.innerHTML = `
    <div class="react-flow"><div class="react-flow__renderer"><div class="react-flow__pane draggable">
      <div class="react-flow__viewport xyflow__viewport react-flow__container">
        <div class="react-flow__edges"><svg><g class="react-flow__edge selectable"><path class="react-flow__edge-interaction"></path></g></svg></div>
        <div class="react-flow__edgelabel-renderer"><div class="edge-label">owns</div></div>
        <div class="react-flow__nodes"><div class="react-flow__node react-flow__node-org selectable draggable">
          <div class="org-node"><span class="risk-badge-wrap nodrag"><button class="risk-badge">1</button></span>
          <div class="react-flow__handle org-handle connectable connectionindicator"></div></div>
        </div></div>
      </div>
    </div></div></div>`;
});

const pointer = (selector: string): string => {
  const el = document.querySelector(selector);
  if (!el) throw new Error(`no ${selector}`);
  return getComputedStyle(el).pointerEvents;
};
/** What takes the pointer in the view (a relation's label never does, styles.css `.edge-label`). */
const TAKERS = ['.react-flow__node', '.org-node', '.risk-badge', '.org-handle', '.react-flow__edge', '.react-flow__edge-interaction'];
const IN_VIEW = [...TAKERS, '.edge-label'];

describe('the pointer during a pan by hand', () => {
  it('reaches nodes, handles, badges and relations while the pane is not dragged', () => {
    expect(pointer('.react-flow__node')).toBe('all');
    expect(pointer('.react-flow__edge').toLowerCase()).toBe('visiblestroke');
    for (const selector of TAKERS) expect(pointer(selector), selector).not.toBe('none');
  });

  it('reaches nothing in the view while the pane is dragged, and everything again after', () => {
    const pane = document.querySelector('.react-flow__pane');
    pane?.classList.add('dragging');
    for (const selector of IN_VIEW) expect(pointer(selector), selector).toBe('none');
    // The pane itself (which starts the pan and shows the grabbing cursor) is not affected.
    expect(pointer('.react-flow__pane')).not.toBe('none');
    pane?.classList.remove('dragging');
    expect(pointer('.react-flow__node')).toBe('all');
    expect(pointer('.risk-badge')).not.toBe('none');
  });
});
