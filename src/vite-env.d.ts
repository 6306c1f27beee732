/// <reference types="vite/client" />
// Vite's client types (import.meta.env, `?worker`, `?url` imports) for the page and the worker.
