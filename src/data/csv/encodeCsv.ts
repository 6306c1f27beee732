/** Turns the kept rows of a planned CSV table into numbers: feature rows (one-hot for text) and targets (a class index, or the value). */
import { parseNumber } from './csvColumns';
import type { CsvPlan } from './csvPlan';
import type { CsvTable } from './readCsv';

export interface EncodedCsv {
  features: number[][];
  targets: number[];
}

export function encodeCsv(table: CsvTable, plan: CsvPlan): EncodedCsv {
  const indexOf = (name: string) => table.header.indexOf(name);
  const featureColumns = plan.features.map((feature) => ({ feature, index: indexOf(feature.name) }));
  const targetIndex = indexOf(plan.target);
  const classIndex = new Map((plan.classes ?? []).map((label, index) => [label, index]));
  const features: number[][] = [];
  const targets: number[] = [];
  for (const row of plan.kept) {
    const cells = table.rows[row]?.cells ?? [];
    features.push(
      featureColumns.flatMap(({ feature, index }) => {
        const cell = cells[index] ?? '';
        return feature.kind === 'number' ? [parseNumber(cell) as number] : feature.values.map((value) => (value === cell ? 1 : 0));
      }),
    );
    const target = cells[targetIndex] ?? '';
    targets.push(plan.classes ? (classIndex.get(target) as number) : (parseNumber(target) as number));
  }
  return { features, targets };
}
