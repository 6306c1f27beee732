/**
 * The training port of a run whose optimizer is driven by a learning-rate
 * schedule, as Keras 3 drives one (`base_optimizer.py`): the rate is the
 * schedule at `optimizer.iterations` (the steps taken so far, counted across
 * epochs from 0), read again before every step, and callbacks may read it
 * but not set it (Keras's TypeError).
 */
import type { ScheduleSpec } from '../callbacks/schedules';
import { createSchedule, learningRateNotSettable, type LearningRateSchedule } from '../callbacks/schedules';
import type { OptimizerConfig } from '../config/modelConfig';
import type { CheckpointSink } from './checkpointSink';
import type { CompiledModel } from './model';
import { ModelPort } from './modelPort';

export class ScheduledModelPort extends ModelPort {
  private iterations = 0;

  constructor(
    private readonly scheduled: CompiledModel,
    sink: CheckpointSink,
    private readonly schedule: LearningRateSchedule,
  ) {
    const first = Math.fround(schedule.rateAt(0));
    super(scheduled, sink, first);
  }

  /** Keras's `optimizer.learning_rate` for a schedule: the schedule at the current iteration count, as float32. */
  override getLearningRate(): number {
    return Math.fround(this.schedule.rateAt(this.iterations));
  }

  override setLearningRate(): never {
    throw learningRateNotSettable();
  }

  /** A schedule's rate follows the steps, which the trainer sets from the backup. */
  protected override afterRestore(): void {}

  /** Moves `optimizer.iterations` to `iterations` and hands the optimizer the rate its next step uses. */
  atStep(iterations: number): void {
    this.iterations = iterations;
    this.scheduled.optimizer.setLearningRate(this.getLearningRate());
  }
}

/** The port for a run: scheduled when the optimizer has a schedule, else one whose rate callbacks may set. */
export function createModelPort(compiled: CompiledModel, sink: CheckpointSink, optimizer: OptimizerConfig, resumedRate?: number): ModelPort {
  const spec: ScheduleSpec | null = optimizer.schedule;
  if (spec) return new ScheduledModelPort(compiled, sink, createSchedule(spec));
  return new ModelPort(compiled, sink, resumedRate ?? optimizer.learningRate);
}
