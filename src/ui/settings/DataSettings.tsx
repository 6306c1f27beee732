/**
 * The Data part of the settings: the Dataset menu (built-in sets, MNIST
 * with its size, "Your CSV file…"), each set's own settings, and the CSV
 * form when the learner brings a file (picked here or dropped on the page).
 */
import { useCallback, useState } from 'react';
import { MNIST_SIZES, type CsvDatasetConfig, type DatasetConfig } from '../../config/datasetConfig';
import type { ConfigStore } from '../state/configStore';
import { problemAt } from '../state/configStore';
import { setDataset } from '../state/runDraft';
import { useStore } from '../state/useStore';
import type { CsvInbox } from './csvInbox';
import { DATASET_CHOICES, datasetFor, datasetLabel, type DatasetMenuValue } from './datasetChoices';
import { LazyCsvForm } from './LazyCsvForm';
import { NumberSetting } from './NumberSetting';

export function DataSettings({ store, csvInbox }: { store: ConfigStore; csvInbox: CsvInbox }) {
  const dataset = useStore(store, (state) => state.draft.dataset);
  const validation = useStore(store, (state) => state.validation);
  const dropped = useStore(csvInbox, (state) => state.dropped);
  // "Your CSV file…" shows the form before any file is chosen; the setup changes only when one is usable.
  const [csvChosen, setCsvChosen] = useState(false);
  const edit = store.edit;
  const at = (path: string) => problemAt(validation, path);
  const showCsv = csvChosen || dropped !== null || dataset.kind === 'csv';
  const menuValue: DatasetMenuValue = showCsv ? 'csv' : dataset.kind;
  const applyCsv = useCallback((csv: CsvDatasetConfig) => edit((current) => setDataset(current, csv)), [edit]);
  const choose = (kind: DatasetMenuValue) => {
    if (kind === 'csv') {
      setCsvChosen(true);
      return;
    }
    setCsvChosen(false);
    csvInbox.setState({ dropped: null });
    edit((current) => setDataset(current, datasetFor(kind, current.dataset)));
  };

  return (
    <fieldset>
      <legend>Data</legend>
      <div className="setting">
        <label htmlFor="setting-dataset">Dataset</label>
        <select id="setting-dataset" value={menuValue} onChange={(event) => choose(event.target.value as DatasetMenuValue)}>
          {DATASET_CHOICES.map((choice) => (
            <option key={choice.kind} value={choice.kind}>
              {choice.label}
            </option>
          ))}
        </select>
      </div>
      {dataset.kind === 'mnist' && !showCsv && <MnistSize dataset={dataset} onChange={(size) => edit((current) => setDataset(current, { kind: 'mnist', size }))} />}
      {'noise' in dataset && !showCsv && (
        <div className="setting-row">
          <NumberSetting id="setting-size" label="Samples" value={dataset.size} step={10} problem={at('dataset.size')} onChange={(size) => edit((current) => setDataset(current, { ...dataset, size }))} />
          <NumberSetting id="setting-noise" label="Noise" value={dataset.noise} step={0.05} problem={at('dataset.noise')} onChange={(noise) => edit((current) => setDataset(current, { ...dataset, noise }))} />
        </div>
      )}
      {showCsv && <LazyCsvForm current={dataset} dropped={dropped} currentLabel={datasetLabel(dataset)} onApply={applyCsv} />}
    </fieldset>
  );
}

function MnistSize({ dataset, onChange }: { dataset: Extract<DatasetConfig, { kind: 'mnist' }>; onChange: (size: (typeof MNIST_SIZES)[number]) => void }) {
  return (
    <div className="setting">
      <label htmlFor="setting-mnist-size">Digits</label>
      <select id="setting-mnist-size" value={dataset.size} aria-describedby="setting-mnist-hint" onChange={(event) => onChange(Number(event.target.value) as (typeof MNIST_SIZES)[number])}>
        {MNIST_SIZES.map((size) => (
          <option key={size} value={size}>
            {size.toLocaleString('en')}
          </option>
        ))}
      </select>
      <span id="setting-mnist-hint" className="setting-hint">
        28×28 grey images from the mnist package; fetched (1.6 MB) when a run first needs them
      </span>
    </div>
  );
}
