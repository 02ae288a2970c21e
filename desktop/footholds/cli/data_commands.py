"""Commands that move data in and out: export, import, backup and restore, each in its own
module (export.py, importing.py, backup.py, restore.py); what they share is in data_files.py.

Reading is safe beside the running app (every file is replaced atomically); writing goes
through the running app when there is one, else through the instance lock.
"""

from __future__ import annotations

from footholds.cli.backup import cmd_backup
from footholds.cli.export import cmd_export
from footholds.cli.importing import cmd_import
from footholds.cli.restore import cmd_restore

DATA_COMMANDS = {
    "export": cmd_export,
    "import": cmd_import,
    "backup": cmd_backup,
    "restore": cmd_restore,
}
