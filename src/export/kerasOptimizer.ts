/**
 * The optimizer as Keras code: `optimizers.Adam(learning_rate=0.01,
 * clipnorm=1.0)`, with every argument that differs from Keras's default for
 * that optimizer, in Keras's spelling and order.
 */
import { kerasOptimizerParams, type OptimizerConfig } from '../config/modelConfig';
import { INTEGER_OPTIMIZER_PARAMS, KERAS_OPTIMIZER_CLASS, kerasOptimizerDefault, optimizerParamNames, PYTHON_OPTIMIZER_PARAM } from '../config/optimizerParams';
import type { ScheduleExport } from './kerasSchedules';
import { pythonLiteral } from './pythonLiteral';

export function optimizerExpression(config: OptimizerConfig, schedule: ScheduleExport | null): string {
  const params = kerasOptimizerParams(config);
  const args = [`learning_rate=${schedule ? schedule.expression : pythonLiteral(config.learningRate, 'float')}`];
  for (const name of optimizerParamNames(config.kind)) {
    if (name === 'learningRate' || params[name] === kerasOptimizerDefault(config.kind, name)) continue;
    args.push(`${PYTHON_OPTIMIZER_PARAM[name]}=${pythonLiteral(params[name], INTEGER_OPTIMIZER_PARAMS.has(name) ? 'int' : 'float')}`);
  }
  return `optimizers.${KERAS_OPTIMIZER_CLASS[config.kind]}(${args.join(', ')})`;
}
