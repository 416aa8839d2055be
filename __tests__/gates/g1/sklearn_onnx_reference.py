"""End-to-end scikit-learn reference for the G1 gate tests: the same ONNX model
run with Python onnxruntime on the same holdout, scored with scikit-learn the
way a user would (label output as y_pred, the probability output as returned,
float32 included).

stdin: {"model", "holdout", "features", "input", "task", "classes"?, "label"?,
        "targets"?: [{"name", "column", "output", "index", "lower"?, "upper"?}], "prediction"?, "probabilities"?,
        "dtypes"?: {feature: "string" | "float32"}, "weight"?, "slice"?}
"input" is the name of one [N, F] float32 input, or null for one [N, 1] input per
feature (skl2onnx's layout), typed by "dtypes". "weight" names the holdout column
passed as sample_weight to every metric that takes it (max_error takes none;
mean error, coverage and interval width are weighted means). "slice" adds each
regression KPI per value of that column, as "<kpi>:<variable>@<value>".
stdout: {"<kpi>:<variable>": value}
"""
import json
import sys
import warnings

import numpy as np
import onnxruntime as ort
import pandas as pd
from sklearn import metrics as m


def main():
    warnings.simplefilter("ignore")
    spec = json.load(sys.stdin)
    df = pd.read_csv(spec["holdout"], keep_default_na=False)
    if spec["input"] is None:
        dtypes = spec.get("dtypes", {})
        feeds = {f: (df[[f]].astype(str).to_numpy(dtype=object) if dtypes.get(f) == "string" else df[[f]].to_numpy(dtype=np.float32)) for f in spec["features"]}
    else:
        feeds = {spec["input"]: df[spec["features"]].to_numpy(dtype=np.float32)}
    w = df[spec["weight"]].to_numpy(dtype=np.float64) if spec.get("weight") else None
    sess = ort.InferenceSession(spec["model"], providers=["CPUExecutionProvider"])
    out = {}
    if spec["task"] == "regression":
        names = sorted({o for t in spec["targets"] for o in (t["output"], t.get("lower"), t.get("upper")) if o})
        results = dict(zip(names, sess.run(names, feeds)))
        column = lambda name, t: results[name].reshape(len(df), -1)[:, t["index"]].astype(np.float64)
        groups = [("", np.ones(len(df), dtype=bool))]
        if spec.get("slice"):
            groups += [(f"@{value}", (df[spec["slice"]] == value).to_numpy()) for value in sorted(df[spec["slice"]].unique())]
        for t in spec["targets"]:
            for suffix, rows in groups:
                y = df[t["column"]].to_numpy(dtype=np.float64)[rows]
                p = column(t["output"], t)[rows]
                sw = None if w is None else w[rows]
                v = t["name"] + suffix
                out[f"mae:{v}"] = m.mean_absolute_error(y, p, sample_weight=sw)
                out[f"rmse:{v}"] = m.root_mean_squared_error(y, p, sample_weight=sw)
                out[f"r2:{v}"] = m.r2_score(y, p, sample_weight=sw)
                out[f"max_error:{v}"] = m.max_error(y, p)
                out[f"mape:{v}"] = m.mean_absolute_percentage_error(y, p, sample_weight=sw)
                out[f"bias:{v}"] = np.average(p - y, weights=sw)
                if t.get("lower"):
                    lo, hi = column(t["lower"], t)[rows], column(t["upper"], t)[rows]
                    out[f"coverage:{v}"] = np.average((lo <= y) & (y <= hi), weights=sw)
                    out[f"interval_width:{v}"] = np.average(hi - lo, weights=sw)
        json.dump({k: float(v) for k, v in out.items()}, sys.stdout)
        return
    classes = spec["classes"]
    label, proba = sess.run([spec["prediction"], spec["probabilities"]], feeds)
    as_class = str if isinstance(classes[0], str) else int
    y = np.array([as_class(v) for v in df[spec["label"]]])
    pred = np.array([as_class(v) for v in label.reshape(-1)])
    v = spec["label"]
    out[f"accuracy:{v}"] = m.accuracy_score(y, pred, sample_weight=w)
    out[f"balanced_accuracy:{v}"] = m.balanced_accuracy_score(y, pred, sample_weight=w)
    out[f"log_loss:{v}"] = m.log_loss(y, proba, labels=classes, sample_weight=w)
    if len(classes) == 2:
        pos = classes[1]
        out[f"f1:{v}"] = m.f1_score(y, pred, pos_label=pos, zero_division=0, sample_weight=w)
        out[f"precision:{v}"] = m.precision_score(y, pred, pos_label=pos, zero_division=0, sample_weight=w)
        out[f"recall:{v}"] = m.recall_score(y, pred, pos_label=pos, zero_division=0, sample_weight=w)
        out[f"roc_auc:{v}"] = m.roc_auc_score(y == pos, proba[:, 1], sample_weight=w)
        out[f"average_precision:{v}"] = m.average_precision_score(y, proba[:, 1], pos_label=pos, sample_weight=w)
        out[f"brier:{v}"] = m.brier_score_loss(y, proba[:, 1].astype(np.float64), pos_label=pos, sample_weight=w)
    else:
        out[f"f1_macro:{v}"] = m.f1_score(y, pred, average="macro", zero_division=0, sample_weight=w)
        out[f"f1_weighted:{v}"] = m.f1_score(y, pred, average="weighted", zero_division=0, sample_weight=w)
        out[f"roc_auc_ovr:{v}"] = m.roc_auc_score(y, proba, multi_class="ovr", labels=classes, sample_weight=w)
        out[f"brier:{v}"] = m.brier_score_loss(y, proba.astype(np.float64), labels=classes, sample_weight=w)
    json.dump({k: float(v) for k, v in out.items()}, sys.stdout)


if __name__ == "__main__":
    main()
