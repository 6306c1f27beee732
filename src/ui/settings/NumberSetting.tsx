/** A labelled number input for a run setting, keeping the typed text while it is not yet a number. */
import { useState } from 'react';
import { RateLockNote } from './RateLockNote';

interface NumberSettingProps {
  id: string;
  label: string;
  value: number;
  problem: string | null;
  hint?: string;
  step?: number;
  /** Keras's message when a schedule locks the rate; the input is disabled and says why in plain words. */
  rateLockedBy?: string | null;
  onChange: (value: number) => void;
}

export function NumberSetting({ id, label, value, problem, hint, step, rateLockedBy, onChange }: NumberSettingProps) {
  const [text, setText] = useState(() => (Number.isNaN(value) ? '' : String(value)));
  // A value set from elsewhere (the range test's "Use this rate") replaces the typed text.
  const [shown, setShown] = useState(value);
  if (!Object.is(value, shown)) {
    setShown(value);
    if (!Object.is(Number(text.trim() === '' ? Number.NaN : text), value)) setText(Number.isNaN(value) ? '' : String(value));
  }
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const lockedId = `${id}-locked`;
  const describedBy = [hint ? hintId : null, rateLockedBy ? lockedId : null, problem ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="setting">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        step={step ?? 'any'}
        value={text}
        disabled={Boolean(rateLockedBy)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => {
          setText(event.target.value);
          onChange(event.target.value.trim() === '' ? Number.NaN : Number(event.target.value));
        }}
      />
      {hint && (
        <span id={hintId} className="setting-hint">
          {hint}
        </span>
      )}
      {rateLockedBy && <RateLockNote id={lockedId} keras={rateLockedBy} />}
      {problem && (
        <span id={errorId} className="field-error">
          {problem}
        </span>
      )}
    </div>
  );
}
