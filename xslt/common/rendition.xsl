<?xml version="1.0" encoding="UTF-8"?>
<!--
  How the source looked: @rend tokens, @style CSS and @rendition="#id" (tagsDecl/rendition)
  become classes ("r-sup", "r-italic", …) that teikit.css and print.css style. Only the
  properties of $tk:css-rules are read: no CSS of the document reaches the page.
  A @rendition id the document does not define is looked up in the DTA base format's
  well-known renditions (#i, #b, #g, #sup, …), which DTA files use without a tagsDecl.
-->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:render"
    exclude-result-prefixes="#all">

  <!-- @rend tokens (lower case; TEI Simple's "simple:" prefix dropped) -> class. -->
  <xsl:variable name="tk:rend-tokens" as="map(xs:string, xs:string)" select="map{
      'italic': 'r-italic', 'italics': 'r-italic', 'it': 'r-italic', 'i': 'r-italic', 'ital': 'r-italic',
      'bold': 'r-bold', 'b': 'r-bold', 'strong': 'r-bold',
      'sup': 'r-sup', 'super': 'r-sup', 'superscript': 'r-sup', 'sup.': 'r-sup',
      'sub': 'r-sub', 'subscript': 'r-sub',
      'sc': 'r-smallcaps', 'smallcaps': 'r-smallcaps', 'small-caps': 'r-smallcaps', 'smcap': 'r-smallcaps',
      'underline': 'r-underline', 'underlined': 'r-underline', 'u': 'r-underline', 'ul': 'r-underline',
      'strikethrough': 'r-strike', 'strike': 'r-strike', 'line-through': 'r-strike', 'overstrike': 'r-strike',
      'center': 'r-center', 'centre': 'r-center', 'centered': 'r-center', 'centred': 'r-center',
      'right': 'r-right', 'align-right': 'r-right', 'right-aligned': 'r-right', 'flush-right': 'r-right',
      'spaced-out': 'r-spaced', 'spaced': 'r-spaced', 'letterspace': 'r-spaced', 'letterspaced': 'r-spaced',
      'gesperrt': 'r-spaced', 'sperrsatz': 'r-spaced',
      'indent': 'r-indent', 'indented': 'r-indent',
      'uppercase': 'r-upper', 'allcaps': 'r-upper', 'capitals': 'r-upper'}"/>

  <!-- Whitelisted CSS: property -> (value pattern, class) pairs; the first matching pair wins. -->
  <xsl:variable name="tk:css-rules" as="map(xs:string, array(xs:string)*)" select="map{
      'font-style': (['^(italic|oblique)', 'r-italic']),
      'font-weight': (['^(bold|bolder|[6-9]00)$', 'r-bold']),
      'font-variant': (['small-caps', 'r-smallcaps']),
      'font-variant-caps': (['small-caps', 'r-smallcaps']),
      'vertical-align': (['^(super|sup|top|text-top)$', 'r-sup'], ['^(sub|bottom|text-bottom)$', 'r-sub']),
      'text-decoration': (['underline', 'r-underline'], ['line-through', 'r-strike']),
      'text-decoration-line': (['underline', 'r-underline'], ['line-through', 'r-strike']),
      'border-bottom': (['(solid|double)', 'r-underline']),
      'text-align': (['^cent(er|re)$', 'r-center'], ['^(right|end)$', 'r-right']),
      'letter-spacing': (['^[0-9.]+(em|ex|pt|px|rem)$', 'r-spaced']),
      'text-transform': (['^uppercase$', 'r-upper']),
      'margin-left': (['^[1-9][0-9.]*(em|ex|pt|px|rem)$', 'r-indent']),
      'padding-left': (['^[1-9][0-9.]*(em|ex|pt|px|rem)$', 'r-indent']),
      'text-indent': (['^[1-9][0-9.]*(em|ex|pt|px|rem)$', 'r-indent'])}"/>

  <!-- The DTA base format's renditions (www.deutschestextarchiv.de/doku/basisformat/), for ids a
       document uses without defining them. -->
  <xsl:variable name="tk:dta-renditions" as="map(xs:string, xs:string)" select="map{
      'b': 'font-weight:bold', 'i': 'font-style:italic', 'g': 'letter-spacing:0.125em',
      'k': 'font-variant:small-caps', 'u': 'text-decoration:underline', 'uu': 'border-bottom:double 3px',
      's': 'text-decoration:line-through', 'sup': 'vertical-align:super', 'sub': 'vertical-align:sub',
      'c': 'text-align:center', 'right': 'text-align:right', 'et': 'margin-left:2em', 'et2': 'margin-left:4em'}"/>

  <!-- Classes of one CSS fragment ("font-style: italic; vertical-align: sub"). -->
  <xsl:function name="tk:css-classes" as="xs:string*">
    <xsl:param name="css" as="xs:string?"/>
    <xsl:for-each select="tokenize(lower-case(string($css)), ';')[contains(., ':')]">
      <xsl:variable name="property" select="normalize-space(substring-before(., ':'))"/>
      <xsl:variable name="value" select="normalize-space(replace(substring-after(., ':'), '!important', ''))"/>
      <xsl:sequence select="(for $rule in $tk:css-rules($property) return $rule(2)[matches($value, $rule(1))])[1]"/>
    </xsl:for-each>
  </xsl:function>

  <!-- Classes of @rend: known tokens, and CSS written into @rend ("font-style:italic"). -->
  <xsl:function name="tk:rend-classes" as="xs:string*">
    <xsl:param name="rend" as="xs:string?"/>
    <xsl:variable name="r" select="lower-case(normalize-space($rend))"/>
    <xsl:sequence select="if (contains($r, ':') and not(matches($r, '^(simple:\S+\s*)+$'))) then tk:css-classes($r)
        else for $t in tokenize($r, ' ')
             return $tk:rend-tokens(if (contains($t, ':') or contains($t, '(')) then replace($t, '^simple:|\(\d+\)$', '') else $t)"/>
  </xsl:function>

  <!-- Classes of @rendition: each "#id" read from the document's tagsDecl (CSS, or rend-like
       tokens when its scheme says so), else from the DTA renditions; "simple:x" as a @rend token. -->
  <xsl:function name="tk:rendition-classes" as="xs:string*">
    <xsl:param name="el" as="element()"/>
    <xsl:for-each select="tokenize(normalize-space($el/@rendition), ' ')">
      <xsl:variable name="defined" select="tk:local-target($el, .)[self::tei:rendition]"/>
      <xsl:sequence select="
          if (exists($defined)) then
            (if ($defined/@scheme = ('free', 'simple') and not(contains($defined, ':'))) then tk:rend-classes($defined)
             else tk:css-classes(string($defined)))
          else if (starts-with(., '#')) then tk:css-classes($tk:dta-renditions(substring(., 2)))
          else tk:rend-classes(.)"/>
    </xsl:for-each>
  </xsl:function>

  <!-- Every rendition class of an element, each once, in a stable order. -->
  <xsl:function name="tk:look" as="xs:string*">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="distinct-values(($el/@rend ! tk:rend-classes(.), $el/@style ! tk:css-classes(.),
                                           $el/@rendition ! tk:rendition-classes($el)))"/>
  </xsl:function>

  <!-- Any element of the text with a look: its own rendering, the look's classes added to the
       element it produced (not to a passage or mention anchor); hi and emph add their own. Below the passage anchors (20)
       and the diplomatic note and gap templates, above the diplomatic brackets (10). -->
  <xsl:template match="*[@rend or @style or @rendition][not(self::tei:note or self::tei:hi or self::tei:emph)]"
      mode="reading diplomatic" priority="15">
    <xsl:variable name="look" select="tk:look(.)"/>
    <xsl:choose>
      <xsl:when test="empty($look)"><xsl:next-match/></xsl:when>
      <xsl:otherwise>
        <xsl:variable name="own" as="node()*"><xsl:next-match/></xsl:variable>
        <xsl:variable name="host" select="$own[self::*][not(tokenize(@class) = ('passage-anchor', 'mention-anchor'))][1]"/>
        <xsl:for-each select="$own">
          <xsl:choose>
            <xsl:when test=". is $host">
              <xsl:copy>
                <xsl:sequence select="@* except @class"/>
                <xsl:attribute name="class" select="string-join(distinct-values((tokenize(@class), $look)), ' ')"/>
                <xsl:sequence select="node()"/>
              </xsl:copy>
            </xsl:when>
            <xsl:otherwise><xsl:sequence select="."/></xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The HTML element for hi: the phrase element its look means, else a span. -->
  <xsl:function name="tk:hi-element" as="xs:string">
    <xsl:param name="look" as="xs:string*"/>
    <xsl:variable name="phrase" select="map{'r-sup': 'sup', 'r-sub': 'sub', 'r-italic': 'i', 'r-bold': 'b',
                                             'r-underline': 'u', 'r-strike': 's'}"/>
    <xsl:sequence select="($look ! $phrase(.), 'span')[1]"/>
  </xsl:function>
</xsl:stylesheet>
