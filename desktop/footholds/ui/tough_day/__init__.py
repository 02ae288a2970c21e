"""The tough-day window and its calm exercises."""
