#!/usr/bin/python3
"""Reference values for 5.3.1 Metrics, from scikit-learn 1.2.1 (Debian's python3-sklearn).

    /usr/bin/python3 solutions/5.3-mlops/01-metrics/golden/make_golden.py

writes metrics.json beside this file; the hidden specs read it (hidden/golden.ts).

Every input is written into the JSON next to the values, so a spec needs nothing else. What
each block holds, in scikit-learn's terms:

classification — for labels y_true, y_pred:
  confusion_matrix (labels = unique_labels(y_true, y_pred), or the case's explicit labels),
  accuracy_score, and precision_recall_fscore_support for average=None (per class, with
  support), "macro", "micro", "weighted" and — where the targets are binary — "binary" with the
  case's pos_label, each with zero_division=0 and zero_division=1.

ranking — for 0/1 labels and real scores:
  roc_curve(drop_intermediate=False) and (drop_intermediate=True), roc_auc_score,
  precision_recall_curve, average_precision_score, and auc(recall, precision) (the trapezoid
  area under the PR curve, which is NOT average precision: kept to show the difference).
  Where scikit-learn raises (roc with one class only) the case records the error; where it
  warns and returns NaN (roc_curve without positives or negatives) it records "undefined":
  the course raises InvalidArgument there.

auc — sklearn.metrics.auc(x, y) on increasing, decreasing and non-monotonic x.

logLoss — log_loss(y_true, y_pred, eps=..., labels=[0, 1] or range(k)) for 1-D (binary) and
  n × k (multiclass) probabilities; eps "auto" is float64's machine epsilon 2⁻⁵².
"""

import json
import warnings
from pathlib import Path

import numpy as np
import sklearn
from sklearn.metrics import (
    accuracy_score,
    auc,
    average_precision_score,
    confusion_matrix,
    log_loss,
    precision_recall_curve,
    precision_recall_fscore_support,
    roc_auc_score,
    roc_curve,
)
from sklearn.utils.multiclass import type_of_target, unique_labels

HERE = Path(__file__).resolve().parent

warnings.simplefilter("ignore")  # UndefinedMetricWarning: the zero-division cases are on purpose


def lists(a):
    return np.asarray(a).tolist()


def error_of(fn):
    try:
        fn()
    except ValueError as e:
        return f"ValueError: {e}"
    return None


# ---------------------------------------------------------------------------------------------
# classification


def classification_case(name, y_true, y_pred, labels=None, pos_labels=(1,), note=""):
    y_true = np.asarray(y_true)
    y_pred = np.asarray(y_pred)
    found = unique_labels(y_true, y_pred)
    cm_labels = found if labels is None else np.asarray(labels)
    case = {
        "name": name,
        "note": note,
        "yTrue": lists(y_true),
        "yPred": lists(y_pred),
        "labels": lists(found),
        "confusion": {
            "labels": lists(cm_labels),
            "explicit": labels is not None,
            "counts": lists(confusion_matrix(y_true, y_pred, labels=cm_labels)),
        },
        "accuracy": float(accuracy_score(y_true, y_pred)),
        "perClass": {},
        "averages": {},
    }
    for zd in (0, 1):
        p, r, f, s = precision_recall_fscore_support(y_true, y_pred, average=None, zero_division=zd)
        case["perClass"][str(zd)] = {"precision": lists(p), "recall": lists(r), "f1": lists(f), "support": lists(s)}
        avg = {}
        for average in ("macro", "micro", "weighted"):
            p, r, f, _ = precision_recall_fscore_support(y_true, y_pred, average=average, zero_division=zd)
            avg[average] = {"precision": float(p), "recall": float(r), "f1": float(f)}
        binary = type_of_target(np.r_[y_true, y_pred]) == "binary"
        for pos in pos_labels:
            key = f"binary:{pos}"
            try:
                p, r, f, _ = precision_recall_fscore_support(
                    y_true, y_pred, average="binary", pos_label=pos, zero_division=zd
                )
                avg[key] = {"precision": float(p), "recall": float(r), "f1": float(f)}
            except ValueError as e:
                avg[key] = {"error": f"ValueError: {e}"}
        if not binary:
            avg["binary:1"] = {
                "error": error_of(
                    lambda: precision_recall_fscore_support(y_true, y_pred, average="binary", zero_division=zd)
                )
            }
        case["averages"][str(zd)] = avg
    return case


