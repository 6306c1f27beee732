/**
 * Chooses the optimizer's learning-rate schedule (or none) and edits its
 * parameters, with Keras's names. Problems come from the same schema the
 * worker uses, in Keras's words.
 */
import { useState } from 'react';
import type { ScheduleKind } from '../../callbacks/schedules';
import { SCHEDULE_KINDS, scheduleSpecSchema, type ScheduleSpecOutput } from '../../config/scheduleSchemas';
import { defaultSchedule } from './scheduleDefaults';
import { ScheduleOptionalParams } from './ScheduleOptionalParams';
import { SCHEDULE_OPTIONALS } from './scheduleOptionals';

interface SchedulePickerProps {
  id: string;
  value: ScheduleSpecOutput | null;
  totalSteps: number;
  learningRate: number;
  onChange: (spec: ScheduleSpecOutput | null) => void;
}

type ParamValue = number | boolean | string | number[] | null | undefined;
/** What the form holds while the learner types: maybe not a valid schedule yet. */
type DraftSchedule = { kind: ScheduleKind; params: Record<string, ParamValue> };

const asDraft = (spec: ScheduleSpecOutput | null): DraftSchedule | null => (spec ? { kind: spec.kind, params: { ...spec.params } } : null);

function parseField(text: string, previous: ParamValue): ParamValue {
  if (Array.isArray(previous)) return text.split(',').map((part) => Number(part.trim()));
  if (typeof previous === 'string') return text;
  return text.trim() === '' ? undefined : Number(text);
}

function ParamInput({ id, name, value, onChange }: { id: string; name: string; value: ParamValue; onChange: (next: ParamValue) => void }) {
  const [text, setText] = useState(Array.isArray(value) ? value.join(', ') : value === null || value === undefined ? '' : String(value));
  if (typeof value === 'boolean') {
    return (
      <label className="setting setting-check">
        <input type="checkbox" checked={value} onChange={(event) => onChange(event.target.checked)} /> {name}
      </label>
    );
  }
  return (
    <div className="setting">
      <label htmlFor={id}>{name}</label>
      <input
        id={id}
        type="text"
        inputMode={typeof value === 'string' ? 'text' : 'decimal'}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          onChange(parseField(event.target.value, value));
        }}
      />
    </div>
  );
}

/** The parameters shown at once: those the starting schedule sets, and any other the setup already holds that is not folded. */
function mainNames(draft: DraftSchedule, totalSteps: number, learningRate: number): string[] {
  const folded = new Set(SCHEDULE_OPTIONALS[draft.kind].map((param) => param.name));
  const starting = Object.keys(defaultSchedule(draft.kind, totalSteps, learningRate).params);
  return [...new Set([...starting, ...Object.keys(draft.params).filter((name) => !folded.has(name))])];
}

export function SchedulePicker({ id, value, totalSteps, learningRate, onChange }: SchedulePickerProps) {
  const [draft, setDraft] = useState<DraftSchedule | null>(() => asDraft(value));
  const checked = draft ? scheduleSpecSchema.safeParse(draft) : null;
  const problem = checked && !checked.success ? checked.error.issues.map((issue) => `${issue.path.slice(1).join('.') || 'schedule'}: ${issue.message}`).join('; ') : null;
  const update = (next: DraftSchedule | null) => {
    setDraft(next);
    if (next === null) {
      onChange(null);
      return;
    }
    const parsed = scheduleSpecSchema.safeParse(next);
    if (parsed.success) onChange(parsed.data);
  };
  const params = draft?.params ?? {};

  return (
    <div className="schedule-picker">
      <div className="setting">
        <label htmlFor={`${id}-kind`}>Learning-rate schedule</label>
        <select
          id={`${id}-kind`}
          value={draft?.kind ?? ''}
          onChange={(event) => update(event.target.value === '' ? null : asDraft(defaultSchedule(event.target.value as ScheduleKind, totalSteps, learningRate)))}
        >
          <option value="">None (constant rate; callbacks may change it)</option>
          {SCHEDULE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kind}
            </option>
          ))}
        </select>
      </div>
      {draft && (
        <div className="setting-row schedule-params" key={draft.kind}>
          {mainNames(draft, totalSteps, learningRate).map((name) => (
            <ParamInput
              key={name}
              id={`${id}-${name}`}
              name={name}
              value={params[name]}
              onChange={(next) => {
                const nextParams: Record<string, ParamValue> = { ...params };
                if (next === undefined) delete nextParams[name];
                else nextParams[name] = next;
                update({ kind: draft.kind, params: nextParams });
              }}
            />
          ))}
        </div>
      )}
      {draft && (
        <ScheduleOptionalParams
          key={`${draft.kind}-more`}
          id={id}
          optionals={SCHEDULE_OPTIONALS[draft.kind].filter((param) => !mainNames(draft, totalSteps, learningRate).includes(param.name))}
          params={params}
          onChange={(name, next) => {
            const nextParams: Record<string, ParamValue> = { ...params };
            if (next === undefined) delete nextParams[name];
            else nextParams[name] = next;
            update({ kind: draft.kind, params: nextParams });
          }}
        />
      )}
      {problem && <p className="field-error">{problem}</p>}
    </div>
  );
}
