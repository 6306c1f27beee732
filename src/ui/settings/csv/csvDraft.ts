/**
 * The CSV form's state, pure: the file as read, the learner's choice of
 * target, features and task, and what that makes: the plan (task, classes,
 * encoding, rows dropped) and the dataset config to train on, or the
 * message saying why not. Only a usable choice reaches the setup.
 */
import type { CsvDatasetConfig } from '../../../config/datasetConfig';
import { profileColumns, type ColumnProfile } from '../../../data/csv/csvColumns';
import { describePlan, planCsv, type CsvPlan, type CsvTask } from '../../../data/csv/csvPlan';
import { readCsv, type CsvTable } from '../../../data/csv/readCsv';

export interface CsvFile {
  name: string;
  text: string;
}

export interface CsvChoiceDraft {
  target: string;
  /** Null: every column but the target. */
  features: string[] | null;
  task: CsvTask;
}

export type CsvOutcome =
  | { ok: true; table: CsvTable; columns: ColumnProfile[]; plan: CsvPlan; summary: string[]; dataset: CsvDatasetConfig }
  | { ok: false; table: CsvTable | null; columns: ColumnProfile[]; message: string };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The target a fresh file starts with: the last column, as most tables put it. */
export function firstChoice(table: CsvTable): CsvChoiceDraft {
  return { target: table.header.at(-1) ?? '', features: null, task: 'auto' };
}

/** Keeps what still fits the new file's columns (a file chosen again for a shared setup). */
export function choiceFor(table: CsvTable, previous: CsvChoiceDraft | null): CsvChoiceDraft {
  if (!previous || !table.header.includes(previous.target)) return firstChoice(table);
  const features = previous.features?.filter((name) => table.header.includes(name) && name !== previous.target) ?? null;
  return { ...previous, features: features && features.length > 0 ? features : null };
}

export function readTable(file: CsvFile): { table: CsvTable } | { message: string } {
  try {
    return { table: readCsv(file.text) };
  } catch (error) {
    return { message: messageOf(error) };
  }
}

export function evaluateChoice(file: CsvFile, table: CsvTable, choice: CsvChoiceDraft): CsvOutcome {
  const columns = profileColumns(table);
  try {
    const plan = planCsv(table, { target: choice.target, features: choice.features ?? undefined, task: choice.task });
    const dataset: CsvDatasetConfig = {
      kind: 'csv',
      name: file.name,
      text: file.text,
      target: choice.target,
      ...(choice.features ? { features: choice.features } : {}),
      // The task as detected or chosen, spelled out, so every part of the page (monitor choices, export) knows it.
      task: plan.task === 'regression' ? 'regression' : 'classification',
    };
    return { ok: true, table, columns, plan, summary: describePlan(plan, table.rows.length), dataset };
  } catch (error) {
    return { ok: false, table, columns, message: messageOf(error) };
  }
}

/** The features after a checkbox changed: the explicit list, or null when it is every column but the target. */
export function toggleFeature(table: CsvTable, choice: CsvChoiceDraft, name: string, on: boolean): CsvChoiceDraft {
  const all = table.header.filter((column) => column !== choice.target);
  const current = choice.features ?? all;
  const next = all.filter((column) => (column === name ? on : current.includes(column)));
  return { ...choice, features: next.length === all.length ? null : next };
}

/** A new target leaves the feature list, without itself. */
export function chooseTarget(choice: CsvChoiceDraft, target: string): CsvChoiceDraft {
  const features = choice.features?.filter((name) => name !== target) ?? null;
  return { ...choice, target, features: features && features.length > 0 ? features : null };
}
