"""Coded one-line errors.

What: the table of error codes and the exception that carries one.
Why: a user with hundreds of bad files wants to grep one code, and each code
names its cause in words; the pipeline turns every GGError into a Skip and
goes on with the next file.
"""
from __future__ import annotations

CODES = {
    "GG101": "cannot read file",
    "GG102": "empty file",
    "GG103": "binary content, not text or HTML",
    "GG104": "no article text found",
    "GG105": "corrupt or truncated compressed data",
    "GG106": "unsupported file type",
    "GG107": "bad JSON line",
    "GG108": "corrupt WARC record",
    "GG109": "text encoding could not be decoded",
    "GG110": "file too large",
    "GG201": "database error",
    "GG202": "database schema is newer than this greatgame",
    "GG301": "bad command-line argument",
    "GG401": "language model not available",
    "GG402": "linking failed; the articles are kept without actors and places",
}


class GGError(Exception):
    """An error with a code from CODES and a one-line detail."""

    def __init__(self, code: str, detail: str | None = None):
        if code not in CODES:
            raise ValueError(f"unknown error code {code}")
        self.code = code
        self.detail = detail or CODES[code]
        super().__init__(f"{code} {self.detail}")

    def line(self, path: str) -> str:
        return f"{self.code} {path}: {self.detail}; skipped"
