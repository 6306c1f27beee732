/** The separate random streams one run seed feeds, so that changing one use does not shift another. */
export const SEED_PURPOSE = {
  data: 1,
  split: 2,
  shuffle: 3,
} as const;
