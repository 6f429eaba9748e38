<?xml version="1.0" encoding="UTF-8"?>
<!--
  teikit works page: the bibliography register (tei/bibliography.xml, a listBibl),
  one section per work (id = its xml:id, so citations link to bibliography.html#id)
  with its title, the other ways the documents name it, date, issuer, notes, and the
  documents that cite it.

  Source: the bibliography TEI.
  Parameters:
    citations   document node: <citations><c ref="ID" doc="STEM" title="…" date="…" href="…"/>…</citations>,
                collected by teikit.render.site                                   default: none
    css-href, index-href, register-pages   as in reading.xsl
-->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:render"
    exclude-result-prefixes="#all">

  <xsl:import href="common/all.xsl"/>

  <xsl:param name="citations" as="document-node()?" select="()"/>
  <xsl:key name="tk:citations" match="c" use="@ref"/>

  <xsl:template match="/">
    <xsl:call-template name="tk:page">
      <xsl:with-param name="title" select="'Works cited'"/>
      <xsl:with-param name="view" select="'register-works'"/>
      <xsl:with-param name="content">
        <h1>Works cited</h1>
        <p class="lead">Documents, treaties, declarations, reports and periodicals the documents of the edition refer to.</p>
        <xsl:for-each select="//tei:listBibl/tei:bibl[@xml:id]">
          <xsl:sort select="lower-case(normalize-space(tei:title[1]))"/>
          <xsl:variable name="cited" select="if ($citations) then key('tk:citations', @xml:id, $citations) else ()"/>
          <section class="entry" id="{@xml:id}" aria-labelledby="h-{@xml:id}">
            <h2 id="h-{@xml:id}"><cite>{normalize-space(tei:title[1])}</cite></h2>
            <dl class="meta">
              <xsl:if test="@type"><dt>Kind</dt><dd>{@type}</dd></xsl:if>
              <xsl:if test="tei:title[position() gt 1]">
                <dt>Also cited as</dt><dd>{string-join(tei:title[position() gt 1] ! normalize-space(), '; ')}</dd>
              </xsl:if>
              <xsl:if test="tei:date"><dt>Date</dt><dd>{normalize-space(tei:date)}</dd></xsl:if>
              <xsl:if test="tei:orgName | tei:persName">
                <dt>Issued by</dt><dd>{string-join((tei:orgName, tei:persName) ! normalize-space(), ', ')}</dd>
              </xsl:if>
              <xsl:if test="tei:pubPlace"><dt>Place</dt><dd>{normalize-space(tei:pubPlace)}</dd></xsl:if>
            </dl>
            <xsl:for-each select="tei:note"><p>{normalize-space(.)}</p></xsl:for-each>
            <h3>Cited in</h3>
            <xsl:choose>
              <xsl:when test="$cited">
                <ul class="mentions">
                  <xsl:for-each select="$cited">
                    <li><a href="{tk:safe-href(@href)}">{string-join((@date, @title)[normalize-space()], ', ')}</a></li>
                  </xsl:for-each>
                </ul>
              </xsl:when>
              <xsl:otherwise><p class="none">Not cited in the documents of this edition.</p></xsl:otherwise>
            </xsl:choose>
          </section>
        </xsl:for-each>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
