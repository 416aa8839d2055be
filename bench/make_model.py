"""Writes bench/models/logistic10.onnx: a fixed logistic model over x0..x9.

p = sigmoid(x . w / 100), outputs "probabilities" [N, 2] (1 − p, p) and
"label" = argmax. bench/generate.mjs sets label 1 when
Σ_even x − 0.5 Σ_odd x > 0; the model sees only the even terms, so it is good, not perfect.
Run: python make_model.py (needs onnx); the output is committed.
"""
import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

w = np.array([[1.0 if i % 2 == 0 else 0.0] for i in range(10)], dtype=np.float32) / 100.0
one = numpy_helper.from_array(np.array([1.0], dtype=np.float32), "one")
nodes = [
    helper.make_node("MatMul", ["input", "w"], ["z"]),
    helper.make_node("Sigmoid", ["z"], ["p"]),
    helper.make_node("Sub", ["one", "p"], ["q"]),
    helper.make_node("Concat", ["q", "p"], ["probabilities"], axis=1),
    helper.make_node("ArgMax", ["probabilities"], ["label"], axis=1, keepdims=0),
]
graph = helper.make_graph(
    nodes,
    "logistic10",
    [helper.make_tensor_value_info("input", TensorProto.FLOAT, [None, 10])],
    [helper.make_tensor_value_info("label", TensorProto.INT64, [None]), helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, [None, 2])],
    initializer=[numpy_helper.from_array(w, "w"), one],
)
model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)], producer_name="modelgate-bench")
model.ir_version = 8
onnx.checker.check_model(model)
onnx.save(model, "models/logistic10.onnx")
