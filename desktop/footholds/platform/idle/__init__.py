"""How long the person has been away: one source per desktop."""
