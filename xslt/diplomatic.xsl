<?xml version="1.0" encoding="UTF-8"?>
<!--
  teikit diplomatic view: one TEI document -> one HTML5 page with the text as
  transcribed. Brackets are printed exactly as typed (restored from
  @rend="brackets": [and], [SIC], [...], [?], [kontroliruetsya],
  [Translator's note: …], RWP [Romanian Workers' Party]); asterisk calls and
  notes stand where they stood; abbreviations are not expanded (expansions the
  source typed stay as typed); lb is a line break. The words of the
  <article class="text"> element are the diplomatic text of docs/encoding.md.

  Source: a TEI P5 document.
  Parameters (all optional):
    css-href         stylesheet URL relative to the page            default 'assets/teikit.css'
    index-href       link to the edition index ('' = no link)       default 'index.html'
    register-uri     register TEI (used for highlight tooltips)     default 'register.xml'
    register-pages   folder URL of the register pages               default ''
    doc-base         base file name of this document's pages        default: the TEI file's stem
    highlight-names  xs:boolean: colour persons, organisations,
                     places and dates                               default false()
-->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:render"
    exclude-result-prefixes="#all">

  <xsl:import href="common/all.xsl"/>

  <xsl:template match="/">
    <xsl:call-template name="tk:document-page">
      <xsl:with-param name="view" select="'diplomatic'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="tk:document-body">
    <xsl:param name="idp" as="xs:string" select="''" tunnel="yes"/>
    <xsl:if test="$highlight-names">
      <p class="legend" aria-label="Highlighting">
        <span class="name person hl">person</span> <span class="name org hl">organisation</span>
        <span class="name place hl">place</span> <span class="date hl">date</span>
      </p>
    </xsl:if>
    <article class="text diplomatic" id="{$idp}text" aria-label="Diplomatic transcription">
      <xsl:apply-templates select="tk:text-parts(.)" mode="diplomatic"/>
    </article>
    <xsl:call-template name="tk:apparatus-section">
      <xsl:with-param name="app-view" select="'diplomatic'" tunnel="yes"/>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
