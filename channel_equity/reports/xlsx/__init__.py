"""Spreadsheets both ways: findings and complaints written as XLSX workbooks for inspectors, and
the inspectors' decisions read back from a findings workbook (``triage import``)."""
