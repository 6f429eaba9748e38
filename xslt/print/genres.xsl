<?xml version="1.0" encoding="UTF-8"?>
<!--
  Print counterparts of the genre modules: an apparatus entry as a lettered footnote at its
  lemma (apparatus.xsl), a speaker heading or transcript comment in place (speech.xsl), above
  the print note templates that would make them footnotes.
-->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:render"
    xmlns:pr="urn:teikit:print"
    exclude-result-prefixes="#all">

  <xsl:template name="tk:app-call">
    <span class="footnote app-note" data-n="{format-integer(tk:app-number(.), 'a')}">
      <xsl:apply-templates select="." mode="tk:app-entry">
        <xsl:with-param name="app-view" select="$pr:mode" tunnel="yes"/>
      </xsl:apply-templates>
    </span>
  </xsl:template>

  <xsl:template match="tei:note[tk:note-in-place(.)]" mode="reading diplomatic" priority="25">
    <xsl:call-template name="tk:in-place-note"/>
  </xsl:template>
</xsl:stylesheet>
