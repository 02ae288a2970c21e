"""Drawing without windows: the check-in summary and safety plan as PDF and on a printer.

Qt, but no window of the app: the command line renders PDFs through it too."""
