"""Scoring the coder against gold event files (`brinkwatch evaluate`)."""
