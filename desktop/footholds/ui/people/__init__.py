"""People to reach out to."""
