"""Trains the template's example models and exports them to ONNX.

    python train.py            # from template/training, writes ../models/*.onnx

Data: ../data/train.csv (2012-2014) for fitting; ../data/holdout.csv (2015) is
only used to print the metrics recorded in README.md. Everything is seeded, so
the same package versions (see .ci/requirements.txt) give byte-identical files.

Models (inputs: one ONNX input per feature, as skl2onnx produces them:
`location` string, `precipitation`, `temp_min`, `wind` float32, each [N, 1]):
- models/temp_max.onnx: gradient boosting for the day's maximum temperature,
  plus two quantile gradient-boosting models (5% and 95%) merged into the same
  graph, so one run gives outputs `variable` (prediction), `lower` and `upper`
  (a 90% prediction interval).
- models/temp_max_baseline.onnx: the model it must beat: one-hot + linear
  regression, with `lower`/`upper` from the 5% and 95% quantiles of its
  training residuals.
"""
import json
from pathlib import Path

import numpy as np
import onnx
import pandas as pd
from onnx import TensorProto, compose, helper, numpy_helper
from skl2onnx import convert_sklearn
from skl2onnx.common.data_types import FloatTensorType, StringTensorType
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.linear_model import LinearRegression
from sklearn.metrics import mean_absolute_error, r2_score, root_mean_squared_error
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "data"
MODELS = HERE.parent / "models"
FEATURES = ["location", "precipitation", "temp_min", "wind"]
NUMERIC = ["precipitation", "temp_min", "wind"]
TARGET = "temp_max"
SEED = 20240101
INITIAL_TYPES = [("location", StringTensorType([None, 1]))] + [(n, FloatTensorType([None, 1])) for n in NUMERIC]


def pipeline(estimator):
    pre = ColumnTransformer(
        [("city", OneHotEncoder(handle_unknown="ignore"), ["location"]), ("num", "passthrough", NUMERIC)]
    )
    return Pipeline([("pre", pre), ("model", estimator)])


def to_onnx(pipe) -> onnx.ModelProto:
    return convert_sklearn(pipe, initial_types=INITIAL_TYPES, target_opset={"": 17, "ai.onnx.ml": 3})


def merge_interval(mean: onnx.ModelProto, lo: onnx.ModelProto, hi: onnx.ModelProto) -> onnx.ModelProto:
    """One graph, shared inputs, outputs variable / lower / upper."""
    lo = compose.add_prefix(lo, "lo_", rename_inputs=False)
    hi = compose.add_prefix(hi, "hi_", rename_inputs=False)
    nodes = list(mean.graph.node) + list(lo.graph.node) + list(hi.graph.node)
    nodes += [helper.make_node("Identity", ["lo_variable"], ["lower"]), helper.make_node("Identity", ["hi_variable"], ["upper"])]
    out = lambda name: helper.make_tensor_value_info(name, TensorProto.FLOAT, [None, 1])  # noqa: E731
    graph = helper.make_graph(
        nodes,
        "temp_max_with_interval",
        list(mean.graph.input),
        [out("variable"), out("lower"), out("upper")],
        initializer=list(mean.graph.initializer) + list(lo.graph.initializer) + list(hi.graph.initializer),
    )
    return finish(graph, mean)


def finish(graph, like: onnx.ModelProto) -> onnx.ModelProto:
    model = helper.make_model(graph, opset_imports=list(like.opset_import), producer_name="modelgate-template", producer_version="1")
    model.ir_version = like.ir_version
    onnx.checker.check_model(model)
    return model


def with_residual_interval(base: onnx.ModelProto, q_lo: float, q_hi: float) -> onnx.ModelProto:
    g = base.graph
    consts = [numpy_helper.from_array(np.array([[q_lo]], dtype=np.float32), "q_lo"), numpy_helper.from_array(np.array([[q_hi]], dtype=np.float32), "q_hi")]
    nodes = list(g.node) + [helper.make_node("Add", ["variable", "q_lo"], ["lower"]), helper.make_node("Add", ["variable", "q_hi"], ["upper"])]
    out = lambda name: helper.make_tensor_value_info(name, TensorProto.FLOAT, [None, 1])  # noqa: E731
    graph = helper.make_graph(nodes, "temp_max_baseline", list(g.input), [out("variable"), out("lower"), out("upper")], initializer=list(g.initializer) + consts)
    return finish(graph, base)


def main() -> None:
    train = pd.read_csv(DATA / "train.csv")
    holdout = pd.read_csv(DATA / "holdout.csv")
    x, y = train[FEATURES], train[TARGET].to_numpy()
    gb = dict(n_estimators=300, max_depth=3, learning_rate=0.05, random_state=SEED)
    mean = pipeline(GradientBoostingRegressor(**gb)).fit(x, y)
    lo = pipeline(GradientBoostingRegressor(loss="quantile", alpha=0.05, **gb)).fit(x, y)
    hi = pipeline(GradientBoostingRegressor(loss="quantile", alpha=0.95, **gb)).fit(x, y)
    base = pipeline(LinearRegression()).fit(x, y)
    residuals = y - base.predict(x)
    q_lo, q_hi = np.quantile(residuals, [0.05, 0.95])

    MODELS.mkdir(exist_ok=True)
    candidate = merge_interval(to_onnx(mean), to_onnx(lo), to_onnx(hi))
    baseline = with_residual_interval(to_onnx(base), float(q_lo), float(q_hi))
    onnx.save(candidate, MODELS / "temp_max.onnx")
    onnx.save(baseline, MODELS / "temp_max_baseline.onnx")

    xh, yh = holdout[FEATURES], holdout[TARGET].to_numpy()
    report = {}
    for name, pred, lower, upper in [
        ("temp_max.onnx", mean.predict(xh), lo.predict(xh), hi.predict(xh)),
        ("temp_max_baseline.onnx", base.predict(xh), base.predict(xh) + q_lo, base.predict(xh) + q_hi),
    ]:
        report[name] = {
            "mae": round(float(mean_absolute_error(yh, pred)), 4),
            "rmse": round(float(root_mean_squared_error(yh, pred)), 4),
            "r2": round(float(r2_score(yh, pred)), 4),
            "coverage": round(float(np.mean((yh >= lower) & (yh <= upper))), 4),
        }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
