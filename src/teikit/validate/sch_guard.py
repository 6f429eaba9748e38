"""Keep compiled Schematron off the network.

Every call that loads a resource (``doc()``, ``document()``, ``unparsed-text()``...)
is rewritten to a ``tksch:`` guard function. A guard resolves the URI, and
unless it is a ``file:`` URI that exists inside the folder of the validated
document or of the schema, returns nothing at once and reports the look-up
through ``xsl:message`` so the run can list it as skipped. Saxon's own parser
refuses DOCTYPEs (:mod:`teikit.saxonsafe`), so a sibling it loads cannot pull
in an external DTD either.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

TKSCH = "urn:teikit:schematron"
SKIP_MARK = "tksch-skip"

_FUNCS = ("doc-available|doc|document|unparsed-text-available|unparsed-text-lines|unparsed-text|"
          "json-doc|uri-collection|collection")
# A call of one of those functions, not a longer name (my:doc, $doc, x-doc, document-node).
_CALL = re.compile(rf"(?<![\w.:$\-])(?:fn:)?({_FUNCS})\s*\(")
_LITERAL = re.compile(r"(\"[^\"]*\"|'[^']*')")
_VAR = re.compile(r"\$((?:[\w.\-]+:)?[\w.\-]+)")
_USER_FN = re.compile(r"(?<![\w.:$\-])([\w.\-]+:[\w.\-]+)\s*\(")


def _code_parts(expr: str) -> list[tuple[bool, str]]:
    """Split an XPath into (is_code, text) parts so string literals stay untouched."""
    return [(i % 2 == 0, part) for i, part in enumerate(_LITERAL.split(expr))]


def guard_calls(expr: str) -> str:
    """Rewrite resource-loading calls in ``expr`` to the guards."""
    return "".join(_CALL.sub(r"tksch:\1(", part) if code else part for code, part in _code_parts(expr))


_ARG_LITERAL = re.compile(r"""\s*(?:'([^']*)'|"([^"]*)")\s*[,)]""")


def lookups(expr: str) -> set[str]:
    """What ``expr`` may load: literal URIs, or "*" when the URI is computed.

    ``document('')`` (the schema itself) is left out: it is always local.
    """
    sites: set[str] = set()
    for m in _CALL.finditer(expr):
        literal = _ARG_LITERAL.match(expr, m.end())
        if literal is None:
            sites.add("*")
        else:
            href = literal.group(1) if literal.group(1) is not None else literal.group(2)
            if not (m.group(1) == "document" and href == ""):
                sites.add(href)
    return sites


def references(expr: str) -> tuple[set[str], set[str]]:
    """Variables and prefixed functions that ``expr`` uses (outside string literals)."""
    code = " ".join(part for is_code, part in _code_parts(expr) if is_code)
    return set(_VAR.findall(code)), set(_USER_FN.findall(code))


def _names(expr: str) -> set[str]:
    variables, functions = references(expr)
    return {f"${v}" for v in variables} | {f"{f}()" for f in functions}


