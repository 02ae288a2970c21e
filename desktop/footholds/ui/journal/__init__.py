"""The quick log and the journal."""
