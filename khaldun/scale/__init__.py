"""Beyond one process: merging partitioned by country and time window, and the Ray path."""

from khaldun.scale.partition import merge_partitioned, partition_links, partitions

__all__ = ["merge_partitioned", "partition_links", "partitions"]
