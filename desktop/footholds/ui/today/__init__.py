"""Today: the bare-minimum routine, micro-goals and the day's check-ins."""
