#!/usr/bin/env python3
"""Generate pythonFormat.fixture.json: what CPython really does.

Rerun from the repository root (deterministic):

    python3 src/callbacks/format/generatePythonFormatFixture.py

The TypeScript port targets CPython 3.11, the version recorded in the JSON;
regenerate with 3.11 (later versions add spec features, e.g. 3.14's grouping
of fraction digits, that the port does not model).

The JSON has two tables, both checked row by row by the vitest suites:
  "format": [template, kwargs, ["ok", text] | [error type, str(error)]]
            kwargs maps names to [kind, text]; kind is int/float/str/bool/none,
            and text is repr() for floats (nan/inf/-0.0 included), str() for ints.
  "repr":   [kind, text, repr(value)] for floats and strings.
"""
import json
import math
import os
import random
import struct
import sys

ERRORS = (KeyError, ValueError, IndexError, TypeError, OverflowError)
rows = []
reprs = []


def encode(v):
    if v is None:
        return ["none", ""]
    if isinstance(v, bool):
        return ["bool", str(v)]
    if isinstance(v, int):
        return ["int", str(v)]
    if isinstance(v, float):
        return ["float", repr(v)]
    if isinstance(v, str):
        return ["str", v]
    raise TypeError(v)


def add(template, **kwargs):
    try:
        outcome = ["ok", template.format(**kwargs)]
    except ERRORS as e:
        outcome = [type(e).__name__, str(e)]
    rows.append([template, {k: encode(v) for k, v in kwargs.items()}, outcome])


def add_spec(spec, value):
    add("{x:" + spec + "}", x=value)


# --- values -----------------------------------------------------------------
FLOATS = [
    0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 9.5,
    99.5, 0.05, 0.15, 0.25, 1e-05, 1.234e-05, 9.999999310821295e-05, 0.0001,
    0.00012345, 123.456, 1234.5, -1234.5, 12345.678, 123456789.0, 1e15, 1e16,
    1.5e20, 1e22, 1e23, 2.0 ** 53, 1e100, 1.7976931348623157e308, 5e-324,
    2.2250738585072014e-308, 1 / 3, 2 / 3, -273.15, 0.6931471805599453,
    0.023456789, 100.0, -0.00001, 0.99999, 999999.5, float("nan"), float("inf"),
    float("-inf"),
]
INTS = [0, 1, 7, 12, 42, 100, 255, 1000, 1234, 1234567, -1, -42, -1234567,
        2 ** 53 + 1, 10 ** 20, -(2 ** 70)]
STRS = ["", "abc", "h\u00e9llo", "it's", 'say "hi"', "both ' and \"",
        "tab\tnew\nline\r", "\x00\x1f\x7f", "back\\slash", "\u00a0nbsp",
        "zero\u200bwidth", "\U0001F600 smile", "\u0394\u03b5\u03bb\u03c4\u03b1"]

# --- float specs ------------------------------------------------------------
FLOAT_SPECS = [
    "", ".4f", ".2f", ".0f", ".1f", ".10f", "f", "F", ".2e", ".0e", "e", "E",
    ".3E", "g", "G", ".3g", "10.3g", ".1g", ".0g", ".2g", ".12g", ".17g",
    "#g", "#.3g", "#.0f", "#.0e", "#", ".3", ".2", ".0", ".16", ".17",
    "<10", ">10", "^10", "=10", "*^12.2f", "+.3f", " .3f", "010.3f",
    "+010.3f", "010", "%", ".1%", ".0%", ",", ",.2f", "_.2f", "015,.2f",
    "n", ".3n", "z.2f", "z", "+", "x<+12.3e", "-^9", "d", "x", "s", "_",
    "020_", "0=_20.3f", ">+20_.1e", "_g", ",%",
]
for spec in FLOAT_SPECS:
    for x in FLOATS:
        add_spec(spec, x)

# 'g' and the empty type across precisions and magnitudes.
for mantissa in (1.2345678901234567, 9.999999999999999, 5.0):
    for exp in range(-8, 19, 2):
        x = mantissa * 10.0 ** exp
        for p in (0, 1, 2, 3, 5, 8, 15, 17):
            add_spec(".%dg" % p, x)
            add_spec(".%d" % p, x)
        add_spec("", x)

