"""Writes the files of a security review of G2's scanner into the folder given as argv[1]: each one is a way for
code to run while the scanner said the file was clean.

Every payload here is harmless and proven: it is os.mkdir of a marker folder inside the output folder (a pickle of
os.mkdir imports posix.mkdir, a dangerous global), and the generator loads each file the way a user would
(pickle.load, numpy.load, zipfile) and checks that the marker appeared, then removes it. So each case is a file
Python really executes, not a file that merely looks suspicious. Where loading would open a socket, the generator
only resolves the global (a "resolve only" variant: the global, then STOP) and checks what Python found.
"""
import io
import os
import pickle
import struct
import sys
import warnings
import zipfile
import zlib

import numpy as np

out = sys.argv[1]
# numpy warns when it reads a Python 2 header; that header is one of the cases.
warnings.filterwarnings("ignore", message="Reading `.npy` or `.npz` file required additional header parsing")


def write(name, data):
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)


def marker(name):
    return os.path.join(out, f"ran-{name}")


class MkDir:
    """Unpickled, it creates the marker folder: os.mkdir(path), which pickle writes as posix.mkdir."""

    def __init__(self, path):
        self.path = path

    def __reduce__(self):
        return (os.mkdir, (self.path,))


def proves(name, load):
    """Loads a file the way a user would and checks that its payload ran (it made the marker, a folder or a file)."""
    path = marker(name)
    assert not os.path.exists(path), path
    try:
        load()
    except Exception:
        pass
    assert os.path.exists(path), f"{name}: the payload did not run"
    if os.path.isdir(path):
        os.rmdir(path)
    else:
        os.unlink(path)


def evil_pickle(name, protocol=4):
    return pickle.dumps(MkDir(marker(name)), protocol=protocol)


def evil_npy(name):
    buf = io.BytesIO()
    np.save(buf, np.array([MkDir(marker(name))], dtype=object), allow_pickle=True)
    return buf.getvalue()


def loads_entry(path, entry):
    with zipfile.ZipFile(path) as z, z.open(entry) as f:
        return pickle.load(f)


# ---------- 1. zips read as Python's zipfile reads them ----------

# The end record declares 1 entry; zipfile reads the directory to its end and numpy.load finds the second.
buf = io.BytesIO()
np.savez(buf, a=np.zeros(3), b=np.array([MkDir(marker("zip_count"))], dtype=object))
data = bytearray(buf.getvalue())
end = data.rfind(b"PK\x05\x06")
struct.pack_into("<HH", data, end + 8, 1, 1)
write("zip_count.npz", bytes(data))
with zipfile.ZipFile(os.path.join(out, "zip_count.npz")) as z:
    assert z.namelist() == ["a.npy", "b.npy"]
proves("zip_count", lambda: np.load(os.path.join(out, "zip_count.npz"), allow_pickle=True)["b"])

# Twenty entries behind an end record that declares one: the entry limit holds for what the directory really holds.
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as z:
    for i in range(20):
        z.writestr(f"f{i}.txt", "x")
data = bytearray(buf.getvalue())
end = data.rfind(b"PK\x05\x06")
struct.pack_into("<HH", data, end + 8, 1, 1)
write("zip_many.zip", bytes(data))
with zipfile.ZipFile(os.path.join(out, "zip_many.zip")) as z:
    assert len(z.namelist()) == 20


# Two end records: the first one's comment holds a second directory whose own (too long) comment makes readers that
# check comment lengths skip it. zipfile takes the last signature whatever its comment says, and loads model.pkl.
def local(name, data):
    n = name.encode()
    return struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 0, 0, 0, zlib.crc32(data), len(data), len(data), len(n), 0) + n + data


def central(name, data, offset, flags=0):
    n = name.encode()
    return struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags, 0, 0, 0, zlib.crc32(data), len(data), len(data), len(n), 0, 0, 0, 0, 0, offset) + n


def end_record(count, size, offset, comment):
    return struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, size, offset, comment)


