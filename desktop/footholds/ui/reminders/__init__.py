"""The reminder card and the tray's reminder menu."""
