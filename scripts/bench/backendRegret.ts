/**
 * `autoBackendRegret` (DESIGN.md §3): for the default lesson and the CNN
 * lesson, seconds an epoch on the backend the app's `auto` picks over the
 * fastest backend this browser has, the worse of the two. The pick is read
 * from a playground page without `?backend=` (one epoch of the lesson);
 * every backend is then timed forced, in a bare worker of its own (one
 * epoch to warm up, then the timed ones). A backend slower than a cap
 * (three times the pick's time, at least 5 s) is ended there: it cannot be
 * the fastest.
 */
import { BACKEND_NAMES, type BackendName } from '../../src/training/protocol';
import type { BarePage } from './barePage';
import type { BenchInput } from './benchConfig';
import { cnnLesson, defaultLesson } from './lessons';
import { note } from './log';
import type { Playground } from './playground';

export interface RegretFigure {
  lesson: string;
  picked: BackendName;
  regret: number | null;
}

const MIN_CAP_MS = 5_000;

async function autoPick(playground: Playground, config: BenchInput): Promise<{ name: BackendName; line: string }> {
  const run = await playground.run({ ...config, fit: { ...config.fit, epochs: 1 } } as BenchInput);
  const backend = run.messages.find((message) => message.type === 'backend')?.backend ?? '';
  const name = backend.split(' ')[0] as BackendName;
  if (!(BACKEND_NAMES as readonly string[]).includes(name)) throw new Error(`the auto playground reported no backend (${backend})`);
  return { name, line: backend };
}

async function lessonRegret(bare: BarePage, playground: Playground, lesson: string, config: (epochs: number, bare: boolean) => BenchInput, epochs: number): Promise<RegretFigure> {
  const picked = await autoPick(playground, config(1, false));
  note(`${lesson}: auto picked ${picked.line}`);
  const timed = new Map<BackendName, number>();
  const first = await bare.backendEpoch(config(epochs, true), picked.name, 600_000);
  if (first.secondsPerEpoch === null) throw new Error(`${lesson}: the picked backend ${picked.name} did not finish`);
  timed.set(picked.name, first.secondsPerEpoch);
  const capMs = Math.max(MIN_CAP_MS, first.secondsPerEpoch * epochs * 3000);
  for (const name of BACKEND_NAMES) {
    if (name === picked.name) continue;
    const result = await bare.backendEpoch(config(epochs, true), name, capMs);
    if (!result.started.startsWith(name)) note(`  ${name}: not available here (started ${result.started} instead)`);
    else if (result.secondsPerEpoch === null) note(`  ${name}: slower than the cap (${(capMs / 1000).toFixed(1)} s for the warm-up epoch or the ${epochs} timed), ended there`);
    else timed.set(name, result.secondsPerEpoch);
  }
  const fastest = Math.min(...timed.values());
  note(`  s/epoch: ${[...timed].map(([name, seconds]) => `${name} ${seconds.toFixed(3)}`).join(', ')}`);
  const regret = (timed.get(picked.name) as number) / fastest;
  note(`  regret: ${regret.toFixed(3)} (the pick over the fastest)`);
  return { lesson, picked: picked.name, regret };
}

/** Timed epochs per lesson: enough of the default lesson's short ones to rise above the timer's grain. */
export interface RegretEpochs {
  defaultLesson: number;
  cnnLesson: number;
}

export async function autoBackendRegret(bare: BarePage, playground: Playground, epochs: RegretEpochs): Promise<{ figures: RegretFigure[]; worst: number | null }> {
  const figures = [
    await lessonRegret(bare, playground, 'default lesson', defaultLesson, epochs.defaultLesson),
    await lessonRegret(bare, playground, 'CNN lesson', cnnLesson, epochs.cnnLesson),
  ];
  const regrets = figures.map((figure) => figure.regret).filter((regret): regret is number => regret !== null);
  return { figures, worst: regrets.length === figures.length ? Math.max(...regrets) : null };
}
