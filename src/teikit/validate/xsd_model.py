"""A faster content-model check for xmlschema, with the same verdicts and messages.

xmlschema checks an element's children with a ModelVisitor that walks the
content model particle by particle: a child costs as many steps as particles
come before the one it matches, and closing an element walks the rest of the
model, even when the element has no children at all. TEI content is mostly
"any of these, in any order" (``xs:choice maxOccurs="unbounded"`` of elements,
through nested choice groups) and mostly leaf elements, so that walk was about
two thirds of the XSD time (tei/004: 35 ms of 53). Two shortcuts, each exact:

* a *bag* -- an unbounded choice whose particles are all elements or choices
  that may occur once -- accepts any sequence of its element names: a child is
  matched by a dictionary look-up, and nothing is counted;
* a *headed bag* -- a sequence of elements that occur exactly once, then a bag (``sp``:
  speaker, then any of p, stage, list) -- takes its head in order, then its bag as above;
* a model that has matched nothing is complete when it is emptiable.

On anything else (an unexpected child, a required content left empty) the
visitor falls back to xmlschema's own, replaying the children matched so far,
so the errors and their "expected" lists are xmlschema's.

A third shortcut is on attributes (a third of the rest): an attribute remembers the values
its type has accepted and does not check them again, for the types where acceptance depends
on the value alone (not an ID, IDREF or ENTITY, whose checks count what they have seen, nor a
QName or NOTATION, which depend on the namespaces in scope). An attribute group lists its
required attributes and its defaults once, not on every element.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from xmlschema import XMLSchema10
from xmlschema import names as nm
from xmlschema.aliases import SchemaElementType
from xmlschema.validators import XsdAttribute as _XsdAttribute
from xmlschema.validators import XsdAttributeGroup as _XsdAttributeGroup
from xmlschema.validators import XsdElement
from xmlschema.validators import XsdGroup as _XsdGroup
from xmlschema.validators.builders import XsdBuilders
from xmlschema.validators.models import AdvanceYieldedType, ModelVisitor
from xmlschema.validators.validation import ValidationContext

__all__ = ["FastXMLSchema", "prepare"]

Bag = dict[str, XsdElement]


class _Visitor(ModelVisitor):
    """xmlschema's visitor; for a (headed) bag, only from the first child that does not fit it."""

    __slots__ = ("_bag", "_head", "_tail", "_matched")

    def __init__(self, root: _XsdGroup, bag: Bag | None, head: tuple[XsdElement, ...] = (),
                 tail: _XsdGroup | None = None) -> None:
        self._bag = bag  # None: xmlschema's walk
        self._head = head  # the elements before the bag, each once, in order
        self._tail = tail if tail is not None else root  # the group that holds the bag
        self._matched: list[str] = []  # the children the head and the bag took
        if bag is None:
            super().__init__(root)
        else:  # the walk's state is only set up on falling back
            self.root = root
            self.element = head[0] if head else next(iter(bag.values()))  # raw_decode visits while there is one

    def match_element(self, tag: str) -> SchemaElementType | None:
        if self._bag is not None:
            position = len(self._matched)
            if position < len(self._head):
                found = self._head[position] if self._head[position].name == tag else None
            else:
                found = self._bag.get(tag)
            if found is not None:
                self._matched.append(tag)
                self.element = found
                return found
            self._fall_back()
        return super().match_element(tag)

    def advance(self, match: bool = False) -> Iterator[AdvanceYieldedType]:
        if self._bag is not None:
            if match:
                return iter(())  # a bag repeats without bound: nothing to count
            self._fall_back()
        return super().advance(match)

    def stop(self) -> Iterator[AdvanceYieldedType]:
        if self._bag is not None:
            taken, head = len(self._matched), len(self._head)  # a bag's minOccurs is at most 1
            complete = taken > head or (taken == head and self._tail.is_emptiable())
            if not complete:
                self._fall_back()
        else:
            complete = not any(self.occurs.values()) and self.root.is_emptiable()  # nothing matched
        if complete:
            self.element = None
            return iter(())
        return super().stop()

    def _fall_back(self) -> None:
        """Continue with xmlschema's walk, in the state the children the bag took leave it."""
        self._bag = None
        ModelVisitor.__init__(self, self.root)
        for tag in self._matched:
            while self.match_element(tag) is None:
                for _ in super().advance(False):  # a bag's prefix is valid: no errors to keep
                    pass
            for _ in super().advance(True):
                pass


class XsdGroup(_XsdGroup):
    """Same name as xmlschema's: it appears in error messages ("failed validating ... with XsdGroup(...)")."""

    bag: Bag | None = None  # set by prepare() once the schema is built
    head: tuple[XsdElement, ...] = ()  # a headed bag's elements before its bag
    tail: _XsdGroup | None = None  # a headed bag's last particle, the choice that is the bag

    def get_model_visitor(self) -> ModelVisitor:
        if self.open_content is not None:  # XSD 1.1 open content: xmlschema's visitors
            return super().get_model_visitor()
        return _Visitor(self, self.bag, self.head, self.tail)


