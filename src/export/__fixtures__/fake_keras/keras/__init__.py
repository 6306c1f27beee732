"""A stand-in for Keras 3 in Plateau's export tests.

Offers what the exported scripts use, with the constructor signatures of
Keras 3.16, so that a wrong argument name fails as it would in Keras. It
trains nothing: `fit` checks the shapes, runs each LearningRateScheduler's
schedule over the epochs as Keras would, and prints what it saw as JSON.
"""
import json
import types

import numpy as np


def _arguments(values):
    return {key: value for key, value in values.items() if key not in ("self", "__class__")}


class Callback:
    def __init__(self):
        self.config = {}


class ReduceLROnPlateau(Callback):
    def __init__(self, monitor="val_loss", factor=0.1, patience=10, verbose=0, mode="auto", min_delta=1e-4, cooldown=0, min_lr=0.0):
        self.config = _arguments(locals())


class EarlyStopping(Callback):
    def __init__(self, monitor="val_loss", min_delta=0, patience=0, verbose=0, mode="auto", baseline=None, restore_best_weights=False, start_from_epoch=0):
        self.config = _arguments(locals())


class TerminateOnNaN(Callback):
    def __init__(self, raise_error=False):
        self.config = _arguments(locals())


class ModelCheckpoint(Callback):
    def __init__(self, filepath, monitor="val_loss", verbose=0, save_best_only=False, save_weights_only=False, mode="auto", save_freq="epoch", initial_value_threshold=None):
        self.config = _arguments(locals())


class LearningRateScheduler(Callback):
    def __init__(self, schedule, verbose=0):
        self.schedule = schedule
        self.config = {"verbose": verbose}


class CSVLogger(Callback):
    def __init__(self, filename, separator=",", append=False):
        self.config = _arguments(locals())


class SwapEMAWeights(Callback):
    def __init__(self, swap_on_epoch=False):
        self.config = _arguments(locals())


class BackupAndRestore(Callback):
    def __init__(self, backup_dir, save_freq="epoch", double_checkpoint=False, delete_checkpoint=True):
        self.config = _arguments(locals())


class LambdaCallback(Callback):
    def __init__(self, on_epoch_begin=None, on_epoch_end=None, on_train_begin=None, on_train_end=None, on_train_batch_begin=None, on_train_batch_end=None, **kwargs):
        hooks = dict(_arguments(locals()), **kwargs)
        del hooks["kwargs"]
        self.config = {name: hook.__name__ for name, hook in hooks.items() if hook is not None}


callbacks = types.SimpleNamespace(
    Callback=Callback, ReduceLROnPlateau=ReduceLROnPlateau, EarlyStopping=EarlyStopping, TerminateOnNaN=TerminateOnNaN,
    ModelCheckpoint=ModelCheckpoint, LearningRateScheduler=LearningRateScheduler, CSVLogger=CSVLogger, LambdaCallback=LambdaCallback,
    SwapEMAWeights=SwapEMAWeights, BackupAndRestore=BackupAndRestore,
)


class _Layer:
    def __init__(self, kind, **config):
        self.kind = kind
        self.config = config


def Input(shape):
    return _Layer("Input", shape=list(shape))


def _dense(units, activation=None):
    return _Layer("Dense", units=int(units), activation=activation)


def _dropout(rate):
    return _Layer("Dropout", rate=rate)


def _conv2d(filters, kernel_size, strides=1, padding="valid", activation=None):
    return _Layer("Conv2D", filters=int(filters), kernel_size=kernel_size, strides=strides, padding=padding, activation=activation)


def _max_pooling2d(pool_size=2):
    return _Layer("MaxPooling2D", pool_size=pool_size)


def _flatten():
    return _Layer("Flatten")


layers = types.SimpleNamespace(Dense=_dense, Dropout=_dropout, Conv2D=_conv2d, MaxPooling2D=_max_pooling2d, Flatten=_flatten)


def _mnist_load_data():
    """Keras's MNIST shapes and types (60,000 and 10,000 uint8 images of 28x28), random pixels."""
    rng = np.random.default_rng(0)
    train = (rng.integers(0, 256, (12000, 28, 28), dtype=np.uint8), rng.integers(0, 10, 12000, dtype=np.uint8))
    test = (rng.integers(0, 256, (100, 28, 28), dtype=np.uint8), rng.integers(0, 10, 100, dtype=np.uint8))
    return train, test


datasets = types.SimpleNamespace(mnist=types.SimpleNamespace(load_data=_mnist_load_data))


def _optimizer(name):
    def make(learning_rate=0.001, **config):
        return {"name": name, "learning_rate": learning_rate, **config}
    return make


class LearningRateSchedule:
    config = {}


class ExponentialDecay(LearningRateSchedule):
    def __init__(self, initial_learning_rate, decay_steps, decay_rate, staircase=False, name="ExponentialDecay"):
        self.config = _arguments(locals())


