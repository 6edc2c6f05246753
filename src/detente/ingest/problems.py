"""What went wrong with one input, reported and skipped so the rest of a batch goes through."""

from __future__ import annotations

from dataclasses import dataclass

from detente.errors import DetenteError


@dataclass(frozen=True, slots=True)
class Problem:
    """One input (file, line or record) that could not be read, or was read with a caveat."""

    where: str  # path, with ":line" or "#record" where it applies
    message: str
    hint: str | None = None
    fatal: bool = True  # False: a warning; the document was still produced

    def __str__(self) -> str:
        text = f"{self.where}: {self.message}"
        return f"{text} — {self.hint}" if self.hint else text


class SkipInput(DetenteError):
    """Raised inside a reader to skip one input with a Problem."""

    code = "skip-input"

    def problem(self) -> Problem:
        """The problem to report for the skipped input."""
        return Problem(self.where or "?", self.message, self.hint)
