/** The benchmark's bare-fit worker: one `BareFit`, one request at a time. */
import { BareFit } from './bareFit';
import type { BareEnvelope, BareReply, BareRequest } from './protocol';

/** The worker globals this file uses (it is type-checked with the DOM library). */
interface WorkerScope {
  postMessage(message: BareEnvelope<BareReply>): void;
  onmessage: ((event: MessageEvent<BareEnvelope<BareRequest>>) => void) | null;
}

const scope = globalThis as unknown as WorkerScope;
const bare = new BareFit();
let queue: Promise<void> = Promise.resolve();

scope.onmessage = (event) => {
  const { id, body } = event.data;
  queue = queue.then(async () => {
    let reply: BareReply;
    try {
      reply = await bare.handle(body);
    } catch (error) {
      reply = { type: 'error', message: error instanceof Error ? error.message : String(error) };
    }
    scope.postMessage({ id, body: reply });
  });
};
