#!/usr/bin/env python3
"""png-stats.py FILE: decodes an 8-bit RGBA/RGB PNG with the standard library alone (an
independent check of the app's encoder), prints its size and colour count, and exits 1
when the picture is blank: fewer than 16 colours, or one colour covering over 97%."""
import struct
import sys
import zlib
from collections import Counter


def decode(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit(f"{path}: not a PNG")
    pos, idat, w = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if zlib.crc32(kind + body) != struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])[0]:
            sys.exit(f"{path}: bad CRC in {kind!r}")
        if kind == b"IHDR":
            w, h, depth, ctype = struct.unpack(">IIBB", body[:10])
            if depth != 8 or ctype not in (2, 6):
                sys.exit(f"{path}: unsupported PNG type")
            bpp = 4 if ctype == 6 else 3
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = w * bpp
    pixels, prev = Counter(), bytearray(stride)
    for y in range(h):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1: line[i] = (line[i] + a) & 255
            elif f == 2: line[i] = (line[i] + b) & 255
            elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        pixels.update(bytes(line[i:i + 3]) for i in range(0, stride, bpp))
        prev = line
    return w, h, pixels


w, h, pixels = decode(sys.argv[1])
top = pixels.most_common(1)[0][1] / (w * h)
print(f"{sys.argv[1]}: {w}x{h}, {len(pixels)} colours, most common {top:.0%}")
if len(pixels) < 16 or top > 0.97:
    sys.exit(f"{sys.argv[1]}: looks blank")
