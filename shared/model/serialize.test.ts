import { describe, expect, it } from 'vitest';
import { parseDocument, serializeDocument, type OrgDocument } from './index';
import { sampleDocument } from '../../test-support/model/sample';
import { serializeWithWriter } from './serialize';

function read(text: string): OrgDocument {
  const result = parseDocument(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.document;
}

const messy = JSON.stringify({
  zeta: 1,
  scenarios: [
    {
      edges: [{ target: 'a', b: 2, source: 't', kind: 'owns', A: 1, id: 'e' }],
      nodes: [
        { notes: 'n', position: { y: 2, w: 0, x: 1 }, label: 'Team', kind: 'team', id: 't', extra: true },
        { handle: '@a', platform: 'x', kind: 'account', label: 'A', id: 'a', position: { x: 0, y: 0 } },
      ],
      name: 'Now',
      id: 'now',
      '10': 'index-like',
      '2': 'index-like',
    },
  ],
  notes: 'doc notes',
  goals: ['sales'],
  title: 'T',
  version: 1,
  format: 'orgmap',
  alpha: { z: 1, a: [1, { y: 2, b: 3 }] },
});

describe('serializeDocument', () => {
  it('writes known keys in the documented order, then unknown keys sorted, 2-space indent, trailing newline', () => {
    const text = serializeDocument(read(messy));
    expect(text).toBe(`{
  "format": "orgmap",
  "version": 1,
  "title": "T",
  "goals": [
    "sales"
  ],
  "notes": "doc notes",
  "scenarios": [
    {
      "id": "now",
      "name": "Now",
      "nodes": [
        {
          "id": "t",
          "kind": "team",
          "label": "Team",
          "position": {
            "x": 1,
            "y": 2,
            "w": 0
          },
          "notes": "n",
          "extra": true
        },
        {
          "id": "a",
          "kind": "account",
          "label": "A",
          "platform": "x",
          "handle": "@a",
          "position": {
            "x": 0,
            "y": 0
          }
        }
      ],
      "edges": [
        {
          "id": "e",
          "kind": "owns",
          "source": "t",
          "target": "a",
          "A": 1,
          "b": 2
        }
      ],
      "10": "index-like",
      "2": "index-like"
    }
  ],
  "alpha": {
    "z": 1,
    "a": [
      1,
      {
        "y": 2,
        "b": 3
      }
    ]
  },
  "zeta": 1
}
`);
  });

  it('leaves out undefined optional fields and forbidden keys', () => {
    const doc = read(messy);
    const node = doc.scenarios[0]?.nodes[0];
    if (node === undefined) throw new Error('no node');
    const edited: OrgDocument = {
      ...doc,
      notes: undefined,
      scenarios: [{ ...(doc.scenarios[0] as OrgDocument['scenarios'][number]), nodes: [{ ...node, notes: undefined }] , edges: [] }],
    };
    Object.defineProperty(edited, '__proto__', { value: { polluted: 1 }, enumerable: true });
    const text = serializeDocument(edited);
    expect(text).not.toContain('"notes"');
    expect(text).not.toContain('__proto__');
  });

  it('the fast path and the hand-written printer agree on a large map', () => {
    const doc = sampleDocument(2000);
    expect(serializeDocument(doc)).toBe(serializeWithWriter(doc));
    expect(read(serializeDocument(doc))).toEqual(doc);
  });
});
