"""Canonicalizes JSON texts with PyPI's rfc8785 (an independent RFC 8785 implementation).

Reads a JSON array of JSON texts on stdin; writes, one per line, the base64
of each text's canonical UTF-8 bytes. Integers are read as floats, as
JavaScript reads every JSON number (rfc8785 refuses Python ints past 2**53).
"""

import base64
import json
import sys

import rfc8785

texts = json.load(sys.stdin)
for text in texts:
    value = json.loads(text, parse_int=float)
    print(base64.b64encode(rfc8785.dumps(value)).decode("ascii"))
