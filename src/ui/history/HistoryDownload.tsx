/**
 * The run's history as a file, during or after the run: CSV as Keras's
 * CSVLogger writes it, or JSON shaped like Keras's `History`.
 */
import { useMemo } from 'react';
import { saveBlob } from '../files/saveBlob';
import './history.css';
import { useStore } from '../state/useStore';
import type { RunSessionStore } from '../watch/runSession';
import { liveThrottled } from '../state/liveThrottled';

export function HistoryDownload({ session }: { session: RunSessionStore }) {
  const slow = useMemo(() => liveThrottled(session, 'readout', { minIntervalMs: 500 }), [session]);
  const epochs = useStore(slow, (state) => state.history.length);
  const download = async (format: 'csv' | 'json') => {
    // Loaded on first use: the CSV comes from the callbacks' own CSVLogger, which the first visit need not download.
    const { historyCsv, historyJson } = await import('../../export/historyFiles');
    const history = session.getState().history;
    const text = format === 'csv' ? historyCsv(history) : historyJson(history);
    saveBlob(new Blob([text], { type: format === 'csv' ? 'text/csv' : 'application/json' }), `history.${format}`);
  };
  return (
    <div className="history-download" role="group" aria-label="Download history">
      <span>History ({epochs} {epochs === 1 ? 'epoch' : 'epochs'}):</span>
      <button type="button" disabled={epochs === 0} onClick={() => void download('csv')} aria-label="Download history as CSV (Keras CSVLogger format)">
        CSV
      </button>
      <button type="button" disabled={epochs === 0} onClick={() => void download('json')} aria-label="Download history as JSON">
        JSON
      </button>
    </div>
  );
}