good = ("notes.txt", b"just text\n")
evil = ("model.pkl", evil_pickle("zip_two_ends"))
body = local(*good)
evil_at = len(body)
body += local(*evil)
dir_a = central(*good, 0)
dir_b = central(*evil, evil_at)
dir_b_at = len(body) + len(dir_a) + 22
tail_b = dir_b + end_record(1, len(dir_b), dir_b_at, 0xFFFF) + b"xxxx"
write("zip_two_ends.zip", body + dir_a + end_record(1, len(dir_a), len(body), len(tail_b)) + tail_b)
with zipfile.ZipFile(os.path.join(out, "zip_two_ends.zip")) as z:
    assert z.namelist() == ["model.pkl"]
proves("zip_two_ends", lambda: loads_entry(os.path.join(out, "zip_two_ends.zip"), "model.pkl"))

# An encrypted entry (flag bit 0): zipfile needs a password, so G2 cannot say what is inside.
secret = bytes(range(40))
write("zip_encrypted.zip", local("secret.pkl", secret)[:6] + b"\x01\x00" + local("secret.pkl", secret)[8:] + central("secret.pkl", secret, 0, flags=1) + end_record(1, len(central("secret.pkl", secret, 0)), len(local("secret.pkl", secret)), 0))
with zipfile.ZipFile(os.path.join(out, "zip_encrypted.zip")) as z:
    try:
        z.read("secret.pkl")
        raise AssertionError("an encrypted entry was read without a password")
    except RuntimeError as e:
        assert "password required" in str(e)


# ---------- 2. .npy headers read as numpy reads them (a Python literal, any key order, any dtype with objects) ----------


def npy(header, body, major=1):
    """An .npy file with this header text, padded as numpy pads it (to 64 bytes, ending in a newline)."""
    size = 2 if major == 1 else 4
    text = header.encode("latin1" if major < 3 else "utf8")
    pad = -(10 + (size - 2) + len(text) + 1) % 64
    text += b" " * pad + b"\n"
    return b"\x93NUMPY" + bytes([major, 0]) + struct.pack("<H" if major == 1 else "<I", len(text)) + text + body


def object_body(name):
    return pickle.dumps(np.array([MkDir(marker(name))], dtype=object), protocol=4)


headers = {
    "npy_shape_first": "{'shape': (1,), 'fortran_order': False, 'descr': '|O', }",
    "npy_descr_object": "{'descr': 'object', 'fortran_order': False, 'shape': (1,), }",
    "npy_double_quotes": '{"descr": "|O", "fortran_order": False, "shape": (1,)}',
    "npy_structured": "{'descr': [('a', '<i4'), ('b', '|O')], 'fortran_order': False, 'shape': (1,), }",
    "npy_comma_string": "{'descr': '<i4, O', 'fortran_order': False, 'shape': (1,), }",
    "npy_subarray": "{'descr': ('|O', (1,)), 'fortran_order': False, 'shape': (1,), }",
    "npy_escaped": "{'descr': '|' '\\x4f', 'fortran_order': False, 'shape': (1,), }",
    "npy_comment": "{'descr': # the dtype\n '|O', 'fortran_order': False, 'shape': (1,), }",
    "npy_stringdtype": "{'descr': 'T', 'fortran_order': False, 'shape': (1,), }",
    "npy_python2_long": "{'descr': '|O', 'fortran_order': False, 'shape': (1L,), }",
}
for name, header in headers.items():
    write(f"{name}.npy", npy(header, object_body(name)))
    proves(name, lambda name=name: np.load(os.path.join(out, f"{name}.npy"), allow_pickle=True))
write("npy_version3.npy", npy("{'descr': '|O', 'fortran_order': False, 'shape': (1,), }", object_body("npy_version3"), major=3))
proves("npy_version3", lambda: np.load(os.path.join(out, "npy_version3.npy"), allow_pickle=True))
write("npy_plain_reordered.npy", npy("{'shape': (2,), \"fortran_order\": False, 'descr': '<f8'}", struct.pack("<2d", 1.5, 2.5)))
assert np.load(os.path.join(out, "npy_plain_reordered.npy")).tolist() == [1.5, 2.5]
# A float header over a pickle: numpy reads raw floats, but the bytes after the header run when unpickled.
write("npy_pickle_as_floats.npy", npy("{'descr': '<f8', 'fortran_order': False, 'shape': (1,), }", evil_pickle("npy_pickle_as_floats")))
assert np.load(os.path.join(out, "npy_pickle_as_floats.npy")).dtype == np.float64