class PiecewiseConstantDecay(LearningRateSchedule):
    def __init__(self, boundaries, values, name="PiecewiseConstant"):
        self.config = _arguments(locals())


class PolynomialDecay(LearningRateSchedule):
    def __init__(self, initial_learning_rate, decay_steps, end_learning_rate=0.0001, power=1.0, cycle=False, name="PolynomialDecay"):
        self.config = _arguments(locals())


class InverseTimeDecay(LearningRateSchedule):
    def __init__(self, initial_learning_rate, decay_steps, decay_rate, staircase=False, name="InverseTimeDecay"):
        self.config = _arguments(locals())


class CosineDecay(LearningRateSchedule):
    def __init__(self, initial_learning_rate, decay_steps, alpha=0.0, name="CosineDecay", warmup_target=None, warmup_steps=0):
        self.config = _arguments(locals())


class CosineDecayRestarts(LearningRateSchedule):
    def __init__(self, initial_learning_rate, first_decay_steps, t_mul=2.0, m_mul=1.0, alpha=0.0, name="SGDRDecay"):
        self.config = _arguments(locals())


schedules = types.SimpleNamespace(
    LearningRateSchedule=LearningRateSchedule, ExponentialDecay=ExponentialDecay, PiecewiseConstantDecay=PiecewiseConstantDecay,
    PolynomialDecay=PolynomialDecay, InverseTimeDecay=InverseTimeDecay, CosineDecay=CosineDecay, CosineDecayRestarts=CosineDecayRestarts,
)
optimizers = types.SimpleNamespace(
    SGD=_optimizer("SGD"), Adam=_optimizer("Adam"), RMSprop=_optimizer("RMSprop"), Adagrad=_optimizer("Adagrad"), schedules=schedules,
)


def _describe(value):
    """Schedules as JSON: their class and the arguments they were given."""
    config = {key: item for key, item in value.config.items() if key != "name"}
    return {"schedule": type(value).__name__, **config}


def _to_categorical(labels, num_classes):
    return np.eye(num_classes, dtype="float32")[np.asarray(labels, dtype=int)]


utils = types.SimpleNamespace(set_random_seed=lambda seed: None, to_categorical=_to_categorical)


def _run_schedule(schedule, epochs, learning_rate):
    rates = []
    for epoch in range(epochs):
        try:
            try:
                learning_rate = float(schedule(epoch, learning_rate))
            except TypeError:
                learning_rate = float(schedule(epoch))
        except NotImplementedError:
            return "stub"
        rates.append(learning_rate)
    return rates


class Sequential:
    def __init__(self, stack):
        self.stack = stack

    def compile(self, optimizer, loss, metrics):
        self.compiled = {"optimizer": optimizer, "loss": loss, "metrics": metrics}

    def fit(self, x, y, epochs, batch_size, validation_split, callbacks, verbose="auto", shuffle=True,
            class_weight=None, initial_epoch=0, validation_freq=1):
        assert verbose in ("auto", 0, 1, 2), verbose
        assert isinstance(shuffle, bool), shuffle
        assert class_weight is None or all(isinstance(key, int) and isinstance(value, float) for key, value in class_weight.items()), class_weight
        assert isinstance(initial_epoch, int) and initial_epoch >= 0, initial_epoch
        assert isinstance(validation_freq, int) or all(isinstance(epoch, int) for epoch in validation_freq), validation_freq
        assert x.ndim in (2, 4) and y.ndim == 2 and len(x) == len(y), (x.shape, y.shape)
        assert not np.isnan(x).any() and not np.isnan(y).any()
        assert self.stack[0].config["shape"] == list(x.shape[1:])
        assert self.stack[-1].config["units"] == y.shape[1]
        report = {
            "x": list(x.shape),
            "y": list(y.shape),
            "layers": [dict(kind=layer.kind, **layer.config) for layer in self.stack],
            "compiled": self.compiled,
            "fit": {"epochs": epochs, "batch_size": batch_size, "validation_split": validation_split},
            "callbacks": [{"class": type(callback).__name__, "config": callback.config} for callback in callbacks],
            "schedules": [
                _run_schedule(callback.schedule, min(epochs, 40), float(self.compiled["optimizer"]["learning_rate"]))
                for callback in callbacks
                if isinstance(callback, LearningRateScheduler)
            ],
        }
        self.trained_rows = len(x)
        print(json.dumps(report, default=_describe))

    def evaluate(self, x, y, batch_size, verbose, return_dict):
        assert self.trained_rows > 0, "evaluate before fit"
        assert x.ndim in (2, 4) and y.ndim == 2 and len(x) == len(y) > 0, (x.shape, y.shape)
        assert self.stack[0].config["shape"] == list(x.shape[1:])
        assert not np.isnan(x).any() and not np.isnan(y).any()
        assert return_dict is True
        return {"loss": 0.0}
