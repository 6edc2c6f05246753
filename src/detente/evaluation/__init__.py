"""Evaluation harnesses: score a stage against gold data and print figures that can only go up."""
