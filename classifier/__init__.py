"""Extraction -> Assessment: labels, indicator evidence and profile fields for one document."""
