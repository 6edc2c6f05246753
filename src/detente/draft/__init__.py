"""Drafting a scenario from coded events: actors, relations, issues and stances with evidence."""

from detente.draft.build import Draft, draft

__all__ = ["Draft", "draft"]
