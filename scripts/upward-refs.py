#!/usr/bin/env python3
"""Counts references between Console folders that point the wrong way.

Imports inside one Swift module are not written down, so a folder's "imports" are the
type names it uses that another folder declares. Folders are ranked bottom to top:
Text and Theme under Kit (which holds the canvas); Kit under the screens; the screens
(each folder its own; Counter and UnitDisplay are child components screens own) under the ncurses driver (Terminal/);
(Frame and Widgets, until they are in Kit, rank as Kit);
App, Commands and the root files on top. A reference to a higher rank is upward; a
reference from one screen folder to another is sideways and counted with them.
    scripts/upward-refs.py [-v]     prints the count (with -v every reference); exits 1 if not 0
"""
import os, re, sys

ROOT = os.path.join(os.path.dirname(__file__), "..", "Sources", "Console")
RANK = {"Text": 1, "Theme": 1, "Kit": 2, "Screens/Counter": 3, "Screens/UnitDisplay": 3,
        "Frame": 2, "Widgets": 2, "Screens": 4, "Terminal": 5, "App": 6, "Commands": 6, "": 6}
DECL = re.compile(
    r"^(?:(?:public|private|fileprivate|internal|final|indirect)\s+)*"
    r"(?:struct|enum|class|protocol|actor|typealias)\s+([A-Z]\w*)", re.M)
FUNC = re.compile(r"^func\s+([a-zA-Z]\w*)", re.M)  # top-level, not private


def folder(path):
    rel = os.path.relpath(path, ROOT).split(os.sep)[:-1]
    if rel[:1] == ["Screens"]:
        return "Screens/" + rel[1] if len(rel) > 1 else "Screens/Home"
    return rel[0] if rel else ""


def rank(name):
    return RANK.get(name, RANK["Screens"] if name.startswith("Screens/") else 6)


def strip(text):
    text = re.sub(r"//[^\n]*", "", text)
    return re.sub(r'"(?:\\.|[^"\\\n])*"', '""', text)


files = {}
for base, _, names in os.walk(ROOT):
    for n in names:
        if n.endswith(".swift"):
            p = os.path.join(base, n)
            files[p] = strip(open(p, encoding="utf-8").read())
owner = {}
for p, text in files.items():
    for name in DECL.findall(text) + FUNC.findall(text):
        owner.setdefault(name, set()).add(folder(p))
bad = []
for p, text in sorted(files.items()):
    here = folder(p)
    used = set(re.findall(r"\b([A-Za-z]\w*)\b", text))
    for name in sorted(used):
        for there in owner.get(name, ()):
            if there == here:
                continue
            upward = rank(there) > rank(here)
            sideways = rank(here) == rank(there) == RANK["Screens"]
            if upward or sideways:
                bad.append((os.path.relpath(p, ROOT), name, there))
if "-v" in sys.argv:
    for p, name, there in bad:
        print(f"{p}: {name} ({there})")
edges = sorted({(folder(os.path.join(ROOT, p)), there) for p, _, there in bad})
print(f"upward references: {len(bad)} in {len(edges)} folder edges"
      + "".join(f"\n  {a or 'root'} -> {b}" for a, b in edges))
sys.exit(1 if bad else 0)
