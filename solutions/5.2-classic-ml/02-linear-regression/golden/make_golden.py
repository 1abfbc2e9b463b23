#!/usr/bin/python3
"""Golden fixtures for 5.2.2 Linear regression, produced with scikit-learn 1.2.1 and NumPy.

Maintainer tool only; the course never runs Python. Regenerate with

    /usr/bin/python3 solutions/5.2-classic-ml/02-linear-regression/golden/make_golden.py

It writes linear-regression.json beside itself. Every input is stored in the JSON:
- "synthetic": 40 × 4 training and 10 × 4 test rows (NumPy RandomState(7)), fitted with
  LinearRegression (with and without intercept) and Ridge (alpha 0.5 and 10), plus the
  regression metrics of the predictions on the test rows;
- "diabetes": scikit-learn's bundled diabetes data (442 × 10, already centred and scaled), with
  LinearRegression and Ridge(alpha=1) coefficients and the training R²;
- "polynomial": a degree-9 polynomial least-squares fit on 60 points of [0, 1] (a badly
  conditioned Vandermonde matrix), solved by numpy.linalg.lstsq (SVD), with its condition number;
- "r2_constant": r2_score when y_true is constant.
"""
import json
import os
import subprocess

import numpy as np
import sklearn
from sklearn.datasets import load_diabetes
from sklearn.linear_model import LinearRegression, Ridge
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))


def lst(a):
    return np.asarray(a, dtype=float).tolist()


rng = np.random.RandomState(7)
X = rng.normal(0, 1, (50, 4)) * np.array([1.0, 10.0, 0.1, 3.0]) + np.array([0.0, 5.0, -2.0, 100.0])
w = np.array([1.5, -0.3, 20.0, 0.05])
y = X @ w + 4.0 + rng.normal(0, 0.5, 50)
Xtr, Xte, ytr, yte = X[:40], X[40:], y[:40], y[40:]

out = {"sklearn": sklearn.__version__, "numpy": np.__version__}
syn = {"X_train": lst(Xtr), "y_train": lst(ytr), "X_test": lst(Xte), "y_test": lst(yte)}
ols = LinearRegression().fit(Xtr, ytr)
pred = ols.predict(Xte)
syn["ols"] = {"coef": lst(ols.coef_), "intercept": float(ols.intercept_), "pred_test": lst(pred)}
syn["metrics_test"] = {
    "r2": r2_score(yte, pred),
    "mae": mean_absolute_error(yte, pred),
    "mse": mean_squared_error(yte, pred),
    "rmse": float(np.sqrt(mean_squared_error(yte, pred))),
}
no_int = LinearRegression(fit_intercept=False).fit(Xtr, ytr)
syn["ols_no_intercept"] = {"coef": lst(no_int.coef_), "pred_test": lst(no_int.predict(Xte))}
for alpha in (0.5, 10.0):
    r = Ridge(alpha=alpha).fit(Xtr, ytr)
    syn[f"ridge_{alpha:g}"] = {"coef": lst(r.coef_), "intercept": float(r.intercept_), "pred_test": lst(r.predict(Xte))}
r = Ridge(alpha=10.0, fit_intercept=False).fit(Xtr, ytr)
syn["ridge_10_no_intercept"] = {"coef": lst(r.coef_)}
out["synthetic"] = syn

d = load_diabetes()
ols = LinearRegression().fit(d.data, d.target)
ridge = Ridge(alpha=1.0).fit(d.data, d.target)
out["diabetes"] = {
    "X": lst(d.data),
    "y": lst(d.target),
    "ols": {"coef": lst(ols.coef_), "intercept": float(ols.intercept_), "r2": ols.score(d.data, d.target)},
    "ridge_1": {"coef": lst(ridge.coef_), "intercept": float(ridge.intercept_), "r2": ridge.score(d.data, d.target)},
}

x = np.linspace(0, 1, 60)
V = np.vander(x, 10, increasing=True)
b = np.sin(2 * np.pi * x) + 0.5 * x
coef, *_ = np.linalg.lstsq(V, b, rcond=None)
out["polynomial"] = {"x": lst(x), "y": lst(b), "degree": 9, "coef": lst(coef), "cond": float(np.linalg.cond(V))}

out["r2_constant"] = {
    "y_true": [3.0, 3.0, 3.0],
    "perfect": r2_score([3.0, 3.0, 3.0], [3.0, 3.0, 3.0]),
    "imperfect": r2_score([3.0, 3.0, 3.0], [3.0, 2.0, 3.0]),
}

with open(os.path.join(HERE, "linear-regression.json"), "w") as f:
    json.dump(out, f)
    f.write("\n")
print("wrote", os.path.join(HERE, "linear-regression.json"), "cond(V) =", out["polynomial"]["cond"])

# The repository's formatter (Biome) owns JSON layout; format the fixture so that `biome check`
# stays clean. The numbers are not changed.
subprocess.run(["npx", "biome", "format", "--write", HERE], cwd=ROOT, check=False)
