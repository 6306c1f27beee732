/**
 * A code field: CodeMirror once it has loaded (a plain textarea until then),
 * presets to start from, and the syntax error shown at its line before
 * anything runs. The code itself only ever runs in the training worker.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { findSyntaxError } from '../../callbacks';
import type { CodeEditorHandle } from './codeEditor';
import type { CodePreset } from './schedulePresets';

interface CodeFieldProps {
  id: string;
  label: string;
  value: string;
  presets: readonly CodePreset[];
  describedBy: string;
  onChange: (value: string) => void;
}

export function CodeField({ id, label, value, presets, describedBy, onChange }: CodeFieldProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<CodeEditorHandle | null>(null);
  const onChangeRef = useRef(onChange);
  const [loaded, setLoaded] = useState(false);
  const syntaxProblem = useMemo(() => findSyntaxError(value), [value]);
  const errorId = `${id}-syntax`;
  const describedByAll = syntaxProblem ? `${describedBy} ${errorId}` : describedBy;

  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  useEffect(() => {
    let cancelled = false;
    void import('./codeEditor').then(({ createCodeEditor }) => {
      if (cancelled || !hostRef.current) return;
      editorRef.current = createCodeEditor({
        parent: hostRef.current,
        value,
        label,
        describedBy: describedByAll,
        onChange: (next) => onChangeRef.current(next),
      });
      setLoaded(true);
    });
    return () => {
      cancelled = true;
      editorRef.current?.destroy();
      editorRef.current = null;
    };
    // The editor is created once; later values are pushed in below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    editorRef.current?.setValue(value);
  }, [value, loaded]);

  useEffect(() => {
    const line = syntaxProblem?.line;
    editorRef.current?.showProblem(syntaxProblem && line !== null && line !== undefined ? { line, message: syntaxProblem.message } : null);
  }, [syntaxProblem, loaded]);

  return (
    <div className="code-field">
      {presets.length > 0 && (
        <div className="code-presets" role="group" aria-label={`${label} presets`}>
          <span className="code-presets-label">Start from:</span>
          {presets.map((preset) => (
            <button key={preset.name} type="button" className="chip" title={preset.description} onClick={() => onChange(preset.source)}>
              {preset.name}
            </button>
          ))}
        </div>
      )}
      <div ref={hostRef} className="code-host" data-testid={`${id}-editor`} data-loaded={loaded ? 'true' : 'false'}>
        {!loaded && (
          <textarea
            id={id}
            className="code-fallback"
            aria-label={label}
            aria-describedby={describedByAll}
            aria-invalid={syntaxProblem ? true : undefined}
            spellCheck={false}
            rows={Math.min(14, value.split('\n').length + 1)}
            value={value}
            onChange={(event) => onChange(event.target.value)}
          />
        )}
      </div>
      {syntaxProblem && (
        <p id={errorId} className="field-error" role="alert" data-testid={`${id}-syntax-error`}>
          {syntaxProblem.line === null ? syntaxProblem.message : `Line ${syntaxProblem.line}: ${syntaxProblem.message}`}
        </p>
      )}
    </div>
  );
}
