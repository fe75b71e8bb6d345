import { describe, expect, it } from 'vitest';
import { asNodeId } from '../../../shared/model/rules';
import type { OrgNode } from '../../../shared/model/types';
import { readingOrder, stepNode } from './navigation';

const node = (id: string, x: number, y: number): OrgNode => ({ id: asNodeId(id), kind: 'unit', label: id, position: { x, y } });

// A hub on top, three spokes in a slightly ragged row below, one account further down.
const nodes = [node('spoke-right', 400, 210), node('account', 0, 400), node('hub', 200, 0), node('spoke-left', 0, 200), node('spoke-mid', 200, 195)];

describe('keyboard order of the nodes', () => {
  it('reads the map in rows from the top, left to right, whatever order the nodes were added in', () => {
    expect(readingOrder(nodes)).toEqual(['hub', 'spoke-left', 'spoke-mid', 'spoke-right', 'account']);
  });

  it('steps forwards and backwards, wrapping round, and starts at an end when nothing is current', () => {
    expect(stepNode(nodes, asNodeId('spoke-mid'), 1)).toBe('spoke-right');
    expect(stepNode(nodes, asNodeId('account'), 1)).toBe('hub');
    expect(stepNode(nodes, asNodeId('hub'), -1)).toBe('account');
    expect(stepNode(nodes, undefined, 1)).toBe('hub');
    expect(stepNode(nodes, undefined, -1)).toBe('account');
    expect(stepNode(nodes, asNodeId('gone'), 1)).toBe('hub');
    expect(stepNode([], undefined, 1)).toBeUndefined();
  });
});
