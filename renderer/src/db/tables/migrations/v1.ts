// Schema v1, as the first release shipped it. Published: never edit it.
export const SCHEMA_V1 = {
  people: 'id, name, updatedAt',
  stanceChanges: 'id, personId',
  conversations: 'id, occurredAt, *personIds, *tags, calendarUid',
  commitments: 'id, personId, conversationId, open',
  checkIns: 'id, &week',
  strategyMoments: 'id, occurredOn',
  settings: 'id',
  drafts: 'formKey',
  personActivity: 'personId',
} as const;
