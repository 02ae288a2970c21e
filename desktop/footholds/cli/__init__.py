"""The command line. It imports no Qt, except to start the app or render a PDF."""
