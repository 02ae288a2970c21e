"""The people the person trusts, readable while the lock is on under the choice that keeps the
safety plan readable (lock.safety_plan; core/lock/readable.py): their names and how to reach
them, and nothing else (each person's note and own message stay sealed with the rest), but
a yes or no: whether they have a message of their own. Never its words: without one, the
app's own ready messages show while locked, as they do unlocked (they are no secret); with
one, that it waits for the unlock. A copy written before the yes or no reads as not known.

The plan is kept readable by writing its own file plain; the people's file holds notes and
messages too, so a copy of just the two fields is written beside the store instead, in the
data folder (out of the store's folder: backups, restores and the lock's switch never carry
it). It is written while the entries are open (at every unlock and start, when the lock is
turned on, and when someone is added, changed or removed), crash-safely and readable by the
person only, and removed when the person locks the plan too or turns the lock off. Both
copies are one ReadableCopy each (core/lock/readable_copy.py).
"""

from __future__ import annotations

from footholds.core.lock.readable_copy import Field, Flag, ReadableCopy
from footholds.core.store import Person

NAME = "lock-people.json"  # in the data folder, beside lock.json
OWN_MESSAGE = "own_message"  # the yes or no in the copy


class KeptPerson(tuple[str, str]):
    """(name, how to reach them), as a pair, with `own_message`: whether they have a message
    of their own (True or False), or None from an older copy that does not say."""

    own_message: bool | None

    def __new__(cls, name: str, how: str, own_message: bool | None = None) -> KeptPerson:
        kept = super().__new__(cls, (name, how))
        kept.own_message = own_message
        return kept


def _shown(name: str, how: str, own_message: bool | None = None) -> KeptPerson:
    return KeptPerson(name, how, own_message)


def _has_message(person: Person) -> bool:
    return bool(person.message.strip())


def _by_name(person: Person) -> str:
    return person.name.casefold()


COPY: ReadableCopy[Person, KeptPerson] = ReadableCopy(
    name=NAME,
    model=Person,
    listed="people",
    fields=(Field("name", Person.NAME_LIMIT, needed=True), Field("how", Person.HOW_LIMIT)),
    shown=_shown,  # the names and ways to reach, whether they have a message: nothing else
    what="your people",
    order=_by_name,  # the order the app shows them in
    flags=(Flag(OWN_MESSAGE, _has_message),),
)

# the names the app, the command line and the tests call
copy_path, write, remove, keep = COPY.copy_path, COPY.write, COPY.remove, COPY.keep
from_store_file, read, forget = COPY.from_store_file, COPY.read, COPY.forget
