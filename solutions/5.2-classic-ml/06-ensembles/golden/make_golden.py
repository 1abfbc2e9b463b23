#!/usr/bin/python3
"""Golden values for exercise 5.2.6 (ensembles), from scikit-learn.

Run with Debian's Python (the pyenv `python3` on PATH has no scikit-learn), from the
repository root, with the course's dataset mirror next to it (../shared/datasets) or
COURSE_DATA_MIRROR pointing at it:

    /usr/bin/python3 solutions/5.2-classic-ml/06-ensembles/golden/make_golden.py

It writes `golden.json` next to this script; the TypeScript specs only read the JSON.

1. Gradient boosting without randomness is deterministic: with `criterion="squared_error"`
   (scikit-learn's default for boosting is "friedman_mse", which can pick other splits),
   `subsample=1` and all features, scikit-learn's GradientBoostingRegressor/Classifier build
   the same trees as the course's, so the raw predictions agree to rounding. Features are
   multiples of 1/32, exact in float32 (scikit-learn's tree dtype) and float64. Settings
   whose result depends on `random_state` (exact ties between splits, which scikit-learn
   breaks by its random feature order and the course by the lowest feature index) are
   rejected by an assertion.
2. Random forests draw random numbers differently in every library, so only the accuracy on a
   fixed Titanic split is compared, within a margin: scikit-learn's RandomForestClassifier
   with 10 seeds gives the spread.
"""

import csv
import json
import subprocess
import os
import sys
from pathlib import Path

import numpy as np
import sklearn
from sklearn.ensemble import GradientBoostingClassifier, GradientBoostingRegressor, RandomForestClassifier
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]


def synthetic():
    """Fixed synthetic data: 300 rows × 4 features in multiples of 1/32, a regression target and a binary one."""
    rng = np.random.RandomState(606)
    n = 300
    X = rng.randint(0, 321, size=(n, 4)) / 32.0
    signal = np.sin(X[:, 0]) * 2 + 0.5 * X[:, 1] - 0.04 * (X[:, 2] - 5) ** 2 + 0.1 * X[:, 3]
    y_reg = np.round(signal + rng.normal(0, 0.3, size=n), 6)
    y_cls = (signal + rng.normal(0, 0.8, size=n) > np.median(signal)).astype(int)
    X_test = rng.randint(0, 641, size=(80, 4)) / 64.0
    return X, y_reg, y_cls, X_test


def boosting_cases():
    X, y_reg, y_cls, X_test = synthetic()
    cases = []
    for params in [
        dict(n_estimators=40, learning_rate=0.1, max_depth=3, min_samples_leaf=3),
        dict(n_estimators=25, learning_rate=0.3, max_depth=2, min_samples_leaf=5),
    ]:
        reg = GradientBoostingRegressor(criterion="squared_error", random_state=0, **params).fit(X, y_reg)
        cls = GradientBoostingClassifier(criterion="squared_error", random_state=0, **params).fit(X, y_cls)
        # Exact ties (two splits with the same impurity decrease) would make scikit-learn's
        # result depend on random_state (its feature order) and the comparison meaningless:
        # refuse such settings.
        for seed in range(1, 30):
            for a, b in [
                (GradientBoostingRegressor(criterion="squared_error", random_state=seed, **params).fit(X, y_reg).predict(X_test), reg.predict(X_test)),
                (GradientBoostingClassifier(criterion="squared_error", random_state=seed, **params).fit(X, y_cls).decision_function(X_test), cls.decision_function(X_test)),
            ]:
                assert np.abs(a - b).max() < 1e-12, f"{params}: the result depends on random_state (a tie)"
        cases.append(
            {
                "params": params,
                "regressor": {
                    "init": float(reg.init_.constant_[0][0]),
                    "trainPredictions": reg.predict(X).tolist(),
                    "testPredictions": reg.predict(X_test).tolist(),
                    "trainR2": float(reg.score(X, y_reg)),
                },
                "classifier": {
                    "init": float(cls._raw_predict_init(X[:1])[0][0]),
                    "trainDecision": cls.decision_function(X).tolist(),
                    "testDecision": cls.decision_function(X_test).tolist(),
                    "testProba1": cls.predict_proba(X_test)[:, 1].tolist(),
                    "trainAccuracy": float(cls.score(X, y_cls)),
                },
            }
        )
    return {"X": X.tolist(), "yRegression": y_reg.tolist(), "yClass": y_cls.tolist(), "testX": X_test.tolist(), "cases": cases}


