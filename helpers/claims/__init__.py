"""Claims: the fact table (``facts``) and the verdicts comparing sources (``verdicts``)."""
from .facts import fact_table
from .verdicts import align_claims, reconcile

__all__ = ["align_claims", "fact_table", "reconcile"]
