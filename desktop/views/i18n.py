"""Regenerate the interface translations: `python -m desktop.views.i18n`.

1. `pyside6-lupdate` collects every string the views pass to tr()/translate() (Chinese is the
   source language) into resources/translations/ip_tracker_en.ts, keeping translations already
   there;
2. any message still unfinished is filled from resources/translations/ip_tracker_en.json
   (source text → English, per context or under "*"), a plain file anyone can edit;
3. `pyside6-lrelease` compiles ip_tracker_en.qm, which `--lang en` loads.

Prints how many messages remain untranslated (they show in Chinese); exit status 1 if any.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from desktop.resources import resource

PACKAGE = Path(__file__).resolve().parent.parent
TS_FILE = resource("translations", "ip_tracker_en.ts")
QM_FILE = resource("translations", "ip_tracker_en.qm")
GLOSSARY = resource("translations", "ip_tracker_en.json")


def sources() -> list[Path]:
    return sorted(path for path in (PACKAGE / "views").rglob("*.py") if path.name != "i18n.py")


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (it ships {name})")
    return found


def run_lupdate() -> None:
    command = [tool("pyside6-lupdate"), *map(str, sources()), "-ts", str(TS_FILE)]
    command += ["-source-language", "zh_CN", "-target-language", "en_US", "-no-obsolete"]
    subprocess.run(command, check=True, capture_output=True)


MODULE_TR_RE = re.compile(
    r"def tr\(\s*\w+[^)]*\)[^:]*:\s*\n\s*return QCoreApplication\.translate\(\s*\"(\w+)\""
)


def give_module_contexts() -> int:
    """A module's own `tr(text)` helper (translate("Context", text)) is seen by lupdate as a call
    without context; copy those messages into the context the helper really asks for."""
    tree = ET.parse(TS_FILE)
    root = tree.getroot()
    contexts = {c.findtext("name") or "": c for c in root.iter("context")}
    anonymous = contexts.get("")
    if anonymous is None:
        return 0
    moved = 0
    for message in list(anonymous.iter("message")):
        location = message.find("location")
        if location is None:
            continue
        source_file = (TS_FILE.parent / location.get("filename")).resolve()
        match = (
            MODULE_TR_RE.search(source_file.read_text("utf-8")) if source_file.exists() else None
        )
        if match is None:
            continue
        name = match.group(1)
        if name not in contexts:
            contexts[name] = ET.SubElement(root, "context")
            ET.SubElement(contexts[name], "name").text = name
        anonymous.remove(message)
        contexts[name].append(message)
        moved += 1
    if not list(anonymous.iter("message")):
        root.remove(anonymous)
    tree.write(TS_FILE, encoding="utf-8", xml_declaration=True)
    return moved


def fill_from_glossary() -> tuple[int, list[tuple[str, str]]]:
    """Fill unfinished messages; returns (filled, [(context, source) still missing])."""
    glossary = json.loads(GLOSSARY.read_text("utf-8")) if GLOSSARY.exists() else {}
    shared = glossary.get("*", {})
    tree = ET.parse(TS_FILE)
    filled, missing = 0, []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        own = glossary.get(name, {})
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            unfinished = translation.get("type") == "unfinished" or not (translation.text or "")
            if not unfinished:
                continue
            english = own.get(source, shared.get(source))
            if english:
                translation.text = english
                translation.attrib.pop("type", None)
                filled += 1
            else:
                missing.append((name, source))
    tree.write(TS_FILE, encoding="utf-8", xml_declaration=True)
    return filled, missing


def run_lrelease() -> None:
    command = [tool("pyside6-lrelease"), str(TS_FILE), "-qm", str(QM_FILE)]
    subprocess.run(command, check=True, capture_output=True)


def main() -> int:
    TS_FILE.parent.mkdir(parents=True, exist_ok=True)
    run_lupdate()
    give_module_contexts()
    filled, missing = fill_from_glossary()
    run_lrelease()
    print(f"{TS_FILE.name}: filled {filled} from {GLOSSARY.name}; {len(missing)} untranslated")
    for context, source in missing:
        print(f"  [{context}] {source}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