def unpickle_after_header(path):
    with open(path, "rb") as f:
        np.lib.format.read_magic(f)
        np.lib.format.read_array_header_1_0(f)
        return pickle.load(f)


proves("npy_pickle_as_floats", lambda: unpickle_after_header(os.path.join(out, "npy_pickle_as_floats.npy")))


# ---------- 3. protocol 0 text arguments read as the C unpickler (pickle.load) reads them ----------


def load_file(path):
    with open(path, "rb") as f:
        return pickle.load(f)


def call_mkdir(name):
    """GLOBAL posix.mkdir, then a call with the marker path (protocol 0 throughout)."""
    return b"cposix\nmkdir\n(S'" + marker(name).encode() + b"'\ntR."


text_args = {
    # strtol reads 010 as octal 8; int('010', 0) raises, so pickle.py stops here, but pickle.load does not.
    "text_octal_int": b"I010\n0",
    # A NUL ends every text argument for the C unpickler.
    "text_nul_int": b"I1\x00junk\n0",
    "text_nul_long": b"L1\x00junkL\n0",
    "text_nul_float": b"F1.5\x00junk\n0",
    "text_nul_memo": b"I7\np0\x00x\n0g0\x00y\n0",
}
for name, prefix in text_args.items():
    write(f"{name}.pkl", prefix + call_mkdir(name))
    proves(name, lambda name=name: load_file(os.path.join(out, f"{name}.pkl")))
# Text that pickle.load reads one opcode of (M reads two bytes as an int) before it stops: harmless, but not "just text".
write("license.txt", b"MIT License\n\nPermission is hereby granted, free of charge.\n")
try:
    pickle.loads(b"MIT License\n\nPermission is hereby granted, free of charge.\n")
    raise AssertionError("license.txt unpickled")
except pickle.UnpicklingError:
    pass


# ---------- 4. scikit-learn globals are an exact list, not any capitalised name under sklearn ----------


def stack_global(module, name):
    return b"\x8c" + bytes([len(module)]) + module.encode() + b"\x8c" + bytes([len(name)]) + name.encode() + b"\x93"


def short(s):
    return b"\x8c" + bytes([len(s)]) + s.encode()


# logging is imported by sklearn/__init__.py: sklearn.logging.FileHandler(path, "w") creates or truncates any file.
write("ml_logging_filehandler.pkl", b"\x80\x04" + stack_global("sklearn", "logging.FileHandler") + short(marker("ml_logging_filehandler")) + short("w") + b"\x86R.")
proves("ml_logging_filehandler", lambda: load_file(os.path.join(out, "ml_logging_filehandler.pkl")))
# multiprocessing's Listener, imported by an sklearn module: called, it listens on a socket (proven by resolving it only).
import multiprocessing.connection  # noqa: E402

assert pickle.loads(b"csklearn.callback._transport\nListener\n.") is multiprocessing.connection.Listener
write("ml_transport_listener.pkl", b"csklearn.callback._transport\nListener\n((S'127.0.0.1'\nI45677\ntp0\ntR.")
# numpy's DataSource (which opens URLs and files), reached through the np that sklearn.utils.validation imports.
write("ml_np_datasource.pkl", b"\x80\x04" + stack_global("sklearn.utils.validation", "np.lib.npyio.DataSource") + b")R.")
assert isinstance(load_file(os.path.join(out, "ml_np_datasource.pkl")), np.lib.npyio.DataSource)


# ---------- 5. an unknown global that loading calls is a failure, not a warning ----------

import yaml  # noqa: E402

# yaml.Loader(doc).get_single_data(): PyYAML's full loader builds python/object/apply, and runs posix.mkdir.
doc = f"!!python/object/apply:posix.mkdir ['{marker('yaml_loader')}']"
write("yaml_loader.pkl", b"\x80\x04" + stack_global("yaml", "Loader.get_single_data") + stack_global("yaml", "Loader") + short(doc) + b"\x85R\x85R.")
proves("yaml_loader", lambda: load_file(os.path.join(out, "yaml_loader.pkl")))
# The same class only imported, kept as a value: nothing of it runs.
write("yaml_referenced.pkl", pickle.dumps({"loader": yaml.Loader}, protocol=4))
assert pickle.loads(open(os.path.join(out, "yaml_referenced.pkl"), "rb").read()) == {"loader": yaml.Loader}


