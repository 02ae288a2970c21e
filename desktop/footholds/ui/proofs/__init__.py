"""The proof list and the affirmation."""
