#!/usr/bin/env python3
"""charset.py OUT CONTENT.json [MORE.json | LANG.po ...] - writes the characters the app
must draw with Inter: printable ASCII and Latin-1 (so an author's own content in most
Western languages renders), the symbols the shell draws, every character of the content
file, and the characters below the CJK blocks of its translations and of the interface's
(CJK text is drawn with the Noto Sans CJK subset made for Japanese). The font is subset to
this set at build time, and the app builds its glyph ranges from the same text."""
import json
import sys

UI_SYMBOLS = "\u2022\u2013\u2014\u2026\u2192\u2190\u2194\u2191\u2193\u00d7\u2713\u2715\u25b6\u25bc\u2018\u2019\u201c\u201d"


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)


CJK_START = 0x2E80  # CJK radicals; everything from here on is the CJK font's


def main(out_path, content_path, *translations):
    chars = {chr(c) for c in range(0x20, 0x7F)} | {chr(c) for c in range(0xA0, 0x100)} | set(UI_SYMBOLS)
    with open(content_path, encoding="utf-8") as f:
        for s in strings(json.load(f)):
            chars.update(ch for ch in s if ord(ch) >= 0x20)
    for path in translations:
        with open(path, encoding="utf-8") as f:
            text = "".join(strings(json.load(f))) if path.endswith(".json") else f.read()
        chars.update(ch for ch in text if 0x20 <= ord(ch) < CJK_START)
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("".join(sorted(chars)))


if __name__ == "__main__":
    main(*sys.argv[1:])
