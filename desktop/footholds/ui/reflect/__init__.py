"""The thought log, insights, the check-in summary and therapy sessions."""
