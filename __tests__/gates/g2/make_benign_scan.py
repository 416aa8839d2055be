"""Writes the files benign-scan.test.ts judges into the folder given as argv[1].

A review scanned benign files that real libraries write (joblib at protocols
0 and 1, numpy arrays pickled at protocol 0, ONNX external data, CSV exports
in legacy encodings) and found G2 calling them unscannable or malicious.
Each such file is written here by the library that writes it, next to the
malicious variant that must still be caught. Where a crafted file must be
shown to load the way the test claims, a resolve-only variant (the global,
then STOP, no call) is loaded and compared; nothing that would run a command
is ever unpickled.
"""
import argparse
import io
import os
import pickle
import posix
import sys

import joblib
import numpy as np
import onnx
import pandas as pd
from onnx import TensorProto, helper, numpy_helper
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression

out = sys.argv[1]


class Exec:
    def __reduce__(self):
        return (os.system, ("echo pwned",))


def path(name):
    full = os.path.join(out, name)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    return full


def write(name, data):
    with open(path(name), "wb") as f:
        f.write(data)


def refused(data, load=pickle.loads):
    """True when the unpickler raises on `data` (only used on data that imports nothing)."""
    try:
        load(data)
    except Exception:
        return True
    return False


rng = np.random.default_rng(0)
X = rng.normal(size=(60, 3))
y = np.array([0, 1] * 30)

# ---------- 3. joblib at protocols 0 and 1: NumpyArrayWrapper made by copyreg._reconstructor ----------
arrays = {"a": np.arange(10.0), "b": np.arange(6, dtype=np.int32).reshape(2, 3), "u": np.array(["x", "yz"]), "o": np.array(["x", 1], dtype=object), "e": np.zeros(0)}
for p in (0, 1):
    joblib.dump(LogisticRegression().fit(X, y), path(f"joblib/logistic_p{p}.joblib"), protocol=p)
    joblib.dump(arrays, path(f"joblib/arrays_p{p}.joblib"), protocol=p)
    joblib.dump({"weights": np.arange(1000.0), "hook": Exec()}, path(f"joblib/evil_after_array_p{p}.joblib"), protocol=p)
    with open(path(f"joblib/logistic_p{p}.joblib"), "rb") as f:
        assert f.read().startswith(b"ccopy_reg\n_reconstructor\n"), "joblib no longer writes the wrapper with copyreg._reconstructor"

# The same form with another class: joblib's unpickler only steps over the bytes after a real NumpyArrayWrapper's
# BUILD, so here they are opcodes. The shape covers them exactly, so a scanner that took this for a wrapper would
# step over the import.
payload = b"cposix\nsystem\n"
fake = (
    b"ccopy_reg\n_reconstructor\n(cargparse\nNamespace\nc__builtin__\nobject\nNtR"
    + b"(dVsubclass\ncnumpy\nndarray\nsVshape\n(I%d\ntsVorder\nVC\nsVdtype\ncnumpy\ndtype\n(Vu1\nI00\nI01\ntR(I3\nV|\nNNNI-1\nI-1\nI0\ntbsVallow_mmap\nI00\nsb" % len(payload)
    + payload
    + b"."
)
assert joblib.load(io.BytesIO(fake)) is posix.system
write("joblib/fake_wrapper_p0.joblib", fake)
# The real wrapper class with a base other than object: not the form joblib writes, and Python refuses it (the base's
# __init__ is called) before the import; the scanner reads the bytes after it as opcodes all the same.
odd_base = fake.replace(b"cargparse\nNamespace\nc__builtin__\nobject\n", b"cjoblib.numpy_pickle\nNumpyArrayWrapper\ncargparse\nNamespace\n")
assert refused(odd_base, lambda d: joblib.load(io.BytesIO(d)))
write("joblib/odd_base_p0.joblib", odd_base)

# ---------- 4. protocol 0 text arguments of any length ----------
zeros = np.zeros(200_000)
write("long/zeros_p0.pkl", pickle.dumps(zeros, protocol=0))
write("long/random_p0.pkl", pickle.dumps(rng.normal(size=200_000), protocol=0))
# A forest of deep trees: each tree's node array is one UNICODE line of about 2 MB.
forest = pickle.dumps(RandomForestClassifier(n_estimators=3, random_state=0).fit(rng.normal(size=(20_000, 5)), rng.integers(0, 2, 20_000)), protocol=0)
write("long/forest_p0.pkl", forest)
for data in (pickle.dumps(zeros, protocol=0), forest):
    assert max(len(line) for line in data.split(b"\n")) > 1024 * 1024, "no text argument is over 1 MiB any more"
