/**
 * Whether, and what, to tell a user whose run ended while they were in
 * another tab. Pure: the page passes in what the browser says.
 */
import type { RunSummary } from '../../training/protocol';
import { describeEnding } from '../watch/runSession';

export type NotificationPermissionState = 'default' | 'denied' | 'granted' | 'unsupported';

export interface NoticeConditions {
  optedIn: boolean;
  permission: NotificationPermissionState;
  tabHidden: boolean;
}

/** Only for a user who asked for it, whose browser allows it, and who is looking elsewhere. */
export function shouldNotify({ optedIn, permission, tabHidden }: NoticeConditions): boolean {
  return optedIn && permission === 'granted' && tabHidden;
}

export interface EndNotice {
  title: string;
  body: string;
}

/** The notification for a run that ended with `summary`, or that could not run (`error`). */
export function endNotice(summary: RunSummary | null, error: string | null): EndNotice {
  if (!summary) return { title: 'Plateau: the run failed', body: error ?? 'The run ended with an error.' };
  const body = describeEnding(summary);
  if (summary.failure) return { title: 'Plateau: the run failed', body };
  if (summary.stopped?.by === 'TerminateOnNaN') return { title: 'Plateau: NaN loss, training stopped', body };
  if (summary.stopped) return { title: 'Plateau: the run stopped early', body };
  return { title: 'Plateau: the run finished', body };
}
