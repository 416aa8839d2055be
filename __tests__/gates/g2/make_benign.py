"""Writes benign files that users really save into the folder given as argv[1], made by the real libraries: the
reproductions of a review of G2's scanner on real-world files (pandas frames of every dtype, scipy.sparse in every
format, numpy StringDType arrays, Gaussian-process kernels, column selectors, HistGradientBoosting with categorical
features, estimators fitted on frames), and the bound-method pickles G2 still refuses with their documented
workarounds. Each file is loaded back to prove it is what it claims; index.json lists the files by case.
"""
import functools
import json
import os
import pickle
import sys
import warnings

import joblib
import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn import set_config
from sklearn.compose import make_column_selector, make_column_transformer
from sklearn.ensemble import HistGradientBoostingClassifier, HistGradientBoostingRegressor
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.gaussian_process import GaussianProcessClassifier, GaussianProcessRegressor
from sklearn.gaussian_process.kernels import RBF, DotProduct, ExpSineSquared, Matern, RationalQuadratic, WhiteKernel
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

warnings.filterwarnings("ignore")
out = sys.argv[1]
index = {}


def save(case, name, obj, protocols=range(6)):
    """pickle.dump with every protocol (or joblib.dump for .joblib), then a load to prove the file is what it says."""
    for protocol in protocols:
        path = os.path.join(out, name.format(p=protocol))
        if name.endswith(".joblib"):
            joblib.dump(obj, path)
            joblib.load(path)
        else:
            with open(path, "wb") as f:
                pickle.dump(obj, f, protocol=protocol)
            with open(path, "rb") as f:
                pickle.load(f)
        index.setdefault(case, []).append(os.path.basename(path))


rng = np.random.default_rng(0)
X = np.abs(rng.normal(size=(60, 3)))
y = (X[:, 0] > 0.7).astype(int)

# 6a: DataFrame.to_pickle of every dtype pandas ships (no pyarrow here: string in its python storage, NA and NaN).
n = 4
frame = pd.DataFrame({
    "datetime": pd.date_range("2020-01-01", periods=n), "datetime_tz": pd.date_range("2020-01-01", periods=n, tz="Europe/Paris"),
    "timedelta": pd.timedelta_range("1h", periods=n), "period": pd.period_range("2020-01", periods=n, freq="M"), "interval": pd.interval_range(0, n),
    "Int64": pd.array([1, None, 3, 4], dtype="Int64"), "UInt8": pd.array([1, None, 3, 4], dtype="UInt8"), "Float64": pd.array([1.5, None, 3, 4], dtype="Float64"),
    "boolean": pd.array([True, None, False, True], dtype="boolean"), "string": pd.array(["a", None, "c", "d"], dtype="string"),
    "string_nan": pd.array(["a", None, "c", "d"], dtype=pd.StringDtype("python", na_value=np.nan)), "category": pd.Categorical(["x", "y", "x", None]),
    "sparse": pd.arrays.SparseArray([0.0, 0.0, 1.0, np.nan]), "object": ["a", 1, None, 2.5], "float": [0.5, 1.5, np.nan, 2.0],
})
for p in range(6):
    path = os.path.join(out, f"frame_dtypes.p{p}.pkl")
    frame.to_pickle(path, protocol=p)
    assert pd.read_pickle(path).equals(frame)
    index.setdefault("pandas_frame", []).append(os.path.basename(path))
for column in frame:
    save("pandas_series", f"series_{column}.p{{p}}.pkl", frame[column], protocols=(2, 5))

# 6b: the index types.
indexes = {
    "datetime": pd.DatetimeIndex(["2020-01-01", "2020-06-01"]), "datetime_tz": pd.date_range("2020", periods=2, tz="UTC"),
    "multi": pd.MultiIndex.from_product([["a", "b"], [1, 2]], names=["k", "v"]), "categorical": pd.CategoricalIndex(["a", "b", "a"]),
    "interval": pd.IntervalIndex.from_breaks([0, 1, 2]), "period": pd.PeriodIndex(["2020-01", "2020-02"], freq="M"), "timedelta": pd.TimedeltaIndex(["1 day", "2 days"]),
}
for name, ix in indexes.items():
    save("pandas_index", f"index_{name}.p{{p}}.pkl", pd.DataFrame({"v": np.arange(len(ix))}, index=ix))

# 6c: scipy.sparse in every format, as matrix and as array.
for fmt in ("csr", "csc", "coo", "lil", "dok", "bsr", "dia"):
    m = sp.random(5, 5, density=0.4, format=fmt, random_state=1)
    save("scipy_sparse", f"sparse_{fmt}_matrix.p{{p}}.pkl", getattr(sp, f"{fmt}_matrix")(m), protocols=(0, 2, 5))
    save("scipy_sparse", f"sparse_{fmt}_array.p{{p}}.pkl", getattr(sp, f"{fmt}_array")(m), protocols=(0, 2, 5))

