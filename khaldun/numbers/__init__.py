"""numbers stage."""
