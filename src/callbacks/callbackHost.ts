/**
 * What every callback in a stack shares during one run: the training port,
 * the model's compiled metrics, Keras's `model.stop_training` flag, where in
 * training we are, and the record of what the callbacks did (events,
 * warnings, verbose messages). The driver reads the record; listeners see it
 * as it happens.
 */
import type {
  CallbackEvent,
  CallbackEventKind,
  CallbackMessage,
  CallbackWarning,
  CompiledMetric,
  Position,
  TrainingPort,
} from './types';

export interface StopRequest {
  epoch: number | null;
  batch: number | null;
  by: string;
}

export interface CallbackHostListener {
  onEvent?(event: CallbackEvent): void;
  onWarning?(warning: CallbackWarning): void;
  onMessage?(message: CallbackMessage): void;
}

export class CallbackHost {
  readonly port: TrainingPort;
  readonly metrics: readonly CompiledMetric[];
  readonly events: CallbackEvent[] = [];
  readonly warnings: CallbackWarning[] = [];
  readonly messages: CallbackMessage[] = [];
  position: Position = { hook: 'constructor', epoch: null, batch: null };
  private stop: StopRequest | null = null;
  private readonly listener: CallbackHostListener;

  constructor(port: TrainingPort, metrics: readonly CompiledMetric[], listener: CallbackHostListener = {}) {
    this.port = port;
    this.metrics = metrics;
    this.listener = listener;
  }

  /** Keras's `model.stop_training`. */
  get stopTraining(): boolean {
    return this.stop !== null;
  }

  /** Who asked to stop, and when; null while training goes on. */
  get stopRequest(): StopRequest | null {
    return this.stop;
  }

  requestStop(by: string): void {
    if (this.stop) return;
    this.stop = { epoch: this.position.epoch, batch: this.position.batch, by };
  }

  cancelStop(): void {
    this.stop = null;
  }

  emit(callback: string, kind: CallbackEventKind, message: string, extra: Pick<CallbackEvent, 'value' | 'name'> = {}): void {
    const event: CallbackEvent = {
      epoch: this.position.epoch,
      batch: this.position.batch,
      callback,
      kind,
      message,
      ...extra,
    };
    this.events.push(event);
    this.listener.onEvent?.(event);
  }

  warn(callback: string, message: string): void {
    const warning: CallbackWarning = { ...this.position, callback, category: 'UserWarning', message };
    this.warnings.push(warning);
    this.listener.onWarning?.(warning);
  }

  print(callback: string, message: string): void {
    const printed: CallbackMessage = { ...this.position, callback, message };
    this.messages.push(printed);
    this.listener.onMessage?.(printed);
  }
}