ACCEPTED_LIMIT = 100_000  # values remembered per attribute: bounded memory on any input
_COUNTED_OR_SCOPED = {nm.XSD_ID, nm.XSD_IDREF, nm.XSD_IDREFS, nm.XSD_ENTITY, nm.XSD_ENTITIES, nm.XSD_QNAME,
                      nm.XSD_NOTATION}


class XsdAttribute(_XsdAttribute):
    """xmlschema's attribute; checks a value its type accepted before only once (see above)."""

    accepted: set[str] | None = None  # set by prepare(); None: not a type the shortcut is for

    def raw_decode(self, obj: str | None, validation: str, context: ValidationContext) -> Any:
        accepted = self.accepted
        if accepted is None or obj is None or type(context) is not ValidationContext:  # only when validating
            return super().raw_decode(obj, validation, context)
        if obj in accepted:
            return None  # what validation returns is never used
        errors = len(context.errors)
        value = super().raw_decode(obj, validation, context)
        if len(context.errors) == errors and len(accepted) < ACCEPTED_LIMIT:
            accepted.add(obj)
        return value


def _value_alone(simple_type: Any, depth: int = 0) -> bool:
    """Whether a value's validity under ``simple_type`` depends on the value alone."""
    if depth > 50 or simple_type.name in _COUNTED_OR_SCOPED or simple_type.is_complex() \
            or simple_type.is_qname() or simple_type.is_notation():
        return False
    parts = [getattr(simple_type, "item_type", None), *getattr(simple_type, "member_types", ()),
             getattr(simple_type, "base_type", None)]
    return all(_value_alone(p, depth + 1) for p in parts if p is not None and p is not simple_type)


class XsdAttributeGroup(_XsdAttributeGroup):
    """xmlschema's attribute group; what it requires and supplies is listed once, by prepare()."""

    listed: tuple[tuple[str, ...], dict[bool, tuple[tuple[str, str], ...]]] | None = None

    def iter_required(self) -> Iterator[str]:
        listed = self.listed
        return iter(listed[0]) if listed is not None else super().iter_required()

    def iter_value_constraints(self, use_defaults: bool = True) -> Iterator[tuple[str, str]]:
        listed = self.listed
        return iter(listed[1][use_defaults]) if listed is not None else super().iter_value_constraints(use_defaults)


class FastXMLSchema(XMLSchema10):
    """XSD 1.0 with the shortcuts above; build it, then call prepare()."""

    builders = XsdBuilders(group_class=XsdGroup, attribute_class=XsdAttribute,
                           attribute_group_class=XsdAttributeGroup)


def _bag_elements(group: _XsdGroup, found: Bag) -> bool:
    """Collect the elements of a choice whose every particle may occur once (minOccurs <= 1 <= maxOccurs)."""
    for item in group.content:
        if item.min_occurs > 1 or item.max_occurs == 0:
            return False
        if isinstance(item, _XsdGroup):
            if item.model != "choice" or not _bag_elements(item, found):
                return False
        elif type(item) is XsdElement and not item.substitutes and not item.abstract and item.name not in found:
            found[item.name] = item
        else:  # wildcard, substitution group, name seen twice: keep xmlschema's walk
            return False
    return True


def _bag(group: _XsdGroup) -> Bag | None:
    found: Bag = {}
    if group.model == "choice" and group.max_occurs is None and group.min_occurs <= 1 \
            and group.open_content is None and _bag_elements(group, found):
        return found
    return None


def _once(item: Any) -> bool:
    """An element particle that must occur exactly once and matches by its name alone."""
    return (type(item) is XsdElement and item.min_occurs == 1 and item.max_occurs == 1
            and not item.substitutes and not item.abstract)


def _headed_bag(group: _XsdGroup) -> tuple[tuple[XsdElement, ...], Bag, _XsdGroup] | None:
    """A sequence (once) of elements that occur once each, then a bag: its head, bag and last particle."""
    if group.model != "sequence" or group.min_occurs != 1 or group.max_occurs != 1 or group.open_content is not None \
            or len(group.content) < 2:
        return None
    *before, last = group.content
    head = tuple(item for item in before if isinstance(item, XsdElement) and _once(item))
    if len(head) < len(before) or not isinstance(last, _XsdGroup):
        return None
    bag = _bag(last)
    names = [item.name for item in head]
    if bag is None or len(set(names)) < len(names) or set(names) & set(bag):  # a name in two places: the walk
        return None
    return head, bag, last


def prepare(schema: XMLSchema10) -> None:
    """Mark the bags and the attributes of a built schema (kept when the schema is pickled)."""
    for group in schema.iter_components(XsdGroup):
        if isinstance(group, XsdGroup):  # always: iter_components is typed for any component class
            group.bag = _bag(group)
            if group.bag is None and (headed := _headed_bag(group)) is not None:
                group.head, group.bag, group.tail = headed
    for attribute in schema.iter_components(XsdAttribute):
        if isinstance(attribute, XsdAttribute) and attribute.fixed is None and _value_alone(attribute.type):
            attribute.accepted = set()
    for attributes in schema.iter_components(XsdAttributeGroup):
        if isinstance(attributes, XsdAttributeGroup):
            attributes.listed = None  # xmlschema's own answers, read once
            attributes.listed = (tuple(attributes.iter_required()),
                                 {flag: tuple(attributes.iter_value_constraints(flag)) for flag in (True, False)})
