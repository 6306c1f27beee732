/**
 * The opt-in for a browser notification when a run ends while the tab is
 * hidden, and the watcher that sends it. The choice is remembered.
 */
import { useEffect, useRef, useState } from 'react';
import type { RunSessionStore, RunStatus } from '../watch/runSession';
import { isActive } from '../watch/runSession';
import { endNotice, shouldNotify, type NotificationPermissionState } from './endNotice';

const OPT_IN_KEY = 'plateau.notifyOnRunEnd';

function permissionNow(): NotificationPermissionState {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

function storedOptIn(): boolean {
  try {
    return localStorage.getItem(OPT_IN_KEY) === '1';
  } catch {
    return false;
  }
}

export function RunEndNotifier({ session }: { session: RunSessionStore }) {
  const [optedIn, setOptedIn] = useState(storedOptIn);
  const [permission, setPermission] = useState(permissionNow);
  const optedInRef = useRef(optedIn);
  useEffect(() => {
    optedInRef.current = optedIn;
  }, [optedIn]);

  useEffect(() => {
    let previous: RunStatus = session.getState().status;
    return session.subscribe(() => {
      const state = session.getState();
      const ended = isActive(previous) && (state.status === 'done' || state.status === 'failed');
      previous = state.status;
      if (!ended || !shouldNotify({ optedIn: optedInRef.current, permission: permissionNow(), tabHidden: document.hidden })) return;
      const { title, body } = endNotice(state.summary, state.error);
      try {
        new Notification(title, { body, tag: 'plateau-run-end' });
      } catch {
        // Some browsers allow notifications only from a service worker; the page still shows the ending.
      }
    });
  }, [session]);

  const toggle = async (wanted: boolean) => {
    setOptedIn(wanted);
    try {
      localStorage.setItem(OPT_IN_KEY, wanted ? '1' : '0');
    } catch {
      // Storage may be off (private mode); the choice then lasts for this visit.
    }
    if (wanted && permissionNow() === 'default') setPermission(await Notification.requestPermission());
    else setPermission(permissionNow());
  };

  if (permission === 'unsupported') return null;
  return (
    <div className="run-end-notifier">
      <label>
        <input type="checkbox" checked={optedIn && permission !== 'denied'} disabled={permission === 'denied'} onChange={(event) => void toggle(event.target.checked)} />
        Notify me when a run ends while this tab is hidden
      </label>
      {permission === 'denied' && <span className="panel-hint"> (notifications are blocked for this site in the browser’s settings)</span>}
    </div>
  );
}
