"""The composition root: builds the app, draws nothing."""
