/** Drives bench.html: bare `fit` workers, parallel fits, checkpoint saves and the tfjs-vis run. */
import type { Page, Worker } from '@playwright/test';
import type { PlateauBenchTools } from '../../src/bench/benchPage';
import type { BackendEpoch, ParallelFit } from '../../src/bench/bareWorkers';
import type { VisFit } from '../../src/bench/visFit';
import type { BackendName, BackendRequest } from '../../src/training/protocol';
import { findWorker } from './browser';
import type { BenchInput } from './benchConfig';

type ToolsWindow = typeof globalThis & { plateauBench: PlateauBenchTools };

export interface BareTrial {
  seconds: number;
  epochs: number;
  steps: number;
}

export class BarePage {
  private constructor(readonly page: Page) {}

  static async open(page: Page, baseUrl: string): Promise<BarePage> {
    await page.goto(`${baseUrl}/bench.html`);
    await page.waitForFunction(() => document.body.dataset['ready'] === 'true');
    return new BarePage(page);
  }

  /** Starts `count` bare workers; returns "name (reason)" of the backend they run. */
  spawn(count: number, backend: BackendRequest): Promise<string> {
    return this.page.evaluate(([n, request]) => (globalThis as ToolsWindow).plateauBench.spawn(n, request), [count, backend] as const);
  }

  async fit(config: BenchInput): Promise<BareTrial> {
    await this.page.bringToFront();
    return this.page.evaluate((raw) => (globalThis as ToolsWindow).plateauBench.fit(raw), config);
  }

  /** Fits in the first `count` spawned workers at once (all of them by default). */
  async fitAll(config: BenchInput, count?: number): Promise<ParallelFit> {
    await this.page.bringToFront();
    return this.page.evaluate(([raw, n]) => (globalThis as ToolsWindow).plateauBench.fitAll(raw, n), [config, count] as const);
  }

  checkpointSaves(config: BenchInput, saves: number): Promise<{ millis: number[]; sink: string }> {
    return this.page.evaluate(([raw, n]) => (globalThis as ToolsWindow).plateauBench.checkpointSaves(raw, n), [config, saves] as const);
  }

  /** In front, as a user watching tfjs-vis would have it (a tab behind gets rAF about once a second). */
  async visFit(config: BenchInput, backend: BackendName): Promise<VisFit> {
    await this.page.bringToFront();
    return this.page.evaluate(([raw, name]) => (globalThis as ToolsWindow).plateauBench.visFit(raw, name), [config, backend] as const);
  }

  /** One forced backend's seconds an epoch on `config`, in a worker of its own, ended at `capMs` (bareWorkers.ts). */
  backendEpoch(config: BenchInput, backend: BackendRequest, capMs: number): Promise<BackendEpoch> {
    return this.page.evaluate(([raw, name, cap]) => (globalThis as ToolsWindow).plateauBench.backendEpoch(raw as { fit: { epochs: number } }, name, cap), [config, backend, capMs] as const);
  }

  /** The first bare worker (spawn exactly one before counting). */
  worker(): Promise<Worker> {
    return findWorker(this.page, /bareFit\.worker/);
  }
}
