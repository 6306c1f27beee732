/** A schedule's optional parameters, folded under "More parameters", each at the library's default until changed. */
import { useState } from 'react';
import type { OptionalParam } from './scheduleOptionals';

type Value = number | boolean | string | null | undefined;

function OptionalParamInput({ id, param, value, onChange }: { id: string; param: OptionalParam; value: Value; onChange: (next: Value) => void }) {
  const [text, setText] = useState(typeof value === 'number' ? String(value) : '');
  if (param.type === 'boolean') {
    return (
      <label className="setting setting-check">
        <input type="checkbox" checked={typeof value === 'boolean' ? value : param.kerasDefault} onChange={(event) => onChange(event.target.checked === param.kerasDefault ? undefined : event.target.checked)} /> {param.name}
      </label>
    );
  }
  if (param.type === 'choice') {
    return (
      <div className="setting">
        <label htmlFor={id}>{param.name}</label>
        <select id={id} value={typeof value === 'string' ? value : param.kerasDefault} onChange={(event) => onChange(event.target.value === param.kerasDefault ? undefined : event.target.value)}>
          {param.options.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </div>
    );
  }
  return (
    <div className="setting">
      <label htmlFor={id}>{param.name}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        placeholder={param.kerasDefault === null ? 'None' : String(param.kerasDefault)}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          onChange(event.target.value.trim() === '' ? undefined : Number(event.target.value));
        }}
      />
    </div>
  );
}

export function ScheduleOptionalParams({ id, optionals, params, onChange }: { id: string; optionals: readonly OptionalParam[]; params: Record<string, unknown>; onChange: (name: string, next: Value) => void }) {
  if (optionals.length === 0) return null;
  const changed = optionals.filter((param) => params[param.name] !== undefined).length;
  return (
    <details className="more-params schedule-more">
      <summary>
        More parameters{changed > 0 ? ` (${changed} changed)` : `: ${optionals.map((param) => param.name).join(', ')}, at their defaults`}
      </summary>
      <div className="setting-row schedule-params">
        {optionals.map((param) => {
          const value = params[param.name];
          return <OptionalParamInput key={param.name} id={`${id}-${param.name}`} param={param} value={typeof value === 'object' && value !== null ? undefined : (value as Value)} onChange={(next) => onChange(param.name, next)} />;
        })}
      </div>
    </details>
  );
}
