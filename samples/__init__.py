"""Sample documents a newcomer can ingest, and the labelled training corpus and its scripts."""
