"""The Settings window and its pages."""
