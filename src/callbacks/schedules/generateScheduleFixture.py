#!/usr/bin/env python3
"""Generate schedules.fixture.json: learning rates from Keras's and PyTorch's formulas.

Rerun from the repository root (deterministic):

    python3 src/callbacks/schedules/generateScheduleFixture.py

Keras cannot be installed on these machines, so each Keras 3.16 schedule's
__call__ (keras/src/optimizers/schedules/learning_rate_schedule.py) is
written out below in Keras's order of operations. PyTorch's OneCycleLR and CyclicLR (get_lr in
torch/optim/lr_scheduler.py) compute in Python floats, so their values here
are what PyTorch computes.

Each point is [step, expected, float32]:
  expected  the formula in float64 (pure Python), which the TypeScript port
            must match to a relative 1e-6, except the whole numbers Keras
            takes from a quotient (staircase floor, cycle ceil, restart
            index): those are taken in float32 as Keras's tensors take them,
            since float64 can land on the other side of an integer (with
            tMul=3, log(243)/log(3) is 4.999... in float64 with glibc's log
            and 5 in float32, which would move a restart by one step);
  float32   Keras's formula evaluated op by op in numpy float32, as Keras's
            tensors compute it (null when numpy is missing, and always for
            the PyTorch schedules). TF, JAX and torch kernels for cos, log
            and pow may differ from numpy's by an ulp.
"""
import json
import math
import os
import platform
import struct

try:
    import numpy as np
except ImportError:  # the float32 column is optional
    np = None


def f32(x):
    """Round a Python float to float32 (round half to even), without numpy."""
    return struct.unpack("f", struct.pack("f", x))[0]


class F64:
    """Python floats, with the whole-number decisions taken in float32."""

    c = staticmethod(float)
    cos = staticmethod(math.cos)
    pow = staticmethod(math.pow)
    pi = math.pi

    @staticmethod
    def quotient32(step, steps):
        return f32(f32(step) / f32(steps))

    @staticmethod
    def floor_quotient(step, steps):
        return float(math.floor(F64.quotient32(step, steps)))

    @staticmethod
    def ceil_quotient(step, steps):
        return float(math.ceil(F64.quotient32(step, steps)))

    @staticmethod
    def is_one(t_mul):
        return f32(t_mul) == 1.0

    @staticmethod
    def restart_index(step, first, t_mul):
        completed = F64.quotient32(step, first)
        if F64.is_one(t_mul):
            return float(math.floor(completed))
        inner = f32(1.0 - f32(completed * f32(1.0 - t_mul)))
        return float(math.floor(f32(f32(math.log(inner)) / f32(math.log(f32(t_mul))))))


class F32:
    """numpy float32 scalars, every constant cast first, as Keras's tensors."""

    c = staticmethod(lambda x: np.float32(x))
    cos = staticmethod(lambda x: np.cos(np.float32(x)))
    pow = staticmethod(lambda a, b: np.power(np.float32(a), np.float32(b)))
    pi = None  # set below when numpy exists

    @staticmethod
    def floor_quotient(step, steps):
        return np.floor(np.float32(step) / np.float32(steps))

    @staticmethod
    def ceil_quotient(step, steps):
        return np.ceil(np.float32(step) / np.float32(steps))

    @staticmethod
    def is_one(t_mul):
        return np.float32(t_mul) == 1.0

    @staticmethod
    def restart_index(step, first, t_mul):
        completed = np.float32(step) / np.float32(first)
        t = np.float32(t_mul)
        if t == 1.0:
            return np.floor(completed)
        return np.floor(np.log(np.float32(1.0) - completed * (np.float32(1.0) - t)) / np.log(t))


if np is not None:
    F32.pi = np.float32(math.pi)


# ---- Keras 3 (learning_rate_schedule.py), one function per __call__ ----

def exponential_decay(k, step, initialLearningRate, decaySteps, decayRate, staircase=False):
    p = k.floor_quotient(step, decaySteps) if staircase else k.c(step) / k.c(decaySteps)
    return k.c(initialLearningRate) * k.pow(k.c(decayRate), p)


