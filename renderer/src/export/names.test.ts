import { describe, expect, it } from 'vitest';
import { exportFileName } from './names';

describe('export file names', () => {
  it('take the file name, else the title, plus the scenario for one picture', () => {
    expect(exportFileName('Acme', 'acme.orgmap', 'Current', 'png')).toBe('acme - Current.png');
    expect(exportFileName('Acme: social', null, null, 'pdf')).toBe('Acme social.pdf');
    expect(exportFileName('', null, null, 'pptx')).toBe('map.pptx');
    expect(exportFileName('../../x', null, 'a/b', 'svg')).toBe('x - a b.svg');
  });
});
