"""Writes the files the G2 scanning tests judge into the folder given as argv[1].

Malicious pickles are built with Python's own pickle, or opcode by opcode
where no pickler would write them (dotted STACK_GLOBAL names, escaped and
computed names). Wherever it is safe, the generator proves that Python
really resolves a crafted name to the dangerous callable: a "resolve only"
variant (the global, then STOP, no call) is loaded with pickle.loads and
compared with the real function. Nothing that would run a command is ever
unpickled.

PyTorch files are written the way torch.save writes them (torch is not
needed): a stand-in `torch` module supplies the storage class and
torch._utils._rebuild_tensor_v2 so that pickle writes the same globals and
persistent ids, in a zip (the default format) or in the legacy layout
(magic number, protocol version, system info, payload, storage keys, raw
storages).
"""
import collections
import datetime
import io
import json
import os
import pickle
import struct
import sys
import types
import zipfile

import joblib
import numpy as np
import pandas as pd

from sklearn.compose import ColumnTransformer
from sklearn.decomposition import PCA
from sklearn.ensemble import GradientBoostingRegressor, HistGradientBoostingClassifier, IsolationForest, RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression, Ridge
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.svm import SVC
from sklearn.tree import DecisionTreeClassifier

out = sys.argv[1]


class Exec:
    def __reduce__(self):
        return (os.system, ("echo pwned",))


class Nested:
    def __reduce__(self):
        return (pickle.loads, (pickle.dumps(Exec(), protocol=2),))


def write(name, data):
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)


def short(s):
    b = s.encode()
    return b"\x8c" + bytes([len(b)]) + b


def call_id():
    """Arguments and REDUCE for a resolved callable: f('id'), then STOP."""
    return short("id") + b"\x85R."


def resolves_to(data, target):
    """Loads a resolve-only pickle (a global, then STOP) and checks what Python resolved."""
    got = pickle.loads(data)
    assert got is target, (data, got, target)


def zip64(path, entries, gap=None):
    """A zip in ZIP64 form throughout, as PyTorch writes large checkpoints: every size and offset is 0xFFFFFFFF in
    the headers, with the real values in ZIP64 extra fields, and a ZIP64 end record and locator. `gap` = (index,
    size) inserts a stored entry of `size` zero bytes at that index without writing them (a sparse file)."""
    import zlib
    with open(path, "wb") as f:
        central = []
        items = list(entries)
        if gap:
            items.insert(gap[0], ("archive/data/0", None))
        for name, data in items:
            size = gap[1] if data is None else len(data)
            crc = 0 if data is None else zlib.crc32(data)
            offset = f.tell()
            nb = name.encode()
            extra = struct.pack("<HHQQ", 1, 16, size, size)
            f.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 45, 0, 0, 0, 0, crc, 0xFFFFFFFF, 0xFFFFFFFF, len(nb), len(extra)) + nb + extra)
            if data is None:
                f.seek(size, 1)
            else:
                f.write(data)
            cextra = struct.pack("<HHQQQ", 1, 24, size, size, offset)
            central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 45, 45, 0, 0, 0, 0, crc, 0xFFFFFFFF, 0xFFFFFFFF, len(nb), len(cextra), 0, 0, 0, 0, 0xFFFFFFFF) + nb + cextra)
        cd_start = f.tell()
        for c in central:
            f.write(c)
        cd_size = f.tell() - cd_start
        eocd64 = f.tell()
        f.write(struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, len(central), len(central), cd_size, cd_start))
        f.write(struct.pack("<IIQI", 0x07064B50, 0, eocd64, 1))
        f.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0))


