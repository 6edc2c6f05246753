"""Drafting a scenario from coded events."""
