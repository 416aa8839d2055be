"""The scipy peer for the drift benchmark: what Evidently computes for ten
numeric columns with more than 1000 reference rows, the same work as
`modelgate drift`: read both CSVs (pandas), per column drop missing values,
count distinct values over both (the default-test rule), and the normed
Wasserstein distance scipy.stats.wasserstein_distance / max(np.std(ref), 0.001)."""
import json
import resource
import sys
import time

import numpy as np
import pandas as pd
from scipy import stats


def main(reference: str, current: str) -> None:
    t0 = time.perf_counter()
    cols = [f"x{i}" for i in range(10)]
    ref = pd.read_csv(reference, usecols=cols)
    cur = pd.read_csv(current, usecols=cols)
    t_parse = time.perf_counter() - t0
    scores = {}
    for c in cols:
        r = ref[c].replace([np.inf, -np.inf], np.nan).dropna()
        k = cur[c].replace([np.inf, -np.inf], np.nan).dropna()
        n_values = pd.concat([r, k]).nunique()
        assert n_values > 5
        scores[c] = float(stats.wasserstein_distance(r, k) / max(np.std(r), 0.001))
    total = time.perf_counter() - t0
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": total, "parseSeconds": t_parse, "scores": scores, "peakRssMb": rss_mb}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
