"""The desktop GUI. Only this package imports Qt widgets."""
