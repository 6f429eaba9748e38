<?xml version="1.0" encoding="UTF-8"?>
<!--
  Letter parts: opener and closer blocks, dateline (right), address lines,
  salutation, signature; each keeps its typed line breaks.
-->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:render"
    exclude-result-prefixes="#all">

  <xsl:template match="tei:opener | tei:closer | tei:postscript | tei:address" mode="reading diplomatic">
    <div class="{local-name()}"><xsl:call-template name="tk:id"/><xsl:apply-templates mode="#current"/></div>
  </xsl:template>

  <xsl:template match="tei:dateline | tei:salute | tei:signed | tei:addrLine | tei:byline | tei:docDate | tei:trailer"
      mode="reading diplomatic">
    <xsl:element name="{if (tk:has-block(.)) then 'div' else if (tk:is-inline(.)) then 'span' else 'p'}">
      <xsl:attribute name="class" select="local-name()"/>
      <xsl:call-template name="tk:id"/>
      <xsl:apply-templates mode="#current"/>
    </xsl:element>
  </xsl:template>
</xsl:stylesheet>
