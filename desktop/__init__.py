"""Pelita: the registration desk of community skills-training centres."""

__version__ = "0.1.0"
