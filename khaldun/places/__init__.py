"""places stage: gazetteer and place mentions."""
