"""Child process for test_lock_crash.py: turns the lock on (or off) until it is killed.

Usage: python lock_switch_child.py DATA_DIR HEADER_FILE PASSPHRASE

Prints "ready" once it has its keys, then turns the lock on when it is off (with the header
in HEADER_FILE) or off when it is on, and prints "done".
"""

from __future__ import annotations

import sys
from pathlib import Path

from footholds.core.lock import is_on, switch
from footholds.core.lock.keys import Header


def main() -> None:
    data_dir, header_file, passphrase = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    header = Header.load(header_file)
    keys = header.open(passphrase)
    unsaved = [data_dir.parent / "state" / "unsaved-entries.json"]
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    if is_on(data_dir):
        switch.disable(data_dir, keys, unsaved)
    else:
        switch.enable(data_dir, header, keys, unsaved)
    sys.stdout.write("done\n")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
