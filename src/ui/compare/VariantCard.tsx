/**
 * One variant of a comparison: its name and colour, how many seeds it
 * trains, its optimizer's schedule and rate, and its callback stack (switch
 * entries on or off, remove them, or take the stack from the editor).
 */
import { memo } from 'react';
import { MAX_SEEDS, type CompareVariant } from '../../config/compareConfig';
import { rateLockedReason, type RunConfig } from '../../config/runConfig';
import { RateLockNote } from '../settings/RateLockNote';
import { SchedulePicker } from '../preview/SchedulePicker';
import { stepsPerEpoch } from '../preview/runShape';

interface VariantCardProps {
  index: number;
  variant: CompareVariant;
  base: RunConfig;
  editorStack: RunConfig['callbacks'] | null;
  problems: readonly string[];
  canDuplicate: boolean;
  canRemove: boolean;
  onChange: (index: number, variant: CompareVariant) => void;
  onDuplicate: (index: number) => void;
  onRemove: (index: number) => void;
}

/**
 * Memoised, with the panel's handlers taking the variant's index: while a
 * comparison trains, the panel redraws every second or two, and its cards
 * (a dozen inputs each) do not change.
 */
export const VariantCard = memo(function VariantCard({ index, variant, base, editorStack, problems, canDuplicate, canRemove, onChange: changeAt, onDuplicate, onRemove }: VariantCardProps) {
  const { config } = variant;
  const onChange = (next: CompareVariant) => changeAt(index, next);
  const id = `variant-${index}`;
  const locked = rateLockedReason(config.optimizer);
  const setConfig = (patch: Partial<RunConfig>) => onChange({ ...variant, config: { ...config, ...patch } });
  const seedProblems = problems.filter((problem) => problem.startsWith('seeds: '));
  const otherProblems = problems.filter((problem) => !seedProblems.includes(problem));
  return (
    <fieldset className="variant-card" data-testid={id} style={{ borderColor: variant.colour }}>
      <legend>Variant {index + 1}</legend>
      <div className="setting-row">
        <div className="setting">
          <label htmlFor={`${id}-name`}>Name</label>
          <input id={`${id}-name`} type="text" value={variant.name} onChange={(event) => onChange({ ...variant, name: event.target.value })} />
        </div>
        <div className="setting">
          <label htmlFor={`${id}-colour`}>Colour</label>
          <input id={`${id}-colour`} type="color" value={variant.colour} onChange={(event) => onChange({ ...variant, colour: event.target.value })} />
        </div>
        <div className="setting">
          <label htmlFor={`${id}-lr`}>Learning rate</label>
          <input
            id={`${id}-lr`}
            type="number"
            step="any"
            defaultValue={config.optimizer.learningRate}
            disabled={locked !== null}
            aria-describedby={locked ? `${id}-lr-locked` : undefined}
            onChange={(event) => {
              const learningRate = Number(event.target.value);
              if (learningRate > 0) setConfig({ optimizer: { ...config.optimizer, learningRate } });
            }}
          />
          {locked && <RateLockNote id={`${id}-lr-locked`} keras={locked} />}
        </div>
        <div className="setting">
          <label htmlFor={`${id}-seeds`}>Seeds</label>
          <input
            id={`${id}-seeds`}
            type="number"
            min={1}
            max={MAX_SEEDS}
            step={1}
            defaultValue={variant.seeds ?? 1}
            aria-invalid={seedProblems.length > 0}
            aria-describedby={`${id}-seeds-hint`}
            onChange={(event) => {
              const text = event.target.value.trim();
              const { seeds: _old, ...rest } = variant;
              onChange(text === '' || text === '1' ? rest : { ...rest, seeds: Number(text) });
            }}
          />
          <p id={`${id}-seeds-hint`} className={seedProblems.length > 0 ? 'field-error' : 'setting-hint'}>
            {seedProblems.length > 0 ? seedProblems.map((problem) => problem.slice('seeds: '.length)).join('; ') : `1, or 2–${MAX_SEEDS}: drawn as their mean and band`}
          </p>
        </div>
      </div>
      <SchedulePicker
        id={`${id}-schedule`}
        value={config.optimizer.schedule}
        totalSteps={base.fit.epochs * stepsPerEpoch(base)}
        learningRate={config.optimizer.learningRate}
        onChange={(schedule) => setConfig({ optimizer: { ...config.optimizer, schedule } })}
      />
      <ul className="variant-stack" aria-label={`Callbacks of ${variant.name}`}>
        {config.callbacks.length === 0 && <li className="empty-state">No callbacks</li>}
        {config.callbacks.map((spec, at) => (
          <li key={`${spec.type}-${at}`}>
            <label>
              <input
                type="checkbox"
                checked={spec.enabled !== false}
                onChange={(event) => setConfig({ callbacks: config.callbacks.map((entry, i) => (i === at ? { ...entry, enabled: event.target.checked } : entry)) })}
              />{' '}
              {spec.type}
            </label>{' '}
            <button type="button" className="link-button" onClick={() => setConfig({ callbacks: config.callbacks.filter((_, i) => i !== at) })}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <div className="button-row">
        <button type="button" disabled={!editorStack} onClick={() => editorStack && setConfig({ callbacks: structuredClone(editorStack) })}>
          Use the editor's stack
        </button>
        <button type="button" disabled={!canDuplicate} onClick={() => onDuplicate(index)}>
          Duplicate
        </button>
        <button type="button" disabled={!canRemove} onClick={() => onRemove(index)}>
          Remove
        </button>
      </div>
      {otherProblems.map((problem) => (
        <p key={problem} className="field-error">
          {problem}
        </p>
      ))}
    </fieldset>
  );
});
