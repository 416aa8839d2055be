"""Writes sklearn-globals.json beside this script: the exact globals G2 accepts as scikit-learn's (the "ml-class" tier).

Run with the pinned scikit-learn (.ci/requirements.txt):  python src/gates/g2/model-scan/make_sklearn_globals.py

- estimators: every class sklearn.utils.all_estimators() lists (the experimental ones enabled), under the path pickle writes it with
  (cls.__module__ + "." + cls.__qualname__, such as sklearn.linear_model._logistic.LogisticRegression);
- referenced: every other global that benign scikit-learn pickles really import. Each estimator is built the way
  scikit-learn's own tests build it (sklearn.utils._test_common.instance_generator), also once per string option of
  each of its parameters (losses, solvers, criteria, ...), fitted on a tiny dataset shaped by its tags (a binary, a
  multiclass and a regression target), pickled with protocols 0 to 5, and unpickled by an unpickler that records
  each global under the name Python resolves (after the Python 2 renaming of protocols 0 to 2). Each estimator is
  also fitted on the same data as a pandas DataFrame. Then scikit-learn objects all_estimators() does not list or
  vary: every kernel of sklearn.gaussian_process.kernels, alone and in sums, products and exponentiations, fitted in
  Gaussian processes; make_column_selector in a ColumnTransformer fitted on a frame; HistGradientBoosting with
  categorical features (from the dtype, by index, mask or name) and with early stopping under every scorer name;
- dataObjects (the known tier): every global that pickles of pandas, scipy.sparse and numpy objects import: frames,
  series and indexes of every dtype pandas ships (datetime naive and tz-aware, timedelta, period, interval, nullable
  Int/UInt/Float/boolean, string in both storages pandas has without pyarrow, categorical, sparse), DatetimeIndex,
  MultiIndex, CategoricalIndex, IntervalIndex, PeriodIndex, TimedeltaIndex, pandas scalars, every scipy.sparse format
  as matrix and array, numpy arrays and scalars of every dtype (StringDType included), recorded the same way;
- keptDangerous: globals those benign pickles import that G2 still judges critical (KEPT_DANGEROUS below), listed in
  neither list.

Nothing is matched by pattern: a class that an sklearn module merely imports (sklearn.callback._transport.Listener
is multiprocessing's) is not listed, and neither are XGBoost or LightGBM, which are not installed here.
"""
import io
import json
import os
import pickle
import platform
import sys
import warnings
from _compat_pickle import IMPORT_MAPPING, NAME_MAPPING

import numpy as np
import pandas as pd
import scipy
import sklearn
# The experimental estimators are estimators too, once enabled (as scikit-learn's own tests enable them).
from sklearn.experimental import enable_halving_search_cv, enable_iterative_imputer  # noqa: F401
from sklearn.utils import all_estimators
from sklearn.utils._param_validation import StrOptions
from sklearn.utils._test_common.instance_generator import _construct_instances
from sklearn.utils.estimator_checks import _enforce_estimator_tags_X, _enforce_estimator_tags_y

warnings.filterwarnings("ignore")
seen = set()
# Globals benign pickles import that G2 still judges dangerous, left out of the lists (docs/security.md says why and
# what to do instead): getattr on anything but a global is the primitive of attribute walks.
KEPT_DANGEROUS = {"builtins.getattr": "getattr on an object built while loading: HistGradientBoosting* with early_stopping and a scoring other than 'loss' keeps the bound method getattr(model, '_raw_predict')"}


