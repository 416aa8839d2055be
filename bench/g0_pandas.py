"""The pandas peer for the G0 benchmark: read_csv plus the same range, enum and null checks."""
import json
import resource
import sys
import time

import pandas as pd


def main(path: str) -> None:
    t0 = time.perf_counter()
    df = pd.read_csv(path)
    t_parse = time.perf_counter() - t0
    violations = 0
    for i in range(10):
        col = df[f"x{i}"]
        violations += int(col.isna().sum())
        violations += int(((col < -100) | (col > 100)).sum())
    violations += int((~df["category"].isin(["alpha", "beta", "gamma", "delta", "epsilon"])).sum())
    violations += int((~df["label"].isin([0, 1])).sum())
    violations += int(df.isna().sum().sum())
    # The profile G0 also produces: mean, std, quantiles and top categories.
    numeric = df[[f"x{i}" for i in range(10)]]
    numeric.describe(percentiles=[0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99])
    df["category"].value_counts()
    total = time.perf_counter() - t0
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": total, "parseSeconds": t_parse, "rows": len(df), "violations": violations, "peakRssMb": rss_mb}))


if __name__ == "__main__":
    main(sys.argv[1])
