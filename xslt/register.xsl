<?xml version="1.0" encoding="UTF-8"?>
<!--
  teikit register pages, two kinds:

  * the list of persons, organisations or places (persons.html, …): every entry of
    the register (tei/register.xml: standOff with listPerson, listOrg, listPlace)
    with its canonical name, dates, role, other names and how often the documents
    mention it, linked to its own page; a section per entry (id = the entry's
    xml:id, so PAGE.html#id still reaches it);
  * an entry's page (persons/ID.html, then ID~2.html, … when the mentions run over
    several pages): the entry and its mentions in the documents, each with its
    document, date, context and a link to the name in the reading view.

  The site writer (teikit.render.registerpages) queries the mentions from its store,
  so no page needs every mention of the edition in memory.

  Source: the register TEI (any document node will do when there is no register).
  Parameters:
    kind          'person' | 'org' | 'place'                                  default 'person'
    entry         '' for the list page, else the id of the entry's page      default ''
    counts        list page: <counts><c ref n name/>…</counts>, the entries of this
                  kind the documents mention (name: the first mention's text)  default: none
    mentions      entry page: <mentions page pages total name>
                  <m doc title date href><before/><name/><after/></m>…</mentions>,
                  this page's share of the entry's mentions                   default: none
    css-href, index-href, register-pages   as in reading.xsl
  Mentioned ids with no entry in the register are listed under their own heading and
  get a page of their own, so every name link of the edition reaches a target.
-->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:math="http://www.w3.org/2005/xpath-functions/math"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:render"
    exclude-result-prefixes="#all">

  <xsl:import href="common/all.xsl"/>

  <xsl:param name="kind" as="xs:string" select="'person'"/>
  <xsl:param name="entry" as="xs:string" select="''"/>
  <xsl:param name="counts" as="document-node()?" select="()"/>
  <xsl:param name="mentions" as="document-node()?" select="()"/>

  <xsl:variable name="tk:entry-names" as="map(xs:string, xs:string*)"
      select="map{'person': ('person', 'personGrp'), 'org': ('org'), 'place': ('place')}"/>
  <xsl:variable name="tk:heading" select="map{'person': 'Persons', 'org': 'Organisations', 'place': 'Places'}($kind)"/>

  <xsl:key name="tk:count" match="c" use="@ref"/>

  <xsl:template match="/">
    <xsl:choose>
      <xsl:when test="$entry != ''"><xsl:call-template name="tk:entry-page"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="tk:list-page"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="tk:list-page">
    <!-- Only what the documents name: the rest of the register stays in register.xml. -->
    <xsl:variable name="entries" select="//*[local-name() = $tk:entry-names($kind)][@xml:id][@xml:id = $counts/counts/c/@ref]"/>
    <xsl:variable name="orphans" select="$counts/counts/c[not(@ref = $entries/@xml:id)]"/>
    <xsl:call-template name="tk:page">
      <xsl:with-param name="title" select="$tk:heading || ' — register'"/>
      <xsl:with-param name="view" select="'register-' || $kind"/>
      <xsl:with-param name="content">
        <h1>{$tk:heading}</h1>
        <xsl:choose>
          <xsl:when test="empty($entries) and empty($orphans)">
            <p class="empty">The documents name no {lower-case($tk:heading)}.</p>
          </xsl:when>
          <xsl:otherwise>
            <xsl:variable name="located" select="$entries[exists(tk:coordinates(.))]"/>
            <xsl:if test="$kind = 'place' and exists($located)">
              <xsl:call-template name="tk:map"><xsl:with-param name="places" select="$located"/></xsl:call-template>
            </xsl:if>
            <nav aria-label="Entries"><ul class="toc">
              <xsl:for-each select="$entries">
                <xsl:sort select="lower-case(tk:entry-name(.))"/>
                <li><a href="#{@xml:id}">{tk:entry-name(.)}</a></li>
              </xsl:for-each>
            </ul></nav>
            <xsl:for-each select="$entries">
              <xsl:sort select="lower-case(tk:entry-name(.))"/>
              <section class="entry" id="{@xml:id}" aria-labelledby="h-{@xml:id}">
                <h2 id="h-{@xml:id}">{tk:entry-name(.)}</h2>
                <xsl:call-template name="tk:entry-facts"/>
                <xsl:call-template name="tk:mention-count"><xsl:with-param name="id" select="string(@xml:id)"/></xsl:call-template>
              </section>
            </xsl:for-each>
            <xsl:if test="exists($orphans)">
              <h2>Not in the register</h2>
              <xsl:for-each select="$orphans">
                <xsl:sort select="@ref"/>
                <section class="entry" id="{@ref}" aria-labelledby="h-{@ref}">
                  <h3 id="h-{@ref}">{normalize-space(@name)}</h3>
                  <xsl:call-template name="tk:mention-count"><xsl:with-param name="id" select="string(@ref)"/></xsl:call-template>
                </section>
              </xsl:for-each>
            </xsl:if>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="tk:entry-facts">
    <xsl:variable name="name" select="tk:entry-name(.)"/>
    <xsl:variable name="others" select="distinct-values((tei:persName | tei:orgName | tei:placeName)
        ! normalize-space(string-join(.//text(), ''))[. != $name])"/>
    <xsl:if test="tk:entry-dates(.) or tk:entry-role(.)">
      <p class="facts">{string-join((tk:entry-dates(.), tk:entry-role(.)), ' · ')}</p>
    </xsl:if>
    <xsl:if test="exists($others)"><p class="facts">Also: {string-join($others, '; ')}</p></xsl:if>
    <xsl:variable name="geo" select="tk:coordinates(.)"/>
    <xsl:if test="exists($geo)">
      <p class="facts geo">Coordinates: <span data-lat="{$geo[1]}" data-lon="{$geo[2]}">{tk:format-coordinates($geo)}</span></p>
    </xsl:if>
    <xsl:variable name="links" select="tei:idno ! tk:authority(.)"/>
    <xsl:if test="exists($links)">
      <ul class="facts authorities" aria-label="Authority records">
        <xsl:for-each select="$links"><li><a href="{?href}">{?label}</a></li></xsl:for-each>
      </ul>
    </xsl:if>
  </xsl:template>

  <!-- An authority record's link from an idno: a full URL, or a bare id of a known authority. -->
  <xsl:function name="tk:authority" as="map(xs:string, xs:string)?">
    <xsl:param name="idno" as="element()"/>
    <xsl:variable name="value" select="normalize-space($idno)"/>
    <xsl:variable name="type" select="lower-case(normalize-space($idno/@type))"/>
    <xsl:variable name="known" select="map{
        'geonames': ['GeoNames', 'https://www.geonames.org/', '^\d+$'],
        'wikidata': ['Wikidata', 'https://www.wikidata.org/wiki/', '^Q\d+$'],
        'viaf': ['VIAF', 'https://viaf.org/viaf/', '^\d+$'],
        'gnd': ['GND', 'https://d-nb.info/gnd/', '^[0-9X-]+$']}"/>
    <xsl:variable name="host" select="replace($value, '^https?://(www\.)?([^/]+).*$', '$2')"/>
    <xsl:variable name="by-host" select="map:keys($known)[contains($host, .) or (. = 'gnd' and $host = 'd-nb.info')]"/>
    <xsl:sequence select="
        if (matches($value, '^https?://') and tk:safe-href($value)) then
          map{'href': tk:safe-href($value), 'label': ($by-host ! $known(.)(1), $idno/@type, $host)[1]}
        else if (map:contains($known, $type) and matches($value, $known($type)(3))) then
          map{'href': $known($type)(2) || $value, 'label': $known($type)(1)}
        else ()"/>
  </xsl:function>

  <!-- A map that works offline: the places with coordinates as points on an equirectangular
       projection of their bounding box (longitude scaled by the cosine of the middle latitude),
       a 5° graticule behind them, each point linked to its entry. -->
  <xsl:template name="tk:map">
    <xsl:param name="places" as="element()+"/>
    <xsl:variable name="geo" select="$places ! [tk:coordinates(.)[1], tk:coordinates(.)[2]]"/>
    <xsl:variable name="pad" select="1.5"/>
    <xsl:variable name="south" select="min($geo ! ?1) - $pad"/>
    <xsl:variable name="north" select="max(($geo ! ?1, $south + 2 * $pad + 2)) + $pad"/>
    <xsl:variable name="west" select="min($geo ! ?2) - $pad"/>
    <xsl:variable name="east" select="max(($geo ! ?2, $west + 2 * $pad + 2)) + $pad"/>
    <xsl:variable name="scale" select="math:cos(($south + $north) div 2 * math:pi() div 180)"/>
    <xsl:variable name="width" select="720"/>
    <xsl:variable name="height" select="round($width * ($north - $south) div (($east - $west) * $scale))"/>
    <xsl:variable name="x" select="function($lon) { round(($lon - $west) div ($east - $west) * $width) }"/>
    <xsl:variable name="y" select="function($lat) { round(($north - $lat) div ($north - $south) * $height) }"/>
    <figure class="map">
      <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {$width} {$height}" role="group"
           aria-labelledby="tk-map-caption" class="map">
        <rect width="{$width}" height="{$height}" fill="#f4f1ea"/>
        <xsl:for-each select="xs:integer(ceiling($west div 5)) to xs:integer(floor($east div 5))">
          <line x1="{$x(. * 5)}" x2="{$x(. * 5)}" y1="0" y2="{$height}" stroke="#ddd6c8"/>
        </xsl:for-each>
        <xsl:for-each select="xs:integer(ceiling($south div 5)) to xs:integer(floor($north div 5))">
          <line y1="{$y(. * 5)}" y2="{$y(. * 5)}" x1="0" x2="{$width}" stroke="#ddd6c8"/>
        </xsl:for-each>
        <xsl:for-each select="$places">
          <xsl:variable name="at" select="tk:coordinates(.)"/>
          <a href="#{@xml:id}">
            <circle cx="{$x($at[2])}" cy="{$y($at[1])}" r="5" fill="#7a2e1f"><title>{tk:entry-name(.)}</title></circle>
            <xsl:variable name="right" select="$x($at[2]) gt $width * 0.75"/>  <!-- labels near the east edge go left -->
            <text x="{$x($at[2]) + (if ($right) then -8 else 8)}" y="{$y($at[1]) + 4}" text-anchor="{if ($right) then 'end' else 'start'}"
                  font-size="13" font-family="system-ui, sans-serif" fill="#1d1d1f">{tk:entry-name(.)}</text>
          </a>
        </xsl:for-each>
      </svg>
      <figcaption id="tk-map-caption">The {count($places)} place{if (count($places) = 1) then '' else 's'} with coordinates in the register
        ({format-number($south + $pad, '0.#')}° to {format-number($north - $pad, '0.#')}° latitude, lines every 5°).</figcaption>
    </figure>
  </xsl:template>

  <!-- A place's latitude and longitude from location/geo ("lat lon", TEI's default), if valid. -->
  <xsl:function name="tk:coordinates" as="xs:double*">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="parts" select="tokenize(normalize-space(($e/tei:location/tei:geo)[1]), '[\s,]+')"/>
    <xsl:sequence select="if (count($parts) = 2 and (every $p in $parts satisfies $p castable as xs:double)
                              and abs(xs:double($parts[1])) le 90 and abs(xs:double($parts[2])) le 180)
                          then $parts ! xs:double(.) else ()"/>
  </xsl:function>

  <xsl:function name="tk:format-coordinates" as="xs:string">
    <xsl:param name="geo" as="xs:double+"/>
    <xsl:sequence select="format-number(abs($geo[1]), '0.00') || '° ' || (if ($geo[1] ge 0) then 'N' else 'S') || ', '
                          || format-number(abs($geo[2]), '0.00') || '° ' || (if ($geo[2] ge 0) then 'E' else 'W')"/>
  </xsl:function>

  <xsl:template name="tk:mention-count">
    <xsl:param name="id" as="xs:string"/>
    <xsl:variable name="n" select="if ($counts) then xs:integer((key('tk:count', $id, $counts)/@n, 0)[1]) else 0"/>
    <xsl:choose>
      <xsl:when test="$n = 0"><p class="empty">Not mentioned in the documents.</p></xsl:when>
      <xsl:otherwise>
        <p class="count"><a href="{tk:entry-href($kind, $id)}">{$n} mention{if ($n = 1) then '' else 's'}</a></p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="tk:entry-page">
    <xsl:variable name="e" select="key('tk:entry', $entry)[local-name() = $tk:entry-names($kind)][1]"/>
    <xsl:variable name="name" select="if ($e) then tk:entry-name($e) else normalize-space($mentions/mentions/@name)"/>
    <xsl:variable name="page" select="xs:integer(($mentions/mentions/@page, 1)[1])"/>
    <xsl:variable name="pages" select="xs:integer(($mentions/mentions/@pages, 1)[1])"/>
    <xsl:call-template name="tk:page">
      <xsl:with-param name="title" select="$name || ' — ' || $tk:heading || (if ($pages gt 1) then ' (' || $page || ' of ' || $pages || ')' else '')"/>
      <xsl:with-param name="view" select="'register-' || $kind"/>
      <xsl:with-param name="content">
        <section class="entry" id="{$entry}" aria-labelledby="h-{$entry}">
          <h1 id="h-{$entry}">{$name}</h1>
          <xsl:for-each select="$e"><xsl:call-template name="tk:entry-facts"/></xsl:for-each>
          <p class="facts"><a href="{$register-pages}{tk:register-page($kind)}#{$entry}">All {lower-case($tk:heading)}</a></p>
          <xsl:variable name="total" select="xs:integer(($mentions/mentions/@total, 0)[1])"/>
          <xsl:choose>
            <xsl:when test="$total = 0"><p class="empty">Not mentioned in the documents.</p></xsl:when>
            <xsl:otherwise>
              <p class="count">{$total} mention{if ($total = 1) then '' else 's'}{
                if ($pages gt 1) then ', page ' || $page || ' of ' || $pages else ''}</p>
              <!-- One heading per document (mentions come by document, in date order), then its passages. -->
              <xsl:for-each-group select="$mentions/mentions/m" group-adjacent="string(@doc)">
                <section class="doc-mentions" aria-labelledby="h-{$entry}-{position()}">
                  <h2 id="h-{$entry}-{position()}"><a href="{tk:safe-href(substring-before(@href, '#'))}">{@title}</a>
                    <xsl:if test="@date != ''"><xsl:text> </xsl:text><xsl:element name="{if (matches(@date, '^\d{4}(-\d{2}(-\d{2})?)?$')) then 'time' else 'span'}">
                      <xsl:attribute name="class" select="'date'"/>
                      <xsl:if test="matches(@date, '^\d{4}')"><xsl:attribute name="datetime" select="@date"/></xsl:if>{tk:display-date(@date)}</xsl:element></xsl:if></h2>
                  <ul class="mentions">
                    <xsl:for-each select="current-group()">
                      <li><q><a href="{tk:safe-href(@href)}">{before}<mark>{name}</mark>{after}</a></q></li>
                    </xsl:for-each>
                  </ul>
                </section>
              </xsl:for-each-group>
              <xsl:if test="$pages gt 1">
                <nav aria-label="Pages of mentions" class="pager"><ul>
                  <xsl:for-each select="1 to $pages">
                    <li><a href="{tk:entry-file($entry, .)}">
                      <xsl:if test=". = $page"><xsl:attribute name="aria-current" select="'page'"/></xsl:if>{.}</a></li>
                  </xsl:for-each>
                </ul></nav>
              </xsl:if>
            </xsl:otherwise>
          </xsl:choose>
        </section>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