class Recorder(pickle._Unpickler):
    """Records each global under the name Python resolves. A bound method pickles as builtins.getattr(obj, name): when
    obj is a global (or such a lookup) and name a string, G2 judges the lookup as the dotted global it reaches
    (zoneinfo.ZoneInfo._unpickle, builtins.str.split), so that is what is recorded; getattr on any other object is
    recorded as builtins.getattr itself."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.paths = {}  # id of each global (and lookup result) handed out -> its dotted path
        self.keep = []  # keeps those objects alive, so that their ids stay theirs

    def found(self, obj, path):
        self.paths[id(obj)] = path
        self.keep.append(obj)
        return obj

    def find_class(self, module, name):
        if self.proto < 3:
            if (module, name) in NAME_MAPPING:
                module, name = NAME_MAPPING[(module, name)]
            elif module in IMPORT_MAPPING:
                module = IMPORT_MAPPING[module]
        if (module, name) == ("builtins", "getattr"):
            return self.getattr
        seen.add(f"{module}.{name}")
        return self.found(super().find_class(module, name), f"{module}.{name}")

    def getattr(self, obj, name, *default):
        base = self.paths.get(id(obj))
        if base is None or default or not isinstance(name, str) or not name.isidentifier():
            seen.add("builtins.getattr")
            return getattr(obj, name, *default)
        seen.add(f"{base}.{name}")
        return self.found(getattr(obj, name), f"{base}.{name}")


def record(obj):
    for protocol in range(6):
        Recorder(io.BytesIO(pickle.dumps(obj, protocol=protocol))).load()


rng = np.random.default_rng(0)
X0 = rng.normal(size=(40, 4))
targets = [np.array([0, 1] * 20), np.array([0, 1, 2, 3] * 10), rng.normal(size=40)]
texts = ["the cat sat", "a dog ran", "the dog sat", "a cat ran"] * 10
labels = np.array(["a", "b", "c", "d"] * 10)
SPECIAL_INPUTS = {
    "CountVectorizer": [(texts,)],
    "TfidfVectorizer": [(texts,)],
    "HashingVectorizer": [(texts,)],
    "TfidfTransformer": [(np.abs(X0),)],
    "DictVectorizer": [([{"a": 1, "b": 2}, {"a": 3, "c": 1}],)],
    "FeatureHasher": [([{"a": 1, "b": 2}, {"a": 3, "c": 1}],)],
    "LabelBinarizer": [(labels,), (targets[0],)],
    "LabelEncoder": [(labels,)],
    "MultiLabelBinarizer": [([["a", "b"], ["c"]],)],
    "SparseCoder": [(X0[:, :3],)],
}


def fits(est, name, frame=False):
    """Fitted copies of `est`, one per input it accepts; with `frame`, its array input as a pandas DataFrame."""
    out = []
    inputs = SPECIAL_INPUTS.get(name)
    if inputs is None:
        inputs = []
        for y0 in targets:
            try:
                inputs.append((_enforce_estimator_tags_X(est, X0), _enforce_estimator_tags_y(est, y0)))
            except Exception:
                pass
    if frame:
        inputs = [(pd.DataFrame(a[0], columns=[f"f{i}" for i in range(a[0].shape[1])]), *a[1:]) for a in inputs if isinstance(a[0], np.ndarray) and a[0].ndim == 2]
    for args in inputs:
        e = sklearn.base.clone(est) if hasattr(est, "get_params") else est
        try:
            out.append(e.fit(*args))
        except Exception:
            pass
    return out


def variants(est):
    """The estimator, and one copy per string option of each parameter (loss, solver, criterion, ...)."""
    yield est
    for param, constraints in getattr(est, "_parameter_constraints", {}).items():
        for c in constraints:
            if isinstance(c, StrOptions):
                for option in sorted(c.options - c.deprecated):
                    try:
                        yield sklearn.base.clone(est).set_params(**{param: option})
                    except Exception:
                        pass


estimators = sorted({f"{cls.__module__}.{cls.__qualname__}" for _, cls in all_estimators()})
fitted = 0
for name, cls in all_estimators():
    if name == "FrozenEstimator":
        instances = [cls(estimator=sklearn.linear_model.LogisticRegression().fit(X0, targets[0]))]
    else:
        try:
            instances = list(_construct_instances(cls))
        except Exception:
            instances = []
    for instance in instances:
        for est in variants(instance):
            for model in fits(est, name):
                record(model)
                fitted += 1
        # The same estimator fitted on a DataFrame (feature names kept), as users fit it.
        for model in fits(instance, name, frame=True):
            record(model)
            fitted += 1

# ---------- scikit-learn objects that are not estimators, and options all_estimators() does not vary ----------
from sklearn.compose import make_column_selector, make_column_transformer
from sklearn.ensemble import HistGradientBoostingClassifier, HistGradientBoostingRegressor
from sklearn.gaussian_process import GaussianProcessClassifier, GaussianProcessRegressor
from sklearn.gaussian_process import kernels as gp_kernels
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import get_scorer, get_scorer_names
from sklearn.preprocessing import OneHotEncoder, StandardScaler
import inspect

extras = 0


def extra(obj):
    global extras
    record(obj)
    extras += 1


# Every kernel of sklearn.gaussian_process.kernels, alone and in sums, products and exponentiations, fitted in a GP.
def kernel_instances():
    simple = []
    for _, k in sorted(inspect.getmembers(gp_kernels, inspect.isclass)):
        if not issubclass(k, gp_kernels.Kernel) or inspect.isabstract(k) or k.__module__ != gp_kernels.__name__:
            continue
        if k in (gp_kernels.Sum, gp_kernels.Product, gp_kernels.Exponentiation, gp_kernels.CompoundKernel):
            continue
        if k is gp_kernels.PairwiseKernel:
            simple += [k(metric=m) for m in ("linear", "additive_chi2", "chi2", "poly", "polynomial", "rbf", "laplacian", "sigmoid", "cosine")]
        else:
            simple.append(k())
    yield from simple
    for a in simple:
        yield a + gp_kernels.WhiteKernel()
        yield gp_kernels.ConstantKernel() * a
        yield a ** 2
    yield gp_kernels.CompoundKernel([gp_kernels.RBF(), gp_kernels.WhiteKernel()])


Xk = np.abs(X0[:20]) + 0.1
for kernel in kernel_instances():
    extra(kernel)
    for model in (GaussianProcessRegressor(kernel=kernel), GaussianProcessClassifier(kernel=kernel)):
        try:
            extra(model.fit(Xk, Xk[:, 0] if isinstance(model, GaussianProcessRegressor) else targets[0][:20]))
        except Exception:
            pass

# The scikit-learn documentation's column-selector pattern, fitted on a frame.
frame = pd.DataFrame({"a": X0[:, 0], "b": X0[:, 1], "c": labels})
for selector in (make_column_selector(dtype_include=np.number), make_column_selector(dtype_exclude=np.number), make_column_selector(pattern="^[ab]$")):
    extra(selector)
extra(
    sklearn.pipeline.make_pipeline(
        make_column_transformer(
            (StandardScaler(), make_column_selector(dtype_include=np.number)),
            (OneHotEncoder(handle_unknown="ignore"), make_column_selector(dtype_include=[object, "string", "category"])),
        ),
        LogisticRegression(),
    ).fit(frame, targets[0])
)

# HistGradientBoosting with categorical features (from the dtype, by index, by mask, by name), and with early
# stopping scored by every scorer name that fits the task.
cat_frame = pd.DataFrame({"x": X0[:, 0], "c": pd.Categorical(labels)})
coded = np.c_[np.array([0, 1, 2, 3] * 10), X0[:, 1:]]
for hgb, y0 in ((HistGradientBoostingClassifier, targets[0]), (HistGradientBoostingClassifier, targets[1]), (HistGradientBoostingRegressor, targets[2])):
    for X, options in ((cat_frame, {}), (cat_frame, {"categorical_features": "from_dtype"}), (cat_frame, {"categorical_features": ["c"]}), (coded, {"categorical_features": [0]}), (coded, {"categorical_features": [True, False, False, False]})):
        extra(hgb(max_iter=3, **options).fit(X, y0))
    for scoring in [None, "loss", *get_scorer_names()]:
        try:
            extra(hgb(max_iter=3, early_stopping=True, n_iter_no_change=1, validation_fraction=0.3, scoring=scoring).fit(X0, y0))
        except Exception:
            pass
    extra(hgb(max_iter=3, early_stopping=True, validation_fraction=0.3, scoring=get_scorer("r2" if hgb is HistGradientBoostingRegressor else "accuracy")).fit(X0, y0))

# A tokenizer users pass as a bound method of a builtin: getattr(str, 'split').
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

for vectorizer in (TfidfVectorizer, CountVectorizer):
    extra(vectorizer(tokenizer=str.split, token_pattern=None).fit(texts))

sklearn_seen = set(seen)

# ---------- pandas, scipy.sparse and numpy objects users pickle with (or inside) their models ----------
seen.clear()
data_objects = 0


def data(obj):
    global data_objects
    record(obj)
    data_objects += 1


n = 4
columns = {
    "int": np.arange(n), "float": np.linspace(0, 1, n), "bool": np.array([True, False] * 2), "complex": np.ones(n, complex), "object": np.array(["a", None, 3, 4.5], dtype=object),
    "datetime": pd.date_range("2020-01-01", periods=n), "datetime_tz": pd.date_range("2020-01-01", periods=n, tz="Europe/Berlin"), "datetime_utc": pd.date_range("2020-01-01", periods=n, tz="UTC"),
    "datetime_s": pd.date_range("2020-01-01", periods=n).as_unit("s"), "timedelta": pd.timedelta_range("1D", periods=n), "period": pd.period_range("2020-01", periods=n, freq="M"),
    "period_day": pd.period_range("2020-01-01", periods=n, freq="D"), "interval": pd.interval_range(0, n), "interval_dt": pd.interval_range(pd.Timestamp("2020-01-01"), periods=n),
    "category": pd.Categorical(["a", "b", "a", "c"]), "category_ordered": pd.Categorical([1, 2, 1, 3], ordered=True),
    "sparse": pd.arrays.SparseArray([0, 0, 1, 0]), "sparse_float": pd.arrays.SparseArray([0.0, np.nan, 1.5, 0.0]),
}
for dtype in ("Int8", "Int16", "Int32", "Int64", "UInt8", "UInt16", "UInt32", "UInt64", "Float32", "Float64", "boolean"):
    columns[dtype] = pd.array([1, None, 0, 1], dtype=dtype)
for storage, na in (("python", pd.NA), ("python", np.nan)):
    columns[f"string_{storage}_{na}"] = pd.array(["a", None, "c", "d"], dtype=pd.StringDtype(storage, na_value=na))
columns["string_default"] = pd.Series(["a", "b", None, "d"], dtype="string")
columns["str_inferred"] = pd.Series(["a", "b", None, "d"])
df = pd.DataFrame(columns)
data(df)
for name, values in columns.items():
    data(pd.Series(values, name=name))
    data(pd.Index(values))
    data(pd.Series(values).to_frame())
data(df.astype(object))
data(df.iloc[0])
indexes = [
    pd.RangeIndex(n), pd.Index([1.5, 2.5]), pd.DatetimeIndex(["2020-01-01", "2020-01-02"]), pd.date_range("2020", periods=3, freq="h", tz="US/Eastern"),
    pd.MultiIndex.from_product([["a", "b"], [1, 2]], names=["k", "v"]), pd.MultiIndex.from_arrays([pd.date_range("2020", periods=2), pd.Categorical(["x", "y"])]),
    pd.CategoricalIndex(["a", "b", "a"]), pd.IntervalIndex.from_breaks([0, 1, 2]), pd.PeriodIndex(["2020-01", "2020-02"], freq="M"), pd.TimedeltaIndex(["1 day", "2 days"]),
]
for index in indexes:
    data(index)
    data(pd.DataFrame({"v": np.arange(len(index))}, index=index))
    data(pd.Series(np.arange(len(index)), index=index))
data(pd.DataFrame(np.eye(2), columns=pd.MultiIndex.from_tuples([("a", 1), ("b", 2)])))
for scalar in (pd.Timestamp("2020-01-01"), pd.Timestamp("2020-01-01", tz="Asia/Tokyo"), pd.Timedelta("1D"), pd.Period("2020-01", freq="M"), pd.Interval(0, 1), pd.NaT, pd.NA, pd.offsets.Hour(3), pd.offsets.MonthEnd()):
    data(scalar)

import scipy.sparse as sp

for fmt in ("csr", "csc", "coo", "lil", "dok", "bsr", "dia"):
    m = sp.random(6, 6, density=0.3, format=fmt, random_state=0)
    for cls in (getattr(sp, f"{fmt}_matrix"), getattr(sp, f"{fmt}_array")):
        data(cls(m))
        data(cls(m.astype(np.float32)))

# numpy arrays of every dtype numpy ships, StringDType included, and its scalars.
dtypes = [np.dtype(t) for t in sorted(set(np.sctypeDict.values()), key=str) if t not in (np.void,)]
dtypes += [np.dtype("M8[ns]"), np.dtype("m8[s]"), np.dtype("U3"), np.dtype("S3"), np.dtype("V4"), np.dtype([("a", "i4"), ("b", "f8", (2,))]), np.dtypes.StringDType(), np.dtypes.StringDType(na_object=None), np.dtypes.StringDType(na_object=np.nan)]
for dt in dtypes:
    a = np.zeros(3, dtype=dt)
    data(a)
    data(dt)
    if dt.kind not in "OTV":
        data(a[0])
data(np.array(["a", "bc"], dtype=np.dtypes.StringDType()))
data(np.ma.masked_array([1, 2], mask=[0, 1]))
data(np.asfortranarray(np.eye(2)))

out = {
    "about": "Generated by make_sklearn_globals.py; do not edit. The exact globals G2 accepts as scikit-learn's (the ml-class tier) and as pandas', scipy.sparse's and numpy's (dataObjects, the known tier).",
    "versions": {"python": platform.python_version(), "scikit-learn": sklearn.__version__, "numpy": np.__version__, "scipy": scipy.__version__, "pandas": pd.__version__},
    "fittedModels": fitted,
    "otherObjects": extras,
    "dataObjectsRecorded": data_objects,
    "estimators": estimators,
    "referenced": sorted(sklearn_seen - set(estimators) - set(KEPT_DANGEROUS)),
    "dataObjects": sorted(seen - set(KEPT_DANGEROUS)),
    "keptDangerous": {k: v for k, v in KEPT_DANGEROUS.items() if k in sklearn_seen | seen},
}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "sklearn-globals.json"), "w") as f:
    json.dump(out, f, indent=1)
    f.write("\n")
print(f"{len(estimators)} estimators, {len(out['referenced'])} other globals from {fitted} fitted models and {extras} other objects; {len(out['dataObjects'])} globals from {data_objects} data objects", file=sys.stderr)
