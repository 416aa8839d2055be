"""The Python peer for the G1 benchmark: pandas read_csv, onnxruntime
InferenceSession.run in 65,536-row batches (fetching the label and probability
outputs, as G1 does), and the same scikit-learn metrics G1 reports for a binary
model: the label output is the prediction, and log_loss gets the float32
probabilities as the model returns them (so it clips with float32's eps, as G1
does). Prints JSON with stage timings and peak RSS."""
import json
import resource
import sys
import time

import numpy as np
import onnxruntime as ort
import pandas as pd
from sklearn import metrics as m


def main(path: str, model: str) -> None:
    t0 = time.perf_counter()
    df = pd.read_csv(path)
    x = df[[f"x{i}" for i in range(10)]].to_numpy(dtype=np.float32)
    y = df["label"].to_numpy()
    t1 = time.perf_counter()
    sess = ort.InferenceSession(model, providers=["CPUExecutionProvider"])
    batches = [sess.run(["label", "probabilities"], {"input": x[i : i + 65536]}) for i in range(0, len(x), 65536)]
    pred = np.concatenate([b[0] for b in batches])
    proba = np.concatenate([b[1] for b in batches])
    t2 = time.perf_counter()
    p1 = proba[:, 1].astype(np.float64)
    values = {
        "accuracy": m.accuracy_score(y, pred),
        "balanced_accuracy": m.balanced_accuracy_score(y, pred),
        "precision": m.precision_score(y, pred, zero_division=0),
        "recall": m.recall_score(y, pred, zero_division=0),
        "f1": m.f1_score(y, pred, zero_division=0),
        "roc_auc": m.roc_auc_score(y, p1),
        "average_precision": m.average_precision_score(y, p1),
        "log_loss": m.log_loss(y, proba),
        "brier": m.brier_score_loss(y, p1),
    }
    t3 = time.perf_counter()
    print(json.dumps({
        "seconds": t3 - t0, "parseSeconds": t1 - t0, "inferenceSeconds": t2 - t1, "metricsSeconds": t3 - t2,
        "rows": int(len(df)), "metrics": {k: float(v) for k, v in values.items()},
        "peakRssMb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