def piecewise_constant_decay(k, step, boundaries, values):
    # Boundaries are cast to the step's integer dtype; the result is a sum of
    # indicator * value over every range, so overlapping ranges add up.
    b = [math.trunc(x) for x in boundaries]
    v = [k.c(x) for x in values]
    result = k.c(0.0)
    result += k.c(1.0 if step <= b[0] else 0.0) * v[0]
    result += k.c(1.0 if step > b[-1] else 0.0) * v[-1]
    for low, high, value in zip(b[:-1], b[1:], v[1:-1]):
        result += k.c(1.0 if low < step <= high else 0.0) * value
    return result


def polynomial_decay(k, step, initialLearningRate, decaySteps, endLearningRate=0.0001, power=1.0, cycle=False):
    init = k.c(initialLearningRate)
    end = k.c(endLearningRate)
    s = k.c(step)
    ds = k.c(decaySteps)
    if cycle:
        multiplier = k.c(1.0) if s == 0 else k.ceil_quotient(step, decaySteps)
        ds = ds * multiplier
    else:
        s = min(s, ds)
    p = s / ds
    return (init - end) * k.pow(k.c(1.0) - p, k.c(power)) + end


def inverse_time_decay(k, step, initialLearningRate, decaySteps, decayRate, staircase=False):
    p = k.floor_quotient(step, decaySteps) if staircase else k.c(step) / k.c(decaySteps)
    return k.c(initialLearningRate) / (k.c(1.0) + k.c(decayRate) * p)


def _cosine_decay_function(k, s, ds, decay_from, alpha):
    completed = s / ds
    cosine = k.c(0.5) * (k.c(1.0) + k.cos(k.pi * completed))
    decayed = k.c(1.0 - alpha) * cosine + k.c(alpha)
    return decay_from * decayed


def cosine_decay(k, step, initialLearningRate, decaySteps, alpha=0.0, warmupTarget=None, warmupSteps=0):
    init = k.c(initialLearningRate)
    ds = k.c(decaySteps)
    s = k.c(step)
    if warmupTarget is None:
        return _cosine_decay_function(k, min(s, ds), ds, init, alpha)
    target = k.c(warmupTarget)
    ws = k.c(warmupSteps)
    s = min(s, ds + ws)
    if s < ws:
        return (target - init) * (s / ws) + init
    return _cosine_decay_function(k, s - ws, ds, target, alpha)


def cosine_decay_restarts(k, step, initialLearningRate, firstDecaySteps, tMul=2.0, mMul=1.0, alpha=0.0):
    init = k.c(initialLearningRate)
    a = k.c(alpha)
    t = k.c(tMul)
    m = k.c(mMul)
    completed = k.c(step) / k.c(firstDecaySteps)
    i_restart = k.restart_index(step, firstDecaySteps, tMul)
    if k.is_one(tMul):
        completed = completed - i_restart
    else:
        sum_r = (k.c(1.0) - k.pow(t, i_restart)) / (k.c(1.0) - t)
        completed = (completed - sum_r) / k.pow(t, i_restart)
    m_fac = k.pow(m, i_restart)
    cosine = k.c(0.5) * m_fac * (k.c(1.0) + k.cos(k.pi * completed))
    return init * ((k.c(1.0) - a) * cosine + a)


# ---- PyTorch (lr_scheduler.py), get_lr at last_epoch == step ----

def one_cycle_lr(step, maxLr, totalSteps, pctStart=0.3, annealStrategy="cos", divFactor=25.0,
                 finalDivFactor=1e4, threePhase=False):
    initial = maxLr / divFactor
    lrs = {"initial": initial, "max": maxLr, "min": initial / finalDivFactor}
    if threePhase:
        phases = [(float(pctStart * totalSteps) - 1, "initial", "max"),
                  (float(2 * pctStart * totalSteps) - 2, "max", "initial"),
                  (totalSteps - 1, "initial", "min")]
    else:
        phases = [(float(pctStart * totalSteps) - 1, "initial", "max"),
                  (totalSteps - 1, "max", "min")]
    start_step = 0.0
    for i, (end_step, start, end) in enumerate(phases):
        if step <= end_step or i == len(phases) - 1:
            pct = (step - start_step) / (end_step - start_step)
            s, e = lrs[start], lrs[end]
            if annealStrategy == "cos":
                return e + (s - e) / 2.0 * (math.cos(math.pi * pct) + 1)
            return (e - s) * pct + s
        start_step = end_step
    raise AssertionError("unreachable")


