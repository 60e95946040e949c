#!/usr/bin/env python3
"""Draws the Teams app's two icons, as Teams asks for them, with nothing but the standard library:
color.png (192 x 192, the full-colour icon) and outline.png (32 x 32, white on a transparent background).
The picture is a speech bubble holding a check mark: a conversation that ends in a decision.
Usage: python3 make-icons.py [output folder]   (default: this script's folder)"""
import math
import os
import struct
import sys
import zlib

ACCENT = (0x2B, 0x57, 0x9A)  # the manifest's accentColor, #2B579A
WHITE = (0xFF, 0xFF, 0xFF)
SAMPLES = 4  # supersampling per axis, for smooth edges


def segment_distance(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def in_rounded_rect(x, y, left, top, right, bottom, radius):
    cx = min(max(x, left + radius), right - radius)
    cy = min(max(y, top + radius), bottom - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2 and left <= x <= right and top <= y <= bottom


def in_triangle(x, y, a, b, c):
    def side(p, q):
        return (x - q[0]) * (p[1] - q[1]) - (p[0] - q[0]) * (y - q[1])
    d1, d2, d3 = side(a, b), side(b, c), side(c, a)
    return not ((d1 < 0 or d2 < 0 or d3 < 0) and (d1 > 0 or d2 > 0 or d3 > 0))


def bubble(x, y):
    """The speech bubble, in unit coordinates (0..1 both ways)."""
    return in_rounded_rect(x, y, 0.14, 0.16, 0.86, 0.70, 0.12) or in_triangle(x, y, (0.26, 0.66), (0.44, 0.66), (0.24, 0.86))


def check(x, y, width):
    return min(segment_distance(x, y, 0.32, 0.44, 0.45, 0.56), segment_distance(x, y, 0.45, 0.56, 0.68, 0.31)) <= width


def coverage(size, inside):
    """Fraction of each pixel's samples for which inside(x, y) holds, row by row."""
    rows = []
    for j in range(size):
        row = []
        for i in range(size):
            hits = 0
            for sj in range(SAMPLES):
                for si in range(SAMPLES):
                    if inside((i + (si + 0.5) / SAMPLES) / size, (j + (sj + 0.5) / SAMPLES) / size):
                        hits += 1
            row.append(hits / (SAMPLES * SAMPLES))
        rows.append(row)
    return rows


def png(path, size, pixel):
    """Writes an 8-bit RGBA PNG whose pixel (i, j) is pixel(i, j) -> (r, g, b, a)."""
    raw = b"".join(b"\x00" + b"".join(struct.pack("4B", *pixel(i, j)) for i in range(size)) for j in range(size))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    with open(path, "wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def color_icon(path):
    size = 192
    mark = coverage(size, lambda x, y: bubble(x, y) and not check(x, y, 0.045))

    def pixel(i, j):
        # White bubble with the check mark cut out, on the accent colour.
        a = mark[j][i]
        return tuple(round(w * a + c * (1 - a)) for w, c in zip(WHITE, ACCENT)) + (255,)

    png(path, size, pixel)


def outline_icon(path):
    size = 32
    # The bubble's outline (inside the bubble, not inside a smaller copy of it) and the check mark, in white.
    inner = lambda x, y: bubble(0.5 + (x - 0.5) / 0.80, 0.43 + (y - 0.43) / 0.80)
    mark = coverage(size, lambda x, y: (bubble(x, y) and not inner(x, y)) or check(x, y, 0.05))
    png(path, size, lambda i, j: WHITE + (round(255 * mark[j][i]),))


if __name__ == "__main__":
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    color_icon(os.path.join(folder, "color.png"))
    outline_icon(os.path.join(folder, "outline.png"))
    print(f"wrote color.png and outline.png in {folder}")
