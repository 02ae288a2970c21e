"""The PyInstaller bundle's entry point: the same command line as `footholds`."""

from footholds.cli.main import gui_main

raise SystemExit(gui_main())
