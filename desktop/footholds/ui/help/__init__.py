"""Get help now, the crisis lines, the region and the safety plan."""
