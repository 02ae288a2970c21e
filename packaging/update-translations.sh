#!/usr/bin/env bash
# Refresh resources/translations/footholds_<lang>.ts from the source with pyside6-lupdate.
# Existing translations are kept; new strings arrive marked "unfinished" for a translator
# (Qt Linguist, or any text editor). Then Qt's lrelease compiles each .ts into the .qm the
# app loads; commit both (tests/unit/test_translation_files.py checks they match).
#
#   packaging/update-translations.sh --compile   only recompile the .qm files (after editing
#                                                 a .ts by hand)
#
#   packaging/update-translations.sh          every language that has a .ts file (or es)
#   packaging/update-translations.sh es fr    these languages (a new one gets a new file)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/resources/translations"
mkdir -p "$out"
lrelease="$(python3 -c 'import PySide6, os; print(os.path.dirname(PySide6.__file__))')/lrelease"

compile_all() {
    for file in "$out"/footholds_*.ts; do
        [ -e "$file" ] || continue
        "$lrelease" -silent "$file" -qm "${file%.ts}.qm"
    done
}

if [ "${1:-}" = "--compile" ]; then
    compile_all
    exit 0
fi
if [ "$#" -gt 0 ]; then
    languages=("$@")
else
    languages=()
    for file in "$out"/footholds_*.ts; do
        [ -e "$file" ] || continue
        name="${file##*/footholds_}"
        languages+=("${name%.ts}")
    done
    [ "${#languages[@]}" -gt 0 ] || languages=(es)
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Setting labels, help and section names are declared in core/settings.py, which has no Qt;
# list them as QT_TRANSLATE_NOOP calls so lupdate offers them in the "settings" context.
PYTHONPATH="$root/desktop" python3 - "$work/declared_settings.py" <<'PY'
import json
import sys

from footholds.core.list_words import DEFAULT_FEELINGS, DEFAULT_PARTS, DEFAULT_WINS
from footholds.core.settings import SETTINGS, sections
from footholds.platform.app_menu import COMMENT, GENERIC_NAME
from footholds.platform.autostart import LOGIN_COMMENT, WORDS_CONTEXT

texts = list(sections())
for setting in SETTINGS:
    if not setting.hidden:
        texts += [setting.label] + ([setting.help] if setting.help else [])
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for text in dict.fromkeys(texts):
        out.write(f'QT_TRANSLATE_NOOP("settings", {json.dumps(text, ensure_ascii=False)})\n')
    # The starting lists (ui/common/default_lists.py), word by word.
    for text in dict.fromkeys(DEFAULT_FEELINGS + DEFAULT_WINS + DEFAULT_PARTS):
        out.write(f'QT_TRANSLATE_NOOP("lists", {json.dumps(text, ensure_ascii=False)})\n')
    # the app-menu and login entries' words, read back without Qt (platform/autostart.py)
    for text in (GENERIC_NAME, COMMENT, LOGIN_COMMENT):
        out.write(f'QT_TRANSLATE_NOOP({json.dumps(WORDS_CONTEXT)}, {json.dumps(text)})\n')
PY

# Counted sentences outside a QObject (i18n.counted) and in core (QT_TRANSLATE_N_NOOP): the
# Python parser would miss their count, so they are declared for lupdate's C++ parser.
python3 - "$root/desktop/footholds" "$work/declared_plurals.cpp" <<'PY'
import json
import pathlib
import re
import sys

STRING = r"""(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')"""
CALL = re.compile(r"\b(?:counted|QT_TRANSLATE_N_NOOP)\(\s*" + STRING + r"\s*,\s*" + STRING)
found = {}
for path in sorted(pathlib.Path(sys.argv[1]).rglob("*.py")):
    for m in CALL.finditer(path.read_text(encoding="utf-8")):
        context = m.group(1) if m.group(1) is not None else m.group(2)
        text = m.group(3) if m.group(3) is not None else m.group(4)
        found[(context, text)] = None
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for context, text in found:
        args = f"{json.dumps(context)}, {json.dumps(text, ensure_ascii=False)}"
        out.write(f"QT_TRANSLATE_N_NOOP({args});\n")
PY

mapfile -t sources < <(cd "$root" && find desktop/footholds -name '*.py' -not -path '*/__pycache__/*' | sort)
cd "$root"
for lang in "${languages[@]}"; do
    # English is the source language: its file holds only the plural forms ("1 day").
    only=()
    [ "$lang" = en ] && only=(-pluralonly)
    pyside6-lupdate -silent -no-obsolete -locations none -target-language "$lang" "${only[@]}" \
        "${sources[@]}" "$work/declared_settings.py" "$work/declared_plurals.cpp" \
        -ts "$out/footholds_$lang.ts"
    unfinished=$(grep -c 'type="unfinished"' "$out/footholds_$lang.ts" || true)
    echo "footholds_$lang.ts: $unfinished string(s) waiting for a translation"
done
compile_all
