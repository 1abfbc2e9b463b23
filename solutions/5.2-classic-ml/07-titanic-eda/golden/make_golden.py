#!/usr/bin/python3
"""Golden values for 5.2.7 Titanic EDA, computed with NumPy 1.24 and scikit-learn 1.2.1.

Maintainer tool only; the course never runs Python. Regenerate with

    /usr/bin/python3 solutions/5.2-classic-ml/07-titanic-eda/golden/make_golden.py

(Debian's python3-numpy and python3-sklearn). It reads Titanic's train.csv and test.csv from
the course's dataset mirror (COURSE_DATA_MIRROR, default ../shared/datasets) with the csv
module — an empty field is missing — and writes golden.json beside itself:

- missing: count of empty fields per column, train and test;
- age: SimpleImputer(strategy="mean"/"median").statistics_ fitted on the training ages, the
  mean of train + test ages (what a leaking imputer would use), the median of each
  "Pclass/Sex" group (np.median), and the sums of the imputed train/test ages per strategy;
- survival: passengers, survivors and rate per sex, class, age band (raw ages; "unknown" for
  missing) and "Sex/Pclass";
- correlation: np.corrcoef of the encoded features (FEATURES of eda.ts: Sex female = 1,
  Age imputed by group median, Embarked one-hot with missing → "S").
"""
import csv
import json
import os
import sys

import numpy as np
import sklearn
from sklearn.impute import SimpleImputer

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
MIRROR = os.environ.get("COURSE_DATA_MIRROR", os.path.join(ROOT, "..", "shared", "datasets"))

FEATURES = ["Survived", "Pclass", "Sex", "Age", "SibSp", "Parch", "Fare", "EmbarkedC", "EmbarkedQ", "EmbarkedS"]
BANDS = [("0–11", 0, 12), ("12–17", 12, 18), ("18–29", 18, 30), ("30–49", 30, 50), ("50–64", 50, 65), ("65+", 65, float("inf"))]


def read(name):
    with open(os.path.join(MIRROR, "titanic", name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def age(row):
    return float(row["Age"]) if row["Age"] != "" else np.nan


def band(row):
    a = age(row)
    if np.isnan(a):
        return "unknown"
    return next(label for label, lo, hi in BANDS if lo <= a < hi)


def rates(survived, groups):
    out = []
    for g in sorted(set(groups)):
        s = [v for v, k in zip(survived, groups) if k == g]
        out.append({"group": g, "passengers": len(s), "survivors": int(sum(s)), "rate": sum(s) / len(s)})
    return out


def main():
    train, test = read("train.csv"), read("test.csv")
    columns = list(train[0].keys())
    missing = {
        "train": {c: sum(1 for r in train if r[c] == "") for c in columns},
        "test": {c: sum(1 for r in test if r[c] == "") for c in test[0].keys()},
    }

    train_age = np.array([age(r) for r in train])
    test_age = np.array([age(r) for r in test])
    key = lambda r: f"{r['Pclass']}/{r['Sex']}"  # noqa: E731
    groups = {}
    for r in train:
        if r["Age"] != "":
            groups.setdefault(key(r), []).append(float(r["Age"]))
    group_medians = {k: float(np.median(v)) for k, v in sorted(groups.items())}

    imputed = {}
    fills = {}
    for strategy in ["mean", "median"]:
        imp = SimpleImputer(strategy=strategy).fit(train_age.reshape(-1, 1))
        fills[strategy] = float(imp.statistics_[0])
        imputed[strategy] = {
            "fill": fills[strategy],
            "trainSum": float(imp.transform(train_age.reshape(-1, 1)).sum()),
            "testSum": float(imp.transform(test_age.reshape(-1, 1)).sum()),
        }

    def group_fill(r):
        return float(r["Age"]) if r["Age"] != "" else group_medians.get(key(r), fills["median"])

    gm_train = np.array([group_fill(r) for r in train])
    gm_test = np.array([group_fill(r) for r in test])
    imputed["group-median"] = {"fill": fills["median"], "trainSum": float(gm_train.sum()), "testSum": float(gm_test.sum())}

    survived = [int(r["Survived"]) for r in train]
    survival = {
        "overall": sum(survived) / len(survived),
        "bySex": rates(survived, [r["Sex"] for r in train]),
        "byClass": rates(survived, [r["Pclass"] for r in train]),
        "byAgeBand": rates(survived, [band(r) for r in train]),
        "bySexClass": rates(survived, [f"{r['Sex']}/{r['Pclass']}" for r in train]),
    }

    X = np.array(
        [
            [
                int(r["Survived"]),
                int(r["Pclass"]),
                1 if r["Sex"] == "female" else 0,
                gm_train[i],
                int(r["SibSp"]),
                int(r["Parch"]),
                float(r["Fare"]),
                1 if (r["Embarked"] or "S") == "C" else 0,
                1 if (r["Embarked"] or "S") == "Q" else 0,
                1 if (r["Embarked"] or "S") == "S" else 0,
            ]
            for i, r in enumerate(train)
        ],
        dtype=float,
    )
    corr = np.corrcoef(X, rowvar=False)

    golden = {
        "generator": f"make_golden.py with numpy {np.__version__}, scikit-learn {sklearn.__version__}",
        "rows": {"train": len(train), "test": len(test)},
        "missing": missing,
        "age": {
            "mean": fills["mean"],
            "median": fills["median"],
            "meanWithTestRows": float(np.nanmean(np.concatenate([train_age, test_age]))),
            "meanWithMissingAsZero": float(np.nansum(train_age) / len(train_age)),
            "groupMedians": group_medians,
            "imputed": imputed,
        },
        "survival": survival,
        "features": FEATURES,
        "featureMeans": X.mean(axis=0).tolist(),
        "correlation": corr.tolist(),
    }
    out = os.path.join(HERE, "golden.json")
    with open(out, "w", encoding="utf-8") as f:
        json.dump(golden, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
