"""Turn results into what users read: rich terminal tables and JSON."""
