<?xml version="1.0" encoding="UTF-8"?>
<!--
  teikit chronology (chronology.html): the edition's documents and the register's dated events
  on one time line, by year. Events are the register's <event> elements and the offices of its
  persons (affiliation/@from, @to: "takes office", "leaves office"), kept to the years the
  documents span, so the line shows what happened around them.

  Source: the register TEI (any document node will do without one).
  Parameters: docs  <docs><doc href title date genre/>…</docs> (teikit.render.framing)   default: none
    css-href, index-href, register-pages as in reading.xsl.
-->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:render"
    exclude-result-prefixes="#all">

  <xsl:import href="common/all.xsl"/>
  <xsl:param name="docs" as="document-node()?" select="()"/>

  <xsl:template match="/">
    <xsl:variable name="register" select="/"/>
    <xsl:variable name="dated" select="$docs/docs/doc[matches(@date, '^\d{4}')]"/>
    <xsl:variable name="first" select="min($dated ! xs:integer(substring(@date, 1, 4)))"/>
    <xsl:variable name="last" select="max($dated ! xs:integer(substring(@date, 1, 4)))"/>
    <xsl:variable name="items" as="element(item)*">
      <xsl:for-each select="$dated">
        <item date="{@date}" kind="document" href="{@href}" text="{@title}" genre="{@genre}"/>
      </xsl:for-each>
      <xsl:for-each select="$register//tei:event[(@when, @from)[matches(., '^\d{4}')]]">
        <item date="{(@when, @from)[1]}" kind="event" href="{tk:entry-link(..)}" text="{normalize-space(string-join((tei:desc, tei:label, .)[1]//text(), ''))}"/>
      </xsl:for-each>
      <xsl:for-each select="$register//(tei:person | tei:personGrp)[@xml:id]/tei:affiliation">
        <xsl:variable name="person" select=".."/>
        <xsl:variable name="office" select="normalize-space(.) || (@ref[starts-with(., '#')] ! key('tk:entry', substring(., 2), $register)[1] ! (', ' || tk:entry-name(.)))"/>
        <xsl:for-each select="(@from ! map{'date': string(.), 'verb': 'takes office: '}, @to ! map{'date': string(.), 'verb': 'leaves office: '})">
          <item date="{?date}" kind="office" href="{tk:entry-link($person)}" text="{tk:entry-name($person)} {?verb}{$office}"/>
        </xsl:for-each>
      </xsl:for-each>
    </xsl:variable>
    <xsl:call-template name="tk:page">
      <xsl:with-param name="title" select="'Chronology'"/>
      <xsl:with-param name="view" select="'chronology'"/>
      <xsl:with-param name="content">
        <h1>Chronology</h1>
        <xsl:choose>
          <xsl:when test="empty($dated)"><p class="empty">No dated documents.</p></xsl:when>
          <xsl:otherwise>
            <p>The documents of the edition, {$first}–{$last}, with the events and changes of office the register records in those years.</p>
            <xsl:for-each-group select="$items[matches(@date, '^\d{4}') and xs:integer(substring(@date, 1, 4)) = ($first to $last)]"
                                group-by="substring(@date, 1, 4)">
              <xsl:sort select="current-grouping-key()"/>
              <section class="year" aria-labelledby="y{current-grouping-key()}">
                <h2 id="y{current-grouping-key()}">{current-grouping-key()}</h2>
                <ol class="timeline">
                  <xsl:for-each select="current-group()">
                    <xsl:sort select="@date"/><xsl:sort select="@kind"/><xsl:sort select="@text"/>
                    <li class="{@kind}">
                      <time datetime="{@date}">{tk:display-date(@date)}</time>
                      <xsl:text> </xsl:text>
                      <xsl:choose>
                        <xsl:when test="@href != ''"><a href="{tk:safe-href(@href)}">{@text}</a></xsl:when>
                        <xsl:otherwise>{@text}</xsl:otherwise>
                      </xsl:choose>
                      <xsl:if test="@genre != ''"><span class="genre"> ({@genre})</span></xsl:if>
                    </li>
                  </xsl:for-each>
                </ol>
              </section>
            </xsl:for-each-group>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The entry's page, if the documents name it (the site has pages for those only). -->
  <xsl:function name="tk:entry-link" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="if ($e/@xml:id = $docs/docs/entry/@id) then tk:entry-href(local-name($e), $e/@xml:id) else ''"/>
  </xsl:function>
</xsl:stylesheet>
