/** A button that opens the file picker: for a setup JSON file by default, or any file kind a caller names. */
import { useRef } from 'react';

interface ImportFileButtonProps {
  onFile: (file: File) => void;
  label?: string;
  accept?: string;
  /** The hidden input's name, for tests and assistive technology. */
  inputLabel?: string;
}

export function ImportFileButton({ onFile, label = 'Import JSON…', accept = '.json,application/json', inputLabel = 'Setup JSON file' }: ImportFileButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        aria-label={inputLabel}
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
