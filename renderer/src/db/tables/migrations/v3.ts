// Schema v3: the saved search index (one row, written by the search worker, read back at start so a
// restart never rebuilds it), and the strategy moments indexed by the people who drove them, so a
// dossier reads only that person's moments.
export const SCHEMA_V3 = {
  strategyMoments: 'id, occurredOn, *drivenBy',
  searchIndex: 'id',
} as const;
