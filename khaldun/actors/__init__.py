"""actors stage: who acted and who was acted on (ACLED actors), and who says so (sources).

find_actors / resolve_actor / civilians map names, aliases and generic descriptors ("regime
forces", "gunmen", "warplanes") to ACLED actors by country and date; role_actor gives the
actor a role ("state", "air", "police", "gunmen", "civilians"...) stands for in a country and
default_actor the one that acts when a text names no one ("Air/drone strike" in Yemen: the
Saudi-led coalition). find_sources / resolve_source map attributions to canonical sources.
Data: khaldun/data/actors.yaml, khaldun/data/actors/*.yaml, khaldun/data/sources.yaml.
"""

from khaldun.actors.resolve import ActorMention, find_actors, resolve_actor
from khaldun.actors.role_actors import civilians, country_name, default_actor, role_actor
from khaldun.actors.source_lexicon import is_wire
from khaldun.actors.source_mentions import SourceMention, find_sources
from khaldun.actors.sources import resolve_source

__all__ = [
    "ActorMention",
    "SourceMention",
    "civilians",
    "country_name",
    "default_actor",
    "find_actors",
    "find_sources",
    "is_wire",
    "resolve_actor",
    "resolve_source",
    "role_actor",
]
