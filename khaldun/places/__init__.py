"""places stage: gazetteer and place mentions.

    from khaldun.places import get_gazetteer, find_places, to_location, document_country
"""

from khaldun.places.gazetteer import Gazetteer, get_gazetteer
from khaldun.places.location import document_country, to_location
from khaldun.places.mentions import find_places
from khaldun.places.model import Place, PlaceMention

__all__ = [
    "Gazetteer",
    "Place",
    "PlaceMention",
    "document_country",
    "find_places",
    "get_gazetteer",
    "to_location",
]
