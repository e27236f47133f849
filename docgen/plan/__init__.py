"""The plan file: its schema (model), reading it (load) and the checks across fields (validate)."""
