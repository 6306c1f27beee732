/** Python literals for the values a callback parameter holds: `True`, `None`, `1e-05`, `'val_loss'`. */
import { pyFloatRepr, pyStrRepr } from '../callbacks/format/pythonRepr';
import type { ParamKind } from './kerasSignatures';

export function pythonLiteral(value: unknown, kind: ParamKind): string {
  if (value === null || value === undefined) return 'None';
  if (Array.isArray(value)) return `[${value.map((item) => pythonLiteral(item, kind === 'floatList' ? 'float' : 'int')).join(', ')}]`;
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'string') return pyStrRepr(value);
  if (typeof value === 'number') {
    const asFloat = kind === 'float' || kind === 'optionalFloat';
    if (!Number.isFinite(value)) return `float(${pyStrRepr(String(value).replace('Infinity', 'inf').replace('NaN', 'nan'))})`;
    return asFloat || !Number.isInteger(value) ? pyFloatRepr(value) : String(value);
  }
  throw new TypeError(`no Python literal for ${typeof value}`);
}
