<?xml version="1.0" encoding="UTF-8"?>
<!--
  teikit side-by-side view: the reading text and the diplomatic transcription
  of one TEI document in two columns, aligned paragraph by paragraph (one row
  per block: p, head, speaker, list, dateline, salute, note standing in the
  text …; divisions, speaker turns, openers and closers are walked into).
  Ids get a column prefix ("r-", "d-") so both columns can link inside.

  Source: a TEI P5 document.
  Parameters: as reading.xsl and diplomatic.xsl (css-href, index-href,
  register-uri, register-pages, doc-base, highlight-names for the
  diplomatic column).
-->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:render"
    exclude-result-prefixes="#all">

  <xsl:import href="common/all.xsl"/>

  <!-- Containers: walked into, so their blocks become rows. -->
  <xsl:variable name="tk:sbs-containers" as="xs:string*"
      select="('text', 'group', 'front', 'back', 'body', 'div', 'div1', 'div2', 'div3', 'div4', 'div5', 'sp',
               'opener', 'closer', 'postscript', 'floatingText', 'sourceDoc', 'facsimile', 'surfaceGrp', 'surface', 'zone')"/>

  <xsl:mode name="tk:sbs" on-no-match="shallow-skip"/>

  <xsl:template match="/">
    <xsl:call-template name="tk:document-page">
      <xsl:with-param name="view" select="'sidebyside'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="tk:document-body">
    <xsl:param name="idp" as="xs:string" select="''" tunnel="yes"/>
    <div class="sbs" role="table" aria-label="Reading text and diplomatic transcription">
      <div class="row sbs-head" role="row">
        <h2 class="col" role="columnheader">Reading text</h2>
        <h2 class="col" role="columnheader">Diplomatic transcription</h2>
      </div>
      <xsl:apply-templates select="tk:text-parts(.)" mode="tk:sbs"/>
    </div>
    <xsl:call-template name="tk:apparatus-section">
      <xsl:with-param name="idp" select="'r-'" tunnel="yes"/>
    </xsl:call-template>
    <xsl:call-template name="tk:notes-section">
      <xsl:with-param name="idp" select="$idp || 'r-'" tunnel="yes"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="*[local-name() = $tk:sbs-containers]" mode="tk:sbs">
    <xsl:param name="idp" as="xs:string" select="''" tunnel="yes"/>
    <xsl:if test="@xml:id">
      <!-- Link targets for refs to this division, one per column. -->
      <span id="{$idp}r-{@xml:id}" class="target"/><span id="{$idp}d-{@xml:id}" class="target"/>
    </xsl:if>
    <xsl:apply-templates mode="tk:sbs"/>
  </xsl:template>

  <xsl:template match="*" mode="tk:sbs">
    <xsl:call-template name="tk:row"><xsl:with-param name="nodes" select="."/></xsl:call-template>
  </xsl:template>

  <!-- Text typed directly in a container still gets its row. -->
  <xsl:template match="text()[normalize-space()]" mode="tk:sbs">
    <xsl:call-template name="tk:row"><xsl:with-param name="nodes" select="."/></xsl:call-template>
  </xsl:template>

  <!-- An empty page break or anchor between blocks is not worth a row of its own. -->
  <xsl:template match="tei:pb | tei:cb | tei:milestone | tei:lb" mode="tk:sbs"/>

  <xsl:template name="tk:row">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:param name="idp" as="xs:string" select="''" tunnel="yes"/>
    <div class="row {if ($nodes/self::tei:sp or $nodes/self::tei:speaker) then 'turn' else ''}" role="row">
      <div class="col reading" role="cell">
        <xsl:apply-templates select="$nodes" mode="reading"><xsl:with-param name="idp" select="$idp || 'r-'" tunnel="yes"/></xsl:apply-templates>
      </div>
      <div class="col diplomatic" role="cell">
        <!-- one apparatus band, below the reading column, for the calls of both columns -->
        <xsl:apply-templates select="$nodes" mode="diplomatic"><xsl:with-param name="idp" select="$idp || 'd-'" tunnel="yes"/>
          <xsl:with-param name="app-band" select="$idp || 'r-'" tunnel="yes"/></xsl:apply-templates>
      </div>
    </div>
  </xsl:template>
</xsl:stylesheet>
