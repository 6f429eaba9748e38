<?xml version="1.0" encoding="UTF-8"?>
<!--
  teikit reading view: one TEI document -> one HTML5 page.

  The text for reading: abbreviations expanded (abbreviation in a tooltip),
  corrections and supplied words integrated and lightly marked, [SIC] as a
  small mark, gaps as […], notes as numbered endnotes linked both ways, speaker
  turns as a dialogue, names linked to the register with a short card, dates
  as <time datetime>.

  Source: a TEI P5 document (teikit's encoding, docs/encoding.md; any TEI renders).
  Parameters (all optional):
    css-href        stylesheet URL relative to the page             default 'assets/teikit.css'
    index-href      link to the edition index ('' = no link)        default 'index.html'
    register-uri    register TEI, resolved against the TEI file     default 'register.xml'
                    (missing file: names are linked without cards)
    register-pages  folder URL of persons.html, organisations.html,
                    places.html ('' = same folder, else end in '/') default ''
    doc-base        base file name of this document's three pages   default: the TEI file's stem
  Pages: STEM.html (reading), STEM.diplomatic.html, STEM.sidebyside.html.
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
      <xsl:with-param name="view" select="'reading'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="tk:document-body">
    <xsl:param name="idp" as="xs:string" select="''" tunnel="yes"/>
    <article class="text reading" id="{$idp}text" aria-label="Text">
      <xsl:apply-templates select="tk:text-parts(.)" mode="reading"/>
    </article>
    <xsl:call-template name="tk:apparatus-section"/>
    <xsl:call-template name="tk:notes-section"/>
  </xsl:template>
</xsl:stylesheet>
