<?xml version="1.0" encoding="UTF-8"?>
<!--
  teikit search page (search.html): a search form over the whole edition with filters by
  genre, year, person and place. The search itself is assets/search.js over the index
  search-index.js (written by teikit.render.searchindex), both loaded with <script> tags, so it
  works from file:// too. Without scripts the page says so and links to the documents.

  Source: <facets><genre value/>…<year value/>…<entry kind label id/>…</facets> (teikit.render.searchindex).
  Parameters: css-href, index-href, register-pages as in reading.xsl.
-->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="urn:teikit:render"
    exclude-result-prefixes="#all">

  <xsl:import href="common/all.xsl"/>

  <xsl:template match="/">
    <xsl:variable name="facets" select="facets"/>
    <xsl:call-template name="tk:page">
      <xsl:with-param name="title" select="'Search'"/>
      <xsl:with-param name="view" select="'search'"/>
      <xsl:with-param name="content">
        <h1>Search</h1>
        <form class="search" id="search-form" role="search" action="search.html" method="get">
          <p><label for="q">Words or names</label>
            <input type="search" id="q" name="q" autocomplete="off"/>
            <button type="submit">Search</button></p>
          <fieldset class="filters">
            <legend>Narrow to</legend>
            <xsl:for-each select="(['genre', 'Genre', $facets/genre], ['year', 'Year', $facets/year])">
              <label>{?2} <select name="{?1}"><option value="">Any</option>
                <xsl:for-each select="?3"><option value="{@value}">{@value}</option></xsl:for-each></select></label>
            </xsl:for-each>
            <xsl:for-each select="(['person', 'Person'], ['place', 'Place'])">
              <xsl:variable name="k" select="?1"/>
              <label>{?2} <select name="{$k}"><option value="">Any</option>
                <xsl:for-each select="$facets/entry[@kind = $k]"><option value="{@id}">{@label}</option></xsl:for-each></select></label>
            </xsl:for-each>
          </fieldset>
        </form>
        <p id="search-status" class="count" role="status"></p>
        <section id="entry-results" aria-label="Register entries" hidden=""></section>
        <section id="results" aria-label="Documents"></section>
        <noscript><p>Search needs JavaScript. The <a href="{$index-href}">list of documents</a> and the registers work without it.</p></noscript>
        <script src="search-index.js"></script>
        <script src="assets/search.js"></script>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
