#!/usr/bin/python3
"""Golden values for exercise 5.2.4 (decision trees), from scikit-learn.

Run with Debian's Python (the pyenv `python3` on PATH has no scikit-learn):

    /usr/bin/python3 solutions/5.2-classic-ml/04-decision-tree/golden/make_golden.py

It writes `golden.json` next to this script. The TypeScript specs never run Python; they only
read the JSON.

Ties. scikit-learn visits the features of a node in a random order (drawn from
`random_state`, even when `max_features=None`) and keeps the first of several splits with
exactly the same impurity decrease. On Iris, for example, petal length < 2.45 and petal
width < 0.8 both cut off the 50 setosas, a perfect tie at the root. The course's rule is
deterministic instead: on an exact tie the lowest feature index wins (then the lowest
threshold). For every case this script fits the tree with `random_state` 0..199, groups the
fits by their sequence of split features, and keeps the lexicographically smallest sequence —
the one that takes the lowest feature index at every tie, i.e. the course's rule — and records
how many distinct trees scikit-learn produced (`sklearnVariants`).

Floats. scikit-learn casts X to float32 before fitting, so its thresholds are midpoints of
float32 values (2.450000047683716 instead of 2.45). The course works in float64, so the specs
compare thresholds within 1e-6; the partition of the training data, the predictions and the
feature importances (computed from counts) are the same.
"""

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import sklearn
from sklearn.datasets import load_iris
from sklearn.tree import DecisionTreeClassifier, DecisionTreeRegressor

HERE = Path(__file__).resolve().parent
SEEDS = range(200)


def pick_lowest_index_variant(make, X, y):
    """Fits with every seed; returns (tree of the lexicographically smallest feature sequence, variant count)."""
    variants = {}
    for seed in SEEDS:
        model = make(seed).fit(X, y)
        key = tuple(int(f) for f in model.tree_.feature)
        variants.setdefault(key, model)
    best = min(variants)
    return variants[best], len(variants)


def tree_record(model):
    t = model.tree_
    return {
        "nodeCount": int(t.node_count),
        "depth": int(model.get_depth()),
        "nLeaves": int(model.get_n_leaves()),
        # Pre-order (node, left subtree, right subtree); -1 = leaf (scikit-learn's TREE_LEAF / -2 feature).
        "feature": [int(f) if f >= 0 else -1 for f in t.feature],
        "threshold": [float(v) if t.feature[i] >= 0 else 0.0 for i, v in enumerate(t.threshold)],
        "left": [int(c) for c in t.children_left],
        "right": [int(c) for c in t.children_right],
        "nNodeSamples": [int(c) for c in t.n_node_samples],
        "impurity": [float(v) for v in t.impurity],
        "featureImportances": [float(v) for v in model.feature_importances_],
    }


def grid(rng, X, n):
    """n points drawn uniformly inside the bounding box of X, rounded to 3 decimals."""
    lo, hi = X.min(axis=0), X.max(axis=0)
    return np.round(rng.uniform(lo, hi, size=(n, X.shape[1])), 3)


def iris_cases():
    X, y = load_iris(return_X_y=True)
    rng = np.random.RandomState(4)
    X_test = grid(rng, X, 40)
    cases = []
    for name, params in [
        ("gini, maxDepth 3", dict(criterion="gini", max_depth=3)),
        ("entropy, maxDepth 3", dict(criterion="entropy", max_depth=3)),
        ("gini, unlimited depth", dict(criterion="gini")),
        ("entropy, minSamplesSplit 10, minSamplesLeaf 3", dict(criterion="entropy", min_samples_split=10, min_samples_leaf=3)),
        ("gini, maxDepth 4, minSamplesLeaf 5", dict(criterion="gini", max_depth=4, min_samples_leaf=5)),
    ]:
        model, n_variants = pick_lowest_index_variant(lambda s: DecisionTreeClassifier(random_state=s, **params), X, y)
        cases.append(
            {
                "name": name,
                "params": params,
                "sklearnVariants": n_variants,
                "tree": tree_record(model),
                "trainPredictions": [int(v) for v in model.predict(X)],
                "trainProba": np.round(model.predict_proba(X), 15).tolist(),
                "testX": X_test.tolist(),
                "testPredictions": [int(v) for v in model.predict(X_test)],
                "trainAccuracy": float(model.score(X, y)),
            }
        )
    return cases


def regression_data():
    """A fixed synthetic regression set. Features are multiples of 1/8 (exact in float32 and float64)."""
    rng = np.random.RandomState(2024)
    n = 240
    X = rng.randint(0, 81, size=(n, 3)) / 8.0  # 0, 0.125, …, 10
    noise = rng.normal(0, 0.25, size=n)
    y = np.sin(X[:, 0]) * 2 + 0.5 * X[:, 1] - 0.03 * (X[:, 2] - 5) ** 2 + noise
    y = np.round(y, 6)
    X_test = rng.randint(0, 161, size=(60, 3)) / 16.0
    return X, y, X_test


def regression_cases():
    X, y, X_test = regression_data()
    cases = []
    for name, params in [
        ("squared error, maxDepth 4", dict(max_depth=4)),
        ("squared error, minSamplesLeaf 5", dict(min_samples_leaf=5)),
        ("squared error, maxDepth 6, minSamplesSplit 20", dict(max_depth=6, min_samples_split=20)),
    ]:
        model, n_variants = pick_lowest_index_variant(lambda s: DecisionTreeRegressor(random_state=s, **params), X, y)
        cases.append(
            {
                "name": name,
                "params": params,
                "sklearnVariants": n_variants,
                "tree": tree_record(model),
                "trainPredictions": model.predict(X).tolist(),
                "testPredictions": model.predict(X_test).tolist(),
                "trainR2": float(model.score(X, y)),
            }
        )
    return {"X": X.tolist(), "y": y.tolist(), "testX": X_test.tolist(), "cases": cases}


def main():
    out = {
        "generatedBy": "solutions/5.2-classic-ml/04-decision-tree/golden/make_golden.py",
        "sklearnVersion": sklearn.__version__,
        "numpyVersion": np.__version__,
        "tieRule": "lowest feature index (then lowest threshold); sklearn fits with random_state 0..199, lexicographically smallest feature sequence kept",
        "iris": iris_cases(),
        "regression": regression_cases(),
    }
    path = HERE / "golden.json"
    path.write_text(json.dumps(out, indent=1) + "\n")
    # Lay the JSON out the way the repository's formatter wants it (best effort).
    if subprocess.run(["npx", "biome", "format", "--write", str(path)], cwd=HERE, capture_output=True).returncode != 0:
        print("note: could not run `npx biome format --write` on the JSON; run it by hand", file=sys.stderr)
    for c in out["iris"] + out["regression"]["cases"]:
        print(f"{c['name']:50s} nodes {c['tree']['nodeCount']:3d}  sklearn variants {c['sklearnVariants']}", file=sys.stderr)
    print(f"wrote {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
