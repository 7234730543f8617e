"""resolve stage: merge reports from different articles into real-world events."""

from khaldun.resolve.cluster import candidate_window, cluster, event_id_for

__all__ = ["candidate_window", "cluster", "event_id_for"]
