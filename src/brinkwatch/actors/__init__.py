"""Actors: dictionary loading and resolution of a mention to an actor code at a date.

    from brinkwatch.actors import default_dictionary
    default_dictionary().resolve("the Ukrainian defence minister")      # ActorRef UKRGOV
    default_dictionary().find_mentions(doc, on=date(2025, 3, 1))        # list[Mention]
"""

from brinkwatch.actors.dictionary import ActorDictionary, default_dictionary, explain, is_outlet
from brinkwatch.actors.matcher import Mention
from brinkwatch.actors.refs import is_person, is_unresolved

__all__ = ["ActorDictionary", "Mention", "default_dictionary", "explain", "is_outlet", "is_person", "is_unresolved"]
