/**
 * The optimizer's Keras arguments beyond its learning rate: those of the
 * chosen kind in view, the base optimizer's (weight decay, clipping, EMA,
 * gradient accumulation) folded. An empty field takes Keras's default,
 * shown as its placeholder; Keras's constructor messages appear at the field.
 */
import { useState } from 'react';
import type { OptimizerConfig } from '../../config/modelConfig';
import { kerasOptimizerDefault, optimizerParamNames, PYTHON_OPTIMIZER_PARAM, type OptimizerParamName } from '../../config/optimizerParams';

type Change = (changes: Partial<OptimizerConfig>) => void;

const BASE_ARGUMENTS: readonly OptimizerParamName[] = ['weightDecay', 'clipnorm', 'clipvalue', 'globalClipnorm', 'useEma', 'emaMomentum', 'emaOverwriteFrequency', 'gradientAccumulationSteps'];
const FLAGS: ReadonlySet<OptimizerParamName> = new Set(['nesterov', 'amsgrad', 'centered', 'useEma']);
/** Shown with the learning rate, in the panel itself. */
const ELSEWHERE: ReadonlySet<OptimizerParamName> = new Set(['learningRate', 'momentum']);

function defaultText(value: number | boolean | null): string {
  if (value === null) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  return String(value);
}

interface ArgumentProps {
  config: OptimizerConfig;
  name: OptimizerParamName;
  problem: string | null;
  onChange: Change;
}

function FlagArgument({ config, name, problem, onChange }: ArgumentProps) {
  const id = `setting-optimizer-${name}`;
  const value = (config[name as keyof OptimizerConfig] as boolean | undefined) ?? (kerasOptimizerDefault(config.kind, name) as boolean);
  return (
    <div className="setting setting-flag">
      <label htmlFor={id}>
        <input id={id} type="checkbox" checked={value} onChange={(event) => onChange({ [name]: event.target.checked })} /> <code>{PYTHON_OPTIMIZER_PARAM[name]}</code>
      </label>
      {problem && <span className="field-error">{problem}</span>}
    </div>
  );
}

function NumberArgument({ config, name, problem, onChange }: ArgumentProps) {
  const id = `setting-optimizer-${name}`;
  const current = config[name as keyof OptimizerConfig] as number | null | undefined;
  const [text, setText] = useState(current === undefined || current === null ? '' : String(current));
  const keras = kerasOptimizerDefault(config.kind, name);
  const errorId = `${id}-error`;
  return (
    <div className="setting">
      <label htmlFor={id}>
        <code>{PYTHON_OPTIMIZER_PARAM[name]}</code>
      </label>
      <input
        id={id}
        type="number"
        step="any"
        value={text}
        placeholder={`Keras default ${defaultText(keras)}`}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? errorId : undefined}
        onChange={(event) => {
          setText(event.target.value);
          const trimmed = event.target.value.trim();
          onChange({ [name]: trimmed === '' ? undefined : Number(trimmed) });
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

function Argument(props: ArgumentProps) {
  return FLAGS.has(props.name) ? <FlagArgument {...props} /> : <NumberArgument {...props} />;
}

export function OptimizerArguments({ config, problemAt, onChange }: { config: OptimizerConfig; problemAt: (path: string) => string | null; onChange: Change }) {
  const own = optimizerParamNames(config.kind).filter((name) => !ELSEWHERE.has(name) && !BASE_ARGUMENTS.includes(name));
  const base = BASE_ARGUMENTS.filter((name) => config.kind !== 'adamw' || name !== 'weightDecay');
  const adamwDecay = config.kind === 'adamw' ? ['weightDecay' as const] : [];
  const baseProblems = base.some((name) => problemAt(`optimizer.${name}`) !== null);
  // Open when an argument is set or has a problem (the toggle event then keeps it open), else as the learner leaves it.
  const [open, setOpen] = useState(() => baseProblems || base.some((name) => config[name as keyof OptimizerConfig] !== undefined));
  return (
    <div className="optimizer-arguments" key={config.kind}>
      {[...adamwDecay, ...own].length > 0 && (
        <div className="setting-row">
          {[...adamwDecay, ...own].map((name) => (
            <Argument key={name} config={config} name={name} problem={problemAt(`optimizer.${name}`)} onChange={onChange} />
          ))}
        </div>
      )}
      <details className="more-parameters" open={open || baseProblems} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>Clipping, weight decay, EMA, accumulation</summary>
        <div className="setting-row">
          {base.map((name) => (
            <Argument key={name} config={config} name={name} problem={problemAt(`optimizer.${name}`)} onChange={onChange} />
          ))}
        </div>
      </details>
    </div>
  );
}
