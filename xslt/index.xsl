<?xml version="1.0" encoding="UTF-8"?>
<!--
  teikit index page: the edition's documents in chronological order (date,
  title, genre, summary, links to the three views), with filters by person,
  place and year. The filters are a small local script (assets/filter.js) over
  data attributes; without it the form stays hidden and the full list shows.

  Source: a catalogue written by teikit.render.site, one per index page (an edition of
  more than a thousand documents gets index.html, index~2.html, …; the filters then
  work within the page):
    <catalogue page pages total first><doc stem href date year title genre persons places>
      <summary/></doc>…<facet kind="person|place"><option id label/>…</facet></catalogue>
  Parameters: css-href, index-href, register-pages as in reading.xsl;
    script-href  URL of the filter script ('' = none)  default 'assets/filter.js'
-->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:render"
    exclude-result-prefixes="#all">

  <xsl:import href="common/all.xsl"/>
  <xsl:param name="script-href" as="xs:string" select="'assets/filter.js'"/>
  <!-- The editor's introduction as a TEI div (front page only); none: no introduction. -->
  <xsl:param name="introduction" as="document-node()?" select="()"/>

  <xsl:template match="/">
    <xsl:variable name="facets" select="catalogue/facet"/>
    <xsl:variable name="docs" as="element(doc)*">
      <xsl:perform-sort select="catalogue/doc"><xsl:sort select="(@date[. != ''], '9999')[1]"/><xsl:sort select="@title"/></xsl:perform-sort>
    </xsl:variable>
    <xsl:variable name="front" select="xs:integer((catalogue/@page, 1)[1]) = 1"/>
    <xsl:call-template name="tk:page">
      <xsl:with-param name="title" select="if ($front) then $edition-title else 'Documents'"/>
      <xsl:with-param name="view" select="'index'"/>
      <xsl:with-param name="content">
        <xsl:choose>
          <xsl:when test="$front">
            <header class="front">
              <h1>{$edition-title}</h1>
              <xsl:if test="$edition-subtitle != ''"><p class="subtitle">{$edition-subtitle}</p></xsl:if>
              <xsl:if test="$edition-editors != ''"><p class="editors">Edited by {string-join(tokenize($edition-editors, ';\s*'), ', ')}</p></xsl:if>
            </header>
            <xsl:if test="exists($introduction)">
              <section class="introduction" aria-label="Introduction"><xsl:apply-templates select="$introduction/*/*" mode="tk:intro"/></section>
            </xsl:if>
            <h2>Documents</h2>
          </xsl:when>
          <xsl:otherwise><h1>Documents</h1></xsl:otherwise>
        </xsl:choose>
        <xsl:variable name="pages" select="xs:integer((catalogue/@pages, 1)[1])"/>
        <xsl:variable name="total" select="xs:integer((catalogue/@total, count($docs))[1])"/>
        <p>{$total} document{if ($total = 1) then '' else 's'}, in chronological order{
          if ($pages gt 1) then '; this page lists ' || catalogue/@first || '–' || (xs:integer(catalogue/@first) + count($docs) - 1)
                                || ', and its filters apply to them' else ''}.</p>
        <xsl:if test="$pages gt 1"><xsl:call-template name="tk:index-pager"/></xsl:if>
        <form class="filters" id="filters" hidden="" aria-label="Filter the documents">
          <xsl:for-each select="(['person', 'Person'], ['place', 'Place'])">
            <xsl:variable name="k" select="?1"/>
            <label>{?2}
              <select name="{$k}" data-filter="{$k}s">
                <option value="">Any</option>
                <xsl:for-each select="$facets[@kind = $k]/option">
                  <xsl:sort select="(@sort, lower-case(@label))[1]"/>
                  <option value="{@id}">{@label}</option>
                </xsl:for-each>
              </select></label>
          </xsl:for-each>
          <label>Year
            <select name="year" data-filter="year">
              <option value="">Any</option>
              <xsl:for-each select="sort(distinct-values($docs/@year[. != '']))"><option value="{.}">{.}</option></xsl:for-each>
            </select></label>
          <p class="count" aria-live="polite" id="filter-count"/>
        </form>
        <table class="documents">
          <thead><tr><th scope="col">Date</th><th scope="col">Document</th><th scope="col">Genre</th></tr></thead>
          <tbody>
            <xsl:for-each select="$docs">
              <tr data-persons="{@persons}" data-places="{@places}" data-year="{@year}">
                <td class="date"><xsl:choose>
                  <xsl:when test="matches(@date, '^\d{4}(-\d{2}(-\d{2})?)?$')"><time datetime="{@date}">{tk:display-date(@date)}</time></xsl:when>
                  <xsl:otherwise>{(@date[. != ''], 'undated')[1]}</xsl:otherwise></xsl:choose></td>
                <td><a href="{tk:safe-href(@href)}">{@title}</a>
                  <xsl:if test="normalize-space(summary)"><p class="summary-text">{summary}</p></xsl:if>
                  <p class="views">Also: <a href="{tk:safe-href(@stem || '.diplomatic.html')}" aria-label="Diplomatic transcription of {@title}">diplomatic</a>
                    <a href="{tk:safe-href(@stem || '.sidebyside.html')}" aria-label="Side by side view of {@title}">side by side</a></p></td>
                <td>{@genre}</td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
        <xsl:if test="xs:integer((catalogue/@pages, 1)[1]) gt 1"><xsl:call-template name="tk:index-pager"/></xsl:if>
        <xsl:if test="$script-href != ''"><script src="{$script-href}"></script></xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The editor's introduction (teikit.render.introduction: a TEI div). -->
  <xsl:template match="tei:head" mode="tk:intro"><h3><xsl:apply-templates mode="tk:meta"/></h3></xsl:template>
  <xsl:template match="tei:p" mode="tk:intro"><p><xsl:apply-templates mode="tk:meta"/></p></xsl:template>
  <xsl:template match="tei:div" mode="tk:intro"><xsl:apply-templates mode="#current"/></xsl:template>
  <xsl:template match="tei:list" mode="tk:intro"><ul><xsl:for-each select="tei:item"><li><xsl:apply-templates mode="tk:meta"/></li></xsl:for-each></ul></xsl:template>
  <xsl:template match="*" mode="tk:intro"><p><xsl:apply-templates mode="tk:meta"/></p></xsl:template>
  <xsl:template match="tei:hi[@rend = 'italic'] | tei:emph" mode="tk:meta"><em><xsl:apply-templates mode="#current"/></em></xsl:template>

  <xsl:template name="tk:index-pager">
    <xsl:variable name="current" select="xs:integer(catalogue/@page)"/>
    <nav aria-label="Pages of the index" class="pager"><ul>
      <xsl:for-each select="1 to xs:integer(catalogue/@pages)">
        <li><a href="{if (. = 1) then 'index.html' else 'index~' || . || '.html'}">
          <xsl:if test=". = $current"><xsl:attribute name="aria-current" select="'page'"/></xsl:if>{.}</a></li>
      </xsl:for-each>
    </ul></nav>
  </xsl:template>
</xsl:stylesheet>
