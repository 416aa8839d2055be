"""Writes the pickles the G2 tests scan into the folder given as argv[1].

Malicious ones are built with Python's own pickle: __reduce__ calling
os.system (protocol 0 GLOBAL and protocol 4 STACK_GLOBAL), a memo trick that
takes the module and name strings from the memo, and a nested pickle.loads.
Benign ones are a scikit-learn model. Nothing here is ever unpickled.
"""
import os
import pickle
import sys
import zipfile

import joblib
import numpy as np

from sklearn.linear_model import LogisticRegression

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


write("reduce_p0.pkl", pickle.dumps(Exec(), protocol=0))
write("reduce_p4.pkl", pickle.dumps(Exec(), protocol=4))
write("nested_loads.pkl", pickle.dumps(Nested(), protocol=4))
# STACK_GLOBAL whose strings come from the memo: push, memoize, pop, then fetch back.
memo_trick = (
    b"\x80\x04"
    b"\x8c\x05posix\x94"  # SHORT_BINUNICODE 'posix', MEMOIZE -> memo 0
    b"\x8c\x06system\x94"  # SHORT_BINUNICODE 'system', MEMOIZE -> memo 1
    b"0" b"0"  # POP, POP
    b"h\x00" b"h\x01"  # BINGET 0, BINGET 1
    b"\x93"  # STACK_GLOBAL
    b"\x8c\x02id\x85R."  # 'id', TUPLE1, REDUCE, STOP
)
write("memo_trick.pkl", memo_trick)
clf = LogisticRegression().fit([[0.0], [1.0], [2.0], [3.0]], [0, 0, 1, 1])
write("sklearn_benign.pkl", pickle.dumps(clf, protocol=5))
# A PyTorch-style zip with archive/data.pkl, and one hiding a payload.
for name, obj in [("torch_benign.pt", {"weights": [1.0, 2.0]}), ("torch_evil.pt", Exec())]:
    with zipfile.ZipFile(os.path.join(out, name), "w") as z:
        z.writestr("archive/data.pkl", pickle.dumps(obj, protocol=2))
        z.writestr("archive/version", "3\n")

# joblib writes numpy arrays as raw bytes inside the pickle stream (object arrays as a
# nested pickle); the scan must step over them and keep reading what follows.
big = LogisticRegression().fit(np.random.default_rng(0).normal(size=(50, 3)), [0, 1] * 25)
joblib.dump(big, os.path.join(out, "sklearn.joblib"))
joblib.dump(big, os.path.join(out, "sklearn_zlib.joblib"), compress=3)
joblib.dump(big, os.path.join(out, "sklearn_gzip.joblib"), compress=("gzip", 3))
joblib.dump({"names": np.array(["a", "b"], dtype=object), "w": np.arange(10.0)}, os.path.join(out, "object_array.joblib"))
joblib.dump({"weights": np.arange(1000.0), "hook": Exec()}, os.path.join(out, "evil_after_array.joblib"))
joblib.dump({"names": np.array([Exec()], dtype=object)}, os.path.join(out, "evil_in_object_array.joblib"))
joblib.dump(big, os.path.join(out, "sklearn_xz.joblib"), compress=("xz", 3))