def classification_cases():
    rng = np.random.default_rng(531)
    y = rng.integers(0, 2, 40)
    flip = rng.random(40) < 0.3
    binary_pred = np.where(flip, 1 - y, y)

    y4 = rng.integers(0, 4, 60)
    noise = rng.integers(0, 4, 60)
    pred4 = np.where(rng.random(60) < 0.45, noise, y4)

    imb_true = np.r_[np.zeros(45, int), np.ones(5, int)]
    imb_pred = imb_true.copy()
    imb_pred[[3, 10]] = 1
    imb_pred[[46, 48, 49]] = 0

    return [
        classification_case("binary-random", y, binary_pred, pos_labels=(1, 0)),
        classification_case("multiclass-random", y4, pred4),
        classification_case(
            "imbalanced-binary", imb_true, imb_pred, pos_labels=(1, 0), note="45 negatives, 5 positives"
        ),
        classification_case(
            "class-never-predicted",
            [0, 0, 1, 1, 2, 2, 2, 0, 1, 2],
            [0, 1, 1, 1, 0, 1, 0, 0, 1, 1],
            note="class 2 is never predicted: its precision divides by zero",
        ),
        classification_case(
            "class-only-predicted",
            [0, 0, 1, 1, 0, 1, 1, 0],
            [0, 3, 1, 1, 3, 1, 0, 0],
            note="class 3 is predicted but never true: its recall divides by zero",
        ),
        classification_case("one-class-positive", [1] * 6, [1] * 6, note="one class only, the positive one"),
        classification_case(
            "one-class-negative",
            [0] * 6,
            [0] * 6,
            labels=[0, 1],
            note="one class only, the negative one: binary precision, recall and F1 all divide by zero",
        ),
        classification_case(
            "all-predictions-negative",
            [0, 1, 0, 0, 1, 0, 0, 0, 1, 0],
            [0] * 10,
            note="the always-no detector",
        ),
        classification_case(
            "all-predictions-positive", [0, 1, 0, 0, 1, 0, 0, 0, 1, 0], [1] * 10, note="the always-yes detector"
        ),
        classification_case(
            "labels-9-10-2",
            [9, 10, 2, 2, 10, 9, 9, 2, 10, 10],
            [9, 2, 2, 10, 10, 9, 10, 2, 10, 9],
            note="labels sort as numbers: 2, 9, 10 (a string sort gives 10, 2, 9)",
        ),
        classification_case(
            "negative-labels",
            [-1, 1, 1, -1, -1, 1, -1, -1],
            [-1, 1, -1, -1, 1, 1, -1, 1],
            pos_labels=(1, -1),
        ),
        classification_case(
            "explicit-labels",
            [0, 1, 1, 0, 1],
            [0, 1, 0, 0, 1],
            labels=[2, 1, 0],
            note="confusion matrix with explicit labels in a given order, one absent from the data",
        ),
        classification_case("single-sample", [3], [4], note="one sample, wrong"),
    ]


# ---------------------------------------------------------------------------------------------
# ranking


def curve_or_undefined(y, s, drop):
    fpr, tpr, thr = roc_curve(y, s, drop_intermediate=drop)
    if np.isnan(fpr).any() or np.isnan(tpr).any():
        return {"undefined": True}
    return {"fpr": lists(fpr), "tpr": lists(tpr), "thresholds": lists(thr)}


def ranking_case(name, y, s, note=""):
    y = np.asarray(y)
    s = np.asarray(s, dtype=float)
    case = {"name": name, "note": note, "yTrue": lists(y), "scores": lists(s)}
    case["roc"] = curve_or_undefined(y, s, False)
    case["rocDropIntermediate"] = curve_or_undefined(y, s, True)
    err = error_of(lambda: roc_auc_score(y, s))
    case["rocAuc"] = {"error": err} if err else float(roc_auc_score(y, s))
    p, r, t = precision_recall_curve(y, s)
    case["pr"] = {"precision": lists(p), "recall": lists(r), "thresholds": lists(t)}
    ap = float(average_precision_score(y, s))
    case["averagePrecision"] = ap + 0.0  # −0.0 → 0.0
    case["trapezoidPrArea"] = float(auc(r, p))
    return case


def ranking_cases():
    rng = np.random.default_rng(5310)
    y = rng.integers(0, 2, 50)
    s = rng.normal(size=50) + 1.2 * y
    yt = rng.integers(0, 2, 60)
    st = np.round(rng.random(60) * 0.6 + 0.4 * yt, 1)
    yl = (rng.random(80) < 0.1).astype(int)
    yl[[5, 40]] = 1
    sl = rng.normal(size=80) * 3e5 + 2e5 * yl
    return [
        ranking_case(
            "sklearn-docs", [0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8], note="the example of scikit-learn's roc_curve docs"
        ),
        ranking_case("random-continuous", y, s),
        ranking_case("ties", yt, st, note="scores rounded to one decimal: tied scores of both classes"),
        ranking_case("all-tied", [0, 1, 0, 0, 1, 0, 0], [0.5] * 7, note="every score equal: AUC 0.5, AP = prevalence"),
        ranking_case("perfect", [0, 0, 1, 0, 1, 1], [0.1, 0.2, 0.9, 0.3, 0.8, 0.7]),
        ranking_case("inverted", [0, 0, 1, 0, 1, 1], [0.9, 0.8, 0.1, 0.7, 0.2, 0.3]),
        ranking_case(
            "hard-predictions", [0, 1, 1, 0, 1, 0, 0, 1], [0, 1, 0, 0, 1, 1, 0, 1], note="0/1 predictions as scores"
        ),
        ranking_case(
            "collinear", [1, 1, 1, 0, 0, 1, 1, 0, 0, 0], [10, 9, 8, 7, 6, 5, 4, 3, 2, 1],
            note="runs of one class: drop_intermediate keeps only the corners",
        ),
        ranking_case(
            "imbalanced-large-scores", yl, sl,
            note="10% positives, scores around ±1e5: the first threshold is max + 1",
        ),
        ranking_case("negative-scores", [1, 0, 1, 0, 0], [-1.5, -3.0, -0.5, -1.5, -2.0]),
        ranking_case("no-positives", [0, 0, 0, 0], [0.1, 0.7, 0.3, 0.7], note="roc undefined; recall set to 1"),
        ranking_case("no-negatives", [1, 1, 1], [0.2, 0.9, 0.2], note="roc undefined; precision 1 everywhere"),
        ranking_case("single-sample", [1], [0.3]),
    ]


