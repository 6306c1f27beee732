/** How each kind of callback action looks on a chart: a short tag and a colour. */
import type { CallbackEventKind } from '../../callbacks';

export const MARKER_STYLE: Partial<Record<CallbackEventKind, { tag: string; color: string }>> = {
  lr_reduced: { tag: 'LR↓', color: '#7c3aed' },
  lr_scheduled: { tag: 'LR', color: '#7c3aed' },
  lr_set: { tag: 'LR', color: '#7c3aed' },
  early_stopping: { tag: 'stop', color: '#dc2626' },
  stop_requested: { tag: 'stop', color: '#dc2626' },
  weights_restored: { tag: 'restore', color: '#0891b2' },
  checkpoint_saved: { tag: 'ckpt', color: '#16a34a' },
  terminated_on_nan: { tag: 'NaN', color: '#dc2626' },
  custom_marker: { tag: '★', color: '#d97706' },
};

export const LR_MARKER_KINDS: ReadonlySet<CallbackEventKind> = new Set(['lr_reduced', 'lr_scheduled', 'lr_set']);