def mirror():
    env = os.environ.get("COURSE_DATA_MIRROR")
    return Path(env) if env and env != "off" else ROOT.parent / "shared" / "datasets"


def titanic():
    """Encodes train.csv exactly like exercises/5.2-classic-ml/06-ensembles/titanic.given.ts."""
    rows = list(csv.DictReader(open(mirror() / "titanic" / "train.csv", newline="", encoding="utf-8")))
    embarked = {"C": 0, "Q": 1, "S": 2}
    X = np.array(
        [
            [
                float(r["Pclass"]),
                1.0 if r["Sex"] == "female" else 0.0,
                float(r["Age"]) if r["Age"] != "" else -1.0,
                float(r["SibSp"]),
                float(r["Parch"]),
                float(r["Fare"]) if r["Fare"] != "" else -1.0,
                float(embarked.get(r["Embarked"], 2)),
            ]
            for r in rows
        ]
    )
    y = np.array([int(r["Survived"]) for r in rows])
    train, val = train_test_split(np.arange(len(y)), test_size=0.2, random_state=0, stratify=y)
    train, val = np.sort(train), np.sort(val)
    Xtr, ytr, Xva, yva = X[train], y[train], X[val], y[val]

    def spread(make):
        scores = [make(seed).fit(Xtr, ytr).score(Xva, yva) for seed in range(10)]
        return {"mean": float(np.mean(scores)), "min": float(np.min(scores)), "max": float(np.max(scores))}

    forests = [RandomForestClassifier(n_estimators=100, random_state=s, oob_score=True).fit(Xtr, ytr) for s in range(10)]
    return {
        "columnSums": X.sum(axis=0).tolist(),
        "survivors": int(y.sum()),
        "train": train.tolist(),
        "validation": val.tolist(),
        "forest": {
            "params": "RandomForestClassifier(n_estimators=100, max_features='sqrt', random_state=0..9)",
            **spread(lambda s: RandomForestClassifier(n_estimators=100, random_state=s)),
            "oobMean": float(np.mean([f.oob_score_ for f in forests])),
        },
        "boosting": {
            "params": "GradientBoostingClassifier(n_estimators=100, learning_rate=0.1, max_depth=3, subsample=0.8, random_state=0..9)",
            **spread(lambda s: GradientBoostingClassifier(n_estimators=100, subsample=0.8, random_state=s)),
        },
        "boostingDeterministic": {
            "params": "GradientBoostingClassifier(n_estimators=100, learning_rate=0.1, max_depth=3, criterion='squared_error')",
            "accuracy": float(
                GradientBoostingClassifier(n_estimators=100, criterion="squared_error", random_state=0)
                .fit(Xtr, ytr)
                .score(Xva, yva)
            ),
        },
        "tree": {
            "params": "DecisionTreeClassifier(random_state=0..9) (unlimited depth)",
            **spread(lambda s: DecisionTreeClassifier(random_state=s)),
        },
    }


def main():
    out = {
        "generatedBy": "solutions/5.2-classic-ml/06-ensembles/golden/make_golden.py",
        "sklearnVersion": sklearn.__version__,
        "numpyVersion": np.__version__,
        "boosting": boosting_cases(),
        "titanic": titanic(),
    }
    path = HERE / "golden.json"
    path.write_text(json.dumps(out, indent=1) + "\n")
    # Lay the JSON out the way the repository's formatter wants it (best effort).
    if subprocess.run(["npx", "biome", "format", "--write", str(path)], cwd=HERE, capture_output=True).returncode != 0:
        print("note: could not run `npx biome format --write` on the JSON; run it by hand", file=sys.stderr)
    t = out["titanic"]
    for k in ["forest", "boosting", "tree"]:
        print(f"titanic {k}: mean {t[k]['mean']:.4f} [{t[k]['min']:.4f}, {t[k]['max']:.4f}]", file=sys.stderr)
    print(f"titanic forest OOB mean {t['forest']['oobMean']:.4f}; deterministic boosting {t['boostingDeterministic']['accuracy']:.4f}", file=sys.stderr)
    print(f"wrote {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
