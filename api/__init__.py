"""The interfaces: the `jaring` command line (and, later, the JSON API and the web pages)."""
