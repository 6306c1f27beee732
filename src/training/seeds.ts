/** The separate random streams one run seed feeds, so that changing one use does not shift another. */
export const SEED_PURPOSE = {
  data: 1,
  split: 2,
  shuffle: 3,
  /** The range test's batch order: its own stream, so the test never shifts a run's shuffles. */
  rangeTest: 4,
} as const;
