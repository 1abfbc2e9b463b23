#!/usr/bin/python3
"""Golden fixtures for 5.2.8 House Prices, produced with scikit-learn 1.2.1.

Maintainer tool only; the course never runs Python. Regenerate with

    /usr/bin/python3 solutions/5.2-classic-ml/08-house-prices/golden/make_golden.py

It reads house-prices/train.csv from the course's dataset mirror (COURSE_DATA_MIRROR, default
../shared/datasets) and writes house-prices.json beside itself.

The pipeline is the one the exercise specifies, built from scikit-learn parts: numeric columns
(NA → NaN) → log1p on the listed columns → SimpleImputer(median) → StandardScaler, next to
categorical columns (NA → "None", numbers as their decimal string) → OneHotEncoder(
handle_unknown="ignore"), then Ridge(alpha) on ln(SalePrice). The feature spec is stored in
the JSON ("spec").

The splits are the course's own: lib/rng.ts (mulberry32) and lib/ml/split.ts are ported below
bit for bit, so trainTestSplit(1460, {testFraction: 0.2, seed: 42}) and
kFold(1460, 5, {shuffle: true, seed: 0}) select the same rows here as in TypeScript (the JSON
stores the test indices, and the hidden spec compares them).
"""
import csv
import json
import math
import os
import subprocess
import sys

import numpy as np
import sklearn
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
MIRROR = os.environ.get("COURSE_DATA_MIRROR", os.path.join(ROOT, "..", "shared", "datasets"))

SPEC = {
    "numeric": [
        "OverallQual", "GrLivArea", "TotalBsmtSF", "GarageCars", "YearBuilt",
        "LotArea", "LotFrontage", "MasVnrArea", "FullBath", "Fireplaces",
    ],
    "log1p": ["GrLivArea", "LotArea", "LotFrontage"],
    "categorical": ["Neighborhood", "KitchenQual", "GarageType", "MSSubClass"],
    "alpha": 5.0,
}
TEST_FRACTION, SEED, K, CV_SEED = 0.2, 42, 5, 0


# ---- lib/rng.ts and lib/ml/split.ts, ported -------------------------------------------------
M32 = 0xFFFFFFFF


def imul(a, b):
    return (a * b) & M32


class Rng:
    def __init__(self, seed):
        self.state = seed & M32

    def next(self):
        self.state = (self.state + 0x6D2B79F5) & M32
        t = self.state
        t = imul(t ^ (t >> 15), t | 1)
        t = (t ^ ((t + imul(t ^ (t >> 7), t | 61)) & M32)) & M32
        return ((t ^ (t >> 14)) & M32) / 4294967296

    def int(self, low, high):
        return low + math.floor(self.next() * (high - low))

    def permutation(self, n):
        out = list(range(n))
        for i in range(n - 1, 0, -1):
            j = self.int(0, i + 1)
            out[i], out[j] = out[j], out[i]
        return out


def train_test_split(n, test_fraction, seed):
    n_test = math.ceil(test_fraction * n)
    perm = Rng(seed).permutation(n)
    return sorted(perm[n_test:]), sorted(perm[:n_test])


def k_fold(n, k, seed):
    order = Rng(seed).permutation(n)
    fold_of = [0] * n
    base, extra, pos = n // k, n % k, 0
    for f in range(k):
        for _ in range(base + (1 if f < extra else 0)):
            fold_of[order[pos]] = f
            pos += 1
    return [
        ([i for i in range(n) if fold_of[i] != f], [i for i in range(n) if fold_of[i] == f])
        for f in range(k)
    ]


# ---- data -------------------------------------------------------------------------------------
path = os.path.join(MIRROR, "house-prices", "train.csv")
if not os.path.exists(path):
    sys.exit(f"{path} not found: set COURSE_DATA_MIRROR to the dataset mirror")
with open(path, newline="") as f:
    rows = list(csv.DictReader(f))

num = np.array([[math.nan if r[c] == "NA" else float(r[c]) for c in SPEC["numeric"]] for r in rows])
for j, c in enumerate(SPEC["numeric"]):
    if c in SPEC["log1p"]:
        num[:, j] = np.log1p(num[:, j])
cat = np.array([["None" if r[c] == "NA" else r[c] for c in SPEC["categorical"]] for r in rows], dtype=object)
X = np.hstack([num, cat]).astype(object)
y = np.log(np.array([float(r["SalePrice"]) for r in rows]))
price = np.array([float(r["SalePrice"]) for r in rows])
p = len(SPEC["numeric"])


def make_model():
    pre = ColumnTransformer(
        [
            ("num", Pipeline([("impute", SimpleImputer(strategy="median")), ("scale", StandardScaler())]),
             list(range(p))),
            ("cat", OneHotEncoder(handle_unknown="ignore"), list(range(p, X.shape[1]))),
        ],
        sparse_threshold=0,
    )
    return Pipeline([("pre", pre), ("ridge", Ridge(alpha=SPEC["alpha"]))])


def fit_rows(idx):
    Xs = X[idx]
    Xs[:, :p] = Xs[:, :p].astype(float)
    return make_model().fit(Xs, y[idx])


def predict_rows(model, idx):
    return model.predict(X[idx])


train, test = train_test_split(len(rows), TEST_FRACTION, SEED)
model = fit_rows(train)
pred = predict_rows(model, test)
pred_price = np.exp(pred)
num_pipe = model.named_steps["pre"].named_transformers_["num"]
holdout = {
    "test_fraction": TEST_FRACTION,
    "seed": SEED,
    "test_indices": test,
    "r2_log": r2_score(y[test], pred),
    "rmse_log": math.sqrt(mean_squared_error(y[test], pred)),
    "mae_price": mean_absolute_error(price[test], pred_price),
    "rmse_price": math.sqrt(mean_squared_error(price[test], pred_price)),
    "pred_log_first10": pred[:10].tolist(),
    "imputer_statistics": num_pipe.named_steps["impute"].statistics_.tolist(),
    "scaler_mean": num_pipe.named_steps["scale"].mean_.tolist(),
    "scaler_scale": num_pipe.named_steps["scale"].scale_.tolist(),
    "n_onehot": int(sum(len(c) for c in model.named_steps["pre"].named_transformers_["cat"].categories_)),
}

cv = []
for tr, te in k_fold(len(rows), K, CV_SEED):
    m = fit_rows(tr)
    cv.append(r2_score(y[te], predict_rows(m, te)))

out = {
    "sklearn": sklearn.__version__,
    "spec": SPEC,
    "n_rows": len(rows),
    "holdout": holdout,
    "cv": {"k": K, "seed": CV_SEED, "fold_r2": cv, "mean_r2": float(np.mean(cv))},
}
with open(os.path.join(HERE, "house-prices.json"), "w") as f:
    json.dump(out, f)
    f.write("\n")
print("wrote", os.path.join(HERE, "house-prices.json"))
print("holdout R2", holdout["r2_log"], "CV", cv, np.mean(cv))

# The repository's formatter (Biome) owns JSON layout; format the fixture so that `biome check`
# stays clean. The numbers are not changed.
subprocess.run(["npx", "biome", "format", "--write", HERE], cwd=ROOT, check=False)