# ---------- 6. a zip at the end of any file is opened: zipfile finds a zip by its end ----------


def zip_of(entries, compression=zipfile.ZIP_STORED):
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", compression) as z:
        for name, data in entries:
            z.writestr(name, data)
    return b.getvalue()


fronts = {
    "appended_zip.pkl": pickle.dumps({"w": [1.0, 2.0]}, protocol=4),
    "appended_zip.npy": (lambda b: (np.save(b, np.arange(4.0)), b.getvalue())[1])(io.BytesIO()),
    "appended_zip.txt": b"Release notes: nothing to execute here.\n",
}
for name, front in fronts.items():
    tag = name.replace(".", "_")
    write(name, front + zip_of([("evil.pkl", evil_pickle(tag))]))
    proves(tag, lambda name=name: loads_entry(os.path.join(out, name), "evil.pkl"))
assert pickle.loads(open(os.path.join(out, "appended_zip.pkl"), "rb").read()) == {"w": [1.0, 2.0]}
# The same inside a deflated zip entry: extracted, notes.txt opens as a zip too.
inner = b"Plain notes.\n" + zip_of([("evil.pkl", evil_pickle("appended_zip_entry"))])
write("appended_zip_entry.zip", zip_of([("notes.txt", inner)], zipfile.ZIP_DEFLATED))


def load_inner():
    with zipfile.ZipFile(os.path.join(out, "appended_zip_entry.zip")) as z:
        with zipfile.ZipFile(io.BytesIO(z.read("notes.txt"))) as zz, zz.open("evil.pkl") as f:
            return pickle.load(f)


proves("appended_zip_entry", load_inner)


# ---------- 7. in a PyTorch zip, only the entries data.pkl's persistent ids name are storages ----------

# data.pkl names storage "0" only: ('storage', torch.FloatStorage, '0', 'cpu', 2), as torch.save writes it.
data_pkl = b"\x80\x02}q\x00X\x01\x00\x00\x00wq\x01(X\x07\x00\x00\x00storageq\x02ctorch\nFloatStorage\nq\x03X\x01\x00\x00\x000q\x04X\x03\x00\x00\x00cpuq\x05K\x02tq\x06Qs."
write("torch_unnamed_storage.pt", zip_of([
    ("archive/data.pkl", data_pkl),
    ("archive/data/0", struct.pack("<2f", 1.0, 2.0)),
    ("archive/data/1", evil_pickle("torch_unnamed_storage")),
    ("archive/constants/hook", evil_pickle("torch_unnamed_constant")),
    ("archive/version", b"3\n"),
]))
proves("torch_unnamed_storage", lambda: loads_entry(os.path.join(out, "torch_unnamed_storage.pt"), "archive/data/1"))
proves("torch_unnamed_constant", lambda: loads_entry(os.path.join(out, "torch_unnamed_storage.pt"), "archive/constants/hook"))


# ---------- 8. a file an ONNX model names is only tensor data when the tensors account for it ----------

import onnx  # noqa: E402
from onnx import TensorProto, helper  # noqa: E402


def onnx_with_external(path, tensors):
    """A model whose initializers keep their data in other files: tensors = [(name, location, offset, floats)]."""
    inits = []
    for name, location, offset, count in tensors:
        t = TensorProto(name=name, data_type=TensorProto.FLOAT, dims=[count])
        t.data_location = TensorProto.EXTERNAL
        for k, v in (("location", location), ("offset", str(offset)), ("length", str(4 * count))):
            e = t.external_data.add()
            e.key, e.value = k, v
        inits.append(t)
    nodes = [helper.make_node("Identity", [t.name], [f"out_{t.name}"]) for t in inits]
    outputs = [helper.make_tensor_value_info(f"out_{t.name}", TensorProto.FLOAT, [t.dims[0]]) for t in inits]
    graph = helper.make_graph(nodes, "g", [], outputs, initializer=inits)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]), path)