write("long/evil_after_zeros_p0.pkl", pickle.dumps([zeros, Exec()], protocol=0))
# STRING (what Python 2 and protocol 0 crafting write), 2 MB long: loads, and what follows it is read.
long_string = b"S'" + b"ab\\x41\\'" * 300_000 + b"'\n"
assert pickle.loads(long_string + b".") == "abA'" * 300_000
assert pickle.loads(long_string + b"0" + payload + b".") is posix.system
write("long/evil_after_string_p0.pkl", long_string + b"0" + payload + b"(S'echo pwned'\ntR.")
# An INT padded to 2 MB with zeros: the C unpickler reads it as octal 1 (strtol), then the import.
long_int = b"I" + b"0" * 2_000_000 + b"1\n"
assert pickle.loads(long_int + b".") == 1
write("long/evil_after_int_p0.pkl", long_int + b"0" + payload + b"(S'echo pwned'\ntR.")
# Long arguments both unpicklers refuse (after PROTO, so the file is a pickle Python cannot load): a trailing
# backslash, a \x with one hex digit, a truncated \u escape.
for name, bad in [("string_trailing_backslash", b"\x80\x02S'" + b"a" * 2_000_000 + b"\\'\n."), ("string_bad_x", b"\x80\x02S'" + b"a" * 2_000_000 + b"\\x4'\n."), ("unicode_truncated", b"\x80\x02V" + b"a" * 2_000_000 + b"\\u12\n.")]:
    assert refused(bad) and refused(bad, pickle._loads), name
    write(f"long/{name}.pkl", bad)

# ---------- 5. ONNX external data that begins like a pickle ----------
shape = numpy_helper.from_array(np.array([640, 480, 3, 1] * 50, np.int64), "shape")
graph = helper.make_graph([helper.make_node("Identity", ["shape"], ["y"])], "g", [], [helper.make_tensor_value_info("y", TensorProto.INT64, [200])], initializer=[shape])
onnx.save_model(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]), path("onnx_shape/model.onnx"), save_as_external_data=True, all_tensors_to_one_file=True, location="model.onnx.data", size_threshold=0)
with open(path("onnx_shape/model.onnx.data"), "rb") as f:
    head = f.read(2)
    assert head == b"\x80\x02", head
    f.seek(0)
    assert refused(f.read())


def uint8_external(folder, location, length):
    """A model whose one uint8 tensor keeps its bytes in `location` (all of them)."""
    t = TensorProto(name="w", data_type=TensorProto.UINT8, dims=[length])
    t.data_location = TensorProto.EXTERNAL
    for k, v in (("location", location), ("offset", "0"), ("length", str(length))):
        e = t.external_data.add()
        e.key = k
        e.value = v
    g = helper.make_graph([helper.make_node("Identity", ["w"], ["y"])], "g", [], [helper.make_tensor_value_info("y", TensorProto.UINT8, [length])], initializer=[t])
    onnx.save_model(helper.make_model(g, opset_imports=[helper.make_opsetid("", 17)]), path(f"{folder}/model.onnx"))


# A tensor that names a pickle does not make it tensor bytes: one Python loads (os.system), one that only imports an
# unknown class, and one that imports os.system and then breaks off.
named = {
    "onnx_evil": pickle.dumps(Exec(), protocol=2),
    "onnx_unknown": b"\x80\x02cargparse\nNamespace\nq\x00.",
    "onnx_broken": b"\x80\x02cposix\nsystem\nq\x00",
}
assert pickle.loads(named["onnx_unknown"]) is argparse.Namespace
for folder, data in named.items():
    write(f"{folder}/w.bin", data)
    uint8_external(folder, "w.bin", len(data))

# ---------- lesser: text in legacy encodings, compressors, folders ----------
frame = pd.DataFrame({"name": ["José", "Zoë", "Ça"], "city": ["Zürich", "Kraków", "Dün"], "price": ["5 €", "3 €", "1 €"]})
frame.to_csv(path("text/excel_cp1252.csv"), encoding="cp1252", index=False)
frame.drop(columns="price").to_csv(path("text/latin1.csv"), encoding="latin-1", index=False)
frame.to_csv(path("text/utf16.csv"), encoding="utf-16", index=False)
with open(path("text/utf16.csv"), "rb") as f:
    assert f.read(2) == b"\xff\xfe"
frame.to_csv(path("text/utf16be.csv"), encoding="utf-16-be", index=False)
with open(path("text/utf16be.csv"), "rb+") as f:
    body = f.read()
    f.seek(0)
    f.write(b"\xfe\xff" + body)
write("text/vtab_dos_eof.txt", "a\vb\r\nc;Zürich\r\n\x1a".encode("cp1252"))
# Not text: a NUL, a DOS end-of-file mark in the middle, a lone UTF-16 surrogate.
write("text/nul.bin", "Zürich\x00".encode("cp1252"))
write("text/eof_inside.bin", b"ab\x1acd\n")
write("text/utf16_lone_surrogate.bin", b"\xff\xfe" + "ab".encode("utf-16-le") + b"\x00\xd8" + "c".encode("utf-16-le"))
# A protocol 0 pickle is Latin-1 text too: the pickle reading comes first.
evil_latin1 = b"cposix\nsystem\n(S'echo \xe9'\ntR."
assert pickle.loads(b"cposix\nsystem\n.") is posix.system
write("text/evil_latin1.txt", evil_latin1)
frame.to_pickle(path("text/frame.pkl.xz"))
frame.to_pickle(path("text/frame.pkl.bz2"))
os.makedirs(path("folder/inner"), exist_ok=True)
