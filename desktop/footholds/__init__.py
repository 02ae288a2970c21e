"""Footholds: a gentle desktop companion for the days between therapy sessions."""

__version__ = "0.1.0"
APP_NAME = "Footholds"
APP_ID = "org.footholds.Footholds"
