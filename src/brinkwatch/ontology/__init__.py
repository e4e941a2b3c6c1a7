"""CAMEO codebook and its PLOVER mapping, loaded once from package data."""

from brinkwatch.ontology.cameo import CameoCode, codebook, lookup

__all__ = ["CameoCode", "codebook", "lookup"]
