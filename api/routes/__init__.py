"""JSON API route modules, one per resource, included by api.app.create_app."""
