"""Errors teikit reports to the user as one line (``path: error: message``)."""


class TeikitError(Exception):
    """A problem with the user's input, reported without a traceback."""


class InputError(TeikitError):
    """The raw input cannot be read as a document (empty, binary, undecodable)."""


class FidelityError(TeikitError):
    """The TEI text differs from the source text: a word was lost or altered."""
