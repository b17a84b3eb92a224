"""Read-only questions over the store: events by actor and recipient (later dyads, influence, timelines).

Why a package of its own: the CLI, the Python API and the workbench ask the same questions and must get the
same answers, so each question is one function here over a `Store`.
"""