if len(sys.argv) > 2 and sys.argv[2] == "--large":
    # Files over 4 GiB, written sparse (no disk used): read by ranges, never whole.
    GiB = 1024**3
    with open(os.path.join(out, "large.pkl"), "wb") as f:
        f.write(b"\x80\x04\x8e" + struct.pack("<Q", 3 * GiB))
        f.seek(3 * GiB, 1)
        f.write(b"0" + short("posix") + short("system") + b"\x93" + call_id())
    # data.pkl names its one storage by persistent id, as torch.save does: ('storage', torch.FloatStorage, '0', 'cpu', numel).
    numel = (4 * GiB + 512) // 4
    data_pkl = b"\x80\x02}q\x00X\x01\x00\x00\x00wq\x01(X\x07\x00\x00\x00storageq\x02ctorch\nFloatStorage\nq\x03X\x01\x00\x00\x000q\x04X\x03\x00\x00\x00cpuq\x05J" + struct.pack("<i", numel) + b"tq\x06Qs."

    class StorageIds(pickle.Unpickler):
        def find_class(self, module, name):
            return (module, name)

        def persistent_load(self, pid):
            return pid

    assert StorageIds(io.BytesIO(data_pkl)).load() == {"w": ("storage", ("torch", "FloatStorage"), "0", "cpu", numel)}
    zip64(os.path.join(out, "large.pt"), [("archive/data.pkl", data_pkl), ("archive/extra.pkl", pickle.dumps(Exec(), protocol=2))], gap=(1, 4 * GiB + 512))
    with zipfile.ZipFile(os.path.join(out, "large.pt")) as z:
        assert z.read("archive/extra.pkl") == pickle.dumps(Exec(), protocol=2)
        assert z.getinfo("archive/data/0").file_size == 4 * GiB + 512
    sys.exit(0)


# ---------- the original cases ----------
write("reduce_p0.pkl", pickle.dumps(Exec(), protocol=0))
write("reduce_p4.pkl", pickle.dumps(Exec(), protocol=4))
write("nested_loads.pkl", pickle.dumps(Nested(), protocol=4))
# STACK_GLOBAL whose strings come from the memo: push, memoize, pop, then fetch back.
memo_trick = b"\x80\x04" + short("posix") + b"\x94" + short("system") + b"\x94" + b"00" + b"h\x00h\x01" + b"\x93" + call_id()
write("memo_trick.pkl", memo_trick)
clf = LogisticRegression().fit([[0.0], [1.0], [2.0], [3.0]], [0, 0, 1, 1])
write("sklearn_benign.pkl", pickle.dumps(clf, protocol=5))
for name, obj in [("torch_benign.pt", {"weights": [1.0, 2.0]}), ("torch_evil.pt", Exec())]:
    with zipfile.ZipFile(os.path.join(out, name), "w") as z:
        z.writestr("archive/data.pkl", pickle.dumps(obj, protocol=2))
        z.writestr("archive/version", "3\n")
big = LogisticRegression().fit(np.random.default_rng(0).normal(size=(50, 3)), [0, 1] * 25)
joblib.dump(big, os.path.join(out, "sklearn.joblib"))
joblib.dump(big, os.path.join(out, "sklearn_zlib.joblib"), compress=3)
joblib.dump(big, os.path.join(out, "sklearn_gzip.joblib"), compress=("gzip", 3))
joblib.dump({"names": np.array(["a", "b"], dtype=object), "w": np.arange(10.0)}, os.path.join(out, "object_array.joblib"))
joblib.dump({"weights": np.arange(1000.0), "hook": Exec()}, os.path.join(out, "evil_after_array.joblib"))
joblib.dump({"names": np.array([Exec()], dtype=object)}, os.path.join(out, "evil_in_object_array.joblib"))
joblib.dump(big, os.path.join(out, "sklearn_xz.joblib"), compress=("xz", 3))

