/**
 * Keras callbacks the import box names instead of reading, with the reason
 * Plateau does not bring them into a browser (keras.io's callback list,
 * Keras 3.16). A learner's `fit(...)` loses nothing silently.
 */
export const NOT_IN_BROWSER: ReadonlyMap<string, string> = new Map([
  ['TensorBoard', 'TensorBoard writes event files for a TensorBoard server, which a browser page has neither of: the charts here show the same curves'],
  ['RemoteMonitor', 'RemoteMonitor posts each epoch to a server over HTTP; Plateau runs in the page and sends nothing anywhere'],
  ['OrbaxCheckpoint', 'OrbaxCheckpoint writes with the Orbax library of the JAX backend, which a browser does not have: use ModelCheckpoint'],
  [
    'ProgbarLogger',
    "ProgbarLogger is added by fit here as in Keras: its lines are in the run log (the Fit panel's epoch-lines switch, fit's verbose); count_mode is Keras 2's, Keras 3 has none",
  ],
]);
