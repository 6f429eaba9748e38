"""Names and dates: the register, the matcher, the recogniser, date normalisation.

The converter only needs :class:`Annotator` (``teikit.names.annotate``); the other
modules are the parts it is built from.
"""

from teikit.names.annotate import CANDIDATES_KEY, Annotator, Context, Mention
from teikit.names.register import Entry, Register, default_register_path, load_register

__all__ = ["Annotator", "CANDIDATES_KEY", "Context", "Entry", "Mention", "Register",
           "default_register_path", "load_register"]
