"""The tray, the no-tray launcher, the window registry, About and the first run."""