# Round-half-even on the exact binary value.
for x in (0.125, 0.375, 2.675, 1.005, 0.5, 1.5, 2.5, 3.5, -0.5, -2.5, 0.045,
          1.115, 1e-7 * 5, 2.5e-5, 12.5, 0.0625):
    for spec in (".0f", ".1f", ".2f", ".3f", ".0e", ".1e", ".1g", ".2g", ".1%", ".0%"):
        add_spec(spec, x)

# --- int specs --------------------------------------------------------------
INT_SPECS = [
    "", "d", "02d", "03d", "05d", "+d", " d", "-d", ",", "_", ",d", "08,",
    "010,", "x", "X", "#x", "#X", "#010x", "o", "#o", "b", "#b", "_b", "_x",
    "#_x", "n", "c", "<6", "^7", "=+8", "*>8", "e", ".2e", "f", ".1f", "g",
    "%", ".2%", ",.2f", ".2", "z", "zd", "s", ",x", "_n", "+c", "#c", ".3x",
]
for spec in INT_SPECS:
    for n in INTS:
        add_spec(spec, n)
for n in (65, 0x394, 0x1F600, 0x10FFFF, 0x110000, -1, 10 ** 30):
    for spec in ("c", "^5c", "05c"):
        add_spec(spec, n)
for b in (True, False):
    for spec in ("", "d", "f", "5", "x", "s", "^7"):
        add_spec(spec, b)

# --- str, None --------------------------------------------------------------
STR_SPECS = ["", "s", "10", "<10", ">10", "^10", "*^11", ".2", "10.2", "05",
             "+", "#", "=10", "z", ",", "_", "d", "x", "ab", ".", "0<8", " ", "-"]
for spec in STR_SPECS:
    for s in STRS:
        add_spec(spec, s)
for spec in ("", ">5", "s", "d"):
    add_spec(spec, None)

# --- conversions -------------------------------------------------------------
for value in FLOATS[:8] + INTS[:4] + STRS + [True, None]:
    for conv in ("!r", "!s", "!a", "!r:>20", "!s:^12", "!a:.4"):
        add("{x" + conv + "}", x=value)

# --- whole templates, ModelCheckpoint style ----------------------------------
LOGS = dict(epoch=1, batch=3, loss=0.6931471805599453, val_loss=0.023456789,
            accuracy=0.875, val_accuracy=1.0, lr=1e-05, name="run'1", flag=True,
            nothing=None)
TEMPLATES = [
    "model-{epoch:02d}-{val_loss:.2f}.keras",
    "weights.{epoch:02d}-{val_loss:.2f}.weights.h5",
    "ckpt/{epoch:03d}.keras", "{epoch:02d}", "{epoch:03d}", "{val_loss:.4f}",
    "{loss:.2e}", "{epoch}", "{epoch}-{loss}", "{lr}", "{loss}",
    "best_{val_accuracy:.4f}_{accuracy:.3%}.keras", "e{epoch:>4}b{batch:<3}|",
    "{loss:.4e}", "{loss:10.3g}|", "{loss:<10}|", "{loss:*^12.2f}",
    "{loss:+.3f}", "{epoch:,}", "{loss:%}", "{epoch:x}", "{name}", "{name!r}",
    "{flag}", "{nothing}", "{{epoch}}", "{{{epoch}}}", "}}{{", "{{}}", "plain",
    "", "{loss:{epoch}.{batch}f}", "{loss:>{batch}}", "{name:{{}}}",
    "{loss:{lr}}", "{loss:{name}}", "{epoch:{epoch}{epoch}d}",
    "{val_loss}", "{missing}", "model-{epoch:02d}-{acc:.2f}.keras",
    "{}", "{0}", "{1}", "{00}", "{:}", "{!r}", "{loss:{}}", "{-1}", "{ epoch}",
    "{epoch }", "{99999999999999999999}", "{99999999999999999999x}",
    "{epoch", "{epoch!", "{epoch!r", "{epoch!rx}", "{epoch!}", "{epoch!:}",
    "{epoch!x}", "{epoch!\x01}", "{epoch!\u00e9}", "{epoch!\U0001F600}",
    "{epoch:{batch:{batch}}}", "{epoch{batch}}", "{loss[}", "{loss[0}",
    "{loss.}", "{loss[]}", "{missing.real}", "{missing[0]}", "{0.real}",
    "}", "{", "x}y", "{epoch}}", "{{epoch}", "{epoch:}}", "{epoch::}",
    "{epoch:.2}", "{loss:d}", "{loss:02d}", "{epoch:.2f}", "{name:d}",
    "{nothing:>5}", "{missing:{nope}}", "{epoch:{nope}}", "{missing}}",
    "{missing} {", "{epoch} {", "{ep\u00f6ch}", "{it's}", "{\"q\"}",
    "{epoch:\u00e9}", "{loss:\x01}", "{loss:,_}", "{loss:_,}", "{loss:.}",
    "{loss:10.3.}", "{loss:>>10.2f}", "{loss:\U0001F600^9.2f}",
    "{loss:99999999999999999999}", "{loss:.99999999999999999999f}",
    "{loss:.3000000000f}", "{epoch:c}", "{epoch:+c}", "{epoch:#c}",
]
for t in TEMPLATES:
    add(t, **LOGS)

