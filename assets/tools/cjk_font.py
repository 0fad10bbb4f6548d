#!/usr/bin/env python3
"""cjk_font.py [--no-kana] OUT.ttf COLLECTION.ttc TEXT_FILE... - the Japanese face of a Noto Sans CJK
collection (Debian's fonts-noto-cjk), subset to the CJK characters of the given files (the
Japanese catalogue and content) plus every kana, with TrueType outlines. Only the CJK
characters: Latin text stays Inter's. The face is picked by its family name, not by its
index, which differs between font releases. --no-kana: only the files' characters (the
language menu's names, built into the page)."""
import os
import sys
import tempfile

from fontTools import subset
from fontTools.ttLib import TTCollection

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import otf2ttf  # noqa: E402

FAMILY = "Noto Sans CJK JP"
CJK_START = 0x2E80  # as charset.py: from here on, the CJK font draws
KANA = set(range(0x3040, 0x3100))  # hiragana and katakana, all of them


def main(*args):
    kana = args[0] != "--no-kana"
    out_path, collection, *text_files = args if kana else args[1:]
    faces = TTCollection(collection, lazy=True).fonts
    index = next((i for i, f in enumerate(faces) if f["name"].getDebugName(1) == FAMILY), None)
    if index is None:
        sys.exit(f"cjk_font.py: {collection} has no face named {FAMILY}")
    codepoints = set(KANA) if kana else set()
    for path in text_files:
        with open(path, encoding="utf-8") as f:
            codepoints.update(ord(ch) for ch in f.read() if ord(ch) >= CJK_START)
    options = subset.Options()
    options.font_number = index
    options.hinting = False
    options.layout_features = []
    options.name_IDs = []
    options.notdef_outline = True
    options.desubroutinize = True
    font = subset.load_font(collection, options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(codepoints))
    subsetter.subset(font)
    with tempfile.TemporaryDirectory() as tmp:
        otf = os.path.join(tmp, "cjk.otf")
        subset.save_font(font, otf, options)
        otf2ttf.main(otf, out_path)


if __name__ == "__main__":
    main(*sys.argv[1:])
