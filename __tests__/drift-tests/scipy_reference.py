"""scipy reference values for the drift-test parity tests.

Reads a JSON list of cases on stdin ({"a": [...], "b": [...]} numeric, or
{"ra": [...], "ca": [...]} categorical labels) and prints, per case, what
scipy computes the way Evidently calls it: ks_2samp (method='auto'),
wasserstein_distance / max(std(reference), 0.001), chisquare on
reference-proportion expected counts, jensenshannon (base 2) and PSI on
Evidently's binned shares (sturges edges above 20 distinct reference values).
"""
import json
import sys
import warnings

import numpy as np
from scipy import stats
from scipy.spatial import distance

warnings.simplefilter("ignore")


def binned(ref, cur, numeric, fill):
    if numeric and len(np.unique(ref)) > 20:
        bins = np.histogram_bin_edges(np.concatenate([ref, cur]), bins="sturges")
        r = np.histogram(ref, bins)[0] / len(ref)
        c = np.histogram(cur, bins)[0] / len(cur)
    else:
        keys = sorted(set(ref.tolist()) | set(cur.tolist()))
        rv, rc = np.unique(ref, return_counts=True)
        cv, cc = np.unique(cur, return_counts=True)
        rd = dict(zip(rv.tolist(), rc.tolist()))
        cd = dict(zip(cv.tolist(), cc.tolist()))
        r = np.array([rd.get(k, 0) / len(ref) for k in keys])
        c = np.array([cd.get(k, 0) / len(cur) for k in keys])
    if fill:
        for arr in (r, c):
            m = min(arr[arr != 0])
            np.place(arr, arr == 0, m / 10**6 if m <= 0.0001 else 0.0001)
    return r, c


def chi(ref, cur):
    keys = sorted(set(ref.tolist()) | set(cur.tolist()))
    rv, rc = np.unique(ref, return_counts=True)
    cv, cc = np.unique(cur, return_counts=True)
    rd = dict(zip(rv.tolist(), rc.tolist()))
    cd = dict(zip(cv.tolist(), cc.tolist()))
    k = len(cur) / len(ref)
    res = stats.chisquare([cd.get(x, 0) for x in keys], [rd.get(x, 0) * k for x in keys])
    return float(res.statistic), float(res.pvalue)


def main():
    out = []
    for case in json.load(sys.stdin):
        if "a" in case:
            a = np.array(case["a"], dtype=np.float64)
            b = np.array(case["b"], dtype=np.float64)
            ks = stats.ks_2samp(a, b)
            r, c = binned(a, b, True, False)
            rp, cp = binned(a, b, True, True)
            res = {
                "ks": float(ks.statistic),
                "ks_p": float(ks.pvalue),
                "wasserstein": float(stats.wasserstein_distance(a, b)),
                "wasserstein_norm": float(stats.wasserstein_distance(a, b) / max(np.std(a), 0.001)),
                "js": float(distance.jensenshannon(r, c, 2)),
                "psi": float(np.sum((rp - cp) * np.log(rp / cp))),
            }
            if case.get("kstwo"):
                res["kstwo"] = [float(stats.kstwo.sf(d, n)) for n, d in case["kstwo"]]
        else:
            ref = np.array(case["ra"])
            cur = np.array(case["ca"])
            s, p = chi(ref, cur)
            r, c = binned(ref, cur, False, False)
            rp, cp = binned(ref, cur, False, True)
            res = {
                "chi": s,
                "chi_p": p,
                "js": float(distance.jensenshannon(r, c, 2)),
                "psi": float(np.sum((rp - cp) * np.log(rp / cp))),
            }
        out.append(res)
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
