"""Full screen, do-not-disturb and screen lock: one source per desktop."""
