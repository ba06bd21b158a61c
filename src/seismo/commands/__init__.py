"""CLI verbs, one module per group; each command parses options and calls the library."""
