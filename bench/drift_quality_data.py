"""Real data for the drift-detection quality benchmark: the first ten features
of scikit-learn's bundled breast cancer dataset (569 rows, UCI Wisconsin
Diagnostic Breast Cancer, shipped inside scikit-learn: no download), printed
as JSON columns."""
import json

from sklearn.datasets import load_breast_cancer

d = load_breast_cancer()
cols = {str(name): d.data[:, i].tolist() for i, name in enumerate(d.feature_names[:10])}
print(json.dumps(cols))
