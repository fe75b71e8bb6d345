/**
 * Strings of Compare Side by Side (renderer/src/compare) and the presentation mode
 * (renderer/src/present), namespace `ui`, key `presenting.*`. en.ts and nl.ts mount them.
 */
import type { Widen } from '../catalog';

export const en = {
  side: {
    title: 'Side by side: {{from}} and {{to}}',
    help: 'Both maps move together: pan or zoom either one.',
    legend: 'Marks',
    overlay: 'One map with marks',
    from: 'Before: {{name}}',
    to: 'After: {{name}}',
    keys: 'Arrow keys pan both maps, plus and minus zoom, 0 frames them.',
  },
  present: {
    label: 'Presentation',
    slideOf: 'Slide {{n}} of {{count}}',
    announce: 'Slide {{n}} of {{count}}, {{kind}}: {{title}}',
    notes: 'Speaker notes',
    noNotes: 'No notes for this slide.',
    toggleNotes: 'Notes (N)',
    previous: 'Previous slide',
    next: 'Next slide',
    leave: 'Leave (Esc)',
    empty: 'There is nothing to present yet: draw a map first.',
    keys: 'Right arrow, space or Page Down: next slide. Left arrow or Page Up: previous. Home and End: first and last. N: speaker notes. Esc: leave.',
    kind: { title: 'title', map: 'map', risks: 'risks', changes: 'changes', path: 'path', step: 'step', summary: 'summary' },
  },
};

export const nl: Widen<typeof en> = {
  side: {
    title: 'Naast elkaar: {{from}} en {{to}}',
    help: 'Beide kaarten bewegen samen: verschuif of zoom in een van beide.',
    legend: 'Markeringen',
    overlay: 'Eén kaart met markeringen',
    from: 'Voor: {{name}}',
    to: 'Na: {{name}}',
    keys: 'Pijltjestoetsen verschuiven beide kaarten, plus en min zoomen, 0 toont ze helemaal.',
  },
  present: {
    label: 'Presentatie',
    slideOf: 'Dia {{n}} van {{count}}',
    announce: 'Dia {{n}} van {{count}}, {{kind}}: {{title}}',
    notes: 'Sprekersnotities',
    noNotes: 'Geen notities bij deze dia.',
    toggleNotes: 'Notities (N)',
    previous: 'Vorige dia',
    next: 'Volgende dia',
    leave: 'Stoppen (Esc)',
    empty: 'Er is nog niets te presenteren: teken eerst een kaart.',
    keys: 'Pijl rechts, spatie of Page Down: volgende dia. Pijl links of Page Up: vorige. Home en End: eerste en laatste. N: sprekersnotities. Esc: stoppen.',
    kind: { title: 'titel', map: 'kaart', risks: 'risico’s', changes: 'veranderingen', path: 'route', step: 'stap', summary: 'samenvatting' },
  },
};
