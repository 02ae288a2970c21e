"""Allow `python -m footholds`."""

from footholds.cli import main

raise SystemExit(main())
