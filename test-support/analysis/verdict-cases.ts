/**
 * The maps of issue 14 ("Verdicts a strategist can quote"), as builders: the verdict tests, the
 * reason coverage test and the Dutch-rendering test use the same maps. Pure (no node:*).
 */
import type { Scenario } from '../../shared/model/types';
import { scenario } from './builders';

/** A team coordinating one unit, nothing else. */
export const twoNodes = (): Scenario => scenario().team('t', 'Social Media Team').unit('u', 'Benelux').coordinates('t', 'u').build();

/** Fifteen accounts, no owners, no relations. */
export function fifteenOrphans(): Scenario {
  const b = scenario();
  for (let i = 1; i <= 15; i++) b.account(`a${String(i).padStart(2, '0')}`, i % 2 ? 'x' : 'facebook', `Account ${i}`);
  return b.build();
}

/** A hub coordinating three units, one of which runs the only account (`accounts` = 2: one more). */
export function hubThreeUnits(accounts = 1): Scenario {
  const b = scenario().team('hub', 'Social Media Team').unit('u1', 'North').unit('u2', 'South').unit('u3', 'West').coordinates('hub', 'u1', 'u2', 'u3');
  b.ownedAccount('u1', 'a1', 'x', 'North on X');
  if (accounts > 1) b.ownedAccount('u2', 'a2', 'facebook', 'South on Facebook');
  return b.build();
}

/** Two hubs, each with two spokes running an account; `link`: none (independent), 'cycle' (they coordinate each other), 'lead' (`bHub` leads `aHub`). */
export function twoHubs(link: 'none' | 'cycle' | 'lead', ids: readonly [string, string] = ['hub-a', 'hub-b']): Scenario {
  const [a, b] = ids;
  const s = scenario().team(a, 'Alpha Hub').team(b, 'Beta Hub');
  for (const [hub, prefix] of [
    [a, 'a'],
    [b, 'b'],
  ] as const) {
    for (const n of [1, 2]) s.unit(`${prefix}${n}`, `${prefix.toUpperCase()} unit ${n}`).coordinates(hub, `${prefix}${n}`).ownedAccount(`${prefix}${n}`, `${prefix}${n}-acc`, n === 1 ? 'x' : 'linkedin', `${prefix}${n} account`);
  }
  if (link === 'cycle') s.coordinates(a, b).coordinates(b, a);
  if (link === 'lead') s.coordinates(b, a);
  return s.build();
}

/** Mostly hub and spoke: six spokes under a hub; Sales and Benelux run their own accounts outside any hub. */
export function mostlyHubAndSpoke(): Scenario {
  const s = scenario().team('smt', 'Social Media Team').member('mkt', 'smt').member('cs', 'smt');
  s.dept('mkt', 'Marketing').dept('cs', 'Customer Service');
  for (const [id, label] of [
    ['hr', 'HR'],
    ['nl', 'Netherlands'],
    ['de', 'Germany'],
    ['fr', 'France'],
    ['it', 'Italy'],
    ['es', 'Spain'],
  ] as const) {
    s.unit(id, label).coordinates('smt', id).ownedAccount(id, `${id}-x`, 'x', `${label} on X`).ownedAccount(id, `${id}-li`, 'linkedin', `${label} on LinkedIn`);
  }
  s.dept('sales', 'Sales').unit('benelux', 'Benelux');
  s.ownedAccount('sales', 'sales-x', 'x', 'Sales on X').ownedAccount('benelux', 'benelux-fb', 'facebook', 'Benelux on Facebook').ownedAccount('benelux', 'benelux-x', 'instagram', 'Benelux on Instagram');
  return s.build();
}

/** Regions plus employee groups under one hub. */
export function regionsAndEmployees(): Scenario {
  const s = scenario().team('smt', 'Social Media Team').dept('mkt', 'Marketing').dept('hr', 'HR').member('mkt', 'smt').member('hr', 'smt');
  for (const [id, label] of [
    ['north', 'Region North'],
    ['south', 'Region South'],
    ['east', 'Region East'],
  ] as const) {
    s.unit(id, label).coordinates('smt', id).ownedAccount(id, `${id}-fb`, 'facebook', `${label} on Facebook`).ownedAccount(id, `${id}-x`, 'x', `${label} on X`);
  }
  for (const [id, label] of [
    ['devs', 'Developers'],
    ['design', 'Product designers'],
  ] as const) {
    s.employees(id, label).coordinates('smt', id).ownedAccount(id, `${id}-li`, 'linkedin', `${label} on LinkedIn`);
  }
  return s.build();
}

/** A municipality: twelve district pages on Facebook, all run by Communications. */
export function districtPages(): Scenario {
  const s = scenario().dept('comms', 'Communications');
  for (let i = 1; i <= 12; i++) s.ownedAccount('comms', `district-${String(i).padStart(2, '0')}`, 'facebook', `District ${i}`);
  return s.build();
}

/** A webcare account next to the corporate account, and a careers page next to the brand page. */
export function webcareAndCareers(): Scenario {
  return scenario()
    .dept('comms', 'Communications')
    .dept('hr', 'HR')
    .ownedAccount('comms', 'corporate', 'x', 'Acme')
    .ownedAccount('comms', 'webcare', 'x', 'Acme Care')
    .account('brand', 'linkedin', 'Acme', 'acme')
    .owns('comms', 'brand')
    .account('careers', 'linkedin', 'Acme Careers', 'acme')
    .owns('hr', 'careers')
    .build();
}

/** Eleven ungoverned accounts of one region, next to a hub with its spokes. */
export function elevenUngoverned(): Scenario {
  const s = scenario().team('smt', 'Social Media Team').unit('bu', 'Benelux').coordinates('smt', 'bu').ownedAccount('bu', 'bu-x', 'x');
  s.unit('south', 'Region South');
  for (let i = 1; i <= 11; i++) s.ownedAccount('south', `south-${String(i).padStart(2, '0')}`, 'facebook', `South page ${i}`);
  return s.build();
}

/** A team labelled "Social Media Hub" that coordinates nobody, next to departments running accounts. */
export function idleHubTeam(): Scenario {
  return scenario()
    .team('smh', 'Social Media Hub')
    .dept('a', 'Marketing')
    .dept('b', 'Sales')
    .dept('c', 'HR')
    .ownedAccount('a', 'a1', 'x')
    .ownedAccount('b', 'b1', 'facebook')
    .ownedAccount('c', 'c1', 'linkedin')
    .employees('devs', 'Developers')
    .ownedAccount('devs', 'd1', 'x')
    .build();
}
