#!/usr/bin/env python3
"""Counts user text written in Swift code instead of the per-language text files: lines with
Chinese characters (outside comments), `LocalizedText(zh:` and `== .zh`. Files named *Zh.swift
or *En.swift and files under a Text/ folder are the text files and are not counted.
    scripts/text-literals.py PATH...    prints the counts; exits 1 when any is not 0
"""
import os, re, sys

HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")


def code(line):
    """The line without its comment (a // outside a string literal)."""
    out, quoted, i = [], False, 0
    while i < len(line):
        c = line[i]
        if c == "\\" and quoted:
            out.append(line[i:i + 2])
            i += 2
            continue
        if c == '"':
            quoted = not quoted
        elif not quoted and line.startswith("//", i):
            break
        out.append(c)
        i += 1
    return "".join(out)


def swift_files(paths):
    for path in paths:
        if os.path.isfile(path):
            yield path
        for base, _, names in os.walk(path):
            yield from (os.path.join(base, n) for n in names if n.endswith(".swift"))


counts = {"chinese": 0, "LocalizedText(zh:": 0, "== .zh": 0}
for path in sorted(set(swift_files(sys.argv[1:]))):
    name = os.path.basename(path)
    if name.endswith(("Zh.swift", "En.swift")) or "/Text/" in path:
        continue
    for number, line in enumerate(open(path, encoding="utf-8"), 1):
        text = code(line)
        found = [k for k, hit in (("chinese", HAN.search(text)),
                                  ("LocalizedText(zh:", "LocalizedText(zh:" in text),
                                  ("== .zh", "== .zh" in text)) if hit]
        for kind in found:
            counts[kind] += 1
            print(f"{path}:{number}: {kind}: {line.strip()}")
print(f"text in code: {counts['chinese']} lines with Chinese, "
      f"{counts['LocalizedText(zh:']} LocalizedText(zh:, {counts['== .zh']} == .zh")
sys.exit(1 if any(counts.values()) else 0)