# ---------- benign: what scikit-learn, joblib, numpy and pandas really write ----------
rng = np.random.default_rng(0)
X = rng.normal(size=(60, 3))
y = np.array([0, 1] * 30)
frame = pd.DataFrame({"a": X[:, 0], "b": X[:, 1], "c": np.array(["x", "y", "z"] * 20)})
benign = {
    "logistic": LogisticRegression().fit(X, y),
    "ridge": Ridge().fit(X, y),
    "forest": RandomForestClassifier(n_estimators=3, random_state=0).fit(X, y),
    "boosting": GradientBoostingRegressor(n_estimators=3).fit(X, y),
    "histgb": HistGradientBoostingClassifier(max_iter=3).fit(X, y),
    "iforest": IsolationForest(n_estimators=3, random_state=np.random.RandomState(0)).fit(X),
    "pipeline": make_pipeline(SimpleImputer(), StandardScaler(), PCA(2), SVC()).fit(X, y),
    "tree": DecisionTreeClassifier().fit(X, y),
    "columns": Pipeline([("ct", ColumnTransformer([("num", StandardScaler(), ["a", "b"]), ("cat", OneHotEncoder(), ["c"])])), ("lr", LogisticRegression())]).fit(frame, y),
    "numpy": {"rs": np.random.RandomState(1), "gen": np.random.default_rng(2), "f": np.float64(1.5), "i": np.int64(3), "dt": np.datetime64("2020-01-01"), "b": b"abc", "set": {1}, "fs": frozenset([1]), "cx": 1j, "ba": bytearray(b"x"), "sl": slice(1, 2), "st": np.zeros(2, dtype=[("a", "<i4"), ("b", "<f8")]), "u": np.array(["ab"]), "when": datetime.date(2024, 1, 2)},
    "pandas": {"df": frame, "cat": pd.Categorical(["a", "b"]), "s": pd.Series([1, 2])},
}
for key, obj in benign.items():
    for proto in (2, 4, 5):
        write(f"benign_{key}_p{proto}.pkl", pickle.dumps(obj, protocol=proto))
    joblib.dump(obj, os.path.join(out, f"benign_{key}.joblib"))
    joblib.dump(obj, os.path.join(out, f"benign_{key}_zlib.joblib"), compress=3)
np.save(os.path.join(out, "benign_plain.npy"), np.arange(12.0).reshape(3, 4))
np.savez(os.path.join(out, "benign_arrays.npz"), a=np.arange(3), b=np.ones((2, 2)))
np.save(os.path.join(out, "evil_object.npy"), np.array([Exec()], dtype=object), allow_pickle=True)

# ---------- 1. dotted names resolved with getattr (protocol 4 and up) ----------
import numpy.testing._private.utils as np_utils  # noqa: E402

for name, module, attr, target in [
    ("dotted_sklearn_os", "sklearn", "os.system", os.system),
    ("dotted_joblib_os", "joblib.numpy_pickle", "os.system", os.system),
    ("dotted_numpy_runstring", "numpy", "testing._private.utils.runstring", np_utils.runstring),
    ("dotted_collections_sys", "collections", "_sys.modules", sys.modules),
    ("dotted_torch_hub", "torch", "hub.load", None),
]:
    resolve = b"\x80\x04" + short(module) + short(attr) + b"\x93."
    if target is not None:
        resolves_to(resolve, target)
    write(f"{name}.pkl", b"\x80\x04" + short(module) + short(attr) + b"\x93" + call_id())
# GLOBAL after PROTO 4 resolves dotted names too.
resolves_to(b"\x80\x04csklearn\nos.system\n.", os.system)
write("dotted_global_proto4.pkl", b"\x80\x04csklearn\nos.system\n" + call_id())

# ---------- 2. names under trusted packages that load, compile or evaluate ----------
import numpy.f2py.crackfortran as crackfortran  # noqa: E402

