import type { CadenceDefaults, PersonFunction, Relationship } from './types';

// How often to talk to someone, before the user sets a person's own cadence. Apart from the person rules
// (zod) because the settings defaults, read at start, contain these.

export const DEFAULT_CADENCE: CadenceDefaults = {
  manager: 7,
  productPeer: 7,
  otherPeer: 14,
  board: 90,
  other: 30,
};

/** SPEC §3: manager 7, peer in product 7, other peers 14, board 90, others 30 — or the user's defaults. */
export function defaultCadenceDays(
  relationship: Relationship,
  personFunction: PersonFunction,
  defaults: CadenceDefaults = DEFAULT_CADENCE,
): number {
  switch (relationship) {
    case 'manager':
      return defaults.manager;
    case 'peer':
      return personFunction === 'product' ? defaults.productPeer : defaults.otherPeer;
    case 'board':
      return defaults.board;
    case 'report':
    case 'external':
      return defaults.other;
  }
}
