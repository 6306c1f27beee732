// App shell: header and the (still empty) callback stack.
import { RunPanel } from './run/RunPanel';
export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <h1>Plateau</h1>
        <p className="tagline">Watch Keras training callbacks act, live, in your browser.</p>
      </header>
      <main className="app-main">
        <section className="panel" aria-label="Callback stack">
          <h2>Callback stack</h2>
          <p className="empty-state">No callbacks yet</p>
        </section>
        <RunPanel />
      </main>
    </div>
  );
}