for name, module, attr, target in [
    ("trusted_torch_execwrapper", "torch.jit.unsupported_tensor_ops", "execWrapper", None),
    ("trusted_torch_load_inline", "torch.utils.cpp_extension", "load_inline", None),
    ("trusted_torch_load", "torch", "load", None),
    ("trusted_numpy_myeval", "numpy.f2py.crackfortran", "myeval", crackfortran.myeval),
    ("trusted_numpy_load", "numpy", "load", np.load),
    ("trusted_pandas_read_pickle", "pandas", "read_pickle", pd.read_pickle),
    ("trusted_pandas_eval", "pandas", "eval", pd.eval),
    ("trusted_joblib_load", "joblib.numpy_pickle", "load", joblib.numpy_pickle.load),
    ("trusted_collections_sys", "collections", "_sys", sys),
]:
    resolve = f"c{module}\n{attr}\n.".encode()
    if target is not None:
        resolves_to(b"\x80\x02" + resolve, target)
    write(f"{name}.pkl", b"\x80\x02" + f"c{module}\n{attr}\n".encode() + b"X\x02\x00\x00\x00id\x85R.")
# A pickle of a class nobody has heard of: unknown, not dangerous.
write("unknown_class.pkl", b"\x80\x02cmycompany.features\nScaler\n)\x81.")

# ---------- 3. computed and escaped names ----------
# datetime.date.strftime(date(2000, 1, 1), 'os') computes 'os' while loading.
computed = b"\x80\x04" + short("datetime") + short("date.strftime") + b"\x93" + short("datetime") + short("date") + b"\x93" + b"M\xd0\x07K\x01K\x01\x87R" + short("os") + b"\x86R" + short("system") + b"\x93"
resolves_to(computed + b".", os.system)
write("computed_strftime.pkl", computed + call_id())
# The same string, memoized and fetched back.
computed_memo = b"\x80\x04" + short("datetime") + short("date.strftime") + b"\x93" + short("datetime") + short("date") + b"\x93" + b"M\xd0\x07K\x01K\x01\x87R" + short("os") + b"\x86R\x94" + b"0" + b"h\x00" + short("system") + b"\x93"
resolves_to(computed_memo + b".", os.system)
write("computed_memo.pkl", computed_memo + call_id())
# A module attribute rewritten by BUILD, then read back as a STACK_GLOBAL operand.
rewritten = b"\x80\x04" + short("json") + short("decoder") + b"\x93" + b"}" + short("mg_name") + short("os") + b"sb0" + short("json.decoder") + short("mg_name") + b"\x93" + short("system") + b"\x93"
resolves_to(rewritten + b".", os.system)
write("rewritten_module.pkl", rewritten + call_id())
# Protocol 0 strings with escapes, decoded by Python before the import.
escaped = {
    "escaped_string_hex": b"S'o\\x73'\nS'sys\\x74em'\n\x93",
    "escaped_string_octal": b"S'\\157s'\nS\"system\"\n\x93",
    "escaped_unicode": b"V\\u006fs\nVsys\\U00000074em\n\x93",
    "escaped_binstring": b"T\x02\x00\x00\x00osU\x06system\x93",
    "escaped_binunicode8": b"\x8d\x02\x00\x00\x00\x00\x00\x00\x00osX\x06\x00\x00\x00system\x93",
}
for name, ops in escaped.items():
    resolves_to(ops + b".", os.system)
    write(f"{name}.pkl", ops + b"(S'id'\ntR.")
# BINBYTES are not str: Python refuses them as STACK_GLOBAL operands.
write("bytes_operands.pkl", b"\x80\x04C\x02osC\x06system\x93" + call_id())

