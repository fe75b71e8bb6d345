/** Realistic current → target pairs for the comparison tests. Pure (no node:*). */
import type { Scenario } from '../../shared/model/types';
import { scenario } from '../analysis/builders';

/** Five departments each running their own accounts, nobody coordinating; one orphan. */
export function decentralizedCurrent(): Scenario {
  return scenario('current')
    .dept('mkt', 'Marketing')
    .dept('cs', 'Customer Service')
    .dept('sales', 'Sales')
    .dept('hr', 'HR')
    .ownedAccount('mkt', 'acc-mkt-x', 'x', 'Acme on X')
    .ownedAccount('mkt', 'acc-mkt-fb', 'facebook', 'Acme on Facebook')
    .ownedAccount('cs', 'acc-cs-x', 'x', 'Acme Care')
    .ownedAccount('sales', 'acc-sales-li', 'linkedin', 'Acme Sales')
    .ownedAccount('sales', 'acc-sales-x', 'x', 'Acme Deals')
    .ownedAccount('hr', 'acc-hr-li', 'linkedin', 'Acme Jobs')
    .account('acc-ig', 'instagram', 'Acme Insta')
    .build();
}

/** The same organisation as hub and spoke: a cross-functional team guides every department. */
export function hubAndSpokeTarget(): Scenario {
  return scenario('target')
    .team('smt', 'Social Media Team')
    .dept('mkt', 'Marketing')
    .dept('cs', 'Customer Service')
    .dept('sales', 'Sales')
    .dept('hr', 'HR')
    .member('mkt', 'smt')
    .member('cs', 'smt')
    .coordinates('smt', 'mkt', 'cs', 'sales', 'hr')
    .ownedAccount('mkt', 'acc-mkt-x', 'x', 'Acme on X')
    .ownedAccount('mkt', 'acc-mkt-fb', 'facebook', 'Acme on Facebook')
    .ownedAccount('cs', 'acc-cs-x', 'x', 'Acme Care')
    .ownedAccount('sales', 'acc-sales-li', 'linkedin', 'Acme Sales')
    .ownedAccount('hr', 'acc-hr-li', 'linkedin', 'Acme Jobs')
    .ownedAccount('mkt', 'acc-ig', 'instagram', 'Acme Insta')
    .build();
}

/** Corporate Communications runs every account; the other departments have none. */
export function centralizedCurrent(): Scenario {
  return scenario('current')
    .dept('comms', 'Corporate Communications')
    .dept('mkt', 'Marketing')
    .dept('cs', 'Customer Service')
    .dept('sales', 'Sales')
    .ownedAccount('comms', 'acc-x', 'x', 'Acme on X')
    .ownedAccount('comms', 'acc-fb', 'facebook', 'Acme on Facebook')
    .ownedAccount('comms', 'acc-care', 'x', 'Acme Care')
    .ownedAccount('comms', 'acc-li', 'linkedin', 'Acme on LinkedIn')
    .build();
}

/** From centralized: a team with Communications, Marketing and Customer Service; webcare handed to Customer Service. */
export function centralizedToHubTarget(): Scenario {
  return scenario('target')
    .dept('comms', 'Corporate Communications')
    .dept('mkt', 'Marketing')
    .dept('cs', 'Customer Service')
    .dept('sales', 'Sales')
    .team('smt', 'Social Media Team')
    .member('comms', 'smt')
    .member('mkt', 'smt')
    .member('cs', 'smt')
    .coordinates('smt', 'comms', 'cs', 'sales')
    .ownedAccount('comms', 'acc-x', 'x', 'Acme on X')
    .ownedAccount('comms', 'acc-fb', 'facebook', 'Acme on Facebook')
    .ownedAccount('cs', 'acc-care', 'x', 'Acme Care')
    .ownedAccount('sales', 'acc-li', 'linkedin', 'Acme on LinkedIn')
    .build();
}

/** One central team coordinating six country units directly. */
export function hubAndSpokeCurrent(): Scenario {
  const b = scenario('current').team('global', 'Global Social Team').dept('comms', 'Communications').dept('mkt', 'Marketing').member('comms', 'global').member('mkt', 'global');
  for (const [id, label] of [
    ['nl', 'Globex Netherlands'],
    ['de', 'Globex Germany'],
    ['us', 'Globex United States'],
    ['br', 'Globex Brazil'],
  ] as const) {
    b.unit(id, label).coordinates('global', id).ownedAccount(id, `acc-${id}`, 'x', `${label} on X`);
  }
  return b.ownedAccount('global', 'acc-global', 'linkedin', 'Globex on LinkedIn').build();
}

/** The same with regional hubs for Europe and the Americas between the centre and the countries. */
export function multipleHubTarget(): Scenario {
  const b = scenario('target')
    .team('global', 'Global Social Team')
    .dept('comms', 'Communications')
    .dept('mkt', 'Marketing')
    .member('comms', 'global')
    .member('mkt', 'global')
    .team('hub-eu', 'Social Team Europe')
    .team('hub-am', 'Social Team Americas')
    .coordinates('global', 'hub-eu', 'hub-am');
  for (const [id, label, hub] of [
    ['nl', 'Globex Netherlands', 'hub-eu'],
    ['de', 'Globex Germany', 'hub-eu'],
    ['us', 'Globex United States', 'hub-am'],
    ['br', 'Globex Brazil', 'hub-am'],
  ] as const) {
    b.unit(id, label).coordinates(hub, id).member(id, hub).ownedAccount(id, `acc-${id}`, 'x', `${label} on X`);
  }
  return b.ownedAccount('global', 'acc-global', 'linkedin', 'Globex on LinkedIn').build();
}
