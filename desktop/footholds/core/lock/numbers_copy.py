"""The person's own numbers (Get help now's "Your own numbers": a doctor, a friend, a line),
readable while the lock is on under the same choice that keeps the safety plan and their
people readable (lock.safety_plan; core/lock/readable.py, people_copy.py): the name, the
number and its note, as Get help now shows them beside the crisis lines.

Lock now kept them in memory, so they showed after it, while the app starting locked found
only their sealed file and said they were "only locked for now". A copy of them is written
beside the store instead, as the people's is: in the data folder (out of the store's folder:
backups, restores and the lock's switch never carry it), while the entries are open (at every
unlock and start, when the lock is turned on, and when a number is added or removed),
crash-safely and readable by the person only, and removed when the person locks the plan too
or turns the lock off. Both copies are one ReadableCopy each (core/lock/readable_copy.py).
"""

from __future__ import annotations

from footholds.core.lock.readable_copy import Field, ReadableCopy
from footholds.core.store import OwnLine

NAME = "lock-numbers.json"  # in the data folder, beside lock.json and lock-people.json

COPY: ReadableCopy[OwnLine, OwnLine] = ReadableCopy(
    name=NAME,
    model=OwnLine,
    listed="numbers",
    fields=(
        Field("name", OwnLine.NAME_LIMIT, needed=True),
        Field("number", OwnLine.NUMBER_LIMIT, needed=True),
        Field("note", OwnLine.NOTE_LIMIT),
    ),
    shown=OwnLine,  # records to show, never saved from here
    what="your own numbers",
    order=None,  # the store's order, as Get help now shows them
)

# the names the app, the command line and the tests call
copy_path, write, remove, keep = COPY.copy_path, COPY.write, COPY.remove, COPY.keep
from_store_file, read, forget = COPY.from_store_file, COPY.read, COPY.forget
