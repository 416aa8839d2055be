"""Parses YAML documents for workflows.test.ts with PyYAML (pinned in
.ci/requirements.txt). stdin: a JSON list of YAML texts; stdout: a JSON list of
{"value": ...} or {"error": "..."}. PyYAML reads the key `on` as the boolean
true (YAML 1.1); it is turned back into "on", as GitHub reads it.
"""
import json
import sys

import yaml


def fix(node):
    if isinstance(node, dict):
        return {("on" if k is True else str(k)): fix(v) for k, v in node.items()}
    if isinstance(node, list):
        return [fix(v) for v in node]
    return node


out = []
for text in json.load(sys.stdin):
    try:
        out.append({"value": fix(yaml.safe_load(text))})
    except yaml.YAMLError as error:
        out.append({"error": str(error)})
print(json.dumps(out))
