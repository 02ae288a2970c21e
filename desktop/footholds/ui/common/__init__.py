"""Shared UI building blocks and design tokens; this package knows no feature."""