# ---------- 4. the denylist beyond os and subprocess ----------
denied = [
    "_posixsubprocess fork_exec", "pydoc pipepager", "_osx_support _read_output", "uuid _get_command_stdout", "types CodeType", "types FunctionType",
    "io open", "_io open", "pkgutil resolve_name", "imp load_source", "importlib import_module", "trace Trace.run", "pty spawn", "webbrowser open",
    "shutil rmtree", "asyncio.subprocess create_subprocess_shell", "code InteractiveInterpreter", "codeop compile_command", "bdb Bdb", "pdb Pdb",
    "timeit timeit", "cProfile run", "profile run", "pip main", "operator attrgetter", "operator methodcaller", "functools partialmethod", "functools reduce", "_codecs decode",
    "marshal loads", "ctypes CDLL", "multiprocessing Process", "signal raise_signal", "tempfile mkstemp", "builtins getattr", "__builtin__ eval",
]
for entry in denied:
    module, attr = entry.split(" ")
    write(f"denied_{module}.{attr}.pkl", b"\x80\x02" + f"c{module}\n{attr}\n".encode() + b"X\x02\x00\x00\x00id\x85R.")
# urllib2 is renamed to urllib.request by the unpickler under protocol 2 (fix_imports).
write("denied_urllib2.pkl", b"\x80\x02curllib2\nurlopen\nX\x13\x00\x00\x00http://example.com/\x85R.")
# A protocol 2 pickle of bytes uses _codecs.encode, which is benign.
write("benign_bytes_p2.pkl", pickle.dumps({"blob": b"\x00\x01binary"}, protocol=2))


# ---------- PyTorch files, the way torch.save writes them ----------
torch = types.ModuleType("torch")
torch_utils = types.ModuleType("torch._utils")


class FloatStorage:
    """Stands for torch.FloatStorage: pickled as the global torch.FloatStorage."""


FloatStorage.__module__ = "torch"


def _rebuild_tensor_v2(storage, storage_offset, size, stride, requires_grad, backward_hooks, metadata=None):
    raise AssertionError("never loaded")


_rebuild_tensor_v2.__module__ = "torch._utils"
torch.FloatStorage = FloatStorage
torch._utils = torch_utils
torch_utils._rebuild_tensor_v2 = _rebuild_tensor_v2
sys.modules["torch"] = torch
sys.modules["torch._utils"] = torch_utils


class Storage:
    def __init__(self, key, values):
        self.key = key
        self.data = struct.pack(f"<{len(values)}f", *values)
        self.numel = len(values)


class Tensor:
    def __init__(self, storage, shape):
        self.storage = storage
        self.shape = shape

    def __reduce_ex__(self, proto):
        stride = (self.shape[1], 1) if len(self.shape) == 2 else (1,)
        return (_rebuild_tensor_v2, (self.storage, 0, self.shape, stride, False, collections.OrderedDict()))


def state_dict():
    w = Storage("0", [1.0, 2.0, 3.0, 4.0, 5.0, 6.0])
    b = Storage("1", [0.5, -0.5])
    sd = collections.OrderedDict([("linear.weight", Tensor(w, (2, 3))), ("linear.bias", Tensor(b, (2,)))])
    sd._metadata = collections.OrderedDict([("", {"version": 1}), ("linear", {"version": 1})])
    return sd, [w, b]


class TorchPickler(pickle.Pickler):
    def __init__(self, f, legacy):
        super().__init__(f, protocol=2)
        self.legacy = legacy
        self.storages = {}

    def persistent_id(self, obj):
        if isinstance(obj, Storage):
            self.storages[obj.key] = obj
            pid = ("storage", FloatStorage, obj.key, "cpu", obj.numel)
            return pid + (None,) if self.legacy else pid
        return None


def torch_zip(path, payload=None, extra=()):
    """torch.save's zip: archive/data.pkl, archive/data/<key>, version records (stored, as PyTorch writes them)."""
    sd, _ = state_dict()
    buf = io.BytesIO()
    p = TorchPickler(buf, legacy=False)
    p.dump(payload if payload is not None else sd)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
        z.writestr("archive/data.pkl", buf.getvalue())
        z.writestr("archive/byteorder", "little")
        for key, storage in sorted(p.storages.items()):
            z.writestr(f"archive/data/{key}", storage.data)
        z.writestr("archive/version", "3\n")
        z.writestr("archive/.data/serialization_id", "1234567890")
        for name, data in extra:
            z.writestr(name, data)


