<?xml version="1.0" encoding="UTF-8"?>
<!--
  Indexes of persons, organisations and places for the print edition. Each
  entry links to the anchors of its mentions (print/text.xsl: m1, m2, …); the
  engine prints the page of each link with target-counter(). Two mentions on
  one page would print the same number twice, so the PDF builder lays the book
  out once, keeps one mention per page and entry, and passes them back in
  $index-targets with the page each is on: those pages are printed as text,
  which spares the engine re-laying the index pages for their counters.
-->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:render"
    xmlns:pr="urn:teikit:print"
    exclude-result-prefixes="#all">

  <xsl:variable name="pr:index-kinds" as="map(xs:string, xs:string)*" select="(
      map{'kind': 'person', 'title': 'Index of persons'},
      map{'kind': 'org', 'title': 'Index of organisations'},
      map{'kind': 'place', 'title': 'Index of places'})"/>

  <!-- "m12" or "m12=27": a mention to link, and the page the PDF builder's first layout found it on. -->
  <xsl:variable name="pr:target-tokens" as="xs:string*" select="tokenize(normalize-space($index-targets), ' ')"/>
  <xsl:variable name="pr:targets" as="xs:string*" select="$pr:target-tokens ! substring-before(. || '=', '=')"/>
  <xsl:variable name="pr:target-page" as="map(xs:string, xs:string)"
      select="map:merge($pr:target-tokens[contains(., '=')] ! map{substring-before(., '='): substring-after(., '=')})"/>

  <xsl:function name="pr:entry" as="element()?">
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="if (exists($pr:register)) then key('tk:id', $id, $pr:register)[1] else ()"/>
  </xsl:function>

  <!-- person | org | place: the register entry's kind, else the name element's. -->
  <xsl:function name="pr:mention-kind" as="xs:string">
    <xsl:param name="m" as="element()"/>
    <xsl:variable name="e" select="pr:entry(pr:ref-id(($m[not(self::tei:speaker)], $m/..)[1]))"/>
    <xsl:sequence select="
        if ($e) then (if (local-name($e) = ('person', 'personGrp')) then 'person' else local-name($e))
        else if ($m/self::tei:speaker) then 'person' else tk:kind(local-name($m))"/>
  </xsl:function>

  <xsl:function name="pr:mention-ref" as="xs:string">
    <xsl:param name="m" as="element()"/>
    <xsl:sequence select="pr:ref-id(if ($m/self::tei:speaker) then $m/.. else $m)"/>
  </xsl:function>

  <!-- The mentions an index of this kind links to. -->
  <xsl:function name="pr:index-entries" as="element()*">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:sequence select="$pr:mentions[pr:mention-kind(.) = $kind]
                          [empty($pr:targets) or pr:mention-id(.) = $pr:targets]"/>
  </xsl:function>

  <!-- Index form: "Surname, Forenames" for structured person names, the display form otherwise. -->
  <xsl:function name="pr:index-name" as="xs:string">
    <xsl:param name="e" as="element()?"/>
    <xsl:param name="fallback" as="xs:string"/>
    <xsl:variable name="main" select="($e/tei:persName[@type = ('main', 'full')], $e/tei:persName)[1]"/>
    <xsl:sequence select="
        (: a name encoded family name first (Deng Xiaoping, Le Duan) is indexed as written, not inverted :)
        if ($main/*[1][self::tei:surname]) then normalize-space(string-join($main/*, ' '))
        else if ($main/tei:surname) then normalize-space(string-join($main/tei:surname, ' ')) || ', '
             || normalize-space(string-join($main/(tei:forename | tei:addName | tei:roleName), ' '))
        else if ($e) then tk:entry-name($e) else $fallback"/>
  </xsl:function>

  <xsl:function name="pr:sort-key" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:sequence select="lower-case(replace(normalize-unicode($s, 'NFD'), '\p{Mn}|^(the|an?)\s+|[^\p{L}\p{N} ]', '', 'i'))"/>
  </xsl:function>

  <xsl:template name="pr:indexes">
    <xsl:for-each select="$pr:index-kinds">
      <xsl:variable name="kind" select="?kind"/>
      <xsl:variable name="mentions" select="pr:index-entries($kind)"/>
      <xsl:if test="exists($mentions)">
        <section class="index index-{$kind}" id="index-{$kind}" data-running="{?title}">
          <h2>{?title}</h2>
          <xsl:if test="not($index-stub)">
          <ul class="index-entries">
            <xsl:for-each-group select="$mentions" group-by="pr:mention-ref(.)">
              <xsl:sort select="pr:sort-key(pr:index-name(pr:entry(current-grouping-key()), normalize-space(current-group()[1])))"
                  lang="en"/>
              <xsl:variable name="e" select="pr:entry(current-grouping-key())"/>
              <xsl:variable name="name" select="pr:index-name($e, normalize-space(current-group()[1]))"/>
              <li class="index-entry" data-ref="{current-grouping-key()}">
                <span class="index-name">{pr:glue($name)}</span>
                <xsl:if test="$e and tk:entry-dates($e)"><xsl:text> </xsl:text><span class="index-dates">({tk:entry-dates($e)})</span></xsl:if>
                <xsl:text> </xsl:text>
                <span class="index-pages">
                  <xsl:for-each select="current-group()">
                    <!-- a known page is printed as such; else the engine counts it (print.css) -->
                    <a class="pg" href="#{pr:mention-id(.)}">{$pr:target-page(pr:mention-id(.))}</a>
                  </xsl:for-each>
                </span>
              </li>
            </xsl:for-each-group>
          </ul>
          </xsl:if>
        </section>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
