"""Errors a user can cause, each rendered by the CLI as one line: what, where, what to do."""

from __future__ import annotations


class DetenteError(Exception):
    """Base class for every error caused by input, options or files rather than by a bug."""

    code = "detente-error"

    def __init__(self, message: str, *, where: str | None = None, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.where = where
        self.hint = hint

    def __str__(self) -> str:
        text = f"{self.where}: {self.message}" if self.where else self.message
        return f"{text} — {self.hint}" if self.hint else text


class InputFileError(DetenteError):
    """A file is missing, unreadable, empty, binary or malformed."""

    code = "input-file"


class ScenarioError(DetenteError):
    """A scenario is well formed but inconsistent or out of range."""

    code = "scenario"


class UnknownNameError(DetenteError):
    """A model, scenario, format or option value is not one detente knows."""

    code = "unknown-name"


def suggest(name: str, known: list[str]) -> str:
    """A hint listing the known names, closest first, for an unknown-name error."""
    import difflib

    close = difflib.get_close_matches(name, known, n=1)
    listing = ", ".join(sorted(known))
    if close:
        return f"did you mean '{close[0]}'? Known: {listing}"
    return f"known: {listing}"
