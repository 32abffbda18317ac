"""Public pages of the request workflow, one module per procedure."""
