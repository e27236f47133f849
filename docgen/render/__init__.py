"""Rendering: ready strings (context), the Word template (docx), and the deterministic package."""