# 6d: numpy StringDType, as np.save writes it (a pickle after the header).
np.save(os.path.join(out, "stringdtype.npy"), np.array(["a", "bc"], dtype=np.dtypes.StringDType()), allow_pickle=True)
assert np.load(os.path.join(out, "stringdtype.npy"), allow_pickle=True).tolist() == ["a", "bc"]
index["numpy_stringdtype"] = ["stringdtype.npy"]

# 6e: Gaussian processes with the kernels users combine.
Xs = X[:20]
save("gaussian_process", "gpr_matern_white.joblib", GaussianProcessRegressor(kernel=Matern(nu=2.5) + WhiteKernel()).fit(Xs, Xs[:, 1]), protocols=[0])
save("gaussian_process", "gpr_dot_squared.joblib", GaussianProcessRegressor(kernel=DotProduct() ** 2).fit(Xs, Xs[:, 1]), protocols=[0])
save("gaussian_process", "gpr_periodic.joblib", GaussianProcessRegressor(kernel=ExpSineSquared() * RationalQuadratic(), alpha=0.1).fit(Xs[:, :1], Xs[:, 1]), protocols=[0])
save("gaussian_process", "gpc_rbf.p{p}.pkl", GaussianProcessClassifier(kernel=1.0 * RBF()).fit(Xs, y[:20]))

# 6f: scikit-learn's documented column-selector pattern, on a frame (an estimator fitted on pandas input).
df = pd.DataFrame({"a": X[:, 0], "b": X[:, 1], "c": rng.choice(["x", "y", "z"], 60)})
selector = make_pipeline(
    make_column_transformer((StandardScaler(), make_column_selector(dtype_include=np.number)), (OneHotEncoder(handle_unknown="ignore"), make_column_selector(dtype_include=object))),
    LogisticRegression(),
).fit(df, y)
save("column_selector", "column_selector.joblib", selector, protocols=[0])
save("column_selector", "column_selector.p{p}.pkl", selector)
save("pandas_input", "logistic_on_frame.p{p}.pkl", LogisticRegression().fit(df[["a", "b"]], y))
set_config(transform_output="pandas")
save("pandas_input", "pandas_output.joblib", make_pipeline(StandardScaler(), LogisticRegression()).fit(df[["a", "b"]], y), protocols=[0])
set_config(transform_output="default")

# 1: HistGradientBoosting with categorical features stores FunctionTransformer(partial(check_array, ...)).
cat = pd.DataFrame({"c": pd.Categorical(rng.choice(["p", "q", "r"], 60)), "x": X[:, 1]})
hgb_dtype = HistGradientBoostingClassifier(max_iter=3).fit(cat, y)
hgb_index = HistGradientBoostingClassifier(max_iter=3, categorical_features=[0]).fit(np.c_[rng.integers(0, 3, 60), X[:, 1:]], y)
for hgb in (hgb_dtype, hgb_index):
    assert isinstance(hgb._preprocessor.named_transformers_["numerical"].func, functools.partial)
    assert b"functools" in pickle.dumps(hgb)
save("hgb_categorical", "hgb_cat_from_dtype.joblib", hgb_dtype, protocols=[0])
save("hgb_categorical", "hgb_cat_from_dtype.p{p}.pkl", hgb_dtype)
save("hgb_categorical", "hgb_cat_index.joblib", hgb_index, protocols=[0])

# 2: bound methods pickle as builtins.getattr(obj, name). On a global (str.split, and zoneinfo.ZoneInfo._unpickle in
# every tz-aware pandas column above) G2 judges the global it reaches; on an object built while loading, getattr stays
# critical, and the workaround below removes it.
es = HistGradientBoostingRegressor(max_iter=5, early_stopping=True, scoring="r2").fit(X, X[:, 0])
assert b"getattr" in pickle.dumps(es)
save("bound_method", "hgb_early_stopping_r2.joblib", es, protocols=[0])
texts = ["the cat sat", "a dog ran", "the dog sat", "a cat ran"] * 5
split = TfidfVectorizer(tokenizer=str.split, token_pattern=None).fit(texts)
save("bound_method_global", "tfidf_str_split.joblib", split, protocols=[0])
# Workaround: HistGradientBoosting keeps the scorer's bound method in _raw_predict after fit; the class's own method
# is the same function, so deleting the instance attribute changes no prediction.
expected = es.predict(X)
del es._raw_predict
assert b"getattr" not in pickle.dumps(es)
reloaded = pickle.loads(pickle.dumps(es))
assert np.array_equal(reloaded.predict(X), expected)
save("bound_method_workaround", "hgb_early_stopping_r2_fixed.joblib", es, protocols=[0])

with open(os.path.join(out, "index.json"), "w") as f:
    json.dump(index, f, indent=1)
