"""scikit-learn reference values for the G1 parity tests.

Reads a JSON list of cases on stdin and prints a JSON list of results, one per
case: {"regression": {...}} or {"classification": {...}} keyed by KPI name.
"""
import json
import sys

import numpy as np
from sklearn import metrics as m


def regression(case):
    y = np.array(case["y"], dtype=np.float64)
    p = np.array(case["p"], dtype=np.float64)
    return {
        "mae": m.mean_absolute_error(y, p),
        "rmse": m.root_mean_squared_error(y, p),
        "mape": m.mean_absolute_percentage_error(y, p),
        "r2": m.r2_score(y, p),
        "max_error": m.max_error(y, p),
    }


def classification(case):
    y = np.array(case["y"], dtype=np.int64)
    proba = np.array(case["proba"], dtype=np.float64)
    k = proba.shape[1]
    labels = list(range(k))
    pred = proba.argmax(axis=1)
    out = {
        "accuracy": m.accuracy_score(y, pred),
        "balanced_accuracy": m.balanced_accuracy_score(y, pred),
        "precision_macro": m.precision_score(y, pred, labels=labels, average="macro", zero_division=0),
        "recall_macro": m.recall_score(y, pred, labels=labels, average="macro", zero_division=0),
        "f1_macro": m.f1_score(y, pred, labels=labels, average="macro", zero_division=0),
        "precision_weighted": m.precision_score(y, pred, labels=labels, average="weighted", zero_division=0),
        "recall_weighted": m.recall_score(y, pred, labels=labels, average="weighted", zero_division=0),
        "f1_weighted": m.f1_score(y, pred, labels=labels, average="weighted", zero_division=0),
        "log_loss": m.log_loss(y, proba, labels=labels),
        "brier": m.brier_score_loss(y, proba if k > 2 else proba[:, 1], labels=labels),
        "confusion": m.confusion_matrix(y, pred, labels=labels).tolist(),
    }
    if k == 2:
        out.update(
            precision=m.precision_score(y, pred, zero_division=0),
            recall=m.recall_score(y, pred, zero_division=0),
            f1=m.f1_score(y, pred, zero_division=0),
            roc_auc=m.roc_auc_score(y, proba[:, 1]),
            average_precision=m.average_precision_score(y, proba[:, 1]),
        )
    else:
        out["roc_auc_ovr"] = m.roc_auc_score(y, proba, multi_class="ovr", average="macro", labels=labels)
    return out


def main():
    cases = json.load(sys.stdin)
    out = []
    for case in cases:
        if case["kind"] == "regression":
            out.append({k: float(v) for k, v in regression(case).items()})
        else:
            out.append({k: (v if isinstance(v, list) else float(v)) for k, v in classification(case).items()})
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