def lookup_table(definitions: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
    """For each name (``$var`` / ``p:f()``), the look-ups its value may depend on.

    ``definitions`` pairs a name with the XPath text defining it; dependencies
    spread through references until nothing changes.
    """
    defs = list(definitions)
    table: dict[str, set[str]] = {}
    for name, expr in defs:
        table.setdefault(name, set()).update(lookups(expr))
    uses = {name: _names(expr) for name, expr in defs}
    changed = True
    while changed:
        changed = False
        for name, used in uses.items():
            before = len(table[name])
            for other in used:
                table[name] |= table.get(other, set())
            changed |= len(table[name]) != before
    return table


def depends_on(expr: str, table: dict[str, set[str]]) -> set[str]:
    deps = lookups(expr)
    for name in _names(expr):
        deps |= table.get(name, set())
    return deps


# The guards. tksch:check answers the URI to load, or () after reporting a skip.
LIBRARY = f"""
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tksch="{TKSCH}">
  <!-- Documents the caller parsed already (safely, once per run): a look-up of one of
       them takes it from here instead of parsing the file again. -->
  <xsl:param name="tksch-preloaded" as="map(xs:string, document-node())" select="map{{}}"/>
  <!-- The folders look-ups may read (file: URIs ending in "/", one a line): the validated
       document's and the schema's. Nothing is readable when the caller sets none. -->
  <xsl:param name="tksch-roots" as="xs:string" select="''"/>
  <xsl:function name="tksch:local-path" as="xs:string">
    <xsl:param name="uri" as="xs:string"/>
    <xsl:sequence select="replace($uri, '^[Ff][Ii][Ll][Ee]:/*', '/')"/>
  </xsl:function>
  <!-- Inside one of the roots, and with no dot segment or encoded dot or slash that the
       file system could read as a way out. -->
  <xsl:function name="tksch:inside-roots" as="xs:boolean">
    <xsl:param name="uri" as="xs:string"/>
    <xsl:variable name="path" select="tksch:local-path($uri)"/>
    <xsl:sequence select="not(matches($path, '(^|/)[.][.]?(/|$)|%2[eEfF]|%5[cC]')) and not(contains($path, codepoints-to-string(92)))
        and (some $root in tokenize($tksch-roots, '&#10;')[. != ''] satisfies starts-with($path, tksch:local-path($root)))"/>
  </xsl:function>
  <xsl:function name="tksch:skip" as="empty-sequence()">
    <xsl:param name="fn" as="xs:string"/>
    <xsl:param name="href" as="xs:string"/>
    <xsl:param name="reason" as="xs:string"/>
    <xsl:message select="string-join(('{SKIP_MARK}', $fn, $href, $reason), '&#9;')"/>
  </xsl:function>
  <xsl:function name="tksch:check" as="xs:string?">
    <xsl:param name="fn" as="xs:string"/>
    <xsl:param name="href" as="xs:string"/>
    <xsl:param name="base" as="xs:string?"/>
    <xsl:variable name="uri" as="xs:string?">
      <xsl:try select="string(resolve-uri($href, $base))"><xsl:catch select="()"/></xsl:try>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="empty($uri)"><xsl:sequence select="tksch:skip($fn, $href, 'cannot resolve the URI')"/></xsl:when>
      <xsl:when test="not(starts-with(lower-case($uri), 'file:'))">
        <xsl:sequence select="tksch:skip($fn, $href, 'not a local file and network access is disabled')"/>
      </xsl:when>
      <xsl:when test="not(tksch:inside-roots($uri))">
        <xsl:sequence select="tksch:skip($fn, $href, 'outside the folders of the document and the schema')"/>
      </xsl:when>
      <xsl:otherwise><xsl:sequence select="$uri"/></xsl:otherwise>
    </xsl:choose>
  </xsl:function>
  <xsl:function name="tksch:load" as="document-node()?">
    <xsl:param name="fn" as="xs:string"/>
    <xsl:param name="href" as="xs:string"/>
    <xsl:param name="base" as="xs:string?"/>
    <xsl:variable name="uri" select="tksch:check($fn, $href, $base)"/>
    <xsl:variable name="preloaded" select="if (exists($uri)) then $tksch-preloaded($uri) else ()"/>
    <xsl:sequence select="if (empty($uri)) then ()
        else if (exists($preloaded)) then $preloaded
        else if (doc-available($uri)) then doc($uri)
        else tksch:skip($fn, $href, 'not found or not well-formed')"/>
  </xsl:function>
  <xsl:function name="tksch:doc" as="document-node()?">
    <xsl:param name="href" as="xs:string?"/>
    <xsl:sequence select="if (empty($href)) then () else tksch:load('doc', $href, static-base-uri())"/>
  </xsl:function>
  <xsl:function name="tksch:doc-available" as="xs:boolean">
    <xsl:param name="href" as="xs:string?"/>
    <xsl:variable name="uri" select="if (empty($href)) then () else tksch:check('doc-available', $href, static-base-uri())"/>
    <xsl:sequence select="exists($uri) and (exists($tksch-preloaded($uri)) or doc-available($uri))"/>
  </xsl:function>
  <xsl:function name="tksch:document" as="node()*">
    <xsl:param name="hrefs" as="item()*"/>
    <xsl:sequence select="for $h in $hrefs return tksch:load('document', string($h),
        if ($h instance of node()) then string(base-uri($h)) else static-base-uri())"/>
  </xsl:function>
  <xsl:function name="tksch:document" as="node()*">
    <xsl:param name="hrefs" as="item()*"/>
    <xsl:param name="base" as="node()"/>
    <xsl:sequence select="for $h in $hrefs return tksch:load('document', string($h), string(base-uri($base)))"/>
  </xsl:function>
  <xsl:function name="tksch:text-uri" as="xs:string?">
    <xsl:param name="fn" as="xs:string"/>
    <xsl:param name="href" as="xs:string"/>
    <xsl:param name="encoding" as="xs:string?"/>
    <xsl:variable name="uri" select="tksch:check($fn, $href, static-base-uri())"/>
    <xsl:sequence select="if (empty($uri)) then ()
        else if (if (empty($encoding)) then unparsed-text-available($uri) else unparsed-text-available($uri, $encoding)) then $uri
        else tksch:skip($fn, $href, 'not found or not text')"/>
  </xsl:function>
  <xsl:function name="tksch:unparsed-text" as="xs:string?">
    <xsl:param name="href" as="xs:string?"/>
    <xsl:sequence select="tksch:text-uri('unparsed-text', $href, ()) ! unparsed-text(.)"/>
  </xsl:function>
  <xsl:function name="tksch:unparsed-text" as="xs:string?">
    <xsl:param name="href" as="xs:string?"/>
    <xsl:param name="encoding" as="xs:string"/>
    <xsl:sequence select="tksch:text-uri('unparsed-text', $href, $encoding) ! unparsed-text(., $encoding)"/>
  </xsl:function>
  <xsl:function name="tksch:unparsed-text-lines" as="xs:string*">
    <xsl:param name="href" as="xs:string?"/>
    <xsl:sequence select="tksch:text-uri('unparsed-text-lines', $href, ()) ! unparsed-text-lines(.)"/>
  </xsl:function>
  <xsl:function name="tksch:unparsed-text-lines" as="xs:string*">
    <xsl:param name="href" as="xs:string?"/>
    <xsl:param name="encoding" as="xs:string"/>
    <xsl:sequence select="tksch:text-uri('unparsed-text-lines', $href, $encoding) ! unparsed-text-lines(., $encoding)"/>
  </xsl:function>
  <xsl:function name="tksch:unparsed-text-available" as="xs:boolean">
    <xsl:param name="href" as="xs:string?"/>
    <xsl:variable name="uri" select="if (empty($href)) then () else tksch:check('unparsed-text-available', $href, static-base-uri())"/>
    <xsl:sequence select="exists($uri) and unparsed-text-available($uri)"/>
  </xsl:function>
  <xsl:function name="tksch:unparsed-text-available" as="xs:boolean">
    <xsl:param name="href" as="xs:string?"/>
    <xsl:param name="encoding" as="xs:string"/>
    <xsl:variable name="uri" select="if (empty($href)) then () else tksch:check('unparsed-text-available', $href, static-base-uri())"/>
    <xsl:sequence select="exists($uri) and unparsed-text-available($uri, $encoding)"/>
  </xsl:function>
  <xsl:function name="tksch:json-doc" as="item()?">
    <xsl:param name="href" as="xs:string?"/>
    <xsl:sequence select="tksch:text-uri('json-doc', $href, ()) ! json-doc(.)"/>
  </xsl:function>
  <xsl:function name="tksch:json-doc" as="item()?">
    <xsl:param name="href" as="xs:string?"/>
    <xsl:param name="options" as="map(*)"/>
    <xsl:sequence select="tksch:text-uri('json-doc', $href, ()) ! json-doc(., $options)"/>
  </xsl:function>
  <xsl:function name="tksch:collection" as="item()*">
    <xsl:sequence select="collection()"/>
  </xsl:function>
  <xsl:function name="tksch:collection" as="item()*">
    <xsl:param name="href" as="xs:string?"/>
    <xsl:sequence select="if (empty($href)) then collection() else tksch:check('collection', $href, static-base-uri()) ! collection(.)"/>
  </xsl:function>
  <xsl:function name="tksch:uri-collection" as="xs:anyURI*">
    <xsl:sequence select="uri-collection()"/>
  </xsl:function>
  <xsl:function name="tksch:uri-collection" as="xs:anyURI*">
    <xsl:param name="href" as="xs:string?"/>
    <xsl:sequence select="if (empty($href)) then uri-collection() else tksch:check('uri-collection', $href, static-base-uri()) ! uri-collection(.)"/>
  </xsl:function>
  <!-- Where a finding is: 1-based element-child indexes from the root, then @{{ns}}name.
       The indexes come from an accumulator, which numbers the document's elements in one pass:
       counting preceding siblings per finding made 20 000 findings in one paragraph quadratic.
       A node of another document (a subject there) is counted the slow way. -->
  <xsl:mode use-accumulators="tksch:path"/>
  <xsl:accumulator name="tksch:path" as="xs:integer*" initial-value="0">
    <!-- the open elements' positions, then a counter of the children of the innermost -->
    <xsl:accumulator-rule match="*" phase="start" select="$value[position() lt last()], $value[last()] + 1, 0"/>
    <xsl:accumulator-rule match="*" phase="end" select="$value[position() lt last()]"/>
  </xsl:accumulator>
  <xsl:function name="tksch:loc" as="xs:string">
    <xsl:param name="n" as="node()?"/>
    <xsl:variable name="e" select="if ($n instance of element()) then $n else $n/parent::*"/>
    <xsl:variable name="steps" as="xs:integer*">
      <xsl:try select="$e ! accumulator-before('tksch:path')[position() lt last()]">
        <xsl:catch select="$e/ancestor-or-self::* ! (count(preceding-sibling::*) + 1)"/>
      </xsl:try>
    </xsl:variable>
    <xsl:sequence select="string-join(($steps ! string(.),
        if ($n instance of attribute()) then concat('@{{', namespace-uri($n), '}}', local-name($n)) else ()), ' ')"/>
  </xsl:function>
</xsl:stylesheet>
"""
