from __future__ import annotations
def find_events(doc, spans):
    return []
