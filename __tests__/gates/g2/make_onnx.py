"""Writes the ONNX models the G2 scanning tests judge into the folder given as argv[1].

Each model is built with the onnx package. Tensors that claim external data
are hidden where a scanner that only reads graph.initializer would miss them:
Constant nodes, If/Loop subgraphs, sparse initializers, local functions.
Data files sit next to the models. With --large, a model over 2 GiB is
written sparse: a huge initializer first, then a node in a custom domain.
"""
import os
import struct
import sys

import onnx
from onnx import TensorProto, helper

out = sys.argv[1]
FLOAT = TensorProto.FLOAT


def external(name, dims, location, length=None, offset=None):
    """A float tensor whose data lives in another file."""
    t = TensorProto(name=name, data_type=FLOAT, dims=dims)
    t.data_location = TensorProto.EXTERNAL
    entries = [("location", location)] + ([("offset", str(offset))] if offset is not None else []) + ([("length", str(length))] if length is not None else [])
    for k, v in entries:
        e = t.external_data.add()
        e.key = k
        e.value = v
    return t


def model(graph, functions=(), domains=()):
    opsets = [helper.make_opsetid("", 17)] + [helper.make_opsetid(d, 1) for d in domains]
    return helper.make_model(graph, opset_imports=opsets, functions=list(functions))


def save(name, m):
    onnx.save_model(m, os.path.join(out, name))


x = helper.make_tensor_value_info("x", FLOAT, [4])
y = helper.make_tensor_value_info("y", FLOAT, [4])
with open(os.path.join(out, "w16.bin"), "wb") as f:
    f.write(struct.pack("<4f", 1, 2, 3, 4))
open(os.path.join(out, "empty.bin"), "wb").close()


def add_graph(name, initializer=(), nodes=None, sparse=()):
    nodes = nodes if nodes is not None else [helper.make_node("Add", ["x", "w"], ["y"])]
    return helper.make_graph(nodes, name, [x], [y], initializer=list(initializer), sparse_initializer=list(sparse))


# Benign: external data that fits.
save("ok_external.onnx", model(add_graph("ok", [external("w", [4], "w16.bin", length=16)])))
# A Constant node's value, outside the model's folder.
const = helper.make_node("Constant", [], ["w"], value=external("c", [4], "../../secret.bin"))
save("constant_escape.onnx", model(add_graph("const", nodes=[const, helper.make_node("Add", ["x", "w"], ["y"])])))
# An If node whose then-branch holds a Constant with an absolute location.
then_g = helper.make_graph([helper.make_node("Constant", [], ["t"], value=external("abs", [4], "/etc/passwd"))], "then", [], [helper.make_tensor_value_info("t", FLOAT, [4])])
else_g = helper.make_graph([helper.make_node("Identity", ["x"], ["e"])], "else", [], [helper.make_tensor_value_info("e", FLOAT, [4])])
cond = helper.make_tensor_value_info("c", TensorProto.BOOL, [])
save("subgraph_escape.onnx", model(helper.make_graph([helper.make_node("If", ["c"], ["y"], then_branch=then_g, else_branch=else_g)], "if", [cond, x], [y])))
# A Loop body calling a custom operator.
body = helper.make_graph(
    [helper.make_node("Exec", ["v"], ["v_out"], domain="com.evil"), helper.make_node("Identity", ["cond_in"], ["cond_out"])],
    "body",
    [helper.make_tensor_value_info("i", TensorProto.INT64, []), helper.make_tensor_value_info("cond_in", TensorProto.BOOL, []), helper.make_tensor_value_info("v", FLOAT, [4])],
    [helper.make_tensor_value_info("cond_out", TensorProto.BOOL, []), helper.make_tensor_value_info("v_out", FLOAT, [4])],
)
trip = helper.make_tensor_value_info("n", TensorProto.INT64, [])
save("loop_custom_domain.onnx", model(helper.make_graph([helper.make_node("Loop", ["n", "c", "x"], ["y"], body=body)], "loop", [trip, cond, x], [y]), domains=["com.evil"]))
# A sparse initializer whose values use a Windows path that climbs out.
values = external("sv", [2], "..\\..\\secret.bin")
indices = helper.make_tensor("si", TensorProto.INT64, [2], [0, 3])
save("sparse_escape.onnx", model(add_graph("sparse", sparse=[helper.make_sparse_tensor(values, indices, [4])])))
# A local function: calling it is fine, the custom operator in its body is not.
fn = helper.make_function("local.lib", "AddOne", ["a"], ["b"], [helper.make_node("Exec", ["a"], ["b"], domain="com.evil")], [helper.make_opsetid("", 17), helper.make_opsetid("com.evil", 1)])
save("function_custom_domain.onnx", model(add_graph("fn", nodes=[helper.make_node("AddOne", ["x"], ["y"], domain="local.lib")]), functions=[fn], domains=["local.lib", "com.evil"]))
fn_ok = helper.make_function("local.lib", "AddOne", ["a"], ["b"], [helper.make_node("Identity", ["a"], ["b"])], [helper.make_opsetid("", 17)])
save("function_ok.onnx", model(add_graph("fn", nodes=[helper.make_node("AddOne", ["x"], ["y"], domain="local.lib")]), functions=[fn_ok], domains=["local.lib"]))
# Declared length against dims x dtype, and against the file.
save("length_mismatch.onnx", model(add_graph("len", [external("w", [4], "w16.bin", length=8)])))
save("empty_external.onnx", model(add_graph("empty", [external("w", [4], "empty.bin")])))
save("offset_past_end.onnx", model(add_graph("off", [external("w", [4], "w16.bin", offset=8)])))

if len(sys.argv) > 2 and sys.argv[2] == "--large":
    # A ModelProto over 2 GiB, written sparse: graph = [initializer with 2.25 GiB of raw_data, then a custom node].
    def varint(n):
        b = b""
        while True:
            if n < 0x80:
                return b + bytes([n])
            b += bytes([(n & 0x7F) | 0x80])
            n >>= 7

    def field(no, payload):
        return varint(no << 3 | 2) + varint(len(payload)) + payload

    raw = 9 * 1024**3 // 4
    init_head = varint(1 << 3) + varint(raw // 4) + varint(2 << 3) + varint(FLOAT) + field(8, b"big") + varint(9 << 3 | 2) + varint(raw)
    init_len = len(init_head) + raw
    node = field(1, field(4, b"Exec") + field(7, b"com.evil"))
    graph_body_len = len(varint(5 << 3 | 2)) + len(varint(init_len)) + init_len + len(node)
    with open(os.path.join(out, "large.onnx"), "wb") as f:
        f.write(varint(1 << 3) + varint(8) + field(8, varint(2 << 3) + varint(17)))
        f.write(varint(7 << 3 | 2) + varint(graph_body_len))
        f.write(varint(5 << 3 | 2) + varint(init_len) + init_head)
        f.seek(raw, 1)
        f.write(node)
