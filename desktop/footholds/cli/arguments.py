"""Checks for command-line arguments that several commands share."""

from __future__ import annotations

import argparse


def file_name(text: str) -> str:
    """A FILE argument: any name but an empty one. A script's unset variable (`-o "$OUT"`)
    gives "", which read as no name at all: export then wrote everything to the screen and
    backup chose its own place, both saying all was well."""
    if not text:
        raise argparse.ArgumentTypeError("the file name is empty; please name a file")
    return text
