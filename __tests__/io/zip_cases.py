"""Crafted zips and what Python's zipfile makes of each: the names it lists (in order), or the error it raises.
Prints JSON: [{"case", "zip" (base64), "names" | "error"}]. The zip reader test compares G2's reader with this."""
import base64
import io
import json
import struct
import zipfile
import zlib


def local(name, data, flags=0):
    return struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, 0, 0, 0, zlib.crc32(data), len(data), len(data), len(name), 0) + name + data


def central(name, data, offset, flags=0, extra=b"", comment=b""):
    return struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags, 0, 0, 0, zlib.crc32(data), len(data), len(data), len(name), len(extra), len(comment), 0, 0, 0, offset) + name + extra + comment


def end(count, size, offset, comment=b"", comment_length=None, total=None):
    return struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count if total is None else total, size, offset, len(comment) if comment_length is None else comment_length) + comment


def archive(files, comment=b"", prefix=b"", flags=0, count=None, extra=b"", last_comment=b""):
    body, cd = b"", b""
    for i, (name, data) in enumerate(files):
        cd += central(name, data, len(body), flags, extra, last_comment if i == len(files) - 1 else b"")
        body += local(name, data, flags)
    return prefix + body + cd + end(len(files) if count is None else count, len(cd), len(body), comment)


def standard():
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("a.txt", "alpha" * 100)
        z.writestr("dir/", "")
        z.writestr("b.bin", bytes(range(256)))
    return b.getvalue()


two = [(b"a.txt", b"A"), (b"b.txt", b"B")]
cases = {
    "python's own zip": standard(),
    "with a comment": archive(two, comment=b"hello"),
    "bytes before the archive": archive(two, prefix=b"#!/bin/sh\nexit 0\n"),
    "a count lower than the directory": archive(two, count=1),
    "a count higher than the directory": archive(two, count=5),
    "a name cut at a NUL": archive([(b"model.pkl\x00.txt", b"x")]),
    "a cp437 name": archive([(b"caf\x82.txt", b"x")]),
    "a UTF-8 name": archive([("café.txt".encode(), b"x")], flags=0x800),
    "a comment length past the end": archive(two)[:-2] + b"\x10\x00",
    "a signature too close to the end": archive(two) + b"PK\x05\x06xx",
    "no end record": archive(two)[:-22],
    "a truncated directory": (lambda z: z[: z.rfind(b"PK\x01\x02")] + z[z.rfind(b"PK\x05\x06") :])(archive(two)),
    "a corrupt extra field": archive([(b"a.txt", b"A")], extra=b"\x01\x00\x10\x00abc"),
    # zipfile follows a locator right before the end record (here the last entry's comment) and, finding no ZIP64 record before it, keeps the plain end record.
    "a ZIP64 locator without its record": archive(two, last_comment=struct.pack("<IIQI", 0x07064B50, 0, 0, 1)),
    "an archive on two disks": (lambda z: z[:-22] + struct.pack("<IIQI", 0x07064B50, 0, 0, 2) + z[-22:])(archive(two)),
}
out = []
for case, data in cases.items():
    row = {"case": case, "zip": base64.b64encode(data).decode()}
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            row["names"] = z.namelist()
    except Exception as e:
        row["error"] = f"{type(e).__name__}: {e}"
    out.append(row)
print(json.dumps(out))
