/**
 * One Keras parameter as a form control: its camelCase name as the label,
 * Keras's default, a one-line help, and the schema's message next to it
 * (`aria-invalid`, `aria-describedby`).
 */
import { useState, type ReactNode } from 'react';
import { CodeField } from '../code/CodeField';
import { CUSTOM_CALLBACK_PRESETS } from '../code/customCallbackPresets';
import { SCHEDULE_PRESETS } from '../code/schedulePresets';
import type { ParamInfo } from './callbackCatalog';
import { numberFromText, numberListFromText, saveFreqFromText, textFromValue } from './paramValues';

interface ParamFieldProps {
  entryId: string;
  param: ParamInfo;
  value: unknown;
  problem: string | null;
  monitorChoices: readonly string[];
  onChange: (value: unknown) => void;
  /** "Keras default", or "Default" for Plateau's own callbacks. */
  defaultLabel?: string;
}

interface ControlProps extends ParamFieldProps {
  id: string;
  describedBy: string;
}

function TextControl({ id, param, value, problem, describedBy, onChange, parse }: ControlProps & { parse: (text: string) => unknown }) {
  const [text, setText] = useState(() => textFromValue(value));
  return (
    <input
      id={id}
      type="text"
      inputMode={param.control.kind === 'text' || param.control.kind === 'saveFreq' || param.control.kind === 'numberList' ? undefined : 'decimal'}
      value={text}
      placeholder={param.kerasDefault === '(required)' ? undefined : param.kerasDefault.replace(/^"|"$/g, '')}
      aria-invalid={problem ? true : undefined}
      aria-describedby={describedBy}
      spellCheck={false}
      onChange={(event) => {
        setText(event.target.value);
        onChange(parse(event.target.value));
      }}
    />
  );
}

function MonitorControl({ id, value, problem, describedBy, monitorChoices, onChange }: ControlProps) {
  const current = typeof value === 'string' ? value : 'val_loss';
  const [other, setOther] = useState(!monitorChoices.includes(current));
  return (
    <span className="monitor-control">
      <select
        id={id}
        value={other ? '__other' : current}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => {
          if (event.target.value === '__other') {
            setOther(true);
            return;
          }
          setOther(false);
          onChange(event.target.value === 'val_loss' ? undefined : event.target.value);
        }}
      >
        {monitorChoices.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
        <option value="__other">other…</option>
      </select>
      {other && (
        <input
          type="text"
          aria-label="monitor: other metric name"
          defaultValue={current}
          spellCheck={false}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </span>
  );
}

function SelectControl({ id, value, problem, describedBy, onChange, options, fallback }: ControlProps & { options: readonly string[]; fallback: string }) {
  return (
    <select
      id={id}
      value={textFromValue(value) || fallback}
      aria-invalid={problem ? true : undefined}
      aria-describedby={describedBy}
      onChange={(event) => {
        const chosen = event.target.value;
        const asValue = /^\d+$/.test(chosen) ? Number(chosen) : chosen;
        onChange(chosen === fallback ? undefined : asValue);
      }}
    >
      {options.map((option) => (
        <option key={option} value={option}>
          {option}
        </option>
      ))}
    </select>
  );
}

function control(props: ControlProps): ReactNode {
  const { control: kind } = props.param;
  switch (kind.kind) {
    case 'number':
    case 'integer':
    case 'nullableNumber':
      return <TextControl {...props} parse={(text) => numberFromText(text)} />;
    case 'saveFreq':
      return <TextControl {...props} parse={saveFreqFromText} />;
    case 'numberList':
      return <TextControl {...props} parse={numberListFromText} />;
    case 'text':
      return <TextControl {...props} parse={(text) => (text === '' && props.param.kerasDefault !== '(required)' ? undefined : text)} />;
    case 'boolean': {
      // A parameter that defaults to True is left out while checked, and set to false when not.
      const onByDefault = props.param.kerasDefault === 'True';
      return (
        <input
          id={props.id}
          type="checkbox"
          checked={onByDefault ? props.value !== false : props.value === true}
          aria-invalid={props.problem ? true : undefined}
          aria-describedby={props.describedBy}
          onChange={(event) => props.onChange(onByDefault ? (event.target.checked ? undefined : false) : event.target.checked ? true : undefined)}
        />
      );
    }
    case 'mode':
      return <SelectControl {...props} options={['auto', 'min', 'max']} fallback="auto" />;
    case 'verbose':
      return <SelectControl {...props} options={['0', '1']} fallback="0" />;
    case 'monitor':
      return <MonitorControl {...props} />;
    case 'code':
      return (
        <CodeField
          id={props.id}
          label={props.param.name}
          value={typeof props.value === 'string' ? props.value : ''}
          presets={kind.language === 'schedule' ? SCHEDULE_PRESETS : kind.language === 'callback' ? CUSTOM_CALLBACK_PRESETS : []}
          describedBy={props.describedBy}
          onChange={kind.language === 'hook' ? (text) => props.onChange(text.trim() === '' ? undefined : text) : props.onChange}
        />
      );
  }
}

export function ParamField(props: ParamFieldProps) {
  const { entryId, param, problem } = props;
  const id = `${entryId}-${param.name}`;
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const isCode = param.control.kind === 'code';
  // A code field shows its own syntax error at the line; the schema says the same.
  const shownProblem = isCode ? null : problem;
  const describedBy = shownProblem ? `${helpId} ${errorId}` : helpId;
  const isCheckbox = param.control.kind === 'boolean';
  return (
    <div className={`param${isCode ? ' param-code' : ''}${isCheckbox ? ' param-checkbox' : ''}`}>
      <label htmlFor={id} className="param-name">
        {param.name}
      </label>
      <div className="param-control">{control({ ...props, id, describedBy })}</div>
      <p id={helpId} className="param-help">
        {param.help} <span className="param-default">
          {props.defaultLabel ?? 'Keras default'}: {param.kerasDefault}
        </span>
      </p>
      {shownProblem && (
        <p id={errorId} className="field-error" data-testid={`${id}-error`}>
          {shownProblem}
        </p>
      )}
    </div>
  );
}
