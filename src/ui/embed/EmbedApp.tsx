/**
 * The page inside an iframe (`?embed=1`): the live charts, the run read-only,
 * Train and Stop, the backend, and a link to the full page with the same
 * setup. Built for a frame about 600×400 and for 390 px phones; the full
 * page's editors stay out.
 */
import { Suspense, useMemo, useState } from 'react';
import { pageUrlFor, setupAddress, type EmbedRequest } from '../../config/embedLink';
import { backendFromUrl } from '../App';
import { learningRateView, lossView } from '../charts/ChartsPanel';
import { LiveChart } from '../charts/LiveChart';
import { createConfigStore, type ConfigStore } from '../state/configStore';
import { useStore } from '../state/useStore';
import { createRunSessionStore } from '../watch/runSession';
import { prewarmFromUrl, usePrepareWhileIdle } from '../watch/usePrepareWhileIdle';
import { useServiceWorkerWhenQuiet } from '../watch/useServiceWorkerWhenQuiet';
import { useTrainingSession } from '../watch/useTrainingSession';
import { CodeConsent } from '../share/CodeConsent';
import { EmbedControls } from './EmbedControls';
import { openEmbed } from './openEmbed';
import { StackSummary } from './StackSummary';
import { useAutostart } from './useAutostart';
import './embed.css';

function OpenInPlateau({ store }: { store: ConfigStore }) {
  const validation = useStore(store, (state) => state.validation);
  const href = useMemo(() => {
    const page = window.location.href;
    const backend = new URLSearchParams(window.location.search).get('backend');
    return validation.ok ? pageUrlFor(page, setupAddress(validation.config), { embed: false, backend }) : pageUrlFor(page, { hash: '' }, { embed: false, backend });
  }, [validation]);
  return (
    <a className="embed-open" href={href} target="_blank" rel="noopener" data-testid="open-in-plateau">
      Open in Plateau <span aria-hidden="true">↗</span>
      <span className="visually-hidden"> (opens a new tab)</span>
    </a>
  );
}

export function EmbedApp({ request }: { request: EmbedRequest }) {
  const config = useMemo(() => createConfigStore(), []);
  const session = useMemo(() => createRunSessionStore(), []);
  useServiceWorkerWhenQuiet(session);
  const backend = useMemo(() => backendFromUrl(), []);
  // Read once, as the frame opens: the address is the starting run.
  const [opening] = useState(() => openEmbed(request, window.location.hash, config));
  const controls = useTrainingSession(session, backend);
  const autostart = request.autostart && opening.problems.length === 0;
  useAutostart(autostart, config, controls.train);
  // A frame that trains as it opens needs no build ahead of the click.
  usePrepareWhileIdle(config, session, controls.prepare, useMemo(() => !autostart && prewarmFromUrl(window.location.search), [autostart]));
  const codeWaits = useStore(config, (state) => state.unacceptedCode.length > 0);

  return (
    <main className="embed">
      <header className="embed-header">
        <h1>
          <span className="embed-brand">Plateau</span> <span className="embed-title">{opening.lesson?.title ?? 'Keras callbacks, training live'}</span>
        </h1>
        <OpenInPlateau store={config} />
      </header>
      {opening.problems.length > 0 && (
        <div role="alert" className="embed-problems" data-testid="embed-problems">
          {opening.problems.map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
          {request.autostart && <p>Autostart is off: press Train to run what is shown.</p>}
        </div>
      )}
      {autostart && codeWaits && (
        <p className="embed-note" data-testid="autostart-waits">
          Autostart waits for you: this setup carries code, which runs only after you read it and accept it.
        </p>
      )}
      <CodeConsent store={config} />
      <EmbedControls config={config} session={session} controls={controls} />
      {opening.lesson && <p className="embed-teaches">{opening.lesson.teaches}</p>}
      <Suspense fallback={<div className="chart chart-loading" aria-hidden="true" />}>
        <div className="embed-charts">
          <LiveChart session={session} slot={0} smoothing={0.6} view={lossView} />
          <LiveChart session={session} slot={1} smoothing={0} view={learningRateView} />
        </div>
      </Suspense>
      <StackSummary store={config} />
    </main>
  );
}