def cyclic_lr(step, baseLr, maxLr, stepSizeUp=2000, stepSizeDown=None, mode="triangular", gamma=1.0):
    up = float(stepSizeUp)
    down = float(stepSizeDown) if stepSizeDown is not None else up
    total = up + down
    ratio = up / total
    cycle = math.floor(1 + step / total)
    x = 1.0 + step / total - cycle
    scale = x / ratio if x <= ratio else (x - 1) / (ratio - 1)
    height = (maxLr - baseLr) * scale
    if mode == "triangular":
        return baseLr + height * 1.0
    if mode == "triangular2":
        return baseLr + height * (1 / (2.0 ** (cycle - 1)))
    return baseLr + height * (gamma ** step)


KERAS = {
    "ExponentialDecay": exponential_decay,
    "PiecewiseConstantDecay": piecewise_constant_decay,
    "PolynomialDecay": polynomial_decay,
    "InverseTimeDecay": inverse_time_decay,
    "CosineDecay": cosine_decay,
    "CosineDecayRestarts": cosine_decay_restarts,
}
TORCH = {"OneCycleLR": one_cycle_lr, "CyclicLR": cyclic_lr}

CASES = [
    # name, kind, params, steps
    ("exponential, smooth", "ExponentialDecay",
     {"initialLearningRate": 0.1, "decaySteps": 10, "decayRate": 0.5},
     [0, 1, 5, 9, 10, 11, 20, 25, 100]),
    ("exponential, staircase edges", "ExponentialDecay",
     {"initialLearningRate": 0.1, "decaySteps": 10, "decayRate": 0.5, "staircase": True},
     [0, 1, 9, 10, 11, 19, 20, 21, 100]),
    ("exponential, Keras docs example", "ExponentialDecay",
     {"initialLearningRate": 0.1, "decaySteps": 100000, "decayRate": 0.96, "staircase": True},
     [0, 99999, 100000, 100001, 1000000]),
    ("exponential, growth (decayRate > 1)", "ExponentialDecay",
     {"initialLearningRate": 0.001, "decaySteps": 100, "decayRate": 1.5},
     [0, 50, 100, 333]),
    ("piecewise, Keras docs example", "PiecewiseConstantDecay",
     {"boundaries": [100000, 110000], "values": [1.0, 0.5, 0.1]},
     [0, 99999, 100000, 100001, 109999, 110000, 110001, 200000]),
    ("piecewise, one boundary", "PiecewiseConstantDecay",
     {"boundaries": [5], "values": [0.1, 0.01]},
     [0, 4, 5, 6, 7]),
    ("piecewise, boundary at 0", "PiecewiseConstantDecay",
     {"boundaries": [0, 3, 4], "values": [0.4, 0.3, 0.2, 0.1]},
     [0, 1, 3, 4, 5]),
    ("piecewise, unsorted boundaries add up (Keras does not check)", "PiecewiseConstantDecay",
     {"boundaries": [10, 5], "values": [1.0, 2.0, 3.0]},
     [0, 5, 6, 10, 11]),
    ("polynomial, linear", "PolynomialDecay",
     {"initialLearningRate": 0.1, "decaySteps": 10, "endLearningRate": 0.01},
     [0, 1, 5, 9, 10, 11, 100]),
    ("polynomial, defaults", "PolynomialDecay",
     {"initialLearningRate": 0.001, "decaySteps": 1000},
     [0, 500, 999, 1000, 2000]),
    ("polynomial, sqrt (Keras docs example)", "PolynomialDecay",
     {"initialLearningRate": 0.1, "decaySteps": 10000, "endLearningRate": 0.01, "power": 0.5},
     [0, 1, 5000, 9999, 10000, 20000]),
    ("polynomial, cycle past decaySteps", "PolynomialDecay",
     {"initialLearningRate": 0.1, "decaySteps": 10, "endLearningRate": 0.01, "cycle": True},
     [0, 1, 9, 10, 11, 15, 19, 20, 21, 30, 31, 100]),
    ("polynomial, cycle, power 2", "PolynomialDecay",
     {"initialLearningRate": 0.5, "decaySteps": 4, "endLearningRate": 0.0, "power": 2.0, "cycle": True},
     [0, 2, 4, 5, 8, 9, 13]),
    ("inverse time, Keras docs example", "InverseTimeDecay",
     {"initialLearningRate": 0.1, "decaySteps": 1, "decayRate": 0.5},
     [0, 1, 2, 3, 10, 1000]),
    ("inverse time, smooth", "InverseTimeDecay",
     {"initialLearningRate": 0.01, "decaySteps": 10, "decayRate": 2.0},
     [0, 5, 9, 10, 11, 20]),
    ("inverse time, staircase edges", "InverseTimeDecay",
     {"initialLearningRate": 0.01, "decaySteps": 10, "decayRate": 2.0, "staircase": True},
     [0, 5, 9, 10, 11, 19, 20, 21]),
    ("cosine, defaults", "CosineDecay",
     {"initialLearningRate": 0.1, "decaySteps": 100},
     [0, 1, 25, 50, 99, 100, 101, 1000]),
    ("cosine, alpha", "CosineDecay",
     {"initialLearningRate": 0.1, "decaySteps": 100, "alpha": 0.1},
     [0, 50, 100, 200]),
    ("cosine, warm-up from 0", "CosineDecay",
     {"initialLearningRate": 0.0, "decaySteps": 100, "warmupTarget": 0.1, "warmupSteps": 10},
     [0, 1, 5, 9, 10, 11, 60, 109, 110, 111, 500]),
    ("cosine, warm-up with alpha", "CosineDecay",
     {"initialLearningRate": 0.01, "decaySteps": 20, "alpha": 0.2, "warmupTarget": 0.05, "warmupSteps": 5},
     [0, 4, 5, 6, 15, 24, 25, 30]),
    ("cosine, warmupTarget without warmupSteps decays from the target", "CosineDecay",
     {"initialLearningRate": 0.5, "decaySteps": 10, "warmupTarget": 0.1},
     [0, 5, 10, 11]),
    ("cosine restarts, defaults (tMul 2)", "CosineDecayRestarts",
     {"initialLearningRate": 0.1, "firstDecaySteps": 10},
     [0, 5, 9, 10, 11, 29, 30, 31, 69, 70, 71, 149, 150, 151]),
    ("cosine restarts, tMul 1, mMul 0.5, alpha", "CosineDecayRestarts",
     {"initialLearningRate": 0.1, "firstDecaySteps": 10, "tMul": 1.0, "mMul": 0.5, "alpha": 0.1},
     [0, 9, 10, 11, 19, 20, 21, 30, 35]),
    ("cosine restarts, tMul 1.5, mMul 0.8", "CosineDecayRestarts",
     {"initialLearningRate": 0.01, "firstDecaySteps": 8, "tMul": 1.5, "mMul": 0.8},
     [0, 7, 8, 9, 19, 20, 21, 37, 38, 39, 64, 65, 66]),
    ("cosine restarts, tMul 3", "CosineDecayRestarts",
     {"initialLearningRate": 0.1, "firstDecaySteps": 10, "tMul": 3.0},
     [9, 10, 11, 39, 40, 41, 129, 130, 131, 399, 400, 401, 1209, 1210, 1211]),
    ("cosine restarts, tMul 10, alpha", "CosineDecayRestarts",
     {"initialLearningRate": 0.1, "firstDecaySteps": 1, "tMul": 10.0, "alpha": 0.05},
     [0, 1, 10, 11, 110, 111, 112]),
    ("one-cycle, defaults (cos)", "OneCycleLR",
     {"maxLr": 0.1, "totalSteps": 100},
     [0, 1, 15, 28, 29, 30, 31, 50, 98, 99, 100]),
    ("one-cycle, linear", "OneCycleLR",
     {"maxLr": 0.1, "totalSteps": 100, "annealStrategy": "linear"},
     [0, 15, 29, 30, 64, 99, 100]),
    ("one-cycle, three phases", "OneCycleLR",
     {"maxLr": 0.1, "totalSteps": 100, "threePhase": True},
     [0, 29, 30, 57, 58, 59, 80, 99, 100]),
    ("one-cycle, fractional phase end", "OneCycleLR",
     {"maxLr": 0.01, "totalSteps": 10, "pctStart": 0.25, "divFactor": 10.0, "finalDivFactor": 100.0},
     [0, 1, 2, 3, 9, 10]),
    ("one-cycle, pctStart 0", "OneCycleLR",
     {"maxLr": 0.1, "totalSteps": 10, "pctStart": 0.0},
     [0, 5, 9, 10]),
    ("cyclic, triangular", "CyclicLR",
     {"baseLr": 0.001, "maxLr": 0.006, "stepSizeUp": 4},
     [0, 1, 2, 3, 4, 5, 7, 8, 9, 12, 16]),
    ("cyclic, triangular2 halving", "CyclicLR",
     {"baseLr": 0.001, "maxLr": 0.009, "stepSizeUp": 4, "stepSizeDown": 2, "mode": "triangular2"},
     [0, 2, 4, 5, 6, 8, 10, 12, 16, 18, 22]),
    ("cyclic, exp_range", "CyclicLR",
     {"baseLr": 0.001, "maxLr": 0.006, "stepSizeUp": 5, "mode": "exp_range", "gamma": 0.99},
     [0, 3, 5, 10, 15, 100, 105]),
    ("cyclic, defaults", "CyclicLR",
     {"baseLr": 0.0001, "maxLr": 0.001},
     [0, 1000, 2000, 3999, 4000, 6000]),
    ("cyclic, sawtooth (stepSizeDown 0)", "CyclicLR",
     {"baseLr": 0.0, "maxLr": 1.0, "stepSizeUp": 4, "stepSizeDown": 0},
     [0, 1, 3, 4, 5]),
]


