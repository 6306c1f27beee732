/**
 * `fit`'s arguments beyond epochs, batch size and the splits: `verbose`
 * (ProgbarLogger's lines in the run log, on by default), and, folded,
 * `validation_freq`, `initial_epoch`, `shuffle` and `class_weight`, typed as
 * in Python. The schema's messages appear at the field.
 */
import { useState } from 'react';
import type { FitConfig } from '../../config/modelConfig';
import { classWeightText, parseClassWeight, parseValidationFreq, validationFreqText } from './fitArgumentText';
import { NumberSetting } from './NumberSetting';

type Change = (changes: Partial<Record<keyof FitConfig, unknown>>) => void;

interface TextArgumentProps {
  id: string;
  python: string;
  initial: string;
  placeholder: string;
  problem: string | null;
  onText: (text: string) => void;
}

function TextArgument({ id, python, initial, placeholder, problem, onText }: TextArgumentProps) {
  const [text, setText] = useState(initial);
  const errorId = `${id}-error`;
  return (
    <div className="setting">
      <label htmlFor={id}>
        <code>{python}</code>
      </label>
      <input
        id={id}
        type="text"
        value={text}
        placeholder={placeholder}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? errorId : undefined}
        onChange={(event) => {
          setText(event.target.value);
          onText(event.target.value);
        }}
      />
      {problem && (
        <span id={errorId} className="field-error">
          {problem}
        </span>
      )}
    </div>
  );
}

export function FitArguments({ fit, problemAt, onChange }: { fit: FitConfig; problemAt: (path: string) => string | null; onChange: Change }) {
  const folded = ['validationFreq', 'initialEpoch', 'shuffle', 'classWeight'] as const;
  const problems = folded.some((name) => problemAt(`fit.${name}`) !== null);
  const changed = fit.validationFreq !== 1 || fit.initialEpoch !== 0 || !fit.shuffle || fit.classWeight !== null;
  const [open, setOpen] = useState(changed || problems);
  return (
    <div className="fit-arguments">
      <div className="setting setting-flag">
        <label htmlFor="setting-verbose">
          <input id="setting-verbose" type="checkbox" checked={fit.verbose !== 0} onChange={(event) => onChange({ verbose: event.target.checked ? 2 : 0 })} /> Epoch lines in the run log (<code>verbose=2</code>)
        </label>
      </div>
      <details className="more-parameters" open={open || problems} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>validation_freq, initial_epoch, shuffle, class_weight</summary>
        <div className="setting-row">
          <TextArgument
            id="setting-validation-freq"
            python="validation_freq"
            initial={validationFreqText(fit.validationFreq)}
            placeholder="1, or epochs as [1, 5, 10]"
            problem={problemAt('fit.validationFreq')}
            onText={(text) => onChange({ validationFreq: parseValidationFreq(text) })}
          />
          <NumberSetting id="setting-initial-epoch" label="initial_epoch" value={fit.initialEpoch} step={1} problem={problemAt('fit.initialEpoch')} onChange={(initialEpoch) => onChange({ initialEpoch })} />
        </div>
        <div className="setting-row">
          <div className="setting setting-flag">
            <label htmlFor="setting-shuffle">
              <input id="setting-shuffle" type="checkbox" checked={fit.shuffle} onChange={(event) => onChange({ shuffle: event.target.checked })} /> <code>shuffle</code>
            </label>
          </div>
          <TextArgument
            id="setting-class-weight"
            python="class_weight"
            initial={classWeightText(fit.classWeight)}
            placeholder="None, or {0: 1.0, 1: 2.0}"
            problem={problemAt('fit.classWeight')}
            onText={(text) => onChange({ classWeight: parseClassWeight(text) })}
          />
        </div>
      </details>
    </div>
  );
}
