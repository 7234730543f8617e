"""resolve stage: merge reports from different articles into real-world events."""

from khaldun.resolve.cluster import candidate_window, cluster, event_id_for
from khaldun.resolve.incremental import link_component, recluster

__all__ = ["candidate_window", "cluster", "event_id_for", "link_component", "recluster"]
