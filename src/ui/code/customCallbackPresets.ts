/** The custom callback's starting template (every hook and the API) and presets. */
import { KEEP_BEST_WEIGHTS } from '../../config/presets';
import type { CodePreset } from './schedulePresets';

export const CUSTOM_CALLBACK_TEMPLATE = `class MyCallback extends Callback {
  // What a callback may do, from any hook:
  //   this.model.optimizer.learningRate     read it, or set it
  //   this.model.stopTraining = true         stop at the end of this epoch
  //   this.model.getWeights()                the weights, as arrays (Keras's get_weights)
  //   this.model.setWeights(weights)         put such arrays back (same shapes)
  //   this.log(name, value)                  chart a value under name
  //   this.marker(text)                      put a marker on the charts here
  //   this.saveCheckpoint(name)              save a checkpoint now
  //   this.print(text)                       write a line to the run log
  // Epochs and batches count from 0, as Keras passes them.

  onTrainBegin(logs) {}             // once, before the first epoch
  onTrainEnd(logs) {}               // once, after the last epoch; logs: the last epoch's
  onEpochBegin(epoch, logs) {}      // before each epoch
  onEpochEnd(epoch, logs) {         // logs: loss, val_loss, the metric and val_ twin
    this.log('val_minus_train', logs.val_loss - logs.loss);
  }
  // onTestBegin(logs) {}           // the validation pass at the end of an epoch starts
  // onTestEnd(logs) {}             // ...and ends; logs: its loss and metric
  // onPredictBegin(logs) {}        // model.predict starts
  // onPredictEnd(logs) {}          // ...and ends
  // Batch hooks make the worker read every batch's values, which costs a
  // little speed, so they are commented out until you need them:
  // onTrainBatchBegin(batch, logs) {}
  // onTrainBatchEnd(batch, logs) {}   // logs: this batch's loss and metric
  // onTestBatchBegin(batch, logs) {}
  // onTestBatchEnd(batch, logs) {}
  // onPredictBatchBegin(batch, logs) {}
  // onPredictBatchEnd(batch, logs) {}
}`;

export const CUSTOM_CALLBACK_PRESETS: readonly CodePreset[] = [
  { name: 'Template: every hook', description: 'All 14 hooks, what each receives, and the API.', source: CUSTOM_CALLBACK_TEMPLATE },
  {
    name: 'Keep the best weights',
    description: 'Your own restore_best_weights: keeps the best epoch’s getWeights() in a class field and puts them back with setWeights() at the end.',
    source: KEEP_BEST_WEIGHTS,
  },
  {
    name: 'JSON lines logger',
    description: 'Writes each epoch’s logs to the run log as one line of JSON.',
    source: `class JsonLogger extends Callback {
  onEpochEnd(epoch, logs) {
    this.print(JSON.stringify({ epoch: epoch + 1, ...logs }));
  }
}`,
  },
  {
    name: 'Message every N epochs',
    description: 'Puts a marker with the loss on the chart every 10 epochs.',
    source: `class EveryTenEpochs extends Callback {
  every = 10;

  onEpochEnd(epoch, logs) {
    if ((epoch + 1) % this.every === 0) {
      this.marker(\`epoch \${epoch + 1}: loss \${logs.loss.toFixed(4)}\`);
    }
  }
}`,
  },
  {
    name: 'Save when my rule says',
    description: 'Saves a checkpoint when val_loss is low and the gap to the training loss is the smallest yet.',
    source: `class SaveWhenMyRuleSays extends Callback {
  smallestGap = Infinity;

  onEpochEnd(epoch, logs) {
    const gap = logs.val_loss - logs.loss;
    if (logs.val_loss < 0.5 && gap < this.smallestGap) {
      this.smallestGap = gap;
      this.saveCheckpoint(\`my-rule-epoch\${epoch + 1}.keras\`);
    }
  }
}`,
  },
];
