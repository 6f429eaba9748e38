<?xml version="1.0" encoding="UTF-8"?>
<!--
  teikit register pages: persons, organisations or places of the edition's
  register (tei/register.xml: standOff with listPerson, listOrg, listPlace),
  one section per entry (id = the entry's xml:id, so documents link to
  PAGE.html#id) with its canonical name, dates, role, other names and every
  mention in the documents: document, date, link into the reading view, context.

  Source: the register TEI (any document node will do when there is no register).
  Parameters:
    kind          'person' | 'org' | 'place'                          default 'person'
    mentions      document node: <mentions><m ref kind doc title date href>
                  <before/><name/><after/></m>…</mentions>, collected by
                  teikit.render.site from the TEI files                default: none
    css-href, index-href, register-pages   as in reading.xsl
  Mentions whose ref has no entry in the register get a section of their own,
  so every name link of the edition reaches a target.
-->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:render"
    exclude-result-prefixes="#all">

  <xsl:import href="common/all.xsl"/>

  <xsl:param name="kind" as="xs:string" select="'person'"/>
  <xsl:param name="mentions" as="document-node()?" select="()"/>

  <xsl:variable name="tk:entry-names" as="map(xs:string, xs:string*)"
      select="map{'person': ('person', 'personGrp'), 'org': ('org'), 'place': ('place')}"/>
  <xsl:variable name="tk:heading" select="map{'person': 'Persons', 'org': 'Organisations', 'place': 'Places'}($kind)"/>

  <xsl:key name="tk:mentions" match="m" use="@ref"/>

  <xsl:template match="/">
    <xsl:variable name="entries" select="//*[local-name() = $tk:entry-names($kind)][@xml:id]"/>
    <xsl:variable name="orphans" select="$mentions/mentions/m[@kind = $kind][not(@ref = $entries/@xml:id)]"/>
    <xsl:call-template name="tk:page">
      <xsl:with-param name="title" select="$tk:heading || ' — register'"/>
      <xsl:with-param name="view" select="'register-' || $kind"/>
      <xsl:with-param name="content">
        <h1>{$tk:heading}</h1>
        <xsl:choose>
          <xsl:when test="empty($entries) and empty($orphans)">
            <p class="empty">No {lower-case($tk:heading)} in the register.</p>
          </xsl:when>
          <xsl:otherwise>
            <nav aria-label="Entries"><ul class="toc">
              <xsl:for-each select="$entries">
                <xsl:sort select="lower-case(tk:entry-name(.))"/>
                <li><a href="#{@xml:id}">{tk:entry-name(.)}</a></li>
              </xsl:for-each>
            </ul></nav>
            <xsl:for-each select="$entries">
              <xsl:sort select="lower-case(tk:entry-name(.))"/>
              <xsl:call-template name="tk:entry"/>
            </xsl:for-each>
            <xsl:if test="exists($orphans)">
              <h2>Not in the register</h2>
              <xsl:for-each-group select="$orphans" group-by="@ref">
                <section class="entry" id="{current-grouping-key()}" aria-labelledby="h-{current-grouping-key()}">
                  <h3 id="h-{current-grouping-key()}">{normalize-space(current-group()[1]/name)}</h3>
                  <xsl:call-template name="tk:mention-list"><xsl:with-param name="ms" select="current-group()"/></xsl:call-template>
                </section>
              </xsl:for-each-group>
            </xsl:if>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="tk:entry">
    <xsl:variable name="name" select="tk:entry-name(.)"/>
    <xsl:variable name="others" select="distinct-values((tei:persName | tei:orgName | tei:placeName)
        ! normalize-space(string-join(.//text(), ''))[. != $name])"/>
    <section class="entry" id="{@xml:id}" aria-labelledby="h-{@xml:id}">
      <h2 id="h-{@xml:id}">{$name}</h2>
      <xsl:if test="tk:entry-dates(.) or tk:entry-role(.)">
        <p class="facts">{string-join((tk:entry-dates(.), tk:entry-role(.)), ' · ')}</p>
      </xsl:if>
      <xsl:if test="exists($others)"><p class="facts">Also: {string-join($others, '; ')}</p></xsl:if>
      <xsl:for-each select="tei:idno[tk:safe-href(.)][matches(., '^https?://')]">
        <p class="facts"><a href="{tk:safe-href(.)}">{(@type, 'Authority record')[1]}</a></p>
      </xsl:for-each>
      <xsl:call-template name="tk:mention-list">
        <xsl:with-param name="ms" select="if ($mentions) then key('tk:mentions', string(@xml:id), $mentions) else ()"/>
      </xsl:call-template>
    </section>
  </xsl:template>

  <xsl:template name="tk:mention-list">
    <xsl:param name="ms" as="element(m)*"/>
    <xsl:choose>
      <xsl:when test="empty($ms)"><p class="empty">Not mentioned in the documents.</p></xsl:when>
      <xsl:otherwise>
        <p class="count">{count($ms)} mention{if (count($ms) = 1) then '' else 's'}</p>
        <ul class="mentions">
          <xsl:for-each select="$ms">
            <li><a href="{tk:safe-href(@href)}">{@title}</a>{@date[. != ''] ! (' (' || . || ')')}:
              <q>{before}<mark>{name}</mark>{after}</q></li>
          </xsl:for-each>
        </ul>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
