"""A patient's record as FHIR R4 resources (services/fhir_export.py says why each shape).

``Builder`` makes one patient's Bundle from a ``Record`` read beforehand; each group of resources is
a module of its own (people, clinical, visits, treatments, contacts) over ``base``'s small pieces."""
