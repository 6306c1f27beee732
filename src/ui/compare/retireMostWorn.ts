import type { TrainingClient } from '../../training/client';

/**
 * After a comparison, replaces at most one worn worker, the most worn
 * (client.ts says why workers wear). A comparison waits for its slowest
 * variant and a fresh worker's first run is slower, so the four workers,
 * which train the same epochs, are not replaced together.
 */
export function retireMostWorn(clients: readonly Pick<TrainingClient, 'epochsTrained' | 'retireIfWorn'>[]): void {
  const mostWorn = clients.reduce<(typeof clients)[number] | null>((worn, client) => (worn && worn.epochsTrained >= client.epochsTrained ? worn : client), null);
  mostWorn?.retireIfWorn();
}
