"""The local workbench: `create_app(db)` and `serve(db)` in `app.py`; templates and static files beside it."""
