/**
 * The playground: what to run on the left (lessons, the callback stack, the
 * settings); the run on the right (controls, live charts, the run log), which
 * stays in view while the left side scrolls. State lives
 * in two pure stores (the editable run, the current training session); the
 * worker trains, the page only draws.
 */
import { useCallback, useMemo, type ReactNode } from 'react';
import type { CheckpointSummary } from '../storage';
import { isBackendRequest, type BackendRequest } from '../training/protocol';
import { BoundaryPanel } from './boundary/BoundaryPanel';
import { CheckpointsPanel } from './checkpoints/CheckpointsPanel';
import { ClassesPanel } from './classes/ClassesPanel';
import { CompareSection } from './compare/CompareSection';
import { KerasImportBox } from './import/KerasImportBox';
import { KeepSetup } from './keep/KeepSetup';
import { browserStorage, openingSetup } from './keep/keptSetup';
import { LessonPicker } from './lessons/LessonPicker';
import { RunEndNotifier } from './notify/RunEndNotifier';
import { RunLog } from './log/RunLog';
import { CoachPanel } from './lrCoach/CoachPanel';
import { OverlaidCharts } from './runs/OverlaidCharts';
import { RunsPanel } from './runs/RunsPanel';
import { useRuns } from './runs/useRuns';
import { PreviewSection } from './preview/PreviewSection';
import { ConfigJson } from './settings/ConfigJson';
import { createCsvInbox } from './settings/csvInbox';
import { SettingsPanel } from './settings/SettingsPanel';
import { ShareBar } from './share/ShareBar';
import { StackEditor } from './stack/StackEditor';
import { createConfigStore, type ConfigStore } from './state/configStore';
import { useStore } from './state/useStore';
import { RunBar } from './watch/RunBar';
import { createRunSessionStore, isActive, type RunSessionStore } from './watch/runSession';
import { useIdleMeasure } from './watch/useIdleMeasure';
import { prewarmFromUrl, usePrepareWhileIdle } from './watch/usePrepareWhileIdle';
import { useServiceWorkerWhenQuiet } from './watch/useServiceWorkerWhenQuiet';
import { useTrainingSession, type TrainingControls } from './watch/useTrainingSession';

export function backendFromUrl(): BackendRequest {
  const requested = new URLSearchParams(window.location.search).get('backend');
  return isBackendRequest(requested) ? requested : 'auto';
}

/**
 * Renders its children with whether a run is active. Only the parts that
 * change with it render again when a run starts or ends, not the whole page:
 * a run's first epochs train while that render runs.
 */
function WhileTraining({ session, children }: { session: RunSessionStore; children: (active: boolean) => ReactNode }) {
  return children(useStore(session, (state) => isActive(state.status)));
}

/**
 * Readies the worker for the setup on the page while it is idle. A component
 * of its own, rendering nothing: its hooks follow the setup and whether a run
 * is active, and in App they would render the whole page again on Train.
 */
function GetReadyWhileIdle({ config, session, controls }: { config: ConfigStore; session: RunSessionStore; controls: TrainingControls }) {
  useIdleMeasure(config, controls.measure);
  usePrepareWhileIdle(config, session, controls.prepare, useMemo(() => prewarmFromUrl(window.location.search), []));
  return null;
}

export function App() {
  const storage = useMemo(() => browserStorage(), []);
  // The setup kept from the last visit, unless the address names one (a share link, a lesson).
  const opening = useMemo(() => openingSetup(window.location.hash, window.location.search, storage), [storage]);
  const config = useMemo(() => createConfigStore(opening.config ?? undefined), [opening]);
  const session = useMemo(() => createRunSessionStore(), []);
  useServiceWorkerWhenQuiet(session);
  // A CSV dropped anywhere on the page goes to the dataset form.
  const csvInbox = useMemo(() => createCsvInbox(), []);
  const backend = useMemo(() => backendFromUrl(), []);
  const controls = useTrainingSession(session, backend);
  const runs = useRuns(session);
  // Loading a run (a lesson, pasted JSON) remounts the forms, so their typed text starts from the new values.
  const loads = useStore(config, (state) => state.loads);
  const { resumeFrom } = controls;
  const resumeCheckpoint = useCallback(
    (entry: CheckpointSummary) => {
      // The worker trains with the checkpoint's own config, so the forms show that config. It is loaded
      // as the page's own: it comes from this browser's storage, and its code ran here when it was saved.
      config.load(entry.config);
      resumeFrom({ checkpoint: { checkpointId: entry.id, name: entry.name, epoch: entry.epoch, batch: entry.batch }, config: entry.config });
    },
    [config, resumeFrom],
  );

  return (
    <div className="app">
      <GetReadyWhileIdle config={config} session={session} controls={controls} />
      <a className="skip-link" href="#run-controls">
        Skip to the run controls
      </a>
      <header className="app-header">
        <h1>Plateau</h1>
        <p className="tagline">Stack Keras training callbacks, train in your browser, and see the epoch where each one acted, and why.</p>
      </header>
      <main className="app-main">
        <div className="column column-setup">
          <WhileTraining session={session}>{(active) => <LessonPicker store={config} disabled={active} />}</WhileTraining>
          <WhileTraining session={session}>
            {(active) => <KeepSetup store={config} storage={storage} notice={opening.notice} disabled={active} />}
          </WhileTraining>
          <StackEditor key={`stack-${loads}`} store={config} />
          <WhileTraining session={session}>{(active) => <KerasImportBox store={config} disabled={active} />}</WhileTraining>
          <SettingsPanel key={`settings-${loads}`} store={config} csvInbox={csvInbox} session={session} findLearningRate={controls.findLearningRate} prepareWorker={controls.prepareWorker} />
          <PreviewSection config={config} session={session} />
        </div>
        <div className="column column-run">
          <RunBar config={config} session={session} controls={controls} />
          <RunEndNotifier session={session} />
          <ShareBar store={config} csvInbox={csvInbox} />
          <OverlaidCharts session={session} runs={runs} />
          <BoundaryPanel session={session} />
          <ClassesPanel session={session} />
          <RunLog session={session} />
          <CoachPanel session={session} />
          <RunsPanel runs={runs} config={config} session={session} />
          <CompareSection config={config} backend={backend} runs={runs} />
          <WhileTraining session={session}>
            {(active) => <CheckpointsPanel backend={backend} runActive={active} onResume={resumeCheckpoint} />}
          </WhileTraining>
          <ConfigJson store={config} />
        </div>
      </main>
    </div>
  );
}