# A native library named as the data of a 16-byte tensor: 4 KiB that no tensor accounts for.
onnx_with_external(os.path.join(out, "onnx_ext", "model.onnx"), [("w", "libcustom.so", 0, 4)])
write("onnx_ext/libcustom.so", b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 16)
# Real external data: two tensors, zero padding between them.
onnx_with_external(os.path.join(out, "onnx_ext", "ok", "model.onnx"), [("a", "weights.bin", 0, 4), ("b", "weights.bin", 64, 4)])
write("onnx_ext/ok/weights.bin", struct.pack("<4f", 1, 2, 3, 4) + bytes(48) + struct.pack("<4f", 5, 6, 7, 8))
import onnxruntime  # noqa: E402

session = onnxruntime.InferenceSession(os.path.join(out, "onnx_ext", "ok", "model.onnx"))
assert [list(v) for v in session.run(None, {})] == [[1, 2, 3, 4], [5, 6, 7, 8]]
# A location through a folder link that leaves the model's folder, onto a file that is scanned for its own sake.
onnx_with_external(os.path.join(out, "onnx_link", "a", "model.onnx"), [("w", "sub/w.bin", 0, 4)])
os.makedirs(os.path.join(out, "onnx_link", "b"))
write("onnx_link/b/w.bin", struct.pack("<4f", 1, 2, 3, 4))
os.symlink("../b", os.path.join(out, "onnx_link", "a", "sub"))


# ---------- 9. forbidPickle refuses every file that holds a pickle ----------

# PROTO 4, then a name and the end: Python cannot load it (truncated), but it is a pickle all the same.
write("forbid_proto_broken.pkl", b"\x80\x04" + short("posix") + short("mkdir"))
# It imports yaml.Loader, then ends without STOP: Python imports the module, then fails.
write("forbid_no_stop.pkl", b"\x80\x04" + stack_global("yaml", "Loader"))
for name in ("forbid_proto_broken.pkl", "forbid_no_stop.pkl"):
    try:
        load_file(os.path.join(out, name))
        raise AssertionError(f"{name} loaded")
    except (pickle.UnpicklingError, EOFError):
        pass
# A GIF that is also a pickle: BINFLOAT swallows the header, then posix.mkdir runs.
write("forbid_polyglot.gif", b"GIF89a\x01\x00\x01" + b"0" + call_mkdir("forbid_polyglot"))
proves("forbid_polyglot", lambda: load_file(os.path.join(out, "forbid_polyglot.gif")))


# ---------- 10. a stream whose size is unknown is not taken for safetensors by a '{' at byte 8 ----------

# A protocol 0 pickle whose ninth byte is "{", deflated in a zip: read as a stream, its size is not known.
brace = b"(S'12345{'\ntp0\n0" + call_mkdir("brace_pickle")
assert brace[8:9] == b"{"
write("brace_pickle.zip", zip_of([("prep.pkl", brace), ("notes.txt", b"12345678{ plain text, not JSON\n")], zipfile.ZIP_DEFLATED))
proves("brace_pickle", lambda: loads_entry(os.path.join(out, "brace_pickle.zip"), "prep.pkl"))


# ---------- 11. functools.partial runs nothing when built; the function it holds is judged, and handed to a call ----------


def glob(module, name):
    """GLOBAL module.name (the protocol 0 form, which every protocol reads)."""
    return b"c" + module.encode() + b"\n" + name.encode() + b"\n"


def loads(name):
    return load_file(os.path.join(out, name))


