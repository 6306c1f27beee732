/**
 * "Your CSV file…": pick or drop a file, see its first rows, choose the
 * target and the features, and read what Plateau makes of them (classes or
 * regression, text one-hot, rows dropped and why). A usable choice becomes
 * the run's dataset at once; anything else says why at the form and leaves
 * the setup as it was. Loaded lazily: papaparse is not in the first page.
 */
import { useEffect, useMemo, useState } from 'react';
import type { CsvDatasetConfig, DatasetConfig } from '../../../config/datasetConfig';
import type { CsvTask } from '../../../data/csv/csvPlan';
import { chooseTarget, choiceFor, evaluateChoice, readTable, toggleFeature, type CsvChoiceDraft, type CsvFile } from './csvDraft';
import { columnKind, CsvPreview } from './CsvPreview';
import { readCsvFile } from './readCsvFile';
import './csv.css';

export interface CsvDatasetFormProps {
  current: DatasetConfig;
  /** A file dropped on the page, handed over once (a new object each drop). */
  dropped: File | null;
  /** What the run trains on now, in words, for "the setup is unchanged". */
  currentLabel: string;
  onApply: (dataset: CsvDatasetConfig) => void;
}

function initialFile(current: DatasetConfig): CsvFile | null {
  return current.kind === 'csv' && current.text !== '' ? { name: current.name, text: current.text } : null;
}

function initialChoice(current: DatasetConfig): CsvChoiceDraft | null {
  if (current.kind !== 'csv') return null;
  return { target: current.target, features: current.features ?? null, task: current.task };
}

const sameDataset = (a: DatasetConfig, b: CsvDatasetConfig) => JSON.stringify(a) === JSON.stringify(b);

export default function CsvDatasetForm({ current, dropped, currentLabel, onApply }: CsvDatasetFormProps) {
  const [file, setFile] = useState<CsvFile | null>(() => initialFile(current));
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [choice, setChoice] = useState<CsvChoiceDraft | null>(() => initialChoice(current));
  const read = useMemo(() => (file ? readTable(file) : null), [file]);
  const table = read && 'table' in read ? read.table : null;
  const outcome = useMemo(() => (file && table && choice ? evaluateChoice(file, table, choice) : null), [file, table, choice]);

  const open = (picked: File) => {
    void readCsvFile(picked).then((result) => {
      if ('message' in result) {
        setFileProblem(`${picked.name}: ${result.message}`);
        return;
      }
      const next = readTable(result.file);
      if ('message' in next) {
        setFileProblem(`${picked.name}: ${next.message}`);
        return;
      }
      setFileProblem(null);
      setFile(result.file);
      setChoice((previous) => choiceFor(next.table, previous));
    });
  };

  useEffect(() => {
    // Only a new drop opens a file.
    if (dropped) open(dropped);
  }, [dropped]);

  useEffect(() => {
    if (outcome?.ok && !sameDataset(current, outcome.dataset)) onApply(outcome.dataset);
  }, [outcome, current, onApply]);

  const awaiting = current.kind === 'csv' && current.text === '' && !file;
  const problem = fileProblem ?? (outcome && !outcome.ok ? outcome.message : null);
  const features = table && choice ? (choice.features ?? table.header.filter((name) => name !== choice.target)) : [];

  return (
    <div className="csv-form" data-testid="csv-form">
      {awaiting && (
        <p className="blocked-reason" role="status" data-testid="csv-awaiting">
          This setup trains on {current.name}
          {current.omittedChars ? ` (${Math.ceil(current.omittedChars / 1000)} KB)` : ''}, which was too big to carry in the link: choose the file again.
        </p>
      )}
      <div className="setting">
        <label htmlFor="csv-file">CSV file</label>
        <input id="csv-file" type="file" accept=".csv,.tsv,text/csv,text/tab-separated-values" aria-describedby="csv-file-hint" onChange={(event) => {
          const picked = event.target.files?.[0];
          if (picked) open(picked);
          event.target.value = '';
        }} />
        <span id="csv-file-hint" className="setting-hint">
          {file ? `Loaded: ${file.name}. ` : ''}A header row, then one row per sample; or drop a .csv on the page (at most 5 MB).
        </span>
      </div>
      {problem && (
        <p role="alert" className="field-error csv-problem" data-testid="csv-problem">
          {problem}. The run still trains on {currentLabel}.
        </p>
      )}
      {table && choice && outcome && (
        <>
          <CsvPreview table={table} columns={outcome.columns} target={choice.target} />
          <div className="setting-row">
            <div className="setting">
              <label htmlFor="csv-target">Target column</label>
              <select id="csv-target" value={choice.target} onChange={(event) => setChoice(chooseTarget(choice, event.target.value))}>
                {table.header.map((name) => (
                  <option key={name}>{name}</option>
                ))}
              </select>
            </div>
            <div className="setting">
              <label htmlFor="csv-task">Task</label>
              <select id="csv-task" value={choice.task} onChange={(event) => setChoice({ ...choice, task: event.target.value as CsvTask })}>
                <option value="auto">{outcome.ok ? `detected: ${outcome.plan.detected}` : 'detect'}</option>
                <option value="classification">classification</option>
                <option value="regression">regression</option>
              </select>
            </div>
          </div>
          <fieldset className="csv-features">
            <legend>Feature columns</legend>
            {outcome.columns
              .filter((column) => column.name !== choice.target)
              .map((column) => (
                <label key={column.name} className="csv-feature">
                  <input type="checkbox" checked={features.includes(column.name)} onChange={(event) => setChoice(toggleFeature(table, choice, column.name, event.target.checked))} />
                  {column.name} <span className="muted">({columnKind(column, table.rows.length)})</span>
                </label>
              ))}
          </fieldset>
          {outcome.ok && (
            <ul className="csv-summary" data-testid="csv-summary" role="status">
              {outcome.summary.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
