"""Splits vega-datasets' weather.csv into the template's training and holdout files.

Source: the npm package vega-datasets@3.2.1, file data/weather.csv (daily weather
for Seattle and New York, 2012-2015, from NOAA Climate Data Online; a U.S.
Government work; the package is BSD-3-Clause). Get it with
    npm pack vega-datasets@3.2.1 && tar xzf vega-datasets-3.2.1.tgz
then run
    python prepare_data.py package/data/weather.csv ../data

The split is by date, so the holdout is an honest "next year" test:
2012-2014 -> train.csv, 2015 -> holdout.csv. Rows and columns are kept as
they are in the source; nothing is generated.
"""
import csv
import sys
from pathlib import Path


def main(source: str, out_dir: str) -> None:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    with open(source, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = list(reader)
    date = header.index("date")
    splits = {
        "train.csv": [r for r in rows if r[date] < "2015-01-01"],
        "holdout.csv": [r for r in rows if r[date] >= "2015-01-01"],
    }
    for name, part in splits.items():
        with open(out / name, "w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f, lineterminator="\n")
            writer.writerow(header)
            writer.writerows(part)
        print(f"{name}: {len(part)} rows")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
