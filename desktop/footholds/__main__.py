"""Allow `python -m footholds`."""

from footholds.cli.main import main

raise SystemExit(main())
