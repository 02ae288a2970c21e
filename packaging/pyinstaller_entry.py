"""The PyInstaller bundle's entry point: the same command line as `footholds`."""

from footholds.cli import gui_main

raise SystemExit(gui_main())
