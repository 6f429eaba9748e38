"""Exports of the edition (`teikit export`): CMIF letter index (``cmif``, checked by ``cmif_check``),
one ``teiCorpus`` file (``corpus``), a reproducible zip (``package``), documents as JSON with
name and date offsets and the register as CSV (``opendata``, ``plaintext``)."""
