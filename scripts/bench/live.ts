/**
 * Only the bench's live run, at the length its goal is judged on: main-thread
 * long tasks, frame interval p95 and worker messages during an N-epoch run
 * with the charts live (after a discarded warm-up run), then Pause/Resume/Stop latencies.
 * `npx tsx scripts/bench/live.ts [epochs=200] [backend=wasm] [port=4481] [stopCycles=10] [warmUpEpochs=4]`
 * (the full bench's live run follows its timing trials, as long as the default run: a warm-up of 50 leaves the page as they do).
 */
import { playgroundConfig } from './benchConfig';
import { liveRun } from './liveRun';
import { runBenchPart } from './partSession';
import { note } from './log';
import { p95 } from './stats';
import { stopLatencies } from './stopLatency';

const epochs = Number(process.argv[2] ?? 200);
const backend = (process.argv[3] ?? 'wasm') as 'wasm';
const port = Number(process.argv[4] ?? 4481);
const cycles = Number(process.argv[5] ?? 10);
const warmUpEpochs = Number(process.argv[6] ?? 4);
await runBenchPart(port, backend, async ({ playground }) => {
  // A warm-up run, discarded: it starts the training worker and loads the backend.
  await playground.run(playgroundConfig(warmUpEpochs));
  const live = await liveRun(playground, epochs);
  const stops = await stopLatencies(playground, cycles);
  const pressToAck = [...stops.pause, ...(stops.stop === null ? [] : [stops.stop])];
  note(`pause → ack: ${stops.pause.map((ms) => ms.toFixed(0)).join(', ')} ms; stop → ack: ${stops.stop?.toFixed(0) ?? '?'} ms${stops.failure ? `; ${stops.failure}` : ''}`);
  console.log(JSON.stringify({ epochs, backend, longTasksOver50ms: live.longTasks, rafIntervalP95Ms: live.rafP95, workerMessagesPerSec: live.messagesPerSec, stopLatencyP95Ms: pressToAck.length ? p95(pressToAck) : null }));
});