def auc_cases():
    cases = []
    for name, x, y in [
        ("increasing", [0, 0.1, 0.4, 1], [0, 0.5, 0.8, 1]),
        ("decreasing", [1, 0.6, 0.25, 0], [1, 0.9, 0.3, 0.2]),
        ("repeated-x", [0, 0, 0.5, 0.5, 1], [0, 0.5, 0.5, 1, 1]),
        ("two-points", [2, 5], [1, 3]),
        ("not-monotonic", [0, 0.5, 0.3, 1], [0, 1, 1, 1]),
    ]:
        err = error_of(lambda: auc(x, y))
        cases.append({"name": name, "x": x, "y": y, **({"error": err} if err else {"area": float(auc(x, y))})})
    return cases


# ---------------------------------------------------------------------------------------------
# log loss


def log_loss_case(name, y, p, eps="auto", note=""):
    y = np.asarray(y)
    p = np.asarray(p, dtype=float)
    k = 2 if p.ndim == 1 else p.shape[1]
    value = float(log_loss(y, p, eps=eps, labels=list(range(k))))
    return {
        "name": name,
        "note": note,
        "yTrue": lists(y),
        "probabilities": lists(p),
        "eps": None if eps == "auto" else eps,
        "logLoss": value,
    }


def log_loss_cases():
    rng = np.random.default_rng(5311)
    logits = rng.normal(size=(30, 4)) * 2
    soft = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
    ym = rng.integers(0, 4, 30)
    yb = rng.integers(0, 2, 25)
    pb = np.clip(rng.random(25) * 0.7 + 0.3 * yb, 0, 1)
    extremes_y = [1, 0, 1, 0]
    extremes_p = [0.0, 1.0, 1.0, 0.0]
    return [
        log_loss_case("binary-basic", [1, 0], [0.8, 0.3]),
        log_loss_case("binary-random", yb, pb),
        log_loss_case("binary-extremes", extremes_y, extremes_p, note="two certain errors, two certain hits"),
        log_loss_case("binary-extremes-eps-1e-15", extremes_y, extremes_p, eps=1e-15),
        log_loss_case("binary-extremes-eps-1e-7", extremes_y, extremes_p, eps=1e-7),
        log_loss_case("binary-eps-0.1", [1, 0, 1], [0.95, 0.02, 0.5], eps=0.1),
        log_loss_case("binary-one-class", [1, 1, 1], [0.9, 0.6, 1.0], note="labels fixed to [0, 1]"),
        log_loss_case("binary-always-no", [0, 1, 0, 0, 1, 0, 0, 0, 1, 0], [0.0] * 10),
        log_loss_case("multiclass-softmax", ym, soft),
        log_loss_case(
            "multiclass-unnormalised",
            [0, 2, 1],
            [[0.2, 0.2, 0.1], [0.5, 0.3, 0.6], [1.0, 1.0, 0.0]],
            note="rows not summing to 1 are renormalised after clipping",
        ),
        log_loss_case(
            "multiclass-zeros",
            [0, 1, 2],
            [[0.0, 1.0, 0.0], [0.0, 1.0, 0.0], [0.5, 0.5, 0.0]],
            note="clip, then renormalise: the clipped row sums to 1 + eps",
        ),
        log_loss_case("multiclass-zeros-eps-0.01", [0, 1, 2], [[0.0, 1.0, 0.0], [0.0, 1.0, 0.0], [0.5, 0.5, 0.0]], eps=0.01),
    ]


def main():
    golden = {
        "generator": f"make_golden.py, scikit-learn {sklearn.__version__}, numpy {np.__version__}",
        "classification": classification_cases(),
        "ranking": ranking_cases(),
        "auc": auc_cases(),
        "logLoss": log_loss_cases(),
    }
    (HERE / "metrics.json").write_text(json.dumps(golden, allow_nan=False, indent=1) + "\n")
    for c in golden["ranking"]:
        print(f"ranking {c['name']:26} auc {c['rocAuc']!s:>10.10}  ap {c['averagePrecision']:.6f}  trapezoid {c['trapezoidPrArea']:.6f}")
    for c in golden["logLoss"]:
        print(f"logLoss {c['name']:30} {c['logLoss']:.15g}")


if __name__ == "__main__":
    main()
