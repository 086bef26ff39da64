"""How much more labelled data would help: cross-validated accuracy on the training split when
the heads see a quarter, half, three quarters or all of each fold's training rows.

Run: .venv/bin/python benchmarks/learning_curve.py
Uses the train split only (never the test split); features are fitted inside each fold.
"""

from __future__ import annotations

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold

from bowlby.coding.embeddings import load_embedder
from bowlby.coding.features import FeatureSpace
from bowlby.coding.labelled import load_split
from bowlby.coding.model import family_of, rupture_type_of
from bowlby.coding.training import standardisation


def main() -> None:
    train = load_split()["train_turns"]
    embedder = load_embedder(workers=2)
    family = np.array([family_of(t.markers, t.ruptures) for t in train])
    rupture = np.array([rupture_type_of(t.ruptures) for t in train])
    folds = list(StratifiedKFold(4, shuffle=True, random_state=0).split(family, family))
    rng = np.random.default_rng(0)
    for share in (0.25, 0.5, 0.75, 1.0):
        accuracies, f1s = [], []
        for train_rows, test_rows in folds:
            rows = rng.permutation(train_rows)[: int(len(train_rows) * share)]
            fit_inputs = [train[i].input for i in rows]
            space = FeatureSpace.fit(fit_inputs, embedder)
            x, _ = space.build(fit_inputs)
            x_test, _ = space.build([train[i].input for i in test_rows])
            mean, scale = standardisation(x, space)
            z, z_test = (x - mean) / scale, (x_test - mean) / scale
            family_head = LogisticRegression(C=1.0, max_iter=3000).fit(z, family[rows])
            accuracies.append(float((family_head.predict(z_test) == family[test_rows]).mean()))
            rupture_head = LogisticRegression(C=1.0, max_iter=3000, class_weight="balanced")
            predicted = rupture_head.fit(z, rupture[rows]).predict(z_test)
            f1s.append(
                f1_score(
                    rupture[test_rows],
                    predicted,
                    labels=["withdrawal", "confrontation"],
                    average="macro",
                )
            )
        print(
            f"{share:.0%} of the fold's training rows ({len(rows)} turns): "
            f"family accuracy {np.mean(accuracies):.3f}, rupture-type F1 {np.mean(f1s):.3f}",
            flush=True,
        )


if __name__ == "__main__":
    main()
