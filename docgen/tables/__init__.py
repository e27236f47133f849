"""The appendix tables outside Word: an Excel workbook for exchange and review."""
