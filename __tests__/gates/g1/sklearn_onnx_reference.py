"""End-to-end scikit-learn reference for the G1 gate tests: the same ONNX model
run with Python onnxruntime on the same holdout, scored with scikit-learn the
way a user would (label output as y_pred, the probability output as returned,
float32 included).

stdin: {"model", "holdout", "features", "input", "task", "classes"?, "label"?,
        "targets"?: [{"name", "column", "output", "index"}], "prediction"?, "probabilities"?}
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
    x = df[spec["features"]].to_numpy(dtype=np.float32)
    sess = ort.InferenceSession(spec["model"], providers=["CPUExecutionProvider"])
    out = {}
    if spec["task"] == "regression":
        names = sorted({t["output"] for t in spec["targets"]})
        results = dict(zip(names, sess.run(names, {spec["input"]: x})))
        for t in spec["targets"]:
            y = df[t["column"]].to_numpy(dtype=np.float64)
            p = results[t["output"]].reshape(len(df), -1)[:, t["index"]]
            v = t["name"]
            out[f"mae:{v}"] = m.mean_absolute_error(y, p)
            out[f"rmse:{v}"] = m.root_mean_squared_error(y, p)
            out[f"r2:{v}"] = m.r2_score(y, p)
            out[f"max_error:{v}"] = m.max_error(y, p)
            out[f"mape:{v}"] = m.mean_absolute_percentage_error(y, p)
        json.dump({k: float(v) for k, v in out.items()}, sys.stdout)
        return
    classes = spec["classes"]
    label, proba = sess.run([spec["prediction"], spec["probabilities"]], {spec["input"]: x})
    as_class = str if isinstance(classes[0], str) else int
    y = np.array([as_class(v) for v in df[spec["label"]]])
    pred = np.array([as_class(v) for v in label.reshape(-1)])
    v = spec["label"]
    out[f"accuracy:{v}"] = m.accuracy_score(y, pred)
    out[f"balanced_accuracy:{v}"] = m.balanced_accuracy_score(y, pred)
    out[f"log_loss:{v}"] = m.log_loss(y, proba, labels=classes)
    if len(classes) == 2:
        pos = classes[1]
        out[f"f1:{v}"] = m.f1_score(y, pred, pos_label=pos, zero_division=0)
        out[f"precision:{v}"] = m.precision_score(y, pred, pos_label=pos, zero_division=0)
        out[f"recall:{v}"] = m.recall_score(y, pred, pos_label=pos, zero_division=0)
        out[f"roc_auc:{v}"] = m.roc_auc_score(y == pos, proba[:, 1])
        out[f"average_precision:{v}"] = m.average_precision_score(y, proba[:, 1], pos_label=pos)
        out[f"brier:{v}"] = m.brier_score_loss(y, proba[:, 1].astype(np.float64), pos_label=pos)
    else:
        out[f"f1_macro:{v}"] = m.f1_score(y, pred, average="macro", zero_division=0)
        out[f"f1_weighted:{v}"] = m.f1_score(y, pred, average="weighted", zero_division=0)
        out[f"roc_auc_ovr:{v}"] = m.roc_auc_score(y, proba, multi_class="ovr", labels=classes)
        out[f"brier:{v}"] = m.brier_score_loss(y, proba.astype(np.float64), labels=classes)
    json.dump({k: float(v) for k, v in out.items()}, sys.stdout)


if __name__ == "__main__":
    main()
