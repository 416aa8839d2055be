"""scikit-learn reference values for the G1 parity tests.

Reads a JSON list of cases on stdin and prints a JSON list of results, one per
case, keyed by KPI name. Classification cases carry labels and predictions as
class names (strings, sorted like the probability columns, as a scikit-learn
classifier's classes_ are), so sklearn sees string labels and its default
`labels` (the classes present in y_true and y_pred); probabilities are float64
or float32 ("dtype"), and log_loss is computed both as sklearn computes it on
that dtype and, exactly, on the dtype-clipped values in float64. A metric
sklearn refuses or declares undefined (one-vs-rest AUC with a class absent
from y_true: NaN and an UndefinedMetricWarning when labels are given, a
ValueError when not) is null, with the message under "<kpi>_error".

A case with "w" passes those sample weights to every metric that takes
sample_weight (max_error takes none). Mean error, coverage and interval width
are weighted means (np.average), and "bins" asks for the expected calibration
error, computed here in numpy from its definition in docs/metrics.md.
"""
import json
import sys
import warnings

import numpy as np
from sklearn import metrics as m


def weights(case):
    return None if case.get("w") is None else np.array(case["w"], dtype=np.float64)


def regression(case):
    y = np.array(case["y"], dtype=np.float64)
    p = np.array(case["p"], dtype=np.float64)
    w = weights(case)
    out = {
        "mae": m.mean_absolute_error(y, p, sample_weight=w),
        "rmse": m.root_mean_squared_error(y, p, sample_weight=w),
        "mape": m.mean_absolute_percentage_error(y, p, sample_weight=w),
        "r2": m.r2_score(y, p, sample_weight=w),
        "max_error": m.max_error(y, p),
        "bias": np.average(p - y, weights=w),
    }
    if "lower" in case:
        lower = np.array(case["lower"], dtype=np.float64)
        upper = np.array(case["upper"], dtype=np.float64)
        out["coverage"] = np.average((lower <= y) & (y <= upper), weights=w)
        out["interval_width"] = np.average(upper - lower, weights=w)
    return out


def ece(y_idx, proba, bins, w):
    """Expected calibration error as docs/metrics.md defines it: equal-width bins on [0, 1]; binary: the
    positive-class probability against the positive rate; multiclass: top-label confidence against accuracy;
    sum over bins of (bin weight / total weight) * |observed - mean confidence|."""
    w = np.ones(len(y_idx)) if w is None else w
    if proba.shape[1] == 2:
        conf = proba[:, 1]
        hit = (y_idx == 1).astype(np.float64)
    else:
        top = np.argmax(proba, axis=1)
        conf = proba[np.arange(len(y_idx)), top]
        hit = (y_idx == top).astype(np.float64)
    b = np.minimum(bins - 1, np.floor(conf * bins).astype(int))
    mass = np.bincount(b, weights=w, minlength=bins)
    sconf = np.bincount(b, weights=w * conf, minlength=bins)
    shit = np.bincount(b, weights=w * hit, minlength=bins)
    used = mass > 0
    return float(np.sum(mass[used] / w.sum() * np.abs(shit[used] / mass[used] - sconf[used] / mass[used])))


def attempt(out, name, f):
    """A metric sklearn refuses (ValueError) or declares undefined (NaN with UndefinedMetricWarning) is null."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            value = float(f())
        except ValueError as error:
            out[name] = None
            out[f"{name}_error"] = str(error)
            return
    if np.isnan(value):
        out[name] = None
        out[f"{name}_error"] = "; ".join(str(w.message) for w in caught) or "NaN"
    else:
        out[name] = value


def classification(case):
    classes = case["classes"]
    y = np.array([classes[i] for i in case["y"]])
    pred = np.array([classes[i] for i in case["pred"]])
    dtype = np.float32 if case.get("dtype") == "float32" else np.float64
    proba = np.array(case["proba"], dtype=dtype)
    k = proba.shape[1]
    w = weights(case)
    out = {
        "accuracy": m.accuracy_score(y, pred, sample_weight=w),
        "balanced_accuracy": m.balanced_accuracy_score(y, pred, sample_weight=w),
        "confusion": m.confusion_matrix(y, pred, labels=classes, sample_weight=w).tolist(),
    }
    for average in ("macro", "weighted"):
        out[f"precision_{average}"] = m.precision_score(y, pred, average=average, zero_division=0, sample_weight=w)
        out[f"recall_{average}"] = m.recall_score(y, pred, average=average, zero_division=0, sample_weight=w)
        out[f"f1_{average}"] = m.f1_score(y, pred, average=average, zero_division=0, sample_weight=w)
    # G1 knows the declared classes, as sklearn does when given labels=classes.
    attempt(out, "log_loss", lambda: m.log_loss(y, proba, labels=classes, sample_weight=w))
    eps = np.finfo(dtype).eps
    attempt(out, "log_loss_exact", lambda: m.log_loss(y, np.clip(proba, eps, 1 - eps).astype(np.float64), labels=classes, sample_weight=w))
    p64 = proba.astype(np.float64)
    out["brier"] = m.brier_score_loss(y, p64 if k > 2 else p64[:, 1], labels=classes, pos_label=classes[-1] if k == 2 else None, sample_weight=w)
    if k == 2:
        out.update(
            precision=m.precision_score(y, pred, pos_label=classes[1], zero_division=0, sample_weight=w),
            recall=m.recall_score(y, pred, pos_label=classes[1], zero_division=0, sample_weight=w),
            f1=m.f1_score(y, pred, pos_label=classes[1], zero_division=0, sample_weight=w),
        )
        attempt(out, "roc_auc", lambda: m.roc_auc_score(y, p64[:, 1], sample_weight=w))
        attempt(out, "average_precision", lambda: m.average_precision_score(y, p64[:, 1], pos_label=classes[1], sample_weight=w))
    else:
        attempt(out, "roc_auc_ovr", lambda: m.roc_auc_score(y, p64, multi_class="ovr", average="macro", labels=classes, sample_weight=w))
    if "bins" in case:
        out["ece"] = ece(np.array(case["y"]), p64, case["bins"], w)
    return out


def main():
    warnings.simplefilter("ignore")
    cases = json.load(sys.stdin)
    out = []
    for case in cases:
        if case["kind"] == "regression":
            out.append({k: float(v) for k, v in regression(case).items()})
        else:
            out.append({k: (v if isinstance(v, (list, str)) or v is None else float(v)) for k, v in classification(case).items()})
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
