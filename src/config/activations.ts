/** The activations a layer may name, as Keras spells them. */
export const ACTIVATIONS = ['relu', 'tanh', 'sigmoid', 'elu', 'selu', 'linear'] as const;
export type Activation = (typeof ACTIVATIONS)[number];
