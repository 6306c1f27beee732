/**
 * The files the run's callbacks wrote (CSVLogger's), each downloadable under
 * the name the callback gave it, with the text it wrote: its separator, its
 * header, the rows appended to an earlier run's file with `append=True`.
 * Beside the history download, which stays as it is.
 */
import { saveBlob } from '../files/saveBlob';
import { useStore } from '../state/useStore';
import type { RunSessionStore } from '../watch/runSession';

/** The file's base name: a `filename` such as `logs/training.csv` downloads as `training.csv`. */
export function downloadName(filename: string): string {
  return filename.split(/[/\\]/).filter(Boolean).at(-1) ?? filename;
}

export function RunFilesDownload({ session }: { session: RunSessionStore }) {
  const files = useStore(session, (state) => state.summary?.files);
  const names = Object.keys(files ?? {});
  if (!files || names.length === 0) return null;
  return (
    <div className="history-download" role="group" aria-label="Files the callbacks wrote">
      <span>CSVLogger:</span>
      {names.map((name) => (
        <button
          key={name}
          type="button"
          onClick={() => saveBlob(new Blob([files[name] ?? ''], { type: 'text/csv' }), downloadName(name))}
          aria-label={`Download ${name}, the file CSVLogger wrote`}
        >
          {name}
        </button>
      ))}
    </div>
  );
}
