"""The package version, in the base layer: the CLI and the API report it without importing ``seismo``."""

__version__ = "0.1.0"
