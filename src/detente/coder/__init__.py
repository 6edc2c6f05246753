"""The event coder: who did what to whom, in PLOVER, from English news."""

from detente.coder.pipeline import CoderTally, code, code_document
from detente.coder.records import ActorRef, Event, Mention

__all__ = ["ActorRef", "CoderTally", "Event", "Mention", "code", "code_document"]
