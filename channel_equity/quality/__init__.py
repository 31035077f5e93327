"""Detection quality measured against ground truth: extraction recall and field accuracy
(``extraction``), per-rule precision and recall (``rules``). Used by tests and benchmarks,
never by the product."""
