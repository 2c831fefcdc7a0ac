#!/usr/bin/env python3
"""Draws the app icons (a bar chart on the NL Design System blue) as PNG, with the standard library only.

Run once after changing the design: python3 scripts/make-icons.py. The PNGs are committed."""

import struct
import zlib
from pathlib import Path

BLUE = (21, 66, 115)
WHITE = (255, 255, 255)
# Bars as (left, top, right) in fractions of the size; all stand on the same baseline.
BARS = [(0.20, 0.55, 0.33), (0.43, 0.38, 0.57), (0.67, 0.22, 0.80)]
BASELINE = 0.78


def pixel(x: float, y: float) -> tuple:
    for left, top, right in BARS:
        if left <= x < right and top <= y < BASELINE:
            return WHITE
    return BLUE


def png(size: int) -> bytes:
    rows = b"".join(
        b"\x00" + bytes(c for x in range(size) for c in pixel(x / size, y / size))
        for y in range(size)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent / "public" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    for size in (192, 512):
        (out / f"icon-{size}.png").write_bytes(png(size))
