"""teikit: raw archival transcriptions to TEI P5 editions.

Pipeline (one direction, like docutils): readers -> structure -> names -> tei writer;
validate, render and export read the TEI the writer produced.
"""

__version__ = "0.1.0"
