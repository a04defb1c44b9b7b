"""Benchmarks: not part of the default test run.

Run them all with `bash installer/bootstrap.sh bench` (or `python -m tests.benchmarks`); each
prints its result beside a yardstick measured in the same run, and all are written as JSON to
benchmark-results/results.json.
"""