def torch_legacy(path, first=None, payload=None, after=b""):
    """torch.save(_use_new_zipfile_serialization=False): five pickles, then each storage as an int64 count and its bytes."""
    sd, _ = state_dict()
    f = io.BytesIO()
    f.write(first if first is not None else pickle.dumps(0x1950A86A20F9469CFC6C, protocol=2))
    pickle.dump(1001, f, protocol=2)
    pickle.dump({"protocol_version": 1001, "little_endian": True, "type_sizes": {"short": 2, "int": 4, "long": 8}}, f, protocol=2)
    p = TorchPickler(f, legacy=True)
    p.dump(payload if payload is not None else sd)
    keys = sorted(p.storages)
    pickle.dump(keys, f, protocol=2)
    for key in keys:
        s = p.storages[key]
        f.write(struct.pack("<q", s.numel))
        f.write(s.data)
    f.write(after)
    write(path, f.getvalue())


torch_zip(os.path.join(out, "torch_state_dict.pt"))
torch_zip(os.path.join(out, "torch_zip_evil_record.pt"), extra=[("archive/extra/preprocess.bin", pickle.dumps(Exec(), protocol=2))])
torch_legacy("torch_legacy.pt")
torch_legacy("torch_legacy_evil_magic.pt", first=b"\x80\x02cposix\nsystem\nX\x02\x00\x00\x00id\x85R0\x8a\x0al\xfc\x9cF\xf9 j\xa8P\x19.")
torch_legacy("torch_legacy_evil_payload.pt", payload={"w": Tensor(Storage("0", [1.0, 2.0]), (2,)), "hook": Exec()})
torch_legacy("torch_legacy_evil_after.pt", after=pickle.dumps(Exec(), protocol=2))
write("two_pickles.pkl", pickle.dumps({"ok": 1}, protocol=4) + pickle.dumps(Exec(), protocol=4))
write("pickle_then_junk.pkl", pickle.dumps({"ok": 1}, protocol=4) + b"\x00\x01\x02 not a pickle")

# ---------- 6. files recognised by content, whatever their names ----------
write("preprocess.dat", pickle.dumps(Exec(), protocol=4))
write("notes.txt", "Plain text: nothing to execute.\n".encode())
write("weights.safetensors", (lambda h: struct.pack("<Q", len(h)) + h + b"\x00" * 16)(json.dumps({"w": {"dtype": "F32", "shape": [4], "data_offsets": [0, 16]}}).encode()))
write("blob.bin", bytes(range(256)) * 4)
# A "GIF" whose bytes are also a pickle: BINFLOAT swallows the header, then the payload runs.
gif_prefix = b"GIF89a\x01\x00\x01"
resolves_to(gif_prefix + b"0cposix\nsystem\n.", os.system)
write("polyglot.gif", gif_prefix + b"0cposix\nsystem\n" + call_id())

# ---------- 8. archives ----------

with zipfile.ZipFile(os.path.join(out, "traversal.zip"), "w") as z:
    for name in ["../evil.pkl", "/etc/cron.d/evil", "a\\..\\b.pkl", "C:evil.pkl", "ok/data.pkl"]:
        z.writestr(zipfile.ZipInfo(name), pickle.dumps({"ok": 1}, protocol=2))
zip64(os.path.join(out, "zip64_evil.pt"), [("archive/data.pkl", pickle.dumps(Exec(), protocol=2)), ("archive/version", b"3\n")])
with zipfile.ZipFile(os.path.join(out, "zip64_evil.pt")) as z:
    assert z.read("archive/data.pkl") == pickle.dumps(Exec(), protocol=2)
with zipfile.ZipFile(os.path.join(out, "deflated_evil.pt"), "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("archive/data.pkl", pickle.dumps(Exec(), protocol=2))
