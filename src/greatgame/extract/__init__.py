"""Extraction layers over linked articles: dates and events.

What: each module turns a parsed, linked article into typed records (records.py).
Why: one package per layer keeps the pipeline stages testable alone.
"""
