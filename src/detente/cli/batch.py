"""What the batch commands (ingest, code) share: the size limit and how problems are shown."""

from __future__ import annotations

from collections.abc import Callable

from rich.console import Console

from detente.errors import DetenteError
from detente.ingest import Problem


def max_input_bytes(max_size_mb: float) -> int:
    """The --max-size option in bytes; a limit below one byte is a usage error."""
    if not max_size_mb * 1e6 >= 1:
        raise DetenteError(
            f"--max-size must be positive, not {max_size_mb:g}", hint="e.g. --max-size 50"
        )
    return int(max_size_mb * 1e6)


def problem_printer(errors: Console) -> Callable[[Problem], None]:
    """One line per problem on standard error: "error:" when the input was skipped."""

    def show(problem: Problem) -> None:
        label = "error" if problem.fatal else "warning"
        errors.print(f"{label}: {problem}", markup=False, soft_wrap=True)

    return show
