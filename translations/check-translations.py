#!/usr/bin/env python3
"""Checks Qt .ts translation files the way a reviewer would before lrelease: every entry finished, the
same placeholders (%1…%99, %n, %L1) as the source, the plural forms the language needs, the keyboard
accelerator (&) kept where the source has one, and leading/trailing line breaks kept.

Usage: check-translations.py [--max N] FILE.ts...   (exit status 1 when anything is wrong)
"""

import re
import sys
import xml.etree.ElementTree as ET

# Plural forms Qt's lrelease expects per language (see QTranslator / qt's numerus rules).
PLURAL_FORMS = {"ja": 1, "ko": 1, "zh": 1, "de": 2, "en": 2, "es": 2, "fr": 2}
PLACEHOLDER = re.compile(r"%(?:L?\d{1,2}|n)")


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text or "")))


def has_accelerator(text):
    # "&&" is a literal ampersand; "&" before a letter marks the accelerator.
    return bool(re.search(r"(?<!&)&(?!&)[^\s&;]", (text or "").replace("&amp;", "&")))


def check(path, limit):
    tree = ET.parse(path)
    root = tree.getroot()
    language = (root.get("language") or "").split("_")[0]
    forms = PLURAL_FORMS.get(language)
    problems = []
    for context in root.iter("context"):
        context_name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            where = f"{context_name}: {source[:70]!r}"
            if translation is None:
                problems.append(f"{where}: no translation element")
                continue
            kind = translation.get("type")
            if kind in ("unfinished", "vanished", "obsolete"):
                if kind == "unfinished":
                    problems.append(f"{where}: unfinished")
                continue
            if message.get("numerus") == "yes":
                texts = [form.text or "" for form in translation.findall("numerusform")]
                if forms and len(texts) != forms:
                    problems.append(f"{where}: {len(texts)} plural forms, {language} needs {forms}")
            else:
                texts = [translation.text or ""]
            for text in texts:
                if not text.strip():
                    problems.append(f"{where}: empty translation")
                    continue
                wanted = [p for p in placeholders(source) if not (p == "%n" and message.get("numerus") == "yes")]
                got = [p for p in placeholders(text) if p != "%n" or message.get("numerus") != "yes"]
                if wanted != got:
                    problems.append(f"{where}: placeholders {wanted} in the source, {got} in {text[:60]!r}")
                if has_accelerator(source) and not has_accelerator(text):
                    problems.append(f"{where}: the source has an accelerator (&), {text[:60]!r} has none")
                if source.endswith("\n") != text.endswith("\n") or source.startswith("\n") != text.startswith("\n"):
                    problems.append(f"{where}: line breaks at the ends differ from the source")
    for line in problems[:limit]:
        print(f"{path}: {line}")
    if len(problems) > limit:
        print(f"{path}: … and {len(problems) - limit} more")
    print(f"{path}: {len(problems)} problem(s)")
    return not problems


def main(argv):
    limit = 50
    files = []
    arguments = iter(argv)
    for argument in arguments:
        if argument == "--max":
            limit = int(next(arguments))
        else:
            files.append(argument)
    ok = all([check(path, limit) for path in files])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
