<?xml version="1.0" encoding="UTF-8"?>
<!--
  Generic fallback for elements no module knows (any namespace): a <span> in
  running text, a <div> otherwise, class "tei-NAME", content kept. Nothing of
  the text is ever dropped; comments and processing instructions are not text.
-->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:render"
    exclude-result-prefixes="#all">

  <xsl:mode name="reading" on-no-match="text-only-copy"/>
  <xsl:mode name="diplomatic" on-no-match="text-only-copy"/>

  <!-- In a span (tk:in-span) every unknown descendant is a span too: it holds no block, or the
       span would have been a div. -->
  <xsl:template match="*" mode="reading diplomatic" priority="-10">
    <xsl:param name="tk:in-span" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:variable name="inline" select="($tk:in-span or tk:is-inline(.)) and not(tk:has-block(.))"/>
    <xsl:element name="{if ($inline) then 'span' else 'div'}">
      <xsl:attribute name="class" select="'tei-' || replace(local-name(), '[^A-Za-z0-9_-]', '')"/>
      <xsl:if test="tk:safe-lang(@xml:lang)"><xsl:attribute name="lang" select="@xml:lang"/></xsl:if>
      <xsl:apply-templates mode="#current"><xsl:with-param name="tk:in-span" select="$inline" tunnel="yes"/></xsl:apply-templates>
    </xsl:element>
  </xsl:template>

  <!-- Metadata inside <text> that a reader need not see as running text keeps its words anyway. -->
  <xsl:template match="comment() | processing-instruction()" mode="reading diplomatic"/>
</xsl:stylesheet>
