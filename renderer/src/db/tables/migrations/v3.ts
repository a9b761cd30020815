// Schema v3: the saved search index (one row, written by the search worker, read back at start so a
// restart never rebuilds it); the strategy moments indexed by the people who drove them, and a person's
// commitments by whether they are open, so a dossier reads only that person's moments and open promises.
export const SCHEMA_V3 = {
  strategyMoments: 'id, occurredOn, *drivenBy',
  commitments: 'id, personId, conversationId, open, [personId+open]',
  searchIndex: 'id',
} as const;
