"""The Schematron -> XSLT 3.0 compiler, one construct at a time, on crafted schemas."""

from __future__ import annotations

from pathlib import Path

import pytest

from teikit.validate import Diagnostic, SchematronError, compile_schematron, load_schematron, validate

DATA = Path(__file__).parents[1] / "data" / "validate"


def run(schema: str, doc: str, phase: str | None = None) -> list[Diagnostic]:
    return validate([DATA / doc], [str(DATA / schema)], phase=phase)


def by_rule(found: list[Diagnostic]) -> dict[str, list[Diagnostic]]:
    out: dict[str, list[Diagnostic]] = {}
    for d in found:
        out.setdefault(d.rule, []).append(d)
    return out


@pytest.fixture(scope="module")
def basic() -> dict[str, list[Diagnostic]]:
    return by_rule(run("basic.sch", "basic.xml"))


def test_assert_with_lets_value_of_name_and_diagnostics(basic: dict[str, list[Diagnostic]]) -> None:
    (d,) = basic["list-too-long"]  # global let $max-items, rule let $n
    assert d.message == "list has 4 items, at most 3 allowed in list"
    assert d.hint == "remove 1 item(s)"  # diagnostic evaluated in the assert's context
    assert (d.line, d.col, d.severity) == (3, 3, "error")


def test_report_with_pattern_let_and_role(basic: dict[str, list[Diagnostic]]) -> None:
    found = basic["many-items"]  # pattern let, evaluated once at the root
    assert [d.message for d in found] == ["document has 5 items"] * 2
    assert {d.severity for d in found} == {"warning"}


def test_first_matching_rule_wins_within_a_pattern(basic: dict[str, list[Diagnostic]]) -> None:
    assert "never" not in basic  # the item with @special only fired the first rule
    assert [(d.line, d.severity) for d in basic["special"]] == [(5, "info")]
    # ... but another pattern still sees the same node
    assert [d.line for d in basic["special-x"]] == [5]


def test_flag_sets_severity_and_name_path(basic: dict[str, list[Diagnostic]]) -> None:
    (d,) = basic["item-empty"]
    assert d.severity == "error" and d.message == "empty list child"
    assert (d.line, d.col) == (7, 5)  # where the multi-line start tag begins


def test_attribute_context_points_at_the_attribute(basic: dict[str, list[Diagnostic]]) -> None:
    (d,) = basic["n-integer"]
    assert d.message == "@n must be an integer, not 'four'"
    assert (d.line, d.col) == (8, 9)


def test_phases() -> None:
    assert {d.rule for d in run("phases.sch", "basic.xml")} == {"a-ran"}  # defaultPhase
    full = run("phases.sch", "basic.xml", phase="full")
    assert {d.rule for d in full} == {"a-ran", "b-ran"}
    assert "pattern b ran in phase full" in {d.message for d in full}  # phase let
    with pytest.raises(SchematronError, match="no phase"):
        compile_schematron(DATA / "phases.sch", phase="nope")


def test_abstract_pattern_and_abstract_rule() -> None:
    found = by_rule(run("abstract.sch", "abstract.xml"))
    assert [d.message for d in found["missing-child"]] == ["list needs a child"]  # is-a + params
    assert [d.message for d in found["no-text"]] == ["element item has no text"]  # extends
    assert [d.severity for d in found["has-n"]] == ["info"]  # the rule's own report stays


def test_include() -> None:
    assert [d.rule for d in run("include-main.sch", "basic.xml")] == ["included-ran"]


def test_embedded_xsl_function_and_key() -> None:
    found = by_rule(run("xslfunc.sch", "xslfunc.xml"))
    assert [(d.line, d.message) for d in found["ref-target"]] == [(4, "no item with n=2")]
    assert [d.message for d in found["double-small"]] == ["double of 7 is 14"]


def test_dynamic_error_is_reported_and_the_rest_still_runs() -> None:
    found = run("runtime-error.sch", "runtime-error.xml")
    assert [(d.line, d.rule) for d in found] == [(2, "positive"), (3, "positive")]
    assert "could not be evaluated" in found[0].message and "FORG0001" in found[0].message
    assert found[1].message == "n must be positive"


def test_remote_lookups_are_skipped_fast_and_reported() -> None:
    load_schematron(DATA / "remote.sch")  # compile outside the timing
    found = run("remote.sch", "remote.xml")  # each look-up reported as skipped: none was attempted
    skipped = [d.message for d in found if d.rule == "schematron-lookup-skipped"]
    assert "doc('http://10.255.255.1/codes.xml') skipped: not a local file and network access is disabled" in skipped
    assert any(m.startswith("doc-available('https://") for m in skipped)
    assert any(m.startswith("unparsed-text('ftp://") for m in skipped)
    assert "2 finding(s) not reported: their rules depend on skipped look-ups" in skipped
    assert "remote-code" not in {d.rule for d in found}  # not claimed as a document error
    # a local doc() still works, and its rule still reports
    assert [d.message for d in found if d.rule == "local-code"] == ["code z is not in lookup.xml"]


def test_compiled_once_per_process() -> None:
    assert load_schematron(DATA / "basic.sch") is load_schematron(DATA / "basic.sch")


def test_compiled_xslt_has_no_raw_resource_calls() -> None:
    xslt = compile_schematron(DATA / "remote.sch").xslt
    assert "tksch:doc('http://10.255.255.1/codes.xml')" in xslt
    assert "select=\"doc('http" not in xslt


@pytest.mark.parametrize(("context", "only"), [
    ("tei:*[@ref or @who]", True), ("tei:correspAction[@type = 'sent']/tei:date", True),
    ("tei:persName | tei:orgName", True), ("tei:*[tokenize(@rend, ' ') = ('a', 'b]')]", True),
    ("//tei:p[a[b]]", True), ("*", True), ("*:p", True),
    ("@ref", False), ("tei:p/@n", False), ("text()", False), ("node()", False), ("/", False), (".", False),
    ("child::tei:p", False), ("tei:p | @x", False), ("tei:p except tei:q", False), ("comment()", False),
])
def test_elements_only_contexts(context: str, only: bool) -> None:
    """A pattern walks the elements alone only when no rule context could match anything else."""
    from teikit.validate.schematron import elements_only

    assert elements_only(context) is only


def test_element_walk_only_where_it_is_exact() -> None:
    teikit = compile_schematron(Path(__file__).parents[2] / "schema" / "teikit.sch").xslt
    assert 'select="@*|node()"' not in teikit and 'select="*" mode="#current"' in teikit
    attributes = compile_schematron(DATA / "basic.sch").xslt  # a rule on t:item/@n: attributes visited there
    assert 'select="@*|node()"' in attributes and 'select="*" mode="#current"' in attributes