# partial(os.mkdir, marker) built, then called while loading.
write("partial_mkdir.pkl", b"\x80\x04" + glob("functools", "partial") + glob("posix", "mkdir") + short(marker("partial_mkdir")) + b"\x86R)R.")
proves("partial_mkdir", lambda: loads("partial_mkdir.pkl"))
# A partial of a partial: partial(partial(os.mkdir), marker)().
write("partial_nested.pkl", b"\x80\x04" + glob("functools", "partial") + glob("functools", "partial") + glob("posix", "mkdir") + b"\x85R" + short(marker("partial_nested")) + b"\x86R)R.")
proves("partial_nested", lambda: loads("partial_nested.pkl"))
# partial(getattr, str, 'upper')(): an attribute walk through partial.
write("partial_getattr.pkl", b"\x80\x04" + glob("functools", "partial") + glob("builtins", "getattr") + glob("builtins", "str") + short("upper") + b"\x87R)R.")
assert loads("partial_getattr.pkl") is str.upper
# A partial of a callable computed while loading (a class made by type()), called.
write("partial_computed.pkl", b"\x80\x04" + glob("functools", "partial") + glob("builtins", "type") + short("Made") + b")}\x87R\x85R)R.")
assert type(loads("partial_computed.pkl")).__name__ == "Made"
# partial(str), whose BUILD (partial.__setstate__) swaps in another function: textwrap.dedent runs when it is called.
write("partial_setstate.pkl", b"\x80\x04" + glob("functools", "partial") + glob("builtins", "str") + b"\x85R(" + glob("textwrap", "dedent") + short("  x") + b"\x85NNtb)R.")
assert loads("partial_setstate.pkl") == "x"


# ---------- 12. getattr stays critical: attribute walks, module attributes, computed names, calls of its result ----------

# getattr(getattr(object, '__class__'), '__subclasses__')(object): the classic walk to every loaded class.
write("getattr_subclasses.pkl", b"\x80\x04" + glob("builtins", "getattr") + glob("builtins", "getattr") + glob("builtins", "object") + short("__class__") + b"\x86R" + short("__subclasses__") + b"\x86R" + glob("builtins", "object") + b"\x85R.")
assert object.__subclasses__() and isinstance(loads("getattr_subclasses.pkl"), list)
# getattr(module, 'system') with the module reached by an attribute walk of literal public names, then called.
write("getattr_module.pkl", b"\x80\x04" + glob("builtins", "getattr") + glob("builtins", "getattr") + glob("numpy.lib", "_format_impl") + short("os") + b"\x86R" + short("system") + b"\x86R" + short(f"mkdir {marker('getattr_module')}") + b"\x85R.")
proves("getattr_module", lambda: loads("getattr_module.pkl"))
# getattr(str, str('upper')): a name computed while loading.
write("getattr_computed_name.pkl", b"\x80\x04" + glob("builtins", "getattr") + glob("builtins", "str") + glob("builtins", "str") + short("upper") + b"\x85R\x86R.")
assert loads("getattr_computed_name.pkl") is str.upper
# getattr(str, 'upper')('x'): the result called.
write("getattr_called.pkl", b"\x80\x04" + glob("builtins", "getattr") + glob("builtins", "str") + short("upper") + b"\x86R" + short("x") + b"\x85R.")
assert loads("getattr_called.pkl") == "X"
# One getattr import, memoized: used once as a lookup of a known global (str.split), then on a computed object.
write("getattr_memo_reuse.pkl", b"\x80\x04" + glob("builtins", "getattr") + b"\x94" + glob("builtins", "str") + short("split") + b"\x86R0h\x00" + glob("builtins", "str") + short("x") + b"\x85R" + short("upper") + b"\x86R.")
assert loads("getattr_memo_reuse.pkl")() == "X"
# getattr itself handed back to the caller, as a value.
write("getattr_value.pkl", pickle.dumps({"f": getattr}, protocol=2))
# A lookup of a dunder through a global: getattr(str, '__class__').
write("getattr_dunder.pkl", b"\x80\x04" + glob("builtins", "getattr") + glob("builtins", "str") + short("__class__") + b"\x86R.")
assert loads("getattr_dunder.pkl") is type
# INST calls what it imports with the marked items: INST builtins.getattr on (numpy.lib._format_impl, 'os'), then on
# (that os, 'system'), then a REDUCE of os.system with a mkdir (protocol 0 throughout).
write("getattr_inst.pkl", b"((" + glob("numpy.lib", "_format_impl") + b"S'os'\nibuiltins\ngetattr\nS'system'\nibuiltins\ngetattr\n(S'mkdir " + marker("getattr_inst").encode() + b"'\ntR.")
proves("getattr_inst", lambda: loads("getattr_inst.pkl"))
