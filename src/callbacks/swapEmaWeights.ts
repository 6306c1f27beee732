/**
 * Mirrors `keras/src/callbacks/swap_ema_weights.py` (Keras 3.16): with an
 * optimizer that has `use_ema=True`, evaluation (the validation inside
 * `fit`) and prediction run on the EMA weights: the model's weights and the
 * optimizer's moving averages are swapped in place before, and back after.
 * With `swap_on_epoch=True` the EMA weights are also in the model from
 * `on_epoch_end` to the next `on_epoch_begin`, so callbacks after it in the
 * stack (ModelCheckpoint, EarlyStopping's best weights) see them; callbacks
 * before it do not. At the last epoch the averages take the swapped values
 * back (`_finalize_ema_values`), because fit's `finalize_variable_values`
 * then puts the averages into the model.
 *
 * Differs from Keras 3.16, knowingly: its `on_predict_end` tests
 * `if not self._ema_weights_in_model`, which after `on_predict_begin` is
 * always false, so it never swaps back and the model keeps the EMA weights
 * after a prediction (training would go on from them). Keras's tests
 * (`swap_ema_weights_test.py`) only evaluate, never predict through the
 * callback; its docstring says the weights are restored "after
 * evaluation", and `on_test_end` tests `if self._ema_weights_in_model`.
 * Plateau predicts between epochs (the decision boundary) through the
 * stack's predict hooks, so it follows `on_test_end`'s test in
 * `on_predict_end`: the weights go back after every prediction.
 *
 * The swap itself is the port's (`swapEmaWeights`), which throws Keras's
 * ValueError when the optimizer has no moving averages.
 */
import { Callback } from './callback';

export interface SwapEMAWeightsOptions {
  swapOnEpoch?: boolean;
}

export class SwapEMAWeights extends Callback {
  readonly swapOnEpoch: boolean;
  private emaWeightsInModel = false;

  constructor(options: SwapEMAWeightsOptions = {}) {
    super('SwapEMAWeights');
    this.swapOnEpoch = options.swapOnEpoch ?? false;
  }

  private swap(): void {
    this.host.port.swapEmaWeights();
    this.emaWeightsInModel = !this.emaWeightsInModel;
  }

  override onEpochBegin(): void {
    if (this.swapOnEpoch && this.emaWeightsInModel) this.swap();
  }

  override onEpochEnd(epoch: number): void {
    if (!this.swapOnEpoch || this.emaWeightsInModel) return;
    this.swap();
    if (epoch === (this.params.epochs ?? 0) - 1) this.host.port.finalizeEmaValues();
  }

  override onTestBegin(): void {
    if (!this.emaWeightsInModel) this.swap();
  }

  override onTestEnd(): void {
    if (this.emaWeightsInModel) this.swap();
  }

  override onPredictBegin(): void {
    if (!this.emaWeightsInModel) this.swap();
  }

  override onPredictEnd(): void {
    if (this.emaWeightsInModel) this.swap();
  }
}