def point(kind, params, step):
    if kind in TORCH:
        return [step, TORCH[kind](step, **params), None]
    fn = KERAS[kind]
    expected = float(fn(F64, step, **params))
    f32 = float(fn(F32, step, **params)) if np is not None else None
    return [step, expected, f32]


def dumps_compact(out):
    """JSON with one line per case header and per point, so diffs stay readable."""
    lines = ["{"]
    lines.append(f' "python": {json.dumps(out["python"])},')
    lines.append(f' "numpy": {json.dumps(out["numpy"])},')
    lines.append(' "cases": [')
    for i, case in enumerate(out["cases"]):
        lines.append(f'  {{"name": {json.dumps(case["name"])}, "kind": {json.dumps(case["kind"])},')
        lines.append(f'   "params": {json.dumps(case["params"])},')
        lines.append('   "points": [')
        points = [f'    {json.dumps(p)}' for p in case["points"]]
        lines.append(",\n".join(points))
        lines.append("  ]}" + ("," if i < len(out["cases"]) - 1 else ""))
    lines.append(" ]")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main():
    cases = [
        {"name": name, "kind": kind, "params": params, "points": [point(kind, params, s) for s in steps]}
        for name, kind, params, steps in CASES
    ]
    out = {
        "python": platform.python_version(),
        "numpy": np.__version__ if np is not None else None,
        "cases": cases,
    }
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "schedules.fixture.json")
    with open(path, "w", encoding="utf-8") as f:
        f.write(dumps_compact(out))
    print(f"{sum(len(c['points']) for c in cases)} values in {len(cases)} cases -> {path}")


if __name__ == "__main__":
    main()
