/** A button that opens the file picker for a setup JSON file. */
import { useRef } from 'react';

export function ImportFileButton({ onFile }: { onFile: (file: File) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        Import JSON…
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        aria-label="Setup JSON file"
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared, so picking the same file again (after fixing it) reads it again.
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
