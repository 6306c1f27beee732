/** The JSON line of DESIGN.md §3 and a verdict per goal of issue 10. */
import { note, section } from './log';
import { rounded } from './stats';

export const FIELDS = [
  'backend', 'epochsPerSecBare', 'epochsPerSecPlayground', 'overheadRatio', 'overheadRatioIqr', 'aaRatioIqr',
  'tfjsVisOverheadRatio', 'kernelsPerBatchBare', 'kernelsPerBatchPlayground', 'syncReadsPerBatch', 'asyncReadsPerBatch',
  'longTasksOver50ms', 'rafIntervalP95Ms', 'workerMessagesPerSec', 'stopLatencyP95Ms', 'tensorsGrowthPerEpoch',
  'mainBundleGzipKB', 'workerBundleGzipKB', 'checkpointSaveMs', 'checkpointSaveShareOfEpoch', 'compare4RunsWallRatio',
  'compare4RunsWallRatioBare', 'compare16RunsWallRatio', 'compare16RunsWallRatioBare', 'stackedMaxRelDiff', 'firstEpochMs', 'lrFinderMs', 'cnnOverheadRatio', 'autoBackendRegret',
] as const;

export type Field = (typeof FIELDS)[number];
export type BenchLine = { backend: string } & Record<Exclude<Field, 'backend'>, number | null>;

export function jsonLine(line: BenchLine): string {
  const ordered: Record<string, string | number | null> = {};
  for (const field of FIELDS) {
    const value = line[field];
    ordered[field] = typeof value === 'number' ? (Number.isFinite(value) ? rounded(value) : null) : value;
  }
  return JSON.stringify(ordered);
}

export interface Extras {
  /** A/A spread above this makes the overhead verdict inconclusive. */
  overheadMargin: number;
  tensorsBefore: number;
  tensorsAfter: number;
}

type Verdict = 'met' | 'MISSED' | 'inconclusive' | 'not measured';

function judge(ok: boolean | null): Verdict {
  if (ok === null) return 'not measured';
  return ok ? 'met' : 'MISSED';
}

const known = (value: number | null): value is number => value !== null && Number.isFinite(value);

export function printVerdicts(line: BenchLine, extras: Extras): void {
  section('goals (issue 10)');
  const verdicts: [string, Verdict, string][] = [];
  const add = (goal: string, verdict: Verdict, detail = ''): void => void verdicts.push([goal, verdict, detail]);
  const { overheadRatio, aaRatioIqr, tfjsVisOverheadRatio } = line;
  if (!known(overheadRatio) || !known(aaRatioIqr)) add('overheadRatio >= 0.97', 'not measured');
  else if (aaRatioIqr > extras.overheadMargin) add('overheadRatio >= 0.97', 'inconclusive', `A/A IQR ${rounded(aaRatioIqr, 3)} is wider than the goal's margin ${extras.overheadMargin}; measured ${rounded(overheadRatio, 3)}`);
  else add('overheadRatio >= 0.97', judge(overheadRatio >= 0.97), `${rounded(overheadRatio, 3)} (IQR ${line.overheadRatioIqr === null ? '?' : rounded(line.overheadRatioIqr, 3)})`);
  add('overheadRatio > tfjsVisOverheadRatio', judge(known(overheadRatio) && known(tfjsVisOverheadRatio) ? overheadRatio > tfjsVisOverheadRatio : null), `${overheadRatio} vs ${tfjsVisOverheadRatio}`);
  const { kernelsPerBatchBare: kBare, kernelsPerBatchPlayground: kPlay } = line;
  add('kernelsPerBatchPlayground <= kernelsPerBatchBare', judge(known(kBare) && known(kPlay) ? kPlay <= kBare : null), `${kPlay} vs ${kBare}`);
  add('stackedMaxRelDiff <= 1e-5 (cpu)', judge(known(line.stackedMaxRelDiff) ? line.stackedMaxRelDiff <= 1e-5 : null), String(line.stackedMaxRelDiff));
  add('syncReadsPerBatch = 0', judge(known(line.syncReadsPerBatch) ? line.syncReadsPerBatch === 0 : null), String(line.syncReadsPerBatch));
  add('asyncReadsPerBatch <= 1', judge(known(line.asyncReadsPerBatch) ? line.asyncReadsPerBatch <= 1 : null), String(line.asyncReadsPerBatch));
  add('longTasksOver50ms = 0', judge(known(line.longTasksOver50ms) ? line.longTasksOver50ms === 0 : null), String(line.longTasksOver50ms));
  add('rafIntervalP95Ms <= 20', judge(known(line.rafIntervalP95Ms) ? line.rafIntervalP95Ms <= 20 : null), String(line.rafIntervalP95Ms));
  add('workerMessagesPerSec <= 30', judge(known(line.workerMessagesPerSec) ? line.workerMessagesPerSec <= 30 : null), String(line.workerMessagesPerSec));
  add('stopLatencyP95Ms <= 50', judge(known(line.stopLatencyP95Ms) ? line.stopLatencyP95Ms <= 50 : null), String(line.stopLatencyP95Ms));
  const back = extras.tensorsAfter === extras.tensorsBefore;
  // A count below epoch 2's is no leak: a checkpoint's weight copies can still be in flight at an epoch's end.
  add('tensorsGrowthPerEpoch <= 0 (no leak), back to the start after the run', judge(known(line.tensorsGrowthPerEpoch) ? line.tensorsGrowthPerEpoch <= 0 && back : null), `${line.tensorsGrowthPerEpoch} an epoch; ${extras.tensorsBefore} before, ${extras.tensorsAfter} after`);
  add('mainBundleGzipKB <= 250', judge(known(line.mainBundleGzipKB) ? line.mainBundleGzipKB <= 250 : null), String(line.mainBundleGzipKB));
  add('firstEpochMs <= 300 (cold page, default lesson)', judge(known(line.firstEpochMs) ? line.firstEpochMs <= 300 : null), String(line.firstEpochMs));
  add('checkpointSaveShareOfEpoch <= 0.02', judge(known(line.checkpointSaveShareOfEpoch) ? line.checkpointSaveShareOfEpoch <= 0.02 : null), String(line.checkpointSaveShareOfEpoch));
  const { compare4RunsWallRatio: c4, compare4RunsWallRatioBare: c4Bare, compare16RunsWallRatio: c16, compare16RunsWallRatioBare: c16Bare } = line;
  add('compare4RunsWallRatio <= 1.3 (DESIGN.md §7: one stack)', judge(known(c4) ? c4 <= 1.3 : null), `${c4} (bare workers: ${c4Bare})`);
  add('compare16RunsWallRatio <= 2.5', judge(known(c16) ? c16 <= 2.5 : null), `${c16} (bare workers: ${c16Bare})`);
  add('cnnOverheadRatio >= 0.95', judge(known(line.cnnOverheadRatio) ? line.cnnOverheadRatio >= 0.95 : null), String(line.cnnOverheadRatio));
  add('autoBackendRegret <= 1.10', judge(known(line.autoBackendRegret) ? line.autoBackendRegret <= 1.1 : null), String(line.autoBackendRegret));
  add('lrFinderMs <= 2000 (wasm)', judge(known(line.lrFinderMs) ? line.lrFinderMs <= 2000 : null), String(line.lrFinderMs));
  for (const [goal, verdict, detail] of verdicts) note(`${verdict.padEnd(13)} ${goal}${detail ? `: ${detail}` : ''}`);
}