# --- seeded fuzz of the spec grammar ------------------------------------------
rng = random.Random(20240611)


def random_spec():
    parts = []
    if rng.random() < 0.4:
        parts.append(rng.choice(["", "*", "0", "x", " ", "-"]) + rng.choice("<>=^"))
    for options, p in ((["+", "-", " "], 0.3), (["z"], 0.15), (["#"], 0.2), (["0"], 0.25)):
        if rng.random() < p:
            parts.append(rng.choice(options))
    if rng.random() < 0.5:
        parts.append(str(rng.randint(0, 25)))
    if rng.random() < 0.3:
        parts.append(rng.choice([",", "_"]))
    if rng.random() < 0.6:
        parts.append("." + str(rng.randint(0, 20)))
    if rng.random() < 0.8:
        parts.append(rng.choice("eEfFgGn%dxXobcs"))
    return "".join(parts)


def random_double():
    bits = rng.getrandbits(64)
    return struct.unpack("<d", struct.pack("<Q", bits))[0]


for _ in range(700):
    kind = rng.random()
    if kind < 0.55:
        value = rng.choice(FLOATS) if rng.random() < 0.4 else random_double()
        if rng.random() < 0.5 and math.isfinite(value) and value != 0:
            value = math.ldexp(math.frexp(value)[0], rng.randint(-40, 60))
    elif kind < 0.9:
        value = rng.choice(INTS + [rng.randint(-10 ** 12, 10 ** 12)])
    else:
        value = rng.choice(STRS)
    add_spec(random_spec(), value)

# --- repr table ---------------------------------------------------------------
repr_floats = list(FLOATS)
for _ in range(600):
    repr_floats.append(random_double())
for _ in range(200):
    repr_floats.append(round(rng.uniform(-1000, 1000), rng.randint(0, 8)))
for e in range(-330, 310, 7):
    repr_floats.append(float("1e%d" % e))
    repr_floats.append(math.ldexp(1.0, e))
for x in repr_floats:
    reprs.append(["float", repr(x), repr(x)])
for s in STRS + ["", "'", '"', "'\"", "\x7f\x80\x9f\xa0\xad", "\u2028\u2029", "\ufeff", "\ue000"]:
    reprs.append(["str", s, repr(s)])

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pythonFormat.fixture.json")


def table(items):
    return "[\n" + ",\n".join(json.dumps(i, ensure_ascii=True) for i in items) + "\n]"


with open(out, "w", encoding="utf-8") as f:
    f.write('{"python": %s,\n"format": %s,\n"repr": %s}\n'
            % (json.dumps(sys.version.split()[0]), table(rows), table(reprs)))
print("wrote %d format rows and %d repr rows to %s" % (len(rows), len(reprs), out))
