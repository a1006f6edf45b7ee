#!/usr/bin/env python3
"""Random lines mixing every character class the presets touch (for differential tests).

usage: gen_random.py SEED COUNT [--no-cr] > lines.txt
Lines never contain "\n"; with --no-cr they contain no "\r" either (Java's readLine splits there).
"""
import random
import sys

seed, count = int(sys.argv[1]), int(sys.argv[2])
no_cr = "--no-cr" in sys.argv
r = random.Random(seed)

def rng(a, b):
    return [chr(c) for c in range(a, b + 1)]

NEWER = [0x0897, 0x1ACF, 0x1B4E, 0x10D40, 0x10EFC, 0x11F00, 0x11F41, 0x16D68, 0x16D67, 0x16121,
         0x1611E, 0x1611F, 0x11383, 0x113C2, 0x113B8, 0x113C5, 0x113C9, 0x1E4EC, 0x1E5EE, 0xFBC3, 0xFDCF,
         0xFDFE, 0x0C5D, 0x1E030, 0x1F6DC, 0x31350, 0x2EBF0, 0x10EC2, 0xA7CB]
CLASSES = [
    rng(0x0621, 0x064A) * 3,                       # letters
    rng(0x064B, 0x065F) + ["\u0670"],              # harakat and more
    rng(0x0610, 0x061A) + rng(0x06D6, 0x06ED),     # Quranic marks
    list("آأإٱ\u0672\u0673ا") + list("\u0653\u0654\u0655") * 2 + list("ؤئوىيةه"),
    ["\u0640"] * 3,
    list("کیېےھەۀہۃڤڨگپچ") + rng(0x0750, 0x077F)[:10] + rng(0x08A0, 0x08C9)[:10],
    rng(0xFB50, 0xFDFF)[::3] + rng(0xFE70, 0xFEFF) + list("\uFDFC\uFDFD\uFDF2\uFDFA\uFDFB\uFEFB\uFEF5"),
    rng(0x0660, 0x0669) + rng(0x06F0, 0x06F9) + list("0123456789"),
    list("،؛؟,;?!.:") + list("\"'()[]«»-"),
    list("\u200b\u200c\u200d\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u00ad"),
    list("  \t\u00a0\u1680\u2000\u2005\u200a\u202f\u205f\u3000\u000b\u000c\u0085\u2028\u2029\x1c\x1f") + ([] if no_cr else ["\r"] * 3),
    list("abcXYZ") + list("éèñçÅ") + ["e\u0301", "A\u030A", "\u0301", "\u0327\u0301", "\u0345"],
    ["\U0001F600", "\U0001F44D\U0001F3FD", "\U0001F468\u200D\U0001F469", "\U0001F1F1\U0001F1FE", "\u2764\uFE0F"],
    [chr(c) for c in NEWER] + [chr(r.randrange(0x10000, 0x30000)) for _ in range(30)],
    list("\u00bd\u2460\u2122\ufb01\uff21\uff10\u3300\u1100\u1161\u11a8\uac00\u0f73\u0f77\u2126\u212b\u1e9b\u0323\u0958\ufdd0\ue000\u0b47\u0b3e\u0cd5\u0dcf\u102e\u1025\u302a\u0e33\u0eb3\u2fd5\u3192"),
    [chr(c) for c in range(0, 0x20) if c not in (10, 13)] + ["\x7f", "\x80", "\x9f"],
]

for _ in range(count):
    n = r.randrange(0, 40)
    weights = [r.random() ** 2 for _ in CLASSES]
    parts = []
    for _ in range(n):
        cls = r.choices(CLASSES, weights)[0]
        parts.append(r.choice(cls))
    line = "".join(parts)
    if no_cr:
        line = line.replace("\r", "")
    sys.stdout.write(line.replace("\n", "") + "\n")
