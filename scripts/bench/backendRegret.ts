/**
 * `autoBackendRegret` (DESIGN.md §3): for the default lesson and the CNN
 * lesson, seconds an epoch on the backend the app's `auto` picks over the
 * fastest backend this browser has, the worse of the two. The pick is read
 * from a playground page without `?backend=` (one epoch of the lesson);
 * every backend is then timed forced, in a bare worker of its own (one
 * epoch to warm up, then the timed ones). A backend slower than a cap
 * (three times the pick's time, at least 5 s) for any step (starting,
 * the warm-up, the timed epochs) is ended there: it cannot be the fastest.
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

interface LessonTimes {
  lesson: string;
  config: (epochs: number, bare: boolean) => BenchInput;
  epochs: number;
  picked: BackendName;
  capMs: number;
  timed: Map<BackendName, number>;
}

async function pickAndTimeIt(bare: BarePage, playground: Playground, lesson: string, config: LessonTimes['config'], epochs: number): Promise<LessonTimes> {
  const picked = await autoPick(playground, config(1, false));
  note(`${lesson}: auto picked ${picked.line}`);
  const first = await bare.backendEpoch(config(epochs, true), picked.name, 600_000);
  if (first.secondsPerEpoch === null) throw new Error(`${lesson}: the picked backend ${picked.name} did not finish`);
  const capMs = Math.max(MIN_CAP_MS, first.secondsPerEpoch * epochs * 3000);
  return { lesson, config, epochs, picked: picked.name, capMs, timed: new Map([[picked.name, first.secondsPerEpoch]]) };
}

async function timeOthers(bare: BarePage, times: LessonTimes, names: readonly BackendName[]): Promise<void> {
  for (const name of names) {
    if (name === times.picked) continue;
    const result = await bare.backendEpoch(times.config(times.epochs, true), name, times.capMs);
    if (result.cappedAfterMs !== null) note(`  ${times.lesson}, ${name}: slower than the cap (${(times.capMs / 1000).toFixed(1)} s for a step: starting, the warm-up epoch or the ${times.epochs} timed), ended there`);
    else if (result.started !== name) note(`  ${times.lesson}, ${name}: not available here (started ${result.started} instead)`);
    else if (result.secondsPerEpoch !== null) times.timed.set(name, result.secondsPerEpoch);
  }
}

function regretOf(times: LessonTimes): RegretFigure {
  const fastest = Math.min(...times.timed.values());
  const regret = (times.timed.get(times.picked) as number) / fastest;
  note(`${times.lesson}: s/epoch ${[...times.timed].map(([name, seconds]) => `${name} ${seconds.toFixed(3)}`).join(', ')}; regret ${regret.toFixed(3)} (${times.picked} over the fastest)`);
  return { lesson: times.lesson, picked: times.picked, regret };
}

/** Timed epochs per lesson: enough of the default lesson's short ones to rise above the timer's grain. */
export interface RegretEpochs {
  defaultLesson: number;
  cnnLesson: number;
}

/** The CPU backends of both lessons before any GPU one: an ended GPU worker can leave the GPU process busy (in software, on the CPU) for a while. */
export async function autoBackendRegret(bare: BarePage, playground: Playground, epochs: RegretEpochs): Promise<{ figures: RegretFigure[]; worst: number | null }> {
  const lessons = [
    await pickAndTimeIt(bare, playground, 'default lesson', defaultLesson, epochs.defaultLesson),
    await pickAndTimeIt(bare, playground, 'CNN lesson', cnnLesson, epochs.cnnLesson),
  ];
  for (const times of lessons) await timeOthers(bare, times, ['wasm', 'cpu']);
  for (const times of lessons) await timeOthers(bare, times, ['webgl', 'webgpu']);
  const figures = lessons.map(regretOf);
  const regrets = figures.map((figure) => figure.regret).filter((regret): regret is number => regret !== null);
  return { figures, worst: regrets.length === figures.length ? Math.max(...regrets) : null };
}
