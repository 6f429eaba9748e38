<?xml version="1.0" encoding="UTF-8"?>
<!--
  Verse: lg as a stanza (nested lg as its parts), l as a line. Every fifth line shows its
  number in the margin (CSS, from data-n: no digits enter the text): @n when the text numbers its
  lines, else counted per document, a line split between speakers (@part M or F) counting once.
  Indentation and alignment come from the line's look (rendition.xsl).
-->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:render"
    exclude-result-prefixes="#all">

  <!-- Every $every-th line's number, by generate-id, in every document of the source (one TEI, or
       a corpus for print): @n when the text numbers its lines, else counted, the rest of a line
       split between speakers (@part M, F) not counted. -->
  <xsl:function name="tk:number-lines" as="map(xs:string, xs:string)">
    <xsl:param name="root" as="document-node()"/>
    <xsl:param name="every" as="xs:integer"/>
    <xsl:sequence select="map:merge(
        for $tei in ($root/tei:TEI | $root/tei:teiCorpus//tei:TEI)
        return let $lines := $tei/tei:text//tei:l
        return if (exists($lines[@n])) then $lines[@n][not(@n castable as xs:integer and xs:integer(@n) mod $every != 0)]
                                             ! map{generate-id(.): normalize-space(@n)}
               else $lines[not(@part = ('M', 'F', 'm', 'f'))] ! (if (position() mod $every = 0) then map{generate-id(.): string(position())} else ()))"/>
  </xsl:function>

  <!-- The numbers in the margin: every fifth line, so most lines cost one failed lookup. -->
  <xsl:variable name="tk:margin-numbers" as="map(xs:string, xs:string)" select="tk:number-lines(/, 5)"/>
  <!-- Every line's number (the apparatus gives the line of each entry); built only when asked for. -->
  <xsl:variable name="tk:line-numbers" as="map(xs:string, xs:string)" select="tk:number-lines(/, 1)"/>

  <xsl:function name="tk:line-number" as="xs:string?">
    <xsl:param name="l" as="element()"/>
    <xsl:sequence select="$tk:line-numbers(generate-id($l))"/>
  </xsl:function>

  <xsl:template match="tei:lg" mode="reading diplomatic">
    <div class="{normalize-space('lg ' || tk:class(@type))}"><xsl:call-template name="tk:id"/><xsl:apply-templates mode="#current"/></div>
  </xsl:template>

  <xsl:template match="tei:l" mode="reading diplomatic">
    <xsl:variable name="n" select="$tk:margin-numbers(generate-id())"/>
    <xsl:element name="{if (tk:is-inline(.)) then 'span' else 'div'}">
      <xsl:attribute name="class" select="normalize-space('l ' || (if (@part = ('M', 'F', 'm', 'f')) then 'part-' || upper-case(@part) else ''))"/>
      <xsl:call-template name="tk:id"/>
      <xsl:if test="$n castable as xs:integer">
        <xsl:attribute name="data-n" select="$n"/>
      </xsl:if>
      <xsl:apply-templates mode="#current"/>
    </xsl:element>
  </xsl:template>
</xsl:stylesheet>
